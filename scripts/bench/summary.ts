/**
 * node scripts/bench/summary.ts [bench-results]
 * One Markdown table of every bench-results/<N>.json side by side (for docs/scale.md), with the
 * site build's cost per township at each N, to see whether it grows worse than linearly.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fmtBytes, fmtSec } from './measure.ts';
import type { PhaseRecord } from '../bench.ts';

const dir = resolve(process.argv[2] ?? 'bench-results');
const runs = (
  await Promise.all(
    (await readdir(dir)).filter((f) => /^\d+\.json$/.test(f)).map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as { n: number; phases: PhaseRecord[]; machine: string; date: string }),
  )
).sort((a, b) => a.n - b.n);

const names = [...new Set(runs.flatMap((r) => r.phases.map((p) => p.phase)))];
const cell = (p: PhaseRecord | undefined) =>
  !p ? '' : p.status !== 'ok' ? p.status : p.wallMs === undefined ? 'ok (in site)' : `${fmtSec(p.wallMs)} · ${fmtSec(p.cpuMs!)} CPU · ${fmtBytes(p.peakRssBytes!)}`;
const lines = [
  `| phase (wall · CPU · peak) | ${runs.map((r) => `N = ${r.n.toLocaleString('en')}`).join(' | ')} |`,
  `|---|${runs.map(() => '---').join('|')}|`,
  ...names.map((n) => `| ${n} | ${runs.map((r) => cell(r.phases.find((p) => p.phase === n))).join(' | ')} |`),
];
const site = runs.map((r) => ({ n: r.n, p: r.phases.find((p) => p.phase === 'site' && p.status === 'ok') }));
lines.push(
  `| site: wall per township | ${site.map(({ n, p }) => (p ? `${(p.wallMs! / n).toFixed(1)} ms` : '')).join(' | ')} |`,
  `| site: CPU per township | ${site.map(({ n, p }) => (p ? `${(p.cpuMs! / n).toFixed(1)} ms` : '')).join(' | ')} |`,
  `| site: peak memory per township | ${site.map(({ n, p }) => (p ? `${((p.peakRssBytes! / n) / 1024 ** 2).toFixed(2)} MB` : '')).join(' | ')} |`,
);
console.log(lines.join('\n'));
console.log(`\n${runs.map((r) => `N = ${r.n}: ${r.date}, ${r.machine}`).join('\n')}`);
