import { checkPolicy } from '../rules/run.ts';
import { compareFindings, type Finding } from './finding.ts';
import { loadContent, type ContentSet } from './load.ts';

export type { ContentSet, LoadedFile } from './load.ts';
export type { Finding } from './finding.ts';

export interface ValidatedContent extends ContentSet {
  /** Structural and policy findings, sorted by file and position. */
  findings: Finding[];
  /** True when nothing blocks publishing (no finding of severity `error`). */
  publishable: boolean;
}

/**
 * The one entry point for content: load, check structure, check policy.
 * `npm run validate`, the site build and the PDF renderer all go through here, so they cannot disagree.
 */
export async function loadAndValidate(dir: string): Promise<ValidatedContent> {
  const set = await loadContent(dir);
  const findings = [...set.findings, ...checkPolicy(set)].sort(compareFindings);
  return { ...set, findings, publishable: !findings.some((f) => f.severity === 'error') };
}
