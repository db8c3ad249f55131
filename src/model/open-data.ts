import type { Body } from '../schema/body.ts';
import type { Township } from '../schema/township.ts';
import { bodyCounts } from './bodies.ts';
import { csvHeader, csvRow, type CsvColumn } from './csv.ts';
import { formatPostCount, pdfUrl, townshipCsvUrl, townshipJsonUrl, UNPUBLISHED } from './display.ts';
import { populationBand } from './population.ts';
import { sumKnown } from './staffing-table.ts';
import { townshipUrl } from './township-facts.ts';

/** A township as published in the open data: the validated plan, its address, and where its files are. */
export function townshipRecord(slug: string, t: Township) {
  return {
    slug,
    url: townshipUrl(slug),
    files: { json: townshipJsonUrl(slug), csv: townshipCsvUrl(slug), pdf: pdfUrl(slug) },
    ...t,
  };
}

export interface TownshipRow {
  slug: string;
  data: Township;
}

const list = (items: readonly string[]) => items.join('；');
/** In a CSV cell an unknown number is left empty, as in every numeric column. */
const postCount = (p: Body['posts'][number]) => {
  const s = formatPostCount(p);
  return s === UNPUBLISHED ? '' : s.replace(/名$/, '');
};

/** Columns of /data/townships.csv, one row per township. Order and keys are part of the public contract. */
export const TOWNSHIP_COLUMNS: readonly CsvColumn<TownshipRow>[] = [
  { key: 'slug', label: '路径标识', value: (r) => r.slug },
  { key: 'url', label: '网页地址', value: (r) => townshipUrl(r.slug) },
  { key: 'name', label: '名称', value: (r) => r.data.name },
  { key: 'kind', label: '类型（乡/镇/街道）', value: (r) => r.data.kind },
  { key: 'province', label: '省份', value: (r) => r.data.region.province },
  { key: 'city', label: '地级市', value: (r) => r.data.region.city },
  { key: 'county', label: '县（区）', value: (r) => r.data.region.county },
  { key: 'code', label: '统计用区划代码', value: (r) => r.data.code },
  { key: 'status', label: '方案状态', value: (r) => r.data.status },
  { key: 'population', label: '常住人口（人）', value: (r) => r.data.population },
  { key: 'population_band', label: '人口档次', value: (r) => populationBand(r.data) },
  { key: 'area_km2', label: '面积（平方公里）', value: (r) => r.data.area_km2 },
  { key: 'plan_title', label: '方案标题', value: (r) => r.data.plan.title },
  { key: 'plan_doc_number', label: '方案文号', value: (r) => r.data.plan.doc_number },
  { key: 'plan_deadline', label: '完成时限', value: (r) => r.data.plan.deadline },
  { key: 'bodies_party_government', label: '党政机构数', value: (r) => bodyCounts(r.data.bodies).党政机构 },
  { key: 'bodies_public_institution', label: '事业单位数', value: (r) => bodyCounts(r.data.bodies).事业单位 },
  { key: 'bodies_stationed', label: '派驻机构数', value: (r) => bodyCounts(r.data.bodies).派驻机构 },
  { key: 'staffing_administrative', label: '核定行政编制', value: (r) => r.data.staffing.administrative },
  { key: 'staffing_institutional', label: '核定事业编制', value: (r) => r.data.staffing.institutional },
  { key: 'staffing_political_legal', label: '核定政法专项编制', value: (r) => r.data.staffing.political_legal },
  {
    key: 'staffing_total',
    label: '核定编制合计（已公布的各类之和）',
    value: (r) => sumKnown([r.data.staffing.administrative, r.data.staffing.institutional, r.data.staffing.political_legal]),
  },
  { key: 'platforms', label: '工作平台', value: (r) => list(r.data.platforms.map((p) => p.name)) },
  { key: 'supersedes', label: '所替代方案', value: (r) => r.data.supersedes },
  { key: 'superseded_by', label: '替代本方案的新方案', value: (r) => r.data.superseded_by },
  { key: 'updated', label: '最近更新', value: (r) => r.data.updated },
];

export interface BodyRow {
  slug: string;
  township: Township;
  body: Body;
}

/** Columns of /data/bodies.csv and of each township's CSV, one row per body. */
export const BODY_COLUMNS: readonly CsvColumn<BodyRow>[] = [
  { key: 'township_slug', label: '乡镇路径标识', value: (r) => r.slug },
  { key: 'township', label: '乡镇名称', value: (r) => r.township.name },
  { key: 'province', label: '省份', value: (r) => r.township.region.province },
  { key: 'city', label: '地级市', value: (r) => r.township.region.city },
  { key: 'county', label: '县（区）', value: (r) => r.township.region.county },
  { key: 'body_id', label: '机构标识', value: (r) => r.body.id },
  { key: 'name', label: '机构名称', value: (r) => r.body.name },
  { key: 'category', label: '机构类别', value: (r) => r.body.category },
  { key: 'plaques', label: '加挂牌子（以“；”分隔）', value: (r) => list(r.body.plaques) },
  { key: 'rank', label: '机构规格', value: (r) => r.body.rank },
  { key: 'welfare', label: '公益类别', value: (r) => r.body.welfare },
  { key: 'funding', label: '经费形式', value: (r) => r.body.funding },
  { key: 'staffing_administrative', label: '行政编制', value: (r) => r.body.staffing.administrative },
  { key: 'staffing_institutional', label: '事业编制', value: (r) => r.body.staffing.institutional },
  { key: 'staffing_political_legal', label: '政法专项编制', value: (r) => r.body.staffing.political_legal },
  { key: 'posts', label: '领导职数（职务:名额，以“；”分隔）', value: (r) => list(r.body.posts.map((p) => `${p.title}:${postCount(p)}`)) },
  { key: 'platform', label: '所属平台', value: (r) => r.township.platforms.find((p) => p.id === r.body.platform)?.name },
  { key: 'parent_department', label: '派出部门', value: (r) => r.body.parent_department },
  { key: 'managed_by', label: '管理体制', value: (r) => r.body.managed_by },
  { key: 'duties', label: '主要职责（以“；”分隔）', value: (r) => list(r.body.duties) },
];

export const townshipsCsvHeader = () => csvHeader(TOWNSHIP_COLUMNS);
export const townshipCsvRow = (r: TownshipRow) => csvRow(TOWNSHIP_COLUMNS, r);
export const bodiesCsvHeader = () => csvHeader(BODY_COLUMNS);

/** The rows of one township in bodies.csv (its own CSV is the header plus these). */
export function bodyCsvRows(slug: string, township: Township): string {
  return township.bodies.map((body) => csvRow(BODY_COLUMNS, { slug, township, body })).join('');
}
