/**
 * The bad-input corpus through the real CLI (`node scripts/validate.ts --content <dir>` as a child process):
 * every case exits 1 with exactly the expected located Chinese findings and never a stack trace.
 * Committed cases live in tests/fixtures/bad-input/<case>/; binary, oversized, GBK, BOM, empty and symlink
 * cases are written at test time into temporary copies of `valid-base`.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const NODE = join(ROOT, 'node_modules/.bin/node');
const BAD = 'tests/fixtures/bad-input';
const F = 'townships/ce/ce-xian/ce.md';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const validate = (content: string) =>
  new Promise<Run>((done) => {
    execFile(NODE, ['scripts/validate.ts', '--content', content], { cwd: ROOT, env: { ...process.env, SANDING_DEBUG: '' }, timeout: 60_000 }, (err, stdout, stderr) =>
      done({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });

/** Lines of the form `path:line:col  严重性  规则  message`. */
const findingLines = (out: string) => out.split('\n').filter((l) => /:\d+:\d+ {2}(错误|警告|已确认) {2}/.test(l));

/** case → the exact findings expected (paths relative to the repository unless absolute). */
const COMMITTED: Record<string, string[]> = {
  'tab-indent': [`${F}:8:1  错误  yaml  YAML 缩进不能使用制表符（Tab），请改用空格（其后还有 2 处连带语法错误，修正此处后重新检查）`],
  'unclosed-quote': [`${F}:3:7  错误  yaml  引号未闭合：此处的 " 没有对应的结束引号`],
  'unclosed-bracket': [`${F}:15:15  错误  yaml  花括号未闭合：此处的 { 没有对应的 }`],
  'duplicate-keys': [`${F}:7:1  错误  yaml  字段“kind”重复：同一层级中同名字段只能出现一次`],
  'no-frontmatter': [`${F}:1:1  错误  frontmatter  缺少 YAML 前言：文件应以一行 --- 开头，结构化内容写在两行 --- 之间`],
  'unterminated-frontmatter': [`${F}:1:1  错误  frontmatter  YAML 前言没有结束：缺少第二行 ---`],
  'wrong-types': [
    `${F}:7:7  错误  schema  字段 plan：应为对象（键值对），实际是文本“测试镇机构改革方案”`,
    `${F}:8:12  错误  schema  字段 functions：应为列表，实际是文本“抓党建”`,
  ],
  'full-width-digits': [`${F}:15:32  错误  schema  字段 bodies[0].staffing.administrative：应为半角数字，不能使用全角数字“３０”（应写作 30）`],
  'chinese-numerals': [`${F}:15:32  错误  schema  字段 bodies[0].staffing.administrative：应为阿拉伯数字，不能写成汉字“三十”`],
  'negative-staffing': [`${F}:15:32  错误  schema  字段 bodies[0].staffing.administrative：不能小于 0（实际为 -10）`],
  'fractional-staffing': [`${F}:15:32  错误  schema  字段 bodies[0].staffing.administrative：应为整数，实际为 10.5`],
  'unquoted-code': [`${F}:6:7  错误  schema  字段 code：应为文本，实际是数字 130000000001（代码、编号等由数字组成的文本请加引号，如 '130000000001'）`],
  'absurd-figure': [`${F}:16:28  错误  schema  字段 staffing.administrative：数值过大：1000000000 超过上限 100000（请检查是否多写了零）`],
  'unknown-enum': [`${F}:14:11  错误  schema  字段 bodies[0].rank：“副处级”不是有效取值，应为 正科级、副科级、股级 之一`],
  'duplicate-body-ids': [`${F}:16:9  错误  unique-body  机构标识“zonghe”重复（与第 1 个机构相同）`],
  'unknown-platform': [`${F}:15:15  错误  platform-ref  机构“综合办公室”所属平台“dangqun”不存在（已定义：无）`],
  'duplicate-codes': ['townships/ce/ce-xian/ling.md:6:7  错误  unique-code  统计用区划代码 999999999001 与 ce/ce-xian/ce 重复'],
  'stages-out-of-order': [
    `${F}:12:29  错误  stage-order  “组织实施阶段”开始于2020年10月5日，早于上一阶段“准备阶段”的开始日期2020年10月28日`,
    `${F}:13:48  错误  stage-order  “检查验收阶段”结束于2021年1月15日，晚于完成时限2020年12月31日`,
  ],
  'supersedes-dotdot': [`${F}:7:13  错误  schema  字段 supersedes：应为乡镇的路径标识，如 anhui/langxi/biqiao（不能含 .. 或以 / 开头）`],
  'profile-missing': [`${F}:6:10  错误  profile-ref  规则配置“nowhere”不存在（已有：无）`],
  'profile-invalid': [
    'profiles/bad.yaml:7:25  错误  schema  字段 rules.posts_per_body.min：应为数字，实际是文本“two”',
    `${F}:6:10  错误  profile-ref  规则配置“bad”本身有错误，请先修正 profiles/bad.yaml`,
  ],
  'supersedes-cycle': [
    `${F}:7:16  错误  supersedes-ref  替代关系形成循环：ce/ce-xian/ce → ce/ce-xian/ling → ce/ce-xian/ce`,
    'townships/ce/ce-xian/ling.md:7:16  错误  supersedes-ref  替代关系形成循环：ce/ce-xian/ling → ce/ce-xian/ce → ce/ce-xian/ling',
  ],
};

