/**
 * The article's own title. `<title>` usually carries the column and site name
 * (`标题_栏目_某某网`) and is the first thing a hijack rewrites, so the title printed on the
 * page wins: `ArticleTitle` / `og:title` / `h1` when `<title>` contains it, else the leading part
 * of `<title>` that the page also prints as a line of its own (old layouts put the title in a
 * bold table cell, not an `h1`).
 */
import { collapseSpace } from '../dom/text';

const SEPARATOR = /\s*(?:_|\||｜|--|——|-|–|—|::)\s*/;

function candidates(doc: Document): string[] {
  const list: string[] = [];
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content');
  for (const v of [meta('meta[name="ArticleTitle" i]'), meta('meta[property="og:title"]'), meta('meta[name="twitter:title"]')]) if (v) list.push(v);
  for (const h of Array.from(doc.querySelectorAll('h1')).slice(0, 3)) list.push(h.textContent ?? '');
  return list.map(collapseSpace).filter((t) => t.length >= 4 && t.length <= 200);
}

/** Leading parts of `<title>` split at site/column separators, longest first. */
function titlePrefixes(docTitle: string): string[] {
  const parts = docTitle.split(SEPARATOR);
  const seps = docTitle.match(new RegExp(SEPARATOR.source, 'g')) ?? [];
  const out: string[] = [];
  let acc = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    out.push(acc);
    acc += (seps[i - 1] ?? '') + parts[i];
  }
  return out.filter((p) => p.length >= 4).reverse();
}

/** Whether some element of the body has exactly `text` as its whole text. */
function printedAsLine(doc: Document, text: string): boolean {
  const body = doc.body;
  if (!body || !body.textContent?.includes(text.slice(0, 8))) return false;
  for (const el of Array.from(body.querySelectorAll('h1, h2, h3, strong, b, td, div, p, span, font'))) {
    const own = el.textContent ?? '';
    if (own.length < text.length || own.length > text.length * 2 + 20) continue;
    if (collapseSpace(own) === text) return true;
  }
  return false;
}

/** Picks the article title from the page, falling back to `fallback` (Readability's choice). */
export function pickTitle(doc: Document, fallback: string): string {
  const docTitle = collapseSpace(doc.title ?? '');
  const found = candidates(doc);
  const inTitle = found.filter((c) => docTitle.includes(c)).sort((a, b) => b.length - a.length)[0];
  if (inTitle) return inTitle;
  const printed = titlePrefixes(docTitle).find((p) => printedAsLine(doc, p));
  if (printed) return printed;
  const fb = collapseSpace(fallback);
  return fb || found[0] || docTitle;
}
