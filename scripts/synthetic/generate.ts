/**
 * node scripts/synthetic/generate.ts --n 1000 [--seed 1] [--out .cache/synthetic/1000-1] [--force]
 *
 * Writes a SYNTHETIC content folder (townships/, regions/, profiles/) of N townships for benchmarks
 * and scale tests. Deterministic: the same seed and N give byte-identical files. Every file is
 * marked synthetic (a source titled “合成测试数据（非真实）”, 【合成】 in plan titles and profile names)
 * and the folder lives outside content/ (default .cache/, gitignored): it is never published.
 * The data pass `loadAndValidate` with zero errors (tests/scale checks it).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { createRng, type Rng } from './rng.ts';
import {
  BODY_TEMPLATES,
  FUNCTIONS,
  GROUPS,
  PLATFORMS,
  PROVINCES,
  PROVINCE_WEIGHTS,
  RARE_SYLLABLES,
  RESPONSIBILITIES,
  SYLLABLES,
  type BodyTemplate,
  type PlatformKey,
} from './vocab.ts';

/** Bump when the output format changes, so cached folders are regenerated. */
export const GENERATOR_VERSION = 3;
export const SYNTHETIC_SOURCE_TITLE = '合成测试数据（非真实）';
export const MANIFEST_FILE = 'synthetic-manifest.json';

/** Real province codes (the first two digits of 统计用区划代码), in PROVINCES order. */
const PROVINCE_CODES = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65];

export interface GeneratedFile {
  /** Path relative to the content folder, `/`-separated. */
  path: string;
  text: string;
}

export interface TownshipSummary {
  slug: string;
  name: string;
  code: string;
  province: string;
  county: string;
  final: boolean;
}

export interface Manifest {
  generator: 'sanding-synthetic';
  version: number;
  /** Hash of the generator's own source, so an edited generator never reuses a stale cached folder. */
  source?: string;
  seed: string;
  n: number;
  files: number;
  counties: number;
  withIssuer: number;
  /** Townships the benchmark's golden queries look up (a name and a code). */
  probes: TownshipSummary[];
}

export interface Dataset {
  files: GeneratedFile[];
  townships: TownshipSummary[];
  manifest: Manifest;
}

const SOURCE = { title: SYNTHETIC_SOURCE_TITLE, doc_number: null, url: null };
const HEADER = (seed: string) => `# ${SYNTHETIC_SOURCE_TITLE}：由 scripts/synthetic/generate.ts 生成（种子 ${seed}），不对应任何真实地方，不得发布。\n`;

/** Splits `total` over `weights` (largest remainder), deterministic. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k][1]]++;
  return out;
}

/** Composes unique names from syllables (two, or three when two collide); `rare` forces one rare character. */
class NameMaker {
  private used = new Set<string>();
  private rng: Rng;
  constructor(rng: Rng) {
    this.rng = rng;
  }
  make(suffix: string, rare: boolean): { stem: string; pinyin: string[] } {
    for (let attempt = 0; ; attempt++) {
      const len = attempt < 6 ? 2 : 3;
      const parts: (readonly [string, string])[] = [];
      while (parts.length < len) {
        const s = this.rng.pick(SYLLABLES);
        if (!parts.some((p) => p[0] === s[0])) parts.push(s);
      }
      if (rare) parts[this.rng.int(0, parts.length - 1)] = this.rng.pick(RARE_SYLLABLES);
      const stem = parts.map((p) => p[0]).join('');
      if (this.used.has(stem + suffix)) continue;
      this.used.add(stem + suffix);
      return { stem, pinyin: parts.map((p) => p[1]) };
    }
  }
}

function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  taken.add(slug);
  return slug;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const date = (y: number, m: number, d: number) => `${y}-${pad(m, 2)}-${pad(d, 2)}`;

const PROFILE_STANDARD = 'synthetic-standard';
const PROFILE_BANDED = 'synthetic-banded';

