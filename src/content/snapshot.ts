/**
 * Validated content handed from the build script to the Astro process, so that a build validates once.
 * v8's structured serialisation keeps Maps and reads back in a fraction of the time validation takes
 * (the Astro process would otherwise read and check every file a second time).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { forPublishing, type PublishedContent } from './index.ts';

/** The environment variable through which scripts/build.ts names the snapshot for the Astro process. */
export const SNAPSHOT_ENV = 'SANDING_VALIDATED_SNAPSHOT';

/** Writes validated content without its YAML position maps (closures, which could not be serialised anyway). */
export function writeSnapshot(content: PublishedContent, path: string): void {
  writeFileSync(path, serialize(forPublishing(content)));
}

export function readSnapshot(path: string): PublishedContent {
  return deserialize(readFileSync(path)) as PublishedContent;
}
