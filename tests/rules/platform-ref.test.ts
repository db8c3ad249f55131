import { describe, expect, it } from 'vitest';
import { platformRef } from '../../src/rules/platform-ref.ts';
import { bodyIndex, rules, township } from './helpers.ts';

describe('platform-ref', () => {
  it('accepts the valid plan (five platforms, each led by a body on it)', () => {
    expect(platformRef.check(township(), rules())).toEqual([]);
  });

  it('reports a body on a platform that does not exist, listing the defined ones', () => {
    const t = township();
    const i = bodyIndex(t, 'nongye-nongcun');
    t.bodies[i].platform = 'nongye';
    expect(platformRef.check(t, undefined)).toEqual([
      { severity: 'error', path: ['bodies', i, 'platform'], message: '机构“农业农村办公室”所属平台“nongye”不存在（已定义：dangqun、jingji、zhili、zhifa、fuwu）' },
    ]);
  });

  it('says 无 when the plan defines no platform at all', () => {
    const t = township();
    t.platforms = [];
    t.bodies = t.bodies.filter((b) => b.id === 'dangzheng-zonghe');
    expect(platformRef.check(t, undefined)).toEqual([
      { severity: 'error', path: ['bodies', 0, 'platform'], message: '机构“党政综合办公室”所属平台“dangqun”不存在（已定义：无）' },
    ]);
  });

  it('reports a lead that is not a body', () => {
    const t = township();
    t.platforms[1].lead = 'jingji';
    expect(platformRef.check(t, undefined)).toEqual([
      { severity: 'error', path: ['platforms', 1, 'lead'], message: '平台“经济发展平台”的牵头机构“jingji”不存在于 bodies 中' },
    ]);
  });

  it('warns when the lead sits on another platform', () => {
    const t = township();
    t.platforms[1].lead = 'zonghe-zhili';
    expect(platformRef.check(t, undefined)).toEqual([
      { severity: 'warning', path: ['platforms', 1, 'lead'], message: '平台“经济发展平台”的牵头机构“综合治理办公室”属于另一平台“zhili”' },
    ]);
  });

  it('accepts a lead that is on no platform', () => {
    const t = township();
    t.platforms[1].lead = 'nongye-nongcun';
    expect(platformRef.check(t, undefined)).toEqual([]);
  });

  it('reports a repeated platform id', () => {
    const t = township();
    t.platforms[4].id = 'dangqun';
    t.bodies[bodyIndex(t, 'weimin-fuwu')].platform = 'dangqun';
    expect(platformRef.check(t, undefined)).toEqual([
      { severity: 'error', path: ['platforms', 4, 'id'], message: '平台标识“dangqun”重复' },
    ]);
  });
});
