import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Reads back the word index Pagefind 1.6 wrote for one partition, to count where words occur (src/search/census.ts).
 * Pagefind's files are gzip'd CBOR behind a `pagefind_dcd` signature; the layouts are those of Pagefind's own
 * decoder (pagefind_web/src/index.rs): an index chunk = [[[word, [[page delta, [locations…], …]…], …]…]].
 * Only what the census needs is read; anything else
 * is a format this code does not know, and the build stops rather than publish a wrong census.
 */

const SIGNATURE = 'pagefind_dcd';

export function unpack(bytes: Buffer, file: string): unknown {
  let data = bytes;
  if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) data = gunzipSync(data);
  if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${file} 不是 Pagefind 文件（缺少签名）`);
  return decodeCbor(data.subarray(SIGNATURE.length));
}

/** A minimal CBOR (RFC 8949) decoder: integers, strings, arrays, maps, simple values — what Pagefind writes. */
export function decodeCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  let pos = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return view.getUint8(pos++);
    if (info === 25) return (pos += 2), view.getUint16(pos - 2);
    if (info === 26) return (pos += 4), view.getUint32(pos - 4);
    if (info === 27) return (pos += 8), Number(view.getBigUint64(pos - 8));
    if (info === 31) return -1; // indefinite length
    throw new Error(`CBOR：无法识别的长度编码 ${info}`);
  };
  const item = (): unknown => {
    const head = view.getUint8(pos++);
    const major = head >> 5;
    const info = head & 31;
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2:
      case 3: {
        const n = length(info);
        const slice = bytes.subarray(pos, (pos += n));
        return major === 3 ? text.decode(slice) : slice;
      }
      case 4: {
        const n = length(info);
        const list: unknown[] = [];
        if (n === -1) {
          while (view.getUint8(pos) !== 0xff) list.push(item());
          pos++;
        } else for (let i = 0; i < n; i++) list.push(item());
        return list;
      }
      case 5: {
        const n = length(info);
        const map = new Map<unknown, unknown>();
        for (let i = 0; i < n; i++) map.set(item(), item());
        return map;
      }
      case 6:
        length(info); // a tag: its value follows
        return item();
      default:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22 || info === 23) return null;
        if (info === 26) return (pos += 4), view.getFloat32(pos - 4);
        if (info === 27) return (pos += 8), view.getFloat64(pos - 8);
        throw new Error(`CBOR：无法识别的简单值 ${info}`);
    }
  };
  return item();
}

function formatError(file: string, what: string): Error {
  return new Error(`${file}：Pagefind 索引格式与预期不符（${what}）。若升级了 Pagefind，请同步更新 src/search/pagefind-files.ts。`);
}

/** Each word of an index chunk with the numbers of the pages that hold it (Pagefind stores them delta-encoded). */
export function* wordsOfChunk(chunk: unknown, file: string): Generator<[word: string, pages: number[]]> {
  if (!Array.isArray(chunk) || !Array.isArray(chunk[0])) throw formatError(file, '词索引');
  for (const entry of chunk[0] as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) throw formatError(file, '词条');
    let page = 0;
    const pages: number[] = [];
    for (const posting of entry[1] as unknown[]) {
      if (!Array.isArray(posting) || typeof posting[0] !== 'number') throw formatError(file, '页码');
      page += posting[0];
      pages.push(page);
    }
    yield [entry[0], pages];
  }
}

export interface IndexWords {
  /** word → numbers of the pages holding it */
  words: Map<string, number[]>;
}

/** The words of the Pagefind index written to `indexDir` (one language: the site is zh-CN only). */
export async function readIndexWords(indexDir: string): Promise<IndexWords> {
  const words = new Map<string, number[]>();
  const chunkDir = join(indexDir, 'index');
  for (const name of (await readdir(chunkDir)).sort()) {
    for (const [word, pageList] of wordsOfChunk(unpack(await readFile(join(chunkDir, name)), name), name)) {
      const known = words.get(word);
      words.set(word, known ? [...new Set([...known, ...pageList])] : pageList);
    }
  }
  return { words };
}
