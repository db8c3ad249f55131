/**
 * Township and profile objects for rule tests, parsed with the real schema from the `valid-township`
 * scenario so that what the rules see is exactly what the loader gives them. Each call returns a fresh
 * copy: mutate it freely.
 */
import { readFileSync } from 'node:fs';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';
import { parseYaml } from '../../src/content/yaml-source.ts';
import { profileSchema, type ProfileRules } from '../../src/schema/profile.ts';
import { townshipSchema, type Township } from '../../src/schema/township.ts';
import type { Body } from '../../src/schema/body.ts';

const SCENARIO = new URL('../fixtures/scenarios/valid-township/', import.meta.url);

function yamlOf(rel: string): unknown {
  const text = readFileSync(new URL(rel, SCENARIO), 'utf8');
  const fm = rel.endsWith('.md') ? splitFrontmatter(text) : { ok: true as const, yaml: text, yamlLineOffset: 0 };
  if (!fm.ok) throw new Error(`${rel}: ${fm.message}`);
  const source = parseYaml(fm.yaml, fm.yamlLineOffset);
  if (source.errors.length) throw new Error(`${rel}: ${source.errors[0].message}`);
  return source.data;
}

/** 示例镇, the complete valid plan. */
export const township = (): Township => townshipSchema().parse(yamlOf('townships/shili/shili-xian/shili-zhen.md'));

/** The rules of the `shili` profile, which 示例镇 satisfies in full. */
export const rules = (): ProfileRules => profileSchema().parse(yamlOf('profiles/shili.yaml')).rules;

/** A body as the schema would give it (defaults filled in). */
export const body = (fields: Partial<Body> & Pick<Body, 'id' | 'name' | 'category'>): Body => ({
  plaques: [],
  staffing: { administrative: null, institutional: null, political_legal: null },
  posts: [],
  duties: [],
  ...fields,
});

/** Index of the body with that id (fails loudly when the fixture changes). */
export function bodyIndex(t: Township, id: string): number {
  const i = t.bodies.findIndex((b) => b.id === id);
  if (i < 0) throw new Error(`no body ${id} in fixture`);
  return i;
}

/**
 * A temporary copy of a scenario folder with text replacements applied to one of its files, for loader-level
 * tests of one variation. Returns the folder; findings name files by absolute path.
 */
export async function scenarioVariant(scenario: string, file: string, edits: [string, string][]): Promise<string> {
  const { cp, mkdtemp, readFile, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = await mkdtemp(join(tmpdir(), `sanding-${scenario}-`));
  await cp(new URL(`../fixtures/scenarios/${scenario}/`, import.meta.url), dir, { recursive: true });
  let text = await readFile(join(dir, file), 'utf8');
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`fixture ${scenario}/${file} has no “${from}”`);
    text = text.replace(from, to);
  }
  await writeFile(join(dir, file), text);
  return dir;
}
