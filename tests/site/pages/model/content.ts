/** The bundled content, loaded and validated once per test file, for model tests on real plans. */
import { loadAndValidate } from '../../../../src/content/index.ts';
import type { Township } from '../../../../src/schema/township.ts';

const content = loadAndValidate(new URL('../../../../content/', import.meta.url).pathname);

export async function township(slug: string): Promise<Township> {
  const found = (await content).townships.find((t) => t.slug === slug);
  if (!found) throw new Error(`no township ${slug} in content/`);
  return structuredClone(found.data);
}

export async function bundled() {
  return content;
}
