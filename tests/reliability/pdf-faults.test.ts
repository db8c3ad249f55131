/**
 * The PDF renderer under a fault tests/pdf does not cover: Chromium killed mid-batch (OOM killer, crash).
 * The batch must restart the browser, retry the document, finish every PDF, and leave no truncated file.
 * (A hung page and a failing document reported by name: tests/pdf/production.test.ts.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderAll } from '../../src/pdf/index.ts';
import { verifyOutput } from '../../src/publish/verify-output.ts';
import { biqiaoFinal } from '../pdf/fixtures/index.ts';

let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Chromium browser processes started by this process (direct children named chromium). */
function chromiumChildren(): number[] {
  const pids: number[] = [];
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && /chrom/i.test(stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')))) pids.push(Number(e));
    } catch {
      /* gone */
    }
  }
  return pids;
}

describe('PDF renderer faults', () => {
  const base = biqiaoFinal();
  const set = ['一', '二', '三', '四'].map((n, i) => ({ slug: `crash/t${i}`, data: { ...base, name: `第${n}镇` } }));

  /** Renders the batch while `when()` decides the moment to SIGKILL every Chromium this process started. */
  async function batchWithKill(label: string, when: (out: string) => boolean) {
    dir ??= await mkdtemp(join(tmpdir(), 'sanding-pdf-crash-'));
    const out = join(dir, label, 'out');
    let killed = 0;
    const killer = setInterval(() => {
      if (killed || !when(out)) return;
      const pids = chromiumChildren();
      for (const pid of pids) process.kill(pid, 'SIGKILL');
      killed = pids.length;
    }, 50);
    try {
      const report = await renderAll(set, out, { cacheDir: join(dir, label, 'cache'), concurrency: 1, retries: 2, timeoutMs: 30_000 });
      return { report, killed, out };
    } finally {
      clearInterval(killer);
    }
  }

  async function expectComplete({ report, killed, out }: Awaited<ReturnType<typeof batchWithKill>>) {
    expect(killed, 'Chromium was running and was killed').toBeGreaterThan(0);
    expect(report.failures).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.results.map((r) => r.slug).sort()).toEqual(set.map((s) => s.slug));
    expect((await readdir(join(out, 'crash'))).sort()).toEqual(['t0.pdf', 't1.pdf', 't2.pdf', 't3.pdf']);
    // Every PDF complete (%PDF- … %%EOF); verifyOutput also wants a home page, which a PDF-only folder lacks.
    expect((await verifyOutput(out)).filter((p) => !p.includes('index.html'))).toEqual([]);
  }

  it('Chromium killed mid-batch (after the first PDF): restarted, every document rendered, none truncated', async () => {
    await expectComplete(await batchWithKill('mid-batch', (out) => existsSync(join(out, 'crash/t0.pdf'))));
  }, 180_000);

  it('Chromium killed while starting up: the launch is retried like any other failure', async () => {
    await expectComplete(await batchWithKill('start-up', () => true));
  }, 180_000);
});
