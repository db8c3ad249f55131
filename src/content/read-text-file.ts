import { readFileSync, statSync } from 'node:fs';

/** Content files are small; anything bigger is a mistake (a pasted dump, a binary), not a plan. */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;

export type TextFileResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads a content file as UTF-8 text, accepting a BOM, and explains in Chinese why a file cannot be read.
 * Synchronous on purpose: each promise-based call is several thread-pool round trips, which at 40,000
 * small files cost more than parsing them.
 */
export function readTextFile(path: string): TextFileResult {
  let bytes: Buffer;
  try {
    const info = statSync(path);
    if (info.size > MAX_CONTENT_FILE_BYTES) {
      return { ok: false, message: `文件过大（${(info.size / 1024 / 1024).toFixed(1)} MB，上限 1 MB）：内容文件应只包含一个乡镇的方案` };
    }
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'EACCES' ? '无权读取该文件' : `无法读取该文件（${code ?? '未知原因'}）` };
  }
  if (bytes.length === 0) return { ok: false, message: '文件为空' };
  if (bytes.includes(0)) return { ok: false, message: '这是二进制文件，不是文本：内容文件应为 UTF-8 编码的 Markdown 或 YAML' };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
    return { ok: true, text: text.replace(/\r\n?/g, '\n') };
  } catch {
    return { ok: false, message: '文件不是 UTF-8 编码（可能是 GBK/GB2312）：请在编辑器中另存为 UTF-8' };
  }
}
