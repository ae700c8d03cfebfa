/**
 * Matching the team's spam lexicon (`lexicon-data.ts`) in a text, in both scripts and through
 * the Unicode tricks that `normalize.ts` undoes. A match is evidence, never a verdict on its own:
 * the detectors combine it with where and how the text appears.
 */
import { LEXICON, type SpamCategory } from './lexicon-data';
import { FOLD_FROM, FOLD_TO } from './fold-chars';
import { foldText, INNER_SEPARATORS, plainText } from './normalize';

export type { SpamCategory } from './lexicon-data';

export interface Term {
  term: string;
  category: SpamCategory;
  weight: number;
}

function parseLexicon(): Term[] {
  const terms: Term[] = [];
  for (const [category, list] of Object.entries(LEXICON) as [SpamCategory, string][]) {
    for (const item of list.trim().split(/\s+/)) {
      const [term, weight] = item.split(':');
      if (!term || !weight) throw new Error(`bad lexicon entry "${item}"`);
      terms.push({ term: foldText(term), category, weight: Number(weight) });
    }
  }
  return terms;
}

export const TERMS: readonly Term[] = parseLexicon();

interface Entry {
  term: Term;
  /** Starts with an ASCII letter or digit: matches only after a non-word character. */
  asciiStart: boolean;
  /** Ends with an ASCII letter: matches only before a non-letter. */
  latinEnd: boolean;
}

/**
 * Terms by first code unit, longest first: a scan looks up each position once, without making a
 * string of it. A Map, read only where `STARTS` says a term may start: this module is evaluated on
 * every matched page before it is parsed, and a 65,536-slot array filled there, with a copy and
 * sort per term, took about 4 ms of that (Chromium, median over 40 corpus pages).
 */
const BY_FIRST = new Map<number, Entry[]>();
for (const term of TERMS) {
  const code = term.term.charCodeAt(0);
  const entry = { term, asciiStart: /[a-z0-9]/.test(term.term[0]!), latinEnd: /[a-z]/.test(term.term[term.term.length - 1]!) };
  const list = BY_FIRST.get(code);
  if (list) list.push(entry);
  else BY_FIRST.set(code, [entry]);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.term.term.length - a.term.term.length);

/** Code units that start a term: the scan skips every other position at once. */
const STARTS = new Uint8Array(0x10000);
for (const t of TERMS) STARTS[t.term.charCodeAt(0)] = 1;

function isLatin(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isAsciiWord(code: number): boolean {
  return isLatin(code) || (code >= 0x30 && code <= 0x39);
}

interface Hit {
  term: Term;
  start: number;
  end: number;
}

/** Every (non-overlapping, longest-first) term occurrence in an already folded string. */
function scan(folded: string, accept: (start: number, end: number) => boolean = () => true): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < folded.length; ) {
    const list = STARTS[folded.charCodeAt(i)] ? BY_FIRST.get(folded.charCodeAt(i)) : undefined;
    let matched: Term | undefined;
    if (list) {
      for (const { term: t, asciiStart, latinEnd } of list) {
        if (!folded.startsWith(t.term, i)) continue;
        const end = i + t.term.length;
        // ASCII terms match on word boundaries only (`av` must not match inside `java`).
        if (asciiStart && i > 0 && isAsciiWord(folded.charCodeAt(i - 1))) continue;
        if (latinEnd && end < folded.length && isLatin(folded.charCodeAt(end))) continue;
        if (!accept(i, end)) continue;
        matched = t;
        break;
      }
    }
    if (matched) {
      hits.push({ term: matched, start: i, end: i + matched.term.length });
      i += matched.term.length;
    } else i++;
  }
  return hits;
}

export interface LexiconMatch {
  /** Sum of the weights of the distinct terms found. */
  score: number;
  /** Distinct terms found (Simplified, folded). */
  terms: string[];
  categories: SpamCategory[];
  /** Weight of the heaviest term found. */
  strongest: number;
  /** Share of the text's letters (Han, ASCII letters and digits) covered by term occurrences. */
  density: number;
  /** Terms that only matched after undoing a Unicode trick (zero-width, full-width, look-alikes, separators inside the word). */
  tricked: string[];
}

const EMPTY: LexiconMatch = Object.freeze({ score: 0, terms: [], categories: [], strongest: 0, density: 0, tricked: [] }) as LexiconMatch;
const LETTER = /[\p{Script=Han}a-z0-9]/u;

/** Whether each code unit outside the surrogates is a letter (0 unknown, 1 yes, 2 no). */
const LETTER_OF = new Uint8Array(0x10000);

