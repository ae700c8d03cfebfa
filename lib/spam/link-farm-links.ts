/**
 * Single spam links (T11 evidence): a link to an unknown site or a raw public IP address whose
 * anchor text is spam vocabulary (`必威体育` → www.ikang888.com). Links of a list are reported one
 * by one (their `<li>`), or as the whole list when every link in it is spam.
 */
import type { SpamHit } from '../stage';
import type { LinkInfo, PageScan } from './scan';

/** Why `link` is a spam link, or null. */
export function spamLinkEvidence(scan: PageScan, link: LinkInfo): string | null {
  const { kind, host, port } = link.target;
  if (kind !== 'untrusted' && kind !== 'ip') return null;
  const lex = scan.lex(`${link.text} ${link.el.getAttribute('title') ?? ''}`);
  const where = kind === 'ip' ? `raw address ${host}${port ? `:${port}` : ''}` : `unknown host ${host}`;
  if (lex.strongest >= 0.6 || lex.score >= 1) return `link to ${where}; spam terms: ${lex.terms.slice(0, 4).join(', ')}`;
  if (kind === 'ip' && port && lex.score > 0) return `link to ${where}; spam terms: ${lex.terms.join(', ')}`;
  return null;
}

const CACHE = new WeakMap<PageScan, { el: Element; hit: SpamHit }[]>();

/** Spam links of the page, grouped into whole lists where every link of a list is spam. */
export function spamLinks(scan: PageScan, skip: (el: Element) => boolean = () => false): { el: Element; hit: SpamHit }[] {
  const cached = CACHE.get(scan);
  if (cached) return cached;
  const found = new Map<Element, string>();
  for (const link of scan.links) {
    if (skip(link.el)) continue;
    const why = spamLinkEvidence(scan, link);
    if (why) found.set(link.el, why);
  }
  const out: { el: Element; hit: SpamHit }[] = [];
  const done = new Set<Element>();
  for (const [a, why] of found) {
    if (done.has(a)) continue;
    // The list holding it, when all its links are spam.
    const list = a.closest('ul, ol, dl, p, td, div');
    const listLinks = list ? scan.linksIn(list) : [];
    if (list && listLinks.length >= 2 && listLinks.every((l) => found.has(l.el) && !done.has(l.el)) && (list.textContent ?? '').trim().length <= listLinks.reduce((n, l) => n + l.text.length, 0) * 1.3 + 10) {
      for (const l of listLinks) done.add(l.el);
      const text = listLinks.map((l) => l.text).join(' ');
      out.push({ el: list, hit: { text, reason: `list of ${listLinks.length} spam links; ${why}`, technique: 'T11', techniques: ['T11'], action: 'hidden', element: list } });
      continue;
    }
    done.add(a);
    const li = a.parentElement?.localName === 'li' && (a.parentElement.textContent ?? '').trim() === (a.textContent ?? '').trim() ? a.parentElement : a;
    out.push({ el: li, hit: { text: scan.linkOf.get(a)!.text, reason: why, technique: 'T11', techniques: ['T11'], action: 'hidden', element: li } });
  }
  CACHE.set(scan, out);
  return out;
}
