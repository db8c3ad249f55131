import { error, type Issue, type TownshipRule } from './rule.ts';

/** A 事业单位 carries no 行政编制 and a 党政机构 no 事业编制, unless the profile allows mixing (混编). */
export const staffingKind: TownshipRule = {
  id: 'staffing-kind',
  title: '事业单位不占行政编制，党政机构不占事业编制',
  check(t, rules) {
    if (rules?.cross_staffing_allowed) return [];
    const issues: Issue[] = [];
    t.bodies.forEach((b, i) => {
      if (b.category === '事业单位' && (b.staffing.administrative ?? 0) > 0) {
        issues.push(error(['bodies', i, 'staffing', 'administrative'], `事业单位“${b.name}”不应核定行政编制（${b.staffing.administrative} 名）`));
      }
      if (b.category === '党政机构' && (b.staffing.institutional ?? 0) > 0) {
        issues.push(error(['bodies', i, 'staffing', 'institutional'], `党政机构“${b.name}”不应核定事业编制（${b.staffing.institutional} 名）`));
      }
    });
    return issues;
  },
};
