import type { Township } from '../schema/township.ts';

/** Shown wherever the source does not give a figure or a particular: never a guess, never zero. */
export const UNPUBLISHED = '未公布';

/**
 * The heading of a township's page. Plans are often titled generically (乡镇机构改革方案, or a county-wide
 * 兴隆县深化乡镇改革方案), so the township's name leads unless the title already names it.
 */
export function displayTitle(t: Pick<Township, 'name' | 'plan'>): string {
  return t.plan.title.includes(t.name) ? t.plan.title : `${t.name}：${t.plan.title}`;
}

/** 安徽省 宣城市 郎溪县 — the levels the content gives, separated for reading. */
export function regionLabel(r: Township['region']): string {
  return [r.province, r.city, r.county].filter(Boolean).join(' ');
}

/** 安徽省宣城市郎溪县毕桥镇 — the full name as official documents write it. */
export function fullName(t: Pick<Township, 'name' | 'region'>): string {
  return `${t.region.province}${t.region.city ?? ''}${t.region.county}${t.name}`;
}

/** Where the township's 三定 PDF is published by the build's PDF step. */
export const pdfUrl = (slug: string): string => `/pdf/${slug}.pdf`;
export const townshipJsonUrl = (slug: string): string => `/data/townships/${slug}.json`;
export const townshipCsvUrl = (slug: string): string => `/data/townships/${slug}.csv`;
export const regionUrl = (slug: string): string => `/regions/${slug}/`;
export const profileUrl = (id: string): string => `/profiles/${id}/`;

/** A head-count with its unit, or 未公布. */
export function formatCount(n: number | null | undefined, unit = ''): string {
  return n === null || n === undefined ? UNPUBLISHED : `${n}${unit}`;
}

/** A post's number as published: 1名, a range 7–9名, or 未公布. */
export function formatPostCount(p: { count: number | null; min?: number; max?: number }): string {
  if (p.count !== null) return `${p.count}名`;
  if (p.min !== undefined && p.max !== undefined) return p.min === p.max ? `${p.min}名` : `${p.min}–${p.max}名`;
  if (p.max !== undefined) return `不超过${p.max}名`;
  if (p.min !== undefined) return `不少于${p.min}名`;
  return UNPUBLISHED;
}

/** Only http(s) addresses become links: a source URL is untrusted text (javascript:, data: …). */
export function safeHttpUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
