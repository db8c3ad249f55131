import { describe, expect, it } from 'vitest';
import { applicableCap, bodyCap } from '../../src/rules/body-cap.ts';
import type { ProfileRules } from '../../src/schema/profile.ts';
import { body, rules, township } from './helpers.ts';

// 示例镇: 4 党政机构 + 3 事业单位 (one of them 财政所) + 1 派驻机构; population 42000 → band 3–5万 → cap 7, 财政所 extra.
const twoMore = () => [body({ id: 'x1', name: '新增办公室', category: '党政机构' }), body({ id: 'x2', name: '新增中心', category: '事业单位' })];

describe('body-cap', () => {
  it('accepts the valid plan (6 counted, 财政所 set apart, 司法所 stationed)', () => {
    expect(bodyCap.check(township(), rules())).toEqual([]);
  });

  it('reports too many bodies for the population band, naming the extras', () => {
    const t = township();
    t.bodies.push(...twoMore());
    expect(bodyCap.check(t, rules())).toEqual([
      { severity: 'error', path: ['bodies'], message: '机构数超过限额：党政机构和事业单位共 8 个，人口3–5万的乡镇限额为 7 个（财政所单独设置，不计入）' },
    ]);
  });

  it('excludes the band’s extras: exactly at the cap is fine, the same bodies without the extra are not', () => {
    const t = township();
    t.bodies.push(twoMore()[0]);
    expect(bodyCap.check(t, rules())).toEqual([]); // 7 counted + 财政所
    const noExtra: ProfileRules = rules();
    noExtra.body_cap!.by_population_band[0].extra = [];
    expect(bodyCap.check(t, noExtra)).toEqual([
      { severity: 'error', path: ['bodies'], message: '机构数超过限额：党政机构和事业单位共 8 个，人口3–5万的乡镇限额为 7 个' },
    ]);
  });

  it('does not count plaques nor 派驻机构', () => {
    const t = township();
    t.bodies[0].plaques.push('甲办公室', '乙办公室', '丙办公室');
    for (let i = 0; i < 5; i++) t.bodies.push(body({ id: `pz${i}`, name: `派驻所${i}`, category: '派驻机构' }));
    expect(bodyCap.check(t, rules())).toEqual([]);
  });

  it('uses the county entry before the band', () => {
    const t = township();
    t.region.county = '示例区';
    expect(bodyCap.check(t, rules())).toEqual([
      { severity: 'error', path: ['bodies'], message: '机构数超过限额：党政机构和事业单位共 7 个，示例区限额为 6 个' },
    ]);
  });

  it('uses a published band when the population is unknown, and the default when no band matches', () => {
    const t = township();
    t.population = null;
    t.population_band = '5–10万';
    t.bodies.push(...twoMore());
    expect(bodyCap.check(t, rules())).toEqual([]); // 9 counted ≤ 9
    t.population_band = '>10万';
    expect(applicableCap(t, rules())).toEqual({ max: 12, extra: [], why: '机构限额' });
    for (let i = 0; i < 4; i++) t.bodies.push(body({ id: `y${i}`, name: `新增站${i}`, category: '事业单位' }));
    expect(bodyCap.check(t, rules())).toEqual([
      { severity: 'error', path: ['bodies'], message: '机构数超过限额：党政机构和事业单位共 13 个，机构限额为 12 个' },
    ]);
  });

  it('derives the band from the population (50,000 is 5–10万, 100,001 is >10万)', () => {
    const t = township();
    t.population = 50_000;
    expect(applicableCap(t, rules())?.why).toBe('人口5–10万的乡镇限额');
    t.population = 29_999;
    expect(applicableCap(t, rules())?.why).toBe('机构限额'); // no <3万 entry in this profile → default 12
  });

  it('finds nothing without a cap', () => {
    const t = township();
    t.bodies.push(...twoMore());
    expect(bodyCap.check(t, undefined)).toEqual([]);
    expect(bodyCap.check(t, { ...rules(), body_cap: undefined })).toEqual([]);
    expect(bodyCap.check(t, { ...rules(), body_cap: { max: null, by_population_band: [], by_county: [] } })).toEqual([]);
  });
});
