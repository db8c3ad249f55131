import type { Body } from '../schema/body.ts';
import type { Township } from '../schema/township.ts';
import { platformMembership } from './platforms.ts';

/** A column of the chart under the township's leadership: a platform, or a category when there are none. */
export interface OrgGroup {
  name: string;
  /** 牵头 body of a platform. */
  lead?: Body;
  bodies: Body[];
}

/**
 * The structure the org chart shows, from the top: 党委、政府 → platforms (or, without platforms, the
 * categories 党政机构 / 事业单位) → bodies. 派驻机构 answer to county departments and are set apart.
 */
export interface OrgChart {
  root: string;
  groups: OrgGroup[];
  stationed: Body[];
}

/** 镇党委、镇政府 / 乡党委、乡政府 / 街道党工委、街道办事处. */
export function leadershipLabel(kind: Township['kind']): string {
  return kind === '街道' ? '街道党工委、街道办事处' : `${kind}党委、${kind}政府`;
}

export function orgChart(t: Pick<Township, 'kind' | 'bodies' | 'platforms'>): OrgChart {
  const stationed = t.bodies.filter((b) => b.category === '派驻机构');
  const { platforms, unassigned } = platformMembership(t);
  const groups: OrgGroup[] = platforms.map((p) => ({ name: p.platform.name, lead: p.lead, bodies: p.members }));
  if (groups.length === 0) {
    for (const category of ['党政机构', '事业单位'] as const) {
      const bodies = unassigned.filter((b) => b.category === category);
      if (bodies.length) groups.push({ name: category, bodies });
    }
  } else if (unassigned.length) {
    groups.push({ name: '未归入平台的机构', bodies: unassigned });
  }
  return { root: leadershipLabel(t.kind), groups, stationed };
}

/* ---- SVG layout, computed at build time: fixed metrics, no measuring of rendered text. ---- */

export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  /** Baseline of each line; text is centred on the box. */
  baselines: number[];
  /** root: leadership; group: platform/category header; body; stationed: 派驻 (drawn dashed). */
  role: 'root' | 'group' | 'body' | 'stationed';
}

export interface ChartLayout {
  width: number;
  height: number;
  boxes: ChartBox[];
  /** Connectors as SVG path data (orthogonal segments). */
  connectors: string[];
  /** Where the 派驻机构 column's caption goes, when there is one. */
  stationedCaption?: { x: number; y: number };
}


export const CHART_FONT_SIZE = 14;
const LINE_HEIGHT = 19;
const PAD = 8;
const BOX_WIDTH = 150;
const COLUMN_GAP = 24;
const INDENT = 14;
const ROW_GAP = 10;
const LEVEL_GAP = 36;
const MARGIN = 12;
/** CJK glyphs are square: this many fit in a box at the chart's font size. */
const CHARS_PER_LINE = Math.floor((BOX_WIDTH - INDENT - 2 * PAD) / CHART_FONT_SIZE);

/** Breaks a name into lines of at most `width` characters. */
export function wrapText(text: string, width = CHARS_PER_LINE): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let end = Math.min(i + width, chars.length);
    // Kinsoku: closing punctuation never starts a line, opening punctuation never ends one.
    while (end < chars.length && end - i > 1 && (/[）」』》〕，、。；：！？]/.test(chars[end]) || /[（「『《〔]/.test(chars[end - 1]))) end--;
    lines.push(chars.slice(i, end).join(''));
    i = end;
  }
  return lines.length ? lines : [''];
}

const boxHeight = (lines: string[]) => lines.length * LINE_HEIGHT + 2 * PAD;

function box(x: number, y: number, width: number, lines: string[], role: ChartBox['role']): ChartBox {
  // A CJK glyph's baseline sits about 0.8 em into its line box.
  const baselines = lines.map((_, i) => y + PAD + i * LINE_HEIGHT + Math.round(LINE_HEIGHT * 0.78));
  return { x, y, width, height: boxHeight(lines), lines, baselines, role };
}

