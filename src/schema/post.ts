import { z } from 'astro/zod';
import { count, knownCount, text } from './common.ts';

/** A leadership post (领导职数) of a body or of the township: a title and how many. */
export const postSchema = () =>
  z
    .object({
      /** 职务名称, e.g. 主任、副主任、党委书记. */
      title: text('职务名称'),
      /** 职数; `null` when only a range (`min`–`max`) is published. */
      count: count('职数（人）；仅公布幅度时为 null'),
      /** Lower bound when the source gives a range (兴隆县: 党委委员 7 至 9 名). */
      min: knownCount('职数下限').optional(),
      /** Upper bound when the source gives a range. */
      max: knownCount('职数上限').optional(),
      /** Qualification, e.g. 其中1名兼任镇长. */
      note: text('说明').optional(),
    })
    .strict()
    .describe('领导职数');

export type Post = z.infer<ReturnType<typeof postSchema>>;
