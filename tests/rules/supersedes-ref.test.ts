import { describe, expect, it } from 'vitest';
import { supersedesRef } from '../../src/rules/supersedes-ref.ts';
import type { Township } from '../../src/schema/township.ts';
import { township } from './helpers.ts';

const NEW = 'shili/shili-xian/shili-zhen';
const OLD = 'shili/shili-xian/shili-zhen-2019';
const plan = (slug: string, fields: Partial<Township>) => ({ slug, data: Object.assign(township(), { supersedes: undefined, superseded_by: undefined }, fields) });

describe('supersedes-ref', () => {
  it('accepts a new plan and the old one it replaces, linked both ways', () => {
    expect(supersedesRef.check([plan(NEW, { supersedes: OLD }), plan(OLD, { superseded_by: NEW, status: '已废止' })])).toEqual([]);
  });

  it('reports a link to a plan that does not exist', () => {
    expect(supersedesRef.check([plan(NEW, { supersedes: 'shili/shili-xian/nowhere' }), plan(OLD, { superseded_by: 'a/b' })])).toEqual([
      { slug: NEW, severity: 'error', path: ['supersedes'], message: 'supersedes 指向的方案“shili/shili-xian/nowhere”不存在' },
      { slug: OLD, severity: 'error', path: ['superseded_by'], message: 'superseded_by 指向的方案“a/b”不存在' },
    ]);
  });

  it('warns when a superseded plan is not marked 已废止', () => {
    expect(supersedesRef.check([plan(NEW, { supersedes: OLD }), plan(OLD, { superseded_by: NEW, status: '已批复' })])).toEqual([
      { slug: OLD, severity: 'warning', path: ['status'], message: `方案已被 ${NEW} 替代，状态应为“已废止”` },
    ]);
  });

  it('reports a cycle of successors from every plan on it', () => {
    const issues = supersedesRef.check([
      plan('a', { superseded_by: 'b', status: '已废止' }),
      plan('b', { superseded_by: 'c', status: '已废止' }),
      plan('c', { superseded_by: 'a', status: '已废止' }),
    ]);
    expect(issues).toEqual([
      { slug: 'a', severity: 'error', path: ['superseded_by'], message: '替代关系形成循环：a → b → c → a' },
      { slug: 'b', severity: 'error', path: ['superseded_by'], message: '替代关系形成循环：b → c → a → b' },
      { slug: 'c', severity: 'error', path: ['superseded_by'], message: '替代关系形成循环：c → a → b → c' },
    ]);
  });

  it('reports a cycle of predecessors, including a plan that supersedes itself', () => {
    expect(supersedesRef.check([plan('a', { supersedes: 'b' }), plan('b', { supersedes: 'a' }), plan('s', { supersedes: 's' })])).toEqual([
      { slug: 'a', severity: 'error', path: ['supersedes'], message: '替代关系形成循环：a → b → a' },
      { slug: 'b', severity: 'error', path: ['supersedes'], message: '替代关系形成循环：b → a → b' },
      { slug: 's', severity: 'error', path: ['supersedes'], message: '替代关系形成循环：s → s' },
    ]);
  });

  it('terminates on a chain that runs into a loop elsewhere, and reports it from the plan that leads there', () => {
    // d → a → b → a: the loop does not pass through d, but following it must still end.
    const issues = supersedesRef.check([plan('d', { superseded_by: 'a', status: '已废止' }), plan('a', { superseded_by: 'b', status: '已废止' }), plan('b', { superseded_by: 'a', status: '已废止' })]);
    expect(issues.map((i) => `${i.slug}: ${i.message}`)).toEqual([
      'd: 替代关系形成循环：d → a → b → a',
      'a: 替代关系形成循环：a → b → a',
      'b: 替代关系形成循环：b → a → b',
    ]);
  });
});
