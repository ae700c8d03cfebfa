/**
 * Is this page an article? Readability's own `isProbablyReaderable` wants one paragraph of 140+
 * characters and says "no" to Chinese pages made of many short paragraphs (field notes §1), so
 * this judges the extracted result and the page around it, Chinese-aware:
 * - an article has prose: enough characters outside links, and sentences (short notices have
 *   ~100 characters, so the bar is low);
 * - it is not a list: lines of link titles with dates (column pages, portal home pages), linked
 *   titles with summaries (teasers), a page of search results, or a login form;
 * - on a page whose text is mostly links (a portal), the extracted block must be a real share of
 *   the page's own prose, not one blurb among many.
 */
import { collapseSpace } from '../dom/text';
import { scanPage, type PageStats } from './scan';
import { units } from './units';
import { elementsByTag } from '../dom/walk';

/** Minimum characters outside links for an article (a short notice has ~100). */
export const MIN_ARTICLE_CHARS = 60;

const SENTENCE = /[。！？!?；;]/g;
/** A title with its date after it (or before it), as list pages print them. */
const DATE_AT_END = /\S{4,}.*?[\s(（[]*(?:((?:19|20)\d{2})[-/.年])?(\d{1,2})[-/.月](\d{1,2})日?[)）\]]?$/;
const DATE_AT_START = /^[[(（]?(?:19|20)\d{2}[-/.](\d{1,2})[-/.](\d{1,2})[)）\]]?\s*\S{4,}/;
/** How every line that DATE_AT_END matches ends: checked first, as DATE_AT_END backtracks on each line. */
const ENDS_LIKE_DATE = /\d日?[)）\]]?$/;

/** Whether a line is a list item: a title with a (valid) date at its end or start. */
function isDatedLine(line: string): boolean {
  const m = (ENDS_LIKE_DATE.test(line) ? DATE_AT_END.exec(line) : null) ?? DATE_AT_START.exec(line);
  if (!m) return false;
  const [month, day] = m.length === 4 ? [Number(m[2]), Number(m[3])] : [Number(m[1]), Number(m[2])];
  // `[4321/87]` (a counter) is not a date; a bare month-day needs a separator before it.
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return m.length !== 4 || !!m[1] || /[\s(（[]\d{1,2}[-/.月]\d{1,2}日?[)）\]]?$/.test(line);
}

const SEARCH_WORDS = /搜索结果|搜尋結果|检索结果|檢索結果|共找到|找到相关|找到相關|条结果|條結果|相关结果|相關結果|搜索到|检索到/;

/** Whether most lines of `text` are short dated lines (a list of article links). */
export function isDatedList(text: string): boolean {
  const lines = text.split('\n').map(collapseSpace).filter(Boolean);
  if (lines.length < 5) return false;
  const listed = lines.filter((l) => l.length <= 60 && isDatedLine(l)).length;
  return listed >= lines.length * 0.5;
}

/** The page's form fields (one pass; selector queries are slow under jsdom). */
function inputs(doc: Document): Element[] {
  return elementsByTag(doc, 'INPUT');
}

/**
 * A list of teasers (column pages): linked titles, each with a summary and a date. Articles keep
 * few lines that are links only (link lists and trailing links are removed before this).
 */
export function isTeaserList(root: Element): boolean {
  const list = units(root);
  const titles = list.filter((u) => u.allLinks && u.text.length >= 6).length;
  return titles >= 4 && titles >= list.length * 0.25;
}

/** A login page: a password field and little else (news pages with a login box print a dated article). */
function isLoginPage(fields: () => readonly Element[], prose: number): boolean {
  return prose < 400 && fields().some((i) => i.getAttribute('type')?.toLowerCase() === 'password');
}

const SEARCH_FIELD = /search|keyword|query|^q$|^wd$|^kw$/i;

/** A page of search results: a search field and result-count wording outside a long article. */
function isSearchResults(fields: () => readonly Element[], pageText: string, text: string, prose: number): boolean {
  // The wording first: finding the fields walks the whole page.
  if (!SEARCH_WORDS.test(pageText)) return false;
  const field = fields().some((i) => i.getAttribute('type')?.toLowerCase() === 'search' || SEARCH_FIELD.test(i.getAttribute('name') ?? ''));
  if (!field) return false;
  return prose < 1500 || SEARCH_WORDS.test(text);
}

/**
 * Judges the extracted article `root` (with block text `text`) on the page `doc` whose elements
 * `stats` measured and whose whole text is `pageText`. `dated` tells that the page prints a title
 * above the article and a publication date: a short text on a link-heavy page then still counts.
 * `pageInputs` are the page's `<input>` elements when the caller already has them (else they are
 * looked up once, when needed).
 */
export function judgeArticle(doc: Document, stats: PageStats, pageText: string, root: Element, text: string, dated = false, pageInputs?: readonly Element[]): boolean {
  const s = scanPage(root, new Set()).get(root);
  if (!s) return false;
  const prose = s.chars - s.linkChars;
  if (prose < MIN_ARTICLE_CHARS) return false;
  const sentences = text.match(SENTENCE)?.length ?? 0;
  if (sentences === 0 && prose < 200) return false;
  if (s.linkChars > s.chars * 0.5) return false;
  if (isDatedList(text) || isTeaserList(root)) return false;
  let found = pageInputs;
  const fields = () => (found ??= inputs(doc));
  if (!dated && isLoginPage(fields, prose)) return false;
  if (isSearchResults(fields, pageText, text, prose)) return false;
  const page = doc.body ? stats.get(doc.body) : undefined;
  if (!dated && page && page.linkChars > page.chars * 0.6) {
    // A portal: one blurb among many is not an article.
    const pageProse = page.chars - page.linkChars;
    if (prose < pageProse * 0.3 && prose < 600) return false;
  }
  return true;
}
