/**
 * One page's Qingyue state in the content script: the report, and the in-page changes made from
 * it (hidden spam) with their undo. Pure DOM; the content script wires it to messages.
 *
 * Cleaning needs only the spam detectors, which are part of the script injected on every page.
 * The full pipeline (Readability, DOMPurify, outline, figures) is large, so the session gets it
 * from an asynchronous provider, and asks for it only when a report is wanted: in the browser the
 * provider loads the analyzer script into the page; in Node it is `analyzePage` itself.
 */
import type { PageAnalysis } from '../analyze-page';
import type { AnalyzeOptions, Report } from '../report';
import type { PageState, PageTiming } from '../messages';
import { hideElements, unhideElements, type HiddenRecord } from './hide';
import type { SpamHit } from '../stage';
import { detectSpam, type SpamResult } from '../spam';
import { ChangeWatch } from './change-watch';
import { scrollToAndHighlight } from './scroll';
import { warmUpSpamDetection } from './warm-up';

/** The whole pipeline over a live document (`analyzePage` from lib/pipeline.ts, or the analyzer's). */
export type PageAnalyzer = (doc: Document, options: AnalyzeOptions) => PageAnalysis;

/** Supplies the pipeline when it is first needed (rejects when it cannot be had). */
export type AnalyzerProvider = () => Promise<PageAnalyzer>;

const noAnalyzer: AnalyzerProvider = () => Promise.reject(new Error('no analyzer available'));

export class PageSession {
  private report: Report | null = null;
  private error: string | undefined;
  private hidden: HiddenRecord[] = [];
  private hits: SpamHit[] | null = null;
  /**
   * The cleanup's detection and the watch that says whether the page changed since: while it has
   * not, the first report takes this detection instead of running the spam detectors again.
   */
  private detection: { result: SpamResult; watch: ChangeWatch } | null = null;
  private headingTargets = new Map<string, Element>();
  private endHighlight: (() => void) | null = null;
  private analysis: Promise<Report | null> | null = null;
  /** The article's sanitised HTML, made on the reader's first request (`articleState`). */
  private renderHtml: (() => string) | null = null;
  private readonly timing: PageTiming = {};

  constructor(
    private readonly doc: Document,
    private readonly options: AnalyzeOptions = {},
    private readonly analyzer: AnalyzerProvider = noAnalyzer,
  ) {}

  /**
   * Runs the pipeline once (later calls return the same report). Resolves with null when the
   * pipeline could not be loaded or failed (the reason is in `state().error`); a failed load is
   * tried again on the next call.
   */
  analyze(): Promise<Report | null> {
    this.analysis ??= this.runAnalysis();
    return this.analysis;
  }

  /** Whether the report is already there (no loading, no pipeline run needed). */
  get analyzed(): boolean {
    return this.report !== null;
  }

  private async runAnalysis(): Promise<Report | null> {
    const loadStart = now();
    let analyzePage: PageAnalyzer;
    try {
      analyzePage = await this.analyzer();
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.analysis = null;
      return null;
    }
    this.timing.analyzerLoadMs = round(now() - loadStart);
    const start = now();
    // From here on synchronous: the page is restored, analysed and cleaned again within one task,
    // so no frame is painted in between. Analyse the page as its author served it: our own hiding
    // must not count as evidence or text.
    const wasCleaned = this.hidden.length > 0;
    const detection = this.detection;
    this.detection = null;
    const spamResult = detection && !detection.watch.changed ? detection.result : undefined;
    detection?.watch.stop();
    try {
      if (wasCleaned) this.restore();
      // The popup never shows the article's HTML: it is sanitised when the reader asks for it.
      // The analyzer runs this script's spam detection (warm from the cleanup), not a copy of its
      // own; or none at all when the cleanup's still describes the page.
      const result = analyzePage(this.doc, { ...this.options, deferHtml: true, detectSpam, ...(spamResult ? { spamResult } : {}) });
      this.report = result.report;
      this.renderHtml = result.renderHtml;
      this.hits = result.spamHits;
      this.headingTargets = result.headingTargets;
      this.error = undefined;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      if (wasCleaned) this.clean();
    }
    this.timing.analyzeMs = round(now() - start);
    return this.report;
  }

