/**
 * Element lookups by tree walk. jsdom's live collections (`getElementsByTagName`, `children`)
 * become very slow when iterated on pages of tens of thousands of elements (a collection of
 * 30,000 links took seconds to read), so the pipeline's page-wide lookups walk the tree instead.
 * Iterative: deeply nested pages do not overflow the stack.
 */

/**
 * Descendants of `root` (not `root` itself) whose tag is one of `tags` (upper case), in document
 * order; at most `limit` of them. `'*'` matches every element.
 */
export function elementsByTag(root: Element | Document, tags: string | readonly string[], limit = Infinity): Element[] {
  const wanted = new Set(typeof tags === 'string' ? [tags.toUpperCase()] : tags.map((t) => t.toUpperCase()));
  const any = wanted.has('*');
  const found: Element[] = [];
  if (limit <= 0) return found;
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (any || wanted.has(el.tagName.toUpperCase())) {
      found.push(el);
      if (found.length >= limit) break;
    }
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      const up: Element | null = el.parentElement;
      el = up === root || (up as Node | null) === root ? null : up;
    }
    el = el ? el.nextElementSibling : null;
  }
  return found;
}

const UPPER_TAGS = new Map<string, string>();

/**
 * `el.tagName` upper-cased, one string per tag name: a fresh string from `toUpperCase()` for
 * each element would be hashed anew by every set look-up of a page walk.
 */
export function upperTag(el: Element): string {
  const name = el.tagName;
  let upper = UPPER_TAGS.get(name);
  if (upper === undefined) UPPER_TAGS.set(name, (upper = name.toUpperCase()));
  return upper;
}
