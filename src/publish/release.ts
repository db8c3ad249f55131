import { lstat, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';

/**
 * Atomic publishing. Each build writes a complete release into `<out>.releases/<id>/`; `<out>` is a symlink
 * that is switched to the new release with one rename(2) only after every step succeeded. A build that fails
 * or is killed at any moment leaves `<out>` pointing at the last good release, complete and servable.
 */
export interface Release {
  /** Folder the build writes into. */
  dir: string;
  /** Points `<out>` at this release (atomic) and removes every other release but the one it replaced. */
  publish(): Promise<void>;
  /** Removes this unfinished release. */
  discard(): Promise<void>;
}

export async function startRelease(out: string): Promise<Release> {
  const target = resolve(out);
  const releases = `${target}.releases`;
  await mkdir(releases, { recursive: true });
  await adoptPlainFolder(target, releases);
  await removeStaleNextLinks(target);
  const id = `${timestamp()}-${process.pid}`;
  const dir = join(releases, id);
  await mkdir(dir);
  return {
    dir,
    async publish() {
      const previous = await publishedDir(target);
      const tmpLink = `${target}.next-${process.pid}`;
      await rm(tmpLink, { force: true });
      await symlink(relative(dirname(target), dir), tmpLink);
      await rename(tmpLink, target);
      await pruneReleases(releases, basename(dir), previous && dirname(previous) === releases ? basename(previous) : undefined);
    },
    async discard() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A `dist` left by a plain `astro build` is a real folder: move it into the releases so the swap can be atomic. */
async function adoptPlainFolder(target: string, releases: string): Promise<void> {
  const info = await lstat(target).catch(() => undefined);
  if (info?.isDirectory()) await rename(target, join(releases, `${timestamp()}-adopted`));
}

/**
 * Keep the published release and the one it replaced (for a quick manual rollback); drop the rest, among
 * them what builds killed mid-way left behind. The release kept for rollback is the one that *was published*,
 * never merely the newest older folder, which may be an incomplete release of a killed build. A folder whose
 * build is still running (its pid, the last part of the name, is alive) is left alone.
 */
async function pruneReleases(releases: string, current: string, previous: string | undefined): Promise<void> {
  for (const e of await readdir(releases)) {
    if (e === current || e === previous || builderAlive(e)) continue;
    await rm(join(releases, e), { recursive: true, force: true });
  }
}

/** `<target>.next-<pid>` links left by a build killed between creating the link and renaming it. */
async function removeStaleNextLinks(target: string): Promise<void> {
  const prefix = `${basename(target)}.next-`;
  for (const e of await readdir(dirname(target))) {
    if (e.startsWith(prefix) && !builderAlive(e)) await rm(join(dirname(target), e), { force: true });
  }
}

/** True when the name ends in the pid of another live process (a build still writing). */
function builderAlive(name: string): boolean {
  const pid = Number(/[-.](\d+)$/.exec(name)?.[1]);
  if (!pid || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The folder `<out>` currently serves, if any. */
export async function publishedDir(out: string): Promise<string | undefined> {
  const target = resolve(out);
  const info = await lstat(target).catch(() => undefined);
  if (!info) return undefined;
  return info.isSymbolicLink() ? resolve(dirname(target), await readlink(target)) : target;
}

/** Sortable UTC time to the millisecond, e.g. 20261122-051830123. */
function timestamp(): string {
  return new Date().toISOString().replace(/[-:.Z]/g, '').replace('T', '-');
}
