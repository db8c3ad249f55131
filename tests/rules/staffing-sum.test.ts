import { describe, expect, it } from 'vitest';
import { staffingSum } from '../../src/rules/staffing-sum.ts';
import { body, bodyIndex, rules, township } from './helpers.ts';

const ADMIN_TERMS = '党政综合办公室 16 + 经济发展办公室 5 + 综合治理办公室 4 + 农业农村办公室 5';
const INST_TERMS = '综合行政执法队 10 + 为民服务中心 8 + 财政所 5';

describe('staffing-sum', () => {
  it('accepts the valid plan (16+5+4+5 = 30 行政编制, 10+8+5 = 23 事业编制)', () => {
    expect(staffingSum.check(township(), rules())).toEqual([]);
    expect(staffingSum.check(township(), undefined)).toEqual([]);
  });

  it('reports a total that is higher than the sum of the bodies', () => {
    const t = township();
    t.staffing.administrative = 31;
    expect(staffingSum.check(t, undefined)).toEqual([
      { severity: 'error', path: ['staffing', 'administrative'], message: `行政编制合计不符：各机构之和 30（${ADMIN_TERMS}）≠ 核定总数 31` },
    ]);
  });

  it('reports a total that is lower than the sum of the bodies', () => {
    const t = township();
    t.staffing.institutional = 20;
    expect(staffingSum.check(t, undefined)).toEqual([
      { severity: 'error', path: ['staffing', 'institutional'], message: `事业编制合计不符：各机构之和 23（${INST_TERMS}）≠ 核定总数 20` },
    ]);
  });

  it('does not count 派驻机构 staffing towards the township total', () => {
    const t = township();
    t.bodies[bodyIndex(t, 'sifa-suo')].staffing = { administrative: 2, institutional: 3, political_legal: 3 };
    expect(staffingSum.check(t, undefined)).toEqual([]);
  });

  it('when a body that should carry the kind is unpublished, only a sum above the total is an error', () => {
    const t = township();
    t.bodies[bodyIndex(t, 'nongye-nongcun')].staffing.administrative = null;
    expect(staffingSum.check(t, undefined)).toEqual([]); // 25 ≤ 30: the missing body may hold the rest
    t.staffing.administrative = 24;
    expect(staffingSum.check(t, undefined)).toEqual([
      {
        severity: 'error',
        path: ['staffing', 'administrative'],
        message: '行政编制超出核定总数：已公布的机构编制之和 25（党政综合办公室 16 + 经济发展办公室 5 + 综合治理办公室 4）> 核定总数 24',
      },
    ]);
  });

  it('does not judge a total that is unpublished, nor a kind no body publishes', () => {
    const t = township();
    t.staffing.administrative = null;
    t.staffing.political_legal = 7; // no counted body gives 政法专项编制
    expect(staffingSum.check(t, undefined)).toEqual([]);
  });

  it('counts a 事业单位 that does carry 行政编制', () => {
    const t = township();
    t.bodies.push(body({ id: 'x', name: '混编中心', category: '事业单位', staffing: { administrative: 2, institutional: null, political_legal: null } }));
    expect(staffingSum.check(t, undefined)).toEqual([
      {
        severity: 'error',
        path: ['staffing', 'administrative'],
        message: `行政编制合计不符：各机构之和 32（${ADMIN_TERMS} + 混编中心 2）≠ 核定总数 30`,
      },
    ]);
  });
});
