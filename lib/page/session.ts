/**
 * One page's Qingyue state in the content script: the report, and the in-page changes made from
 * it (hidden spam) with their undo. Pure DOM; the content script wires it to messages.
 */
import { analyzePage } from '../pipeline';
import type { AnalyzeOptions, Report } from '../report';
import type { PageState } from '../messages';
import { hideElements, unhideElements, type HiddenRecord } from './hide';
import type { SpamHit } from '../stage';
import { findSpam } from '../spam';
import { scrollToAndHighlight } from './scroll';

export class PageSession {
  private report: Report | null = null;
  private error: string | undefined;
  private hidden: HiddenRecord[] = [];
  private hits: SpamHit[] | null = null;
  private headingTargets = new Map<string, Element>();
  private endHighlight: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly options: AnalyzeOptions = {},
  ) {}

  /** Runs the pipeline once (later calls return the same report). */
  analyze(): Report | null {
    if (this.report || this.error) return this.report;
    // Analyse the page as its author served it: our own hiding must not count as evidence or text.
    const wasCleaned = this.hidden.length > 0;
    try {
      if (wasCleaned) this.restore();
      const result = analyzePage(this.doc, this.options);
      this.report = result.report;
      this.hits = result.spamHits;
      this.headingTargets = result.headingTargets;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      if (wasCleaned) this.clean();
    }
    return this.report;
  }

  /** Hides the injected spam on the page. Returns the number of elements hidden. */
  clean(): number {
    if (this.hidden.length) return this.hidden.length;
    try {
      this.hits ??= findSpam(this.doc);
      this.hidden = hideElements(this.hits.flatMap((h) => (h.element && h.action !== 'report' ? [h.element] : [])));
    } catch (error) {
      this.restore();
      this.error = error instanceof Error ? error.message : String(error);
    }
    return this.hidden.length;
  }

  /** Shows everything that `clean()` hid, exactly as it was. */
  restore(): void {
    unhideElements(this.hidden);
    this.hidden = [];
  }

  /** Scrolls to the heading with `anchor` and highlights it. False when it is not on the page. */
  scrollTo(anchor: string): boolean {
    const el = this.headingTargets.get(anchor);
    if (!el || !el.isConnected) return false;
    this.endHighlight?.();
    this.endHighlight = scrollToAndHighlight(el);
    return true;
  }

  state(): PageState {
    return { report: this.report, cleaned: this.hidden.length > 0, ...(this.error ? { error: this.error } : {}) };
  }
}
