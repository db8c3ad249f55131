/**
 * One Chromium (Debian's /usr/bin/chromium, driven by puppeteer-core) shared by all documents,
 * with a bounded number of tabs. Each tab loads the page shell (fonts, grid, CSS) once and then
 * prints document after document by swapping the body: no navigation, and every font slice is read
 * and parsed once per tab instead of once per document. A tab is replaced after `documentsPerTab`
 * documents, so the renderer's memory stays bounded however many townships there are.
 * A page that crashes or hangs is retried a bounded number of times, after restarting the browser;
 * a document that keeps failing is reported, never written half: every PDF is written to a temp
 * file in its folder and renamed.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile, rename, mkdir } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PAGE_NUMBER_FAMILY, PAGE_NUMBER_TEXT } from './fonts.ts';
import { grid, LINES_PER_PAGE, type GridModel } from './grid.ts';
import { recordLift, type DocumentPage } from './html.ts';
import { placeRecord } from './postlayout.ts';
import { normalisePdf } from './reproducible.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/chromium.ts';

export interface RendererOptions {
  /** Connect to a running Chromium (e.g. a remote pool) instead of launching one. */
  browserWSEndpoint?: string;
  /** Tabs used in parallel (default: one per core; printing one document keeps about one core busy). */
  concurrency?: number;
  /** Per-attempt limit for one document (default 60 s). */
  timeoutMs?: number;
  /** Attempts after the first one (default 2). */
  retries?: number;
  /**
   * Documents a tab prints before it is closed and a fresh one opened (default 500). Chromium's
   * memory stayed flat over 2,000 documents in one tab (≈ 0.9 GB with 2 tabs); this bounds it over
   * 40,000 whatever happens, for one reload of the fonts per 500 documents.
   */
  documentsPerTab?: number;
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

/** A tab, the shell it has loaded (null: none yet) and how many documents it has printed. */
interface Tab {
  page: Page;
  shell: string | null;
  printed: number;
}

/**
 * Runs in the page (serialised by puppeteer: it must stay self-contained). Replaces the previous
 * document with this one. Laying out before reading `fonts.ready` makes Chromium request the font
 * slices the new text needs first, so no face is still loading when the page is printed
 * (font-display: block would print its text blank).
 */
async function showDocument(title: string, kind: string, body: string): Promise<void> {
  document.title = title;
  document.body.className = kind;
  document.body.innerHTML = body;
  document.body.getBoundingClientRect();
  await document.fonts.ready;
}

export class Renderer {
  private browser: Browser | null = null;
  private profileDir: string | null = null;
  private workDir: string | null = null;
  private idle: Tab[] = [];
  private waiters: (() => void)[] = [];
  private active = 0;
  private generation = 0;
  readonly concurrency: number;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly documentsPerTab: number;
  readonly model: GridModel;
  private readonly opts: RendererOptions;

  constructor(opts: RendererOptions = {}) {
    this.opts = opts;
    this.concurrency = Math.max(1, opts.concurrency ?? availableParallelism());
    this.timeoutMs = opts.timeoutMs ?? 60_000;
    this.retries = opts.retries ?? 2;
    this.documentsPerTab = Math.max(1, opts.documentsPerTab ?? 500);
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

  private async openTab(browser: Browser): Promise<Tab> {
    const page = await browser.newPage();
    await page.emulateMediaType('print');
    return { page, shell: null, printed: 0 };
  }

  /** Back to the idle tabs, or closed when it has printed its share (its renderer's memory is returned). */
  private async putBack(tab: Tab, generation: number): Promise<void> {
    if (generation !== this.generation) return; // the browser was restarted meanwhile: the tab is gone
    if (++tab.printed < this.documentsPerTab) this.idle.push(tab);
    else await withTimeout(tab.page.close(), 5000, 'tab close').catch(() => this.restart(generation));
  }

  /**
   * Renders one document to PDF bytes, normalised for reproducibility; `date` (ISO) is written as
   * the PDF's creation date instead of the wall clock.
   */
  async render(doc: DocumentPage, { name = 'document', date }: { name?: string; date?: string } = {}): Promise<Uint8Array> {
    await this.acquire();
    try {
      let lastError: unknown;
      for (let attempt = 0; attempt <= this.retries; attempt++) {
        const generation = this.generation;
        let browser: Browser | undefined;
        let tab: Tab | undefined;
        try {
          // Inside the try: a Chromium that dies while starting is retried like one that dies mid-document.
          browser = await this.start();
          tab = this.idle.pop() ?? (await withTimeout(this.openTab(browser), this.timeoutMs, 'new tab'));
          const bytes = normalisePdf(await withTimeout(this.print(tab, doc), this.timeoutMs, `render ${name}`), date);
          await this.putBack(tab, generation);
          return bytes;
        } catch (err) {
          lastError = err;
          // The tab may be crashed or hung: drop it; a timeout or a lost browser means restart.
          if (err instanceof TimeoutError || !browser?.connected) await this.restart(generation);
          else if (tab) await withTimeout(tab.page.close(), 5000, 'tab close').catch(() => this.restart(generation));
        }
      }
      throw lastError instanceof Error ? lastError : new Error(String(lastError));
    } finally {
      this.release();
    }
  }

  private async print(tab: Tab, doc: DocumentPage): Promise<Uint8Array> {
    if (tab.shell !== doc.shell) await this.loadShell(tab, doc.shell);
    await tab.page.evaluate(showDocument, doc.title, doc.kind, doc.body);
    const g = grid(this.model);
    await tab.page.evaluate(placeRecord, g.pitch * MM_PX, recordLift(g) * MM_PX, LINES_PER_PAGE);
    return await tab.page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: this.timeoutMs });
  }

  /** Navigates the tab to the shell, from a file:// page, so the file:// web fonts load (about:blank fails CORS). */
  private async loadShell(tab: Tab, shell: string): Promise<void> {
    tab.shell = null;
    const file = join(this.workDir!, `shell-${createHash('sha256').update(shell).digest('hex').slice(0, 16)}.html`);
    // Written for every navigation (rare), through a temp name: two tabs loading the shell at once
    // must each read a whole file (a half-written one printed a PDF without styles or fonts), and a
    // temp folder cleaned meanwhile costs nothing.
    await writeAtomic(file, shell);
    await tab.page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    // Nothing may be printed without the shell's styles and fonts: an error page or a truncated file declares no font face.
    if ((await tab.page.evaluate(() => document.fonts.size)) === 0) throw new Error(`page shell did not load: ${file}`);
    // The page-number face is used only in @page margin boxes: load it explicitly, once per tab.
    await tab.page.evaluate((family: string, text: string) => document.fonts.load(`14pt "${family}"`, text), PAGE_NUMBER_FAMILY, PAGE_NUMBER_TEXT);
    tab.shell = shell;
  }

  async close(): Promise<void> {
    await this.restart(this.generation);
    if (this.workDir) await rm(this.workDir, { recursive: true, force: true });
    this.workDir = null;
  }
}

let temps = 0;

/** Writes `data` to `path` through a temp file of its own in the same folder and a rename: never a truncated file, even when two writers race. */
export async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${++temps}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
