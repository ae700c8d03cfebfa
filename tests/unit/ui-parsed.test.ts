import { describe, expect, it } from 'vitest';
import { documentParsed } from '../../utils/ui/parsed';

/** A document while the parser runs: `readyState` moves on and `readystatechange` fires, as in a browser. */
function parsingDocument(): { doc: Document; advance: (state: DocumentReadyState) => void } {
  const target = new EventTarget() as EventTarget & { readyState: DocumentReadyState };
  target.readyState = 'loading';
  return {
    doc: target as unknown as Document,
    advance: (state) => {
      target.readyState = state;
      target.dispatchEvent(new Event('readystatechange'));
    },
  };
}

describe('documentParsed (extension pages whose script runs from the head)', () => {
  it('waits while the document is loading and resolves when it becomes interactive', async () => {
    const { doc, advance } = parsingDocument();
    let done = false;
    const parsed = documentParsed(doc).then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    advance('interactive');
    await parsed;
    expect(done).toBe(true);
  });

  it('resolves at once for a document that is already parsed', async () => {
    const { doc, advance } = parsingDocument();
    advance('complete');
    await expect(documentParsed(doc)).resolves.toBeUndefined();
  });
});
