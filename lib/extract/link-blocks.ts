/**
 * Blocks of links inside the extracted article (related lists, picture strips, recommendation
 * boxes) are removed; attachment lists (links to documents, labelled 附件) stay.
 */
import { FILE_LINK } from './noise';
import type { NodeStats, PageStats } from './scan';
import { elementsByTag } from '../dom/walk';

const prose = (s: NodeStats) => s.chars - s.linkChars;

/** Whether `el` links a document (pdf, doc, xls…). */
export function hasFileLink(el: Element): boolean {
  for (const a of elementsByTag(el, 'A')) if (FILE_LINK.test(a.getAttribute('href') ?? '')) return true;
  return false;
}

/** Removes blocks of links inside the article (related lists, picture strips); keeps attachment lists. */
export function removeLinkBlocks(root: Element, stats: PageStats): number {
  let removed = 0;
  const visit = (el: Element) => {
    for (let child = el.firstElementChild; child; ) {
      const next = child.nextElementSibling;
      const s = stats.get(child);
      if (s && s.chars > 0) {
        const linky = s.links >= 3 && s.linkChars >= s.chars * 0.5 && prose(s) < 200;
        if (linky && !hasFileLink(child) && !/附件/.test(child.textContent ?? '')) {
          child.remove();
          removed++;
        } else if (child.firstElementChild) visit(child);
      }
      child = next;
    }
  };
  visit(root);
  return removed;
}