/** Cases written at test time: how to spoil a copy of valid-base, and what must be said about it. */
const GENERATED: Record<string, { spoil: (dir: string, base: Buffer) => Promise<void>; expected: (dir: string) => string[]; code?: number }> = {
  'empty-file': { spoil: (d) => writeFile(join(d, F), ''), expected: (d) => [`${d}/${F}:1:1  错误  file  文件为空`] },
  binary: {
    spoil: (d) => writeFile(join(d, F), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])),
    expected: (d) => [`${d}/${F}:1:1  错误  file  这是二进制文件，不是文本：内容文件应为 UTF-8 编码的 Markdown 或 YAML`],
  },
  'too-large': {
    spoil: (d, base) => writeFile(join(d, F), Buffer.concat([base, Buffer.alloc(1024 * 1024 + 100_000, '正文'.repeat(1))])),
    expected: (d) => [`${d}/${F}:1:1  错误  file  文件过大（1.1 MB，上限 1 MB）：内容文件应只包含一个乡镇的方案`],
  },
  gbk: {
    // 毕桥镇 in GBK is B1 CF C7 C5 D5 F2: not valid UTF-8.
    spoil: (d, base) => writeFile(join(d, F), Buffer.concat([Buffer.from('---\nname: '), Buffer.from([0xb1, 0xcf, 0xc7, 0xc5, 0xd5, 0xf2]), base.subarray(base.indexOf('\nkind:'))])),
    expected: (d) => [`${d}/${F}:1:1  错误  file  文件不是 UTF-8 编码（可能是 GBK/GB2312）：请在编辑器中另存为 UTF-8`],
  },
  'utf8-bom': { spoil: (d, base) => writeFile(join(d, F), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), base])), expected: () => [], code: 0 },
  'crlf-line-ends': { spoil: (d, base) => writeFile(join(d, F), base.toString('utf8').replace(/\n/g, '\r\n')), expected: () => [], code: 0 },
  symlink: {
    spoil: (d) => symlink('/etc/hostname', join(d, 'townships/ce/ce-xian/link.md')),
    expected: (d) => [`${d}/townships/ce/ce-xian/link.md:1:1  错误  file  内容目录中不允许符号链接（可能指向目录之外）`],
  },
};

const runs = new Map<string, Run>();
const tmp: string[] = [];
const dirs = new Map<string, string>();

beforeAll(async () => {
  const base = await readFile(join(ROOT, BAD, 'valid-base', F));
  const jobs: [string, () => Promise<Run>][] = [
    ['valid-base', () => validate(`${BAD}/valid-base`)],
    ['missing-folder', () => validate('/nonexistent')],
    ...Object.keys(COMMITTED).map((c): [string, () => Promise<Run>] => [c, () => validate(`${BAD}/${c}`)]),
    ...Object.entries(GENERATED).map(([c, g]): [string, () => Promise<Run>] => [
      c,
      async () => {
        const dir = await mkdtemp(join(tmpdir(), `sanding-bad-${c}-`));
        tmp.push(dir);
        dirs.set(c, dir);
        await cp(join(ROOT, BAD, 'valid-base'), dir, { recursive: true });
        await mkdir(join(dir, 'townships/ce/ce-xian'), { recursive: true });
        await g.spoil(dir, base);
        return validate(dir);
      },
    ]),
  ];
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < jobs.length) {
        const [name, job] = jobs[next++];
        runs.set(name, await job());
      }
    }),
  );
});

afterAll(async () => {
  await Promise.all(tmp.map((d) => rm(d, { recursive: true, force: true })));
});

function expectClean(run: Run) {
  for (const out of [run.stdout, run.stderr]) {
    expect(out).not.toMatch(/^\s+at /m); // stack frames
    expect(out).not.toMatch(/\b(Type|Range|Syntax|Reference)?Error:/);
    expect(out).not.toMatch(/内部错误/);
  }
  expect(run.stderr).toBe('');
}

describe('validate CLI on bad input', () => {
  it('accepts the untouched base (so each failure below is caused by its one defect)', () => {
    const run = runs.get('valid-base')!;
    expect(findingLines(run.stdout)).toEqual([]);
    expect(run.stdout).toContain('1 个乡镇、0 个县区、0 个规则配置；错误 0 个，警告 0 个，已确认 0 个。');
    expect(run.code).toBe(0);
    expectClean(run);
  });

  it.each(Object.entries(COMMITTED))('%s', (name, expected) => {
    const run = runs.get(name)!;
    expect(findingLines(run.stdout)).toEqual(expected.map((l) => `${BAD}/${name}/${l}`));
    expect(run.code).toBe(1);
    expectClean(run);
  });

  it.each(Object.entries(GENERATED))('%s (written at test time)', (name, g) => {
    const run = runs.get(name)!;
    expect(findingLines(run.stdout)).toEqual(g.expected(dirs.get(name)!));
    expect(run.code).toBe(g.code ?? 1);
    expectClean(run);
  });

  it('a missing content folder', () => {
    const run = runs.get('missing-folder')!;
    expect(findingLines(run.stdout)).toEqual(['/nonexistent:1:1  错误  file  内容目录不存在']);
    expect(run.code).toBe(1);
    expectClean(run);
  });
});
