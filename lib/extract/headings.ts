/**
 * In-body headings as the page wrote them (field notes §1, §5): Readability turns every `h1` of
 * the body into `h2` (flattening the levels) and drops some headings outright (low class weight,
 * "share"-like classes, nested markup). The outline stage reads headings from the article, so
 * this puts back each heading's own level and re-inserts dropped headings that sat between kept
 * content of the article, using the clone-to-page tracing.
 */
import { ORIGIN_ATTR } from '../dom/clone';
import { collapseSpace } from '../dom/text';
import { repeatsTitle } from './trim';
import { RELATED_HEADING } from './noise';
import { articleContainer } from './trace';
import { elementsByTag } from '../dom/walk';

const HEADING = /^H[1-6]$/;

function retag(el: Element, tag: string): Element {
  const doc = el.ownerDocument;
  const out = doc.createElement(tag);
  for (const attr of Array.from(el.attributes)) {
    // The HTML parser keeps attribute names that `setAttribute` rejects (`c<lass` on broken markup).
    try {
      out.setAttribute(attr.name, attr.value);
    } catch {
      continue;
    }
  }
  while (el.firstChild) out.appendChild(el.firstChild);
  el.replaceWith(out);
  return out;
}

/** The h1–h6 elements under `el`, in document order (a walk: selector queries are slow under jsdom). */
function headingsIn(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (node: Element) => {
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) {
      if (HEADING.test(c.tagName)) out.push(c);
      else if (c.firstElementChild) walk(c);
    }
  };
  walk(el);
  return out;
}

/** The next element sibling of `el` on the page whose copy is in the article. */
function nextKept(el: Element, copies: Map<Element, Element>): Element | null {
  for (let s = el.nextElementSibling; s; s = s.nextElementSibling) {
    const copy = copies.get(s);
    if (copy) return copy;
    if (collapseSpace(s.textContent ?? '')) return null;
  }
  return null;
}

/**
 * Restores heading levels and dropped headings in the article `root`. Returns an `originalOf`
 * that also knows the re-inserted headings.
 */
export function restoreHeadings(
  root: Element,
  originalOf: (el: Element) => Element | null,
  title: string,
): (el: Element) => Element | null {
  // Levels: each heading of the article takes its page heading's tag back.
  for (const el of headingsIn(root)) {
    const original = originalOf(el);
    if (original && HEADING.test(original.tagName) && el.tagName !== original.tagName && el.hasAttribute(ORIGIN_ATTR)) retag(el, original.tagName.toLowerCase());
  }
  // Dropped headings: page headings inside the article's container that have no copy.
  const container = articleContainer(root, originalOf);
  const pageHeadings = container ? headingsIn(container) : [];
  if (!pageHeadings.length) return originalOf;
  const copies = new Map<Element, Element>();
  for (const el of elementsByTag(root, '*')) {
    if (!el.hasAttribute(ORIGIN_ATTR)) continue;
    const original = originalOf(el);
    if (original) copies.set(original, el);
  }
  const inserted = new Map<Element, Element>();
  for (const heading of pageHeadings) {
    if (copies.has(heading)) continue;
    const parent = heading.parentElement;
    const parentCopy = parent && copies.get(parent);
    if (!parentCopy) continue;
    const text = collapseSpace(heading.textContent ?? '');
    if (!text || text.length > 60 || repeatsTitle(text, title) || RELATED_HEADING.test(text)) continue;
    const before = nextKept(heading, copies);
    if (!before || before.parentElement !== parentCopy) continue;
    const copy = root.ownerDocument.createElement(heading.tagName.toLowerCase());
    copy.textContent = text;
    before.before(copy);
    inserted.set(copy, heading);
  }
  if (!inserted.size) return originalOf;
  return (el: Element) => {
    for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
      const found = inserted.get(cur);
      if (found) return found;
    }
    return originalOf(el);
  };
}
