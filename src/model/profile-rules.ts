import type { ProfileRules } from '../schema/profile.ts';

/** One rule of a profile, said in plain Chinese for readers of the profile and region pages. */
export interface PlainRule {
  title: string;
  items: string[];
}

const range = (min?: number, max?: number): string =>
  min !== undefined && max !== undefined ? (min === max ? `${min}名` : `${min}至${max}名`) : max !== undefined ? `不超过${max}名` : `不少于${min}名`;

const extra = (names: readonly string[]) => (names.length ? `，另可单独设置${names.join('、')}` : '');

/** The switched-on rules of a profile, in the order an officer checks a plan; rules left at their default are omitted. */
export function plainRules(rules: ProfileRules): PlainRule[] {
  const out: PlainRule[] = [];
  const cap = rules.body_cap;
  if (cap && (cap.max !== null || cap.by_population_band.length || cap.by_county.length)) {
    const items: string[] = [];
    for (const b of cap.by_population_band) items.push(`人口${b.band}的乡镇：不超过${b.max}个${extra(b.extra)}`);
    for (const c of cap.by_county) items.push(`${c.counties.join('、')}：不超过${c.max}个${extra(c.extra)}`);
    if (cap.max !== null) items.push(`${items.length ? '其他乡镇' : '每个乡镇'}：不超过${cap.max}个`);
    out.push({ title: '机构限额（党政机构和事业单位合并计算，派驻机构不计入）', items });
  }
  if (rules.required_bodies.length) {
    out.push({ title: '必设机构（机构名称或加挂牌子相符即可）', items: [...rules.required_bodies] });
  }
  if (rules.allowed_ranks.length) {
    out.push({ title: '机构规格', items: [`机构规格只能为${rules.allowed_ranks.join('或')}`] });
  }
  if (rules.min_body_staffing.length) {
    out.push({ title: '机构最少编制', items: rules.min_body_staffing.map((m) => `${m.name}：不少于${m.min}名`) });
  }
  if (rules.posts_per_body) {
    out.push({ title: '内设机构和事业单位领导职数', items: [`每个机构${range(rules.posts_per_body.min, rules.posts_per_body.max)}`] });
  }
  if (rules.leadership.length) {
    out.push({ title: '乡镇领导职数', items: rules.leadership.map((l) => `${l.title}：${range(l.min, l.max)}`) });
  }
  if (rules.staffing_no_increase) {
    out.push({ title: '编制只减不增', items: ['各类核定编制不得超过改革前'] });
  }
  out.push({
    title: '编制使用',
    items: [rules.cross_staffing_allowed ? '允许跨类别使用编制（事业单位可用行政编制，党政机构可用事业编制）' : '党政机构使用行政编制，事业单位使用事业编制，不混用'],
  });
  return out;
}
