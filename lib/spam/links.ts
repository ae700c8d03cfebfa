/**
 * Where a link points, as spam evidence: to the page's own site, to a trusted public site
 * (government, education, the major news sites), to an unknown site, or to a raw `IP:port`.
 * Injected link blocks point at unknown sites or raw addresses; menus and related-link lists of
 * real pages point at their own site and at other government sites.
 */
import { GOVERNMENT_DOMAINS, NEWS_DOMAINS } from '../sites';

export type LinkKind = 'local' | 'same-site' | 'trusted' | 'untrusted' | 'ip';

/** Second-level suffixes under which the registrable domain has three labels. */
const SECOND_LEVEL = new Set(['com', 'net', 'org', 'gov', 'edu', 'ac', 'mil', 'co', 'or', 'ne', 'go', 'idv', 'ltd', 'biz', 'info', 'int', 'nom', 'sch']);

/** Public-sector suffixes and well-known services whose links are never injected spam. */
const TRUSTED_SUFFIXES = [
  ...GOVERNMENT_DOMAINS, ...NEWS_DOMAINS, 'gov', 'edu', 'mil', 'edu.cn', 'ac.cn', 'org.cn', 'mil.cn', 'edu.tw', 'org.tw', 'edu.hk', 'org.hk', 'gov.mo',
  'beian.gov.cn', 'miit.gov.cn', '12377.cn', 'cyberpolice.cn', 'conac.cn', 'cnzz.com', '51.la', 'baidu.com', 'weibo.com', 'qq.com',
  'weixin.qq.com', 'sina.com.cn', 'sohu.com', '163.com', 'ifeng.com', 'xinhuanet.com', 'cctv.cn', 'people.cn', 'gwy.cn', 'gjzwfw.gov.cn',
];

/** Registrable domain (eTLD+1, approximately) of a host name. */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const n = SECOND_LEVEL.has(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-n).join('.');
}

const TRUSTED = new Set<string>(TRUSTED_SUFFIXES);

/** Whether the host or one of its parent domains is trusted (a few set look-ups). */
function isTrustedHost(host: string): boolean {
  for (let i = -1; i < host.length; i = host.indexOf('.', i + 1)) {
    if (TRUSTED.has(host.slice(i + 1))) return true;
    if (host.indexOf('.', i + 1) < 0) break;
  }
  return false;
}

const IP_HOST = /^(?:\d{1,3}\.){3}\d{1,3}$|^\[[0-9a-f:]+\]$/i;

export interface LinkTarget {
  kind: LinkKind;
  host: string;
  /** An explicit port in the URL (raw `IP:port` spam hosts carry one). */
  port: string;
}

const HREF_HOST = /^\s*(?:(https?):)?\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^/?#:\s]+)(?::(\d*))?/i;
const LOCAL: LinkTarget = Object.freeze({ kind: 'local', host: '', port: '' }) as LinkTarget;

/**
 * Classifies a link's `href` relative to the page's host (`''` when the page has no URL: every
 * absolute link then counts as leaving the site).
 */
export function classifyHref(href: string, pageHost: string): LinkTarget {
  return new HrefClassifier(pageHost).classify(href);
}

/**
 * `classifyHref` for the many links of one page: the page's site is worked out once, and each
 * host once (a page's hundreds of links point at a few hosts).
 */
export class HrefClassifier {
  private readonly pageSite: string;
  private readonly kinds = new Map<string, LinkKind>();

  constructor(private readonly pageHost: string) {
    this.pageSite = pageHost ? siteOf(pageHost) : '';
  }

  classify(href: string): LinkTarget {
    // A regular expression rather than `new URL()`: a page has hundreds of links and only the host matters.
    const m = HREF_HOST.exec(href);
    if (!m) return { ...LOCAL };
    const host = m[2]!.toLowerCase().replace(/\.$/, '');
    if (!host) return { ...LOCAL };
    const port = m[3] && m[3] !== '80' && m[3] !== '443' ? m[3] : '';
    let kind = this.kinds.get(host);
    if (kind === undefined) {
      kind = this.kindOf(host);
      this.kinds.set(host, kind);
    }
    return { kind, host, port };
  }

  private kindOf(host: string): LinkKind {
    // Private addresses are intranet systems (OA, 内网办公) that government pages link to.
    if (IP_HOST.test(host)) return isPrivateIp(host) ? 'trusted' : 'ip';
    if (this.pageHost && (host === this.pageHost || siteOf(host) === this.pageSite)) return 'same-site';
    if (isTrustedHost(host)) return 'trusted';
    return 'untrusted';
  }
}

/** Private, loopback and link-local IPv4 addresses. */
export function isPrivateIp(host: string): boolean {
  const m = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

/** The host name of a page URL, or `''`. */
export function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}
