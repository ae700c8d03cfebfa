/**
 * T7: hiding through a class of an injected `<style>` (or any style sheet rule) rather than an
 * inline style. Inline-style checks miss it; the style view applies sheet rules, and this module
 * names the rule that did it.
 */
import { spamRoots } from './hidden';
import type { Hiding } from './hiding';
import type { PageScan } from './scan';
import type { StyleView } from './style';
import type { SpamHit } from '../stage';

/** The selector of the sheet rule behind a hiding, or null when an inline style or attribute did it. */
export function hidingRule(el: Element, hiding: Hiding, view: StyleView): string | null {
  if (!hiding.prop) return null;
  const origin = view.origin(el, hiding.prop);
  if (!origin || origin === 'inline' || origin === 'attribute') return null;
  return origin;
}

/** Injected spam hidden through a style sheet class. */
export function findStyleClass(scan: PageScan): SpamHit[] {
  return spamRoots(scan).filter((r) => r.technique === 'T7').map((r) => r.hit);
}
