/**
 * Signs that the user is about to open the popup (or use a shortcut): the pointer leaves the page
 * through its top edge, towards the toolbar, or Alt+Shift — the modifiers of the extension's
 * default shortcuts — is held down. The content script starts preparing the report on such a
 * sign, so that the analyzer is loaded only on pages where it is likely to be used and the popup
 * still finds the report ready. Only the user's own input counts (`isTrusted`), never the page's
 * synthetic events.
 */

/** Calls `callback` once, on the first sign; returns a function that stops listening. */
export function onToolbarIntent(doc: Document, callback: () => void): () => void {
  const stop = () => {
    doc.removeEventListener('mouseout', onMouseOut, true);
    doc.removeEventListener('keydown', onKeyDown, true);
  };
  const fire = () => {
    stop();
    callback();
  };
  function onMouseOut(event: MouseEvent): void {
    // Leaving the window: no element to go to, and above the viewport's top edge.
    if (event.isTrusted && event.relatedTarget === null && event.clientY <= 0) fire();
  }
  function onKeyDown(event: KeyboardEvent): void {
    if (event.isTrusted && event.altKey && event.shiftKey) fire();
  }
  doc.addEventListener('mouseout', onMouseOut, { capture: true, passive: true });
  doc.addEventListener('keydown', onKeyDown, { capture: true, passive: true });
  return stop;
}
