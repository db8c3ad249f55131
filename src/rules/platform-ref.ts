import { error, warning, type Issue, type TownshipRule } from './rule.ts';

/** Every platform reference resolves: a body's `platform`, a platform's `lead`; the lead sits on its own platform. */
export const platformRef: TownshipRule = {
  id: 'platform-ref',
  title: '工作平台与牵头机构相互对应',
  check(t) {
    const issues: Issue[] = [];
    const platformIds = new Set(t.platforms.map((p) => p.id));
    const bodies = new Map(t.bodies.map((b) => [b.id, b]));
    t.bodies.forEach((b, i) => {
      if (b.platform && !platformIds.has(b.platform)) {
        issues.push(error(['bodies', i, 'platform'], `机构“${b.name}”所属平台“${b.platform}”不存在（已定义：${[...platformIds].join('、') || '无'}）`));
      }
    });
    const seen = new Set<string>();
    t.platforms.forEach((p, i) => {
      if (seen.has(p.id)) issues.push(error(['platforms', i, 'id'], `平台标识“${p.id}”重复`));
      seen.add(p.id);
      const lead = bodies.get(p.lead);
      if (!lead) {
        issues.push(error(['platforms', i, 'lead'], `平台“${p.name}”的牵头机构“${p.lead}”不存在于 bodies 中`));
      } else if (lead.platform && lead.platform !== p.id) {
        issues.push(warning(['platforms', i, 'lead'], `平台“${p.name}”的牵头机构“${lead.name}”属于另一平台“${lead.platform}”`));
      }
    });
    return issues;
  },
};
