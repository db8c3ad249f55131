import type { Loader } from 'astro/loaders';
import { formatFinding } from './finding.ts';
import { forPublishing, loadAndValidate, type PublishedContent } from './index.ts';
import { renderNarrative } from './markdown/narrative.ts';
import { readSnapshot, SNAPSHOT_ENV } from './snapshot.ts';

/** The content folder the build publishes; scripts/build.ts sets it, tests point it at fixture folders. */
export const contentDir = () => process.env.SANDING_CONTENT ?? 'content';

/**
 * One load per build process, shared by every collection and by pages that need the whole set. The memo
 * lives on globalThis: Astro evaluates this module twice in one process (once for the content layer, once
 * inside the bundled pages), and a module-level memo would load and validate everything twice.
 */
const memo = ((globalThis as { __sandingValidated?: Map<string, Promise<PublishedContent>> }).__sandingValidated ??= new Map());

export function validatedContent(): Promise<PublishedContent> {
  const dir = contentDir();
  let loading = memo.get(dir);
  if (!loading) {
    // scripts/build.ts has validated this very folder already and hands over the result.
    const snapshot = process.env[SNAPSHOT_ENV];
    loading = snapshot ? Promise.resolve().then(() => readSnapshot(snapshot)) : loadAndValidate(dir).then(forPublishing);
    memo.set(dir, loading);
  }
  return loading;
}

/**
 * Astro collection loader backed by the same loader as `npm run validate`, so the site can never publish
 * what the validator rejects. Astro alone would stop at the first bad entry with a stack trace; here every
 * finding is listed, located, and the build stops.
 *
 * Townships are not a collection: Astro's data store reaches the pages as one JSON string inside the
 * bundle, which at 40,000 townships exceeds V8's string limit (and held four copies of every township).
 * Township pages read `validatedContent()` directly; validation still runs here, before any page.
 */
export function sandingLoader(kind: 'regions' | 'profiles'): Loader {
  return {
    name: `sanding-${kind}`,
    async load({ store, generateDigest, logger }) {
      const content = await validatedContent();
      if (!content.publishable) {
        const errors = content.findings.filter((f) => f.severity === 'error');
        throw new Error(`内容校验未通过，拒绝发布（${errors.length} 个错误）：\n${errors.map(formatFinding).join('\n')}`);
      }
      store.clear();
      const files = kind === 'profiles' ? [...content.profiles.values()] : content[kind];
      for (const f of files) {
        const data = f.data as unknown as Record<string, unknown>;
        store.set({
          id: f.slug,
          data,
          body: f.body,
          digest: generateDigest({ data, body: f.body }),
          rendered: f.body.trim() ? { html: renderNarrative(f.body) } : undefined,
        });
      }
      logger.info(`${files.length} 个${{ regions: '县区', profiles: '规则配置' }[kind]}`);
    },
  };
}
