import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings, watchSettings } from '../../utils/settings-store';
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
});
