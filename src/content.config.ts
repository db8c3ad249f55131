import { defineCollection } from 'astro:content';
import { sandingLoader } from './content/astro-loader.ts';
import { profileSchema } from './schema/profile.ts';
import { regionSchema } from './schema/region.ts';

// Entries arrive already validated by our loader; the schemas here give Astro its types. Townships are read
// from the same loader by their pages instead (see sandingLoader).
export const collections = {
  regions: defineCollection({ loader: sandingLoader('regions'), schema: regionSchema() }),
  profiles: defineCollection({ loader: sandingLoader('profiles'), schema: profileSchema() }),
};
