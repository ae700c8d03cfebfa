/**
 * Findings that are only reported when something else on the page shows it was compromised.
 * A 1×1 frame of an unknown host or a redirecting script is what an injection looks like, and
 * also what ad trackers and site moves look like; on a page with injected spam they are part of
 * the attack, on a clean page they are reported as nothing.
 */
import type { SpamHit } from '../stage';

const WEAK = new WeakSet<SpamHit>();

/** Marks a finding as needing corroboration; returns it. */
export function weak(hit: SpamHit): SpamHit {
  WEAK.add(hit);
  return hit;
}

/** The findings, without the weak ones unless a strong finding corroborates them. */
export function corroborated(hits: SpamHit[]): SpamHit[] {
  const strong = hits.some((h) => !WEAK.has(h));
  return strong ? hits : [];
}