export function layoutOrgChart(chart: OrgChart): ChartLayout {
  const boxes: ChartBox[] = [];
  const connectors: string[] = [];
  const columnWidth = BOX_WIDTH + COLUMN_GAP;
  const columns = chart.groups.length + (chart.stationed.length ? 1 : 0);
  const width = Math.max(1, columns) * columnWidth - COLUMN_GAP + 2 * MARGIN;

  const rootLines = wrapText(chart.root, 14);
  const rootWidth = Math.min(width - 2 * MARGIN, BOX_WIDTH * 1.6);
  const groupsSpan = Math.max(1, chart.groups.length) * columnWidth - COLUMN_GAP;
  const rootX = MARGIN + (groupsSpan - rootWidth) / 2;
  const root = box(rootX, MARGIN, rootWidth, rootLines, 'root');
  boxes.push(root);
  const rootBottom = root.y + root.height;
  const busY = rootBottom + LEVEL_GAP / 2;
  const groupTop = rootBottom + LEVEL_GAP;
  let height = groupTop;

  const column = (index: number, name: string, bodies: Body[], role: 'body' | 'stationed', headerRole: ChartBox['role']) => {
    const x = MARGIN + index * columnWidth;
    const headerLines = wrapText(name, CHARS_PER_LINE + 1);
    const header = box(x, groupTop, BOX_WIDTH, headerLines, headerRole);
    boxes.push(header);
    let y = header.y + header.height + ROW_GAP;
    const spineX = x + INDENT / 2;
    for (const b of bodies) {
      const lines = wrapText(b.name);
      const item = box(x + INDENT, y, BOX_WIDTH - INDENT, lines, role);
      boxes.push(item);
      connectors.push(`M${spineX} ${header.y + header.height}V${y + item.height / 2}H${item.x}`);
      y += item.height + ROW_GAP;
    }
    height = Math.max(height, y);
    return header;
  };

  chart.groups.forEach((g, i) => {
    const header = column(i, g.name, g.bodies, 'body', 'group');
    connectors.push(`M${rootX + rootWidth / 2} ${rootBottom}V${busY}H${header.x + BOX_WIDTH / 2}V${header.y}`);
  });
  let stationedCaption: ChartLayout['stationedCaption'];
  if (chart.stationed.length) {
    const header = column(chart.groups.length, '派驻机构', chart.stationed, 'stationed', 'group');
    stationedCaption = { x: header.x + BOX_WIDTH / 2, y: header.y - 8 };
  }
  return { width, height: height + MARGIN, boxes, connectors, stationedCaption };
}

/** Phone width: the same chart as one column — root, then each group with its bodies, stationed bodies last. */
export const NARROW_WIDTH = 320;

export function layoutOrgChartNarrow(chart: OrgChart): ChartLayout {
  const boxes: ChartBox[] = [];
  const connectors: string[] = [];
  const inner = NARROW_WIDTH - 2 * MARGIN;
  const perLine = Math.floor((inner - 2 * INDENT - 2 * PAD) / CHART_FONT_SIZE);
  const root = box(MARGIN, MARGIN, inner, wrapText(chart.root, perLine + INDENT / 7), 'root');
  boxes.push(root);
  const trunkX = MARGIN + INDENT / 2;
  let y = root.y + root.height + ROW_GAP;
  let lastGroupMid = root.y + root.height;
  let stationedCaption: ChartLayout['stationedCaption'];
  const group = (name: string, bodies: Body[], role: 'body' | 'stationed', attached: boolean) => {
    const header = box(MARGIN + INDENT, y, inner - INDENT, wrapText(name, perLine), 'group');
    boxes.push(header);
    if (attached) {
      connectors.push(`M${trunkX} ${lastGroupMid}V${header.y + header.height / 2}H${header.x}`);
      lastGroupMid = header.y + header.height / 2;
    }
    y = header.y + header.height + ROW_GAP;
    const spineX = header.x + INDENT / 2;
    for (const b of bodies) {
      const item = box(header.x + INDENT, y, inner - 2 * INDENT, wrapText(b.name, perLine), role);
      boxes.push(item);
      connectors.push(`M${spineX} ${header.y + header.height}V${item.y + item.height / 2}H${item.x}`);
      y = item.y + item.height + ROW_GAP;
    }
    y += ROW_GAP;
  };
  for (const g of chart.groups) group(g.name, g.bodies, 'body', true);
  if (chart.stationed.length) {
    y += LINE_HEIGHT;
    stationedCaption = { x: MARGIN + inner / 2, y: y - 6 };
    group('派驻机构', chart.stationed, 'stationed', false);
  }
  return { width: NARROW_WIDTH, height: y + MARGIN - ROW_GAP, boxes, connectors, stationedCaption };
}
