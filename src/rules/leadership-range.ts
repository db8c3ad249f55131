import { error, type Issue, type TownshipRule } from './rule.ts';

/**
 * 领导职数 within range: each post against its own published range and the profile's range for that title
 * (党委委员 7–9, 副书记 2 …). Posts overlap (the 书记 is also a 党委委员), so a cap on the whole team is a
 * title of its own (江西: 正副科级实职领导 8 名以内), never a sum of the entries.
 */
export const leadershipRange: TownshipRule = {
  id: 'leadership-range',
  title: '领导职数在规定幅度内',
  check(t, rules) {
    const issues: Issue[] = [];
    t.leadership.forEach((post, i) => {
      if (post.min !== undefined && post.max !== undefined && post.min > post.max) {
        issues.push(error(['leadership', i, 'min'], `“${post.title}”职数下限 ${post.min} 大于上限 ${post.max}`));
      }
      if (post.count === null) return;
      const own = { min: post.min, max: post.max };
      const profile = rules?.leadership.find((r) => r.title === post.title);
      for (const [range, whose] of [[own, '本方案所列'], [profile ?? {}, '规定']] as const) {
        if (range.min !== undefined && post.count < range.min) {
          issues.push(error(['leadership', i, 'count'], `“${post.title}”${post.count} 名，少于${whose}下限 ${range.min} 名`));
        }
        if (range.max !== undefined && post.count > range.max) {
          issues.push(error(['leadership', i, 'count'], `“${post.title}”${post.count} 名，超过${whose}上限 ${range.max} 名`));
        }
      }
    });
    return issues;
  },
};
