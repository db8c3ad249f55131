import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAndValidate, type ValidatedContent } from '../../src/content/index.ts';
import { ensureDataset, generate, SYNTHETIC_SOURCE_TITLE } from '../../scripts/synthetic/generate.ts';

describe('synthetic data generator', () => {
  it('is deterministic: the same seed and N give byte-identical files', () => {
    const a = generate(60, 7);
    const b = generate(60, 7);
    expect(b.files.map((f) => f.path)).toEqual(a.files.map((f) => f.path));
    expect(b.files.map((f) => f.text)).toEqual(a.files.map((f) => f.text));
  });

  it('gives different data for a different seed', () => {
    const a = generate(60, 7).files.filter((f) => f.path.startsWith('townships/'));
    const b = generate(60, 8).files.filter((f) => f.path.startsWith('townships/'));
    expect(b.map((f) => f.text).join('')).not.toEqual(a.map((f) => f.text).join(''));
  });

  it('makes N townships with unique names, codes and slugs', () => {
    const { townships } = generate(1000, 1);
    expect(townships).toHaveLength(1000);
    expect(new Set(townships.map((t) => t.name)).size).toBe(1000);
    expect(new Set(townships.map((t) => t.code)).size).toBe(1000);
    expect(new Set(townships.map((t) => t.slug)).size).toBe(1000);
    for (const t of townships) expect(t.code).toMatch(/^\d{12}$/);
    // Some names carry characters that common fonts lack, to exercise font fallback.
    expect(townships.some((t) => /[埇滘碶氹洸犇甪畈垟岙埭硚垌溇浬圳]/.test(t.name))).toBe(true);
    // About 30 % get an issuer (final PDF), the rest drafts.
    const finals = townships.filter((t) => t.final).length / townships.length;
    expect(finals).toBeGreaterThan(0.25);
    expect(finals).toBeLessThan(0.35);
  });

  it('marks every content file as synthetic', () => {
    for (const f of generate(40, 3).files) {
      if (f.path.endsWith('.md') && f.path !== 'SYNTHETIC.md') expect(f.text).toContain(`title: ${SYNTHETIC_SOURCE_TITLE}`);
      if (f.path.startsWith('townships/')) expect(f.text).toMatch(/title: 【合成】.+机构改革方案/);
      if (f.path.startsWith('profiles/')) expect(f.text).toContain('【合成】');
    }
  });
});

describe('a generated set of 50 townships', () => {
  let dir: string;
  let v: ValidatedContent;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sanding-synthetic-'));
    await ensureDataset(50, 11, join(dir, 'set'));
    v = await loadAndValidate(join(dir, 'set'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('validates with zero findings', () => {
    expect(v.findings.filter((f) => f.severity !== 'acknowledged')).toEqual([]);
    expect(v.townships).toHaveLength(50);
    expect(v.publishable).toBe(true);
  });

  it('has 5–14 bodies per township, staffing that adds up, and platforms led by their own bodies', () => {
    for (const { data: t } of v.townships) {
      expect(t.bodies.length).toBeGreaterThanOrEqual(5);
      expect(t.bodies.length).toBeLessThanOrEqual(14);
      for (const p of t.platforms) expect(t.bodies.find((b) => b.id === p.lead)?.platform).toBe(p.id);
      if (t.staffing.administrative !== null) {
        const admin = t.bodies.filter((b) => b.category === '党政机构').reduce((s, b) => s + (b.staffing.administrative ?? 0), 0);
        expect(admin).toBe(t.staffing.administrative);
      }
    }
  });

  it('reuses a complete cached folder instead of writing it again', async () => {
    const again = await ensureDataset(50, 11, join(dir, 'set'));
    expect(again.cached).toBe(true);
  });
});
