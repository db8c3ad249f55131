/**
 * Shared by tests/security and tests/reliability: run the real build CLI, hash a published tree, scan
 * built files. Nothing here stands in for the build or the browser; it only drives and observes them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILD = join(ROOT, 'scripts/build.ts');
export const VALIDATE = join(ROOT, 'scripts/validate.ts');
/** Node 24 from the `node` devDependency (vitest runs under it; the system node is too old). */
export const NODE = process.execPath;

export const GOOD_CONTENT = join(ROOT, 'tests/reliability/fixtures/good');
export const INJECTION_CONTENT = join(ROOT, 'tests/fixtures/injection/content');

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout + stderr, in the order they arrived. */
  output: string;
}

/** Runs a project CLI (`scripts/*.ts`) from the repository root, as a user would. */
export function runScript(script: string, args: string[], opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((ok, fail) => {
    const child = spawn(NODE, [script, ...args], {
      cwd: ROOT,
      env: { ...process.env, SANDING_DEBUG: '', ASTRO_TELEMETRY_DISABLED: '1', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const out = { stdout: '', stderr: '', output: '' };
    child.stdout!.on('data', (d: Buffer) => ((out.stdout += d), (out.output += d)));
    child.stderr!.on('data', (d: Buffer) => ((out.stderr += d), (out.output += d)));
    const timer = setTimeout(() => killGroup(child), opts.timeoutMs ?? 180_000);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      ok({ code, signal, ...out });
    });
  });
}

/** Runs scripts/build.ts. Builds take turns for their Astro step by themselves (src/publish/project-lock.ts). */
export function runBuild(args: string[], opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return runScript(BUILD, args, opts);
}

/** SIGKILL a process started with `detached: true` together with everything it started (Astro, Chromium). */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    /* already gone */
  }
}

/** A scratch folder inside the project (`.sanding/test-tmp/`, git-ignored). */
export async function tempDir(prefix: string): Promise<string> {
  const base = join(ROOT, '.sanding', 'test-tmp');
  await mkdir(base, { recursive: true });
  return mkdtemp(join(base, `${prefix}-`));
}

/** A folder under the system temp dir, outside the project. */
export async function systemTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `sanding-${prefix}-`));
}

/** A path as the CLIs print it in findings: relative to the project root when inside it. */
export function displayPath(abs: string): string {
  const rel = relative(ROOT, abs);
  return rel.startsWith('..') ? abs : rel;
}

export async function copyContent(from: string, to: string): Promise<string> {
  await cp(from, to, { recursive: true });
  return to;
}

/** Every regular file under `dir` (following `dir` itself if it is the published symlink). */
export async function listFiles(dir: string): Promise<string[]> {
  const root = await realpath(dir);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name))).sort();
}

/** sha256 of every file under `dir`, by relative path. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const root = await realpath(dir);
  const hashes = new Map<string, string>();
  for (const rel of await listFiles(root)) {
    hashes.set(rel, createHash('sha256').update(await readFile(join(root, rel))).digest('hex'));
  }
  return hashes;
}

/** A finding line as `npm run validate` and the build print it: `path:line:col  错误  rule  中文说明`. */
export const FINDING_LINE = /^(?<file>\S.*?):(?<line>\d+):(?<col>\d+) {2}错误 {2}(?<rule>[\w-]+) {2}(?<message>.*\p{Script=Han}.*)$/mu;

export function errorFindings(output: string): { file: string; line: number; col: number; rule: string; message: string }[] {
  return [...output.matchAll(new RegExp(FINDING_LINE.source, 'gmu'))].map((m) => ({
    file: m.groups!.file,
    line: Number(m.groups!.line),
    col: Number(m.groups!.col),
    rule: m.groups!.rule,
    message: m.groups!.message,
  }));
}

/** Signs that an exception escaped to the user instead of a located message. */
export const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$|\b(TypeError|ReferenceError|RangeError|SyntaxError|YAMLParseError|ZodError)\b|内部错误|Error: /mu;

export function resolveRoot(...p: string[]): string {
  return resolve(ROOT, ...p);
}
