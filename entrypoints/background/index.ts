/**
 * Background: the toolbar badge (how many injected spam items are hidden on a tab), keyboard
 * shortcuts, the "copy key figures" context-menu entry, and the content script registration for
 * the sites the user added.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isCleanedNotice, isReportReady } from '../../lib/messages';
import { badgeText, BADGE_COLOR } from '../../lib/ui/badge';
import { backgroundRoute } from '../../utils/background-messages';
import { syncUserScripts } from '../../utils/background/user-scripts';
import { adoptGrantedSites } from '../../utils/background/granted-sites';
import { copyKeyFigures, toggleClean, toggleReader } from '../../utils/background/page-actions';
import { injectAnalyzer } from '../../utils/background/analyzer';
import { loadSettings, mirrorSettings, watchSettings } from '../../utils/settings-store';
import { t } from '../../utils/i18n';

const MENU_COPY = 'qingyue-copy-figures';
import { installConverterHost } from './converter-host';

export default defineBackground(() => {
  installConverterHost();
  // The copy of the settings that content scripts read as pages load (utils/settings-store.ts).
  mirrorSettings();
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Sender and shape first (utils/background-messages.ts): pages ask to sync sites, content scripts for the rest.
    const route = backgroundRoute(message, sender, browser.runtime.id, origin);
    if (route === 'sync-sites') return syncUserScripts(loadSettings).then((patterns) => ({ patterns }));
    // A content script wants a report or a conversion: the analyzer goes into its frame now.
    if (route === 'load-analyzer') return injectAnalyzer(sender);
    if (route !== 'badge' || !(isReportReady(message) || isCleanedNotice(message)) || sender.tab?.id === undefined) return undefined;
    const tabId = sender.tab.id;
    // MV3 has `action`; Firefox's MV2 build has `browserAction`.
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeText({ tabId, text: badgeText(message.spamCount) });
    void action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    return undefined;
  });

  // The user's sites: registered again whenever the list or a host permission changes.
  const sync = () => void syncUserScripts(loadSettings).catch((e: unknown) => console.warn('qingyue: registering user sites failed', e));
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  // A granted site is added even when the popup that asked was closed by the browser's prompt.
  browser.permissions.onAdded.addListener((granted) => void adoptGrantedSites(granted.origins ?? []).catch((e: unknown) => console.warn('qingyue: adding granted sites failed', e)));
  browser.permissions.onRemoved.addListener(sync);
  watchSettings(sync);

  const menus = browser.contextMenus;
  void menus
    .removeAll()
    .then(() => menus.create({ id: MENU_COPY, title: t('menu.copyFigures'), contexts: ['page', 'selection'] }))
    .catch(() => {});
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_COPY && tab) void copyKeyFigures(tab).catch((e: unknown) => console.warn('qingyue: copy failed', e));
  });

  browser.commands.onCommand.addListener((command, tab) => {
    const run = async () => {
      const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (!target) return;
      if (command === 'toggle-clean') await toggleClean(target);
      if (command === 'toggle-reader') await toggleReader(target);
    };
    void run().catch((e: unknown) => console.warn(`qingyue: ${command} failed`, e));
  });
});
