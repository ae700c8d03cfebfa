/**
 * Cloning a document while keeping track of where its elements came from, so that a stage can
 * work on a copy (Readability mutates what it parses) and still reach the original elements.
 */

/** Attribute that ties an element of an extraction clone to its original. */
export const ORIGIN_ATTR = 'data-qy-id';

export interface TracedClone {
  clone: Document;
  /** The original element a clone element (or its nearest traced ancestor) came from. */
  originalOf(el: Element): Element | null;
}

/**
 * A deep copy of `doc`. jsdom refuses to clone a doctype whose name the parser kept but the DOM
 * rejects (`<!DOCTYPE html<<<`); the copy is then a new document with the same root element
 * (and a plain doctype only when the original had one), so the child lists still pair up.
 */
function cloneDocument(doc: Document): Document {
  try {
    return doc.cloneNode(true) as Document;
  } catch (error) {
    if (!doc.doctype || !doc.documentElement) throw error;
    const copy = doc.implementation.createHTMLDocument('');
    copy.replaceChild(copy.importNode(doc.documentElement, true), copy.documentElement);
    for (let n = doc.firstChild, i = 0; n; n = n.nextSibling, i++) {
      if (n === doc.doctype || n === doc.documentElement) continue;
      copy.insertBefore(copy.importNode(n, true), copy.childNodes[i] ?? null);
    }
    return copy;
  }
}

/**
 * Deep-clones `doc` for a stage that rewrites the copy (Readability), removing `exclude` from the
 * copy and stamping every copied element with `data-qy-id`, so that elements of the result can be
 * traced back to the live page (for visual evidence such as computed styles, and for scrolling to
 * a heading). The attribute never reaches sanitised output (DOMPurify drops data attributes).
 */
export function traceClone(doc: Document, exclude: readonly Node[] = []): TracedClone {
  const clone = cloneDocument(doc);
  const originals: Element[] = [];
  const excluded = new Set<Node>(exclude);
  const removals: Node[] = [];
  const stack: [Node, Node][] = [[doc, clone]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    if (excluded.has(a)) {
      removals.push(b);
      continue;
    }
    if (a.nodeType === 1) {
      (b as Element).setAttribute(ORIGIN_ATTR, String(originals.length));
      originals.push(a as Element);
    }
    let ca = a.firstChild;
    let cb = b.firstChild;
    while (ca && cb) {
      if (ca.nodeType === 1 || ca.nodeType === 9 || ca.nodeType === 11 || excluded.has(ca)) stack.push([ca, cb]);
      ca = ca.nextSibling;
      cb = cb.nextSibling;
    }
  }
  for (const node of removals) node.parentNode?.removeChild(node);
  return {
    clone,
    originalOf(el: Element): Element | null {
      for (let cur: Element | null = el; cur; cur = cur.parentElement) {
        const id = cur.getAttribute(ORIGIN_ATTR);
        if (id !== null) return originals[Number(id)] ?? null;
      }
      return null;
    },
  };
}
