import type { Page } from 'puppeteer-core';

/** Waits until the search page has answered (its status no longer says 正在搜索) and returns the status. */
export async function searchSettled(page: Page): Promise<string> {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-status]')?.textContent ?? '';
      return status !== '' && !status.includes('正在');
    },
    { timeout: 30_000 },
  );
  return page.$eval('[data-status]', (e) => e.textContent ?? '');
}

/**
 * Every result link in order (name/code matches first), after expanding "显示更多" until all are shown. A click
 * may also end the list without adding anything (the last results were listed above already).
 */
export async function allResultUrls(page: Page): Promise<string[]> {
  await searchSettled(page);
  while (await page.$eval('[data-more]', (b) => !(b as HTMLButtonElement).hidden)) {
    const before = await page.$$eval('[data-hits] > li', (l) => l.length);
    await page.click('[data-more]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-hits] > li').length > n || (document.querySelector('[data-more]') as HTMLButtonElement).hidden,
      {},
      before,
    );
  }
  return page.$$eval('[data-lookup] a, [data-hits] a.hit-title', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
