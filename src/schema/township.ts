import { z } from 'astro/zod';
import { bodySchema } from './body.ts';
import { count, idSlug, slugReference, text } from './common.ts';
import { issuerSchema } from './issuer.ts';
import { planSchema } from './plan.ts';
import { platformSchema } from './platform.ts';
import { postSchema } from './post.ts';
import { regionRefSchema } from './region-ref.ts';
import { sourceSchema } from './source.ts';
import { staffingSchema } from './staffing.ts';

export const TOWNSHIP_KINDS = ['乡', '镇', '街道'] as const;
export const PLAN_STATUSES = ['草案', '征求意见', '已批复', '已废止'] as const;
export const POPULATION_BANDS = ['<3万', '3–5万', '5–10万', '>10万'] as const;
export const RESPONSIBILITY_CATEGORIES = ['基本', '配合', '收回'] as const;

export type PopulationBand = (typeof POPULATION_BANDS)[number];

/** Bands are written with an en dash; editors type `3-5万` or `3~5万`, which mean the same. */
const populationBand = () =>
  z
    .preprocess(
      (v) => (typeof v === 'string' ? v.trim().replace(/[-~～—－]/g, '–') : v),
      z.enum(POPULATION_BANDS, { message: `人口档次应为 ${POPULATION_BANDS.join('、')} 之一` }),
    )
    .describe('人口档次（仅公布档次时填写）');

/** An item of the 职责清单 (who leads, what the township does, on what legal basis). */
export const responsibilitySchema = () =>
  z
    .object({
      /** 事项名称. */
      item: text('事项名称'),
      /** 基本 (乡镇主责) / 配合 (配合部门) / 收回 (上收县直部门). */
      category: z.enum(RESPONSIBILITY_CATEGORIES).describe('事项类别'),
      /** 主责部门. */
      lead_department: text('主责部门').optional(),
      /** 乡镇职责. */
      township_role: text('乡镇职责').optional(),
      /** 法律政策依据. */
      basis: text('依据').optional(),
    })
    .strict()
    .describe('职责清单事项');

/** An acknowledged finding: a rule the published source itself breaks, kept with the reason. */
export const acknowledgementSchema = () =>
  z
    .object({
      /** Id of the rule, e.g. stage-order. */
      rule: idSlug('规则标识'),
      /** Why the finding is accepted (shown to readers as an editorial note). */
      reason: text('说明理由'),
    })
    .strict()
    .describe('已确认的校验发现');

/** The state before the reform (改革前), as far as the source gives it. */
export const beforeSchema = () =>
  z
    .object({
      /** Bodies before the reform. */
      bodies: z
        .array(
          z
            .object({
              name: text('机构名称'),
              category: z.enum(['党政机构', '事业单位', '派驻机构']).optional().describe('机构类别'),
            })
            .strict(),
        )
        .default([])
        .describe('改革前机构'),
      /** Staffing before the reform. */
      staffing: staffingSchema().optional(),
      /** 编外人员 before the reform. */
      auxiliary_staff: count('编外人员（名）').optional(),
    })
    .strict()
    .describe('改革前情况');

/** One township's reform plan: the content contract (v1) of `content/townships/**.md` frontmatter. */
export const townshipSchema = () =>
  z
    .object({
      /** 乡镇名称, e.g. 毕桥镇. */
      name: text('乡镇名称'),
      /** 乡 / 镇 / 街道. */
      kind: z.enum(TOWNSHIP_KINDS).describe('乡镇类型'),
      /** 所属省/市/县(区). */
      region: regionRefSchema(),
      /** 统计用区划代码, 9 or 12 digits, unique across all content. */
      code: z
        .string()
        .regex(/^\d{9}(\d{3})?$/, { message: '统计用区划代码应为 9 位或 12 位半角数字' })
        .nullish()
        .describe('统计用区划代码'),
      /** Id of the rule profile in content/profiles/. */
      profile: idSlug('规则配置标识（content/profiles/ 下的文件名）').optional(),
      /** 常住人口 (persons); `null` = 未公布. */
      population: count('常住人口（人）').default(null),
      /** When only a band is public. */
      population_band: populationBand().nullish().describe('人口档次（仅公布档次时填写）'),
      /** 面积 (km²). */
      area_km2: z.number().positive().max(100_000).nullable().default(null).describe('面积（平方公里）'),
      /** 方案状态. */
      status: z.enum(PLAN_STATUSES).describe('方案状态'),
      /** Slug of the plan this one replaces. */
      supersedes: slugReference('所替代方案（路径标识）').optional(),
      /** Slug of the plan that replaces this one. */
      superseded_by: slugReference('替代本方案的新方案（路径标识）').optional(),
      /** 最近更新 (ISO date). */
      updated: z.iso.date({ message: '最近更新日期应为完整日期，如 2020-11-30' }).optional().describe('最近更新'),
      /** The reform plan. */
      plan: planSchema(),
      /** 发文机关 for the 三定 PDF; without it only a draft PDF is made. */
      issuer: issuerSchema().optional(),
      /** 乡镇主要职责. */
      functions: z.array(text('职责')).default([]).describe('主要职责'),
      /** 机构. */
      bodies: z.array(bodySchema()).default([]).describe('机构设置'),
      /** 核定编制 totals of the township. */
      staffing: staffingSchema().default({ administrative: null, institutional: null, political_legal: null }),
      /** 领导职数. */
      leadership: z.array(postSchema()).default([]).describe('领导职数'),
      /** 工作平台. */
      platforms: z.array(platformSchema()).default([]).describe('工作平台'),
      /** 改革前. */
      before: beforeSchema().optional(),
      /** 职责清单. */
      responsibilities: z.array(responsibilitySchema()).default([]).describe('职责清单'),
      /** Where the facts come from. */
      sources: z.array(sourceSchema()).min(1, { message: '至少列出一个信息来源' }).describe('信息来源'),
      /** Findings accepted with a reason. */
      acknowledged: z.array(acknowledgementSchema()).default([]).describe('已确认的校验发现'),
    })
    .strict()
    .describe('乡镇机构改革方案');

export type Township = z.infer<ReturnType<typeof townshipSchema>>;
export type Responsibility = z.infer<ReturnType<typeof responsibilitySchema>>;
