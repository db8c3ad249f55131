import { describe, expect, it } from 'vitest';
import { uniqueBody } from '../../src/rules/unique-body.ts';
import { rules, township } from './helpers.ts';

describe('unique-body', () => {
  it('accepts the valid plan', () => {
    expect(uniqueBody.check(township(), rules())).toEqual([]);
  });

  it('reports a repeated id at the repeat, naming the first body with it', () => {
    const t = township();
    t.bodies[2].id = 'dangzheng-zonghe';
    t.bodies[5].id = 'dangzheng-zonghe';
    expect(uniqueBody.check(t, undefined)).toEqual([
      { severity: 'error', path: ['bodies', 2, 'id'], message: '机构标识“dangzheng-zonghe”重复（与第 1 个机构相同）' },
      { severity: 'error', path: ['bodies', 5, 'id'], message: '机构标识“dangzheng-zonghe”重复（与第 1 个机构相同）' },
    ]);
  });

  it('reports a repeated name', () => {
    const t = township();
    t.bodies[6].name = '为民服务中心';
    expect(uniqueBody.check(t, undefined)).toEqual([
      { severity: 'error', path: ['bodies', 6, 'name'], message: '机构名称“为民服务中心”重复（与第 6 个机构相同）' },
    ]);
  });

  it('reports id and name separately when a body is pasted twice', () => {
    const t = township();
    t.bodies.push(structuredClone(t.bodies[0]));
    expect(uniqueBody.check(t, undefined)).toEqual([
      { severity: 'error', path: ['bodies', 8, 'id'], message: '机构标识“dangzheng-zonghe”重复（与第 1 个机构相同）' },
      { severity: 'error', path: ['bodies', 8, 'name'], message: '机构名称“党政综合办公室”重复（与第 1 个机构相同）' },
    ]);
  });
});
