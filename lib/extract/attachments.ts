/**
 * Attachment lists (`附件：1.xxx.docx`) that government pages put right after the article body,
 * outside the container Readability picks. A list of links to documents labelled 附件 near the
 * end of the article belongs to it; it is copied (traced) to the end of the article.
 */
import { FILE_LINK } from './noise';
import type { PageStats } from './scan';
import { traceSubtree, type TracedSubtree } from './subtree';
import { articleContainer } from './trace';
import { elementsByTag } from '../dom/walk';

const LABEL = /附\s*件|相关附件|相關附件|附件下载|附件下載/;
/** Siblings after the article (at each ancestor level) that are looked at. */
const SIBLINGS = 4;
const LEVELS = 3;
const MAX_CHARS = 800;

/** The smallest element around a file link, up to `scope`, that is labelled 附件 and short. */
function attachmentListAround(link: Element, scope: Element, stats: PageStats): Element | null {
  for (let el = link.parentElement; el; el = el.parentElement) {
    const s = stats.get(el);
    if (!s || s.chars > MAX_CHARS) return null;
    if (LABEL.test(el.textContent ?? '')) return el;
    if (el === scope) return null;
  }
  return null;
}

function insideAny(el: Element, set: ReadonlySet<Node>): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (set.has(cur)) return true;
  return false;
}

/**
 * Appends to `root` the attachment lists of the page that sit in the article's container but were
 * dropped, or right after it (following siblings, a few levels up). Returns the traced copies (to
 * extend `originalOf`); none when the article already links a file.
 */
export function appendAttachments(
  root: Element,
  originalOf: (el: Element) => Element | null,
  stats: PageStats,
  exclude: ReadonlySet<Node>,
  pageMentionsAttachments = true,
): TracedSubtree[] {
  for (const a of elementsByTag(root, 'A')) if (FILE_LINK.test(a.getAttribute('href') ?? '')) return [];
  if (!pageMentionsAttachments) return [];
  const container = articleContainer(root, originalOf);
  if (!container) return [];
  const scopes: Element[] = [container];
  for (let node: Element | null = container, level = 0; node && level < LEVELS && node.tagName !== 'BODY'; node = node.parentElement, level++) {
    let sibling = node.nextElementSibling;
    for (let i = 0; sibling && i < SIBLINGS; i++, sibling = sibling.nextElementSibling) scopes.push(sibling);
  }
  const lists = new Set<Element>();
  for (const scope of scopes) {
    if (insideAny(scope, exclude)) continue;
    for (const a of elementsByTag(scope, 'A')) {
      if (!FILE_LINK.test(a.getAttribute('href') ?? '') || insideAny(a, exclude)) continue;
      const list = attachmentListAround(a, scope, stats);
      if (list && ![...lists].some((l) => l.contains(list))) lists.add(list);
    }
    if (lists.size) break;
  }
  const found: TracedSubtree[] = [];
  for (const list of lists) {
    const copy = traceSubtree(list, root.ownerDocument, exclude);
    root.appendChild(copy.root);
    found.push(copy);
  }
  return found;
}

/** `originalOf` over the article and copies appended to it. */
export function withCopies(base: (el: Element) => Element | null, copies: readonly TracedSubtree[]): (el: Element) => Element | null {
  if (!copies.length) return base;
  return (el: Element) => {
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      const copy = copies.find((c) => c.root === cur);
      if (copy) return copy.originalOf(el);
    }
    return base(el);
  };
}
