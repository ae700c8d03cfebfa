/**
 * Where the article sits on the page: the page elements its outermost traced elements came from,
 * and the closest element of the page containing them all.
 */
import { ORIGIN_ATTR } from '../dom/clone';

/** The outermost elements of `root` that carry a trace to the page (their subtrees are not entered). */
export function tracedTops(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (c.hasAttribute(ORIGIN_ATTR)) out.push(c);
      else walk(c);
    }
  };
  walk(root);
  return out;
}

/** The closest element of the page that contains the originals of all of the article's elements. */
export function articleContainer(root: Element, originalOf: (el: Element) => Element | null): Element | null {
  let common: Element | null = null;
  for (const el of tracedTops(root)) {
    const original = originalOf(el);
    if (!original) continue;
    if (!common) common = original;
    else while (common && !common.contains(original)) common = common.parentElement;
  }
  return common;
}
