import { describe, expect, it } from 'vitest';
import { renderNarrative } from '../../src/content/markdown/narrative.ts';

describe('narrative Markdown pipeline', () => {
  it('renders headings with ids from their text, lists and emphasis', () => {
    const html = renderNarrative('## 改革背景\n\n依据**郎发〔2020〕14号**：\n\n- 党群综合平台\n- 经济发展平台\n\n## 改革背景\n');
    expect(html).toContain('<h2 id="改革背景">改革背景</h2>');
    expect(html).toContain('<h2 id="改革背景-1">改革背景</h2>');
    expect(html).toContain('<strong>郎发〔2020〕14号</strong>');
    expect(html).toMatch(/<ul>\s*<li>党群综合平台<\/li>\s*<li>经济发展平台<\/li>\s*<\/ul>/);
  });

  it('is empty for an empty body', () => {
    expect(renderNarrative('  \n')).toBe('');
  });

  it('reduces raw HTML to the allow-list: no script, style, handler, iframe or javascript: link', () => {
    const html = renderNarrative(
      '<script>alert(1)</script>\n\n<style>body{background:url(https://evil.example/a.png)}</style>\n\n<p onclick="x()" id="location">段落</p>\n\n<iframe src="https://evil.example/"></iframe>\n\n[链接](javascript:alert(2))\n',
    );
    expect(html).not.toMatch(/<script|alert\(1\)|<style|evil\.example|onclick|<iframe|javascript:/i);
    expect(html).toContain('id="content-location"');
    expect(html).toContain('段落');
    expect(html).toContain('<a>链接</a>');
  });

  it('replaces an image from another host by its alt text and keeps one from this site', () => {
    const html = renderNarrative('![外部图片](https://evil.example/t.png)\n\n![本站图片](/assets/chart.png)\n');
    expect(html).not.toContain('evil.example');
    expect(html).toContain('外部图片');
    expect(html).toContain('<img src="/assets/chart.png" alt="本站图片">');
  });
});
