import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../lib/node/html-file';
import { ORIGIN_ATTR, traceClone } from '../../lib/dom/clone';

describe('traceClone', () => {
  it('traces clone elements back to the originals and leaves excluded nodes out', () => {
    const { document } = parseHtml('<body><div id="a"><p id="p1">一</p><p id="spam">垃圾</p><p id="p2"><b id="b">二</b></p></div></body>');
    const spam = document.getElementById('spam')!;
    const { clone, originalOf } = traceClone(document, [spam]);
    expect(clone.getElementById('spam')).toBeNull();
    expect(originalOf(clone.getElementById('b')!)).toBe(document.getElementById('b'));
    expect(originalOf(clone.getElementById('p2')!)).toBe(document.getElementById('p2'));
    // An element created later inside a traced one resolves to its nearest traced ancestor.
    const made = clone.createElement('span');
    clone.getElementById('p1')!.append(made);
    expect(originalOf(made)).toBe(document.getElementById('p1'));
    expect(document.body.innerHTML).not.toContain(ORIGIN_ATTR);
  });
});
