/** Element types of the content contract that the PDF code uses, derived from the schema. */
import type { Township } from '../schema/township.ts';

export type Body = Township['bodies'][number];
export type Post = Township['leadership'][number];
