import { describe, expect, it } from 'vitest';
import { loadAndValidate } from '../../src/content/index.ts';
import { scenarioVariant } from './helpers.ts';

const S = 'tests/fixtures/scenarios';
const FILE = 'townships/shili/shili-xian/jiangxi-shi.md';
const STAGE_ORDER = '“组织实施阶段”开始于10月5日，早于上一阶段“准备阶段”的开始日期10月28日';

describe('acknowledgement (through loadAndValidate)', () => {
  it('without an acknowledgement the Jiangxi dates are an error that blocks publishing', async () => {
    const { findings, publishable } = await loadAndValidate(`${S}/stage-order`);
    expect(findings).toEqual([{ file: `${S}/stage-order/${FILE}`, line: 15, col: 14, severity: 'error', rule: 'stage-order', message: STAGE_ORDER }]);
    expect(publishable).toBe(false);
  });

  it('an acknowledged error becomes “acknowledged” with its reason; an unused acknowledgement is a warning at its rule', async () => {
    const { findings, publishable } = await loadAndValidate(`${S}/acknowledged`);
    expect(findings).toEqual([
      { file: `${S}/acknowledged/${FILE}`, line: 15, col: 14, severity: 'acknowledged', rule: 'stage-order', message: `${STAGE_ORDER}（已确认：原方案文本如此）` },
      { file: `${S}/acknowledged/${FILE}`, line: 23, col: 12, severity: 'warning', rule: 'acknowledgement-unused', message: '确认项“body-cap”没有对应的校验发现，可以删除' },
    ]);
    expect(publishable).toBe(true);
  });

  it('one acknowledgement covers every finding of its rule', async () => {
    // A second disorder: 检查验收阶段 starting before 组织实施阶段.
    const dir = await scenarioVariant('acknowledged', FILE, [["start: '--12-01'", "start: '--10-01'"]]);
    const { findings } = await loadAndValidate(dir);
    expect(findings.map((f) => `${f.line}:${f.col} ${f.severity} ${f.rule}`)).toEqual([
      '15:14 acknowledged stage-order',
      '18:14 acknowledged stage-order',
      '23:12 warning acknowledgement-unused',
    ]);
  });

  it('does not acknowledge a warning (only errors can be accepted), and then the acknowledgement is unused', async () => {
    // The lead of 经济发展平台 moved to a body on another platform: a platform-ref warning.
    const dir = await scenarioVariant('valid-township', 'townships/shili/shili-xian/shili-zhen.md', [
      ['{id: jingji, name: 经济发展平台, lead: jingji-fazhan}', '{id: jingji, name: 经济发展平台, lead: zonghe-zhili}'],
      ['sources:\n  - {title: 示例镇机构改革方案', 'acknowledged:\n  - {rule: platform-ref, reason: 测试}\nsources:\n  - {title: 示例镇机构改革方案'],
    ]);
    const { findings, publishable } = await loadAndValidate(dir);
    expect(findings.map((f) => `${f.file.split('/').pop()}:${f.line}:${f.col} ${f.severity} ${f.rule} ${f.message}`)).toEqual([
      'shili-zhen.md:135:38 warning platform-ref 平台“经济发展平台”的牵头机构“综合治理办公室”属于另一平台“zhili”',
      'shili-zhen.md:154:12 warning acknowledgement-unused 确认项“platform-ref”没有对应的校验发现，可以删除',
    ]);
    expect(publishable).toBe(true);
  });
});
