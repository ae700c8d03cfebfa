/**
 * The one place for the types that describe what Qingyue found on a page.
 *
 * A `Report` is plain JSON: the content script keeps it for the tab, the popup renders it, the
 * CLI prints it (one per line with `--json`), and other tools read it. DOM nodes never appear in
 * it; stages that need to point at nodes use the `*Hit` types below, which stay inside `lib/`.
 */
import type { SpamDetector } from './spam/stage';
import type { SpamResult } from './spam';

/** Which Chinese script a text is written in. */
export type Script = 'hans' | 'hant' | 'mixed' | 'other';

/** Conversion targets, named as the CLI accepts them. */
export type ConvertTarget = 'cn' | 'tw' | 'twp' | 'hk' | 't';

/** Pipeline stages, in the order `analyze()` runs them. */
export type StageName = 'spam' | 'extract' | 'outline' | 'render' | 'figures' | 'convert';

/** Injection techniques from the field notes (§2). */
export type Technique =
  | 'T1' // display:none block
  | 'T2' // off-screen position / text-indent
  | 'T3' // zero size, font-size:0, line-height:0
  | 'T4' // visibility:hidden, opacity:0, clip
  | 'T5' // text colour equal to background
  | 'T6' // tiny marquee
  | 'T7' // hidden through an injected <style> class
  | 'T8' // script injection / referrer redirect / obfuscated script
  | 'T9' // visible spam line appended to the article or attachment area
  | 'T10' // <title>/<meta> hijack (often entity encoded) with cloaking script
  | 'T11' // link list to gambling brands, raw IP:port hosts
  | 'T12' // template noise (<tr id="yyy80"></tr>)
  | 'T13' // Unicode tricks: zero-width, full-width, separators inside words
  | 'T14' // Simplified spam inside a Traditional page (or the reverse)
  | 'T15'; // hidden iframe, meta refresh

/** One removed (or reported) piece of injected spam. */
export interface SpamFinding {
  /** The spam text as a reader would have seen it (whitespace collapsed). */
  text: string;
  /** Short human-readable evidence, e.g. "hidden by display:none; 12 links to 3 hosts". */
  reason: string;
  technique: Technique;
  /** Every technique the evidence shows, `technique` first (e.g. T9 and T14 for a Simplified keyword line in a Traditional page). */
  techniques?: Technique[];
  /** `hidden`: element hidden on the live page; `report`: only reported (script, head, title). */
  action?: 'hidden' | 'report';
}

/** A section heading of the article. */
export interface Heading {
  /** 1 = top section level inside the article (the article title is not a heading). */
  level: number;
  text: string;
  /** Stable id within the report; the reader view uses it as element id, the page locator as key. */
  anchor: string;
  /** Why this is a heading: a real h1–h6, or a pseudo-heading kind. */
  kind?: 'tag' | 'bold' | 'numbered' | 'centered' | 'short-line';
}

export type FigureQualifier = 'approx' | 'over' | 'under' | 'range' | null;
export type FigureRole = 'level' | 'change' | 'share' | 'count' | 'target';

/** One figure stated in the article text (see the figures issue for the exact contract). */
export interface Figure {
  /** The text stating it, qualifier and unit included, e.g. `总投资达369.7亿元` → `369.7亿元`. */
  raw: string;
  /** Multiplier applied: 369.7亿 → 36970000000; 62% → 62. */
  value: number;
  /** Upper bound of a range, else null. */
  value_high: number | null;
  /** Unit after removing the multiplier: 元, %, 个, 公里 …; empty when not written. */
  unit: string;
  /** True when the unit is implied by earlier figures rather than written. */
  unit_implied?: boolean;
  qualifier: FigureQualifier;
  role: FigureRole;
  direction: 'up' | 'down' | null;
  /** What is measured, e.g. 新能源汽车整车产值. Empty when unknown. */
  subject: string;
  /** e.g. 2022年, 一季度. Empty when unknown. */
  period: string;
  /** Whether an editor would put it in a key-figures box. */
  key: boolean;
  /** Code-point offsets into `Report.text`. */
  start: number;
  end: number;
  sentence: string;
}

/** Policy-document information table (信息公开 / 索引号 block). */
export interface PolicyInfo {
  indexNumber?: string; // 索引号
  issuer?: string; // 发文机关
  documentNumber?: string; // 发文字号
  writtenDate?: string; // 成文日期 (ISO date)
  publishedDate?: string; // 发布日期 (ISO date)
  subjectCategory?: string; // 主题分类
  validity?: string; // 有效性
}

/** What happened to one stage during `analyze()`. */
export interface StageStatus {
  stage: StageName;
  status: 'ok' | 'error' | 'timeout' | 'skipped';
  ms: number;
  message?: string;
}

/** Everything Qingyue found on one page. */
export interface Report {
  /** Version of this shape; bump when a field changes meaning. */
  version: 1;
  url: string;
  /** The article's own title (not the site name, not a hijacked <title>). */
  title: string;
  byline: string;
  /** 来源: the publishing outlet or department. */
  source: string;
  /** ISO 8601 (`2023-01-17T15:06:00+08:00`, or a date `2023-01-17`); empty when unknown. */
  publishedTime: string;
  siteName: string;
  lang: string;
  excerpt: string;
  /** Editor in charge (责任编辑), when the page names one. */
  editor?: string;
  policy?: PolicyInfo;
  /** False for portal home pages, link lists, search results, login pages. */
  isArticle: boolean;
  /** Script of the extracted text as found on the page (before any conversion). */
  script: Script;
  /** Clean article text: blocks separated by "\n", no HTML. In the target script when converted. */
  text: string;
  /** Sanitised article HTML (DOMPurify), safe to insert. */
  html: string;
  headings: Heading[];
  figures: Figure[];
  spam: SpamFinding[];
  /** Set when the report's text, headings and figures were converted. */
  conversion?: { from: Script; to: ConvertTarget };
  /** Milliseconds per stage, plus `total`. */
  timings: Partial<Record<StageName | 'total', number>>;
  stages: StageStatus[];
}

/** Options accepted by `analyze()`. */
export interface AnalyzeOptions {
  /** Page URL when the document does not know it (CLI `--url`, saved files). */
  url?: string;
  /** Window used for DOMPurify; defaults to `document.defaultView`, then `globalThis.window`. */
  window?: Window & typeof globalThis;
  /** Stages to skip. */
  skip?: StageName[];
  /**
   * Leave `report.html` empty and sanitise the article only when `PageAnalysis.renderHtml()` asks
   * for it. The content script does: the popup never shows the HTML, only the reader view does.
   */
  deferHtml?: boolean;
  /**
   * The spam stage's detector (`detectSpam` from lib/spam when absent). The content script passes
   * its own copy to the analyzer, which has none: that copy cleaned the page at DOMContentLoaded,
   * so it is already compiled and warm, and the analyzer script is smaller without a second one.
   */
  detectSpam?: SpamDetector;
  /**
   * A detection already made on this document as it is now (the cleanup's, when the page has not
   * changed since: lib/page/change-watch.ts). The spam stage takes it instead of detecting again.
   */
  spamResult?: SpamResult;
  /** Time budget per stage in ms (a stage past it is recorded as `timeout`). Default 2000. */
  budgetMs?: number;
  /**
   * Converter for the `convert` stage, already built (the dictionaries load lazily elsewhere).
   * Without it the stage is skipped.
   */
  converter?: { to: ConvertTarget; convert: (text: string) => string };
}
