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

  it('leaves out excluded subtrees, later elements keeping their originals, and excluded text nodes', () => {
    const { document } = parseHtml(
      '<body><div id="hidden"><a id="h1">一</a><span><a id="h2">二</a></span></div><p id="after">正文<i id="i">三</i></p><p id="t">保留<!--c-->去掉</p></body>',
    );
    const text = document.getElementById('t')!.lastChild!;
    const { clone, originalOf } = traceClone(document, [document.getElementById('hidden')!, text]);
    expect(clone.getElementById('hidden')).toBeNull();
    expect(clone.getElementById('h2')).toBeNull();
    expect(originalOf(clone.getElementById('i')!)).toBe(document.getElementById('i'));
    expect(originalOf(clone.getElementById('after')!)).toBe(document.getElementById('after'));
    expect(clone.getElementById('t')!.textContent).toBe('保留');
    // Every copied element carries the position of its own original.
    for (const el of Array.from(clone.body.getElementsByTagName('*'))) expect(originalOf(el)!.id).toBe(el.id);
    expect(document.getElementById('t')!.textContent).toBe('保留去掉');
  });
});
