/**
 * Building interface elements from text. Everything that came from a page is set with
 * `textContent` (strings become text nodes); nothing here parses HTML.
 */

export type Child = Node | string | null | undefined | false;

type Attrs = Record<string, string | boolean | undefined>;

/** An element with attributes (`true` sets an empty attribute, `false`/undefined skips it) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === undefined) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/** Calls `fn` on click (and returns the element, for chaining in templates). */
export function onClick<T extends HTMLElement>(el: T, fn: (event: MouseEvent) => void): T {
  el.addEventListener('click', fn);
  return el;
}

/** An inline SVG icon from a fixed set of paths (24×24 view box), hidden from screen readers. */
export function icon(name: keyof typeof ICONS): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('icon');
  for (const d of ICONS[name]) {
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

const ICONS = {
  copy: ['M9 9h10v12H9z', 'M5 15V3h10'],
  check: ['M5 12.5l4.5 4.5L19 7.5'],
  book: ['M4 5.5C6.5 4 9.5 4 12 6v14c-2.5-2-5.5-2-8-.5z', 'M20 5.5C17.5 4 14.5 4 12 6v14c2.5-2 5.5-2 8-.5z'],
  gear: ['M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7z', 'M19.4 13.5l1.6 1.2-2 3.4-1.9-.7a7 7 0 0 1-1.7 1l-.3 2h-4l-.3-2a7 7 0 0 1-1.7-1l-1.9.7-2-3.4 1.6-1.2a7 7 0 0 1 0-3L3 9.3l2-3.4 1.9.7a7 7 0 0 1 1.7-1l.3-2h4l.3 2a7 7 0 0 1 1.7 1l1.9-.7 2 3.4-1.6 1.2a7 7 0 0 1 0 3z'],
  undo: ['M9 14L4 9l5-5', 'M4 9h10.5a5.5 5.5 0 0 1 0 11H11'],
  broom: ['M14 4l-4 8', 'M6 12h8l2 8H4z'],
  back: ['M15 5l-7 7 7 7'],
  chevron: ['M9 6l6 6-6 6'],
  minus: ['M6 12h12'],
  plus: ['M6 12h12', 'M12 6v12'],
  shield: ['M12 3l7 3v5c0 4.5-3 8.2-7 10-4-1.8-7-5.5-7-10V6z'],
} as const;
