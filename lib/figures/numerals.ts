/**
 * Numbers as Chinese official and news prose writes them: Arabic (thousands separators,
 * decimals; full-width digits are made ASCII by `normalizeWidth` first), Chinese numerals
 * (三千五百万, 两, 〇, 一点五), mixed (1.2万亿, 3.5萬), fractions (1/3, 三分之一) and 百分之/千分之.
 */

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
/** Powers of ten of the multiplier characters (1.2万亿 = 1.2e12). */
const POW: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 萬: 4, 亿: 8, 億: 8, 兆: 12 };

/** A number read at some index of the normalised text. */
export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** How it was written. */
  kind: 'arabic' | 'chinese' | 'fraction' | 'percent';
  /** Power of ten written as characters after the digits (3.5万 → 4); 0 when none. */
  power: number;
  /** 余/多 between the number and its multiplier or unit (10余万, 200多家). */
  over: boolean;
  /** For `percent`: the unit the words stand for (百分之 → %, 千分之 → ‰). */
  unit?: string;
  /** The numeral characters alone, e.g. `一`, `两`, `百`, `三千五百万`. */
  numeral: string;
}

// 千 starts the units 千瓦 千克 千米 千伏 千帕, 兆 the units 兆瓦 兆赫: never a multiplier there.
// 兆 (10^12 in Taiwan and Hong Kong usage) only after Arabic digits (1.2兆元).
const MULT_CHARS = '(?:[十百万萬亿億]|千(?![瓦克米伏帕])|兆(?![瓦赫帕焦字位]))';
const CN_RUN = new RegExp(`(?:[〇零一二两兩三四五六七八九]|(?:[十百万萬亿億]|千(?![瓦克米伏帕])))+(?:[点點][〇零一二三四五六七八九]+(?:[万萬亿億])*)?`, 'y');
const ARABIC = /\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?/y;
const ARABIC_MULT = new RegExp(`(余|餘|多)?(${MULT_CHARS}{1,3})?(余|餘|多)?`, 'y');
const CN_MULT = /(余|餘|多)?([万萬亿億]{1,2})?/y;
const PARTS_OF = /(百|千|[〇零一二两兩三四五六七八九十百千万萬]+|\d+)分之([〇零一二两兩三四五六七八九十百千]+(?:[点點][〇零一二三四五六七八九]+)?|\d+(?:\.\d+)?)/y;

