/**
 * Background: shows on the toolbar badge how many injected spam items were hidden on a tab.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isReportReady } from '../../lib/messages';
import { installConverterHost } from './converter-host';

export default defineBackground(() => {
  installConverterHost();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isReportReady(message) || sender.tab?.id === undefined) return undefined;
    const tabId = sender.tab.id;
    const text = message.spamCount > 0 ? String(message.spamCount) : '';
    // MV3 has `action`; Firefox's MV2 build has `browserAction`.
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeText({ tabId, text });
    void action.setBadgeBackgroundColor({ tabId, color: '#c0392b' });
    return undefined;
  });
});
