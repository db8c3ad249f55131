/** Splits a Markdown file into its YAML frontmatter and body. Line numbers stay those of the file. */
export type Frontmatter =
  | { ok: true; yaml: string; yamlLineOffset: number; body: string; bodyLineOffset: number }
  | { ok: false; message: string; line: number };

export function splitFrontmatter(text: string): Frontmatter {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    return { ok: false, line: 1, message: '缺少 YAML 前言：文件应以一行 --- 开头，结构化内容写在两行 --- 之间' };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) return { ok: false, line: 1, message: 'YAML 前言没有结束：缺少第二行 ---' };
  return {
    ok: true,
    yaml: lines.slice(1, close).join('\n'),
    yamlLineOffset: 1,
    body: lines.slice(close + 1).join('\n'),
    bodyLineOffset: close + 1,
  };
}
