/**
 * The content script's automatic start: whether this page is cleaned by itself (global switch,
 * blocked sites, the user's sites), and when (as soon as the page is parsed, behind a veil so that
 * the spam never shows). Per-site automatic conversion is reported back for the script to apply.
 */
import type { ConvertTarget } from '../../lib/report';
import { veil, whenParsed } from '../../lib/page/veil';
import { warmUpWhileParsing } from '../../lib/page/warm-up';
import { autoCleanAllowed, hostMatches } from '../../lib/ui/site-rules';
import { loadPageSettings } from '../settings-store';

export interface AutoStart {
  /** Conversion target for this site, when the user set one. */
  convertTo: ConvertTarget | null;
}

/**
 * Calls `start` once the page is parsed if Qingyue should clean this page by itself; resolves
 * with what else to do (null when the page is left alone until the popup asks). `warmUp`, when
 * given, runs in a task of its own while the page is still being parsed (lib/page/warm-up.ts).
 */
export async function autoStart(doc: Document, host: string, start: () => void, warmUp?: () => void): Promise<AutoStart | null> {
  const lift = veil(doc);
  try {
    const settings = await loadPageSettings();
    if (!autoCleanAllowed(host, settings)) return null;
    const dropWarmUp = warmUp ? warmUpWhileParsing(doc, warmUp) : () => {};
    await whenParsed(doc);
    dropWarmUp();
    // Same task: the veil goes and the spam is hidden before the next frame is painted.
    lift();
    start();
    const site = Object.keys(settings.autoConvertSites).find((h) => hostMatches(host, h));
    return { convertTo: site ? (settings.autoConvertSites[site] ?? null) : null };
  } finally {
    lift();
  }
}
