import { describe, expect, it } from 'vitest';
import { measure, phaseOutput } from '../../scripts/bench/measure.ts';

const MB = 1024 * 1024;

describe('bench measuring helper', () => {
  it('sees the peak memory and CPU time of a child that allocates ~200 MB', async () => {
    // Touch every page so the memory is resident, burn some CPU, hold it long enough to be polled.
    const script = `
      const b = Buffer.alloc(200 * 1024 * 1024, 1);
      let x = 0; while (process.cpuUsage().user < 300_000) x += b[x % b.length];
      setTimeout(() => console.log('BENCH-RESULT ' + JSON.stringify({ ok: b.length })), 500);`;
    const m = await measure(process.execPath, ['-e', script]);
    expect(m.exitCode).toBe(0);
    expect(m.peakRssBytes).toBeGreaterThanOrEqual(200 * MB);
    expect(m.peakRssBytes).toBeLessThan(1024 * MB);
    expect(m.wallMs).toBeGreaterThanOrEqual(500);
    expect(m.cpuMs).toBeGreaterThanOrEqual(250);
    expect(m.cpuMs).toBeLessThan(m.wallMs * 2 + 500);
    expect(phaseOutput(m).result).toEqual({ ok: 200 * MB });
  });

  it('counts the memory of grandchildren (the whole process tree)', async () => {
    // Each grandchild allocates, says so, and holds the memory until killed; the child kills both
    // 800 ms after both are ready, so they are certainly resident together for several polls.
    const grandchild = `const b = Buffer.alloc(150 * 1024 * 1024, 1); console.log('ready'); setInterval(() => b[0]++, 100);`;
    const child = `
      const { spawn } = require('node:child_process');
      const kids = [0, 1].map(() => spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: ['ignore', 'pipe', 'inherit'] }));
      let ready = 0;
      for (const k of kids) k.stdout.once('data', () => { if (++ready === 2) setTimeout(() => kids.forEach((c) => c.kill()), 800); });
      let left = kids.length; for (const k of kids) k.on('exit', () => --left || process.exit(0));`;
    const m = await measure(process.execPath, ['-e', child]);
    expect(m.exitCode).toBe(0);
    // Two grandchildren of 150 MB alive at the same time: the tree peak is their sum.
    expect(m.peakRssBytes).toBeGreaterThanOrEqual(300 * MB);
    expect(m.maxProcesses).toBeGreaterThanOrEqual(3);
  });

  it('reports a phase that is not available', async () => {
    const m = await measure(process.execPath, ['-e', `console.log('BENCH-NA no module yet')`]);
    expect(phaseOutput(m).na).toBe('no module yet');
  });
});
