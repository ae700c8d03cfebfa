/**
 * A traced copy of one element of the analysed page, for the density second opinion: the same
 * contract as `traceClone` (lib/dom/clone.ts) — copied elements carry `data-qy-id`, and
 * `originalOf` maps any element of the copy back to the page — for a subtree instead of the
 * whole document, with excluded and non-text elements left out.
 */
import { ORIGIN_ATTR } from '../dom/clone';
import { NON_TEXT_TAGS } from '../dom/text';
import { hiddenByAttribute } from './scan';

export interface TracedSubtree {
  root: Element;
  originalOf(el: Element): Element | null;
}

/**
 * Copies `source` into `into` (a document the copy belongs to), without `exclude`, scripts, forms,
 * hidden elements. One deep import (a single call, much cheaper than a node-by-node copy), then a
 * walk of the original and the copy in step that numbers the kept elements and drops the rest
 * (and comments).
 */
export function traceSubtree(source: Element, into: Document, exclude: ReadonlySet<Node>): TracedSubtree {
  const originals: Element[] = [];
  const mark = (original: Element, copy: Element) => {
    copy.setAttribute(ORIGIN_ATTR, String(originals.length));
    originals.push(original);
    let c = copy.firstChild;
    for (let child = original.firstChild; child && c; child = child.nextSibling) {
      const next: ChildNode | null = c.nextSibling;
      if (child.nodeType === 1 && keep(child as Element)) mark(child as Element, c as Element);
      else if (child.nodeType !== 3) copy.removeChild(c);
      c = next;
    }
  };
  const keep = (el: Element) => !(exclude.has(el) || NON_TEXT_TAGS.has(el.tagName.toUpperCase()) || el.tagName === 'FORM' || hiddenByAttribute(el));
  const root = into.importNode(source, true) as Element;
  mark(source, root);
  return {
    root,
    originalOf(el: Element): Element | null {
      for (let cur: Element | null = el; cur; cur = cur.parentElement) {
        const id = cur.getAttribute(ORIGIN_ATTR);
        if (id !== null) return originals[Number(id)] ?? null;
      }
      return null;
    },
  };
}
