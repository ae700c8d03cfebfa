/**
 * T9: visible spam lines appended to the article or the attachment area, such as the line at the
 * end of this project's source page. Judged on combined evidence: several distinct spam terms,
 * and the shape of a keyword list (short phrases joined by separators, no sentence punctuation).
 */
import type { SpamHit } from '../stage';
import { collapseSpace, BLOCK_TAGS } from '../dom/text';
import { matchLexicon } from './lexicon';

const SENTENCE_END = /[。！？；!?;]/;

/** Looks like a keyword list: several short items joined by `,` `-` `I` `_` `|` or spaces. */
export function hasStuffingShape(text: string): boolean {
  const items = text.split(/\s*[,，、|_\-]\s*|\s+I\s+|\s{2,}|\s/).filter(Boolean);
  if (items.length < 3) return false;
  const avg = items.reduce((n, s) => n + s.length, 0) / items.length;
  return avg <= 16 && !SENTENCE_END.test(text);
}

/** Text blocks (with no block children) whose text is a spam keyword line. */
export function findAppendedLines(doc: Document, skip: readonly Element[]): SpamHit[] {
  const hits: SpamHit[] = [];
  const body = doc.body;
  if (!body) return hits;
  for (const el of Array.from(body.querySelectorAll('p, div, span, li, td, font, center, a, h1, h2, h3, h4, h5, h6'))) {
    if (skip.some((s) => s.contains(el)) || hits.some((h) => h.element?.contains(el))) continue;
    if (Array.from(el.children).some((c) => BLOCK_TAGS.has(c.tagName.toUpperCase()))) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (text.length < 8 || text.length > 2000) continue;
    const lex = matchLexicon(text);
    if (lex.terms.length >= 2 && lex.score >= 2 && hasStuffingShape(text)) {
      hits.push({
        text,
        technique: 'T9',
        reason: `visible keyword line: ${lex.terms.slice(0, 4).join(', ')} (${lex.categories.join('/')})`,
        action: 'hidden',
        element: el,
      });
    }
  }
  return hits;
}
