/**
 * Hidden content (T1–T7): finds the elements whose own style hides them and judges what they
 * hide. A hidden element is spam only on combined evidence from its content: spam vocabulary,
 * links to unknown sites or raw IP addresses, or the shape of a keyword list. Hidden menus, tab
 * panels, skip links and logo text carry none of these, or carry links to their own site.
 */
import type { Technique } from '../report';
import type { SpamHit } from '../stage';
import { camouflage } from './camouflage';
import { displayNone } from './display-none';
import { inAttachmentArea, isProse, linkEvidence, shapeOf, type LinkEvidence } from './evidence';
import { mismatchEvidence } from './script-mismatch';
import { hasContent, type Hiding, type HidingTest } from './hiding';
import { invisible } from './invisible';
import { tinyMarquee } from './marquee';
import { offscreen } from './offscreen';
import type { PageScan } from './scan';
import { capText, stripInvisible, textOf } from './scan';
import { hidingRule } from './style-class';
import { zeroSize } from './zero-size';

/** In order: the first test that explains an element's hiding names its technique. */
const TESTS: HidingTest[] = [displayNone, tinyMarquee, invisible, offscreen, zeroSize];

export interface HiddenRoot {
  el: Element;
  hiding: Hiding;
  /** Primary technique: T7 when a style sheet rule hides it, else the hiding's own. */
  technique: Technique;
  /** The finding, when the content is judged to be spam. */
  hit: SpamHit;
}

const MAX_TEXT = 4000;

/**
 * The hiding of `el` by its own style, or null. The sheet rule behind it is looked up only for
 * findings (`hidingRule`): naming it reads the page's style sheets, which most hidden menus and
 * tab panels never need. `also()` lists the techniques of the other tests that hide it too, read
 * only when asked (for findings): a page's hidden menus are judged harmless on their first hiding,
 * and every test is a dozen style reads.
 */
export function hidingOf(scan: PageScan, el: Element): { hiding: Hiding; also: () => Technique[] } | null {
  if (!scan.style.mayHide(el)) return null;
  for (let i = 0; i < TESTS.length; i++) {
    const hiding = TESTS[i]!(el, scan.style);
    if (!hiding) continue;
    let also: Technique[] | null = null;
    return {
      hiding,
      also: () => {
        if (!also) {
          also = [];
          for (const test of TESTS.slice(i + 1)) {
            const other = test(el, scan.style);
            if (other) also.push(other.technique);
          }
        }
        return also;
      },
    };
  }
  return null;
}

/**
 * Elements worth a style check: those with a style attribute that mentions a hiding property,
 * marquees, and the spam carriers with their ancestors (a class from any style sheet may hide
 * them; hidden content without a carrier cannot be judged spam anyway).
 */
function candidates(scan: PageScan): Set<Element> {
  const out = new Set<Element>([...scan.styled, ...scan.marquees]);
  for (const el of scan.carriers) for (let cur: Element | null = el; cur && cur !== scan.body; cur = cur.parentElement) out.add(cur);
  return out;
}

export interface Verdict {
  spam: boolean;
  evidence: string[];
  /** Techniques shown by the content itself (T11 links, T13 tricks, T14 script). */
  extra: Technique[];
}

/** Judges what a hidden element hides. */
export function judgeHidden(scan: PageScan, el: Element, text: string, raw?: string): Verdict {
  const links = linkEvidence(scan, el);
  const evidence: string[] = [];
  const extra: Technique[] = [];
  if (!text && !links.total) return { spam: false, evidence, extra };
  const sample = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const lex = scan.lex(raw && raw.length <= MAX_TEXT ? raw : sample);
  const shape = shapeOf(sample);
  let points = 0;
  if (lex.score >= 1 && (lex.density >= 0.2 || lex.terms.length >= 2 || shape.stuffing)) points += 2;
  else if (lex.score >= 0.5) points += 1;
  if (lex.terms.length) evidence.push(`spam terms: ${lex.terms.slice(0, 5).join(', ')}`);
  if (lex.tricked.length) extra.push('T13');
  // Links to unknown sites are evidence with spam words or raw IP addresses; without them a
  // hidden list of foreign links is as likely a collapsed "our other sites" menu.
  const foreign = links.untrusted + links.ip;
  if (lex.score >= 0.5 || links.ipPort) points += linkPoints(links, evidence, extra);
  // A long hidden list of search phrases (not dates, codes or a calendar) with no links.
  if (shape.stuffing && shape.items >= 12 && shape.meanLength >= 2.5 && shape.wordShare >= 0.6 && sample.length >= 80 && !links.total) {
    points += 2;
    evidence.push(`keyword list of ${shape.items} items`);
  } else if (shape.stuffing && lex.score >= 0.5) points += 1;
  // A menu or news list of the site itself.
  if (links.local >= 3 && links.local >= 2 * foreign) points -= 2;
  else if (links.local && !foreign) points -= 1;
  if (isProse(sample) && sample.length > 60 && lex.density < 0.2) points -= 2;
  const article = scan.article;
  if (article && el.contains(article.container)) points = 0; // never hide the article itself
  if (lex.score > 0 && mismatchEvidence(scan, sample)) extra.push('T14');
  return { spam: points >= 2, evidence, extra };
}

