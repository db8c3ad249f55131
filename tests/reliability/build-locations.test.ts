/**
 * The build works wherever the content and the output live, also with two builds at once: content and
 * `--out` outside the project directory (a county office keeps its content in its own folder; CI writes
 * to a temp dir), two builds running concurrently (two editors, a test suite with two workers).
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyOutput } from '../../src/publish/verify-output.ts';
import { copyContent, GOOD_CONTENT, runBuild, STACK_TRACE, systemTempDir } from '../security/support.ts';

let work: string | undefined;
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('build locations', () => {
  it('two concurrent builds, content and output outside the project, both publish', async () => {
    work = await systemTempDir('locations');
    const content = await copyContent(GOOD_CONTENT, join(work, 'content'));
    const outs = [join(work, 'a', 'dist'), join(work, 'b', 'dist')];
    const results = await Promise.all(outs.map((out) => runBuild(['--content', content, '--out', out, '--no-pdf', '--no-search'])));
    for (const [i, r] of results.entries()) {
      expect(r.output, `build ${i}`).not.toMatch(STACK_TRACE);
      expect(r.code, `build ${i}:\n${r.output}`).toBe(0);
      expect(await verifyOutput(outs[i])).toEqual([]);
    }
  });
});
