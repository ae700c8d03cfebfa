/**
 * Matching the team's spam lexicon (`lexicon-data.ts`) in a text, in both scripts and through
 * the Unicode tricks that `normalize.ts` undoes. A match is evidence, never a verdict on its own:
 * the detectors combine it with where and how the text appears.
 */
import { LEXICON, type SpamCategory } from './lexicon-data';
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

/** Terms by first character, longest first: a scan looks up each character once. */
const BY_FIRST = new Map<string, Term[]>();
for (const t of TERMS) {
  const first = t.term[0]!;
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), t].sort((a, b) => b.term.length - a.term.length));
}

const ASCII_WORD = /[a-z0-9]/;

/** Code units that start a term: the scan skips every other position without making a string of it. */
const STARTS = new Uint8Array(0x10000);
for (const t of TERMS) STARTS[t.term.charCodeAt(0)] = 1;

interface Hit {
  term: Term;
  start: number;
  end: number;
}

/** Every (non-overlapping, longest-first) term occurrence in an already folded string. */
function scan(folded: string, accept: (start: number, end: number) => boolean = () => true): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < folded.length; ) {
    if (!STARTS[folded.charCodeAt(i)]) {
      i++;
      continue;
    }
    const list = BY_FIRST.get(folded[i]!);
    let matched: Term | undefined;
    if (list) {
      for (const t of list) {
        if (!folded.startsWith(t.term, i)) continue;
        const end = i + t.term.length;
        // ASCII terms match on word boundaries only (`av` must not match inside `java`).
        if (ASCII_WORD.test(t.term[0]!) && i > 0 && ASCII_WORD.test(folded[i - 1]!)) continue;
        if (/[a-z]/.test(t.term[t.term.length - 1]!) && end < folded.length && /[a-z]/.test(folded[end]!)) continue;
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

function letters(text: string): number {
  let n = 0;
  for (const ch of text) if (LETTER.test(ch)) n++;
  return n;
}

const SEPARATOR = new RegExp(`^${INNER_SEPARATORS.source}$`);

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
    for (const ch of folded) {
      if (SEPARATOR.test(ch)) {
        gap = seen;
        continue;
      }
      for (let i = 0; i < ch.length; i++) out.push(i === 0 && gap);
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

/** Spam terms found in `text` (both scripts, after undoing Unicode tricks). */
export function matchLexicon(text: string): LexiconMatch {
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
