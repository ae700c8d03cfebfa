/**
 * Qualifiers and bounds around a figure: 近 约 左右 (approx), 余 多 超 超过 逾 突破 以上 (over),
 * 不到 不足 以下 (under), and ranges (3至5万元, 3-5%).
 */
import type { FigureQualifier } from '../report';

type Bound = Exclude<FigureQualifier, 'range' | null>;
const PREFIXES = ([
  ['约为', 'approx'], ['約為', 'approx'], ['约有', 'approx'], ['約有', 'approx'], ['约合', 'approx'], ['約合', 'approx'],
  ['将近', 'approx'], ['將近', 'approx'], ['接近', 'approx'], ['大约', 'approx'], ['大約', 'approx'], ['约', 'approx'], ['約', 'approx'], ['近', 'approx'],
  ['不到', 'under'], ['不足', 'under'], ['不超过', 'under'], ['不超過', 'under'], ['低于', 'under'], ['低於', 'under'], ['少于', 'under'], ['少於', 'under'], ['最多', 'under'], ['至多', 'under'],
  ['超过', 'over'], ['超過', 'over'], ['突破', 'over'], ['多于', 'over'], ['多於', 'over'], ['至少', 'over'], ['不少于', 'over'], ['不少於', 'over'], ['不低于', 'over'], ['不低於', 'over'], ['逾', 'over'], ['超', 'over'],
] as [string, Bound][]).sort((a, b) => b[0].length - a[0].length);

/** Qualifier words written straight before index `i`, e.g. `超过` in `超过30%`. `近` after 最/附/接 is not one. */
export function prefixQualifier(src: string, i: number, multiplierOnly: boolean): { qualifier: FigureQualifier; length: number } | null {
  for (const [word, q] of PREFIXES) {
    if (src.endsWith(word, i)) {
      if (word === '近' && /[最附接将將]/.test(src[i - 2] ?? '')) continue;
      if (word === '超' && src[i - 2] === '赶') continue;
      return { qualifier: q, length: word.length };
    }
  }
  // 上百家, 破千亿: only before a bare multiplier (上 and 破 are too common elsewhere).
  if (multiplierOnly && /[上破]/.test(src[i - 1] ?? '')) return { qualifier: 'over', length: 1 };
  return null;
}

const SUFFIX = /(左右|上下(?![游级級班])|及以上|及以下|以上|以下|以内|以內|余|餘|多(?![元个個种種样樣次方年家项項措]))/y;

/** Qualifier written straight after the unit at index `i` (`左右`, `以上`, `以下`). */
export function suffixQualifier(src: string, i: number): { qualifier: FigureQualifier; length: number } | null {
  SUFFIX.lastIndex = i;
  const m = SUFFIX.exec(src);
  if (!m) return null;
  const w = m[1]!;
  const qualifier: FigureQualifier = w === '左右' || w === '上下' ? 'approx' : /以下|以内|以內/.test(w) ? 'under' : 'over';
  return { qualifier, length: w.length };
}

/** A range connector at `i` (至 到 ~ - — –), with its length, or 0. */
export function rangeConnector(src: string, i: number): number {
  const m = /(?:至|到|~|-|—{1,2}|–|－)/y;
  m.lastIndex = i;
  const r = m.exec(src);
  return r ? r[0].length : 0;
}
