import { STAFFING_KINDS, STAFFING_LABELS } from '../schema/staffing.ts';
import { error, type TownshipRule } from './rule.ts';

/** 只减不增: where the profile demands it, no kind of staffing may exceed its pre-reform figure. */
export const staffingNoIncrease: TownshipRule = {
  id: 'staffing-no-increase',
  title: '编制只减不增',
  check(t, rules) {
    const before = t.before?.staffing;
    if (!rules?.staffing_no_increase || !before) return [];
    return STAFFING_KINDS.flatMap((kind) => {
      const was = before[kind];
      const now = t.staffing[kind];
      return was !== null && now !== null && now > was
        ? [error(['staffing', kind], `${STAFFING_LABELS[kind]}由改革前的 ${was} 名增至 ${now} 名，违反“只减不增”的规定`)]
        : [];
    });
  },
};
