import { describe, expect, it } from 'vitest';
import { ChangeWatch } from '../../lib/page/change-watch';
import { loadFixture } from '../helpers/fixtures';

type Win = Window & typeof globalThis;

function watched() {
  const page = loadFixture('gov-liangjiang-seed');
  const doc = page.document;
  return { page, doc, watch: new ChangeWatch(doc) };
}

describe('ChangeWatch', () => {
  it('reports no change on a page nobody touched, and stays quiet through images loading', () => {
    const { page, doc, watch } = watched();
    expect(watch.changed).toBe(false);
    // Images and scripts load after DOMContentLoaded; they change nothing the detection reads.
    doc.body.querySelector('p')!.dispatchEvent(new page.window.Event('load'));
    expect(watch.changed).toBe(false);
    page.close();
  });

  it.each([
    ['a node added', (doc: Document) => doc.body.append(doc.createElement('div'))],
    ['a node removed', (doc: Document) => doc.body.querySelector('p')!.remove()],
    ['an attribute changed', (doc: Document) => doc.body.querySelector('p')!.setAttribute('class', 'hidden')],
    ['a text changed', (doc: Document) => ((doc.body.querySelector('p')!.firstChild as Text).data = '改过的文字')],
  ])('counts %s, without waiting for the observer to be called', (_, change) => {
    const { page, doc, watch } = watched();
    change(doc);
    // Read in the same task: the mutation records are taken, not waited for.
    expect(watch.changed).toBe(true);
    page.close();
  });

  it.each([
    ['a style sheet finishing loading', (_doc: Document, win: Win, link: Element) => link.dispatchEvent(new win.Event('load'))],
    ['a resize (media queries)', (_doc: Document, win: Win) => win.dispatchEvent(new win.Event('resize'))],
    ['a new fragment (:target)', (_doc: Document, win: Win) => win.dispatchEvent(new win.Event('hashchange'))],
    ['form state (:checked)', (doc: Document, win: Win) => doc.body.dispatchEvent(new win.Event('change'))],
    ['a details element opened', (doc: Document, win: Win) => doc.body.dispatchEvent(new win.Event('toggle'))],
    ['a CSS animation starting', (doc: Document, win: Win) => doc.body.dispatchEvent(new win.Event('animationstart', { bubbles: true }))],
    ['a CSS transition ending', (doc: Document, win: Win) => doc.body.querySelector('p')!.dispatchEvent(new win.Event('transitionend', { bubbles: true }))],
  ])('counts %s: styles that change without a mutation', (_, fire) => {
    const page = loadFixture('gov-liangjiang-seed');
    const doc = page.document;
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    doc.head.append(link);
    const watch = new ChangeWatch(doc);
    fire(doc, page.window, link);
    expect(watch.changed).toBe(true);
    page.close();
  });

  it('does not count the changes run through ignoring(), but counts the page changes before and after', async () => {
    const { page, doc, watch } = watched();
    const p = doc.body.querySelector('p')!;
    watch.ignoring(() => p.style.setProperty('display', 'none', 'important'));
    watch.ignoring(() => p.removeAttribute('style'));
    await Promise.resolve();
    expect(watch.changed).toBe(false);
    doc.body.append(doc.createElement('div'));
    expect(watch.ignoring(() => 42)).toBe(42);
    expect(watch.changed).toBe(true);
    page.close();
  });

  it('counts as changed a document it cannot watch (no window)', () => {
    const { page, doc } = watched();
    expect(new ChangeWatch(doc.implementation.createHTMLDocument('')).changed).toBe(true);
    page.close();
  });

  it('counts an animation still running when asked, and asks for them only then (not while the cleanup runs)', () => {
    const { page, doc } = watched();
    let running = false;
    let asked = 0;
    const animated = Object.assign(doc, {
      getAnimations: () => {
        asked++;
        return running ? [{ playState: 'running', pending: false }] : [{ playState: 'finished', pending: false }];
      },
    });
    const watch = new ChangeWatch(animated);
    watch.ignoring(() => doc.body.querySelector('p')!.setAttribute('style', 'display:none'));
    expect(asked).toBe(0);
    expect(watch.changed).toBe(false);
    expect(asked).toBe(1);
    running = true;
    expect(watch.changed).toBe(true);
    const failing = Object.assign(doc, {
      getAnimations: () => {
        throw new Error('no');
      },
    });
    expect(new ChangeWatch(failing).changed).toBe(true);
    page.close();
  });

  it('stops observing once stopped', () => {
    const { page, doc, watch } = watched();
    watch.stop();
    doc.body.append(doc.createElement('div'));
    expect(watch.changed).toBe(false);
    page.close();
  });
});
