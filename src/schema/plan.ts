import { z } from 'astro/zod';
import { docNumber, partialDate, text } from './common.ts';

/** A document the plan is based on (依据文件). */
export const basisSchema = () =>
  z
    .object({
      /** 文件标题, e.g. 中共郎溪县委深化乡镇机构改革实施方案. */
      title: text('依据文件标题'),
      /** 文号, e.g. 郎发〔2020〕14号. */
      doc_number: docNumber('依据文件文号').optional(),
    })
    .strict()
    .describe('依据文件');

/** A stage of the timetable (实施步骤). */
export const stageSchema = () =>
  z
    .object({
      /** 阶段名称, e.g. 动员部署阶段. */
      name: text('阶段名称'),
      /** First day; omitted when the source gives only an end. */
      start: partialDate('开始日期').optional(),
      /** Last day (“12月底” = the last day of December). */
      end: partialDate('结束日期'),
      /** What is done in the stage. */
      tasks: z.array(text('任务')).default([]).describe('主要任务'),
    })
    .strict()
    .describe('实施阶段');

/** A working group (专项工作组) set up to carry the reform. */
export const groupSchema = () =>
  z
    .object({
      /** 工作组名称. */
      name: text('工作组名称'),
      /** Who leads it. */
      lead: text('牵头领导或单位').optional(),
      /** What it does. */
      tasks: z.array(text('任务')).default([]).describe('职责任务'),
    })
    .strict()
    .describe('专项工作组');

/** The reform plan itself: title, basis, deadline, timetable, groups. */
export const planSchema = () =>
  z
    .object({
      /** The plan's own title, e.g. 毕桥镇机构改革方案. */
      title: text('方案标题'),
      /** 发布机构 of the plan, when the source says. */
      issued_by: text('发布机构').optional(),
      /** 文号 of the plan itself. */
      doc_number: docNumber('方案文号').optional(),
      /** 成文日期. */
      date: partialDate('成文日期').optional(),
      /** 依据文件. */
      basis: z.array(basisSchema()).default([]).describe('依据文件'),
      /** 完成时限. */
      deadline: partialDate('完成时限').optional(),
      /** 实施步骤, in order. */
      stages: z.array(stageSchema()).default([]).describe('实施步骤'),
      /** 专项工作组. */
      groups: z.array(groupSchema()).default([]).describe('专项工作组'),
    })
    .strict()
    .describe('改革方案');

export type Plan = z.infer<ReturnType<typeof planSchema>>;
export type Stage = z.infer<ReturnType<typeof stageSchema>>;
