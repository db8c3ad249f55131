/**
 * Chinese numerals for the structure of an official document: 第N条 and （N） use Chinese
 * numerals, while dates and head-counts stay in Arabic digits (GB/T 9704 §9, GB/T 15835).
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (1…9999). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`no Chinese numeral for ${n}`);
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[d] + unit;
  });
  return out;
}

/** 第一条, 第十一条 … */
export const articleLabel = (n: number): string => `第${chineseNumeral(n)}条`;

/** （一）, （十二） … the second level of a list inside an article. */
export const itemLabel = (n: number): string => `（${chineseNumeral(n)}）`;
