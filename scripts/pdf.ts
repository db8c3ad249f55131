/**
 * npm run pdf [-- <township>…] [--out dist/pdf] [--content content] [--shard i/n]
 *             [--browser-ws-endpoint ws://…] [--concurrency <tabs, default: cores>] [--model B|A]
 * Renders the 三定 PDF of the named townships (slug such as anhui/langxi/biqiao, or the Chinese
 * name 毕桥镇), or of all of them. A plan with a structural or policy error is not rendered.
 * Exit code 1 when any document failed or was refused; each is named with its cause.
 */
import { loadAndValidate } from '../src/content/index.ts';
import { renderAll, type PdfSource } from '../src/pdf/index.ts';
import { parseCliArgs, runCli, UsageError } from './lib/cli.ts';

function parseShard(s: string | undefined): { index: number; count: number } | undefined {
  if (!s) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(s);
  // Written 1-based on the command line (`--shard 1/4` … `4/4`), like CI job matrices.
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new UsageError(`--shard 应为 i/n（1 ≤ i ≤ n），收到 ${s}`);
  return { index: Number(m[1]) - 1, count: Number(m[2]) };
}

runCli(async () => {
  const { values, positionals } = parseCliArgs(
    {
      out: { type: 'string', default: 'dist/pdf' },
      content: { type: 'string', default: 'content' },
      shard: { type: 'string' },
      'browser-ws-endpoint': { type: 'string' },
      concurrency: { type: 'string' },
      model: { type: 'string', default: 'B' },
    },
    true,
  );
  if (values.model !== 'A' && values.model !== 'B') throw new UsageError('--model 应为 A 或 B');
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) throw new UsageError('--concurrency 应为正整数');

  const content = await loadAndValidate(values.content!);
  const blocked = new Set(content.findings.filter((f) => f.severity === 'error').map((f) => f.file));
  let townships: (PdfSource & { file: string })[] = content.townships;
  if (positionals.length) {
    townships = positionals.map((want) => {
      const hits = content.townships.filter((t) => t.slug === want || t.data.name === want);
      if (hits.length === 0) throw new UsageError(`找不到乡镇：${want}`);
      if (hits.length > 1) throw new UsageError(`“${want}”对应多个乡镇，请用路径标识：${hits.map((h) => h.slug).join('、')}`);
      return hits[0]!;
    });
  }
  const refused = townships.filter((t) => blocked.has(t.file));
  for (const t of refused) console.error(`未生成 ${t.slug}（${t.data.name}）：内容校验有错误，请先运行 npm run validate`);

  const report = await renderAll(
    townships.filter((t) => !blocked.has(t.file)),
    values.out!,
    {
      shard: parseShard(values.shard),
      browserWSEndpoint: values['browser-ws-endpoint'],
      concurrency,
      model: values.model,
    },
  );
  for (const r of report.results) {
    const kind = r.final ? '正式' : `草稿（缺：${r.missing.length} 项）`;
    console.log(`${r.cached ? '缓存' : '生成'}  ${kind}  ${r.file}`);
  }
  for (const f of report.failures) console.error(`失败  ${f.slug}（${f.name}）：${f.error}`);
  console.log(`\n生成 ${report.rendered} 份，缓存 ${report.cached} 份，失败 ${report.failures.length} 份。`);
  return report.ok && refused.length === 0 ? 0 : 1;
});
