import { z } from 'astro/zod';
import { idSlug, text } from './common.ts';
import { postSchema } from './post.ts';
import { staffingSchema } from './staffing.ts';

export const BODY_CATEGORIES = ['党政机构', '事业单位', '派驻机构'] as const;
export const RANKS = ['正科级', '副科级', '股级'] as const;
export const WELFARE_CLASSES = ['公益一类', '公益二类'] as const;
export const FUNDING_MODES = ['全额拨款', '差额拨款', '自收自支'] as const;
export const MANAGERS = ['乡镇', '县直部门', '双重管理'] as const;

export type BodyCategory = (typeof BODY_CATEGORIES)[number];

/** A body (机构) of the township: an office, a public institution or a body stationed there by a county department. */
export const bodySchema = () =>
  z
    .object({
      /** Id unique in the file; platforms refer to it. */
      id: idSlug('机构标识（文件内唯一）'),
      /** 机构名称, e.g. 党政综合办公室. */
      name: text('机构名称'),
      /** 党政机构 / 事业单位 / 派驻机构. */
      category: z.enum(BODY_CATEGORIES).describe('机构类别'),
      /** 加挂牌子: extra nameplates of the same body; they do not count as bodies. */
      plaques: z.array(text('牌子名称')).default([]).describe('加挂牌子（不计入机构数）'),
      /** 机构规格. */
      rank: z.enum(RANKS).optional().describe('机构规格'),
      /** 公益类别 (事业单位 only). */
      welfare: z.enum(WELFARE_CLASSES).optional().describe('公益类别（仅事业单位）'),
      /** 经费形式. */
      funding: z.enum(FUNDING_MODES).optional().describe('经费形式'),
      /** 核定编制 of this body. */
      staffing: staffingSchema().default({ administrative: null, institutional: null, political_legal: null }),
      /** 机构领导职数, e.g. 主任 1、副主任 1. */
      posts: z.array(postSchema()).default([]).describe('机构领导职数'),
      /** Id of the work platform this body belongs to. */
      platform: idSlug('所属工作平台标识').optional(),
      /** 派驻机构: the county department it belongs to, e.g. 县司法局. */
      parent_department: text('派出部门（派驻机构）').optional(),
      /** Who manages the body: 乡镇 / 县直部门 / 双重管理. */
      managed_by: z.enum(MANAGERS).optional().describe('管理体制'),
      /** 主要职责 of the body. */
      duties: z.array(text('职责')).default([]).describe('主要职责'),
    })
    .strict()
    .describe('机构');

export type Body = z.infer<ReturnType<typeof bodySchema>>;
