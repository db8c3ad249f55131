import type { Body } from '../schema/body.ts';
import { STAFFING_KINDS, type StaffingKind } from '../schema/staffing.ts';
import type { Township } from '../schema/township.ts';
import { answersTo, isCountedBody } from './bodies.ts';

type BeforeBody = NonNullable<Township['before']>['bodies'][number];

export interface StaffingChange {
  kind: StaffingKind;
  before: number | null;
  after: number | null;
  /** after − before; null unless both are published. */
  change: number | null;
}

/** 改革前后对比, from what the plan says of the state before the reform. */
export interface ReformDiff {
  /** Bodies that keep their name. */
  kept: Body[];
  /** A new body that carries the old ones as plaques, or under its own name merged several (整合组建). */
  merged: { into: Body; from: BeforeBody[] }[];
  /** New bodies with no predecessor named in `before`. */
  added: Body[];
  /** Old bodies that appear neither as a body nor as a plaque. */
  removed: BeforeBody[];
  /** 机构数 (党政机构 + 事业单位) before and after; before counts every listed body not marked 派驻机构. */
  countBefore: number;
  countAfter: number;
  staffing: StaffingChange[];
  auxiliaryStaff: number | null;
}

/** undefined when the plan says nothing of the state before the reform: no comparison is made up. */
export function reformDiff(t: Pick<Township, 'bodies' | 'staffing' | 'before'>): ReformDiff | undefined {
  const before = t.before;
  if (!before) return undefined;
  const after = t.bodies.filter(isCountedBody);
  const kept: Body[] = [];
  const mergedInto = new Map<Body, BeforeBody[]>();
  const removed: BeforeBody[] = [];
  for (const old of before.bodies) {
    if (old.category === '派驻机构') continue;
    const same = after.find((b) => b.name === old.name);
    if (same) {
      kept.push(same);
      continue;
    }
    const absorber = after.find((b) => answersTo(b, old.name));
    if (absorber) mergedInto.set(absorber, [...(mergedInto.get(absorber) ?? []), old]);
    else removed.push(old);
  }
  const merged = [...mergedInto].map(([into, from]) => ({ into, from }));
  const added = after.filter((b) => !kept.includes(b) && !mergedInto.has(b));
  const staffing = STAFFING_KINDS.map((kind) => {
    const was = before.staffing?.[kind] ?? null;
    const now = t.staffing[kind];
    return { kind, before: was, after: now, change: was !== null && now !== null ? now - was : null };
  }).filter((s) => s.before !== null || s.after !== null);
  return {
    kept,
    merged,
    added,
    removed,
    countBefore: before.bodies.filter((b) => b.category !== '派驻机构').length,
    countAfter: after.length,
    staffing,
    auxiliaryStaff: before.auxiliary_staff ?? null,
  };
}
