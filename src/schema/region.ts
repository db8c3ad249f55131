import { z } from 'astro/zod';
import { idSlug, text } from './common.ts';
import { sourceSchema } from './source.ts';

export const REGION_KINDS = ['县', '区', '县级市', '市', '旗', '地级市', '自治县'] as const;

/** A county/district/city page: `content/regions/<province>/<county>.md` frontmatter. */
export const regionSchema = () =>
  z
    .object({
      /** 名称, e.g. 郎溪县. */
      name: text('行政区名称'),
      /** 县 / 区 / 县级市 / 市 … */
      kind: z.enum(REGION_KINDS).describe('行政区类型'),
      /** Higher levels. */
      region: z
        .object({ province: text('所属省份'), city: text('所属地级市').optional() })
        .strict()
        .describe('上级行政区'),
      /** Rule profile that applies to its townships. */
      profile: idSlug('规则配置标识').optional(),
      /** 机构编制部门. */
      issuer: z
        .object({ name: text('发文机关全称'), short: text('发文机关代字').optional() })
        .strict()
        .optional()
        .describe('机构编制部门'),
      /** One-sentence summary. */
      summary: text('概述'),
      /** Notable figures from the sources; `value` null = 未公布. */
      facts: z
        .array(
          z
            .object({
              label: text('项目'),
              value: z.union([z.number(), z.string()]).nullable().describe('数值'),
              note: text('说明').optional(),
            })
            .strict(),
        )
        .default([])
        .describe('主要数据'),
      /** Sources. */
      sources: z.array(sourceSchema()).min(1, { message: '至少列出一个信息来源' }).describe('信息来源'),
    })
    .strict()
    .describe('县（区）');

export type Region = z.infer<ReturnType<typeof regionSchema>>;