function letters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      // A supplementary character (CJK extensions) or a lone surrogate: rare, asked as the code point.
      const point = String.fromCodePoint(text.codePointAt(i)!);
      if (LETTER.test(point)) n++;
      i += point.length - 1;
      continue;
    }
    let letter = LETTER_OF[code]!;
    if (!letter) LETTER_OF[code] = letter = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    if (letter === 1) n++;
  }
  return n;
}

const SEPARATOR = new RegExp(`^${INNER_SEPARATORS.source}$`);
/** Whether each code unit is a separator (0 unknown, 1 yes, 2 no). */
const SEPARATOR_OF = new Uint8Array(0x10000);

/**
 * `folded` without inner separators; `gaps()` tells for each squeezed character whether
 * separators preceded it. The gaps are needed only to judge a term found across separators,
 * rare enough that they are computed on demand.
 */
function squeeze(folded: string): { squeezed: string; gaps: () => boolean[] } {
  const squeezed = folded.replace(INNER_SEPARATORS, '');
  if (squeezed.length === folded.length) return { squeezed, gaps: () => [] };
  let cached: boolean[] | null = null;
  const gaps = () => {
    if (cached) return cached;
    const out: boolean[] = [];
    let gap = false;
    let seen = false;
    // By code unit: separators are single units, and the second unit of a pair never follows a gap.
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      let sep = SEPARATOR_OF[code]!;
      if (!sep) SEPARATOR_OF[code] = sep = code < 0xd800 || code > 0xdfff ? (SEPARATOR.test(String.fromCharCode(code)) ? 1 : 2) : 2;
      if (sep === 1) {
        gap = seen;
        continue;
      }
      out.push(gap);
      seen = true;
      gap = false;
    }
    return (cached = out);
  };
  return { squeezed, gaps };
}

/** Whether the squeezed span [start, end) had no separators inside, or had them at most of its inner boundaries. */
function splitInside(gaps: boolean[], start: number, end: number): boolean {
  let split = 0;
  for (let i = start + 1; i < end; i++) if (gaps[i]) split++;
  return split === 0 || split * 2 >= end - start - 1;
}

/**
 * Quick proof that a text holds no term, for the common case: very few of a page's texts hold a
 * term at all. For the characters of `FOLDED_ALONE` (ASCII, Han, punctuation, symbols, kana,
 * Hangul…) `foldText` works character by character (NFKC changes them one by one: none is or
 * starts with a combining mark or composes with the character before it), so the squeezed text
 * is read code unit by code unit from a table of each character's fold, without building the
 * folded, lower-cased and squeezed strings. Any term occurrence, even one the full match would
 * then reject (word boundaries, separators between words), or any other character sends the
 * text to the full match.
 */
const UNKNOWN = 0;
/** A character outside `FOLDED_ALONE`: the full match decides. */
const OTHER = 1;
/** A character that folds to nothing or to separators only. */
const DROPPED = 2;
/** A character that folds to several code units (in `FOLDED_UNITS`, separators removed). */
const SEVERAL = 3;
/** Other values: this + the one code unit the character folds to. */
const ONE = 16;
const FOLD_OF = new Int32Array(0x10000);
const FOLDED_UNITS = new Map<number, string>();
const ALL_SEPARATORS = new RegExp(INNER_SEPARATORS.source, 'g');

/** Ranges of characters that `foldText` folds one by one (checked against the Unicode data: no combining marks, no second halves of compositions, no NFKC changes outside NFKC's candidates). */
export const FOLDED_ALONE: readonly (readonly [number, number])[] = [
  [0x0000, 0x00ff], [0x2000, 0x20cf], [0x2100, 0x27bf], [0x3000, 0x3029], [0x3030, 0x3098], [0x309d, 0x309e], [0x30a0, 0x30fe],
  [0x4e00, 0x9fff], [0xac00, 0xd7a3], [0xe000, 0xf8ff], [0xf900, 0xfaff], [0xfe30, 0xfe6f], [0xff01, 0xff5e],
];

/** Han characters fold to their Simplified form only (`foldText` without its string work: a page has thousands of distinct ones). */
const HAN_FOLD = new Uint16Array(0x10000);
for (let i = 0; i < FOLD_FROM.length; i++) HAN_FOLD[FOLD_FROM.charCodeAt(i)] = FOLD_TO.charCodeAt(i);

function foldOf(code: number): number {
  let kind = OTHER;
  if (code >= 0x4e00 && code <= 0x9fff) kind = ONE + (HAN_FOLD[code] || code);
  else if (FOLDED_ALONE.some(([from, to]) => code >= from && code <= to)) {
    const units = foldText(String.fromCharCode(code)).replace(ALL_SEPARATORS, '');
    if (!units) kind = DROPPED;
    else if (units.length === 1) kind = ONE + units.charCodeAt(0);
    else {
      kind = SEVERAL;
      FOLDED_UNITS.set(code, units);
    }
  }
  FOLD_OF[code] = kind;
  return kind;
}

