/**
 * The content shipped in content/ (written from the seeds): it must publish cleanly.
 * This may fail while the content is being written; it is not to be weakened to pass.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/content/finding.ts';
import { loadAndValidate, type ValidatedContent } from '../../src/content/index.ts';

let content: ValidatedContent;
beforeAll(async () => {
  content = await loadAndValidate('content');
});

describe('bundled content', () => {
  it('has no finding of severity error', () => {
    expect(content.findings.filter((f) => f.severity === 'error').map(formatFinding)).toEqual([]);
    expect(content.publishable).toBe(true);
  });

  it('every township names at least one source', () => {
    expect(content.townships.length).toBeGreaterThan(0);
    expect(content.townships.filter((t) => t.data.sources.length === 0).map((t) => t.file)).toEqual([]);
  });

  it('毕桥镇: 8 bodies, 30 行政编制 and 23 事业编制', () => {
    const biqiao = content.townships.filter((t) => t.data.name === '毕桥镇');
    expect(biqiao).toHaveLength(1);
    const t = biqiao[0].data;
    expect(t.region.county).toBe('郎溪县');
    expect(t.bodies).toHaveLength(8);
    expect(t.staffing.administrative).toBe(30);
    expect(t.staffing.institutional).toBe(23);
  });

  it('兴隆县 has its 20 townships', () => {
    const xinglong = content.townships.filter((t) => t.data.region.county === '兴隆县');
    expect(xinglong).toHaveLength(20);
    expect(new Set(xinglong.map((t) => t.data.name)).size).toBe(20);
  });

  it('the Jiangxi plan’s stage-order finding is acknowledged, not an error', () => {
    const jiangxi = content.townships.filter((t) => t.data.region.province === '江西省');
    expect(jiangxi.length).toBeGreaterThan(0);
    const stageOrder = content.findings.filter((f) => f.rule === 'stage-order' && jiangxi.some((t) => t.file === f.file));
    expect(stageOrder.length).toBeGreaterThan(0);
    expect(stageOrder.every((f) => f.severity === 'acknowledged')).toBe(true);
    expect(stageOrder.some((f) => f.message.includes('“组织实施阶段”开始于10月5日，早于上一阶段“准备阶段”的开始日期10月28日'))).toBe(true);
  });
});