function profiles(seed: string): GeneratedFile[] {
  const standard = {
    id: PROFILE_STANDARD,
    name: '【合成】通用乡镇机构设置规则',
    applies_to: { province: '全国（合成测试数据）' },
    description: '合成测试数据（非真实）：基准测试用的规则配置，覆盖机构限额、必设机构、最少编制、领导职数幅度和编制只减不增。',
    sources: [SOURCE],
    rules: {
      body_cap: { max: 15 },
      required_bodies: ['党政综合办公室', '综合行政执法队'],
      min_body_staffing: [{ name: '综合行政执法队', min: 10 }],
      posts_per_body: { min: 1, max: 3 },
      leadership: [
        { title: '党委委员', min: 7, max: 9 },
        { title: '党委副书记', min: 1, max: 3 },
      ],
      staffing_no_increase: true,
    },
  };
  const banded = {
    id: PROFILE_BANDED,
    name: '【合成】按人口档次的乡镇机构设置规则',
    applies_to: { province: '全国（合成测试数据）' },
    description: '合成测试数据（非真实）：按人口档次核定机构限额，退役军人服务站单独设置、不计入限额；机构规格为股级或副科级。',
    sources: [SOURCE],
    rules: {
      body_cap: {
        max: 12,
        by_population_band: [
          { band: '<3万', max: 9, extra: ['退役军人服务站'] },
          { band: '3–5万', max: 11, extra: ['退役军人服务站'] },
          { band: '5–10万', max: 12, extra: ['退役军人服务站'] },
        ],
      },
      allowed_ranks: ['副科级', '股级'],
    },
  };
  return [standard, banded].map((p) => ({ path: `profiles/${p.id}.yaml`, text: HEADER(seed) + yaml(p) }));
}

function yaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}

interface County {
  name: string;
  slug: string;
  province: string;
  provinceSlug: string;
  city: string;
  code: string;
  short: string;
  profile?: string;
}

/** Builds the whole data set in memory. */
export function generate(n: number, seed: string | number): Dataset {
  const seedText = String(seed);
  const rng = createRng(`sanding-synthetic:${seedText}`);
  const names = new NameMaker(rng.fork('names'));
  const regionNames = new NameMaker(rng.fork('region-names'));
  const files: GeneratedFile[] = profiles(seedText);
  const townships: TownshipSummary[] = [];
  let counties = 0;
  let withIssuer = 0;

  const perProvince = apportion(n, PROVINCE_WEIGHTS);
  PROVINCES.forEach(([province, provinceSlug], p) => {
    const pr = rng.fork(`province:${p}`);
    let left = perProvince[p];
    const countySlugs = new Set<string>();
    let cityIndex = 0;
    while (left > 0) {
      // A prefecture-level city with a handful of counties.
      cityIndex++;
      const city = regionNames.make('市', false).stem + '市';
      const countiesInCity = pr.int(4, 10);
      for (let c = 1; c <= countiesInCity && left > 0; c++) {
        const size = Math.min(left, pr.int(6, 22));
        left -= size;
        const kind = pr.chance(0.75) ? '县' : pr.chance(0.6) ? '区' : '县级市';
        const suffix = kind === '县级市' ? '市' : kind;
        const cn = regionNames.make(suffix, pr.chance(0.03));
        const name = cn.stem + suffix;
        const slug = uniqueSlug(`${cn.pinyin.join('')}-${{ 县: 'xian', 区: 'qu', 县级市: 'shi' }[kind]}`, countySlugs);
        const county: County = {
          name,
          slug,
          province,
          provinceSlug,
          city,
          code: `${PROVINCE_CODES[p]}${pad(cityIndex, 2)}${pad(c, 2)}`,
          short: name[0],
          profile: pr.chance(0.6) ? PROFILE_STANDARD : pr.chance(0.5) ? PROFILE_BANDED : undefined,
        };
        counties++;
        files.push(regionFile(county, size, kind, seedText));
        const slugs = new Set<string>();
        let xiang = 100;
        let jiedao = 1;
        for (let t = 0; t < size; t++) {
          const tr = createRng(`sanding-synthetic:${seedText}:${county.code}:${t}`);
          const kindT = tr.chance(0.15) ? '街道' : tr.chance(0.7) ? '镇' : '乡';
          const tn = names.make(kindT, tr.chance(0.04));
          const tname = tn.stem + kindT;
          const tslug = uniqueSlug(`${tn.pinyin.join('')}-${{ 乡: 'xiang', 镇: 'zhen', 街道: 'jiedao' }[kindT]}`, slugs);
          const code = `${county.code}${pad(kindT === '街道' ? jiedao++ : xiang++, 3)}000`;
          const built = township(tr, county, tname, kindT, code, seedText);
          if (built.final) withIssuer++;
          const path = `townships/${provinceSlug}/${slug}/${tslug}.md`;
          files.push({ path, text: built.text });
          townships.push({ slug: `${provinceSlug}/${slug}/${tslug}`, name: tname, code, province, county: name, final: built.final });
        }
      }
    }
  });

  const probeRng = rng.fork('probes');
  const probes = townships.length ? [townships[Math.floor(townships.length / 2)], probeRng.pick(townships)] : [];
  const manifest: Manifest = { generator: 'sanding-synthetic', version: GENERATOR_VERSION, seed: seedText, n, files: files.length + 2, counties, withIssuer, probes };
  files.push({ path: MANIFEST_FILE, text: JSON.stringify(manifest, null, 2) + '\n' });
  files.push({
    path: 'SYNTHETIC.md',
    text: `# ${SYNTHETIC_SOURCE_TITLE}\n\n本目录由 scripts/synthetic/generate.ts 生成（N = ${n}，种子 ${seedText}），用于基准测试。地名由音节拼合而成，不对应任何真实地方；不得发布。\n`,
  });
  return { files, townships, manifest };
}

