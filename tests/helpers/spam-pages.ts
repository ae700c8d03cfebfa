/** Spam test data shared by the unit and real-browser tests. */

/** Fixtures whose injected spam the content script must hide, with the host they are served under. */
export const SPAM_PAGES: [fixture: string, host: string][] = [
  ['gov-liangjiang-seed', 'www.liangjiang.gov.cn'],
  ['spam-display-none-links', 'www.yunxi.gov.cn'],
  ['spam-mixed-hidden', 'www.liuhe.gov.cn'],
  ['spam-style-class-head', 'zjj.jiangzhou.gov.cn'],
  ['spam-friend-links', 'rd.jiangyang.gov.cn'],
  ['spam-unicode-separators', 'nynct.sheng.gov.cn'],
  ['spam-appended-news', 'www.news.cn'],
  ['spam-trad-sentence', 'www.taichung.gov.tw'],
];

/** Gambling links (host, text) that a page's script adds in a hidden block after the cleanup. */
export const LATE_SPAM_LINKS: [host: string, text: string][] = [
  ['hg8866.com', '皇冠体育投注'],
  ['amxpj-777.com', '澳门新葡京官网'],
  ['bjl3388.cc', '百家乐在线开户'],
  ['ssc-pt.net', '重庆时时彩平台'],
];
