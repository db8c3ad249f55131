import type { ContentSet, LoadedFile } from '../content/load.ts';
import type { Finding } from '../content/finding.ts';
import type { ProfileRules } from '../schema/profile.ts';
import type { Township } from '../schema/township.ts';
import { CONTENT_SET_RULES, TOWNSHIP_RULES } from './index.ts';
import type { Issue } from './rule.ts';

type RuledIssue = Issue & { rule: string };

/** Runs every policy rule over a loaded content set and returns located findings, acknowledgements applied. */
export function checkPolicy(set: ContentSet): Finding[] {
  const perFile = new Map<string, RuledIssue[]>(set.townships.map((t) => [t.slug, []]));
  for (const t of set.townships) {
    const issues = perFile.get(t.slug)!;
    const profile = resolveProfile(set, t.data);
    if ('issue' in profile) issues.push(profile.issue);
    for (const rule of TOWNSHIP_RULES) {
      for (const issue of rule.check(t.data, profile.rules)) issues.push({ ...issue, rule: rule.id });
    }
  }
  for (const rule of CONTENT_SET_RULES) {
    for (const { slug, ...issue } of rule.check(set.townships)) perFile.get(slug)?.push({ ...issue, rule: rule.id });
  }
  const findings = slugCollisions(set.townships);
  for (const t of set.townships) findings.push(...acknowledge(t, perFile.get(t.slug)!));
  return findings;
}

function resolveProfile(set: ContentSet, t: Township): { rules?: ProfileRules } | { rules?: undefined; issue: RuledIssue } {
  if (!t.profile) return {};
  const profile = set.profiles.get(t.profile);
  if (profile) return { rules: profile.data.rules };
  const message = set.invalidProfiles.has(t.profile)
    ? `规则配置“${t.profile}”本身有错误，请先修正 profiles/${t.profile}.yaml`
    : `规则配置“${t.profile}”不存在（已有：${[...set.profiles.keys()].join('、') || '无'}）`;
  return { issue: { severity: 'error', path: ['profile'], message, rule: 'profile-ref' } };
}

/** Two files that normalise to one slug would publish over each other. */
function slugCollisions(townships: LoadedFile<Township>[]): Finding[] {
  const owner = new Map<string, string>();
  const findings: Finding[] = [];
  for (const t of townships) {
    const other = owner.get(t.slug);
    if (other) findings.push({ file: t.file, line: 1, col: 1, severity: 'error', rule: 'unique-slug', message: `与 ${other} 发布到同一网址 /townships/${t.slug}/，请改文件名` });
    else owner.set(t.slug, t.file);
  }
  return findings;
}

/** Applies the file's `acknowledged` entries; an entry that matches nothing is itself worth a warning. */
function acknowledge(t: LoadedFile<Township>, issues: RuledIssue[]): Finding[] {
  const acks = t.data.acknowledged;
  const used = new Set<number>();
  const out: Finding[] = issues.map(({ rule, severity, path, message }) => {
    const pos = t.source.locate(path);
    const ackIndex = severity === 'error' ? acks.findIndex((a) => a.rule === rule) : -1;
    if (ackIndex < 0) return { file: t.file, ...pos, severity, rule, message };
    used.add(ackIndex);
    return { file: t.file, ...pos, severity: 'acknowledged', rule, message: `${message}（已确认：${acks[ackIndex].reason}）` };
  });
  acks.forEach((a, i) => {
    if (used.has(i)) return;
    out.push({ file: t.file, ...t.source.locate(['acknowledged', i, 'rule']), severity: 'warning', rule: 'acknowledgement-unused', message: `确认项“${a.rule}”没有对应的校验发现，可以删除` });
  });
  return out;
}
