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
  /** Points `<out>` at this release (atomic) and removes releases older than the previous one. */
  publish(): Promise<void>;
  /** Removes this unfinished release. */
  discard(): Promise<void>;
}

export async function startRelease(out: string): Promise<Release> {
  const target = resolve(out);
  const releases = `${target}.releases`;
  await mkdir(releases, { recursive: true });
  await adoptPlainFolder(target, releases);
  const id = `${timestamp()}-${process.pid}`;
  const dir = join(releases, id);
  await mkdir(dir);
  return {
    dir,
    async publish() {
      const tmpLink = `${target}.next-${process.pid}`;
      await rm(tmpLink, { force: true });
      await symlink(relative(dirname(target), dir), tmpLink);
      await rename(tmpLink, target);
      await pruneReleases(releases, basename(dir));
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

/** Keep the published release and the one before it (for a quick manual rollback); drop the rest. */
async function pruneReleases(releases: string, current: string): Promise<void> {
  // Names start with a timestamp: anything sorting after `current` is a build still running; leave it.
  const older = (await readdir(releases)).filter((e) => e < current).sort();
  for (const e of older.slice(0, -1)) await rm(join(releases, e), { recursive: true, force: true });
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
