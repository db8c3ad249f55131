import { isCountedBody } from '../model/bodies.ts';
import { STAFFING_KINDS, STAFFING_LABELS } from '../schema/staffing.ts';
import { error, type TownshipRule } from './rule.ts';

/** Per-kind staffing of the bodies adds up to the township's approved total (毕桥镇: 16+5+4+5 = 30). */
export const staffingSum: TownshipRule = {
  id: 'staffing-sum',
  title: '各机构编制之和等于核定总数',
  check(t) {
    const bodies = t.bodies.filter(isCountedBody);
    return STAFFING_KINDS.flatMap((kind) => {
      const total = t.staffing[kind];
      const known = bodies.filter((b) => b.staffing[kind] !== null);
      if (total === null || known.length === 0) return [];
      const sum = known.reduce((s, b) => s + (b.staffing[kind] ?? 0), 0);
      const terms = known.map((b) => `${b.name} ${b.staffing[kind]}`).join(' + ');
      const complete = known.length === bodies.length;
      if (complete && sum !== total) {
        return [error(['staffing', kind], `${STAFFING_LABELS[kind]}合计不符：各机构之和 ${sum}（${terms}）≠ 核定总数 ${total}`)];
      }
      if (!complete && sum > total) {
        return [error(['staffing', kind], `${STAFFING_LABELS[kind]}超出核定总数：已公布的机构编制之和 ${sum}（${terms}）> 核定总数 ${total}`)];
      }
      return [];
    });
  },
};
