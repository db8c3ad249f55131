import { z } from 'astro/zod';
import { count, idSlug, knownCount, text } from './common.ts';
import { RANKS } from './body.ts';
import { sourceSchema } from './source.ts';
import { POPULATION_BANDS } from './township.ts';

/** 机构限额: how many 党政机构 + 事业单位 a township may have, by population band or county. */
export const bodyCapSchema = () =>
  z
    .object({
      /** Cap when no band or county entry matches; `null` = none. */
      max: count('默认机构限额').default(null),
      /** Caps by population band (兴隆县: <3万 → 7 + 退役军人服务站). */
      by_population_band: z
        .array(
          z
            .object({
              band: z.enum(POPULATION_BANDS).describe('人口档次'),
              max: knownCount('机构限额'),
              /** Bodies allowed beyond the cap, by name (单独设置). */
              extra: z.array(text('机构名称')).default([]).describe('限额外单独设置的机构'),
            })
            .strict(),
        )
        .default([])
        .describe('按人口档次的机构限额'),
      /** Caps for named counties/districts (青岛 市内三区 ≤ 10). */
      by_county: z
        .array(
          z
            .object({
              counties: z.array(text('县（区）名称')).min(1).describe('适用的县（区）'),
              max: knownCount('机构限额'),
              extra: z.array(text('机构名称')).default([]).describe('限额外单独设置的机构'),
            })
            .strict(),
        )
        .default([])
        .describe('按县（区）的机构限额'),
    })
    .strict()
    .describe('机构限额（党政机构和事业单位合并计算）');

/** A leadership range, e.g. 党委委员 7–9. */
export const leadershipRangeSchema = () =>
  z
    .object({
      /** 职务名称 as written in township files. */
      title: text('职务名称'),
      min: knownCount('职数下限').optional(),
      max: knownCount('职数上限').optional(),
    })
    .strict()
    .describe('领导职数幅度');

/** The policy rules of a province/county, as data: each key switches on one rule. */
export const profileRulesSchema = () =>
  z
    .object({
      body_cap: bodyCapSchema().optional(),
      /** 必设机构 (青岛: 党建工作办公室 …): a body name or a plaque must match. */
      required_bodies: z.array(text('机构名称')).default([]).describe('必设机构'),
      /** Allowed ranks (兴隆县: 股级 only); empty = any. */
      allowed_ranks: z.array(z.enum(RANKS)).default([]).describe('允许的机构规格'),
      /** Minimum staffing of named bodies (兴隆县 综合行政执法队 ≥ 10). */
      min_body_staffing: z
        .array(z.object({ name: text('机构名称'), min: knownCount('最少编制') }).strict())
        .default([])
        .describe('机构最少编制'),
      /** Posts per body (兴隆县 2–3). */
      posts_per_body: z
        .object({ min: knownCount('最少职数').optional(), max: knownCount('最多职数').optional() })
        .strict()
        .optional()
        .describe('内设机构和事业单位领导职数幅度'),
      /** Township leadership ranges. */
      leadership: z.array(leadershipRangeSchema()).default([]).describe('领导职数幅度'),
      /** Staffing may not exceed the state before the reform (五年内只减不增). */
      staffing_no_increase: z.boolean().default(false).describe('编制只减不增'),
      /** Whether 事业单位 may hold 行政编制 and 党政机构 事业编制. */
      cross_staffing_allowed: z.boolean().default(false).describe('允许混编'),
    })
    .strict()
    .describe('规则');

/** A rule profile: `content/profiles/<id>.yaml`. */
export const profileSchema = () =>
  z
    .object({
      /** Must equal the file name without `.yaml`. */
      id: idSlug('规则配置标识（与文件名一致）'),
      /** 名称, e.g. 河北省兴隆县乡镇机构设置规则. */
      name: text('规则配置名称'),
      /** Where it applies. */
      applies_to: z
        .object({ province: text('省'), city: text('市').optional(), county: text('县（区）').optional() })
        .strict()
        .describe('适用范围'),
      /** Plain-Chinese summary. */
      description: text('说明').optional(),
      /** Policy documents the rules come from. */
      sources: z.array(sourceSchema()).min(1, { message: '至少列出一个信息来源' }).describe('信息来源'),
      /** The rules. */
      rules: profileRulesSchema(),
    })
    .strict()
    .describe('规则配置');

export type Profile = z.infer<ReturnType<typeof profileSchema>>;
export type ProfileRules = Profile['rules'];
