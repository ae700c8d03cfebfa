/**
 * Page furniture found before scoring: breadcrumbs, font-size switches, print/close links, share
 * bars, footers with 网站标识码 / ICP numbers, related-link blocks, copyright notices, navigation,
 * link lists and the policy information table. Read-only on the analysed page: it returns the
 * elements, and the extraction clone is made without them, so Readability never scores them (and
 * has less to parse).
 */
import { NON_TEXT_TAGS, collapseSpace } from '../dom/text';
import type { NodeStats, PageStats } from './scan';
import { AGREEMENT_NOTICE, BREADCRUMB, COPYRIGHT_NOTICE, FILE_LINK, FONT_SIZE, FOOTER, PAGER, PAGE_TOOLS, RELATED_HEADING, SENTENCE_END, SHARE } from './noise';
import { isPolicyTableText } from './policy';

/** Elements at most this long are tested as a whole against the furniture patterns. */
const SMALL = 400;
/** Copyright notices can be long, but start with their header. */
const NOTICE_MAX = 3000;
/** Policy information tables with long titles. */
const POLICY_MAX = 1500;
/** Non-link text an element may hold and still be removed as a link list. */
const LINK_LIST_MAX_PROSE = 200;

/** Words of every furniture pattern: a small element without any of them needs no closer look. */
const ANYWHERE = /位置|首页|首頁|字号|字號|字体|字體|打印|关闭|關閉|返回|收藏|分享|扫|掃|标识码|標識碼|ICP|公网安备|公網安備|版权|版權|主办|主辦|承办|承辦|Copyright|©|相关|相關|延伸|推荐|推薦|热点|熱點|精彩|猜你|更多|热门|熱門|最新|评论|評論|我来说|声明|聲明|反侵权|协议|協議|政策|条款|條款|上一|下一|共\s*\d+\s*页|索引|文号|文號|成文/i;

const CONTAINER_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE']);
const LANDMARK_ROLES = new Set(['navigation', 'contentinfo', 'banner', 'search', 'complementary']);

/**
 * Words that every short furniture text holds (breadcrumb, font-size switch, page tools, share bar,
 * footer, related-links heading, pager): those of `ANYWHERE` and the two it lacks. Most short
 * elements of a page hold none of them, and one test then stands for all the patterns.
 */
const SMALL_FURNITURE_WORDS = new RegExp(`${ANYWHERE.source}|当前页面|图片新闻`, 'i');

/** Why an element is furniture, or '' when it is not. `text` is its whole text when it is short, else its start. */
export function furnitureKind(text: string, s: NodeStats): string {
  return kindOf(text, s, s.chars <= SMALL && SMALL_FURNITURE_WORDS.test(text));
}

/** `furnitureKind`, told whether `text` is short and holds one of `SMALL_FURNITURE_WORDS` (`words`). */
function kindOf(text: string, s: NodeStats, words: boolean): string {
  if (s.chars <= NOTICE_MAX && COPYRIGHT_NOTICE.test(text)) return 'copyright notice';
  if (s.chars <= NOTICE_MAX && AGREEMENT_NOTICE.test(text)) return 'user agreement';
  // The table alone, not a container that also holds the document (whose sentences end in 。).
  if (s.chars <= POLICY_MAX && isPolicyTableText(text) && (text.match(/。/g)?.length ?? 0) <= 1) return 'policy information table';
  if (!words) return '';
  const prose = SENTENCE_END.test(text) && s.chars - s.linkChars > 60;
  if (prose) return '';
  if (BREADCRUMB.test(text)) return 'breadcrumb';
  if (FONT_SIZE.test(text)) return 'font-size switch';
  if (PAGE_TOOLS.test(text)) return 'page tools';
  if (SHARE.test(text)) return 'share bar';
  if (FOOTER.test(text)) return 'footer';
  if (RELATED_HEADING.test(text) && (s.linkChars >= s.chars * 0.4 || s.chars <= 12)) return 'related links';
  if (PAGER.test(text)) return 'pager';
  return '';
}

/** The first `n` or so characters of an element's text (enough for patterns anchored at the start). */
function headText(el: Element, n = 40): string {
  let out = '';
  const walk = (node: Node): boolean => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1 && !NON_TEXT_TAGS.has((c as Element).tagName.toUpperCase()) && walk(c)) return true;
      if (out.length >= n * 3 && collapseSpace(out).length >= n) return true;
    }
    return false;
  };
  walk(el);
  return collapseSpace(out);
}

/** A block of links (menu, related list, portal column), not an attachment list. */
function isLinkList(el: Element, s: NodeStats): boolean {
  if (s.links < 4 || s.linkChars < s.chars * 0.75 || s.chars - s.linkChars > LINK_LIST_MAX_PROSE) return false;
  // The browser's own index of the links (a column of a portal holds hundreds of them).
  for (const a of Array.from(el.getElementsByTagName('a'))) if (FILE_LINK.test(a.getAttribute('href') ?? '')) return false;
  return !/附件|附件下载|相关附件|附件下載/.test(el.textContent ?? '');
}

/** Kinds of furniture after which nothing on the page belongs to the article. */
const CLOSING = new Set(['copyright notice', 'user agreement', 'related links']);

export interface Boilerplate {
  /** The furniture elements (outermost ones only). */
  elements: Element[];
  /** Those of them that close an article (notices, agreements, related blocks). */
  closing: Element[];
}

/**
 * The furniture elements under `body`. `stats` comes from `scanPage` over the same body; elements
 * it does not know (spam, hidden, scripts) are ignored.
 */
export function findBoilerplate(body: Element, stats: PageStats, check: () => void = () => {}): Boilerplate {
  const found: Boilerplate = { elements: [], closing: [] };
  let visited = 0;
  const visit = (el: Element) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const s = stats.get(child);
      if (!s || s.chars === 0) continue;
      if (++visited % 200 === 0) check();
      const tag = child.tagName;
      const prose = s.chars - s.linkChars;
      if ((CONTAINER_TAGS.has(tag) || LANDMARK_ROLES.has(child.getAttribute('role') ?? '')) && prose < 300) {
        found.elements.push(child);
        continue;
      }
      const text = s.chars <= POLICY_MAX ? collapseSpace(child.textContent ?? '') : headText(child);
      // One test of the word list serves both the furniture patterns and the descent below.
      const words = s.chars <= SMALL && SMALL_FURNITURE_WORDS.test(text);
      const kind = kindOf(text, s, words);
      if (kind || isLinkList(child, s)) {
        found.elements.push(child);
        if (CLOSING.has(kind)) found.closing.push(child);
        continue;
      }
      // Inside a small element without furniture words and with few links, nothing is furniture
      // either. (An element without children has nothing inside: no test needed.) `ANYWHERE`'s
      // words are among `SMALL_FURNITURE_WORDS`: without those, it has none.
      if (!child.firstElementChild || (s.chars <= SMALL && !(words && ANYWHERE.test(text)) && s.links < 4)) continue;
      visit(child);
    }
  };
  visit(body);
  return found;
}
