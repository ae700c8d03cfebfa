/**
 * T1: blocks removed from rendering with `display:none` (inline style, a class, or the `hidden`
 * attribute). Legitimate pages hide menus, tabs and templates this way too: the content decides.
 */
import type { HiddenRoot } from './hidden';
import { spamRoots } from './hidden';
import type { HidingTest } from './hiding';
import type { PageScan } from './scan';
import type { SpamHit } from '../stage';

export const displayNone: HidingTest = (el, view) => {
  if (view.get(el, 'display') !== 'none') return null;
  return { technique: 'T1', label: el.hasAttribute('hidden') && view.origin(el, 'display') === 'attribute' ? 'the hidden attribute' : 'display:none', prop: 'display' };
};

/** Injected spam hidden by `display:none`. */
export function findDisplayNone(scan: PageScan): SpamHit[] {
  return spamRoots(scan).filter((r: HiddenRoot) => r.technique === 'T1').map((r) => r.hit);
}
