import type { Body } from '../schema/body.ts';

/** Bodies that count against the 机构限额: 党政机构 and 事业单位 (派驻机构 belong to county departments). */
export function isCountedBody(body: Body): boolean {
  return body.category !== '派驻机构';
}

/** A body answers to its own name and to every plaque (加挂牌子) it carries. */
export function answersTo(body: Body, name: string): boolean {
  return body.name === name || body.plaques.includes(name);
}
