import { CORE_SCHEMA, load as loadFast } from 'js-yaml';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export type YamlPath = readonly (string | number)[];

export interface Position {
  line: number;
  col: number;
}

/** Parsed YAML that remembers where every node came from, so any finding can name its line and column. */
export interface YamlSource {
  data: unknown;
  errors: { code: string; message: string; pos: Position }[];
  /** Position of the node at `path`, or of its nearest existing ancestor. */
  locate(path: YamlPath): Position;
}

/** Chinese wording of the YAML parser's error codes (the parser's own messages are English). */
const YAML_ERROR_MESSAGES: Record<string, string> = {
  TAB_AS_INDENT: 'YAML 缩进不能使用制表符（Tab），请改用空格',
  DUPLICATE_KEY: '字段重复：同一层级中同名字段只能出现一次',
  BAD_INDENT: 'YAML 缩进不一致',
  MISSING_CHAR: 'YAML 缺少闭合符号（引号、括号未闭合？）',
  UNEXPECTED_TOKEN: 'YAML 中出现意外的符号',
  BAD_DQ_ESCAPE: '双引号字符串中的转义序列无效',
  BLOCK_AS_IMPLICIT_KEY: 'YAML 结构有误：键的位置出现了块结构',
  MULTILINE_IMPLICIT_KEY: 'YAML 结构有误：键不能跨行（缺少冒号或引号未闭合？）',
  MULTIPLE_DOCS: '前言中只能有一个 YAML 文档',
  BAD_SCALAR_START: 'YAML 值不能以该字符开头，请加引号',
  BLOCK_IN_FLOW: '方括号/花括号内不能使用块结构',
  KEY_OVER_1024_CHARS: '键过长（超过 1024 个字符）',
  TAG_RESOLVE_FAILED: 'YAML 标签无法解析',
  BAD_ALIAS: 'YAML 别名无效',
  RESOURCE_EXHAUSTION: 'YAML 别名（*引用）展开过多：内容文件中请勿使用嵌套别名',
};

export function yamlErrorMessage(code: string, original: string): string {
  return YAML_ERROR_MESSAGES[code] ?? `YAML 语法错误（${code}）：${original.split('\n')[0]}`;
}

/**
 * Parses YAML text. `lineOffset` is the number of lines before the text in its file
 * (the `---` line of Markdown frontmatter) so that positions are file positions.
 */
export function parseYaml(text: string, lineOffset = 0): YamlSource {
  // Fast path (8x faster, 2.4x less memory at 10,000 townships; see docs/scale.md): js-yaml with the
  // YAML 1.2 core schema gives the data; the position-keeping Document is built only when a finding
  // needs a line number. Text that js-yaml refuses (including any alias, which it would share rather
  // than let us check for expansion bombs) takes the full parser, which gives the located Chinese messages.
  let data: unknown;
  try {
    data = loadFast(text, { schema: CORE_SCHEMA, maxAliases: 0 });
  } catch {
    return parseYamlDocument(text, lineOffset);
  }
  let full: YamlSource | undefined;
  return { data, errors: [], locate: (path) => (full ??= parseYamlDocument(text, lineOffset)).locate(path) };
}

function parseYamlDocument(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const toPos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, col };
  };
  const errors = doc.errors.map((e) => {
    const char = text[e.pos[0]];
    // The parser reports an unclosed quote or bracket where the text ends; the editor needs the place it was opened.
    const opened = unclosedOpening(text, e.code, e.message, e.pos[0]);
    if (opened) return { code: e.code, message: opened.message, pos: toPos(opened.offset) };
    if (e.code === 'DUPLICATE_KEY') {
      const key = /^(?:"([^"\n]*)"|'([^'\n]*)'|([^:\n]*?))\s*:/.exec(text.slice(e.pos[0]));
      const name = key && (key[1] ?? key[2] ?? key[3]);
      if (name) return { code: e.code, message: `字段“${name}”重复：同一层级中同名字段只能出现一次`, pos: toPos(e.pos[0]) };
    }
    const hint = ['UNEXPECTED_TOKEN', 'BAD_SCALAR_START'].includes(e.code) && char?.trim() ? `“${char}”：含 [ ] { } : # 等符号的文字请用引号括起` : '';
    return { code: e.code, message: yamlErrorMessage(e.code, e.message) + hint, pos: toPos(e.pos[0]) };
  });
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch {
      // Aliases that expand exponentially (a "billion laughs" file) are refused rather than expanded.
      const alias = text.search(/\*[\w-]/);
      errors.push({ code: 'RESOURCE_EXHAUSTION', message: yamlErrorMessage('RESOURCE_EXHAUSTION', ''), pos: toPos(Math.max(0, alias)) });
    }
  }
  return {
    data,
    errors,
    locate(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = nodeAt(doc.contents as Node | null, path.slice(0, depth));
        if (node?.range) return toPos(node.range[0]);
      }
      return { line: 1 + lineOffset, col: 1 };
    },
  };
}

/** Where an unclosed quote or bracket was opened, found by scanning back from where the parser gave up. */
function unclosedOpening(text: string, code: string, message: string, at: number): { offset: number; message: string } | undefined {
  if (code === 'MISSING_CHAR' && /quote/.test(message)) {
    const q = message.includes("'") ? "'" : '"';
    for (let i = Math.min(at, text.length) - 1; i >= 0; i--) {
      if (text[i] !== q) continue;
      if (q === '"') {
        let slashes = 0;
        while (text[i - 1 - slashes] === '\\') slashes++;
        if (slashes % 2 === 0) return { offset: i, message: `引号未闭合：此处的 ${q} 没有对应的结束引号` };
      } else {
        let run = 1;
        while (text[i - run] === q) run++;
        if (run % 2 === 1) return { offset: i - run + 1, message: `引号未闭合：此处的 ${q} 没有对应的结束引号` };
        i -= run - 1;
      }
    }
  }
  const bracket = code === 'BAD_INDENT' || code === 'MISSING_CHAR' ? /Flow (sequence|map)/.exec(message) : null;
  if (bracket) {
    const [open, close] = bracket[1] === 'sequence' ? ['[', ']'] : ['{', '}'];
    let depth = 0;
    for (let i = Math.min(at, text.length) - 1; i >= 0; i--) {
      if (text[i] === close) depth++;
      else if (text[i] === open && depth-- === 0) return { offset: i, message: `${open === '[' ? '方括号' : '花括号'}未闭合：此处的 ${open} 没有对应的 ${close}` };
    }
  }
  return undefined;
}

/** For a missing key the key itself does not exist; for a present one we want the value's position. */
function nodeAt(root: Node | null, path: YamlPath): Node | undefined {
  let node: unknown = root;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return undefined;
      node = pair.value ?? pair.key;
    } else if (node && typeof node === 'object' && 'items' in node && Array.isArray((node as { items: unknown[] }).items)) {
      node = (node as { items: unknown[] }).items[Number(seg)];
    } else {
      return undefined;
    }
    if (!node) return undefined;
  }
  return node as Node;
}
