import { describe, expect, it } from 'vitest';
import { layoutOrgChart, layoutOrgChartNarrow, NARROW_WIDTH, orgChart, wrapText } from '../../../../src/model/org-chart.ts';
import { township } from './content.ts';

describe('orgChart', () => {
  it('hangs 毕桥镇 bodies under its five platforms, the rest in their own group', async () => {
    const chart = orgChart(await township('anhui/langxi/biqiao'));
    expect(chart.root).toBe('镇党委、镇政府');
    expect(chart.groups.map((g) => g.name)).toEqual(['党群综合平台', '经济发展平台', '综合治理平台', '综合执法平台', '为民服务平台', '未归入平台的机构']);
    expect(chart.groups.flatMap((g) => g.bodies)).toHaveLength(8);
    expect(chart.stationed).toEqual([]);
  });

  it('falls back to categories without platforms and sets 派驻机构 apart', async () => {
    const chart = orgChart(await township('jiangxi/mouxian/mouxiang'));
    expect(chart.root).toBe('乡党委、乡政府');
    expect(chart.groups.map((g) => g.name)).toEqual(['党政机构', '事业单位']);
    expect(chart.stationed.map((b) => b.name)).toEqual(['司法所']);
  });
});

describe('layout', () => {
  it('draws every body once, inside the drawing, without overlaps', async () => {
    for (const slug of ['anhui/langxi/biqiao', 'jiangxi/mouxian/mouxiang']) {
      const chart = orgChart(await township(slug));
      for (const layout of [layoutOrgChart(chart), layoutOrgChartNarrow(chart)]) {
        const bodies = layout.boxes.filter((b) => b.role === 'body' || b.role === 'stationed');
        expect(bodies).toHaveLength(chart.groups.flatMap((g) => g.bodies).length + chart.stationed.length);
        for (const b of layout.boxes) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
          expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
          expect(b.baselines).toHaveLength(b.lines.length);
        }
        for (const [i, a] of layout.boxes.entries()) {
          for (const c of layout.boxes.slice(i + 1)) {
            const apart = a.x + a.width <= c.x || c.x + c.width <= a.x || a.y + a.height <= c.y || c.y + c.height <= a.y;
            expect(apart, `${a.lines.join('')} / ${c.lines.join('')}`).toBe(true);
          }
        }
      }
    }
  });

  it('keeps the phone layout at phone width', async () => {
    expect(layoutOrgChartNarrow(orgChart(await township('anhui/langxi/biqiao'))).width).toBe(NARROW_WIDTH);
  });

  it('wraps long names without starting a line with closing punctuation', () => {
    expect(wrapText('农业农村发展办公室乡村振兴办公室', 9)).toEqual(['农业农村发展办公室', '乡村振兴办公室']);
    expect(wrapText('综合行政执法大队（队）', 10)).toEqual(['综合行政执法大队', '（队）']);
    expect(wrapText('')).toEqual(['']);
  });
});
