import type { Body } from '../schema/body.ts';

/**
 * Normalised functions of township bodies, so that 为民服务中心, 便民服务中心 and 行政综合服务中心 line up
 * in one row when townships are compared. Order matters twice: it is the row order of the comparison
 * table, and the first pattern that matches a name wins (退役军人服务站 is 退役军人, not 便民服务;
 * 党政综合办公室 is 党政综合, not 党建).
 */
export const BODY_FUNCTIONS = [
  { key: '党政综合', pattern: /党政综合|党政办|党政.*办公室|综合办公室/ },
  { key: '党建', pattern: /党建|党群工作|组织/ },
  { key: '退役军人', pattern: /退役军人/ },
  { key: '综合执法', pattern: /执法/ },
  { key: '便民服务', pattern: /便民服务|为民服务|政务服务|行政综合服务|行政审批|党群服务/ },
  { key: '综合治理', pattern: /综合治理|综治|治安|平安|网格|综合指挥|信访|维稳/ },
  { key: '应急', pattern: /应急|安全生产|消防/ },
  { key: '经济发展', pattern: /经济|招商|产业|企业|营商/ },
  { key: '农业农村', pattern: /农业|农村|乡村振兴|农技|畜牧|兽医|疫病|水利|林业|扶贫/ },
  { key: '自然资源', pattern: /自然资源|国土|规划|生态|环境|环保|村镇建设/ },
  { key: '社会事务', pattern: /社会事务|社会事业|民政|劳动|社会保障|社保|计划生育|卫生|养老/ },
  { key: '财政', pattern: /财政|财经|会计|经管/ },
  { key: '文化', pattern: /文化|广播|电视|旅游|体育/ },
  { key: '武装', pattern: /武装|人武/ },
  { key: '司法', pattern: /司法|法律服务/ },
  { key: '公安', pattern: /派出所|公安/ },
  { key: '市场监管', pattern: /市场监管|市场监督|工商|食品药品/ },
  { key: '税务', pattern: /税务/ },
] as const;

export type BodyFunction = (typeof BODY_FUNCTIONS)[number]['key'] | '其他';

export const BODY_FUNCTION_ORDER: readonly BodyFunction[] = [...BODY_FUNCTIONS.map((f) => f.key), '其他'];

/**
 * The function a body serves, from its name; a name that says nothing (e.g. 第一办公室) falls back to
 * its plaques (加挂牌子), then to 其他.
 */
export function bodyFunction(body: Pick<Body, 'name' | 'plaques'>): BodyFunction {
  for (const name of [body.name, ...body.plaques]) {
    const match = BODY_FUNCTIONS.find((f) => f.pattern.test(name));
    if (match) return match.key;
  }
  return '其他';
}
