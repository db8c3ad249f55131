/**
 * node scripts/bench/compare-site.ts <content> <projectRootA> <projectRootB> …
 * Builds the same content with several copies of the project (e.g. the tree and a copy with a proposed
 * patch applied), one after another, each measured like a bench phase. For checking a proposal's effect.
 */
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fmtBytes, fmtSec, measure } from './measure.ts';

const [content, ...roots] = process.argv.slice(2);
for (const root of roots.map((r) => resolve(r))) {
  const out = join('/tmp', `sanding-compare-${process.pid}`);
  const cache = `${out}-cache/`;
  await rm(out, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
  const m = await measure(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--silent', '--root', root, '--config', 'scripts/bench/astro.config.mjs'], {
    cwd: root,
    nice: 10,
    env: { ...process.env, SANDING_CONTENT: resolve(content), SANDING_OUT_DIR: out, SANDING_BENCH_ASTRO_CACHE: cache, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  console.log(`${root}: exit ${m.exitCode}, ${fmtSec(m.wallMs)} wall, ${fmtSec(m.cpuMs)} CPU, ${fmtBytes(m.peakRssBytes)} peak${m.exitCode ? `\n${m.stderr.slice(-800)}` : ''}`);
  await rm(out, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
}
