/**
 * Visible spam (T9, T11, T13, T14): text blocks a reader sees, judged on combined evidence and
 * never on a keyword alone. A block must first carry real spam vocabulary (lexicon score ≥ 1),
 * then enough independent evidence: dense spam vocabulary, the shape of a keyword list,
 * vocabulary foreign to the rest of the page, the other Chinese script than the page, links to
 * unknown sites or raw IP addresses, vocabulary hidden by Unicode tricks, a place outside the
 * article or in the attachment area. Prose, and words the article itself is about, count against.
 */
import type { Technique } from '../report';
import type { SpamHit } from '../stage';
import { foreignness, isProse, linkEvidence, positionOf, shapeOf } from './evidence';
import { spamRoots, unique } from './hidden';
import { TERMS, type LexiconMatch } from './lexicon';
import { squeezeText } from './normalize';
import type { PageScan, TextBlock } from './scan';
import { textOf } from './scan';
import { mismatchEvidence } from './script-mismatch';
import { trickEvidence } from './unicode-tricks';
import { spamLinks } from './link-farm-links';

const TERM_WEIGHT = new Map(TERMS.map((t) => [t.term, t.weight]));

/** Evidence points a block needs beyond its vocabulary. */
const THRESHOLD = 2.5;

export interface VisibleFinding {
  el: Element;
  hit: SpamHit;
}

/** Share of a text's characters inside quotation marks (“…”, 「…」, 『…』, 《…》, "…"). */
export function quotedShare(text: string): number {
  const quoted = text.match(/“[^”]*”|「[^」]*」|『[^』]*』|《[^》]*》|"[^"]*"/g) ?? [];
  return quoted.reduce((n, q) => n + q.length, 0) / Math.max(1, text.length);
}

/** How much of a block is link text. */
function linkShare(scan: PageScan, block: TextBlock): number {
  let n = 0;
  for (const l of scan.linksIn(block.el)) n += l.text.length;
  return block.text.length ? n / block.text.length : 0;
}

/** Terms of the block (other than generic lure words) that the page's prose also uses: its topic. */
function topicalTerms(lex: LexiconMatch, prose: string): number {
  let n = 0;
  for (const t of lex.terms) if (t.length >= 2 && prose.includes(t)) n++;
  return n;
}

/** Judges one visible block; the finding when it is spam. */
export function judgeVisible(scan: PageScan, block: TextBlock, prose: string): SpamHit | null {
  const lex = scan.lex(block.raw);
  // Spam lines are dense with spam words; a tag cloud or a news list that mentions one is not.
  if (lex.score < 1 || lex.density < 0.15) return null;
  const evidence: string[] = [`spam terms: ${lex.terms.slice(0, 6).join(', ')}`];
  let points = 0;
  if (lex.density >= 0.5) points += 1.5;
  else if (lex.density >= 0.25) points += 1;
  const shape = shapeOf(block.text);
  if (shape.stuffing) {
    points += 1;
    evidence.push(`keyword list (${shape.items} items, no sentences)`);
  }
  const foreign = foreignness(scan, block.text);
  if (foreign !== null && foreign >= 0.6) {
    points += 1;
    evidence.push(`${Math.round(foreign * 100)}% of its words appear nowhere else on the page`);
  }
  const mismatch = mismatchEvidence(scan, block.text);
  if (mismatch) {
    points += 1;
    evidence.push(mismatch);
  }
  const links = linkEvidence(scan, block.el);
  const offsite = links.untrusted + links.ip;
  if (offsite) {
    points += 1;
    evidence.push(`${offsite} link${offsite > 1 ? 's' : ''} to unknown hosts${links.ip ? ' (raw IP)' : ''}`);
  } else if (links.local && !links.trusted) points -= 1;
  const tricks = trickEvidence(block.raw, lex);
  if (tricks) {
    points += 1;
    evidence.push(tricks);
  }
  const position = positionOf(scan, block);
  if (position !== 'in-article' && position !== 'unknown') {
    points += 0.5;
    evidence.push(position === 'attachment' ? 'in the attachment area' : position.replace('-', ' the '));
  }
  if (lex.categories.filter((c) => c !== 'lure').length >= 2) points += 0.5;
  // Prose counts against, less so when it is dense with spam-only words (an injected SEO
  // paragraph: "澳门新葡京娱乐城是……提供百家乐、老虎机……注册就送彩金").
  const strong = lex.terms.filter((t) => (TERM_WEIGHT.get(t) ?? 0) >= 0.8).length;
  if (isProse(block.text)) points -= lex.density >= 0.3 && strong >= 4 ? 0 : lex.density >= 0.3 ? 1 : 2;
  // Names cited in quotation marks (“澳门新葡京”“皇冠体育”) are a warning list, not an advertisement.
  if (quotedShare(block.text) >= 0.5) points -= 2;
  const topical = topicalTerms(lex, prose);
  if (topical && topical >= lex.terms.length / 2) points -= 1;
  if (points < THRESHOLD) return null;

  const techniques: Technique[] = [];
  const trickedWeight = lex.tricked.length / Math.max(1, lex.terms.length);
  if (tricks && trickedWeight >= 0.5) techniques.push('T13');
  if (offsite && linkShare(scan, block) >= 0.6) techniques.push('T11');
  if (shape.stuffing || position === 'after-article' || position === 'attachment' || position === 'before-article' || !mismatch) techniques.push('T9');
  if (mismatch) techniques.push('T14');
  if (tricks) techniques.push('T13');
  if (offsite) techniques.push('T11');
  const list = unique(techniques);
  return { text: block.text, reason: `visible: ${evidence.join('; ')}`, technique: list[0]!, techniques: list, action: 'hidden', element: block.el };
}

