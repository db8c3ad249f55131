import type { z } from 'astro/zod';

/**
 * The one place where a zod issue becomes a sentence an editor understands, in Chinese.
 * Used for content files, rule profiles, configuration and component props alike.
 */
export function friendlyIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const field = issue.path.length ? `字段 ${formatPath(issue.path)}：` : '';
  return field + describe(issue, valueAt(input, issue.path));
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是/否（true 或 false）',
  array: '列表',
  object: '对象（键值对）',
  null: '空值',
  undefined: '未填写',
};

const FULL_WIDTH_DIGITS = /^[－+]?[０-９]+([．.][０-９]+)?$/;
const CHINESE_NUMERALS = /^[零〇一二两三四五六七八九十百千万]+$/;

function describe(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return '缺少必填字段';
      if (issue.expected === 'int' && typeof value === 'number') return `应为整数，实际为 ${value}`;
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if ((issue.expected === 'number' || issue.expected === 'int') && typeof value === 'string') {
        if (FULL_WIDTH_DIGITS.test(value.trim())) {
          return `应为半角数字，不能使用全角数字“${value}”（应写作 ${toHalfWidth(value.trim())}）`;
        }
        if (CHINESE_NUMERALS.test(value.trim())) return `应为阿拉伯数字，不能写成汉字“${value}”`;
        if (/^-?\d+(\.\d+)?$/.test(value.trim())) return `应为数字，不要加引号（写作 ${value.trim()}）`;
      }
      if (issue.expected === 'string' && typeof value === 'number') {
        return `应为文本，实际是数字 ${value}（代码、编号等由数字组成的文本请加引号，如 '${value}'）`;
      }
      return `应为${expected}，实际是${typeName(value)}${typeof value === 'string' ? `“${clip(value)}”` : ''}`;
    }
    case 'too_small': {
      if (issue.origin === 'array') return `至少需要 ${issue.minimum} 项`;
      if (issue.origin === 'string') return '不能为空';
      return `不能小于 ${issue.minimum}${value !== undefined ? `（实际为 ${String(value)}）` : ''}`;
    }
    case 'too_big': {
      if (issue.origin === 'string') return `过长（最多 ${issue.maximum} 个字符）`;
      if (issue.origin === 'array') return `最多 ${issue.maximum} 项`;
      return `数值过大：${String(value)} 超过上限 ${issue.maximum}（请检查是否多写了零）`;
    }
    case 'invalid_value':
      return `“${clip(String(value))}”不是有效取值，应为 ${issue.values.map(String).join('、')} 之一`;
    case 'unrecognized_keys':
      return `未知字段 ${issue.keys.map((k) => `“${k}”`).join('、')}（请检查拼写，字段名见 JSON Schema）`;
    case 'invalid_format':
    case 'custom':
      return issue.message && !/^Invalid/.test(issue.message) ? issue.message : `格式不正确：“${clip(String(value))}”`;
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的整数倍`;
    case 'invalid_union':
      return '取值不符合任何允许的格式';
    default:
      return issue.message;
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function typeName(v: unknown): string {
  if (v === null) return TYPE_NAMES.null;
  if (Array.isArray(v)) return TYPE_NAMES.array;
  return TYPE_NAMES[typeof v] ?? typeof v;
}

function clip(s: string): string {
  return s.length > 30 ? `${s.slice(0, 30)}…` : s;
}

function toHalfWidth(s: string): string {
  return s.replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