  /**
   * The state with the article's sanitised HTML in the report (`report.html`), for the reader
   * view: analyses the page first if needed, and renders the HTML on the first call. Other states
   * leave it out (the popup does not show it, and it is the largest part of a report).
   */
  async articleState(): Promise<PageState> {
    await this.analyze();
    if (!this.report || !this.renderHtml) return this.state();
    const start = now();
    let html: string;
    try {
      html = this.renderHtml();
    } catch (error) {
      return { ...this.state(), error: error instanceof Error ? error.message : String(error) };
    }
    this.timing.renderMs ??= round(now() - start);
    const state = this.state();
    return state.report ? { ...state, report: { ...state.report, html } } : state;
  }

  /** Hides the injected spam on the page. Returns the number of elements hidden. */
  clean(): number {
    if (this.hidden.length) return this.hidden.length;
    const start = now();
    try {
      if (!this.hits) {
        const result = detectSpam(this.doc, { url: this.options.url });
        this.hits = result.hits;
        // No report yet (a report sets the hits): the first one may take this detection.
        this.detection = { result, watch: new ChangeWatch(this.doc) };
      }
      const hits = this.hits;
      this.hidden = this.ownChange(() => hideElements(hits.flatMap((h) => (h.element && h.action !== 'report' ? [h.element] : []))));
    } catch (error) {
      this.restore();
      this.error = error instanceof Error ? error.message : String(error);
    }
    if (this.timing.cleanedAt === undefined) {
      this.timing.cleanStart = round(start);
      this.timing.cleanedAt = round(now());
    }
    return this.hidden.length;
  }

  /**
   * Runs the cleanup's code once on a sample page (never on this page), so that `clean()` finds it
   * compiled and warm. Only before the first cleanup; an error is ignored (the cleanup runs anyway).
   */
  warmUp(): void {
    if (this.hits || this.timing.warmUpStart !== undefined) return;
    const start = now();
    this.timing.warmUpStart = round(start);
    try {
      this.timing.warmUpMs = round(warmUpSpamDetection(this.doc));
    } catch {
      this.timing.warmUpMs = round(now() - start);
    }
  }

  /** Shows everything that `clean()` hid, exactly as it was. */
  restore(): void {
    const hidden = this.hidden;
    this.ownChange(() => unhideElements(hidden));
    this.hidden = [];
  }

  /** Runs the session's own change of the page, which the change watch does not count. */
  private ownChange<T>(change: () => T): T {
    return this.detection ? this.detection.watch.ignoring(change) : change();
  }

  /**
   * Scrolls to the heading with `anchor` and highlights it. False when it is not on the page
   * (or the page has not been analysed: the anchors come from the report).
   */
  scrollTo(anchor: string): boolean {
    const el = this.headingTargets.get(anchor);
    if (!el || !el.isConnected) return false;
    this.endHighlight?.();
    this.endHighlight = scrollToAndHighlight(el);
    return true;
  }

  /** Records when the content script started (`performance.now()`), for the timing figures. */
  markStart(at: number): void {
    this.timing.scriptStart = round(at);
  }

  /** Spam findings that cleanup hides (null before spam detection ran). */
  spamCount(): number | null {
    return this.hits ? this.hits.filter((h) => h.element && h.action !== 'report').length : null;
  }

  state(): PageState {
    const spamCount = this.spamCount();
    return {
      report: this.report,
      cleaned: this.hidden.length > 0,
      ...(spamCount !== null ? { spamCount } : {}),
      timing: { ...this.timing },
      ...(this.error ? { error: this.error } : {}),
    };
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

const round = (ms: number) => Math.round(ms * 100) / 100;
