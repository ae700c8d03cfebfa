/**
 * traceSubtree copies a block of the page for the density second opinion: the copy must hold
 * exactly the kept nodes (no excluded, non-text, form or hidden elements, no comments), numbered
 * in document order, and trace each copied element back to its original.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/html-file';
import { ORIGIN_ATTR } from '../../../lib/dom/clone';
import { NON_TEXT_TAGS } from '../../../lib/dom/text';
import { elementsByTag } from '../../../lib/dom/walk';
import { hiddenByAttribute } from '../../../lib/extract/scan';
import { traceSubtree } from '../../../lib/extract/subtree';
import { fixtureNames, loadFixture } from '../../helpers/fixtures';

/** The copy as a node-by-node walk makes it (what traceSubtree must equal). */
function referenceCopy(source: Element, into: Document, exclude: ReadonlySet<Node>): Element {
  let n = 0;
  const copy = (el: Element): Element => {
    const out = into.importNode(el, false) as Element;
    out.setAttribute(ORIGIN_ATTR, String(n++));
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out.appendChild(into.createTextNode(child.nodeValue ?? ''));
      else if (child.nodeType === 1) {
        const c = child as Element;
        if (exclude.has(c) || NON_TEXT_TAGS.has(c.tagName.toUpperCase()) || c.tagName === 'FORM' || hiddenByAttribute(c)) continue;
        out.appendChild(copy(c));
      }
    }
    return out;
  };
  return copy(source);
}

describe('traceSubtree', () => {
  it('copies without excluded, non-text, form, hidden elements and comments, and traces back', () => {
    const page = parseHtml(
      '<html><body><div id="a"><!-- c --><p>一<b>二</b></p><script>x()</script><form><input></form><p hidden>藏</p>' +
        '<div id="x"><p>去掉</p></div>文字<span style="display:none">藏</span><p>三</p></div></body></html>',
    );
    const a = page.document.getElementById('a')!;
    const into = page.document.implementation.createHTMLDocument('');
    const traced = traceSubtree(a, into, new Set([page.document.getElementById('x')!]));
    expect(traced.root.outerHTML).toBe(referenceCopy(a, into, new Set([page.document.getElementById('x')!])).outerHTML);
    expect(traced.root.textContent).toBe('一二文字三');
    const b = elementsByTag(traced.root, 'B')[0]!;
    expect(traced.originalOf(b)).toBe(elementsByTag(a, 'B')[0]);
    expect(traced.originalOf(traced.root)).toBe(a);
    page.close();
  });

  it('equals a node-by-node copy on the body of every fixture', () => {
    for (const name of fixtureNames()) {
      const page = loadFixture(name);
      const body = page.document.body;
      const exclude = new Set<Node>(elementsByTag(body, 'DIV').filter((_, i) => i % 5 === 2));
      const into = page.document.implementation.createHTMLDocument('');
      const traced = traceSubtree(body, into, exclude);
      expect(traced.root.outerHTML, name).toBe(referenceCopy(body, into, exclude).outerHTML);
      for (const el of elementsByTag(traced.root, '*').filter((_, i) => i % 17 === 0)) {
        const original = traced.originalOf(el)!;
        expect(original.tagName, name).toBe(el.tagName);
      }
      page.close();
    }
  });
});
