/**
 * Whether Readability's choice looks wrong, and what to take instead: the densest block of the
 * page (density.ts), when Readability found nothing, or much less text than that block, or a
 * block of links, or a user agreement / privacy notice (m.thepaper.cn showed its user agreement).
 */
import type { ExtractedArticle } from '../stage';
import { densestElement } from './density';
import { scanPage, type NodeStats, type PageStats } from './scan';
import { traceSubtree } from './subtree';
import { cleanArticle } from './clean';

/** Text of agreements and notices that sometimes outweighs a short article. */
const AGREEMENT = /用户协议|用戶協議|服务协议|服務協議|隐私政策|隱私政策|隐私保护|隱私保護|服务条款|服務條款|使用条款|使用條款|免责声明|免責聲明|cookie/i;

const prose = (s: NodeStats) => s.chars - s.linkChars;


/**
 * `el.textContent.slice(0, n)` without reading the rest: the densest block of a large page holds
 * most of its text, and only its start is looked at. Iterative (deeply nested pages).
 */
export function textStart(el: Element, n: number): string {
  let out = '';
  let node: Node | null = el.firstChild;
  while (node && out.length < n) {
    if (node.nodeType === 3 || node.nodeType === 4) out += node.nodeValue ?? '';
    if (node.nodeType === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  return out.slice(0, n);
}

/** Why the extracted article looks wrong next to the densest block, or '' when it looks right. */
export function doubt(article: NodeStats | null, articleHead: string, dense: NodeStats, denseHead: string): string {
  if (!article || article.chars === 0) return 'Readability found nothing';
  if (prose(article) < prose(dense) * 0.4) return 'much shorter than the densest block';
  if (article.linkChars > article.chars * 0.5 && dense.linkChars < dense.chars * 0.3) return 'mostly links';
  if (AGREEMENT.test(articleHead) && !AGREEMENT.test(denseHead)) return 'a user agreement';
  return '';
}

/**
 * The densest block as the article, traced and cleaned, when Readability's article (`root`, already
 * cleaned) looks wrong; null when Readability's choice stands.
 */
export function secondOpinion(
  root: Element | null,
  stats: PageStats,
  doc: Document,
  exclude: ReadonlySet<Node>,
  title: string,
  check: () => void,
): ExtractedArticle | null {
  const dense = densestElement(stats, 100, exclude);
  if (!dense) return null;
  const articleStats = root ? scanPage(root, new Set(), check).get(root) ?? null : null;
  const head = (el: Element) => textStart(el, 300);
  const reason = doubt(articleStats, root ? head(root) : '', dense.stats, head(dense.element));
  if (!reason) return null;
  const inert = root?.ownerDocument ?? doc.implementation.createHTMLDocument('');
  const traced = traceSubtree(dense.element, inert, exclude);
  const wrapper = inert.createElement('div');
  wrapper.appendChild(traced.root);
  return { root: cleanArticle(wrapper, title, check, traced.originalOf), originalOf: traced.originalOf };
}
