import { answersTo } from '../model/bodies.ts';
import { error, type TownshipRule } from './rule.ts';

/** Named bodies need at least so many staff (兴隆县: 综合行政执法队 人员编制不少于10名). Unpublished figures are not judged. */
export const bodyMinStaffing: TownshipRule = {
  id: 'body-min-staffing',
  title: '指定机构编制不少于规定数',
  check(t, rules) {
    return (rules?.min_body_staffing ?? []).flatMap(({ name, min }) =>
      t.bodies.flatMap((b, i) => {
        if (!answersTo(b, name)) return [];
        const figures = [b.staffing.administrative, b.staffing.institutional, b.staffing.political_legal];
        if (figures.every((f) => f === null)) return [];
        const total = figures.reduce<number>((s, f) => s + (f ?? 0), 0);
        return total < min ? [error(['bodies', i, 'staffing'], `机构“${b.name}”编制 ${total} 名，少于规定的 ${min} 名`)] : [];
      }),
    );
  },
};
