/**
 * Hiding injected elements on the live page, reversibly: each element gets `display:none
 * !important` in its inline style, and undo puts the exact original `style` attribute back (or
 * removes it), so the page's serialised HTML is what it was before.
 */

export interface HiddenRecord {
  element: HTMLElement;
  /** The element's `style` attribute before hiding; null when it had none. */
  style: string | null;
}

/** Hides each element (skipping ones inside another given element) and returns how to undo it. */
export function hideElements(elements: readonly Element[]): HiddenRecord[] {
  const records: HiddenRecord[] = [];
  const roots = elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
  for (const el of roots) {
    const html = el as HTMLElement;
    if (!html.style) continue;
    records.push({ element: html, style: html.getAttribute('style') });
    html.style.setProperty('display', 'none', 'important');
    // Blink serialises a CSSOM-changed style attribute lazily; removing the attribute while it is
    // still unserialised leaves `style=""` behind once something reads it. Serialise it now.
    html.getAttribute('style');
  }
  return records;
}

/** Restores the elements hidden by `hideElements`, in reverse order. */
export function unhideElements(records: readonly HiddenRecord[]): void {
  for (const { element, style } of [...records].reverse()) {
    element.getAttribute('style'); // serialise first (see hideElements)
    if (style === null) element.removeAttribute('style');
    else element.setAttribute('style', style);
  }
}
