import { isCountedBody } from '../model/bodies.ts';
import type { Body } from '../schema/body.ts';
import { STAFFING_KINDS, STAFFING_LABELS, type StaffingKind } from '../schema/staffing.ts';
import { error, type TownshipRule } from './rule.ts';

/**
 * Whether a body is expected to publish a figure of this kind: 行政编制 belongs to 党政机构, 事业编制 to 事业单位
 * (a null there means 未公布); a body outside that category carries the kind only when it gives a figure (a null
 * there means none). 政法专项编制 has no natural carrier, so every body is expected to state it.
 */
function carries(b: Body, kind: StaffingKind): boolean {
  if (b.staffing[kind] !== null) return true;
  if (kind === 'administrative') return b.category === '党政机构';
  if (kind === 'institutional') return b.category === '事业单位';
  return true;
}

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
      const complete = bodies.every((b) => !carries(b, kind) || b.staffing[kind] !== null);
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
