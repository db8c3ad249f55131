import { z } from 'astro/zod';
import { text } from './common.ts';

/** Where a township sits: province, optional prefecture-level city, county/district. */
export const regionRefSchema = () =>
  z
    .object({
      /** 省（自治区、直辖市）. */
      province: text('所属省份'),
      /** 地级市（州、盟）; omitted for municipalities or when unknown. */
      city: text('所属地级市').optional(),
      /** 县（区、县级市、旗）. */
      county: text('所属县（区）'),
    })
    .strict()
    .describe('所属行政区');

export type RegionRef = z.infer<ReturnType<typeof regionRefSchema>>;
