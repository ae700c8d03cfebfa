/**
 * The article's own title. `<title>` usually carries the column and site name
 * (`标题_栏目_某某网`) and is the first thing a hijack rewrites, so the title printed on the
 * page (`h1`, `ArticleTitle`, `og:title`) wins when `<title>` contains it or there is no `<title>`.
 */
import { collapseSpace } from '../dom/text';

function candidates(doc: Document): string[] {
  const list: string[] = [];
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content');
  for (const v of [meta('meta[name="ArticleTitle" i]'), meta('meta[property="og:title"]'), meta('meta[name="twitter:title"]')]) if (v) list.push(v);
  for (const h of Array.from(doc.querySelectorAll('h1')).slice(0, 3)) list.push(h.textContent ?? '');
  return list.map(collapseSpace).filter((t) => t.length >= 4 && t.length <= 200);
}

/** Picks the article title from the page, falling back to `fallback` (Readability's choice). */
export function pickTitle(doc: Document, fallback: string): string {
  const docTitle = collapseSpace(doc.title ?? '');
  const found = candidates(doc);
  const inTitle = found.filter((c) => docTitle.includes(c)).sort((a, b) => b.length - a.length)[0];
  if (inTitle) return inTitle;
  const fb = collapseSpace(fallback);
  return fb || found[0] || docTitle;
}
