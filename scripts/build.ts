/**
 * npm run build [-- --content <dir>] [--out <dir>] [--no-pdf] [--no-search]
 *
 * content → load + validate → Astro site → open data → PDFs → search index → verify → publish.
 * Everything is written into a fresh release folder; `<out>` (default dist) switches to it only when
 * every step succeeded, so a failed or killed build never damages what is published.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rename, rm, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatFinding } from '../src/content/finding.ts';
import { loadAndValidate, type ValidatedContent } from '../src/content/index.ts';
import { SNAPSHOT_ENV, writeSnapshot } from '../src/content/snapshot.ts';
import { withProjectLock } from '../src/publish/project-lock.ts';
import { startRelease } from '../src/publish/release.ts';
import { writeSitemap } from '../src/publish/sitemap.ts';
import { siteUrl } from '../src/publish/site-url.ts';
import { verifyOutput } from '../src/publish/verify-output.ts';
import { writeHeadersFile } from '../src/publish/write-headers-file.ts';
import { parseCliArgs, runCli } from './lib/cli.ts';

runCli(async () => {
  const { values } = parseCliArgs({
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'dist' },
    'no-pdf': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
  });
  const content = resolve(values.content!);
  const step = timer();

  const validated = await loadAndValidate(content);
  for (const f of validated.findings) if (f.severity !== 'acknowledged') console.log(formatFinding(f));
  if (!validated.publishable) {
    console.error('\n内容校验未通过，未发布任何内容；已发布的网站保持不变。');
    return 1;
  }
  step(`校验 ${validated.townships.length} 个乡镇`);

  const release = await startRelease(values.out!);
  try {
    await withProjectLock('astro', () => runAstroBuild(content, validated, release.dir), () => console.log('… 另一个构建正在生成网站，等待它完成'));
    await writeHeadersFile(release.dir);
    await writeSitemap(release.dir, siteUrl());
    step('生成网站');
    if (!values['no-pdf']) {
      const { renderAllPdfs } = await import('../src/publish/pdf-step.ts');
      const failed = await renderAllPdfs(validated, release.dir);
      if (failed > 0) throw new BuildError(`${failed} 份 PDF 生成失败（见上文）`);
      step('生成 PDF');
    }
    if (!values['no-search']) {
      const { buildSearchIndex } = await import('../src/search/build-index.ts');
      await buildSearchIndex(release.dir);
      step('建立搜索索引');
    }
    const problems = await verifyOutput(release.dir);
    if (problems.length) throw new BuildError(`输出检查未通过：\n${problems.join('\n')}`);
    await release.publish();
    step(`发布到 ${values.out}`);
    return 0;
  } catch (e) {
    await release.discard();
    console.error(`\n构建失败：${e instanceof Error ? e.message : String(e)}\n已发布的网站保持不变。`);
    if (process.env.SANDING_DEBUG) console.error(e);
    return 1;
  }
});

class BuildError extends Error {}

async function runAstroBuild(content: string, validated: ValidatedContent, outDir: string): Promise<void> {
  const cacheDir = await mkdtemp(join(tmpdir(), 'sanding-astro-'));
  const snapshot = join(cacheDir, 'validated.v8');
  writeSnapshot(validated, snapshot);
  // Astro keeps intermediate files beside outDir only when outDir is inside the project (else in one shared
  // <project>/.astro/), so it builds into a private folder here and the result is moved into the release.
  await mkdir('.sanding', { recursive: true });
  const astroOut = await mkdtemp(resolve('.sanding', 'astro-out-'));
  try {
    await new Promise<void>((ok, fail) => {
      const child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, SANDING_CONTENT: content, SANDING_OUT_DIR: astroOut, SANDING_ASTRO_CACHE_DIR: cacheDir, [SNAPSHOT_ENV]: snapshot, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('error', fail);
      child.on('exit', (code, signal) => {
        if (code === 0) return ok();
        fail(new BuildError(`Astro 构建失败（${signal ?? `退出码 ${code}`}）：\n${withoutStackTraces(output)}`));
      });
    });
    await moveInto(astroOut, outDir);
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
    await rm(astroOut, { recursive: true, force: true });
  }
}

/** Moves a built folder into the (empty) release folder: a rename on one file system, a copy across two. */
async function moveInto(from: string, to: string): Promise<void> {
  await rm(join(from, '.prerender'), { recursive: true, force: true });
  try {
    await rmdir(to);
    await rename(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    await mkdir(to, { recursive: true });
    await cp(from, to, { recursive: true });
  }
}

/** Astro's own messages are useful to editors; its stack traces are not (SANDING_DEBUG=1 shows everything). */
function withoutStackTraces(output: string): string {
  if (process.env.SANDING_DEBUG) return output;
  const lines = output.split('\n');
  const cut = lines.findIndex((l) => /^\s*Stack trace:/.test(l));
  return (cut < 0 ? lines : lines.slice(0, cut)).filter((l) => !/^\s+at\s/.test(l)).join('\n').trim();
}

function timer() {
  let last = performance.now();
  return (label: string) => {
    const now = performance.now();
    console.log(`✓ ${label}（${((now - last) / 1000).toFixed(1)} 秒）`);
    last = now;
  };
}
