/**
 * `node tests/site/helpers/screenshot.ts <path> [width…]` — screenshots of a page of the test build into
 * .cache/screenshots/ (gitignored): the full page in slices one and a half screens tall, easy to look at.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { openSite, ROOT } from './site.ts';

const [path = '/townships/anhui/langxi/biqiao/', ...widths] = process.argv.slice(2);
const site = await openSite();
try {
  const dir = join(ROOT, '.cache/screenshots');
  await mkdir(dir, { recursive: true });
  for (const width of widths.length ? widths.map(Number) : [1280, 375]) {
    const page = await site.open(path, { width, height: 900 });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const slice = 1400;
    for (let y = 0, i = 1; y < height; y += slice, i++) {
      const file = join(dir, `${path.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${i}.png`);
      await page.screenshot({ path: file as `${string}.png`, clip: { x: 0, y, width, height: Math.min(slice, height - y) }, captureBeyondViewport: true });
      console.log(file);
    }
  }
} finally {
  await site.close();
}
