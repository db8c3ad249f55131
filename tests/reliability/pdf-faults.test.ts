/**
 * The PDF renderer under a fault tests/pdf does not cover: Chromium killed mid-batch (OOM killer, crash).
 * The batch must restart the browser, retry the document, finish every PDF, and leave no truncated file.
 * (A hung page and a failing document reported by name: tests/pdf/production.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
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
  it('Chromium killed mid-batch: the browser is restarted, every document is rendered, none is truncated', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sanding-pdf-crash-'));
    const base = biqiaoFinal();
    const set = ['一', '二', '三', '四'].map((n, i) => ({ slug: `crash/t${i}`, data: { ...base, name: `第${n}镇` } }));
    let killed = 0;
    const killer = setInterval(() => {
      if (killed) return;
      const pids = chromiumChildren();
      if (pids.length) {
        for (const pid of pids) process.kill(pid, 'SIGKILL');
        killed = pids.length;
      }
    }, 200);
    let report;
    try {
      report = await renderAll(set, join(dir, 'out'), { cacheDir: join(dir, 'cache'), concurrency: 1, retries: 2, timeoutMs: 30_000 });
    } finally {
      clearInterval(killer);
    }
    expect(killed, 'Chromium was running and was killed').toBeGreaterThan(0);
    expect(report.failures).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.results.map((r) => r.slug).sort()).toEqual(set.map((s) => s.slug));
    expect((await readdir(join(dir, 'out/crash'))).sort()).toEqual(['t0.pdf', 't1.pdf', 't2.pdf', 't3.pdf']);
    // Every PDF complete (%PDF- … %%EOF); verifyOutput wants a home page, which a PDF-only folder lacks.
    expect((await verifyOutput(join(dir, 'out'))).filter((p) => !p.includes('index.html'))).toEqual([]);
  }, 180_000);
});
