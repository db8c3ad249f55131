import { z } from 'astro/zod';
import { docNumber, text } from './common.ts';

/** Where a fact comes from: every file lists its sources so that nothing published is invented. */
export const sourceSchema = () =>
  z
    .object({
      /** Title of the source document as it names itself. */
      title: text('来源文件标题'),
      /** 文号 of the source document, when it has one. */
      doc_number: docNumber('来源文件文号').nullish().describe('来源文件文号'),
      /** Public address of the source, when known. */
      url: z.url({ protocol: /^https?$/, message: '应为完整网址（http:// 或 https:// 开头）' }).nullish().describe('来源网址'),
      /** File name of the seed document in the project's source collection. */
      seed: z.string().regex(/^[\w.-]+$/).nullish().describe('来源文档文件名（shared/seeds）'),
    })
    .strict()
    .describe('信息来源');

export type Source = z.infer<ReturnType<typeof sourceSchema>>;
