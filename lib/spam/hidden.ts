/**
 * T1–T4 (inline styles): blocks hidden from readers by their own `style` attribute that carry
 * links or spam vocabulary. The computed-style checks (injected classes, T7) deepen this later.
 */
import type { SpamHit } from '../stage';
import type { Technique } from '../report';
import { collapseSpace } from '../dom/text';
import { matchLexicon } from './lexicon';

interface HidingRule {
  technique: Technique;
  test: (style: string) => boolean;
  label: string;
}

const px = (style: string, prop: string): number | null => {
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*(-?\\d+(?:\\.\\d+)?)(?:px|em|rem|pt)?\\s*(?:!important)?\\s*(?:;|$)`).exec(style);
  return m ? Number(m[1]) : null;
};

const RULES: HidingRule[] = [
  { technique: 'T1', label: 'display:none', test: (s) => /(?:^|;)\s*display\s*:\s*none/.test(s) },
  {
    technique: 'T2',
    label: 'positioned off-screen',
    test: (s) =>
      /position\s*:\s*(?:absolute|fixed)/.test(s) && ['left', 'top', 'right', 'bottom'].some((p) => (px(s, p) ?? 0) <= -500),
  },
  { technique: 'T2', label: 'text-indent off-screen', test: (s) => (px(s, 'text-indent') ?? 0) <= -500 },
  { technique: 'T3', label: 'font-size:0', test: (s) => px(s, 'font-size') === 0 },
  {
    technique: 'T3',
    label: 'zero size',
    test: (s) => (px(s, 'height') === 0 || px(s, 'width') === 0) && /overflow\s*:\s*hidden/.test(s),
  },
  { technique: 'T4', label: 'visibility:hidden', test: (s) => /visibility\s*:\s*hidden/.test(s) },
];

/** Finds elements hidden by an inline style whose content is injected spam. */
export function findInlineHidden(doc: Document): SpamHit[] {
  const hits: SpamHit[] = [];
  const body = doc.body;
  if (!body) return hits;
  for (const el of Array.from(body.querySelectorAll<HTMLElement>('[style]'))) {
    if (hits.some((h) => h.element?.contains(el))) continue;
    const style = (el.getAttribute('style') ?? '').toLowerCase();
    const rule = RULES.find((r) => r.test(style));
    if (!rule) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (!text) continue;
    const lex = matchLexicon(text);
    const links = el.querySelectorAll('a[href]').length;
    // Hidden menus and screen-reader text are legitimate: require spam vocabulary, or a block of
    // links that all leave the site.
    const offsiteLinks = countOffsiteLinks(el, doc);
    if (lex.score >= 1 || (links >= 3 && offsiteLinks === links)) {
      const evidence = lex.terms.length ? `spam terms: ${lex.terms.slice(0, 4).join(', ')}` : `${links} off-site links`;
      hits.push({ text, technique: rule.technique, reason: `hidden by ${rule.label}; ${evidence}`, action: 'hidden', element: el });
    }
  }
  return hits;
}

function countOffsiteLinks(el: Element, doc: Document): number {
  let host = '';
  try {
    host = new URL(doc.URL).hostname;
  } catch {
    /* documents without a URL: every absolute link counts as off-site */
  }
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (!/^(?:https?:)?\/\//i.test(href)) continue;
    try {
      if (new URL(href, 'http://x.invalid').hostname !== host) n++;
    } catch {
      n++;
    }
  }
  return n;
}
