import { defineConfig } from 'wxt';
import { DEFAULT_MATCHES } from './lib/sites';
import { eagerCompile } from './scripts/build/eager-compile';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Explicit imports everywhere: the same modules load in Node tests without WXT's globals.
  imports: false,
  // The store's source bundle: what builds the extension, not test output or screenshots.
  zip: { excludeSources: ['artifacts/**', 'reports/**', 'docs/screenshots/**'] },
  // The converter's worker loads its dictionaries with dynamic import(): ES module workers. The
  // content script's functions are compiled with the script, before the page is parsed
  // (scripts/build/eager-compile.ts).
  // No modulepreload polyfill: every browser we support (Chromium, Firefox 115+) preloads modules
  // itself, and the popup (a classic script) would otherwise get a module script only for it.
  vite: () => ({ worker: { format: 'es' }, build: { modulePreload: { polyfill: false } }, plugins: [eagerCompile(['content-scripts/content.js'])] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    // Interface strings follow the browser's language (zh_CN, zh_TW, en); other languages get English.
    default_locale: 'en',
    // activeTab + scripting: analyse a page outside the site list only when the user asks.
    // storage: settings. contextMenus: "copy key figures". clipboardWrite: that menu entry writes
    // the clipboard from the page it was clicked on. offscreen (Chrome): the Simplified/Traditional
    // converter lives in an offscreen document for the browser session (entrypoints/offscreen), not
    // in every tab. Host access comes from the content script's default site list; sites the user
    // adds are requested one by one (optional host permissions).
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'clipboardWrite', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The default sites as host permissions too: the same hosts as the content script's matches (no
    // new install warning), needed to inject the analyzer (entrypoints/analyzer.ts) when a report is
    // asked for. WXT moves them into `permissions` for MV2.
    host_permissions: DEFAULT_MATCHES,
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['*://*/*'] }
      : // MV2 (Firefox): host patterns are optional permissions (WXT drops optional_host_permissions there).
        { optional_permissions: ['*://*/*'] }),
    // Shortcuts Chromium accepts as suggestions (it refuses Alt+Shift+C and Alt+Shift+R):
    // L for 清理 (qīnglǐ, clean), Y for 阅读 (yuèdú, read).
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+Q' },
      },
      'toggle-clean': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commands_toggleClean__' },
      'toggle-reader': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_commands_toggleReader__' },
    },
    // Chromium 148+: messages are structured-cloned, not turned into JSON and back. The converter's
    // text crosses content script → offscreen → worker and back; the 3,000-node page's messages
    // took 26.0 → 16.7 ms (median). Firefox clones already; older Chromium ignores the key.
    ...(browser === 'firefox' ? {} : { message_serialization: 'structured_clone' }),
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
