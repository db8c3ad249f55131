import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

/**
 * Last check before a release is published: no empty or truncated file of the kinds a reader downloads.
 * Catches a step that "succeeded" but wrote nothing, which would otherwise replace good output.
 */
export async function verifyOutput(dir: string): Promise<string[]> {
  const problems: string[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  if (!entries.some((e) => e.isFile() && e.name === 'index.html' && resolve(e.parentPath) === resolve(dir))) problems.push('缺少首页 index.html');
  for (const e of entries) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    const rel = relative(dir, path);
    const ext = e.name.slice(e.name.lastIndexOf('.'));
    if (!['.html', '.json', '.csv', '.pdf', '.xml'].includes(ext)) continue;
    const { size } = await stat(path);
    if (size === 0) problems.push(`${rel}：空文件`);
    else if (ext === '.pdf' && !(await startsWith(path, '%PDF-'))) problems.push(`${rel}：不是 PDF 文件（缺少 %PDF- 文件头）`);
    else if (ext === '.pdf' && !(await endsWith(path, size, '%%EOF'))) problems.push(`${rel}：PDF 不完整（缺少 %%EOF）`);
    else if (ext === '.html' && !(await endsWith(path, size, '</html>'))) problems.push(`${rel}：HTML 不完整`);
    else if (ext === '.json' && !(await parsesAsJson(path))) problems.push(`${rel}：JSON 不完整或格式错误`);
    else if (ext === '.xml' && !(await endsWith(path, size, '>'))) problems.push(`${rel}：XML 不完整`);
  }
  return problems;
}

async function startsWith(path: string, marker: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(marker.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead).toString('latin1') === marker;
  } finally {
    await handle.close();
  }
}

/** A truncated JSON file (killed writer, full disk) does not parse; open data must always parse. */
async function parsesAsJson(path: string): Promise<boolean> {
  try {
    JSON.parse(await readFile(path, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

async function endsWith(path: string, size: number, marker: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const tail = Buffer.alloc(Math.min(size, 1024));
    await handle.read(tail, 0, tail.length, size - tail.length);
    return tail.toString('latin1').trimEnd().endsWith(marker);
  } finally {
    await handle.close();
  }
}
