import { readdir } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import type { z } from 'astro/zod';
import { profileSchema, type Profile } from '../schema/profile.ts';
import { regionSchema, type Region } from '../schema/region.ts';
import { townshipSchema, type Township } from '../schema/township.ts';
import type { Finding } from './finding.ts';
import { friendlyIssue } from './friendly-error.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { readTextFile } from './read-text-file.ts';
import { toSlug } from './slug.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

/** A content file that passed the structural checks, as the site publishes it. */
export interface ContentFile<T> {
  /** Path relative to the working directory, as printed in findings. */
  file: string;
  /** URL- and file-name-safe id derived from the path, e.g. `anhui/langxi/biqiao`. */
  slug: string;
  data: T;
  /** Markdown body (narrative), empty for YAML files. */
  body: string;
}

/** A content file as validation sees it: with the positions of its YAML nodes. */
export interface LoadedFile<T> extends ContentFile<T> {
  /** Where each YAML node is, for locating findings of later checks. */
  source: YamlSource;
}

export interface ContentSet {
  dir: string;
  townships: LoadedFile<Township>[];
  regions: LoadedFile<Region>[];
  profiles: Map<string, LoadedFile<Profile>>;
  /** Ids of profile files that exist but failed their own validation. */
  invalidProfiles: Set<string>;
  findings: Finding[];
}

const townships = townshipSchema();
const regions = regionSchema();
const profiles = profileSchema();

/** Loads every file of a content folder and checks its structure; never throws for bad content. */
export async function loadContent(dir: string): Promise<ContentSet> {
  const root = resolve(dir);
  const set: ContentSet = { dir: root, townships: [], regions: [], profiles: new Map(), invalidProfiles: new Set(), findings: [] };
  const entries = await listFiles(root, set.findings);
  await mapLimit(entries, 32, async (abs) => {
    const rel = relative(root, abs).split(sep).join('/');
    const file = displayPath(abs);
    const [area] = rel.split('/');
    if (area === 'townships' && rel.endsWith('.md')) {
      const loaded = await loadMarkdown(abs, file, rel.slice('townships/'.length, -'.md'.length), townships, set.findings);
      if (loaded) set.townships.push(loaded);
    } else if (area === 'regions' && rel.endsWith('.md')) {
      const loaded = await loadMarkdown(abs, file, rel.slice('regions/'.length, -'.md'.length), regions, set.findings);
      if (loaded) set.regions.push(loaded);
    } else if (area === 'profiles' && /\.ya?ml$/.test(rel)) {
      const id = rel.slice('profiles/'.length).replace(/\.ya?ml$/, '');
      const loaded = await loadYaml(abs, file, id, profiles, set.findings);
      if (!loaded) set.invalidProfiles.add(id);
      else if (loaded.data.id !== id) {
        set.invalidProfiles.add(id);
        set.findings.push(at(file, loaded.source.locate(['id']), 'profile-id', `规则配置的 id “${loaded.data.id}” 应与文件名 “${id}” 一致`));
      } else set.profiles.set(id, loaded);
    } else if (['townships', 'regions', 'profiles'].includes(area)) {
      set.findings.push({ file, line: 1, col: 1, severity: 'warning', rule: 'file', message: '不是内容文件，已忽略（乡镇和县区为 .md，规则配置为 .yaml）' });
    }
  });
  // Directory listing order differs between file systems; published order must not.
  const order = (a: LoadedFile<unknown>, b: LoadedFile<unknown>) => a.slug.localeCompare(b.slug) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  set.townships.sort(order);
  set.regions.sort(order);
  return set;
}

async function listFiles(root: string, findings: Finding[]): Promise<string[]> {
  try {
    const dirents = await readdir(root, { recursive: true, withFileTypes: true });
    const files: string[] = [];
    for (const d of dirents) {
      const abs = resolve(d.parentPath, d.name);
      if (d.isSymbolicLink()) {
        findings.push({ file: displayPath(abs), line: 1, col: 1, severity: 'error', rule: 'file', message: '内容目录中不允许符号链接（可能指向目录之外）' });
      } else if (d.isFile() && !d.name.startsWith('.')) files.push(abs);
    }
    return files.sort();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? '内容目录不存在' : code === 'ENOTDIR' ? '应为目录，实际是文件' : `无法读取内容目录（${code}）`;
    findings.push({ file: displayPath(root), line: 1, col: 1, severity: 'error', rule: 'file', message });
    return [];
  }
}

async function loadMarkdown<S extends z.ZodType>(abs: string, file: string, path: string, schema: S, findings: Finding[]): Promise<LoadedFile<z.infer<S>> | undefined> {
  const read = readTextFile(abs);
  if (!read.ok) return void findings.push(at(file, { line: 1, col: 1 }, 'file', read.message));
  const fm = splitFrontmatter(read.text);
  if (!fm.ok) return void findings.push(at(file, { line: fm.line, col: 1 }, 'frontmatter', fm.message));
  return parseAndCheck(file, path, fm.yaml, fm.yamlLineOffset, fm.body, schema, findings);
}

async function loadYaml<S extends z.ZodType>(abs: string, file: string, path: string, schema: S, findings: Finding[]): Promise<LoadedFile<z.infer<S>> | undefined> {
  const read = readTextFile(abs);
  if (!read.ok) return void findings.push(at(file, { line: 1, col: 1 }, 'file', read.message));
  return parseAndCheck(file, path, read.text, 0, '', schema, findings);
}

function parseAndCheck<S extends z.ZodType>(file: string, path: string, yaml: string, lineOffset: number, body: string, schema: S, findings: Finding[]): LoadedFile<z.infer<S>> | undefined {
  const slug = toSlug(path);
  if (!slug.ok) return void findings.push(at(file, { line: 1, col: 1 }, 'slug', slug.message));
  const source = parseYaml(yaml, lineOffset);
  if (source.errors.length) {
    // After the first syntax error the parser's later complaints are mostly echoes of it.
    const [first, ...rest] = source.errors;
    findings.push(at(file, first.pos, 'yaml', first.message + (rest.length ? `（其后还有 ${rest.length} 处连带语法错误，修正此处后重新检查）` : '')));
    return undefined;
  }
  if (source.data === null || typeof source.data !== 'object' || Array.isArray(source.data)) {
    return void findings.push(at(file, { line: lineOffset + 1, col: 1 }, 'schema', '前言应为键值对（如 name: 毕桥镇），实际为空或不是对象'));
  }
  const result = schema.safeParse(source.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      // An unknown key is best shown where it is written, not at the start of the object holding it.
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
      findings.push(at(file, source.locate(path as (string | number)[]), 'schema', friendlyIssue(issue, source.data)));
    }
    return undefined;
  }
  return { file, slug: slug.slug, data: result.data, body, source };
}

function at(file: string, pos: { line: number; col: number }, rule: string, message: string): Finding {
  return { file, line: pos.line, col: pos.col, severity: 'error', rule, message };
}

function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return (rel.startsWith('..') ? abs : rel).split(sep).join('/');
}

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