function regionFile(c: County, size: number, kind: string, seed: string): GeneratedFile {
  const data = {
    name: c.name,
    kind,
    region: { province: c.province, city: c.city },
    ...(c.profile ? { profile: c.profile } : {}),
    issuer: { name: `中共${c.name}委机构编制委员会`, short: `${c.short}编` },
    summary: `【合成】${c.name}为合成测试数据（非真实），含 ${size} 个合成乡镇，用于检验构建在全国规模下的速度和内存。`,
    facts: [{ label: '本站收录乡镇', value: size, note: '合成测试数据' }],
    sources: [SOURCE],
  };
  return {
    path: `regions/${c.provinceSlug}/${c.slug}.md`,
    text: `---\n${HEADER(seed)}${yaml(data)}---\n\n${c.name}的全部内容均为合成测试数据（非真实），由基准测试生成器按固定种子生成。\n`,
  };
}

type Kind = '乡' | '镇' | '街道';

function township(r: Rng, c: County, name: string, kind: Kind, code: string, seed: string): { text: string; final: boolean } {
  const year = r.int(2019, 2024);
  const final = r.chance(0.3);
  const published = final || r.chance(0.85);
  const profile = c.profile;

  // Population first: the banded profile's cap depends on it.
  const popMode = r.next();
  const population = popMode < 0.6 ? r.int(6_000, 99_000) : null;
  const band = popMode >= 0.6 && popMode < 0.8 ? r.pick(['<3万', '3–5万', '5–10万'] as const) : undefined;
  const effectiveBand = band ?? (population === null ? undefined : population < 30_000 ? '<3万' : population < 50_000 ? '3–5万' : '5–10万');
  let cap = 14;
  if (profile === PROFILE_STANDARD) cap = 15;
  if (profile === PROFILE_BANDED) cap = effectiveBand === '<3万' ? 9 : effectiveBand === '3–5万' ? 11 : 12;

  // Bodies: always 党政综合办公室 and 综合行政执法队, usually 退役军人服务站, then others up to 5–14.
  const total = r.int(5, 14);
  const must = new Set(['dangzheng-zonghe', 'zonghe-zhifa', ...(r.chance(0.85) ? ['tuiyi-junren'] : [])]);
  const optional = BODY_TEMPLATES.filter((b) => !must.has(b.id));
  const chosenIds = new Set([...must, ...r.sample(optional, total - must.size).map((b) => b.id)]);
  let chosen = BODY_TEMPLATES.filter((b) => chosenIds.has(b.id));
  // 退役军人服务站 is outside the cap only where a population band matched (the default cap has no extras).
  const counted = (b: BodyTemplate) => b.category !== '派驻机构' && !(profile === PROFILE_BANDED && effectiveBand && b.id === 'tuiyi-junren');
  while (chosen.filter(counted).length > cap) {
    const drop = [...chosen].reverse().find((b) => counted(b) && !must.has(b.id))!;
    chosen = chosen.filter((b) => b !== drop);
  }

  const platformsOn = r.chance(0.7);
  const leads = new Map<PlatformKey, string>();
  if (platformsOn) for (const b of chosen) if (b.lead && b.platform && !leads.has(b.platform)) leads.set(b.platform, b.id);

  const bodies = chosen.map((b) => {
    const staff = r.int(b.staffing[0], b.staffing[1]);
    const deputies = r.int(0, 2);
    const staffing = !published
      ? {}
      : b.category === '党政机构'
        ? { administrative: staff }
        : b.category === '事业单位'
          ? { institutional: staff }
          : { political_legal: staff };
    const plaques = b.plaques && r.chance(0.4) ? [r.pick(b.plaques)] : [];
    return {
      id: b.id,
      name: b.name,
      category: b.category,
      ...(plaques.length ? { plaques } : {}),
      rank: r.chance(0.45) ? '副科级' : '股级',
      ...(b.category === '事业单位' ? { welfare: b.welfare ?? '公益一类', funding: '全额拨款' } : {}),
      staffing,
      posts: [{ title: b.head[0], count: 1 }, ...(deputies ? [{ title: b.head[1], count: deputies }] : [])],
      ...(b.platform && leads.has(b.platform) ? { platform: b.platform } : {}),
      ...(b.parent ? { parent_department: b.parent, managed_by: r.chance(0.5) ? '县直部门' : '双重管理' } : { managed_by: '乡镇' }),
      duties: [...r.sample(b.duties, r.int(2, b.duties.length)), ...(b.category === '派驻机构' ? [] : ['承办上级和乡镇党委、政府交办的其他工作'])],
    };
  });

  const sum = (cat: string, key: 'administrative' | 'institutional') =>
    bodies.filter((b) => b.category === cat).reduce((s, b) => s + ((b.staffing as Record<string, number>)[key] ?? 0), 0);
  const admin = published ? sum('党政机构', 'administrative') : null;
  const inst = published ? sum('事业单位', 'institutional') : null;

  const party = kind === '街道' ? '党工委' : '党委';
  const head = kind === '街道' ? '办事处主任' : kind === '镇' ? '镇长' : '乡长';
  const leadership = [
    { title: `${party}书记`, count: 1 },
    { title: `${party}副书记`, count: r.int(1, 3) },
    { title: `${party}委员`, count: r.int(7, 9), min: 7, max: 9 },
    { title: head, count: 1 },
    ...(kind === '街道' ? [] : [{ title: '人大主席', count: 1 }]),
    { title: '纪委书记', count: 1 },
  ];

  const townChar = name[0];
  const planDate = date(year, r.int(3, 7), r.int(1, 28));
  const n1 = r.int(1, 60);
  const stagesOn = r.chance(0.8);
  const plan = {
    title: `【合成】${name}机构改革方案`,
    issued_by: `中共${c.name}${name}${party === '党委' ? '委员会' : '工作委员会'}`,
    doc_number: `${townChar}发〔${year}〕${n1}号`,
    date: planDate,
    basis: [{ title: `${c.name}深化乡镇机构改革实施方案（合成）`, doc_number: `${c.short}发〔${year}〕${r.int(1, 40)}号` }],
    deadline: date(year, 12, 31),
    ...(stagesOn
      ? {
          stages: [
            { name: '动员部署阶段', start: date(year, 9, 1), end: date(year, 9, 30), tasks: ['制定改革工作方案', '全面开展动员部署'] },
            { name: '组织实施阶段', start: date(year, 10, 1), end: date(year, 11, 30), tasks: ['做好机构人员转隶、岗位设置等工作'] },
            { name: '检查验收阶段', start: date(year, 12, 1), end: date(year, 12, 31), tasks: ['形成书面总结', '迎接检查验收'] },
          ],
        }
      : {}),
    groups: r.sample(GROUPS, r.int(2, 4)).map((g) => ({ name: g })),
  };

  const issuer = final
    ? {
        name: `中共${c.name}委机构编制委员会`,
        short: `${c.short}编`,
        doc_number: `${c.short}编〔${year}〕${r.int(1, 99)}号`,
        date: date(year, 8, r.int(1, 28)),
        cc: r.sample(['县委办公室', '县人大常委会办公室', '县政府办公室', '县政协办公室', '县委组织部', '县财政局', '县人力资源和社会保障局'], r.int(2, 5)),
        printer: `中共${c.name}委机构编制委员会办公室`,
      }
    : undefined;

  const before =
    published && r.chance(0.5)
      ? {
          bodies: r.sample(['计划生育服务所', '文化广播电视服务中心', '农业技术推广站', '林业站', '水利站', '劳动保障所'], r.int(2, 5)).map((n) => ({ name: n, category: '事业单位' })),
          staffing: { administrative: admin! + r.int(0, 5), institutional: inst! + r.int(0, 5), political_legal: null },
        }
      : undefined;

  const responsibilities = r.chance(0.5)
    ? r.sample(RESPONSIBILITIES, r.int(4, 8)).map(([item, category, dept]) => ({
        item,
        category,
        lead_department: dept,
        township_role: category === '收回' ? '配合做好相关工作' : category === '配合' ? '发现问题及时报告，配合处置' : '负责组织实施',
      }))
    : undefined;

  const data = {
    name,
    kind,
    region: { province: c.province, city: c.city, county: c.name },
    code,
    ...(profile ? { profile } : {}),
    population,
    ...(band ? { population_band: band } : {}),
    area_km2: r.chance(0.6) ? Math.round(r.int(200, 6000)) / 10 : null,
    status: final ? '已批复' : r.pick(['已批复', '已批复', '已批复', '征求意见', '草案']),
    updated: date(year + 1, r.int(1, 12), r.int(1, 28)),
    plan,
    ...(issuer ? { issuer } : {}),
    functions: r.sample(FUNCTIONS, r.int(4, 6)),
    bodies,
    staffing: { administrative: admin, institutional: inst, political_legal: null },
    leadership,
    platforms: [...leads].map(([key, lead]) => ({ id: key, name: PLATFORMS[key].name, lead, scope: PLATFORMS[key].scope })),
    ...(before ? { before } : {}),
    ...(responsibilities ? { responsibilities } : {}),
    sources: [SOURCE, { title: `${name}机构改革方案（合成）`, doc_number: null, url: null }],
  };

  const bodyList = bodies.map((b) => `- ${b.name}${b.plaques?.length ? `（加挂${b.plaques.join('、')}牌子）` : ''}`).join('\n');
  const narrative = [
    '## 改革背景',
    '',
    `> 本页为**${SYNTHETIC_SOURCE_TITLE}**，由基准测试生成器按种子 ${seed} 生成，地名由音节拼合而成，不对应任何真实乡镇。`,
    '',
    `${name}依据《${c.name}深化乡镇机构改革实施方案（合成）》制定本方案，目的是构建简约高效的基层管理体制，确保“基层的权力给基层、基层的事情基层办”。`,
    '',
    '## 主要做法',
    '',
    `${name}设置 ${bodies.length} 个机构${admin !== null ? `，核定行政编制 ${admin} 名、事业编制 ${inst} 名` : '（编制数未公布）'}：`,
    '',
    bodyList,
    '',
    leads.size ? `组建${[...leads.keys()].map((k) => PLATFORMS[k].name).join('、')}，每个平台由一个机构承担日常管理协调。` : '本方案未设工作平台。',
    '',
    '## 组织实施',
    '',
    `于 ${year} 年 12 月底前完成机构改革工作。`,
    '',
  ].join('\n');

  return { text: `---\n${HEADER(seed)}${yaml(data)}---\n\n${narrative}`, final };
}

