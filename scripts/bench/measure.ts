/**
 * Runs a command as a child process and measures it: wall time, CPU time (user + sys) of the whole
 * process tree, and peak resident memory of the whole tree.
 *
 * - CPU: the kernel adds a reaped child's CPU time (and that of its own reaped descendants) to the
 *   parent's `cutime`/`cstime` in /proc/self/stat. We read them before and after; only one measured
 *   child runs at a time, so the difference is the child tree's CPU time.
 *   Descendants that get re-parented away before exiting are covered by polling their CPU time too.
 * - Memory: /proc is polled (default every 200 ms) for every descendant of the child; the tree peak is
 *   the larger of the highest polled sum of PSS and the highest single-process VmHWM (VmHWM is
 *   the kernel's own high-water mark, so a short spike of one process between polls is not missed).
 * Linux only.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measurement {
  wallMs: number;
  userMs: number;
  sysMs: number;
  /** user + sys of the tree (the larger of the kernel's reaped-children figure and polled per-process times). */
  cpuMs: number;
  /** Peak RSS of the child process tree, bytes. */
  peakRssBytes: number;
  /** Most processes seen at once in the tree. */
  maxProcesses: number;
  /** Polled CPU ms and peak PSS bytes per executable name (node, chromium, pagefind …): where the tree's time and memory go. */
  byName: Record<string, { cpuMs: number; peakBytes: number }>;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Why the bench killed the tree (time limit, memory ceiling), if it did. */
  killedFor?: string;
  /** Processes of the tree still alive after the child exited, killed by the bench. */
  leftovers?: number;
  stdout: string;
  stderr: string;
}

export interface MeasureOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  pollMs?: number;
  /** Echo the child's output while it runs (still captured). */
  echo?: boolean;
  /** Prefix the command with `nice -n <niceness>`. */
  nice?: number;
  /** Kill the tree after this long. */
  timeoutMs?: number;
  /** Kill the tree when its memory (sum of PSS) exceeds this many bytes: protects a shared machine. */
  maxTreeBytes?: number;
}

const CLK_TCK = 100; // getconf CLK_TCK on Linux/x86-64 and arm64

function selfChildCpuMs(): { user: number; sys: number } {
  // Fields after the ")" of comm: state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17).
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: (Number(f[13]) * 1000) / CLK_TCK, sys: (Number(f[14]) * 1000) / CLK_TCK };
}

/** Map of pid → parent pid for every process currently visible. */
function processTable(): Map<number, number> {
  const table = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      table.set(Number(name), ppid);
    } catch {
      // exited meanwhile
    }
  }
  return table;
}

export function descendants(root: number, table = processTable()): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of table) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    if (!table.has(pid)) continue;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/**
 * Memory of one process: PSS (proportional set size: shared pages divided among the processes sharing
 * them, so summing a tree such as Chromium's does not count its shared libraries and shared memory
 * ten times), and VmHWM (the kernel's peak RSS of that process). Falls back to VmRSS without smaps_rollup.
 */
function memKb(pid: number): { pss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+)/.exec(status);
    const hwm = /VmHWM:\s+(\d+)/.exec(status);
    let pss = rss ? Number(rss[1]) : 0;
    try {
      const m = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (m) pss = Number(m[1]);
    } catch {
      /* no smaps_rollup: RSS */
    }
    return { pss, hwm: hwm ? Number(hwm[1]) : 0 };
  } catch {
    return undefined;
  }
}

/** utime + stime of one process so far (ms), and its executable name. */
function cpuOf(pid: number): { ms: number; name: string; start: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    return { ms: ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK, name, start: f[19] };
  } catch {
    return undefined;
  }
}

/** Samples the tree under `root` until `stop()` is called; returns the peaks. */
export function treeSampler(root: number, pollMs = 100, onSample?: (treeKb: number) => void) {
  let peakSumKb = 0;
  let peakSingleKb = 0;
  let maxProcesses = 0;
  // Last CPU time seen per process of the tree: catches processes that are re-parented away from the
  // tree before they exit (Chromium's zygote children when the browser is killed), whose CPU the
  // kernel then never adds to our cutime.
  const cpuSeen = new Map<number, { ms: number; name: string }>();
  const startTimes = new Map<number, string>();
  const peakByName = new Map<string, number>();
  const sample = () => {
    const pids = descendants(root);
    maxProcesses = Math.max(maxProcesses, pids.length);
    let sum = 0;
    const nowByName = new Map<string, number>();
    for (const pid of pids) {
      const m = memKb(pid);
      if (!m) continue;
      sum += m.pss;
      peakSingleKb = Math.max(peakSingleKb, m.hwm);
      const c = cpuOf(pid);
      if (c !== undefined) {
        cpuSeen.set(pid, c);
        if (!startTimes.has(pid)) startTimes.set(pid, c.start);
        nowByName.set(c.name, (nowByName.get(c.name) ?? 0) + m.pss);
      }
    }
    peakSumKb = Math.max(peakSumKb, sum);
    onSample?.(sum);
    for (const [name, kb] of nowByName) peakByName.set(name, Math.max(peakByName.get(name) ?? 0, kb));
  };
  sample();
  // Poll often at first (short phases), then every second: reading /proc for a big Chromium tree is
  // not free, and VmHWM still catches a single process's peak between polls.
  const started = Date.now();
  let timer: NodeJS.Timeout;
  const tick = () => {
    sample();
    timer = setTimeout(tick, Date.now() - started < 10_000 ? pollMs : Math.max(pollMs, 1000));
  };
  timer = setTimeout(tick, pollMs);
  return {
    sample,
    /** Every pid seen in the tree, with its start time (to recognise it later). */
    seen: () => [...startTimes],
    stop() {
      clearTimeout(timer);
      let polledCpuMs = 0;
      const byName: Measurement['byName'] = {};
      for (const { ms, name } of cpuSeen.values()) {
        polledCpuMs += ms;
        byName[name] ??= { cpuMs: 0, peakBytes: (peakByName.get(name) ?? 0) * 1024 };
        byName[name].cpuMs += ms;
      }
      return { peakRssBytes: Math.max(peakSumKb, peakSingleKb) * 1024, maxProcesses, polledCpuMs, byName };
    },
  };
}

