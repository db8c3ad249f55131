import { z } from 'astro/zod';
import { docNumber, partialDate, text } from './common.ts';

/** 发文机关 and the particulars the 三定 PDF needs (版头、发文字号、成文日期、版记). */
export const issuerSchema = () =>
  z
    .object({
      /** 发文机关全称, e.g. 中共郎溪县委机构编制委员会. */
      name: text('发文机关全称'),
      /** 发文机关代字, e.g. 郎编. */
      short: text('发文机关代字'),
      /** 发文字号, e.g. 郎编〔2020〕12号. */
      doc_number: docNumber('发文字号'),
      /** 成文日期 (full ISO date: the PDF prints it as 2020年3月15日). */
      date: z.iso.date({ message: '成文日期应为完整日期，如 2020-03-15' }).describe('成文日期'),
      /** 主送机关; defaults to the township's 党委 and 政府 when omitted. */
      main_recipients: z.array(text('主送机关')).optional().describe('主送机关'),
      /** 抄送机关. */
      cc: z.array(text('抄送机关')).default([]).describe('抄送机关'),
      /** 印发机关, e.g. 中共郎溪县委机构编制委员会办公室. */
      printer: text('印发机关'),
      /** 印发日期; defaults to the 成文日期. */
      printed: z.iso.date({ message: '印发日期应为完整日期，如 2020-03-15' }).optional().describe('印发日期'),
      /** 施行日期 of the regulation; defaults to the 成文日期. */
      effective: partialDate('施行日期').optional(),
    })
    .strict()
    .describe('发文机关（三定规定 PDF 用）');

export type Issuer = z.infer<ReturnType<typeof issuerSchema>>;
