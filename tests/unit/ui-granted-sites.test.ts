import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { adoptGrantedSites } from '../../utils/background/granted-sites';
import { loadSettings, saveSettings } from '../../utils/settings-store';
import { siteOfPattern } from '../../lib/ui/site-rules';

type Api = Record<string, Record<string, unknown>>;
const api = fakeBrowser as unknown as Api;

describe('sites added by granting their permission', () => {
  let registered: { id: string; matches: string[] }[];
  let cleaned: number[];
  let injected: number[];

  beforeEach(() => {
    fakeBrowser.reset();
    registered = [];
    cleaned = [];
    injected = [];
    const granted = new Set<string>();
    api.permissions!.contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)));
    (api as Record<string, unknown>).grant = (o: string) => granted.add(o);
    api.scripting = {
      getRegisteredContentScripts: vi.fn(async () => registered),
      registerContentScripts: vi.fn(async (s: { id: string; matches: string[] }[]) => void registered.push(...s)),
      updateContentScripts: vi.fn(async (s: { id: string; matches: string[] }[]) => void (registered = s)),
      unregisterContentScripts: vi.fn(async () => void (registered = [])),
      executeScript: vi.fn(async ({ target }: { target: { tabId: number } }) => void injected.push(target.tabId)),
    };
    api.tabs!.query = vi.fn(async ({ url }: { url: string }) => (url === '*://*.www.example.com/*' ? [{ id: 4 }, { id: 5 }] : []));
    api.tabs!.sendMessage = vi.fn(async (tabId: number) => {
      if (tabId === 5) throw new Error('Receiving end does not exist.');
      cleaned.push(tabId);
      return { report: null, cleaned: true };
    });
  });

  it('reads the site from the granted pattern', () => {
    expect(siteOfPattern('*://*.www.example.com/*')).toBe('www.example.com');
    expect(siteOfPattern('*://*/*')).toBe('');
    expect(siteOfPattern('https://www.example.com/*')).toBe('');
  });

  it('adds the site, registers the content script and cleans its open tabs, even with the popup gone', async () => {
    await saveSettings({ blockedSites: ['www.example.com'] });
    (api as unknown as { grant: (o: string) => void }).grant('*://*.www.example.com/*');
    expect(await adoptGrantedSites(['*://*.www.example.com/*', '*://*.news.cn/*', '*://*/*'])).toEqual(['www.example.com']);
    const settings = await loadSettings();
    expect(settings.userSites).toEqual(['www.example.com']);
    expect(settings.blockedSites).toEqual([]);
    expect(registered.map((r) => r.matches)).toEqual([['*://*.www.example.com/*']]);
    expect(cleaned).toEqual([4]);
    expect(injected).toEqual([5]);
  });

  it('does nothing new for a site that is already the user’s', async () => {
    await saveSettings({ userSites: ['example.com'] });
    expect(await adoptGrantedSites(['*://*.www.example.com/*'])).toEqual([]);
    expect((await loadSettings()).userSites).toEqual(['example.com']);
    expect(cleaned).toEqual([]);
  });
});
