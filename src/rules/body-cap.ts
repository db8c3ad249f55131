import { isCountedBody } from '../model/bodies.ts';
import { populationBand } from '../model/population.ts';
import type { ProfileRules } from '../schema/profile.ts';
import type { Township } from '../schema/township.ts';
import { error, type TownshipRule } from './rule.ts';

/** The cap that applies to a township: a county entry first, then its population band, then the default. */
export function applicableCap(t: Township, rules: ProfileRules): { max: number; extra: string[]; why: string } | undefined {
  const cap = rules.body_cap;
  if (!cap) return undefined;
  const county = cap.by_county.find((c) => c.counties.includes(t.region.county));
  if (county) return { max: county.max, extra: county.extra, why: `${t.region.county}限额` };
  const band = populationBand(t);
  const byBand = band && cap.by_population_band.find((b) => b.band === band);
  if (byBand) return { max: byBand.max, extra: byBand.extra, why: `人口${band}的乡镇限额` };
  return cap.max === null ? undefined : { max: cap.max, extra: [], why: '机构限额' };
}

/** 机构限额: 党政机构 + 事业单位 counted together, plaques not counted, named extras (单独设置) excluded. */
export const bodyCap: TownshipRule = {
  id: 'body-cap',
  title: '党政机构和事业单位合计不超过机构限额',
  check(t, rules) {
    const cap = rules && applicableCap(t, rules);
    if (!cap) return [];
    const counted = t.bodies.filter((b) => isCountedBody(b) && !cap.extra.includes(b.name));
    if (counted.length <= cap.max) return [];
    const extra = cap.extra.length ? `（${cap.extra.join('、')}单独设置，不计入）` : '';
    return [error(['bodies'], `机构数超过限额：党政机构和事业单位共 ${counted.length} 个，${cap.why}为 ${cap.max} 个${extra}`)];
  },
};
