/**
 * Whether a plan holds everything the 三定 regulation needs. A plan that lacks any of it is
 * rendered only as a draft (watermarked 草稿, the missing items listed on page 1): a final
 * official document with blanks must never exist. The site shows the same verdict.
 */
import type { Township } from '../schema/township.ts';
import type { Body, Post } from './types.ts';

export interface Completeness {
  /** True when the PDF may be the final regulation. */
  final: boolean;
  /** What is missing, in Chinese, each with the data field that would supply it. */
  missing: string[];
}

/** A post is printable when its number, or at least its published range, is known. */
export const postKnown = (p: Post): boolean => p.count !== null || (p.min != null && p.max != null);

const bodyStaffingKnown = (b: Body): boolean =>
  b.staffing.administrative !== null || b.staffing.institutional !== null || b.staffing.political_legal !== null;

export function assessCompleteness(t: Township): Completeness {
  const missing: string[] = [];
  if (!t.issuer) {
    // The issuer object carries the 版头 and 版记 particulars; without it none of them exist.
    missing.push('发文机关（issuer.name）', '发文字号（issuer.doc_number）', '成文日期（issuer.date）', '印发机关（issuer.printer）');
  }
  if (t.functions.length === 0) missing.push('乡镇主要职责（functions）');

  const own = t.bodies.filter((b) => b.category !== '派驻机构');
  if (own.length === 0) missing.push('内设机构和事业单位（bodies）');
  t.bodies.forEach((b, i) => {
    if (b.category === '派驻机构') return; // stationed bodies are staffed by their county department
    if (!bodyStaffingKnown(b)) missing.push(`${b.name}的核定编制（bodies[${i}].staffing）`);
    if (b.duties.length === 0) missing.push(`${b.name}的主要职责（bodies[${i}].duties）`);
    b.posts.forEach((p, j) => {
      if (!postKnown(p)) missing.push(`${b.name}${p.title}职数（bodies[${i}].posts[${j}].count）`);
    });
  });

  if (t.staffing.administrative === null) missing.push('行政编制总数（staffing.administrative）');
  const needsInstitutional = own.some((b) => b.category === '事业单位' || b.staffing.institutional !== null);
  if (needsInstitutional && t.staffing.institutional === null) missing.push('事业编制总数（staffing.institutional）');
  t.leadership.forEach((p, j) => {
    if (!postKnown(p)) missing.push(`${p.title}职数（leadership[${j}].count）`);
  });
  return { final: missing.length === 0, missing };
}
