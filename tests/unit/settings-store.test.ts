import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPageSettings, loadSettings, mirrorSettings, saveSettings, watchSettings } from '../../utils/settings-store';
import { DEFAULT_SETTINGS } from '../../lib/settings';

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads defaults, saves patches, and validates what is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ userSites: ['https://www.Example.gov.cn/x'], convertTarget: 'hk' });
    expect(await loadSettings()).toMatchObject({ userSites: ['www.example.gov.cn'], convertTarget: 'hk', enabled: true });
    await fakeBrowser.storage.sync.set({ settings: { enabled: 'nope', copyFormat: 'markdown' } });
    expect(await loadSettings()).toMatchObject({ enabled: true, copyFormat: 'markdown', userSites: [] });
  });

  it('tells watchers about changes', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.enabled));
    await saveSettings({ enabled: false });
    stop();
    expect(seen).toEqual([false]);
  });

  it('gives content scripts the session copy, or the stored settings while there is none', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: false, blockedSites: ['www.beijing.gov.cn'] } });
    // No copy yet (the background script has not run): the stored settings.
    expect(await loadPageSettings()).toMatchObject({ enabled: false, blockedSites: ['www.beijing.gov.cn'] });
    // The copy wins, validated like the stored settings.
    await fakeBrowser.storage.session.set({ settings: { enabled: true, blockedSites: 'nope' } });
    expect(await loadPageSettings()).toMatchObject({ enabled: true, blockedSites: DEFAULT_SETTINGS.blockedSites });
    await fakeBrowser.storage.session.set({ settings: [1, 2] });
    expect((await loadPageSettings()).enabled).toBe(false);
  });

  it('keeps the copy equal to the stored settings: at once, after saves, and after changes made elsewhere', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: false } });
    const copied = async () => (await fakeBrowser.storage.session.get('settings')).settings as Record<string, unknown> | undefined;
    expect(await copied()).toBeUndefined();
    const stop = mirrorSettings();
    await expect.poll(async () => (await copied())?.enabled).toBe(false);
    // A save writes the copy itself (the background script may be asleep).
    await saveSettings({ blockedSites: ['www.example.gov.cn'] });
    expect(await copied()).toMatchObject({ enabled: false, blockedSites: ['www.example.gov.cn'] });
    // Another device changed the synced settings: the background script follows.
    await fakeBrowser.storage.sync.set({ settings: { enabled: true, convertTarget: 'hk' } });
    await expect.poll(copied).toMatchObject({ enabled: true, convertTarget: 'hk', blockedSites: DEFAULT_SETTINGS.blockedSites });
    expect(await loadPageSettings()).toEqual(await loadSettings());
    stop();
  });
});

