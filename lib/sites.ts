/**
 * The default sites where Qingyue cleans pages automatically: Chinese government portals and the
 * major national news sites. This file is the one list; `wxt.config.ts` and the content script
 * read it. Users add and remove sites in the options page.
 */

/** Government domains: every host under them. */
export const GOVERNMENT_DOMAINS = ['gov.cn', 'gov.tw', 'gov.hk', 'gov.mo'] as const;

/** National and major news sites (mainland, Taiwan, Hong Kong). */
export const NEWS_DOMAINS = [
  // mainland central media
  'people.com.cn', 'xinhuanet.com', 'news.cn', 'cctv.com', 'cnr.cn', 'chinanews.com.cn', 'chinanews.com',
  'gmw.cn', 'chinadaily.com.cn', 'ce.cn', 'youth.cn', 'cyol.com', 'china.com.cn', 'qstheory.cn',
  'stdaily.com', 'workercn.cn', 'legaldaily.com.cn', 'chinacourt.org', 'cri.cn', 'ybsj.cn',
  // mainland major outlets
  'thepaper.cn', 'bjnews.com.cn', 'caixin.com', 'yicai.com', 'jiemian.com', 'huanqiu.com', 'guancha.cn',
  'news.sina.com.cn', 'news.163.com', 'news.qq.com', 'news.ifeng.com', 'news.sohu.com',
  // Taiwan
  'cna.com.tw', 'udn.com', 'ltn.com.tw', 'chinatimes.com', 'ettoday.net', 'setn.com', 'storm.mg',
  // Hong Kong
  'rthk.hk', 'mingpao.com', 'hk01.com', 'hkej.com', 'news.gov.hk',
] as const;

/** Match pattern for a domain and all of its subdomains (`*.` also matches the domain itself). */
export function domainPattern(domain: string): string {
  return `*://*.${domain}/*`;
}

/** Match patterns of the default site list (content script `matches`, host permissions). */
export const DEFAULT_MATCHES: string[] = [...GOVERNMENT_DOMAINS, ...NEWS_DOMAINS].map(domainPattern);

/** Whether `hostname` is on the default list. */
export function isDefaultSite(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return [...GOVERNMENT_DOMAINS, ...NEWS_DOMAINS].some((d) => host === d || host.endsWith(`.${d}`));
}
