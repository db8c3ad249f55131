/**
 * Township → the document model of the 三定 PDF: the issuing notice (通知), the regulation
 * 《XX镇职能配置、内设机构和人员编制规定》 with its articles, and the 版记. Pure: no layout here.
 *
 * Article map after GBT9704.md §2.2 (the central 三定 pattern as adapted by counties): purpose and
 * basis, status, effect, 主要职责, 内设机构, 事业单位, 编制 and 领导职数, 派驻机构, other matters
 * (work platforms), 解释 and 调整, 施行日期. Articles without data (no 事业单位, no 派驻机构,
 * no platforms) are left out and the rest renumbered, never printed empty.
 */
import type { Township } from '../schema/township.ts';
import { assessCompleteness, postKnown, type Completeness } from './completeness.ts';
import { chineseDate } from './dates.ts';
import { articleLabel, itemLabel } from './numerals.ts';
import type { Body, Post } from './types.ts';

/** One paragraph of the regulation: an article's opening (label in 黑体) or a list item under it. */
export interface Paragraph {
  /** `第一条` for the opening paragraph of an article; absent for its items. */
  label?: string;
  text: string;
}

export interface DocumentModel {
  completeness: Completeness;
  notice: {
    /** 发文机关标志: 发文机关全称 + 文件. */
    mark: string | null;
    docNumber: string | null;
    title: string;
    recipients: string;
    body: string;
    signature: string | null;
    date: string | null;
    /** 附注: every plan is published on the open-government site, so the notice is public. */
    note: string;
  };
  regulation: { title: string; paragraphs: Paragraph[] };
  record: { cc: string | null; printer: string | null; printed: string | null };
}

/** Placeholder printed in a draft where a particular is missing (drafts only; see completeness.ts). */
export const MISSING = '〔缺〕';

const stripEnd = (s: string) => s.trim().replace(/[。；;，,、\s]+$/u, '');
const sentence = (s: string) => {
  const t = s.trim();
  return /[。！？]$/u.test(t) ? t : `${stripEnd(t)}。`;
};

function postPhrase(p: Post): string {
  const n = p.count !== null ? `${p.count}名` : p.min != null && p.max != null ? `${p.min}至${p.max}名` : `${MISSING}名`;
  return `${p.title}${n}` + (p.note ? `（${stripEnd(p.note)}）` : '');
}

/** 行政编制16名、事业编制6名 — the figures the body has, in a fixed order. */
function staffingPhrase(b: Body): string {
  const parts: string[] = [];
  if (b.staffing.administrative !== null) parts.push(`行政编制${b.staffing.administrative}名`);
  if (b.staffing.institutional !== null) parts.push(`事业编制${b.staffing.institutional}名`);
  if (b.staffing.political_legal !== null) parts.push(`政法专项编制${b.staffing.political_legal}名`);
  return parts.length ? `核定${parts.join('、')}` : `核定编制${MISSING}名`;
}

const FUNDING: Record<NonNullable<Body['funding']>, string> = {
  全额拨款: '财政全额拨款',
  差额拨款: '财政差额拨款',
  自收自支: '经费自收自支',
};

const plaquePhrase = (b: Body) => (b.plaques.length ? `（挂${b.plaques.join('、')}牌子）` : '');

/** One list item per body: name and plaques, rank, welfare and funding, staffing, posts, duties. */
function bodyItem(b: Body, n: number): Paragraph {
  const facts = [
    b.rank ? `${b.rank}建制` : null,
    b.welfare ?? null,
    b.funding ? FUNDING[b.funding] : null,
    staffingPhrase(b),
    b.posts.length ? `设${b.posts.map(postPhrase).join('、')}` : null,
  ].filter(Boolean);
  const duties = b.duties.length ? `主要职责：${b.duties.map(stripEnd).join('；')}。` : `主要职责：${MISSING}。`;
  return { text: `${itemLabel(n)}${b.name}${plaquePhrase(b)}。${facts.join('，')}。${duties}` };
}

/** 党委/政府 naming by kind: a 街道 has a 党工委 and an 办事处 (a county's 派出机关), not a government. */
function organs(t: Township) {
  return t.kind === '街道'
    ? { party: `${t.name}党工委`, gov: `${t.name}办事处`, both: `${t.name}党工委、办事处` }
    : { party: `${t.name}党委`, gov: `${t.name}人民政府`, both: `${t.name}党委、${t.kind}政府` };
}

