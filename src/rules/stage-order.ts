import { compareDates, formatChineseDate } from '../model/dates.ts';
import { error, type Issue, type TownshipRule } from './rule.ts';

/** Each stage ends after it starts, starts no earlier than the stage before it, and ends by the deadline. */
export const stageOrder: TownshipRule = {
  id: 'stage-order',
  title: '实施步骤日期先后有序且不晚于完成时限',
  check(t) {
    const issues: Issue[] = [];
    const { stages, deadline } = t.plan;
    stages.forEach((s, i) => {
      if (s.start && (compareDates(s.start, s.end) ?? 0) > 0) {
        issues.push(error(['plan', 'stages', i, 'end'], `“${s.name}”结束于${formatChineseDate(s.end)}，早于其开始日期${formatChineseDate(s.start)}`));
      }
      const prev = stages[i - 1];
      // Only a start bounds a start: the previous stage's end says nothing about when it began (stages may overlap).
      const prevStart = prev?.start;
      if (prev && s.start && prevStart && (compareDates(s.start, prevStart) ?? 0) < 0) {
        issues.push(
          error(['plan', 'stages', i, 'start'], `“${s.name}”开始于${formatChineseDate(s.start)}，早于上一阶段“${prev.name}”的开始日期${formatChineseDate(prevStart)}`),
        );
      }
      if (deadline && (compareDates(s.end, deadline) ?? 0) > 0) {
        issues.push(error(['plan', 'stages', i, 'end'], `“${s.name}”结束于${formatChineseDate(s.end)}，晚于完成时限${formatChineseDate(deadline)}`));
      }
    });
    return issues;
  },
};
