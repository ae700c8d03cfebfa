/**
 * For extension pages whose script runs from the head (popup, reader): it starts its requests
 * while the document is parsed, and draws once the body is there.
 */

/** Resolves once the document is parsed (`readyState` interactive: before deferred scripts run, unlike DOMContentLoaded). */
export function documentParsed(doc: Document = document): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (doc.readyState === 'loading') return false;
      doc.removeEventListener('readystatechange', check);
      resolve();
      return true;
    };
    if (!check()) doc.addEventListener('readystatechange', check);
  });
}
