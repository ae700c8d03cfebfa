import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the same modules load in Node tests without WXT's globals.
  imports: false,
  // The converter's worker loads its dictionaries with dynamic import(): ES module workers.
  vite: () => ({ worker: { format: 'es' } }),
  manifest: ({ browser }) => ({
    name: '清阅 Qingyue',
    description: 'Readable Chinese government and news pages: clean article, injected-spam removal, outline, key figures, Simplified/Traditional conversion.',
    // activeTab + scripting: analyse a page outside the default list only when the user asks.
    // storage: settings. Host access comes from the content script's default site list.
    // offscreen (Chrome): the Simplified/Traditional converter lives in an offscreen document for
    // the browser session (entrypoints/offscreen), not in every tab.
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'qingyue@qingyue.app',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
