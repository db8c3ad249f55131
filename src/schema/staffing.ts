import { z } from 'astro/zod';
import { count } from './common.ts';

/** 核定编制 by kind. Each figure is a head-count or `null` (未公布). */
export const staffingSchema = () =>
  z
    .object({
      /** 行政编制. */
      administrative: count('行政编制（名）').default(null),
      /** 事业编制. */
      institutional: count('事业编制（名）').default(null),
      /** 政法专项编制 (e.g. 司法所、派出所). */
      political_legal: count('政法专项编制（名）').default(null),
    })
    .strict()
    .describe('核定编制');

export type Staffing = z.infer<ReturnType<typeof staffingSchema>>;
export const STAFFING_KINDS = ['administrative', 'institutional', 'political_legal'] as const;
export type StaffingKind = (typeof STAFFING_KINDS)[number];
export const STAFFING_LABELS: Record<StaffingKind, string> = {
  administrative: '行政编制',
  institutional: '事业编制',
  political_legal: '政法专项编制',
};