async function sourceHash(): Promise<string> {
  const h = createHash('sha256');
  for (const f of ['generate.ts', 'vocab.ts', 'rng.ts']) h.update(await readFile(new URL(f, import.meta.url)));
  return h.digest('hex').slice(0, 16);
}

/** Default folder for a data set. */
export const defaultDir = (n: number, seed: string | number) => resolve('.cache/synthetic', `${n}-${seed}`);

/**
 * Writes the data set to `dir` (default `.cache/synthetic/<n>-<seed>/`) unless a complete copy of the
 * same version is already there. Written to a temporary folder and renamed, so a killed run leaves no
 * half data set behind.
 */
export async function ensureDataset(n: number, seed: string | number, dir = defaultDir(n, seed), force = false): Promise<{ dir: string; manifest: Manifest; cached: boolean }> {
  const manifestPath = join(dir, MANIFEST_FILE);
  if (!force && existsSync(manifestPath)) {
    const m = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
    if (m.version === GENERATOR_VERSION && m.source === (await sourceHash()) && m.n === n && m.seed === String(seed)) return { dir, manifest: m, cached: true };
  }
  const { files, manifest } = generate(n, seed);
  manifest.source = await sourceHash();
  files.find((f) => f.path === MANIFEST_FILE)!.text = JSON.stringify(manifest, null, 2) + '\n';
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  const dirs = new Set(files.map((f) => dirname(join(tmp, f.path))));
  for (const d of dirs) await mkdir(d, { recursive: true });
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(files.slice(i, i + 64).map((f) => writeFile(join(tmp, f.path), f.text)));
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dirname(dir), { recursive: true });
  await rename(tmp, dir);
  return { dir, manifest, cached: false };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { n: { type: 'string', default: '200' }, seed: { type: 'string', default: '1' }, out: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  const n = Number(values.n);
  if (!Number.isInteger(n) || n < 1) {
    console.error('用法：node scripts/synthetic/generate.ts --n <乡镇数> [--seed 1] [--out 目录] [--force]');
    process.exit(2);
  }
  const t0 = performance.now();
  const { dir, manifest, cached } = await ensureDataset(n, values.seed!, values.out ? resolve(values.out) : undefined, values.force);
  console.log(
    `${cached ? '已存在（未重新生成）' : '已生成'}：${dir}\n${manifest.n} 个合成乡镇、${manifest.counties} 个县区、${manifest.withIssuer} 个有发文机关（正式 PDF）；` +
      `${((performance.now() - t0) / 1000).toFixed(1)} 秒`,
  );
}
