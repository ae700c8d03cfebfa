/**
 * The split between the content script on every matched page and the analyzer loaded on demand:
 * the loader, the toolbar-intent signal, the background's injection, the message checks, and
 * the built bundles (what the manifest injects, and that the heavy modules are not in it).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../lib/node/html-file';
import { isAnalyzerRequest, isCleanedNotice, isRequest } from '../../lib/messages';
import { analyzerLoader } from '../../utils/content/load-analyzer';
import { ANALYZER_FILE, ANALYZER_GLOBAL, loadedAnalyzer } from '../../utils/content/analyzer-contract';
import { onToolbarIntent } from '../../utils/content/intent';
import { injectAnalyzer, isContentSender } from '../../utils/background/analyzer';
import { analyzePage } from '../../lib/pipeline';
import { ROOT } from '../helpers/fixtures';
import { EAGER_COMPILE_HINT, eagerCompile } from '../../scripts/build/eager-compile';

const holder = globalThis as Record<string, unknown>;

describe('loading the analyzer into the page', () => {
  afterEach(() => {
    delete holder[ANALYZER_GLOBAL];
  });

  it('asks once, then uses what the injected script left in this world', async () => {
    const request = vi.fn(async () => {
      holder[ANALYZER_GLOBAL] = { analyzePage, installConversion: () => ({ handle: () => undefined }) };
      return true;
    });
    const load = analyzerLoader(request);
    const [a, b] = await Promise.all([load(), load()]);
    expect(a.analyzePage).toBe(analyzePage);
    expect(b).toBe(a);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('does not ask when the analyzer is already there (content script injected again)', async () => {
    holder[ANALYZER_GLOBAL] = { analyzePage, installConversion: () => ({ handle: () => undefined }) };
    const request = vi.fn(async () => true);
    await analyzerLoader(request)();
    expect(request).not.toHaveBeenCalled();
  });

  it('fails when nothing usable arrives, and asks again next time', async () => {
    const request = vi.fn(async () => {
      holder[ANALYZER_GLOBAL] = { analyzePage: 'not a function' };
    });
    const load = analyzerLoader(request);
    await expect(load()).rejects.toThrow(/could not be loaded/);
    expect(loadedAnalyzer()).toBeUndefined();
    const refused = vi.fn(async () => Promise.reject(new Error('Cannot access contents of the page')));
    const load2 = analyzerLoader(refused);
    await expect(load2()).rejects.toThrow(/Cannot access/);
    await expect(load2()).rejects.toThrow(/Cannot access/);
    expect(refused).toHaveBeenCalledTimes(2);
  });
});

describe('the sign that the user heads for the toolbar', () => {
  type Listener = (event: object) => void;
  function fakeDoc() {
    const listeners = new Map<string, Listener>();
    const doc = {
      addEventListener: (type: string, fn: Listener) => listeners.set(type, fn),
      removeEventListener: (type: string) => listeners.delete(type),
    } as unknown as Document;
    return { doc, listeners };
  }

  it('fires once when the pointer leaves through the top edge, not through the sides or into the page', () => {
    const { doc, listeners } = fakeDoc();
    const callback = vi.fn();
    onToolbarIntent(doc, callback);
    listeners.get('mouseout')!({ isTrusted: true, relatedTarget: {}, clientY: 0 });
    listeners.get('mouseout')!({ isTrusted: true, relatedTarget: null, clientY: 300 });
    expect(callback).not.toHaveBeenCalled();
    listeners.get('mouseout')!({ isTrusted: true, relatedTarget: null, clientY: -2 });
    expect(callback).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
  });

  it('fires on Alt+Shift (the default shortcuts), and ignores synthetic events from the page', () => {
    const { doc, listeners } = fakeDoc();
    const callback = vi.fn();
    onToolbarIntent(doc, callback);
    listeners.get('keydown')!({ isTrusted: false, altKey: true, shiftKey: true });
    listeners.get('mouseout')!({ isTrusted: false, relatedTarget: null, clientY: -5 });
    listeners.get('keydown')!({ isTrusted: true, altKey: true, shiftKey: false });
    expect(callback).not.toHaveBeenCalled();
    listeners.get('keydown')!({ isTrusted: true, altKey: true, shiftKey: true });
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('ignores events a page script dispatches on a real document', () => {
    const { document, window } = parseHtml('<body><p>x</p></body>');
    const callback = vi.fn();
    const stop = onToolbarIntent(document, callback);
    document.dispatchEvent(new window.MouseEvent('mouseout', { clientY: -10, relatedTarget: null }));
    document.dispatchEvent(new window.KeyboardEvent('keydown', { altKey: true, shiftKey: true }));
    expect(callback).not.toHaveBeenCalled();
    stop();
  });
});

describe('the background injects the analyzer for its own content scripts only', () => {
  const api = () => {
    const calls: unknown[] = [];
    return { calls, api: { runtime: { id: 'ext' }, scripting: { executeScript: vi.fn(async (i: unknown) => void calls.push(i)) } } };
  };

  it('into the sender frame, by file', async () => {
    const { calls, api: a } = api();
    await expect(injectAnalyzer({ id: 'ext', tab: { id: 4 }, frameId: 0, url: 'https://www.gov.cn/a.html' }, a)).resolves.toBe(true);
    expect(calls).toEqual([{ target: { tabId: 4, frameIds: [0] }, files: [ANALYZER_FILE] }]);
  });

  it('refuses other extensions, extension pages and senders without a tab', async () => {
    const { calls, api: a } = api();
    expect(isContentSender({ id: 'other', tab: { id: 4 }, url: 'https://www.gov.cn/' }, a)).toBe(false);
    expect(isContentSender({ id: 'ext', url: 'chrome-extension://ext/popup.html' }, a)).toBe(false);
    expect(isContentSender({ id: 'ext', tab: { id: 4 }, url: 'chrome-extension://ext/reader.html' }, a)).toBe(false);
    await expect(injectAnalyzer({ id: 'ext', url: 'https://www.gov.cn/' }, a)).rejects.toThrow();
    expect(calls).toEqual([]);
  });

  it('checks the shapes of the new messages', () => {
    expect(isAnalyzerRequest({ type: 'qingyue:load-analyzer' })).toBe(true);
    expect(isAnalyzerRequest({ type: 'qingyue:load-analyzer', files: ['x.js'] })).toBe(false);
    expect(isCleanedNotice({ type: 'qingyue:cleaned', spamCount: 3 })).toBe(true);
    expect(isCleanedNotice({ type: 'qingyue:cleaned', spamCount: -1 })).toBe(false);
    expect(isCleanedNotice({ type: 'qingyue:cleaned', spamCount: 1, extra: 1 })).toBe(false);
    expect(isRequest({ type: 'qingyue:get-state' })).toBe(true);
    expect(isRequest({ type: 'qingyue:get-state', x: 1 })).toBe(false);
  });
});

const OUT = path.join(ROOT, '.output/chrome-mv3');
const built = fs.existsSync(path.join(OUT, 'manifest.json')) && fs.existsSync(path.join(OUT, ANALYZER_FILE));

describe('eagerCompile (the build plugin)', () => {
  it('prepends the hint to the named chunks only, once', () => {
    const bundle = {
      'content-scripts/content.js': { type: 'chunk', fileName: 'content-scripts/content.js', code: 'var content=1;' },
      'analyzer.js': { type: 'chunk', fileName: 'analyzer.js', code: 'var analyzer=1;' },
      'icon.png': { type: 'asset', fileName: 'icon.png', source: '' },
    };
    const plugin = eagerCompile(['content-scripts/content.js']);
    const run = () => (plugin.generateBundle as (o: unknown, b: unknown) => void).call({}, {}, bundle);
    run();
    run();
    expect(bundle['content-scripts/content.js'].code).toBe(`${EAGER_COMPILE_HINT}\nvar content=1;`);
    expect(bundle['analyzer.js'].code).toBe('var analyzer=1;');
  });
});

describe.skipIf(!built)('the built extension (npm run build)', () => {
  const manifest = () => JSON.parse(fs.readFileSync(path.join(OUT, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[]; matches: string[] }[]; host_permissions: string[] };

  it('injects at most 60 KB gzipped on a matched page, without the pipeline in it', () => {
    const scripts = manifest().content_scripts.flatMap((c) => c.js);
    expect(scripts).toEqual(['content-scripts/content.js']);
    const code = fs.readFileSync(path.join(OUT, scripts[0]!));
    expect(zlib.gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(60 * 1024);
    // Readability and DOMPurify are only in the analyzer.
    const text = code.toString('utf8');
    const analyzer = fs.readFileSync(path.join(OUT, ANALYZER_FILE), 'utf8');
    for (const marker of ['_grabArticle', 'DOMPurify']) {
      expect(text).not.toContain(marker);
      expect(analyzer).toContain(marker);
    }
  });

  /** Each marker is in the built content script and not in the analyzer (which uses the content script's copy). */
  const onlyInContentScript = (markers: string[]) => {
    const content = fs.readFileSync(path.join(OUT, 'content-scripts/content.js'), 'utf8');
    const analyzer = fs.readFileSync(path.join(OUT, ANALYZER_FILE), 'utf8');
    for (const marker of markers) {
      expect(content).toContain(marker);
      expect(analyzer).not.toContain(marker);
    }
  };

  it('keeps the spam detectors and their vocabulary in the content script: the analyzer runs that copy', () => {
    // A word of the spam lexicon, and the style the hidden-block detectors look for.
    onlyInContentScript(['百家乐', 'display:none']);
  });

  it('keeps the extension API wrapper and the settings store in the content script: the analyzer uses its channels', () => {
    // webextension-polyfill's guard message, and the storage keys of utils/settings-store.ts.
    onlyInContentScript(['This script should only be loaded in a browser extension', 'session:settings']);
  });

  it('marks the content script, and only it, for eager compilation (scripts/build/eager-compile.ts)', () => {
    const first = (file: string) => fs.readFileSync(path.join(OUT, file), 'utf8').split('\n', 1)[0];
    expect(first('content-scripts/content.js')).toBe(EAGER_COMPILE_HINT);
    expect(first(ANALYZER_FILE)).not.toBe(EAGER_COMPILE_HINT);
    expect(first('background.js')).not.toBe(EAGER_COMPILE_HINT);
  });

  it.each([
    ['popup.html', '/popup-app.js'],
    ['reader.html', '/reader-app.js'],
  ])('loads %s from one classic script in its head, ahead of the stylesheet (%s)', (page, script) => {
    const html = parseHtml(fs.readFileSync(path.join(OUT, page), 'utf8')).document;
    const scripts = [...html.querySelectorAll('script[src]')];
    const app = scripts.find((s) => s.getAttribute('src') === script)!;
    expect(app.parentElement!.localName).toBe('head');
    expect(app.hasAttribute('type') || app.hasAttribute('defer') || app.hasAttribute('async')).toBe(false);
    const stylesheet = html.querySelector('link[rel="stylesheet"]')!;
    expect(app.compareDocumentPosition(stylesheet) & 4 /* DOCUMENT_POSITION_FOLLOWING */).toBeTruthy();
    // Nothing else of ours: WXT's plugin loader is an empty module (no WXT plugins), and no chunks to preload.
    for (const other of scripts.filter((s) => s !== app)) expect(fs.readFileSync(path.join(OUT, other.getAttribute('src')!), 'utf8').trim()).toBe('');
    expect(html.querySelector('link[rel="modulepreload"]')).toBeNull();
    // Self-contained: a classic script cannot import chunks.
    expect(fs.readFileSync(path.join(OUT, script), 'utf8')).not.toMatch(/\bimport\s*[\s{(*'"]|from\s*['"]\.\//);
  });

  it('has host access exactly where the content script runs', () => {
    const m = manifest();
    expect([...m.host_permissions].sort()).toEqual([...m.content_scripts[0]!.matches].sort());
  });
});
