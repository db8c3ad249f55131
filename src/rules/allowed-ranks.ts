import { isCountedBody } from '../model/bodies.ts';
import { error, type TownshipRule } from './rule.ts';

/** Ranks the profile allows for township bodies (兴隆县: 股级 only). 派驻机构 follow their department. */
export const allowedRanks: TownshipRule = {
  id: 'allowed-ranks',
  title: '机构规格符合规定',
  check(t, rules) {
    const allowed = rules?.allowed_ranks ?? [];
    if (allowed.length === 0) return [];
    return t.bodies.flatMap((b, i) =>
      isCountedBody(b) && b.rank && !allowed.includes(b.rank)
        ? [error(['bodies', i, 'rank'], `机构“${b.name}”规格为${b.rank}，本地规定只能为${allowed.join('、')}`)]
        : [],
    );
  },
};
