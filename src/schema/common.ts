import { z } from 'astro/zod';

/**
 * Building blocks shared by the concept schemas. Each is a factory so that every use
 * gets its own description (JSON Schema and editor hover text are per field).
 */

/** Upper bound for any head-count: no township has 100,000 staff; 10⁹ is a typo. */
export const MAX_COUNT = 100_000;

/** A head-count (编制数、职数): a whole number ≥ 0, or `null` when the source does not publish it (未公布). */
export const count = (description: string) =>
  z.number().int().min(0).max(MAX_COUNT).nullable().describe(description);

/** A count that must be known (not nullable). */
export const knownCount = (description: string) =>
  z.number().int().min(0).max(MAX_COUNT).describe(description);

/** A non-empty single-line-ish text field. Leading/trailing whitespace is trimmed. */
export const text = (description: string) => z.string().trim().min(1).describe(description);

/**
 * A date as the source gives it: ISO `2020-11-30`, a month `2020-11`, a year `2020`,
 * or `--10-28` when the source gives a day without a year (never guess the year).
 */
export const partialDate = (description: string) =>
  z
    .string()
    .regex(/^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$/, {
      message: '日期格式应为 2020-11-30、2020-11、2020 或 --10-28（来源未给出年份时）',
    })
    .describe(description);

/** 文号 such as `郎发〔2020〕14号`: 机关代字, full year in 六角括号 〔〕, number without leading zeros. */
export const docNumber = (description: string) =>
  z
    .string()
    .trim()
    .regex(/^[\u4e00-\u9fa5A-Za-z]+〔\d{4}〕[1-9]\d*号$/, {
      message: '文号格式应为“机关代字〔年份〕序号号”，如 郎发〔2020〕14号（六角括号〔〕，序号不加“第”、不编虚位）',
    })
    .describe(description);

/** A slug used as an id inside a file: lowercase ASCII letters, digits and hyphens. */
export const idSlug = (description: string) =>
  z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: '标识只能由小写字母、数字和连字符组成，如 dangzheng-office' })
    .describe(description);

/** A reference to another township by its slug (`anhui/langxi/biqiao`); never `..`, never absolute. */
export const slugReference = (description: string) =>
  z
    .string()
    .regex(/^[\p{L}\p{N}_-]+(\/[\p{L}\p{N}_-]+){0,3}$/u, { message: '应为乡镇的路径标识，如 anhui/langxi/biqiao（不能含 .. 或以 / 开头）' })
    .describe(description);
