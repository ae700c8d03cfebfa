/**
 * Text helpers for the figures scanner: a width-normalised copy of the text (same length, so
 * indices carry over), sentence spans, and UTF-16 → code-point offsets.
 */

const WIDE: Record<string, string> = { '％': '%', '．': '.', '／': '/', '－': '-', '～': '~', '：': ':' };

/**
 * The text with full-width digits and the symbols numbers use (％ ． ／ － ～ ：) made ASCII.
 * A full-width comma between full-width digits (２，５００) is a thousands separator. Every
 * replacement is one UTF-16 unit for one, so an index into the result is an index into `text`.
 */
export function normalizeWidth(text: string): string {
  return text
    .replace(/(?<=[０-９])，(?=[０-９]{3}(?![０-９]))/g, ',')
    .replace(/[０-９％．／－～：]/g, (c) => (c >= '０' && c <= '９' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : WIDE[c]!));
}

/** Sentence spans `[start, end)` in UTF-16 units: a sentence ends after 。！？!? or at a line break. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const re = /[。！？!?]+[”’」』"）)]*|\n/g;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    const last = m[0] === '\n' ? m.index : end;
    if (last > start) spans.push([start, last]);
    start = end;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/** Maps UTF-16 indices of one text to code-point offsets (identity when there is no astral character). */
export function codePointMapper(text: string): (index: number) => number {
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) astral.push(i);
  }
  if (!astral.length) return (i) => i;
  return (index) => {
    let lo = 0;
    let hi = astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (astral[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return index - lo;
  };
}
