import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { copyKeyFigures, toggleClean, toggleReader } from '../../utils/background/page-actions';
import { saveSettings } from '../../utils/settings-store';
import { formatFigures, LABELS } from '../../lib/figures/formats';
import { emptyReport } from '../../lib/pipeline';
import type { PageState, Request } from '../../lib/messages';
import type { Figure, Report } from '../../lib/report';

const figure = (raw: string, key: boolean): Figure => ({ raw, value: 1, value_high: null, unit: '元', qualifier: null, role: 'level', direction: null, subject: '总额', period: '', key, start: 0, end: 1, sentence: raw });

const report: Report = {
  ...emptyReport('https://tjj.qingjiang.gov.cn/a.html'),
  isArticle: true,
  title: '标题',
  figures: [figure('10亿元', true), figure('5%', false)],
  spam: [{ text: 'x', reason: 'r', technique: 'T9', action: 'hidden' }],
};

type Api = Record<string, Record<string, unknown>>;
const api = fakeBrowser as unknown as Api;

/** A tab whose content script answers like PageSession. */
function page(initial: Partial<PageState> = {}) {
  const state: PageState = { report, cleaned: true, ...initial };
  const requests: string[] = [];
  api.tabs!.sendMessage = vi.fn(async (_tab: number, request: Request) => {
    requests.push(request.type);
    if (request.type === 'qingyue:clean') state.cleaned = true;
    if (request.type === 'qingyue:restore') state.cleaned = false;
    return { ...state };
  });
  return { state, requests };
}

describe('background page actions (shortcuts, context menu)', () => {
  const tab = { id: 7, index: 2 } as never;
  let badge: string[];
  let executed: { func?: (...a: unknown[]) => unknown; args?: unknown[]; files?: string[] }[];

  beforeEach(() => {
    fakeBrowser.reset();
    badge = [];
    executed = [];
    api.action!.setBadgeText = vi.fn(async ({ text }: { text: string }) => void badge.push(text));
    api.action!.setBadgeBackgroundColor = vi.fn(async () => {});
    api.scripting = {
      executeScript: vi.fn(async (injection: { func?: () => unknown; args?: unknown[]; files?: string[] }) => {
        executed.push(injection);
        return [{ result: true }];
      }),
    };
    api.runtime!.sendMessage = vi.fn(async () => undefined);
    api.i18n!.getMessage = vi.fn((key: string) => (key === 'meta_locale' ? 'zh_CN' : key));
    api.i18n!.getUILanguage = vi.fn(() => 'zh-CN');
  });

  it('toggles the cleanup and sets the badge', async () => {
    const p = page({ cleaned: true });
    await toggleClean(tab);
    expect(p.requests).toEqual(['qingyue:get-state', 'qingyue:restore']);
    expect(badge.at(-1)).toBe('');
    await toggleClean(tab);
    expect(p.requests.slice(2)).toEqual(['qingyue:get-state', 'qingyue:clean']);
    expect(badge.at(-1)).toBe('1');
  });

  it('counts the hidden spam for the badge before the page has a report', async () => {
    const p = page({ report: null, cleaned: false, spamCount: 3 });
    await toggleClean(tab);
    expect(p.requests).toEqual(['qingyue:get-state', 'qingyue:clean']);
    expect(badge.at(-1)).toBe('3');
  });

  it('injects the content script first on a page without it (the shortcut grants activeTab)', async () => {
    let injected = false;
    api.tabs!.sendMessage = vi.fn(async (_t: number, request: Request) => {
      if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { report, cleaned: request.type === 'qingyue:clean' };
    });
    api.scripting!.executeScript = vi.fn(async (injection: { files?: string[] }) => {
      executed.push(injection);
      injected = true;
      return [];
    });
    await toggleClean(tab);
    expect(executed[0]!.files).toEqual(['/content-scripts/content.js']);
  });

  it('copies the key figures in the default format from the page, with localised headers', async () => {
    page();
    await saveSettings({ copyFormat: 'tsv', language: 'zh_TW' });
    expect(await copyKeyFigures(tab)).toBe(1);
    const call = executed[0]!;
    expect(call.args).toEqual([formatFigures('tsv', [report.figures[0]!], report.url, LABELS.zh_TW)]);
    expect(badge).toContain('✓');
  });

  it('writes the clipboard in the page with the async API, else the selection fallback', async () => {
    page();
    await copyKeyFigures(tab);
    const write = executed[0]!.func as (text: string) => Promise<boolean> | boolean;
    const written: string[] = [];
    vi.stubGlobal('navigator', { clipboard: { writeText: async (t: string) => void written.push(t) } });
    await expect(Promise.resolve(write('abc'))).resolves.toBe(true);
    expect(written).toEqual(['abc']);
    // No async clipboard (or it refuses): a selected textarea and the copy command.
    const { JSDOM } = await import('jsdom');
    const doc = new JSDOM('<p>page</p>').window.document;
    let selected = '';
    doc.execCommand = ((cmd: string) => {
      selected = cmd === 'copy' ? (doc.querySelector('textarea')?.value ?? '') : '';
      return true;
    }) as typeof doc.execCommand;
    vi.stubGlobal('navigator', {});
    vi.stubGlobal('document', doc);
    expect(write('表格')).toBe(true);
    expect(selected).toBe('表格');
    expect(doc.querySelector('textarea')).toBeNull();
    vi.unstubAllGlobals();
  });

  it('says so on the badge when the page has no figures', async () => {
    page({ report: { ...report, figures: [] } });
    expect(await copyKeyFigures(tab)).toBe(0);
    expect(badge).toContain('0');
    expect(executed).toEqual([]);
  });

  it('opens the reader next to the page, or closes the reader showing in that tab', async () => {
    page();
    const created: { url?: string; index?: number }[] = [];
    api.tabs!.create = vi.fn(async (props: { url?: string; index?: number }) => void created.push(props));
    await toggleReader(tab);
    expect(created).toHaveLength(1);
    expect(created[0]!.url).toMatch(/\/reader\.html\?tab=7$/);
    expect(created[0]!.index).toBe(3);
    api.runtime!.sendMessage = vi.fn(async () => true); // a reader answered: it closes itself
    await toggleReader(tab);
    expect(created).toHaveLength(1);
  });
});
