import { error, warning, type ContentSetRule, type Issue } from './rule.ts';

/** `supersedes` / `superseded_by` point at existing plans, agree with each other and never form a cycle. */
export const supersedesRef: ContentSetRule = {
  id: 'supersedes-ref',
  title: '新旧方案替代关系有效且无循环',
  check(townships) {
    const bySlug = new Map(townships.map((t) => [t.slug, t.data]));
    const issues: (Issue & { slug: string })[] = [];
    for (const { slug, data } of townships) {
      for (const key of ['supersedes', 'superseded_by'] as const) {
        const target = data[key];
        if (target && !bySlug.has(target)) issues.push({ slug, ...error([key], `${key} 指向的方案“${target}”不存在`) });
      }
      if (data.superseded_by && bySlug.has(data.superseded_by) && data.status !== '已废止') {
        issues.push({ slug, ...warning(['status'], `方案已被 ${data.superseded_by} 替代，状态应为“已废止”`) });
      }
      // Follow the chain of successors; coming back to the start is a cycle.
      const seen = new Set([slug]);
      for (let next = data.superseded_by; next && bySlug.has(next); next = bySlug.get(next)!.superseded_by) {
        if (seen.has(next)) {
          issues.push({ slug, ...error(['superseded_by'], `替代关系形成循环：${[...seen, next].join(' → ')}`) });
          break;
        }
        seen.add(next);
      }
      const back = new Set([slug]);
      for (let prev = data.supersedes; prev && bySlug.has(prev); prev = bySlug.get(prev)!.supersedes) {
        if (back.has(prev)) {
          issues.push({ slug, ...error(['supersedes'], `替代关系形成循环：${[...back, prev].join(' → ')}`) });
          break;
        }
        back.add(prev);
      }
    }
    return issues;
  },
};
