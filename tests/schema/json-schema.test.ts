/**
 * The published JSON Schemas (public/schema/*.schema.json): not drifted from the zod contract, described in
 * Chinese at every level, and accepting the bundled content, checked with a small structural validator.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';
import { parseYaml } from '../../src/content/yaml-source.ts';
import { jsonSchemas } from '../../src/schema/json-schema.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const KINDS = ['township', 'region', 'profile'] as const;
type Kind = (typeof KINDS)[number];
type Schema = Record<string, any>;

const committed = async (kind: Kind): Promise<Schema> => JSON.parse(await readFile(join(ROOT, `public/schema/${kind}.schema.json`), 'utf8'));

// ---- A small structural JSON Schema checker: the keywords our schemas use, nothing more. ----
const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
const typeMatches = (want: string, v: unknown) => want === typeOf(v) || (want === 'number' && typeof v === 'number');

/** Returns the list of problems, each as `path: what`; empty when `value` conforms. */
export function check(schema: Schema, value: unknown, path = '$'): string[] {
  if (schema.anyOf) {
    const results = (schema.anyOf as Schema[]).map((s) => check(s, value, path));
    if (!results.some((r) => r.length === 0)) return [`${path}: 不符合 anyOf 中任何一项（${results.map((r) => r[0]).join(' | ')}）`];
  }
  if (schema.type) {
    const types: string[] = [schema.type].flat();
    if (!types.some((t) => typeMatches(t, value))) return [`${path}: 类型应为 ${types.join('/')}，实际为 ${typeOf(value)}`];
  }
  if (schema.enum && !schema.enum.some((e: unknown) => e === value)) return [`${path}: 不在枚举 ${schema.enum.join('、')} 中`];
  if (schema.const !== undefined && schema.const !== value) return [`${path}: 应为 ${schema.const}`];
  const out: string[] = [];
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) out.push(`${path}: 不匹配 ${schema.pattern}`);
    if (schema.minLength !== undefined && [...value].length < schema.minLength) out.push(`${path}: 过短`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) out.push(`${path}: 小于 ${schema.minimum}`);
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) out.push(`${path}: 不大于 ${schema.exclusiveMinimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) out.push(`${path}: 大于 ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) out.push(`${path}: 少于 ${schema.minItems} 项`);
    if (schema.items) value.forEach((v, i) => out.push(...check(schema.items, v, `${path}[${i}]`)));
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) out.push(`${path}: 缺少 ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      const sub = schema.properties?.[key];
      if (sub) out.push(...check(sub, v, `${path}.${key}`));
      else if (schema.additionalProperties === false) out.push(`${path}: 未知字段 ${key}`);
      else if (typeof schema.additionalProperties === 'object') out.push(...check(schema.additionalProperties, v, `${path}.${key}`));
    }
  }
  return out;
}

/** Every property at every level, with its path. */
function* properties(schema: Schema, path = '$'): Generator<[string, Schema]> {
  for (const [key, sub] of Object.entries<Schema>(schema.properties ?? {})) {
    yield [`${path}.${key}`, sub];
    yield* properties(sub, `${path}.${key}`);
  }
  if (schema.items) yield* properties(schema.items, `${path}[]`);
  for (const alt of schema.anyOf ?? []) yield* properties(alt, path);
  if (typeof schema.additionalProperties === 'object') yield* properties(schema.additionalProperties, `${path}.*`);
}

async function bundled(): Promise<{ file: string; kind: Kind; data: unknown }[]> {
  const dir = join(ROOT, 'content');
  const files = (await readdir(dir, { recursive: true })).filter((f) => /\.(md|ya?ml)$/.test(f)).sort();
  return Promise.all(
    files.map(async (f) => {
      const text = (await readFile(join(dir, f), 'utf8')).replace(/^\uFEFF/, '');
      const kind: Kind = f.startsWith('townships/') ? 'township' : f.startsWith('regions/') ? 'region' : 'profile';
      const fm = kind === 'profile' ? { ok: true as const, yaml: text, yamlLineOffset: 0 } : splitFrontmatter(text);
      if (!fm.ok) throw new Error(`${f}: ${fm.message}`);
      return { file: `content/${f}`, kind, data: parseYaml(fm.yaml, fm.yamlLineOffset).data };
    }),
  );
}

describe('JSON Schema', () => {
  it('the committed files equal what `npm run schema` generates now (no drift)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'sanding-schema-'));
    try {
      await promisify(execFile)(join(ROOT, 'node_modules/.bin/node'), ['scripts/schema.ts', '--out', out], { cwd: ROOT });
      for (const kind of KINDS) {
        const fresh = await readFile(join(out, `${kind}.schema.json`), 'utf8');
        expect(fresh, `public/schema/${kind}.schema.json is stale: run npm run schema`).toBe(await readFile(join(ROOT, `public/schema/${kind}.schema.json`), 'utf8'));
        expect(JSON.parse(fresh)).toEqual(JSON.parse(JSON.stringify(jsonSchemas()[kind])));
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it.each(KINDS)('%s: every property at every level has a Chinese description of its own', async (kind) => {
    const schema = await committed(kind);
    expect(schema.description).toMatch(/\p{Script=Han}/u);
    const all = [...properties(schema)];
    expect(all.length).toBeGreaterThan(5);
    const missing = all.filter(([, s]) => typeof s.description !== 'string' || !/\p{Script=Han}/u.test(s.description)).map(([p]) => p);
    expect(missing).toEqual([]);
  });

  it('accepts every bundled content file', async () => {
    const files = await bundled();
    expect(files.filter((f) => f.kind === 'township').length).toBeGreaterThanOrEqual(24);
    const schemas = Object.fromEntries(await Promise.all(KINDS.map(async (k) => [k, await committed(k)])));
    const problems = files.flatMap((f) => check(schemas[f.kind], f.data).map((p) => `${relative('.', f.file)} ${p}`));
    expect(problems).toEqual([]);
  });

  it('rejects known-bad documents (so the checker above can fail)', async () => {
    const township = await committed('township');
    const ok = { name: '示例镇', kind: '镇', region: { province: '示例省', county: '示例县' }, status: '草案', plan: { title: '方案' }, sources: [{ title: '虚构' }] };
    expect(check(township, ok)).toEqual([]);
    expect(check(township, { ...ok, kind: '县' })).toEqual(['$.kind: 不在枚举 乡、镇、街道 中']);
    expect(check(township, { ...ok, colour: '红' })).toEqual(['$: 未知字段 colour']);
    expect(check(township, { ...ok, status: undefined, sources: [] }).sort()).toEqual(['$.sources: 少于 1 项', '$.status: 类型应为 string，实际为 undefined']);
    const { status: _, ...noStatus } = ok;
    expect(check(township, noStatus)).toEqual(['$: 缺少 status']);
    expect(check(township, { ...ok, code: '12345' })[0]).toMatch(/^\$\.code: 不符合 anyOf/);
    expect(check(township, { ...ok, population: '３０' })[0]).toMatch(/^\$\.population: 不符合 anyOf/);
    expect(check(township, { ...ok, population: 2.5 })[0]).toMatch(/^\$\.population: 不符合 anyOf/);
    expect(check(township, { ...ok, bodies: [{ id: 'Bad Id', name: 'x', category: '党政机构' }] })).toEqual(['$.bodies[0].id: 不匹配 ^[a-z0-9]+(-[a-z0-9]+)*$']);
    expect(check(township, { ...ok, bodies: [{ id: 'a', name: 'x', category: '党政机构', rank: '副处级' }] })).toEqual(['$.bodies[0].rank: 不在枚举 正科级、副科级、股级 中']);
    expect(check(township, { ...ok, region: { province: '示例省' } })).toEqual(['$.region: 缺少 county']);
    expect(check(township, { ...ok, supersedes: '../x' })).toEqual(['$.supersedes: 不匹配 ^[\\p{L}\\p{N}_-]+(\\/[\\p{L}\\p{N}_-]+){0,3}$']);
    const profile = await committed('profile');
    expect(check(profile, { id: 'p', name: '规则', applies_to: { province: '省' }, sources: [{ title: 't' }], rules: { body_cap: { max: '十二' } } })[0]).toMatch(
      /^\$\.rules\.body_cap\.max: 不符合 anyOf/,
    );
  });
});