const CACHE = new WeakMap<PageScan, VisibleFinding[]>();

/** Visible spam blocks and links of the page (outside hidden spam), cached per scan. */
export function visibleSpam(scan: PageScan): VisibleFinding[] {
  const cached = CACHE.get(scan);
  if (cached) return cached;
  const hiddenRoots = spamRoots(scan);
  const hidden = hiddenRoots.map((r) => r.el);
  const inHidden = (el: Element) => hidden.some((h) => h === el || h.contains(el));
  // The page's prose (sentences), for telling the article's topic from foreign vocabulary: read
  // only for a block with spam vocabulary (most pages have none).
  let proseCache: string | null = null;
  const pageProse = () => (proseCache ??= squeezeText(scan.blocks.filter((b) => isProse(b.text)).map((b) => b.text).join('\n')));
  const out: VisibleFinding[] = [];
  let n = 0;
  for (const block of scan.blocks) {
    if (++n % 64 === 0) scan.check();
    if (scan.lex(block.raw).score < 1 || inHidden(block.el)) continue;
    // Judge what is visible of the block: without the hidden spam inside it.
    const inside = hiddenRoots.filter((r) => block.el.contains(r.el));
    const rest = inside.reduce((t, r) => t.replace(r.hit.text, ' '), block.text).replace(/\s+/g, ' ').trim();
    const visible = inside.length ? { ...block, text: rest, raw: rest } : block;
    if (inside.length && scan.lex(visible.raw).score < 1) continue;
    const prose = pageProse();
    const hit = judgeVisible(scan, visible, isProse(visible.text) ? squeezeText(prose.replace(squeezeText(visible.text), '')) : prose);
    if (hit) out.push({ el: block.el, hit });
  }
  for (const f of spamLinks(scan, inHidden)) if (!out.some((o) => o.el.contains(f.el))) out.push(f);
  const merged = mergeSiblings(out);
  CACHE.set(scan, merged);
  return merged;
}

/** Findings that together make up all the text of their parent (every item of a list) become one finding on the parent. */
function mergeSiblings(found: VisibleFinding[]): VisibleFinding[] {
  const byParent = new Map<Element, VisibleFinding[]>();
  for (const f of found) {
    const p = f.el.parentElement;
    if (p && p.localName !== 'body') byParent.set(p, [...(byParent.get(p) ?? []), f]);
  }
  let out = found;
  for (const [parent, group] of byParent) {
    if (group.length < 2) continue;
    const rest = group.reduce((t, f) => t.replace(f.hit.text, ' '), textOf(parent));
    if (/[\p{L}\p{N}]/u.test(rest)) continue;
    const first = group[0]!;
    const techniques = unique(group.flatMap((f) => f.hit.techniques ?? [f.hit.technique]));
    const hit: SpamHit = { ...first.hit, text: textOf(parent), reason: `${group.length} items: ${first.hit.reason}`, techniques, element: parent };
    out = [...out.filter((f) => !group.includes(f)), { el: parent, hit }];
  }
  return out;
}
