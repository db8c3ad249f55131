import { join } from 'node:path';
import type { ValidatedContent } from '../content/index.ts';
import { renderAll } from '../pdf/index.ts';

/** The build's PDF step: every township's 三定 PDF into `<release>/pdf/<slug>.pdf`; returns how many failed. */
export async function renderAllPdfs(content: ValidatedContent, releaseDir: string): Promise<number> {
  const report = await renderAll(content.townships, join(releaseDir, 'pdf'));
  const drafts = report.results.filter((r) => !r.final).length;
  console.log(`  PDF：新生成 ${report.rendered} 份，缓存 ${report.cached} 份；正式 ${report.results.length - drafts} 份，草稿 ${drafts} 份`);
  for (const f of report.failures) console.error(`  ✗ ${f.slug}（${f.name}）：${f.error}`);
  return report.failures.length;
}
