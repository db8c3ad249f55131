import { describe, expect, it } from 'vitest';
import { loadAndValidate } from '../../src/content/index.ts';

const S = 'tests/fixtures/scenarios';

describe('profile-ref (through loadAndValidate)', () => {
  it('finds nothing when the profile exists and is valid', async () => {
    const { findings } = await loadAndValidate(`${S}/valid-township`);
    expect(findings.filter((f) => f.rule === 'profile-ref')).toEqual([]);
  });

  it('reports a profile that does not exist, at the `profile` value, listing the existing ones', async () => {
    const { findings } = await loadAndValidate(`${S}/missing-profile`);
    expect(findings).toEqual([
      { file: `${S}/missing-profile/townships/shili/shili-xian/wu.md`, line: 6, col: 10, severity: 'error', rule: 'profile-ref', message: '规则配置“shili-xian”不存在（已有：shili）' },
    ]);
  });

  it('reports a profile that is itself invalid (bad content, or id not matching the file name) and runs no profile rule', async () => {
    const { findings } = await loadAndValidate(`${S}/invalid-profile`);
    expect(findings.filter((f) => f.rule === 'profile-ref')).toEqual([
      { file: `${S}/invalid-profile/townships/shili/shili-xian/a.md`, line: 6, col: 10, severity: 'error', rule: 'profile-ref', message: '规则配置“broken”本身有错误，请先修正 profiles/broken.yaml' },
      { file: `${S}/invalid-profile/townships/shili/shili-xian/b.md`, line: 6, col: 10, severity: 'error', rule: 'profile-ref', message: '规则配置“misnamed”本身有错误，请先修正 profiles/misnamed.yaml' },
    ]);
    // The profile's own errors are reported in the profile file.
    expect(findings.filter((f) => f.file.endsWith('.yaml')).map((f) => `${f.file.split('/').pop()}:${f.line}:${f.col} ${f.rule}`)).toEqual([
      'broken.yaml:7:19 schema',
      'broken.yaml:8:23 schema',
      'misnamed.yaml:2:5 profile-id',
    ]);
  });
});