export function buildDocument(t: Township): DocumentModel {
  const completeness = assessCompleteness(t);
  const o = organs(t);
  const county = t.region.county;
  const bianban = `${county}委机构编制委员会办公室`;
  const regTitle = `${t.name}职能配置、内设机构和人员编制规定`;
  const paragraphs: Paragraph[] = [];
  let article = 0;
  const addArticle = (text: string, items: Paragraph[] = []) => {
    paragraphs.push({ label: articleLabel(++article), text }, ...items);
  };

  // Purpose and basis: the 条例 is the legal basis of every 三定; then the plan's own bases and the plan.
  const basis = [
    '《中国共产党机构编制工作条例》',
    ...t.plan.basis.map((b) => `《${b.title}》` + (b.doc_number ? `（${b.doc_number}）` : '')),
    `《${t.plan.title}》`,
  ];
  addArticle(`为了加强${o.both}机构职能体系建设，规范机构设置和人员编制管理，根据${basis.slice(0, -1).join('')}和${basis.at(-1)}，制定本规定。`);

  addArticle(
    t.kind === '街道'
      ? `${o.party}是党在${t.name}的派出机关，${o.gov}是${county}人民政府的派出机关，在中共${county}委、${county}人民政府领导下开展工作。`
      : `${o.party}是党在${t.name}的基层委员会，${o.gov}是基层国家行政机关，在中共${county}委、${county}人民政府领导下开展工作。`,
  );

  addArticle(`本规定确定的职能配置、内设机构和人员编制等，是${o.both}履行职责、配备人员、规范权力以及经费核定的基本依据。`);

  const functions = t.functions.length ? t.functions.map((f, i) => ({ text: `${itemLabel(i + 1)}${sentence(f)}` })) : [{ text: `（一）${MISSING}。` }];
  addArticle(`${o.both}的主要职责是：`, functions);

  const offices = t.bodies.filter((b) => b.category === '党政机构');
  const institutions = t.bodies.filter((b) => b.category === '事业单位');
  const stationed = t.bodies.filter((b) => b.category === '派驻机构');
  if (offices.length || institutions.length === 0) {
    addArticle(`${t.name}设置下列内设机构：`, offices.length ? offices.map((b, i) => bodyItem(b, i + 1)) : [{ text: `（一）${MISSING}。` }]);
  }
  if (institutions.length) addArticle(`${t.name}设置下列事业单位：`, institutions.map((b, i) => bodyItem(b, i + 1)));

  // 编制 and 领导职数. The township's own leadership is printed when the plan gives it; the bodies'
  // posts were stated with each body above, so they are not repeated here.
  const s = t.staffing;
  const totals = [
    `行政编制${s.administrative ?? MISSING}名`,
    s.institutional !== null || institutions.length ? `事业编制${s.institutional ?? MISSING}名` : null,
    s.political_legal !== null ? `政法专项编制${s.political_legal}名` : null,
  ].filter(Boolean);
  const leaders = t.leadership.length ? `领导职数：${t.leadership.map(postPhrase).join('，')}。` : '';
  const bodyPosts = t.bodies.some((b) => b.category !== '派驻机构' && b.posts.some(postKnown))
    ? '内设机构和事业单位的领导职数按本规定确定的数额配备。'
    : '';
  addArticle(`${t.name}核定${totals.join('、')}。${leaders}${bodyPosts}`);

  if (stationed.length) {
    const items = stationed.map((b, i) => {
      const parts = [
        b.parent_department ? `由${b.parent_department}派驻` : null,
        b.managed_by ? `实行${b.managed_by === '双重管理' ? '双重管理' : `以${b.managed_by}管理为主`}` : null,
        b.duties.length ? `主要职责：${b.duties.map(stripEnd).join('；')}` : null,
      ].filter(Boolean);
      return { text: `${itemLabel(i + 1)}${b.name}${plaquePhrase(b)}` + (parts.length ? `。${parts.join('，')}。` : '。') };
    });
    addArticle(`县直部门派驻${t.name}的机构：`, items);
  }

  if (t.platforms.length) {
    const byId = new Map(t.bodies.map((b) => [b.id, b.name]));
    const items = t.platforms.map((p, i) => ({
      text: `${itemLabel(i + 1)}${p.name}，由${byId.get(p.lead) ?? MISSING}承担平台日常管理协调工作` + (p.scope ? `，${stripEnd(p.scope)}` : '') + '。',
    }));
    addArticle(`${t.name}建立${countWord(t.platforms.length)}工作平台，实行“平台+机构+岗位”运行机制：`, items);
  }

  addArticle(`本规定由${bianban}负责解释，其调整由${bianban}按规定程序办理。`);
  const effective = t.issuer?.effective ? chineseDate(t.issuer.effective) : null;
  addArticle(`本规定自${effective ?? '印发之日'}起施行。`);

  const issuer = t.issuer;
  return {
    completeness,
    notice: {
      mark: issuer ? `${issuer.name}文件` : null,
      docNumber: issuer?.doc_number ?? null,
      title: `关于印发《${regTitle}》的通知`,
      recipients: `${(issuer?.main_recipients ?? [o.party, o.gov]).join('、')}：`,
      body: `现将《${regTitle}》印发给你们，请认真贯彻执行。`,
      signature: issuer?.name ?? null,
      date: issuer ? chineseDate(issuer.date) : null,
      note: '（此件公开发布）',
    },
    regulation: { title: regTitle, paragraphs },
    record: {
      cc: issuer && issuer.cc.length ? `抄送：${issuer.cc.map(stripEnd).join('，')}。` : null,
      printer: issuer?.printer ?? null,
      printed: issuer ? chineseDate(issuer.printed ?? issuer.date) : null,
    },
  };
}

/** 五个 for 5 platforms, as the plans write it (一个…十个; beyond that, digits). */
function countWord(n: number): string {
  const words = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
  return n <= 10 ? `${words[n]}个` : `${n}个`;
}
