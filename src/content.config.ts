import { defineCollection } from 'astro:content';
import { sandingLoader } from './content/astro-loader.ts';
import { profileSchema } from './schema/profile.ts';
import { regionSchema } from './schema/region.ts';
import { townshipSchema } from './schema/township.ts';

// Entries arrive already validated by our loader; the schemas here give Astro its types.
export const collections = {
  townships: defineCollection({ loader: sandingLoader('townships'), schema: townshipSchema() }),
  regions: defineCollection({ loader: sandingLoader('regions'), schema: regionSchema() }),
  profiles: defineCollection({ loader: sandingLoader('profiles'), schema: profileSchema() }),
};
