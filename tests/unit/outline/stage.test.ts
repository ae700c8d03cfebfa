import { describe, expect, it } from 'vitest';
import { analyze, analyzePage } from '../../../lib/pipeline';
import { parseHtml } from '../../../lib/node/html-file';
import { collapseSpace } from '../../../lib/dom/text';
import { fixtureNames, loadFixture, readExpected } from '../../helpers/fixtures';

// This stage's own fixtures and the source article; `npm run eval -- outline` scores every fixture
// with a `headings` field (other stages' fixtures included).
const withHeadings = fixtureNames().filter((n) => (n.startsWith('outline-') || n === 'gov-liangjiang-seed') && Array.isArray(readExpected(n).headings));

describe('outline stage on the fixtures', () => {
  it('has fixtures of every kind the issue asks for', () => {
    expect(withHeadings.filter((n) => n.startsWith('outline-')).length).toBeGreaterThanOrEqual(6);
    expect(withHeadings).toContain('gov-liangjiang-seed');
  });

  it.each(withHeadings)('%s: the gold outline, texts and levels', (name) => {
    const page = loadFixture(name);
    const report = analyze(page.document, { url: page.expected.url, window: page.window });
    page.close();
    const norm = (t: string) => collapseSpace(t).replace(/\s/g, '');
    expect(report.headings.map((h) => [norm(h.text), h.level])).toEqual(page.expected.headings!.map((h) => [norm(h.text), h.level]));
  });

  it('finds all section lines of the source article and none of its other short lines', () => {
    const page = loadFixture('gov-liangjiang-seed');
    const report = analyze(page.document, { url: page.expected.url, window: page.window });
    page.close();
    const found = new Set(report.headings.map((h) => collapseSpace(h.text)));
    const sections = page.expected.headings!.map((h) => h.text);
    for (const s of sections) expect(found).toContain(s);
    const otherShort = page.expected.gold!.split('\n').filter((l) => [...l].length <= 30 && !sections.includes(l));
    expect(otherShort.length).toBeGreaterThan(30);
    for (const line of otherShort) expect(found).not.toContain(collapseSpace(line));
    expect(report.headings.map((h) => h.kind)).toEqual(Array(11).fill('bold'));
  });
});

describe('anchors', () => {
  const page = loadFixture('outline-br-lines');
  const before = page.document.documentElement.outerHTML;
  const { report, headingTargets } = analyzePage(page.document, { url: page.expected.url, window: page.window });

  it('gives each heading a unique anchor, in order', () => {
    expect(report.headings.map((h) => h.anchor)).toEqual(report.headings.map((_, i) => `qy-h-${i + 1}`));
  });

  it('ties each anchor to the heading’s element on the analysed page', () => {
    expect([...headingTargets.keys()]).toEqual(report.headings.map((h) => h.anchor));
    for (const h of report.headings) {
      const el = headingTargets.get(h.anchor)!;
      expect(el.ownerDocument).toBe(page.document);
      expect(el.isConnected).toBe(true);
      expect(collapseSpace(el.textContent ?? '').startsWith(h.text)).toBe(true);
    }
    // A bold line in a <br>-separated cell points at its <b>, not at the whole cell.
    expect(headingTargets.get('qy-h-1')!.tagName).toBe('B');
  });

  it('puts the same anchors into the reader view HTML, before each heading’s text', () => {
    const view = parseHtml(`<body>${report.html}</body>`);
    for (const h of report.headings) {
      const el = view.document.getElementById(h.anchor);
      expect(el, h.anchor).not.toBeNull();
      // The element is the heading, or an empty marker right before its text.
      const text = collapseSpace(el!.textContent ?? '') || collapseSpace(el!.parentElement!.textContent ?? '');
      expect(text).toContain(h.text);
    }
    view.close();
  });

  it('leaves the analysed page unchanged', () => {
    expect(page.document.documentElement.outerHTML).toBe(before);
  });
});

describe('pages without sections', () => {
  it('gives an empty outline and leaves the reader HTML without anchors', () => {
    const page = loadFixture('outline-traps-no-sections');
    const { report, headingTargets } = analyzePage(page.document, { url: page.expected.url, window: page.window });
    page.close();
    expect(report.text.length).toBeGreaterThan(200);
    expect(report.headings).toEqual([]);
    expect(headingTargets.size).toBe(0);
    expect(report.html).not.toContain('qy-h-');
  });

  it('gives an empty outline when there is no article', () => {
    const page = parseHtml('<html><body><ul><li><a href="/a">首页</a></li></ul></body></html>');
    const report = analyze(page.document, { window: page.window });
    page.close();
    expect(report.headings).toEqual([]);
    expect(report.stages.find((s) => s.stage === 'outline')?.status).toBe('ok');
  });
});

describe('the source article with bare section lines', () => {
  it('finds all its section lines from their place among the text, and none of its other short lines', () => {
    // The seed page with every section line as a plain paragraph: no bold, no centring, no size.
    const page = loadFixture('gov-liangjiang-seed');
    for (const p of Array.from(page.document.querySelectorAll('#zoom p'))) {
      if (p.querySelector('strong')) {
        p.replaceChildren(p.textContent ?? '');
        p.removeAttribute('style');
      }
    }
    expect(page.document.querySelectorAll('#zoom strong').length).toBe(0);
    const report = analyze(page.document, { url: page.expected.url, window: page.window });
    page.close();
    expect(report.headings.map((h) => [h.text, h.level])).toEqual(page.expected.headings!.map((h) => [h.text, h.level]));
    expect(new Set(report.headings.map((h) => h.kind))).toEqual(new Set(['short-line']));
  });
});

describe('the source article as one <br>-separated block', () => {
  it('finds its section lines and none of its other short lines', () => {
    const expected = readExpected('gov-liangjiang-seed');
    const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const body = expected.gold!.split('\n').map(escape).join('<br><br>\n');
    const page = parseHtml(
      `<html><head><title>${escape(expected.metadata!.title!)}</title></head><body><div class="nav"><a href="/">首頁</a></div><div id="content">${body}</div></body></html>`,
      expected.url,
    );
    const report = analyze(page.document, { url: expected.url, window: page.window });
    page.close();
    expect(report.headings.map((h) => [h.text, h.level])).toEqual(expected.headings!.map((h) => [h.text, h.level]));
  });
});