function at(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/** Exact decimal scaling: Number('369.7e8') is 36970000000, 369.7 * 1e8 is not. */
export function scaled(digits: string, power: number): number {
  return power ? Number(`${digits}e${power}`) : Number(digits);
}

/**
 * Value of a run of Chinese numerals, or null when the run is not a number (十四五, a name;
 * 一二, a list). A run of digits only (二〇二三) reads digit by digit.
 */
export function parseChineseNumeral(run: string): number | null {
  const dot = run.search(/[点點]/);
  if (dot >= 0) {
    const tail = /^([〇零一二三四五六七八九]+)([万萬亿億]*)$/.exec(run.slice(dot + 1));
    const whole = parseChineseNumeral(run.slice(0, dot));
    if (!tail || whole === null || /[十百千万萬亿億]$/.test(run.slice(0, dot)) && run.slice(0, dot).length > 1 && !/^[一二两兩三四五六七八九]?十$/.test(run.slice(0, dot))) return null;
    const frac = [...tail[1]!].map((c) => DIGITS[c]).join('');
    const power = [...tail[2]!].reduce((p, c) => p + POW[c]!, 0);
    return scaled(`${whole}.${frac}`, power);
  }
  const chars = [...run];
  if (chars.length > 1 && chars.every((c) => c in DIGITS)) return Number(chars.map((c) => DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastBig = 0;
  let lastUnit = 0;
  let prevWasUnit = false;
  for (const c of chars) {
    if (c in DIGITS) {
      if (digit >= 0 && DIGITS[c] !== 0 && !(digit === 0)) return null;
      digit = DIGITS[c]!;
      prevWasUnit = false;
    } else if (c in SMALL) {
      const u = SMALL[c]!;
      if (lastUnit && u >= lastUnit && section) return null;
      section += (digit < 0 ? 1 : digit) * u;
      digit = -1;
      lastUnit = u;
      prevWasUnit = true;
    } else {
      const u = BIG[c]!;
      if (digit > 0) section += digit;
      digit = -1;
      if (!section && !total) section = 1;
      if (u > lastBig) total = (total + section) * u;
      else total += section * u;
      section = 0;
      lastBig = Math.max(lastBig, u);
      lastUnit = 0;
      prevWasUnit = true;
    }
  }
  if (digit > 0) {
    // 一百五 = 150, 三万五 = 35000: a last digit straight after a unit counts in the next lower place.
    if (prevWasUnit === false && chars.length >= 2 && !(chars.at(-2)! in DIGITS)) {
      const before = chars.at(-2)!;
      const place = before in SMALL ? SMALL[before]! / 10 : before in BIG ? BIG[before]! / 10 : 1;
      section += digit * place;
    } else section += digit;
  }
  return total + section;
}

/** Reads the number starting at `i` of the normalised text, or null. */
export function readNumber(src: string, i: number): NumberToken | null {
  const parts = at(PARTS_OF, src, i);
  if (parts) {
    const [whole, denom, numer] = parts;
    const num = /^\d/.test(numer!) ? Number(numer) : parseChineseNumeral(numer!);
    if (num !== null) {
      if (denom === '百' || denom === '千') {
        return { start: i, end: i + whole.length, value: num, kind: 'percent', power: 0, over: false, unit: denom === '百' ? '%' : '‰', numeral: whole };
      }
      const den = /^\d/.test(denom!) ? Number(denom) : parseChineseNumeral(denom!);
      if (den) return { start: i, end: i + whole.length, value: num / den, kind: 'fraction', power: 0, over: false, numeral: whole };
    }
  }
  const arabic = at(ARABIC, src, i);
  if (arabic) {
    const digits = arabic[0].replace(/,/g, '');
    let end = i + arabic[0].length;
    const frac = /^\/(\d+)(?![\d/])/.exec(src.slice(end, end + 12));
    if (frac && !digits.includes('.') && Number(frac[1]) > 0) {
      return { start: i, end: end + frac[0].length, value: Number(digits) / Number(frac[1]), kind: 'fraction', power: 0, over: false, numeral: arabic[0] + frac[0] };
    }
    const m = at(ARABIC_MULT, src, end)!;
    const mult = m[2] ?? '';
    const over = !!(m[1] || m[3]);
    if (m[1] && m[3]) return { start: i, end, value: Number(digits), kind: 'arabic', power: 0, over: false, numeral: arabic[0] };
    // 余/多 is taken before the multiplier (10余万) or before the unit (110余个, 200多家).
    const taken = mult ? m[0].length : m[1] ? m[1].length : 0;
    const power = [...mult].reduce((p, c) => p + POW[c]!, 0);
    end += taken;
    let value = scaled(digits, power);
    // 4萬5,013 = 45013, 1亿2000万 = 1.2亿: a smaller number straight after the multiplier adds to it.
    if (power >= 4 && !over && /\d/.test(src[end] ?? '')) {
      const rest = readNumber(src, end);
      if (rest && rest.kind === 'arabic' && !rest.over && rest.value < 10 ** power) {
        value += rest.value;
        end = rest.end;
      }
    }
    return { start: i, end, value, kind: 'arabic', power, over, numeral: src.slice(i, end) };
  }
  const cn = at(CN_RUN, src, i);
  if (cn) {
    const run = cn[0];
    let value = parseChineseNumeral(run);
    if (value === null) return null;
    let end = i + run.length;
    const m = at(CN_MULT, src, end)!;
    let over = false;
    let power = 0;
    if (m[1]) {
      over = true;
      end += m[1].length;
      if (m[2]) {
        power = [...m[2]].reduce((p, c) => p + POW[c]!, 0);
        value = scaled(String(value), power);
        end += m[2].length;
      }
    }
    const trailing = /([十百千万萬亿億]+)$/.exec(run);
    if (!power && trailing) power = [...trailing[1]!].reduce((p, c) => p + POW[c]!, 0);
    return { start: i, end, value, kind: 'chinese', power, over, numeral: run };
  }
  return null;
}

