import type { Body } from '../schema/body.ts';
import { STAFFING_KINDS, type Staffing, type StaffingKind } from '../schema/staffing.ts';
import type { Township } from '../schema/township.ts';

/** Sum of the known figures; null (未公布) when none is known. */
export function sumKnown(values: readonly (number | null | undefined)[]): number | null {
  let sum: number | null = null;
  for (const v of values) if (v !== null && v !== undefined) sum = (sum ?? 0) + v;
  return sum;
}

/** 编制 of one row: each kind, and their total (null when no kind is known). */
export interface StaffingRow {
  label: string;
  values: Record<StaffingKind, number | null>;
  total: number | null;
}

export interface StaffingTable {
  /** Kinds to show: 行政 and 事业 always; 政法专项 only when some figure of it is published. */
  kinds: StaffingKind[];
  /** One row per body that counts against the township's 编制 (派驻机构 are staffed by their department). */
  bodies: StaffingRow[];
  /** The bodies added up, kind by kind. */
  bodiesTotal: StaffingRow;
  /** The township's 核定编制 as the plan states it. */
  approved: StaffingRow;
}

function row(label: string, s: Staffing): StaffingRow {
  const values = { administrative: s.administrative, institutional: s.institutional, political_legal: s.political_legal };
  return { label, values, total: sumKnown(STAFFING_KINDS.map((k) => values[k])) };
}

/** Per kind, the sum over bodies (null when no body publishes that kind). */
export function staffingOfBodies(bodies: readonly Body[]): Staffing {
  const sum = (k: StaffingKind) => sumKnown(bodies.map((b) => b.staffing[k]));
  return { administrative: sum('administrative'), institutional: sum('institutional'), political_legal: sum('political_legal') };
}

export function staffingTable(t: Pick<Township, 'bodies' | 'staffing'>): StaffingTable {
  const own = t.bodies.filter((b) => b.category !== '派驻机构');
  const kinds = STAFFING_KINDS.filter(
    (k) => k !== 'political_legal' || t.staffing[k] !== null || t.bodies.some((b) => b.staffing[k] !== null),
  );
  return {
    kinds,
    bodies: own.map((b) => row(b.name, b.staffing)),
    bodiesTotal: row('各机构合计', staffingOfBodies(own)),
    approved: row('核定编制总数', t.staffing),
  };
}
