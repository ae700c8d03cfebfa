/**
 * Scrolling the live page to an element (a heading of the outline) and highlighting it briefly.
 * The highlight is an inline outline that is put back exactly as it was afterwards.
 */

const HIGHLIGHT_MS = 1600;

/** Scrolls `el` into view and highlights it for a moment. Returns a function that ends the highlight early. */
export function scrollToAndHighlight(el: Element, win: Window = el.ownerDocument.defaultView ?? window): () => void {
  const html = el as HTMLElement;
  const reduceMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  html.scrollIntoView?.({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' });
  if (!html.style) return () => {};
  const before = html.getAttribute('style');
  html.style.setProperty('outline', '3px solid rgba(11, 92, 173, 0.65)', 'important');
  html.style.setProperty('outline-offset', '4px', 'important');
  let done = false;
  const end = () => {
    if (done) return;
    done = true;
    if (before === null) html.removeAttribute('style');
    else html.setAttribute('style', before);
  };
  win.setTimeout(end, HIGHLIGHT_MS);
  return end;
}
