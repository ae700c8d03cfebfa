import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { autoCleanAllowed, hostMatches, siteMode, sitePattern, userSitePatterns, withSiteAdded, withSiteBlocked } from '../../lib/ui/site-rules';

const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('site rules', () => {
  it('matches a host to a site entry and its subdomains only', () => {
    expect(hostMatches('www.example.gov.cn', 'example.gov.cn')).toBe(true);
    expect(hostMatches('example.gov.cn', 'example.gov.cn')).toBe(true);
    expect(hostMatches('badexample.gov.cn', 'example.gov.cn')).toBe(false);
    expect(hostMatches('example.gov.cn.evil.com', 'example.gov.cn')).toBe(false);
    expect(hostMatches('WWW.Example.COM.', 'example.com')).toBe(true);
    expect(hostMatches('example.com', '')).toBe(false);
  });

  it('puts each host on one list: blocked wins, then the user list, then the default list', () => {
    const s = settings({ userSites: ['www.example.com'], blockedSites: ['www.beijing.gov.cn'] });
    expect(siteMode('tjj.qingjiang.gov.cn', s)).toBe('default');
    expect(siteMode('www.beijing.gov.cn', s)).toBe('blocked');
    expect(siteMode('sub.www.beijing.gov.cn', s)).toBe('blocked');
    expect(siteMode('www.example.com', s)).toBe('user');
    expect(siteMode('news.example.com', s)).toBe('none');
    expect(siteMode('', s)).toBe('none');
  });

  it('cleans automatically only on listed, unblocked sites while the switch is on', () => {
    const s = settings({ userSites: ['www.example.com'], blockedSites: ['www.beijing.gov.cn'] });
    expect(autoCleanAllowed('tjj.qingjiang.gov.cn', s)).toBe(true);
    expect(autoCleanAllowed('www.example.com', s)).toBe(true);
    expect(autoCleanAllowed('www.beijing.gov.cn', s)).toBe(false);
    expect(autoCleanAllowed('www.example.org', s)).toBe(false);
    expect(autoCleanAllowed('tjj.qingjiang.gov.cn', { ...s, enabled: false })).toBe(false);
  });

  it('registers the content script only for user sites that the default list does not cover and that are not blocked', () => {
    const s = settings({ userSites: ['www.example.com', 'news.cn', 'a.example.org', 'b.example.org'], blockedSites: ['b.example.org'] });
    expect(userSitePatterns(s)).toEqual(['*://*.a.example.org/*', '*://*.www.example.com/*']);
    expect(sitePattern('www.example.com')).toBe('*://*.www.example.com/*');
  });

  it('"always clean" adds the site and unblocks it; "never" blocks it and drops it from the user list', () => {
    const s = settings({ userSites: ['a.example.org'], blockedSites: ['www.example.com'] });
    expect(withSiteAdded(s, 'www.example.com')).toEqual({ userSites: ['a.example.org', 'www.example.com'], blockedSites: [] });
    expect(withSiteAdded(s, 'x.a.example.org')).toEqual({ userSites: ['a.example.org'], blockedSites: ['www.example.com'] });
    expect(withSiteAdded(s, 'www.gov.cn')).toEqual({ userSites: ['a.example.org'], blockedSites: ['www.example.com'] });
    expect(withSiteBlocked(s, 'a.example.org')).toEqual({ userSites: [], blockedSites: ['www.example.com', 'a.example.org'] });
    expect(withSiteBlocked(s, 'www.example.com')).toEqual({ userSites: ['a.example.org'], blockedSites: ['www.example.com'] });
  });
});
