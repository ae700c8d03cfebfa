/**
 * Hostile pages in real Chromium with the built extension (tests/fixtures/hostile-*): nothing
 * from them runs in the popup, the reader view, the background or any other extension page, and
 * Qingyue makes nothing run in the page that the page did not run by itself.
 *
 * Every payload records itself when it runs: `window.__ran` (runs in the page as served),
 * `window.__pwned` (inert as served: it runs only if something re-parses or re-activates the
 * page's markup), requests to /__ran/… and /__pwned/…, or an alert with a `qingyue-` marker.
 * Each page is first loaded where Qingyue does not run (the baseline: what the page runs by
 * itself), then on a gov.cn host: cleaned, analysed, popup opened, cleanup undone and redone,
 * converted and restored, figures copied, reader view opened and its outline followed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { browserUnavailable } from '../helpers/browser';
import { launchUi, type UiBrowser } from '../helpers/ui-browser';
import { startFixtureServer, type FixtureServer } from '../helpers/server';
import { fixtureNames, readExpected } from '../helpers/fixtures';

const unavailable = browserUnavailable();
const HOSTILE = fixtureNames().filter((n) => n.startsWith('hostile-'));

interface Flags {
  ran: string[];
  pwned: string[];
}

/** Elements and attributes that must never appear in the reader's article. */
const FORBIDDEN_IN_ARTICLE =
  'script, style, link, meta, base, iframe, frame, frameset, object, embed, applet, form, input, button, textarea, select, svg, math, template, noscript, dialog, map, area, portal, ' +
  '[style], [class], [srcdoc], [srcset], [popover], [tabindex], [background], [formaction], [action], [ping]';

