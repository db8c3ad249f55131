import { z } from 'astro/zod';
import { idSlug, text } from './common.ts';

/** A work platform (工作平台) grouping bodies, led by one body (平台日常管理协调). */
export const platformSchema = () =>
  z
    .object({
      /** Id used by bodies' `platform` field. */
      id: idSlug('平台标识（机构的 platform 字段引用）'),
      /** 平台名称, e.g. 党群综合平台. */
      name: text('平台名称'),
      /** Id of the body that runs the platform day to day. */
      lead: idSlug('牵头机构标识（bodies 中的 id）'),
      /** What the platform coordinates. */
      scope: text('统筹范围').optional(),
    })
    .strict()
    .describe('工作平台');

export type Platform = z.infer<ReturnType<typeof platformSchema>>;
