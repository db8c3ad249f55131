import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withProjectLock } from '../../src/publish/project-lock.ts';

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('project lock (builds take turns for the Astro step)', () => {
  it('lets one holder in at a time, and the second is told it waits', async () => {
    const name = `test-turns-${process.pid}`;
    const events: string[] = [];
    let waited = 0;
    const hold = (who: string) =>
      withProjectLock(
        name,
        async () => {
          events.push(`${who} in`);
          await sleep(300);
          events.push(`${who} out`);
        },
        () => waited++,
      );
    await Promise.all([hold('a'), hold('b')]);
    expect(events).toEqual(['a in', 'a out', 'b in', 'b out']);
    expect(waited).toBe(1);
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const name = `test-stale-${process.pid}`;
    const lock = resolve('.sanding', 'locks', `${name}.lock`);
    await mkdir(lock, { recursive: true });
    // pid 2^22 + 1 is above Linux's pid_max, so no such process can exist.
    await writeFile(resolve(lock, 'pid'), String(4_194_305));
    const got = await Promise.race([withProjectLock(name, async () => 'taken'), sleep(5000).then(() => 'stuck')]);
    expect(got).toBe('taken');
  });

  it('releases the lock when the work fails', async () => {
    const name = `test-fail-${process.pid}`;
    await expect(withProjectLock(name, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await withProjectLock(name, async () => 'again')).toBe('again');
  });
});
