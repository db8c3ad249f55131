// Name and 统计用区划代码 lookup from small static shards (/search/lookup/…): exact township names and codes
// rank poorly in full-text search, so they are looked up directly. Shards are built by src/search/lookup.ts.
const CODE_PREFIX_LENGTH = 6;
const shards = new Map();

function shard(url) {
  if (!shards.has(url)) shards.set(url, fetch(url).then((r) => (r.ok ? r.json() : [])).catch(() => []));
  return shards.get(url);
}

/** Full-width digits and letters typed with a Chinese input method become their ASCII forms. */
function normalize(query) {
  return query.trim().normalize('NFKC');
}

/** Whether an entry is exactly what was asked for: the township's full name, or its full code. */
export function isExactMatch(query, [name, , , code]) {
  const q = normalize(query);
  return name === q || code === q;
}

/** Entries [name, url, region, code] whose code starts with the digits, or whose name starts with the text; exact first. */
export async function lookup(query) {
  const q = normalize(query);
  if (/^\d+$/.test(q)) {
    if (q.length < CODE_PREFIX_LENGTH) return [];
    const entries = await shard(`/search/lookup/code/${q.slice(0, CODE_PREFIX_LENGTH)}.json`);
    return entries.filter(([, , , code]) => code?.startsWith(q)).sort(([, , , a], [, , , b]) => (a === q ? -1 : b === q ? 1 : 0));
  }
  if (!q) return [];
  const entries = await shard(`/search/lookup/name/${q.codePointAt(0).toString(16)}.json`);
  return entries.filter(([name]) => name.startsWith(q)).sort(([a], [b]) => (a === q ? -1 : b === q ? 1 : a.length - b.length));
}