export function measure(command: string, args: string[], opts: MeasureOptions = {}): Promise<Measurement> {
  const [cmd, argv] = opts.nice !== undefined ? ['nice', ['-n', String(opts.nice), command, ...args]] : [command, args];
  return new Promise((resolveP, reject) => {
    const cpu0 = selfChildCpuMs();
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    const keep = (s: string, add: string) => (s + add).slice(-200_000);
    child.stdout.on('data', (d: Buffer) => {
      stdout = keep(stdout, d.toString());
      if (opts.echo) process.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr = keep(stderr, d.toString());
      if (opts.echo) process.stderr.write(d);
    });
    let killedFor: string | undefined;
    const killTree = (why: string) => {
      killedFor ??= why;
      for (const pid of descendants(child.pid!).reverse()) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    };
    const sampler = treeSampler(child.pid!, opts.pollMs ?? 200, (kb) => {
      if (opts.maxTreeBytes && kb * 1024 > opts.maxTreeBytes) killTree(`memory ceiling ${(opts.maxTreeBytes / 1024 ** 3).toFixed(0)} GB exceeded`);
    });
    const timeout = opts.timeoutMs ? setTimeout(() => killTree(`time limit ${Math.round(opts.timeoutMs! / 1000)} s exceeded`), opts.timeoutMs) : undefined;
    child.on('error', (e) => {
      sampler.stop();
      reject(e);
    });
    let finished = false;
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      if (finished) return;
      finished = true;
      if (timeout) clearTimeout(timeout);
      const { peakRssBytes, maxProcesses, polledCpuMs, byName } = sampler.stop();
      const wallMs = performance.now() - t0;
      const cpu1 = selfChildCpuMs();
      const userMs = cpu1.user - cpu0.user;
      const sysMs = cpu1.sys - cpu0.sys;
      // The kernel's figure is exact for every reaped descendant; polling sees the others.
      const cpuMs = Math.max(userMs + sysMs, polledCpuMs);
      resolveP({ wallMs, userMs, sysMs, cpuMs, peakRssBytes, maxProcesses, byName, exitCode: code, signal, stdout, stderr: killedFor ? `${stderr}\nkilled by the bench: ${killedFor}` : stderr, killedFor, leftovers });
    };
    let leftovers = 0;
    child.on('exit', (code, signal) => {
      sampler.sample();
      // A grandchild that outlives the child (a Chromium whose driver died) is re-parented away and may
      // hold the output pipes open, so 'close' would never come. Give the pipes a moment, then end the
      // processes that this phase started and left behind (matched by pid and start time) and go on.
      setTimeout(() => {
        for (const [pid, start] of sampler.seen()) {
          if (pid === child.pid || cpuOf(pid)?.start !== start) continue;
          try {
            process.kill(pid, 'SIGKILL');
            leftovers++;
          } catch {
            /* gone */
          }
        }
        setTimeout(() => finish(code, signal), 500);
      }, 2000);
    });
    child.on('close', (code, signal) => finish(code, signal));
  });
}

/** Lines a phase script prints to report extra figures: `BENCH-RESULT {json}`; `BENCH-NA reason` = not available. */
export function phaseOutput(m: Measurement): { result: Record<string, unknown>; na?: string } {
  const result: Record<string, unknown> = {};
  let na: string | undefined;
  for (const line of m.stdout.split('\n')) {
    if (line.startsWith('BENCH-RESULT ')) Object.assign(result, JSON.parse(line.slice('BENCH-RESULT '.length)));
    if (line.startsWith('BENCH-NA ')) na = line.slice('BENCH-NA '.length).trim();
  }
  return { result, na };
}

export const fmtBytes = (b: number) => (b >= 1024 ** 3 ? `${(b / 1024 ** 3).toFixed(2)} GB` : b >= 1024 ** 2 ? `${(b / 1024 ** 2).toFixed(0)} MB` : `${(b / 1024).toFixed(0)} KB`);
export const fmtSec = (ms: number) => (ms >= 100_000 ? `${(ms / 1000).toFixed(0)} s` : `${(ms / 1000).toFixed(1)} s`);
