/**
 * A site's host permission was just granted (from the popup's "always clean this site", the
 * options page, or the browser's own site-access controls). The popup may already be gone by the
 * time the user answers the browser's prompt — on most systems the prompt closes it — so the
 * background finishes the job: the site joins the user's sites, the content script is registered
 * for it, and its open tabs are cleaned now.
 */
import { browser } from 'wxt/browser';
import { isDefaultSite } from '../../lib/sites';
import { hostMatches, siteOfPattern, sitePattern, withSiteAdded } from '../../lib/ui/site-rules';
import { loadSettings, saveSettings } from '../settings-store';
import { syncUserScripts } from './user-scripts';

/** Adds the sites behind newly granted origins; returns the hosts that were added. */
export async function adoptGrantedSites(origins: readonly string[]): Promise<string[]> {
  let settings = await loadSettings();
  const hosts = [...new Set(origins.map(siteOfPattern).filter(Boolean))].filter((h) => !isDefaultSite(h) && !settings.userSites.some((u) => hostMatches(h, u)));
  if (hosts.length) {
    let next = settings;
    for (const host of hosts) next = { ...next, ...withSiteAdded(next, host) };
    settings = await saveSettings({ userSites: next.userSites, blockedSites: next.blockedSites });
  }
  await syncUserScripts(loadSettings);
  for (const host of hosts) await cleanOpenTabs(host);
  return hosts;
}

/** Cleans the tabs that show `host` now (they loaded before the content script was registered). */
async function cleanOpenTabs(host: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: sitePattern(host) }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    try {
      await browser.tabs.sendMessage(tab.id, { type: 'qingyue:clean' });
    } catch {
      // No content script there yet: inject it; on a user site it cleans the page by itself.
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] }).catch(() => undefined);
    }
  }
}