function linkPoints(links: LinkEvidence, evidence: string[], extra: Technique[]): number {
  const foreign = links.untrusted + links.ip;
  if (!foreign) return 0;
  evidence.push(`${foreign} link${foreign > 1 ? 's' : ''} to ${links.foreignHosts} unknown host${links.foreignHosts > 1 ? 's' : ''}${links.ip ? ` (${links.ip} raw IP)` : ''}`);
  extra.push('T11');
  if (links.ipPort) return 2;
  if (links.foreignHosts >= 2 || links.untrusted >= 3) return 2;
  return 1;
}

const CACHE = new WeakMap<PageScan, HiddenRoot[]>();

/** Hidden elements whose content is injected spam (outermost only), cached per scan. */
export function spamRoots(scan: PageScan): HiddenRoot[] {
  const cached = CACHE.get(scan);
  if (cached) return cached;
  const found: HiddenRoot[] = [];
  const consider = (el: Element, hiding: Hiding, also: () => Technique[] = () => []) => {
    if (found.some((r) => r.el === el || r.el.contains(el))) return;
    if (!hasContent(el)) return;
    const raw = capText(textOf(el, true));
    const text = stripInvisible(raw);
    const verdict = judgeHidden(scan, el, text, raw);
    if (!verdict.spam) return;
    const rule = hiding.prop ? hidingRule(el, hiding, scan.style) : null;
    const technique: Technique = rule ? 'T7' : hiding.technique;
    const techniques = unique([technique, hiding.technique, ...also(), ...verdict.extra]);
    const how = rule ? `hidden by style sheet rule ${rule} (${hiding.label})` : `hidden by ${hiding.label}`;
    const where = inAttachmentArea(el) ? '; in the attachment area' : '';
    // Drop roots inside this one.
    for (let i = found.length - 1; i >= 0; i--) if (el.contains(found[i]!.el)) found.splice(i, 1);
    found.push({
      el,
      hiding,
      technique,
      hit: { text: text || describeLinks(scan, el), reason: [how, ...verdict.evidence].join('; ') + where, technique, techniques, action: 'hidden', element: el },
    });
  };
  const list = scan.sortByOrder(candidates(scan));
  let n = 0;
  for (const el of list) {
    if (++n % 64 === 0) scan.check();
    const h = hidingOf(scan, el);
    if (h) consider(el, h.hiding, h.also);
  }
  // Camouflage is judged on the carriers themselves (their colour against their background).
  for (const el of scan.carriers) {
    if (found.some((r) => r.el.contains(el))) continue;
    for (const c of camouflage(scan, el)) consider(c.root, c.hiding);
  }
  const merged = mergeSiblings(found);
  CACHE.set(scan, merged);
  return merged;
}

/** Hidden roots that together make up all the text of their parent become one finding on the parent. */
function mergeSiblings(roots: HiddenRoot[]): HiddenRoot[] {
  const byParent = new Map<Element, HiddenRoot[]>();
  for (const r of roots) {
    const p = r.el.parentElement;
    if (p && p.localName !== 'body') byParent.set(p, [...(byParent.get(p) ?? []), r]);
  }
  let out = roots;
  for (const [parent, group] of byParent) {
    if (group.length < 2) continue;
    const rest = group.reduce((t, r) => t.replace(r.hit.text, ' '), textOf(parent));
    if (/[\p{L}\p{N}]/u.test(rest)) continue;
    const first = group[0]!;
    const techniques = unique(group.flatMap((r) => r.hit.techniques ?? [r.technique]));
    const hit: SpamHit = { ...first.hit, text: textOf(parent), reason: `${group.length} elements: ${first.hit.reason}`, techniques, element: parent };
    out = [...out.filter((r) => !group.includes(r)), { el: parent, hiding: first.hiding, technique: first.technique, hit }];
  }
  return out;
}

function describeLinks(scan: PageScan, el: Element): string {
  const hrefs = scan.linksIn(el).map((l) => l.href);
  return hrefs.slice(0, 5).join(' ');
}

export function byDocumentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
