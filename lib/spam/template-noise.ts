/**
 * T12: template noise of parasite ("寄生虫") pages: empty elements of unrelated kinds sharing one
 * random id, sprinkled between the real content so that every copy of the page differs
 * (`<sup id="yyy80"></sup><tr id="yyy80"></tr><var id="a0q6a"></var>`). Real pages repeat ids
 * too (sloppy templates), but on elements of one kind that hold content.
 */
import type { SpamHit } from '../stage';
import type { PageScan } from './scan';

/** Ids that look generated: 3–10 letters and digits mixing both, or a repeated letter run with digits. */
const RANDOM_ID = /^(?=[a-z0-9]{3,10}$)(?=.*\d)(?=.*[a-z])[a-z0-9]+$/i;

function empty(el: Element): boolean {
  return !(el.textContent ?? '').trim() && !el.querySelector('img, iframe, input, a[href]');
}

/** Noise elements: an id shared by ≥ 2 empty elements of different kinds; needs ≥ 3 such ids on the page. */
export function noiseElements(scan: PageScan): Map<string, Element[]> {
  const noisy = new Map<string, Element[]>();
  for (const [id, els] of scan.ids) {
    if (els.length < 2 || !RANDOM_ID.test(id)) continue;
    const blank = els.filter(empty);
    if (blank.length < 2 || new Set(blank.map((e) => e.localName)).size < 2) continue;
    noisy.set(id, blank);
  }
  return noisy.size >= 3 ? noisy : new Map();
}

/** Template noise, one finding per outermost noise element. */
export function findTemplateNoise(scan: PageScan): SpamHit[] {
  const noisy = noiseElements(scan);
  const all = [...noisy.values()].flat();
  const hits: SpamHit[] = [];
  for (const el of all) {
    if (all.some((o) => o !== el && o.contains(el))) continue;
    const sig = `<${el.localName} id="${el.id}">`;
    hits.push({ text: sig, reason: `template noise: empty ${el.localName} sharing generated id "${el.id}" with ${noisy.get(el.id)!.length - 1} other element(s); ${noisy.size} such ids on the page`, technique: 'T12', techniques: ['T12'], action: 'hidden', element: el });
  }
  return hits;
}
