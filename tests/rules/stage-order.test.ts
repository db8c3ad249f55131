import { describe, expect, it } from 'vitest';
import { stageOrder } from '../../src/rules/stage-order.ts';
import type { Stage } from '../../src/schema/plan.ts';
import { township } from './helpers.ts';

const stage = (name: string, start: string | undefined, end: string): Stage => ({ name, ...(start ? { start } : {}), end, tasks: [] });
const plan = (stages: Stage[], deadline?: string) => {
  const t = township();
  t.plan.stages = stages;
  if (deadline) t.plan.deadline = deadline;
  else delete t.plan.deadline;
  return t;
};

describe('stage-order', () => {
  it('accepts the valid plan', () => {
    expect(stageOrder.check(township(), undefined)).toEqual([]);
  });

  it('catches the Jiangxi plan: 组织实施阶段 from 10月5日 after 准备阶段 10月28日–11月4日 (no year given)', () => {
    const t = plan(
      [stage('准备阶段', '--10-28', '--11-04'), stage('组织实施阶段', '--10-05', '--11-30'), stage('检查验收阶段', '--12-01', '--12-31')],
      '--12-31',
    );
    expect(stageOrder.check(t, undefined)).toEqual([
      { severity: 'error', path: ['plan', 'stages', 1, 'start'], message: '“组织实施阶段”开始于10月5日，早于上一阶段“准备阶段”的开始日期10月28日' },
    ]);
  });

  it('reports a stage that ends before it starts, at its end', () => {
    const t = township();
    t.plan.stages[1].end = '2024-02-01';
    expect(stageOrder.check(t, undefined)).toEqual([
      { severity: 'error', path: ['plan', 'stages', 1, 'end'], message: '“组织实施阶段”结束于2024年2月1日，早于其开始日期2024年3月1日' },
    ]);
  });

  it('reports a stage ending after the deadline', () => {
    const t = township();
    t.plan.stages[2].end = '2025-01-31';
    expect(stageOrder.check(t, undefined)).toEqual([
      { severity: 'error', path: ['plan', 'stages', 2, 'end'], message: '“检查验收阶段”结束于2025年1月31日，晚于完成时限2024年12月31日' },
    ]);
  });

  it('compares a month-only deadline at month precision', () => {
    expect(stageOrder.check(plan([stage('检查验收阶段', undefined, '2024-12-31')], '2024-12'), undefined)).toEqual([]);
    expect(stageOrder.check(plan([stage('检查验收阶段', undefined, '2025-01')], '2024-12'), undefined)).toEqual([
      { severity: 'error', path: ['plan', 'stages', 0, 'end'], message: '“检查验收阶段”结束于2025年1月，晚于完成时限2024年12月' },
    ]);
  });

  it('compares yearless dates with each other (deadline --12-31), but never with dated ones', () => {
    expect(stageOrder.check(plan([stage('检查验收阶段', '--12-01', '--12-31')], '--11-30'), undefined)).toEqual([
      { severity: 'error', path: ['plan', 'stages', 0, 'end'], message: '“检查验收阶段”结束于12月31日，晚于完成时限11月30日' },
    ]);
    // 12-31 vs 2020-11-30: the year is unknown, so neither is later.
    expect(stageOrder.check(plan([stage('检查验收阶段', '--12-01', '--12-31')], '2020-11-30'), undefined)).toEqual([]);
    // A yearless start after a dated stage, a dated start after a yearless one, an end before a start of the other kind.
    const mixed = plan([stage('A', '2020-11-01', '2020-11-30'), stage('B', '--10-01', '--10-31'), stage('C', '2019-01-01', '--01-01')]);
    expect(stageOrder.check(mixed, undefined)).toEqual([]);
  });

  it('does not treat the end of an undated-start stage as its start (stages may overlap)', () => {
    // 毕桥镇-style stages give only ends; a later stage starting before the previous one ends is an overlap, not disorder.
    const t = plan([stage('动员部署阶段', undefined, '2020-11-30'), stage('组织实施阶段', '2020-11-15', '2020-12-20')], '2020-12-31');
    expect(stageOrder.check(t, undefined)).toEqual([]);
  });
});
