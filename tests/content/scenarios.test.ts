/**
 * Every scenario folder through the real loader: the located, formatted findings are pinned.
 * Each line:col below was checked by hand against the fixture (it points at the offending node).
 */
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/content/finding.ts';
import { loadAndValidate } from '../../src/content/index.ts';

const DIR = 'tests/fixtures/scenarios';
const findings = async (scenario: string) => {
  const result = await loadAndValidate(`${DIR}/${scenario}`);
  return { lines: result.findings.map(formatFinding).join('\n'), publishable: result.publishable };
};

describe('scenario folders', () => {
  it('valid-township: no finding at all', async () => {
    const result = await loadAndValidate(`${DIR}/valid-township`);
    expect(result.findings).toEqual([]);
    expect(result.publishable).toBe(true);
    expect(result.townships.map((t) => t.slug)).toEqual(['shili/shili-xian/shili-zhen', 'shili/shili-xian/shili-zhen-2019']);
    expect(result.regions.map((r) => r.slug)).toEqual(['shili/shili-xian']);
    expect([...result.profiles.keys()]).toEqual(['shili']);
    const t = result.townships[0].data;
    expect(new Set(t.bodies.map((b) => b.category))).toEqual(new Set(['党政机构', '事业单位', '派驻机构']));
    expect(t.bodies.some((b) => b.plaques.length > 0) && t.platforms.length > 0 && t.plan.stages.length > 0).toBe(true);
    expect(t.leadership.length > 0 && t.issuer !== undefined && t.before !== undefined).toBe(true);
  });

  it('over-quota', async () => {
    const { lines, publishable } = await findings('over-quota');
    expect(publishable).toBe(false);
    expect(lines).toMatchInlineSnapshot(`"tests/fixtures/scenarios/over-quota/townships/shili/shili-xian/xiaoxiang.md:11:3  错误  body-cap  机构数超过限额：党政机构和事业单位共 4 个，人口<3万的乡镇限额为 3 个（退役军人服务站单独设置，不计入）"`);
  });

  it('missing-required-body', async () => {
    const { lines, publishable } = await findings('missing-required-body');
    expect(publishable).toBe(false);
    expect(lines).toMatchInlineSnapshot(`"tests/fixtures/scenarios/missing-required-body/townships/shili/shili-qu/jiedao.md:10:3  错误  required-bodies  缺少必设机构：便民服务中心、综合治理中心（可单设或加挂牌子）"`);
  });

  it('staffing-mismatch', async () => {
    const { lines, publishable } = await findings('staffing-mismatch');
    expect(publishable).toBe(false);
    expect(lines).toMatchInlineSnapshot(`
      "tests/fixtures/scenarios/staffing-mismatch/townships/shili/shili-xian/bianzhi.md:20:32  错误  staffing-kind  事业单位“为民服务中心”不应核定行政编制（1 名）
      tests/fixtures/scenarios/staffing-mismatch/townships/shili/shili-xian/bianzhi.md:21:28  错误  staffing-sum  行政编制合计不符：各机构之和 22（党政综合办公室 16 + 经济发展办公室 5 + 为民服务中心 1）≠ 核定总数 20"
    `);
  });

  it('malformed-yaml: located at the opening quote, not at the end of the text', async () => {
    const { lines, publishable } = await findings('malformed-yaml');
    expect(publishable).toBe(false);
    expect(lines).toMatchInlineSnapshot(`"tests/fixtures/scenarios/malformed-yaml/townships/shili/shili-xian/huai.md:3:7  错误  yaml  引号未闭合：此处的 " 没有对应的结束引号"`);
  });

  it('schema-errors: one located message per structural mistake', async () => {
    const { lines, publishable } = await findings('schema-errors');
    expect(publishable).toBe(false);
    expect(lines).toMatchInlineSnapshot(`
      "tests/fixtures/scenarios/schema-errors/townships/shili/shili-xian/cuowu.md:4:7  错误  schema  字段 kind：“县”不是有效取值，应为 乡、镇、街道 之一
      tests/fixtures/scenarios/schema-errors/townships/shili/shili-xian/cuowu.md:5:9  错误  schema  字段 region.county：缺少必填字段
      tests/fixtures/scenarios/schema-errors/townships/shili/shili-xian/cuowu.md:6:13  错误  schema  字段 population：应为半角数字，不能使用全角数字“３０”（应写作 30）
      tests/fixtures/scenarios/schema-errors/townships/shili/shili-xian/cuowu.md:7:11  错误  schema  字段 area_km2：应为阿拉伯数字，不能写成汉字“三十”
      tests/fixtures/scenarios/schema-errors/townships/shili/shili-xian/cuowu.md:11:13  错误  schema  字段 plan.deadline：日期格式应为 2020-11-30、2020-11、2020 或 --10-28（来源未给出年份时）
      tests/fixtures/scenarios/schema-errors/townships/shili/shili-xian/cuowu.md:13:9  错误  schema  字段 bodies[0].id：标识只能由小写字母、数字和连字符组成，如 dangzheng-office
      tests/fixtures/scenarios/schema-errors/townships/shili/shili-xian/cuowu.md:16:11  错误  schema  字段 bodies[0].rank：“副处级”不是有效取值，应为 正科级、副科级、股级 之一
      tests/fixtures/scenarios/schema-errors/townships/shili/shili-xian/cuowu.md:17:32  错误  schema  字段 bodies[0].staffing.administrative：不能小于 0（实际为 -1）
      tests/fixtures/scenarios/schema-errors/townships/shili/shili-xian/cuowu.md:17:51  错误  schema  字段 bodies[0].staffing.institutional：应为整数，实际为 2.5
      tests/fixtures/scenarios/schema-errors/townships/shili/shili-xian/cuowu.md:21:31  错误  schema  字段 bodies[1].staffing.institutional：数值过大：1000000000 超过上限 100000（请检查是否多写了零）
      tests/fixtures/scenarios/schema-errors/townships/shili/shili-xian/cuowu.md:22:13  错误  schema  字段 bodies[1]：未知字段 “colour”（请检查拼写，字段名见 JSON Schema）
      tests/fixtures/scenarios/schema-errors/townships/shili/shili-xian/cuowu.md:23:28  错误  schema  字段 staffing.administrative：应为数字，不要加引号（写作 30）
      tests/fixtures/scenarios/schema-errors/townships/shili/shili-xian/cuowu.md:24:10  错误  schema  字段 sources：至少需要 1 项"
    `);
  });

  it('stage-order: the Jiangxi dates, unacknowledged', async () => {
    const { lines, publishable } = await findings('stage-order');
    expect(publishable).toBe(false);
    expect(lines).toMatchInlineSnapshot(`"tests/fixtures/scenarios/stage-order/townships/shili/shili-xian/jiangxi-shi.md:15:14  错误  stage-order  “组织实施阶段”开始于10月5日，早于上一阶段“准备阶段”的开始日期10月28日"`);
  });

  it('acknowledged: the same dates accepted with a reason; an unused acknowledgement warns', async () => {
    const { lines, publishable } = await findings('acknowledged');
    expect(publishable).toBe(true);
    expect(lines).toMatchInlineSnapshot(`
      "tests/fixtures/scenarios/acknowledged/townships/shili/shili-xian/jiangxi-shi.md:15:14  已确认  stage-order  “组织实施阶段”开始于10月5日，早于上一阶段“准备阶段”的开始日期10月28日（已确认：原方案文本如此）
      tests/fixtures/scenarios/acknowledged/townships/shili/shili-xian/jiangxi-shi.md:23:12  警告  acknowledgement-unused  确认项“body-cap”没有对应的校验发现，可以删除"
    `);
  });

  it('unknown-platform', async () => {
    const { lines, publishable } = await findings('unknown-platform');
    expect(publishable).toBe(false);
    expect(lines).toMatchInlineSnapshot(`
      "tests/fixtures/scenarios/unknown-platform/townships/shili/shili-xian/pingtai.md:10:56  错误  platform-ref  机构“为民服务中心”所属平台“fuwu”不存在（已定义：dangqun、zhifa）
      tests/fixtures/scenarios/unknown-platform/townships/shili/shili-xian/pingtai.md:13:37  错误  platform-ref  平台“综合执法平台”的牵头机构“zhifa-dui”不存在于 bodies 中"
    `);
  });

  it('duplicate-code', async () => {
    const { lines, publishable } = await findings('duplicate-code');
    expect(publishable).toBe(false);
    expect(lines).toMatchInlineSnapshot(`"tests/fixtures/scenarios/duplicate-code/townships/shili/shili-xian/yi.md:6:7  错误  unique-code  统计用区划代码 999999999001 与 shili/shili-xian/jia 重复"`);
  });

  it('supersedes-cycle', async () => {
    const { lines, publishable } = await findings('supersedes-cycle');
    expect(publishable).toBe(false);
    expect(lines).toMatchInlineSnapshot(`
      "tests/fixtures/scenarios/supersedes-cycle/townships/shili/shili-xian/bing.md:7:13  错误  supersedes-ref  supersedes 指向的方案“shili/shili-xian/ding”不存在
      tests/fixtures/scenarios/supersedes-cycle/townships/shili/shili-xian/jia.md:7:16  错误  supersedes-ref  替代关系形成循环：shili/shili-xian/jia → shili/shili-xian/yi → shili/shili-xian/jia
      tests/fixtures/scenarios/supersedes-cycle/townships/shili/shili-xian/yi.md:7:16  错误  supersedes-ref  替代关系形成循环：shili/shili-xian/yi → shili/shili-xian/jia → shili/shili-xian/yi"
    `);
  });

  it('missing-profile', async () => {
    const { lines, publishable } = await findings('missing-profile');
    expect(publishable).toBe(false);
    expect(lines).toMatchInlineSnapshot(`"tests/fixtures/scenarios/missing-profile/townships/shili/shili-xian/wu.md:6:10  错误  profile-ref  规则配置“shili-xian”不存在（已有：shili）"`);
  });

  it('invalid-profile', async () => {
    const { lines, publishable } = await findings('invalid-profile');
    expect(publishable).toBe(false);
    expect(lines).toMatchInlineSnapshot(`
      "tests/fixtures/scenarios/invalid-profile/profiles/broken.yaml:7:19  错误  schema  字段 rules.body_cap.max：应为阿拉伯数字，不能写成汉字“十二”
      tests/fixtures/scenarios/invalid-profile/profiles/broken.yaml:8:23  错误  schema  字段 rules.allowed_ranks[1]：“副处级”不是有效取值，应为 正科级、副科级、股级 之一
      tests/fixtures/scenarios/invalid-profile/profiles/misnamed.yaml:2:5  错误  profile-id  规则配置的 id “other-name” 应与文件名 “misnamed” 一致
      tests/fixtures/scenarios/invalid-profile/townships/shili/shili-xian/a.md:6:10  错误  profile-ref  规则配置“broken”本身有错误，请先修正 profiles/broken.yaml
      tests/fixtures/scenarios/invalid-profile/townships/shili/shili-xian/b.md:6:10  错误  profile-ref  规则配置“misnamed”本身有错误，请先修正 profiles/misnamed.yaml"
    `);
  });

  it('slug-collision', async () => {
    const { lines, publishable } = await findings('slug-collision');
    expect(publishable).toBe(false);
    expect(lines).toMatchInlineSnapshot(`"tests/fixtures/scenarios/slug-collision/townships/示例省/示例县/示例-镇.md:1:1  错误  unique-slug  与 tests/fixtures/scenarios/slug-collision/townships/示例省/示例县/示例 镇.md 发布到同一网址 /townships/示例省/示例县/示例-镇/，请改文件名"`);
  });
});
