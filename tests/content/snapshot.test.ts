import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forPublishing, loadAndValidate } from '../../src/content/index.ts';
import { readSnapshot, writeSnapshot } from '../../src/content/snapshot.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('validated-content snapshot (build script → Astro process)', () => {
  it('reads back exactly what the build validated, without the YAML position maps', async () => {
    const published = forPublishing(await loadAndValidate('content'));
    const dir = await mkdtemp(join(tmpdir(), 'sanding-snapshot-'));
    dirs.push(dir);
    writeSnapshot(published, join(dir, 'validated.v8'));
    const back = readSnapshot(join(dir, 'validated.v8'));

    expect(back).toEqual(published);
    expect(back.profiles).toBeInstanceOf(Map);
    expect(back.townships.map((t) => t.slug)).toContain('anhui/langxi/biqiao');
    expect(back.townships.every((t) => !('source' in t))).toBe(true);
    // The acknowledged stage-order finding of the Jiangxi plan reaches the site as an editorial note.
    expect(back.findings.some((f) => f.severity === 'acknowledged' && f.rule === 'stage-order')).toBe(true);
  });
});