/** A first test of a pair of code units (a hashed bitmap: most pairs of a page's text start no term). */
const PAIR_FILTER = new Uint8Array(0x10000);

function pairSlot(first: number, second: number): number {
  return ((first << 6) ^ second) & 0xffff;
}

/** Terms by their first code unit, then their second (every term has two or more); read only past `PAIR_FILTER`. */
const BY_PAIR = new Map<number, Map<number, string[]>>();
for (const t of TERMS) {
  const first = t.term.charCodeAt(0);
  let bySecond = BY_PAIR.get(first);
  if (!bySecond) BY_PAIR.set(first, (bySecond = new Map()));
  const list = bySecond.get(t.term.charCodeAt(1));
  if (!list) bySecond.set(t.term.charCodeAt(1), [t.term]);
  else if (!list.includes(t.term)) list.push(t.term);
  PAIR_FILTER[pairSlot(t.term.charCodeAt(0), t.term.charCodeAt(1))] = 1;
}

let squeezedUnits = new Uint16Array(1024);

function grow(units: Uint16Array, size: number): Uint16Array {
  const grown = new Uint16Array(Math.max(units.length * 2, size));
  grown.set(units);
  return (squeezedUnits = grown);
}

/** False when `text` certainly holds no term occurrence (squeezed or not); true when the full match must decide. */
export function mayHoldTerm(text: string): boolean {
  const n = text.length;
  // Room for one unit per character; a character that folds to several makes more room.
  let units = squeezedUnits.length >= n ? squeezedUnits : grow(squeezedUnits, n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let kind = FOLD_OF[code]!;
    if (kind === UNKNOWN) kind = foldOf(code);
    if (kind >= ONE) units[m++] = kind - ONE;
    else if (kind === OTHER) return true;
    else if (kind === SEVERAL) {
      const several = FOLDED_UNITS.get(code)!;
      if (m + several.length + n - i > units.length) units = grow(units, m + several.length + n - i);
      for (let k = 0; k < several.length; k++) units[m++] = several.charCodeAt(k);
    }
  }
  // A term found in the folded text is found in the squeezed one too: terms hold no separators.
  for (let j = 0; j + 1 < m; j++) {
    if (!PAIR_FILTER[pairSlot(units[j]!, units[j + 1]!)]) continue;
    const list = BY_PAIR.get(units[j]!)?.get(units[j + 1]!);
    if (!list) continue;
    for (const term of list) {
      if (j + term.length > m) continue;
      let k = 2;
      while (k < term.length && term.charCodeAt(k) === units[j + k]) k++;
      if (k === term.length) return true;
    }
  }
  return false;
}

/** Spam terms found in `text` (both scripts, after undoing Unicode tricks). */
export function matchLexicon(text: string): LexiconMatch {
  if (!mayHoldTerm(text)) return EMPTY;
  const folded = foldText(text);
  const { squeezed, gaps } = squeeze(folded);
  const latin = /[a-z]/.test(folded);
  // A term found only once separators are dropped counts when separators split it inside its
  // words (`六-合-彩`, `澳 门`), not when it merely spans two neighbouring words of a menu
  // (`國際 娛樂` must not read as 国际娱乐).
  const squeezedHits = scan(squeezed, (start, end) => splitInside(gaps(), start, end));
  // ASCII terms followed by a dropped separator (`bet365.com` → `bet365com`) are found unsqueezed.
  const foldedHits = latin ? scan(folded) : [];
  if (!squeezedHits.length && !foldedHits.length) return EMPTY;
  const byTerm = new Map<string, Term>();
  for (const h of [...squeezedHits, ...foldedHits]) byTerm.set(h.term.term, h.term);
  let covered = 0;
  for (const h of squeezedHits) covered += h.end - h.start;
  // Written openly, a term is in the plain text; otherwise a trick (zero-width, full-width,
  // look-alike, separators inside the word) hid it.
  const plain = plainText(text);
  const tricked = [...byTerm.keys()].filter((t) => !plain.includes(t));
  const terms = [...byTerm.values()];
  return {
    score: round(terms.reduce((n, t) => n + t.weight, 0)),
    terms: terms.map((t) => t.term),
    categories: [...new Set(terms.map((t) => t.category))],
    strongest: Math.max(...terms.map((t) => t.weight)),
    density: Math.min(1, covered / Math.max(1, letters(squeezed))),
    tricked,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
