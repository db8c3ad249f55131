/**
 * Bad-input cases for the full build, generated at test time from the good base content
 * (tests/reliability/fixtures/good, a copy of the valid-township scenario): each case breaks one thing.
 * `file` is the content-relative path the located message must name.
 */
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export const T = 'townships/shili/shili-xian/shili-zhen.md';
export const OLD = 'townships/shili/shili-xian/shili-zhen-2019.md';
export const PROFILE = 'profiles/shili.yaml';

export interface BadCase {
  name: string;
  /** What the case breaks (Chinese, as an editor would describe it). */
  what: string;
  /** Content-relative file the first located error must point at. */
  file: string;
  /** Rule id expected among the error findings, when the case pins one. */
  rule?: string;
  apply(dir: string): Promise<void>;
}

async function edit(dir: string, rel: string, fn: (text: string) => string): Promise<void> {
  const path = join(dir, rel);
  const before = await readFile(path, 'utf8');
  const after = fn(before);
  if (after === before) throw new Error(`case did not change ${rel}: fixture drifted`);
  await writeFile(path, after);
}

const replace = (from: string | RegExp, to: string) => (t: string) => t.replace(from, to);
const write = (rel: string, data: string | Buffer) => async (dir: string) => {
  await mkdir(dirname(join(dir, rel)), { recursive: true });
  await writeFile(join(dir, rel), data);
};

/** 示 例 镇 in GBK (what a Windows editor saves by default in China). */
const GBK_SHILIZHEN = Buffer.from([0xca, 0xbe, 0xc0, 0xfd, 0xd5, 0xf2]);

