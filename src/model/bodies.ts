import type { Body, BodyCategory } from '../schema/body.ts';

/** Bodies that count against the 机构限额: 党政机构 and 事业单位 (派驻机构 belong to county departments). */
export function isCountedBody(body: Body): boolean {
  return body.category !== '派驻机构';
}

/** A body answers to its own name and to every plaque (加挂牌子) it carries. */
export function answersTo(body: Body, name: string): boolean {
  return body.name === name || body.plaques.includes(name);
}

export const BODY_CATEGORY_ORDER: readonly BodyCategory[] = ['党政机构', '事业单位', '派驻机构'];

/** Bodies under their category heading, in the order the 三定 lists them; empty categories are left out. */
export function bodiesByCategory(bodies: readonly Body[]): { category: BodyCategory; bodies: Body[] }[] {
  return BODY_CATEGORY_ORDER.map((category) => ({ category, bodies: bodies.filter((b) => b.category === category) })).filter(
    (g) => g.bodies.length > 0,
  );
}

/** 机构数 as the 机构限额 counts it, and the stationed bodies apart. */
export function bodyCounts(bodies: readonly Body[]): Record<BodyCategory, number> & { counted: number } {
  const counts = { 党政机构: 0, 事业单位: 0, 派驻机构: 0 };
  for (const b of bodies) counts[b.category]++;
  return { ...counts, counted: counts.党政机构 + counts.事业单位 };
}
