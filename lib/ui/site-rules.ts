/**
 * Where Qingyue cleans pages by itself: the default list, the sites the user added, minus the
 * sites the user blocked, and nowhere while the global switch is off. A site entry covers the
 * host and all of its subdomains (`example.gov.cn` covers `www.example.gov.cn`).
 */
import { domainPattern, isDefaultSite } from '../sites';
import type { Settings } from '../settings';

/** How Qingyue treats a host. */
export type SiteMode =
  /** on the built-in list: cleaned automatically */
  | 'default'
  /** added by the user: cleaned automatically once the host permission is granted */
  | 'user'
  /** the user said "never on this site" */
  | 'blocked'
  /** on no list: cleaned only when the user asks from the popup */
  | 'none';

/** Whether `host` is `domain` or one of its subdomains. */
export function hostMatches(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const d = domain.toLowerCase().replace(/\.$/, '');
  return d.length > 0 && (h === d || h.endsWith(`.${d}`));
}

/** The list a host falls under; a block wins over both lists. */
export function siteMode(host: string, settings: Pick<Settings, 'userSites' | 'blockedSites'>): SiteMode {
  if (!host) return 'none';
  if (settings.blockedSites.some((b) => hostMatches(host, b))) return 'blocked';
  if (settings.userSites.some((u) => hostMatches(host, u))) return 'user';
  if (isDefaultSite(host)) return 'default';
  return 'none';
}

/** Whether the content script should clean `host` on load without being asked. */
export function autoCleanAllowed(host: string, settings: Pick<Settings, 'enabled' | 'userSites' | 'blockedSites'>): boolean {
  if (!settings.enabled) return false;
  const mode = siteMode(host, settings);
  return mode === 'default' || mode === 'user';
}

/** The match pattern (and optional host permission) that covers a user site. */
export function sitePattern(host: string): string {
  return domainPattern(host);
}

/**
 * Match patterns for the content script registered at run time: the user's sites that are not
 * already on the default list and not blocked. (Permission checks happen in the browser code.)
 */
export function userSitePatterns(settings: Pick<Settings, 'userSites' | 'blockedSites'>): string[] {
  const hosts = settings.userSites.filter((h) => !isDefaultSite(h) && !settings.blockedSites.some((b) => hostMatches(h, b)));
  return [...new Set(hosts.map(sitePattern))].sort();
}

/** Settings after "always clean this site": added to the user's sites, removed from the blocked ones. */
export function withSiteAdded<T extends Pick<Settings, 'userSites' | 'blockedSites'>>(settings: T, host: string): Pick<Settings, 'userSites' | 'blockedSites'> {
  const blockedSites = settings.blockedSites.filter((b) => !hostMatches(host, b) && !hostMatches(b, host));
  const covered = isDefaultSite(host) || settings.userSites.some((u) => hostMatches(host, u));
  return { userSites: covered ? [...settings.userSites] : [...settings.userSites, host], blockedSites };
}

/** Settings after "never on this site": blocked, and no longer among the user's sites. */
export function withSiteBlocked<T extends Pick<Settings, 'userSites' | 'blockedSites'>>(settings: T, host: string): Pick<Settings, 'userSites' | 'blockedSites'> {
  const userSites = settings.userSites.filter((u) => !hostMatches(u, host) && !hostMatches(host, u));
  const blockedSites = settings.blockedSites.some((b) => hostMatches(host, b)) ? [...settings.blockedSites] : [...settings.blockedSites, host];
  return { userSites, blockedSites };
}

/** The site a granted match pattern stands for (`*://*.www.example.com/*` → `www.example.com`), or ''. */
export function siteOfPattern(pattern: string): string {
  const m = /^\*:\/\/\*\.([a-z0-9.-]+)\/\*$/i.exec(pattern);
  return m ? m[1]!.toLowerCase() : '';
}
