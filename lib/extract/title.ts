/**
 * The article's own title. `<title>` usually carries the column and site name
 * (`标题_栏目_某某网`) and is the first thing a hijack rewrites, so the title printed on the
 * page wins: `ArticleTitle` / `og:title` / `h1` / a title-classed element when `<title>` contains
 * it, else the leading part of `<title>` that the page also prints as a line of its own (old
 * layouts put the title in a bold table cell, not an `h1`), else the declared or printed title.
 */
import { collapseSpace } from '../dom/text';

const SEPARATOR = /\s*(?:_|\||｜|--|——|-|–|—|::|»)\s*/;

function candidates(doc: Document): { declared: string[]; printed: string[] } {
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? '';
  const declared = [meta('meta[name="ArticleTitle" i]'), meta('meta[property="og:title"]'), meta('meta[name="twitter:title"]')];
  const printed: string[] = [];
  const body = doc.body;
  if (body) {
    for (const h of Array.from(body.getElementsByTagName('h1')).slice(0, 3)) printed.push(h.textContent ?? '');
    for (const h of Array.from(body.getElementsByTagName('h2')).slice(0, 3)) printed.push(h.textContent ?? '');
  }
  const ok = (t: string) => t.length >= 4 && t.length <= 200;
  return { declared: declared.map(collapseSpace).filter(ok), printed: printed.map(collapseSpace).filter(ok) };
}

/** Parts of `<title>` between site/column separators (single parts and runs of them), longest first. */
function titleParts(docTitle: string): string[] {
  const parts = docTitle.split(SEPARATOR);
  const seps = docTitle.match(new RegExp(SEPARATOR.source, 'g')) ?? [];
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    let acc = parts[i]!;
    out.push(acc);
    for (let j = i + 1; j < parts.length; j++) {
      acc += (seps[j - 1] ?? '') + parts[j];
      out.push(acc);
    }
  }
  return out.filter((p) => p.length >= 4 && p !== docTitle).sort((a, b) => b.length - a.length);
}

/**
 * Picks the article title. `lines` are the page's block-text lines (cells split by tabs);
 * `fallback` is used when nothing better is found (Readability's title).
 */
export function pickTitle(doc: Document, lines: readonly string[], fallback = ''): string {
  const docTitle = collapseSpace(doc.title ?? '');
  const { declared, printed } = candidates(doc);
  const shown = new Set<string>();
  for (const l of lines) for (const cell of l.split('\t')) shown.add(collapseSpace(cell));
  const all = [...declared, ...printed];
  // The longest of: a candidate that <title> contains, a part of <title> printed as a line.
  const inTitle = all.filter((c) => docTitle.includes(c));
  const prefix = titleParts(docTitle).find((p) => shown.has(p));
  const best = [...inTitle, ...(prefix ? [prefix] : [])].sort((a, b) => b.length - a.length)[0];
  if (best) return best;
  const shownDeclared = declared.find((c) => shown.has(c));
  if (shownDeclared) return shownDeclared;
  if (declared[0]) return declared[0];
  const siteName = collapseSpace(doc.querySelector('meta[name="SiteName" i]')?.getAttribute('content') ?? '');
  const h1 = collapseSpace(Array.from(doc.body?.getElementsByTagName('h1') ?? []).map((h) => h.textContent ?? '').find((t) => collapseSpace(t).length >= 6 && collapseSpace(t) !== siteName) ?? '');
  return h1 || collapseSpace(fallback) || docTitle;
}
