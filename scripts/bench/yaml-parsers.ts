import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument, LineCounter, Parser, Composer } from 'yaml';
// @ts-ignore -- js-yaml ships no types; it is a transitive dependency of astro (measurement only)
import jsyaml from 'js-yaml';
import { townshipSchema } from '/work/main/src/schema/township.ts';
const dir = process.argv[2];
const files = readdirSync(dir + '/townships', { recursive: true, withFileTypes: true }).filter(d => d.isFile()).map(d => d.parentPath + '/' + d.name);
const fms = files.map(f => { const t = readFileSync(f, 'utf8'); const l = t.split('\n'); const c = l.findIndex((x, i) => i > 0 && x === '---'); return l.slice(1, c).join('\n'); });
const bytes = fms.reduce((s, t) => s + Buffer.byteLength(t), 0);
const time = (label: string, fn: (t: string) => unknown) => { const t0 = performance.now(); let out; for (const t of fms) out = fn(t); const ms = performance.now() - t0; console.log(label.padEnd(28), (ms / fms.length).toFixed(3), 'ms/file', (bytes / 1e6 / (ms / 1000)).toFixed(1), 'MB/s'); return out; };
console.log(fms.length, 'files', (bytes / 1e6).toFixed(1), 'MB');
time('yaml parseDocument+toJS', (t) => parseDocument(t, { lineCounter: new LineCounter(), uniqueKeys: true, prettyErrors: false, strict: true }).toJS());
time('yaml parseDocument+toJS', (t) => parseDocument(t, { lineCounter: new LineCounter(), uniqueKeys: true, prettyErrors: false, strict: true }).toJS());
time('yaml Parser CST only', (t) => { for (const _ of new Parser().parse(t)); });
time('js-yaml CORE', (t) => jsyaml.load(t, { schema: jsyaml.CORE_SCHEMA }));
time('js-yaml CORE', (t) => jsyaml.load(t, { schema: jsyaml.CORE_SCHEMA }));
const datas = fms.map(t => jsyaml.load(t, { schema: jsyaml.CORE_SCHEMA }));
const s = townshipSchema();
const t0 = performance.now(); for (const d of datas) s.safeParse(d); console.log('zod safeParse'.padEnd(28), ((performance.now() - t0) / datas.length).toFixed(3), 'ms/file');
const t1 = performance.now(); for (const d of datas) s.safeParse(d); console.log('zod safeParse (warm)'.padEnd(28), ((performance.now() - t1) / datas.length).toFixed(3), 'ms/file');
const js = datas.map(d => JSON.stringify(d));
const t2 = performance.now(); for (const j of js) JSON.parse(j); console.log('JSON.parse'.padEnd(28), ((performance.now() - t2) / datas.length).toFixed(3), 'ms/file');
// equivalence
let diff = 0; fms.forEach((t, i) => { if (JSON.stringify(parseDocument(t).toJS()) !== JSON.stringify(datas[i])) diff++; }); console.log('js-yaml vs yaml differing docs:', diff);