export const BAD_CASES: BadCase[] = [
  { name: 'yaml-tab-indent', what: 'YAML 用 Tab 缩进', file: T, rule: 'yaml', apply: (d) => edit(d, T, replace('functions:\n  - 加强党的建设', 'functions:\n\t- 加强党的建设')) },
  { name: 'yaml-unclosed-quote', what: '引号未闭合', file: T, rule: 'yaml', apply: (d) => edit(d, T, replace('\nname: 示例镇\n', '\nname: "示例镇\n')) },
  { name: 'yaml-duplicate-key', what: '重复字段', file: T, rule: 'yaml', apply: (d) => edit(d, T, replace('\nname: 示例镇\n', '\nname: 示例镇\nname: 另一个镇\n')) },
  {
    name: 'yaml-alias-bomb',
    what: 'YAML 别名炸弹（billion laughs）',
    file: T,
    apply: (d) =>
      edit(d, T, (t) => {
        const lines = ['bomb0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
        for (let i = 1; i < 9; i++) lines.push(`bomb${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
        return t.replace('\nname: 示例镇\n', `\n${lines.join('\n')}\nname: 示例镇\n`);
      }),
  },
  { name: 'yaml-deep-nesting', what: '嵌套过深（10 万层方括号）', file: T, apply: (d) => edit(d, T, replace('\nname: 示例镇\n', `\nname: 示例镇\ndeep: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`)) },
  { name: 'yaml-proto-key', what: '__proto__ 字段（原型污染）', file: T, apply: (d) => edit(d, T, replace('\nname: 示例镇\n', '\nname: 示例镇\n__proto__: {polluted: true}\n')) },
  { name: 'no-frontmatter', what: '没有 YAML 前言', file: T, rule: 'frontmatter', apply: write(T, '# 示例镇\n\n只有正文，没有前言。\n') },
  { name: 'unclosed-frontmatter', what: '前言缺少结束的 ---', file: T, rule: 'frontmatter', apply: (d) => edit(d, T, replace(/\n---\n\n## 改革背景/, '\n\n## 改革背景')) },
  { name: 'empty-frontmatter', what: '前言为空', file: T, rule: 'schema', apply: write(T, '---\n---\n正文\n') },
  { name: 'empty-file', what: '空文件', file: T, rule: 'file', apply: write(T, '') },
  { name: 'binary-file', what: '二进制文件（PNG 改名为 .md）', file: T, rule: 'file', apply: write(T, Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(512)])) },
  {
    name: 'huge-file',
    what: '5 MB 的文件',
    file: T,
    rule: 'file',
    apply: async (d) => {
      const text = await readFile(join(d, T), 'utf8');
      await writeFile(join(d, T), text + '改革背景说明。'.repeat(250_000)); // 7 chars × 3 bytes × 250 000 ≈ 5.3 MB
    },
  },
  {
    name: 'gbk-encoding',
    what: 'GBK 编码',
    file: T,
    rule: 'file',
    apply: async (d) => {
      const text = await readFile(join(d, T), 'utf8');
      const [head, tail] = text.split('\nname: 示例镇\n');
      await writeFile(join(d, T), Buffer.concat([Buffer.from(`${head}\nname: `), GBK_SHILIZHEN, Buffer.from(`\n${tail}`)]));
    },
  },
  { name: 'wrong-type-string-for-number', what: '人口写成中文', file: T, rule: 'schema', apply: (d) => edit(d, T, replace('population: 42000', 'population: 四万二千')) },
  { name: 'wrong-type-string-for-list', what: '职责写成字符串而不是列表', file: T, rule: 'schema', apply: (d) => edit(d, T, replace(/functions:\n(  - .*\n)+/, 'functions: 加强党的建设\n')) },
  { name: 'wrong-type-number-for-string', what: '名称写成数字', file: T, rule: 'schema', apply: (d) => edit(d, T, replace('\nname: 示例镇\n', '\nname: 12345\n')) },
  { name: 'unknown-key', what: '未知字段（拼写错误）', file: T, rule: 'schema', apply: (d) => edit(d, T, replace('population: 42000', 'population: 42000\npopulaton: 42000')) },
  { name: 'full-width-digits', what: '全角数字', file: T, rule: 'schema', apply: (d) => edit(d, T, replace('population: 42000', 'population: ４２０００')) },
  { name: 'chinese-numeral', what: '编制数写成“三十”', file: T, rule: 'schema', apply: (d) => edit(d, T, replace('staffing: {administrative: 30,', 'staffing: {administrative: 三十,')) },
  { name: 'negative-number', what: '负数人口', file: T, rule: 'schema', apply: (d) => edit(d, T, replace('population: 42000', 'population: -42000')) },
  { name: 'absurd-number', what: '编制数 10⁹', file: T, rule: 'schema', apply: (d) => edit(d, T, replace('staffing: {administrative: 16}', 'staffing: {administrative: 1000000000}')) },
  { name: 'float-count', what: '编制数为小数', file: T, rule: 'schema', apply: (d) => edit(d, T, replace('staffing: {administrative: 16}', 'staffing: {administrative: 16.5}')) },
  { name: 'invalid-date', what: '日期 2024-13-45', file: T, rule: 'schema', apply: (d) => edit(d, T, replace("deadline: '2024-12-31'", "deadline: '2024-13-45'")) },
  { name: 'unknown-enum', what: '机构规格“副处级”', file: T, rule: 'schema', apply: (d) => edit(d, T, replace('rank: 副科级', 'rank: 副处级')) },
  { name: 'duplicate-body-id', what: '机构标识重复', file: T, apply: (d) => edit(d, T, replace('id: jingji-fazhan', 'id: dangzheng-zonghe')) },
  { name: 'duplicate-code', what: '区划代码重复', file: OLD, rule: 'unique-code', apply: (d) => edit(d, OLD, replace('status: 已废止', "status: 已废止\ncode: '999999999001'")) },
  { name: 'missing-platform', what: '机构引用不存在的平台', file: T, rule: 'platform-ref', apply: (d) => edit(d, T, replace('platform: dangqun', 'platform: no-such-platform')) },
  { name: 'missing-lead-body', what: '平台牵头机构不存在', file: T, rule: 'platform-ref', apply: (d) => edit(d, T, replace('lead: jingji-fazhan}', 'lead: no-such-body}')) },
  { name: 'missing-supersedes-target', what: '替代的旧方案不存在', file: T, rule: 'supersedes-ref', apply: (d) => edit(d, T, replace('supersedes: shili/shili-xian/shili-zhen-2019', 'supersedes: shili/shili-xian/no-such-plan')) },
  { name: 'missing-profile', what: '规则配置不存在', file: T, rule: 'profile-ref', apply: (d) => edit(d, T, replace('profile: shili', 'profile: no-such-profile')) },
  { name: 'invalid-profile', what: '规则配置本身有错误', file: PROFILE, apply: (d) => edit(d, PROFILE, replace('posts_per_body: {min: 1, max: 3}', 'posts_per_body: {min: 一, max: 3}')) },
  { name: 'profile-id-mismatch', what: '规则配置 id 与文件名不一致', file: PROFILE, rule: 'profile-id', apply: (d) => edit(d, PROFILE, replace('id: shili', 'id: shili-other')) },
  {
    name: 'circular-supersedes',
    what: '新旧方案替代关系循环',
    file: OLD,
    rule: 'supersedes-ref',
    apply: (d) => edit(d, OLD, replace('superseded_by: shili/shili-xian/shili-zhen', 'superseded_by: shili/shili-xian/shili-zhen\nsupersedes: shili/shili-xian/shili-zhen')),
  },
  { name: 'unsafe-file-name', what: '文件名含 < > ; 等符号', file: 'townships/shili/shili-xian/x<script>.md', rule: 'slug', apply: async (d) => write('townships/shili/shili-xian/x<script>.md', (await readFile(join(d, OLD), 'utf8')).replace('name: 示例镇', 'name: 另镇'))(d) },
  {
    name: 'symlink-out-of-content',
    what: '内容目录中的符号链接指向目录之外',
    file: 'townships/shili/shili-xian/passwd.md',
    rule: 'file',
    apply: (d) => symlink('/etc/passwd', join(d, 'townships/shili/shili-xian/passwd.md')),
  },
  {
    name: 'slug-collision',
    what: '“a b.md” 与 “a-b.md” 发布到同一网址',
    file: 'townships/shili/shili-xian/',
    rule: 'unique-slug',
    apply: async (d) => {
      const old = await readFile(join(d, OLD), 'utf8');
      await rm(join(d, OLD));
      const other = old.replace('superseded_by: shili/shili-xian/shili-zhen\n', '');
      await writeFile(join(d, T), (await readFile(join(d, T), 'utf8')).replace('supersedes: shili/shili-xian/shili-zhen-2019\n', ''));
      await writeFile(join(d, 'townships/shili/shili-xian/a b.md'), other);
      await writeFile(join(d, 'townships/shili/shili-xian/a-b.md'), other.replace('name: 示例镇', 'name: 另一镇'));
    },
  },
];

/** Variants that look odd but are valid: the build must publish them. */
export const GOOD_VARIANTS: { name: string; what: string; apply(dir: string): Promise<void> }[] = [
  { name: 'utf8-bom', what: 'UTF-8 BOM', apply: async (d) => writeFile(join(d, T), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await readFile(join(d, T))])) },
  { name: 'yaml-js-tag-is-text', what: 'YAML 标签 !!js/function 只是文本，不会执行', apply: (d) => edit(d, T, replace('\nname: 示例镇\n', '\nname: !!js/function "function () { return 1 }"\n')) },
  { name: 'crlf', what: 'Windows 换行（CRLF）', apply: (d) => edit(d, T, (t) => t.replace(/\n/g, '\r\n')) },
];
