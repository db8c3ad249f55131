import type { Finding } from '../content/finding.ts';
import { CONTENT_SET_RULES, TOWNSHIP_RULES } from '../rules/index.ts';
import type { Township } from '../schema/township.ts';

/** 编者按: a rule the published source itself breaks, accepted by the editors with a reason. */
export interface EditorNote {
  rule: string;
  /** What the rule requires, in Chinese. */
  ruleTitle: string;
  /** What the check found. */
  finding: string;
  /** Why it is published as the source has it. */
  reason: string;
}

const RULE_TITLES = new Map<string, string>([...TOWNSHIP_RULES, ...CONTENT_SET_RULES].map((r) => [r.id, r.title]));

/** Acknowledged findings grouped by file, in one pass over the whole content set. */
export function acknowledgedByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity !== 'acknowledged') continue;
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  return byFile;
}

/** The editorial notes of one township, from its acknowledged findings and its `acknowledged` reasons. */
export function editorNotes(findings: readonly Finding[], t: Pick<Township, 'acknowledged'>): EditorNote[] {
  return findings.map((f) => {
    const reason = t.acknowledged.find((a) => a.rule === f.rule)?.reason ?? '';
    // The validator appends the reason to the message; the note shows them apart.
    const suffix = `（已确认：${reason}）`;
    const finding = (f.message.endsWith(suffix) ? f.message.slice(0, -suffix.length) : f.message).replace(/[。.]$/, '');
    return { rule: f.rule, ruleTitle: RULE_TITLES.get(f.rule) ?? f.rule, finding, reason };
  });
}
