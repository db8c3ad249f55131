import { describe, expect, it } from 'vitest';
import { uniqueCode } from '../../src/rules/unique-code.ts';
import { township } from './helpers.ts';

const withCode = (slug: string, code: string | null | undefined) => {
  const data = township();
  data.code = code;
  return { slug, data };
};

describe('unique-code', () => {
  it('accepts distinct and missing codes', () => {
    expect(uniqueCode.check([withCode('a/b/c', '999999999001'), withCode('a/b/d', '999999999002'), withCode('a/b/e', null), withCode('a/b/f', undefined), withCode('a/b/g', null)])).toEqual([]);
  });

  it('reports every later file with a code already used, naming the first', () => {
    expect(uniqueCode.check([withCode('a/b/c', '999999999001'), withCode('a/b/d', '999999999001'), withCode('x/y/z', '999999999001')])).toEqual([
      { slug: 'a/b/d', severity: 'error', path: ['code'], message: '统计用区划代码 999999999001 与 a/b/c 重复' },
      { slug: 'x/y/z', severity: 'error', path: ['code'], message: '统计用区划代码 999999999001 与 a/b/c 重复' },
    ]);
  });
});
