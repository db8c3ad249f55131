import { describe, expect, it } from 'vitest';
import { loadAndValidate } from '../../src/content/index.ts';

const S = 'tests/fixtures/scenarios';

describe('unique-slug (through loadAndValidate)', () => {
  it('reports two files that publish to one URL (“示例 镇” and “示例-镇”)', async () => {
    const { findings, publishable } = await loadAndValidate(`${S}/slug-collision`);
    const dir = `${S}/slug-collision/townships/示例省/示例县`;
    expect(findings).toEqual([
      { file: `${dir}/示例-镇.md`, line: 1, col: 1, severity: 'error', rule: 'unique-slug', message: `与 ${dir}/示例 镇.md 发布到同一网址 /townships/示例省/示例县/示例-镇/，请改文件名` },
    ]);
    expect(publishable).toBe(false);
  });

  it('finds nothing when slugs differ', async () => {
    const { findings } = await loadAndValidate(`${S}/valid-township`);
    expect(findings.filter((f) => f.rule === 'unique-slug')).toEqual([]);
  });
});
