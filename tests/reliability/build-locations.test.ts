/**
 * The build works wherever the content and the output live, and two builds at once do not mix:
 * content and `--out` outside the project directory (a county office keeps its content in its own folder;
 * CI writes to a temp dir), and two builds of different content running concurrently (two editors, a
 * test suite with two workers) each publish their own content.
 *
 * These builds deliberately bypass the suite's build lock (support.ts): overlapping is the point.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyOutput } from '../../src/publish/verify-output.ts';
import { copyContent, GOOD_CONTENT, INJECTION_CONTENT, runBuild, STACK_TRACE, systemTempDir, tempDir } from '../security/support.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('build locations and concurrency', () => {
  it('two concurrent builds of different content each publish their own content', async () => {
    const work = await tempDir('concurrent');
    dirs.push(work);
    const builds = [
      { content: GOOD_CONTENT, out: join(work, 'good', 'dist'), mine: '示例镇', theirs: '注入镇' },
      { content: INJECTION_CONTENT, out: join(work, 'injection', 'dist'), mine: '注入镇', theirs: '示例镇' },
    ];
    const results = await Promise.all(builds.map((b) => runBuild(['--content', b.content, '--out', b.out, '--no-pdf', '--no-search'])));
    for (const [i, b] of builds.entries()) {
      expect(results[i].code, results[i].output).toBe(0);
      // The open-data list names every published township: the one place both builds must differ.
      const published = await readFile(join(b.out, 'data', 'townships.json'), 'utf8');
      expect(published, `${b.out} publishes its own content`).toContain(b.mine);
      expect(published, `${b.out} does not publish the other build's content`).not.toContain(b.theirs);
    }
  });

  it('two concurrent builds, content and output outside the project, both publish', async () => {
    const work = await systemTempDir('locations');
    dirs.push(work);
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
