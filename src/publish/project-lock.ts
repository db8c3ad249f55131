/**
 * A lock shared by every process working in this project folder.
 *
 * Astro keeps some of its build state in `<project>/.astro/` whatever cacheDir and outDir say (the content
 * layer writes `content-assets.mjs` there through one fixed temp name), so two builds of the same project
 * that reach Astro at the same moment break each other. Builds therefore take turns for the Astro step;
 * everything else (validation, PDFs, search) still runs concurrently.
 *
 * The lock is a directory (mkdir is atomic) holding the owner's pid, so a lock left by a killed build is
 * recognised and taken over instead of blocking every later build.
 */
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

const POLL_MS = 200;

export async function withProjectLock<T>(name: string, work: () => Promise<T>, onWait?: () => void): Promise<T> {
  const lock = resolve('.sanding', 'locks', `${name}.lock`);
  await mkdir(dirname(lock), { recursive: true });
  let told = false;
  while (!(await tryTake(lock))) {
    if (!told) onWait?.();
    told = true;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

async function tryTake(lock: string): Promise<boolean> {
  try {
    await mkdir(lock);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    if (await ownerIsGone(lock)) await rm(lock, { recursive: true, force: true });
    return false;
  }
  await writeFile(join(lock, 'pid'), String(process.pid));
  return true;
}

async function ownerIsGone(lock: string): Promise<boolean> {
  const text = await readFile(join(lock, 'pid'), 'utf8').catch(() => null);
  // No pid yet: the owner is between mkdir and writeFile, unless it died right there long ago.
  if (text === null) {
    const made = await stat(lock).catch(() => null);
    return made !== null && Date.now() - made.mtimeMs > 10_000;
  }
  const pid = Number(text);
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
