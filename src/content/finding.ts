/** A located message about a content file: the one shape every check reports in. */
export interface Finding {
  /** Path of the file, relative to the working directory. */
  file: string;
  /** 1-based line and column of the offending YAML node. */
  line: number;
  col: number;
  severity: Severity;
  /** Stable rule id, e.g. `staffing-sum`, or `schema` / `yaml` / `file` for structural problems. */
  rule: string;
  /** Chinese message for editors. */
  message: string;
}

/** `acknowledged`: an error the file itself accepts with a reason; it no longer blocks publishing. */
export type Severity = 'error' | 'warning' | 'acknowledged';

export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', acknowledged: '已确认' };

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.col}  ${SEVERITY_LABELS[f.severity]}  ${f.rule}  ${f.message}`;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.rule.localeCompare(b.rule);
}
