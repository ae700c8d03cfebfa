/**
 * The article's own title. `<title>` usually carries the column and site name
 * (`标题_栏目_某某网`) and is the first thing a hijack rewrites, so the title printed on the
 * page wins: `ArticleTitle` / `og:title` / `h1` / a title-classed element when `<title>` contains
 * it, else the leading part of `<title>` that the page also prints as a line of its own (old
 * layouts put the title in a bold table cell, not an `h1`), else the declared or printed title.
 */
import { collapseSpace } from '../dom/text';
import { metaValue } from './meta-tags';
import { elementsByTag } from '../dom/walk';

const SEPARATOR = /\s*(?:_|\||｜|--|——|-|–|—|::|»)\s*/;

/** The page's `<h1>` and `<h2>` elements, in one walk (cached per body: callers ask several times per run). */
const HEADINGS = new WeakMap<Element, { h1: Element[]; h2: Element[]; size: number }>();
function headingsOf(body: Element): { h1: Element[]; h2: Element[] } {
  // The cache is only reused while the body keeps its children count (a page that changed is walked again).
  const size = body.childNodes.length;
  const cached = HEADINGS.get(body);
  if (cached && cached.size === size) return cached;
  const all = elementsByTag(body, ['H1', 'H2']);
  const heads = { h1: all.filter((h) => h.tagName === 'H1'), h2: all.filter((h) => h.tagName === 'H2'), size };
  HEADINGS.set(body, heads);
  return heads;
}

/**
 * Lets a caller that already walked `body` hand over its `<h1>`/`<h2>` elements (document order,
 * as `elementsByTag(body, ['H1', 'H2'])` finds them), so the title search does not walk it again.
 */
export function rememberHeadings(body: Element, headings: readonly Element[]): void {
  HEADINGS.set(body, { h1: headings.filter((h) => h.tagName === 'H1'), h2: headings.filter((h) => h.tagName === 'H2'), size: body.childNodes.length });
}

