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

/** Copies `source` into `into` (a document the copy belongs to), without `exclude`, scripts, forms, hidden elements. */
export function traceSubtree(source: Element, into: Document, exclude: ReadonlySet<Node>): TracedSubtree {
  const originals: Element[] = [];
  const copy = (el: Element): Element => {
    const out = into.importNode(el, false) as Element;
    out.setAttribute(ORIGIN_ATTR, String(originals.length));
    originals.push(el);
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out.appendChild(into.createTextNode(child.nodeValue ?? ''));
      else if (child.nodeType === 1) {
        const c = child as Element;
        if (exclude.has(c) || NON_TEXT_TAGS.has(c.tagName.toUpperCase()) || c.tagName === 'FORM' || hiddenByAttribute(c)) continue;
        out.appendChild(copy(c));
      }
    }
    return out;
  };
  const root = copy(source);
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
