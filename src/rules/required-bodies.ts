import { answersTo } from '../model/bodies.ts';
import { error, type TownshipRule } from './rule.ts';

/** 必设机构: each must exist, as a body or as a plaque on one (青岛: 党建工作办公室 …). */
export const requiredBodies: TownshipRule = {
  id: 'required-bodies',
  title: '必设机构均已设置（含加挂牌子）',
  check(t, rules) {
    const missing = (rules?.required_bodies ?? []).filter((name) => !t.bodies.some((b) => answersTo(b, name)));
    return missing.length ? [error(['bodies'], `缺少必设机构：${missing.join('、')}（可单设或加挂牌子）`)] : [];
  },
};