function candidates(doc: Document): { declared: string[]; printed: string[] } {
  const declared = [metaValue(doc, 'name:ArticleTitle'), metaValue(doc, 'property:og:title'), metaValue(doc, 'name:twitter:title')];
  const printed: string[] = [];
  const body = doc.body;
  if (body) {
    const heads = headingsOf(body);
    for (const h of heads.h1.slice(0, 3)) printed.push(h.textContent ?? '');
    for (const h of heads.h2.slice(0, 3)) printed.push(h.textContent ?? '');
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

function siteNameOf(doc: Document): string {
  return metaValue(doc, 'name:SiteName', 'property:og:site_name');
}

/** A trailing date (`标题 2014-04-30 14:49`): a title printed with its date on the same line. */
const TRAILING_DATE = /\s+(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** Every line and table cell of the page, whitespace collapsed. */
function shownSet(lines: readonly string[]): Set<string> {
  const shown = new Set<string>();
  for (const l of lines) {
    for (const cell of l.split('\t')) {
      const c = collapseSpace(cell);
      shown.add(c);
      // A title printed with its date on the same line (`标题 2014-04-30 14:49`).
      const undated = c.replace(TRAILING_DATE, '');
      if (undated !== c) shown.add(undated);
    }
  }
  return shown;
}

/** Whitespace as `collapseSpace` sees it. */
const SPACE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * `shownSet(lines).has(text)` without collapsing every cell of the page: a cell that collapses to
 * a text without whitespace (or to it and a date) holds that text verbatim, so only the cells
 * around its occurrences in the joined lines are collapsed and compared. Texts with whitespace
 * fall back to the set. On a large page only a few candidate titles are looked up. `join` returns
 * `lines.join('\n')` (shared by the stage's readers of a large page).
 */
function shownTest(lines: readonly string[], join: () => string = () => lines.join('\n')): (text: string) => boolean {
  let joined: string | undefined;
  let all: Set<string> | undefined;
  const isSep = (c: string | undefined) => c === '\t' || c === '\n';
  return (text) => {
    // (Lines with a line break of their own would blur the lines' boundaries in the joined text.)
    joined ??= lines.some((l) => l.includes('\n')) ? '' : join();
    if (!text || !joined || SPACE.test(text)) return (all ??= shownSet(lines)).has(text);
    for (let at = joined.indexOf(text), seen = 0; at >= 0; at = joined.indexOf(text, at + 1)) {
      // A text printed all over the page: the set is then the cheaper answer.
      if (++seen > 64) return (all ??= shownSet(lines)).has(text);
      let start = at;
      while (start > 0 && !isSep(joined[start - 1])) start--;
      let end = at + text.length;
      while (end < joined.length && !isSep(joined[end])) end++;
      const c = collapseSpace(joined.slice(start, end));
      if (c === text || c.replace(TRAILING_DATE, '') === text) return true;
    }
    return false;
  };
}

/**
 * Picks the article title. `lines` are the page's block-text lines (cells split by tabs);
 * `fallback` is used when nothing better is found.
 */
export function pickTitle(doc: Document, lines: readonly string[], fallback = '', join?: () => string): string {
  const docTitle = collapseSpace(doc.title ?? '');
  const { declared, printed } = candidates(doc);
  const shown = { has: shownTest(lines, join) };
  const siteName = siteNameOf(doc);
  // A declared title that carries the site name (`标题 - 栏目 - 网站`) stands for its printed leading part.
  const trimmed = declared.map((c) => (shown.has(c) ? c : titleParts(c).find((p) => c.startsWith(p) && shown.has(p)) ?? c));
  const all = [...trimmed, ...printed].filter((c) => c !== siteName);
  // The longest of: a candidate that <title> contains, a leading part of <title> printed as a line.
  // (Blogs that put the site name first are set right by `titleAboveArticle`.)
  const leading = titleParts(docTitle).filter((p) => p !== siteName && shown.has(p) && docTitle.startsWith(p));
  const best = [...all.filter((c) => docTitle.includes(c)), ...leading].sort((a, b) => b.length - a.length)[0];
  if (best) return best;
  const shownDeclared = declared.find((c) => shown.has(c));
  if (shownDeclared) return shownDeclared;
  if (declared[0]) return declared[0];
  const h1 = collapseSpace((doc.body ? headingsOf(doc.body).h1 : []).map((h) => h.textContent ?? '').find((t) => collapseSpace(t).length >= 6 && collapseSpace(t) !== siteName) ?? '');
  return h1 || collapseSpace(fallback) || docTitle;
}

/** Whether `title` is a title the page declares (`ArticleTitle`, `og:title`) and also prints. */
export function declaredAndShown(doc: Document, lines: readonly string[], title: string, join?: () => string): boolean {
  return candidates(doc).declared.includes(title) && shownTest(lines, join)(title);
}

/**
 * The title as printed right above the article: among the strings that could be the title
 * (declared titles, parts of `<title>`, headings that `<title>` contains), the one printed
 * nearest above (or as) the article's first line `firstLine`. Empty when none is.
 */
export function titleAboveArticle(doc: Document, lines: readonly string[], firstLine: string): string {
  const docTitle = collapseSpace(doc.title ?? '');
  const siteName = siteNameOf(doc);
  const { declared, printed } = candidates(doc);
  const evidence = new Set([...declared, ...printed.filter((c) => docTitle.includes(c)), ...titleParts(docTitle), docTitle].filter((c) => c && c !== siteName));
  const first = collapseSpace(firstLine);
  const start = lines.findIndex((l) => collapseSpace(l) === first);
  if (start < 0) return '';
  for (let i = start; i >= 0 && i >= start - 15; i--) {
    for (const cell of lines[i]!.split('\t')) {
      const c = collapseSpace(cell);
      if (evidence.has(c)) return c;
    }
  }
  return '';
}
