/**
 * One Chromium (Debian's /usr/bin/chromium, driven by puppeteer-core) shared by all documents,
 * with a bounded number of tabs. A page that crashes or hangs is retried a bounded number of
 * times, after restarting the browser; a document that keeps failing is reported, never written
 * half: every PDF is written to a temp file in its folder and renamed.
 */
import { mkdtemp, rm, writeFile, rename, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PAGE_NUMBER_FAMILY } from './fonts.ts';
import { grid, LINES_PER_PAGE, type GridModel } from './grid.ts';
import { recordLift } from './html.ts';
import { placeRecord } from './postlayout.ts';
import { normalisePdf } from './reproducible.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/chromium.ts';


export interface RendererOptions {
  /** Connect to a running Chromium (e.g. a remote pool) instead of launching one. */
  browserWSEndpoint?: string;
  /** Tabs used in parallel (default 2). */
  concurrency?: number;
  /** Per-attempt limit for one document (default 60 s). */
  timeoutMs?: number;
  /** Attempts after the first one (default 2). */
  retries?: number;
  model?: GridModel;
}

const MM_PX = 96 / 25.4;

class TimeoutError extends Error {}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]);
}

export class Renderer {
  private browser: Browser | null = null;
  private profileDir: string | null = null;
  private workDir: string | null = null;
  private idle: Page[] = [];
  private waiters: (() => void)[] = [];
  private active = 0;
  private generation = 0;
  private jobs = 0;
  readonly concurrency: number;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly model: GridModel;
  private readonly opts: RendererOptions;

  constructor(opts: RendererOptions = {}) {
    this.opts = opts;
    this.concurrency = Math.max(1, opts.concurrency ?? 2);
    this.timeoutMs = opts.timeoutMs ?? 60_000;
    this.retries = opts.retries ?? 2;
    this.model = opts.model ?? 'B';
  }

  private starting: Promise<Browser> | null = null;

  /** The current browser; concurrent callers share one launch. */
  private start(): Promise<Browser> {
    if (this.browser?.connected) return Promise.resolve(this.browser);
    this.starting ??= this.launch().finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  private async launch(): Promise<Browser> {
    this.workDir ??= await mkdtemp(join(tmpdir(), 'sanding-pdf-'));
    if (this.opts.browserWSEndpoint) {
      this.browser = await puppeteer.connect({ browserWSEndpoint: this.opts.browserWSEndpoint });
    } else {
      // A fresh profile per browser: no state from an earlier run can change the output.
      this.profileDir = await mkdtemp(join(tmpdir(), 'sanding-chromium-'));
      this.browser = await puppeteer.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [...CHROMIUM_ARGS, `--user-data-dir=${this.profileDir}`],
        protocolTimeout: this.timeoutMs,
      });
    }
    this.idle = [];
    this.generation++;
    return this.browser;
  }

  /** Kills the browser (a hung one does not answer close()) and forgets its tabs. */
  private async restart(generation: number): Promise<void> {
    if (generation !== this.generation) return; // another job restarted it already
    const b = this.browser;
    this.browser = null;
    this.idle = [];
    if (b) {
      if (this.opts.browserWSEndpoint) await b.disconnect().catch(() => {});
      else {
        b.process()?.kill('SIGKILL');
        await withTimeout(b.close(), 5000, 'browser close').catch(() => {});
      }
    }
    if (this.profileDir) await rm(this.profileDir, { recursive: true, force: true }).catch(() => {});
    this.profileDir = null;
  }

  private async acquire(): Promise<void> {
    while (this.active >= this.concurrency) await new Promise<void>((r) => this.waiters.push(r));
    this.active++;
  }

  private release(): void {
    this.active--;
    this.waiters.shift()?.();
  }

  /**
   * Renders one HTML document to PDF bytes, normalised for reproducibility; `date` (ISO) is
   * written as the PDF's creation date instead of the wall clock.
   */
  async render(html: string, { name = 'document', date }: { name?: string; date?: string } = {}): Promise<Uint8Array> {
    await this.acquire();
    try {
      let lastError: unknown;
      for (let attempt = 0; attempt <= this.retries; attempt++) {
        const generation = this.generation;
        let browser: Browser | undefined;
        let page: Page | undefined;
        try {
          // Inside the try: a Chromium that dies while starting is retried like one that dies mid-document.
          browser = await this.start();
          page = this.idle.pop() ?? (await withTimeout(browser.newPage(), this.timeoutMs, 'new tab'));
          const bytes = await withTimeout(this.print(page, html), this.timeoutMs, `render ${name}`);
          this.idle.push(page);
          return normalisePdf(bytes, date);
        } catch (err) {
          lastError = err;
          // The tab may be crashed or hung: drop it; a timeout or a lost browser means restart.
          if (err instanceof TimeoutError || !browser?.connected) await this.restart(generation);
          else if (page) await withTimeout(page.close(), 5000, 'tab close').catch(() => this.restart(generation));
        }
      }
      throw lastError instanceof Error ? lastError : new Error(String(lastError));
    } finally {
      this.release();
    }
  }

  private async print(page: Page, html: string): Promise<Uint8Array> {
    // A file:// page, so the file:// web fonts load (setContent on about:blank fails CORS).
    const file = join(this.workDir!, `doc-${++this.jobs}.html`);
    await writeFile(file, html);
    try {
      await page.emulateMediaType('print');
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.evaluate(async (family: string) => {
        await document.fonts.ready;
        // The page-number face is used only in @page margin boxes: load it explicitly.
        await document.fonts.load(`14pt "${family}"`, '— 0123456789');
      }, PAGE_NUMBER_FAMILY);
      const g = grid(this.model);
      await page.evaluate(placeRecord, g.pitch * MM_PX, recordLift(g) * MM_PX, LINES_PER_PAGE);
      return await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: this.timeoutMs });
    } finally {
      await rm(file, { force: true });
    }
  }

  async close(): Promise<void> {
    await this.restart(this.generation);
    if (this.workDir) await rm(this.workDir, { recursive: true, force: true });
    this.workDir = null;
  }
}

/** Writes bytes to `path` through a temp file in the same folder and a rename: never a truncated file. */
export async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
