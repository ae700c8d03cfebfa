/**
 * Spam detection: finds injected content on the analysed document, pointing at the elements (for
 * in-page hiding and for removal from the extraction copy; stage.ts records it in the report). It never changes
 * the document. One detector per technique of the field notes (§2), all reading one shared scan
 * of the page:
 *
 *   T1 display-none   T2 offscreen   T3 zero-size   T4 invisible   T5 camouflage   T6 marquee
 *   T7 style-class    T8 scripts     T9 appended    T10 title-hijack               T11 link-farm
 *   T12 template-noise  T13 unicode-tricks  T14 script-mismatch  T15 frames
 */
import type { Technique } from '../report';
import type { SpamHit } from '../stage';
import { findAppendedLines } from './appended';
import { corroborated } from './corroborate';
import { findCamouflage } from './camouflage';
import { findDisplayNone } from './display-none';
import { findFrames } from './frames';
import { findInvisible } from './invisible';
import { findLinkFarms } from './link-farm';
import { findTinyMarquee } from './marquee';
import { findOffscreen } from './offscreen';
import { PageScan, type ScanOptions } from './scan';
import { findScriptMismatch } from './script-mismatch';
import { findScripts } from './scripts';
import { findStyleClass } from './style-class';
import { findTemplateNoise } from './template-noise';
import { findTitleHijack } from './title-hijack';
import { findUnicodeTricks } from './unicode-tricks';
import { findZeroSize } from './zero-size';

export interface SpamResult {
  hits: SpamHit[];
  /** The page's real title when `<title>` is hijacked. */
  realTitle: string | null;
}

type Detector = (scan: PageScan) => SpamHit[];

/** The detectors, in the order their findings are listed. */
const DETECTORS: [Technique, Detector][] = [
  ['T7', findStyleClass],
  ['T1', findDisplayNone],
  ['T2', findOffscreen],
  ['T3', findZeroSize],
  ['T4', findInvisible],
  ['T5', findCamouflage],
  ['T6', findTinyMarquee],
  // Before the visible detectors: what a document.write wrapper hides is hidden in a browser.
  ['T8', findScripts],
  ['T9', findAppendedLines],
  ['T14', findScriptMismatch],
  ['T13', findUnicodeTricks],
  ['T11', findLinkFarms],
  ['T12', findTemplateNoise],
  ['T15', findFrames],
];

/**
 * Merges findings: one per element (techniques united, the first detector's technique kept as
 * the primary one), and none inside an element that is hidden as a whole.
 */
function merge(hits: SpamHit[]): SpamHit[] {
  const byElement = new Map<Element, SpamHit>();
  const out: SpamHit[] = [];
  for (const hit of hits) {
    const prev = hit.element ? byElement.get(hit.element) : undefined;
    if (prev) {
      prev.techniques = [...new Set([...(prev.techniques ?? [prev.technique]), ...(hit.techniques ?? [hit.technique])])];
      continue;
    }
    if (hit.element) byElement.set(hit.element, hit);
    out.push(hit);
  }
  const hiddenRoots = out.filter((h) => h.action === 'hidden' && h.element).map((h) => h.element!);
  return out.filter((h) => !(h.action === 'hidden' && h.element && hiddenRoots.some((r) => r !== h.element && r.contains(h.element!))));
}

/** Every injected spam finding on `doc`, and the real title when the title is hijacked. */
export function detectSpam(doc: Document, options: ScanOptions = {}): SpamResult {
  const body = doc.body;
  if (!body) return { hits: [], realTitle: null };
  const scan = new PageScan(doc, body, options);
  const hits: SpamHit[] = [];
  for (const [, detect] of DETECTORS) {
    hits.push(...detect(scan));
    scan.check();
  }
  const title = findTitleHijack(scan);
  return { hits: corroborated([...title.hits, ...merge(hits)]), realTitle: title.realTitle };
}

/** All injected spam found on `doc`, pointing at the elements. */
export function findSpam(doc: Document, check: () => void = () => {}, options: { url?: string } = {}): SpamHit[] {
  return detectSpam(doc, { ...options, check }).hits;
}
