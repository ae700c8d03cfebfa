/**
 * What the pipeline's stages share while `analyze()` runs, and the runner that times each stage,
 * enforces its budget and turns any failure into a recorded status instead of an exception.
 */
import type { AnalyzeOptions, Report, SpamFinding, StageName, StageStatus } from './report';

/** A spam finding that still points at the node it came from (never leaves `lib/`). */
export interface SpamHit extends SpamFinding {
  /** The injected element on the analysed document; absent for findings about the head or title. */
  element?: Element;
}

/** The article as the extract stage left it, for the stages after it. */
export interface ExtractedArticle {
  /** Root of the cleaned article, in an inert document (never the live page). */
  root: Element;
  /** The element of the analysed document an article element came from (its nearest traced ancestor's). */
  originalOf(el: Element): Element | null;
}

/** Facts one stage leaves for a later one. */
export interface PipelineHints {
  /** The page's real title when the spam stage found `<title>` hijacked. */
  realTitle?: string;
}

/** Thrown by a stage that notices it has run past its budget. */
export class BudgetExceeded extends Error {
  constructor(stage: string) {
    super(`${stage} ran past its time budget`);
    this.name = 'BudgetExceeded';
  }
}

/** A point in time after which a stage should stop; stages check it inside long loops. */
export class Deadline {
  private readonly at: number;
  constructor(
    readonly stage: StageName,
    budgetMs: number,
  ) {
    this.at = now() + budgetMs;
  }
  expired(): boolean {
    return now() > this.at;
  }
  /** Milliseconds left before the budget is spent (0 once it is). */
  remaining(): number {
    return Math.max(0, this.at - now());
  }
  /** Throws `BudgetExceeded` once the budget is spent. */
  check(): void {
    if (this.expired()) throw new BudgetExceeded(this.stage);
  }
}

export interface PipelineContext {
  /** The document being analysed. Stages read it and never change it. */
  readonly doc: Document;
  readonly url: string;
  readonly options: AnalyzeOptions;
  readonly window: (Window & typeof globalThis) | undefined;
  /** The report being filled in by the stages. */
  readonly report: Report;
  /** Budget of the stage that is running. */
  deadline: Deadline;
  spamHits: SpamHit[];
  article: ExtractedArticle | null;
  /** The article's HTML as the page had it, not yet sanitised (the render stage with `deferHtml`). */
  unsanitizedHtml?: string;
  hints: PipelineHints;
  /** Live-page element of each heading, by anchor (the content script scrolls to them). */
  headingTargets: Map<string, Element>;
}

export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/**
 * Runs one stage: times it, records `ok`, `error` or `timeout`, never throws. A stage that fails
 * leaves whatever it had written to the context from before it started.
 */
export function runStage(ctx: PipelineContext, stage: StageName, fn: (ctx: PipelineContext) => void): StageStatus {
  const budget = ctx.options.budgetMs ?? 2000;
  if (ctx.options.skip?.includes(stage)) {
    const status: StageStatus = { stage, status: 'skipped', ms: 0 };
    ctx.report.stages.push(status);
    return status;
  }
  ctx.deadline = new Deadline(stage, budget);
  const start = now();
  let status: StageStatus;
  try {
    fn(ctx);
    const ms = now() - start;
    status = ms > budget ? { stage, status: 'timeout', ms, message: `took ${Math.round(ms)} ms (budget ${budget} ms)` } : { stage, status: 'ok', ms };
  } catch (error) {
    const ms = now() - start;
    status =
      error instanceof BudgetExceeded
        ? { stage, status: 'timeout', ms, message: error.message }
        : { stage, status: 'error', ms, message: error instanceof Error ? error.message : String(error) };
  }
  status.ms = round(status.ms);
  ctx.report.timings[stage] = status.ms;
  ctx.report.stages.push(status);
  return status;
}

export function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
