/**
 * node scripts/bench/validate-once.ts <content> [projectRoot]
 * loadAndValidate of one content folder with the given copy of the project (default: this tree), e.g. a
 * copy with a proposed patch applied; prints a BENCH-RESULT line. Run it through measure() or /usr/bin/time.
 */
import { join, resolve } from 'node:path';

const [content, root = resolve(import.meta.dirname, '../..')] = process.argv.slice(2);
const { loadAndValidate } = await import(join(resolve(root), 'src/content/index.ts'));
const t0 = performance.now();
const v = await loadAndValidate(resolve(content));
const errors = v.findings.filter((f: { severity: string }) => f.severity === 'error').length;
console.log(`BENCH-RESULT ${JSON.stringify({ townships: v.townships.length, errors, ms: Math.round(performance.now() - t0), heapUsedMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20) })}`);
