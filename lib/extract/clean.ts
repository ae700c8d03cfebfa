/**
 * Cleaning the article Readability (or the density pick) returned, in its inert clone, in order:
 * the main cell of a layout row, link blocks out, edges trimmed, media placeholders out, emptied
 * elements pruned.
 */
import { collapseSpace } from '../dom/text';
import { mainLayoutCell } from './layout';
import { removeLinkBlocks } from './link-blocks';
import { scanPage } from './scan';
import { trimEdges } from './trim';
import { removePlaceholders } from './placeholders';

type OriginalOf = (el: Element) => Element | null;

/** Elements that carry content without text. */
const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'TABLE', 'HR']);

/** Removes elements left without text or media. */
export function pruneEmpty(root: Element): void {
  const visit = (el: Element): boolean => {
    let keep = false;
    for (let child = el.firstChild; child; ) {
      const next = child.nextSibling;
      if (child.nodeType === 3) {
        if (collapseSpace(child.nodeValue ?? '')) keep = true;
      } else if (child.nodeType === 1) {
        const c = child as Element;
        if (MEDIA.has(c.tagName) || c.tagName === 'BR') keep = keep || c.tagName !== 'BR';
        else if (visit(c)) keep = true;
        else c.remove();
      }
      child = next;
    }
    return keep;
  };
  visit(root);
}

/**
 * Cleans the article `root` in place: main layout cell, link blocks, edges (see trim.ts; `closing`
 * are page elements after which nothing belongs to the article), media placeholders, empty
 * elements. Returns `root`.
 */
export function cleanArticle(
  root: Element,
  title: string,
  check: () => void = () => {},
  originalOf?: OriginalOf,
  closing: readonly Element[] = [],
): Element {
  let stats = scanPage(root, new Set(), check);
  const cell = mainLayoutCell(root, stats);
  if (cell) {
    root.replaceChildren(...Array.from(cell.childNodes));
    stats = scanPage(root, new Set(), check);
  }
  removeLinkBlocks(root, stats);
  check();
  trimEdges(root, title, originalOf, closing);
  removePlaceholders(root);
  pruneEmpty(root);
  return root;
}