describe.skipIf(unavailable)('hostile pages', () => {
  let b: UiBrowser;
  let server: FixtureServer;
  const markers: { url: string; frame: string }[] = [];
  const dialogs: { page: string; message: string }[] = [];
  const extensionProblems: string[] = [];

  const flags = (p: Page): Promise<Flags> =>
    p.evaluate(() => {
      const w = window as unknown as { __ran?: unknown; __pwned?: unknown };
      const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);
      return { ran: list(w.__ran), pwned: list(w.__pwned) };
    });

  beforeAll(async () => {
    server = await startFixtureServer();
    b = await launchUi();
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    b.context.on('request', (request) => {
      const url = request.url();
      if (!/\/__(ran|pwned)\//.test(url)) return;
      // An <object>/<embed> request belongs to the plugin frame it creates (no URL yet): the
      // document that asked for it is the nearest ancestor frame with a URL.
      let frame = '';
      try {
        for (let f: Frame | null = request.frame(); f && !frame; f = f.parentFrame()) frame = f.url() === 'about:blank' ? '' : f.url();
      } catch {
        frame = 'worker';
      }
      markers.push({ url, frame });
    });
    const watch = (p: Page) => {
      p.on('dialog', (d) => {
        dialogs.push({ page: p.url(), message: d.message() });
        void d.dismiss().catch(() => {});
      });
      p.on('console', (m) => {
        const text = m.text();
        if (p.url().startsWith('chrome-extension://') && /Content Security Policy|Trusted ?Type|TrustedHTML|TrustedScript/i.test(text)) extensionProblems.push(`${p.url()}: ${text}`);
      });
      p.on('pageerror', (e) => {
        if (p.url().startsWith('chrome-extension://')) extensionProblems.push(`${p.url()}: ${e.message}`);
      });
    };
    b.context.pages().forEach(watch);
    b.context.on('page', watch);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('has hostile fixtures to run', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(7);
  });

  it.each(HOSTILE)('%s: nothing runs in the extension; Qingyue runs nothing new in the page', async (name) => {
    const expected = readExpected(name);
    const host = `www.${name}.gov.cn`;
    markers.length = 0;
    dialogs.length = 0;
    extensionProblems.length = 0;

    // Baseline: what the page runs by itself, where Qingyue does not run.
    const base = await b.context.newPage();
    await base.goto(server.url(`www.${name}.example.org`, name), { waitUntil: 'load' });
    await base.waitForTimeout(600);
    const baseline = await flags(base);
    await base.close();
    console.log(`${name}: payloads that run in the page by itself: ${baseline.ran.join(', ') || 'none'}`);
    expect(baseline.pwned, 'inert payloads are inert as served').toEqual([]);

    const page = await b.context.newPage();
    await page.goto(server.url(host, name), { waitUntil: 'load' });
    await expect.poll(async () => (await b.pageState(page)).report?.isArticle ?? null, { timeout: 20_000 }).toBe(true);
    const report = (await b.pageState(page)).report!;
    if (expected.metadata?.title) expect(report.title).toBe(expected.metadata.title);

    // The popup: everything from the page is text.
    const popup = await b.openPopup(page);
    await popup.locator('.article h1').waitFor({ timeout: 15_000 });
    expect(await popup.locator('.article h1').textContent()).toBe(report.title);
    const popupDom = await popup.evaluate(() => ({
      foreign: document.querySelectorAll('#app img, #app script, #app iframe, #app object, #app embed, #app style, #app link, #app svg:not(.icon), #app math').length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)),
    }));
    expect(popupDom).toEqual({ foreign: 0, handlers: [] });

    // Undo the cleanup and clean again when there is something to hide; convert and restore.
    const cleanSwitch = popup.getByRole('switch');
    if (await cleanSwitch.isEnabled()) {
      const was = (await cleanSwitch.getAttribute('aria-checked')) === 'true';
      await cleanSwitch.click();
      await expect.poll(async () => (await b.pageState(page)).cleaned).toBe(!was);
      await popup.getByRole('switch').click();
      await expect.poll(async () => (await b.pageState(page)).cleaned).toBe(was);
    }
    await popup.locator('#convert').selectOption('tw');
    await expect.poll(async () => (await b.pageState(page)).converted ?? null, { timeout: 20_000 }).toBe('tw');
    await popup.locator('#convert').selectOption('');
    await expect.poll(async () => (await b.pageState(page)).converted ?? null, { timeout: 20_000 }).toBeNull();

    // Copy all figures: no spreadsheet formula can start a text cell; Markdown cells keep their pipes escaped.
    if (report.figures.length) {
      const copyAll = popup.getByRole('button', { name: /全部复制/ });
      await popup.getByRole('combobox', { name: '复制格式' }).selectOption('tsv');
      await copyAll.click();
      const tsv = await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toContain('\t').then(() => popup.evaluate(() => navigator.clipboard.readText()));
      const rows = tsv.trimEnd().split('\n').map((r) => r.split('\t'));
      expect(new Set(rows.map((r) => r.length)).size, 'every row has the same cells').toBe(1);
      for (const row of rows.slice(1)) row.forEach((cell, i) => i !== 1 && expect(cell, `TSV cell ${i}`).not.toMatch(/^[=+\-@\t\r]/));
      await popup.getByRole('combobox', { name: '复制格式' }).selectOption('markdown');
      await copyAll.click();
      await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toMatch(/^\| /);
      const md = await popup.evaluate(() => navigator.clipboard.readText());
      const cells = md.trimEnd().split('\n').map((line) => line.split(/(?<!\\)\|/).length);
      expect(new Set(cells).size, 'every Markdown row has the same cells').toBe(1);
      await popup.getByRole('combobox', { name: '复制格式' }).selectOption('tsv');
    }

    // The reader view.
    const [reader] = await Promise.all([b.context.waitForEvent('page'), popup.locator('[data-focus="reader"]').click()]);
    await reader.locator('article h1').waitFor({ timeout: 15_000 });
    const dom = await reader.evaluate((forbidden) => {
      const content = document.querySelector('article .content')!;
      const all = [...document.querySelectorAll('*')];
      const urls = [...content.querySelectorAll('[href], [src], [poster], [cite], [xlink\\:href]')].flatMap((el) =>
        ['href', 'src', 'poster', 'cite', 'xlink:href'].filter((a) => el.hasAttribute(a)).map((a) => `${a}=${el.getAttribute(a)}`),
      );
      const links = [...document.querySelectorAll('article a[href]')].filter((a) => !a.getAttribute('href')!.startsWith('#'));
      // Unrendered elements (a video's <source>) have no computed position.
      const placed = [...content.querySelectorAll('*')].filter((el) => !['static', 'relative', ''].includes(getComputedStyle(el).position));
      const back = document.getElementById('qy-back')!.getBoundingClientRect();
      const atBack = document.elementFromPoint(back.x + back.width / 2, back.y + back.height / 2);
      return {
        forbidden: [...content.querySelectorAll(forbidden)].map((el) => el.outerHTML.slice(0, 80)),
        handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)),
        badUrls: urls.filter((u) => !/^(href|src|poster|cite|xlink:href)=(https?:\/\/|#)/i.test(u)),
        unsafeLinks: links.filter((a) => a.getAttribute('target') !== '_blank' || !/\bnoopener\b/.test(a.getAttribute('rel') ?? '') || !/\bnoreferrer\b/.test(a.getAttribute('rel') ?? '')).map((a) => a.outerHTML.slice(0, 80)),
        placed: placed.map((el) => `${el.tagName}:${getComputedStyle(el).position}`),
        backReachable: Boolean(atBack && document.getElementById('qy-back')!.contains(atBack)),
        chromeIds: ['qy-main', 'qy-toc', 'qy-toc-list', 'qy-tools', 'qy-site', 'qy-back'].map((id) => document.querySelectorAll(`[id="${id}"]`).length),
        h1: { text: document.querySelector('article h1')!.textContent, elements: document.querySelector('article h1')!.children.length },
        toc: [...document.querySelectorAll('#qy-toc a')].map((a) => {
          const id = a.getAttribute('href')!.slice(1);
          const targets = content.querySelectorAll(`[id="${CSS.escape(id)}"]`);
          const t = targets[0];
          const text = t ? (t.textContent || t.parentElement?.textContent || '') : '';
          return { heading: a.textContent ?? '', targets: targets.length, at: text.replace(/\s+/g, '').slice(0, 40) };
        }),
      };
    }, FORBIDDEN_IN_ARTICLE);
    expect(dom.forbidden).toEqual([]);
    expect(dom.handlers).toEqual([]);
    expect(dom.badUrls).toEqual([]);
    expect(dom.unsafeLinks).toEqual([]);
    expect(dom.placed).toEqual([]);
    expect(dom.backReachable, 'the reader chrome stays on top').toBe(true);
    expect(dom.chromeIds).toEqual([1, 1, 1, 1, 1, 1]);
    expect(dom.h1).toEqual({ text: report.title, elements: 0 });
    for (const entry of dom.toc) {
      expect(entry.targets, entry.heading).toBe(1);
      expect(entry.at.startsWith(entry.heading.replace(/\s+/g, '')), `${entry.heading} → ${entry.at}`).toBe(true);
    }
    if (expected.headings) expect(dom.toc.map((x) => x.heading)).toEqual(expected.headings.map((x) => x.text));
    // Follow the outline: the reader stays where it is.
    for (const link of await reader.locator('#qy-toc a').all()) await link.click();
    expect(new URL(reader.url()).pathname).toBe('/reader.html');

    // Nothing ran in any extension context.
    await reader.waitForTimeout(400);
    for (const p of [popup, reader]) expect(await flags(p), p.url()).toEqual({ ran: [], pwned: [] });
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.locator('main').waitFor();
    expect(await flags(options)).toEqual({ ran: [], pwned: [] });
    expect(await b.worker.evaluate(() => [typeof (self as unknown as { __ran?: unknown }).__ran, typeof (self as unknown as { __pwned?: unknown }).__pwned])).toEqual(['undefined', 'undefined']);
    expect(markers.filter((m) => !m.frame.startsWith('http://'))).toEqual([]);
    expect(extensionProblems).toEqual([]);
    // Trusted Types (the reader's CSP meta): HTML sinks take only DOMPurify's TrustedHTML. Probed
    // after the check above, since the blocked probe itself reports a violation.
    const trustedTypes = await reader.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'html sinks open';
      } catch {
        return 'enforced';
      }
    });
    expect(trustedTypes).toBe('enforced');

    // In the page: nothing inert came alive, nothing ran that the page did not run by itself.
    const after = await flags(page);
    expect(after.pwned).toEqual([]);
    expect(after.ran.filter((x) => !baseline.ran.includes(x))).toEqual([]);
    expect(markers.filter((m) => m.url.includes('/__pwned/'))).toEqual([]);
    expect(dialogs).toEqual([]);

    for (const p of [options, reader, popup, page]) await p.close().catch(() => {});
  });
});
