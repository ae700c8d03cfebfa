/**
 * Section numbers at the start of a line, as Chinese official documents write them
 * (GB/T 9704-2012: 一、 → （一） → 1. → （1）) and as laws and regulations do
 * (第一编 → 第一章 → 第一节 → 第一条), reports' parts (第一部分), and circled numbers (①).
 */

/** Numbering families, from the outermost to the innermost. */
export type NumberingFamily = 'bian' | 'bufen' | 'zhang' | 'jie' | 'tiao' | 'cjk' | 'paren-cjk' | 'arabic' | 'paren-arabic' | 'circled';

/** Nesting order of the families: a lower rank encloses a higher one. */
export const FAMILY_RANK: Record<NumberingFamily, number> = {
  bian: 0,
  bufen: 1,
  zhang: 2,
  jie: 3,
  tiao: 4,
  cjk: 5,
  'paren-cjk': 6,
  arabic: 7,
  'paren-arabic': 8,
  circled: 9,
};

export interface Numbering {
  family: NumberingFamily;
  /** The number itself (一 → 1, 十二 → 12, ③ → 3). */
  value: number;
  /** The marker as written, delimiter and following space included (`（一）`, `1. `, `第一章 `). */
  marker: string;
  /** The text after the marker (the section's title, or the sentence of a run-in heading). */
  rest: string;
}

const CJK_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23, 一百零五 → 105; also plain digits. NaN when not a number. */
export function cjkNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch in CJK_DIGITS) digit = CJK_DIGITS[ch]!;
    else if (ch === '十') {
      total += (digit < 0 ? 1 : digit) * 10;
      digit = -1;
    } else if (ch === '百') {
      total += (digit < 0 ? 1 : digit) * 100;
      digit = -1;
    } else return NaN;
  }
  return total + (digit < 0 ? 0 : digit);
}

const CJK_NUM = '[一二三四五六七八九十百零〇两兩]+';
const SPACE = '[\\s\\u00a0\\u3000]*';

/** Patterns in nesting order; the first group is the number. Full-width digits are folded first. */
const PATTERNS: [NumberingFamily, RegExp][] = [
  ['bian', new RegExp(`^第(${CJK_NUM}|\\d{1,3})[编編](?![制辑輯])${SPACE}`)],
  ['bufen', new RegExp(`^第(${CJK_NUM}|\\d{1,3})部分${SPACE}`)],
  ['zhang', new RegExp(`^第(${CJK_NUM}|\\d{1,3})章${SPACE}`)],
  ['jie', new RegExp(`^第(${CJK_NUM}|\\d{1,3})[节節]${SPACE}`)],
  ['tiao', new RegExp(`^第(${CJK_NUM}|\\d{1,3})[条條](?![例])${SPACE}`)],
  // `一、`, `一．`, and `一.` (not `一.5`).
  ['cjk', new RegExp(`^(${CJK_NUM})${SPACE}(?:[、．]|\\.(?!\\d))${SPACE}`)],
  ['paren-cjk', new RegExp(`^[（(]${SPACE}(${CJK_NUM})${SPACE}[）)]${SPACE}`)],
  // `1.` but not `1.5亿元`; `1、`; `1．`.
  ['arabic', new RegExp(`^(\\d{1,2})${SPACE}(?:[、．]|\\.(?!\\d))${SPACE}`)],
  ['paren-arabic', new RegExp(`^[（(]${SPACE}(\\d{1,2})${SPACE}[）)]${SPACE}`)],
  ['circled', /^([\u2460-\u2473])[\s\u00a0\u3000]*/],
];

function foldDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** The section number a line starts with, or null. */
export function parseNumbering(text: string): Numbering | null {
  const folded = foldDigits(text);
  for (const [family, re] of PATTERNS) {
    const m = re.exec(folded);
    if (!m) continue;
    const value = family === 'circled' ? m[1]!.charCodeAt(0) - 0x2460 + 1 : cjkNumber(m[1]!);
    if (!Number.isFinite(value) || value <= 0) continue;
    return { family, value, marker: text.slice(0, m[0].length), rest: text.slice(m[0].length) };
  }
  return null;
}
