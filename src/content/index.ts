import { checkPolicy } from '../rules/run.ts';
import type { Profile } from '../schema/profile.ts';
import type { Region } from '../schema/region.ts';
import type { Township } from '../schema/township.ts';
import { compareFindings, type Finding } from './finding.ts';
import { loadContent, type ContentFile, type ContentSet } from './load.ts';

export type { ContentFile, ContentSet, LoadedFile } from './load.ts';
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

/** What the site build keeps of validated content: everything except the YAML position maps. */
export interface PublishedContent {
  townships: ContentFile<Township>[];
  regions: ContentFile<Region>[];
  profiles: Map<string, ContentFile<Profile>>;
  findings: Finding[];
  publishable: boolean;
}

/**
 * Drops the position maps once the findings are located. They hold every file's text, which at 40,000
 * townships is a few hundred MB that a build would otherwise carry to its end.
 */
export function forPublishing(content: PublishedContent): PublishedContent {
  const strip = <T>({ file, slug, data, body }: ContentFile<T>): ContentFile<T> => ({ file, slug, data, body });
  return {
    townships: content.townships.map(strip),
    regions: content.regions.map(strip),
    profiles: new Map([...content.profiles].map(([id, p]) => [id, strip(p)])),
    findings: content.findings,
    publishable: content.publishable,
  };
}
