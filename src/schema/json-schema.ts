import { z } from 'astro/zod';
import { profileSchema } from './profile.ts';
import { regionSchema } from './region.ts';
import { townshipSchema } from './township.ts';

/** JSON Schemas of the public content format, keyed by file kind. `input` mode: what editors write (defaults optional). */
export function jsonSchemas(): Record<'township' | 'region' | 'profile', object> {
  const convert = (schema: z.ZodType, id: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    $id: `/schema/${id}.schema.json`,
  });
  return {
    township: convert(townshipSchema(), 'township'),
    region: convert(regionSchema(), 'region'),
    profile: convert(profileSchema(), 'profile'),
  };
}
