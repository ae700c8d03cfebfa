/**
 * T10: `<title>` and `<meta>` hijack. The attack writes gambling or porn text into the title,
 * keywords and description (usually as numeric HTML entities, which the parser decodes) and adds
 * a script that puts the real title back for every visitor who is not a search crawler
 * (`if(navigator.userAgent.toLocaleLowerCase().indexOf("baidu") == -1){document.title ="…"}`).
 *
 * Reported only (the head is not shown on the page). The real title is recovered for the report
 * and the popup: the one the cloaking script restores, or the article's own heading in it,
 * else `ArticleTitle` / `og:title`, else the first `<h1>`.
 */
import { collapseSpace } from '../dom/text';
import type { SpamHit } from '../stage';
import type { PageScan } from './scan';
import { spamRoots } from './hidden';
import { squeezeText } from './normalize';
import { visibleSpam } from './visible';
import { elementsByTag } from '../dom/walk';

/** The title a cloaking script restores for human visitors, or null when there is none. */
export function cloakedTitle(scan: PageScan): string | null {
  for (const script of scan.scripts) {
    const code = scan.readableScript(script);
    if (!/navigator\s*\.\s*userAgent/.test(code) || !/document\s*\.\s*title\s*=/.test(code)) continue;
    if (!/baidu|spider|sogou|360|yisou|bot|google|bing|so\.com|sm\.cn/i.test(code)) continue;
    const m = /document\s*\.\s*title\s*=\s*(["'])((?:\\.|(?!\1).)*)\1/.exec(code);
    if (m) return collapseSpace(m[2]!.replace(/\\(.)/g, '$1'));
  }
  return null;
}

/**
 * Whether most of a text's spam terms are foreign to the page body (a body about 博彩 may have a
 * title about it). The body read here leaves out what the detectors found injected.
 */
function foreignToBody(scan: PageScan, terms: string[]): boolean {
  const injected = [...spamRoots(scan).map((r) => r.el), ...visibleSpam(scan).map((f) => f.el)];
  const body = squeezeText(scan.blocks.filter((b) => !injected.some((el) => el === b.el || el.contains(b.el) || b.el.contains(el))).map((b) => b.text).join('\n'));
  const strong = terms.filter((t) => t.length >= 2);
  return strong.filter((t) => !body.includes(t)).length >= Math.max(1, strong.length / 2);
}

/** Contents of `<meta name=…>` / `<meta property="og:…">` with that name. */
function metaContents(scan: PageScan, name: string): string[] {
  return scan.metas
    .filter((m) => (m.getAttribute('name') ?? '').toLowerCase() === name || (m.getAttribute('property') ?? '').toLowerCase() === `og:${name}`)
    .map((m) => collapseSpace(m.getAttribute('content') ?? ''))
    .filter(Boolean);
}

export interface TitleHijack {
  hits: SpamHit[];
  /** The real title, when the title is hijacked and one can be recovered. */
  realTitle: string | null;
}

/** Candidates for the page's real title, clean of spam vocabulary. */
function titleCandidates(scan: PageScan): { meta: string[]; headings: string[] } {
  const clean = (t: string | null | undefined) => {
    const s = collapseSpace(t ?? '');
    return s.length >= 2 && s.length <= 120 && scan.lex(s).score < 0.5 ? s : '';
  };
  const meta = [...metaContents(scan, 'articletitle'), ...metaContents(scan, 'title'), ...metaContents(scan, 'twitter:title')].map(clean).filter(Boolean);
  const headings = elementsByTag(scan.body, 'H1', 3).map((h) => clean(h.textContent)).filter(Boolean);
  return { meta, headings };
}

/** The real title: restored by the cloaking script, or the article's own heading, or meta titles. */
export function recoverTitle(scan: PageScan, restored: string | null): string | null {
  const { meta, headings } = titleCandidates(scan);
  const all = [...meta, ...headings];
  if (restored && scan.lex(restored).score < 0.5) {
    const inside = all.filter((c) => c.length >= 4 && restored.includes(c)).sort((a, b) => b.length - a.length)[0];
    return inside ?? restored;
  }
  return meta[0] ?? headings[0] ?? null;
}

/** Hijacked `<title>` and meta keywords/description. */
export function findTitleHijack(scan: PageScan): TitleHijack {
  const doc = scan.doc;
  const hits: SpamHit[] = [];
  const title = collapseSpace(doc.title ?? '');
  const restored = cloakedTitle(scan);
  const lex = scan.lex(title);
  const cloaked = restored !== null && restored !== title;
  let hijacked = false;
  if (title && ((lex.score >= 1 && (cloaked || foreignToBody(scan, lex.terms))) || (cloaked && lex.score > 0))) {
    hijacked = true;
    const why = [`spam terms: ${lex.terms.slice(0, 5).join(', ')}`];
    if (cloaked) why.push(`a script shows "${restored}" to visitors who are not search crawlers`);
    hits.push({ text: title, reason: `title hijacked: ${why.join('; ')}`, technique: 'T10', techniques: ['T10'], action: 'report' });
  }
  for (const name of ['keywords', 'description']) {
    for (const content of metaContents(scan, name)) {
      const m = scan.lex(content);
      if ((m.score >= 1 && (hijacked || cloaked)) || (m.score >= 2 && m.terms.length >= 2 && foreignToBody(scan, m.terms)))
        hits.push({ text: content, reason: `meta ${name} hijacked: spam terms: ${m.terms.slice(0, 5).join(', ')}`, technique: 'T10', techniques: ['T10'], action: 'report' });
    }
  }
  return { hits, realTitle: hijacked ? recoverTitle(scan, restored) : null };
}
