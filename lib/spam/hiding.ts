/**
 * What a hiding test reports: which technique hides an element, and how (for the reason line).
 * The tests themselves live in one module per technique (display-none.ts … marquee.ts).
 */
import type { Technique } from '../report';
import type { StyleProp, StyleView } from './style';

export interface Hiding {
  technique: Technique;
  /** Human-readable, e.g. `display:none`, `positioned off-screen (left:-9999px)`. */
  label: string;
  /** The property that hides the element (its origin tells inline from a style sheet class). */
  prop: StyleProp | null;
}

/** Decides whether `el` itself (not an ancestor) hides its content; null when it does not. */
export type HidingTest = (el: Element, view: StyleView) => Hiding | null;

/** Whether `el` has text or links of its own to hide (an empty box hides nothing). */
export function hasContent(el: Element): boolean {
  return (el.textContent ?? '').trim().length > 0 || el.querySelector('a[href], iframe, img') !== null;
}
