/**
 * Turns a content path (`anhui/langxi/biqiao`, `河北省/兴隆县/兴隆 镇`) into the slug used in URLs and
 * output file names. Spaces become hyphens and ASCII is lower-cased, so two files that would publish to the
 * same URL are caught as a collision instead of overwriting each other; anything that could leave the
 * output folder (`..`, separators, control characters) is refused.
 */
export type SlugResult = { ok: true; slug: string } | { ok: false; message: string };

const SEGMENT = /^[\p{L}\p{N}_-]+$/u;

export function toSlug(path: string): SlugResult {
  const segments = path.split('/').map((s) => s.normalize('NFC').trim().replace(/\s+/g, '-').toLowerCase());
  for (const s of segments) {
    if (s === '' || s === '.' || s === '..' || !SEGMENT.test(s)) {
      return { ok: false, message: `路径“${path}”不能用作网址：各级名称只能包含文字、数字、连字符和下划线` };
    }
  }
  return { ok: true, slug: segments.join('/') };
}

