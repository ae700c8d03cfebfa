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
  // The copy has the same elements in the same order: pair them by position in the two element
  // lists (native, document order) rather than walking both trees node by node from script.
  // Static lists: jsdom's live `getElementsByTagName('*')` costs O(n) per indexed read.
  const from = doc.querySelectorAll('*');
  const to = clone.querySelectorAll('*');
  for (let i = 0; i < from.length; ) {
    const a = from[i]!;
    const b = to[i];
    if (!b) break;
    if (excluded.has(a)) {
      removals.push(b);
      i += 1 + a.querySelectorAll('*').length;
      continue;
    }
    b.setAttribute(ORIGIN_ATTR, String(originals.length));
    originals.push(a);
    i++;
  }
  // Excluded text or comment nodes (rare): found in the copy by their path of child positions.
  for (const node of excluded) {
    if (node.nodeType !== 1 && node.ownerDocument === doc && doc.contains(node)) {
      const copy = counterpart(node, clone);
      if (copy) removals.push(copy);
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

/** The node of `copy` at the same place as `node` in its document (same child positions). */
function counterpart(node: Node, copy: Document): Node | null {
  const path: number[] = [];
  for (let cur: Node = node; cur.parentNode; cur = cur.parentNode) {
    let i = 0;
    for (let s = cur.previousSibling; s; s = s.previousSibling) i++;
    path.push(i);
  }
  let out: Node | null = copy;
  for (let k = path.length - 1; k >= 0 && out; k--) out = out.childNodes[path[k]!] ?? null;
  return out;
}
