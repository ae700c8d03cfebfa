/**
 * Article metadata from what Chinese pages print and declare:
 * - the lines around the title: `来源：…`, `发布时间：…`, `作者：…`, `本报记者 …`, `责任编辑：…`
 *   (Simplified or Traditional), nearest to the title first;
 * - the `<meta>` fields of the national government-site standard (`ArticleTitle`, `PubDate`,
 *   `ContentSource`, `SiteName`) and Open Graph / article tags;
 * - the date in CMS URLs (`t20230117_…`) as the last resort.
 */
import { collapseSpace } from '../dom/text';
import { PAGE_ZONE, dateFromUrl, normalizeIsoTime, parseChineseDate } from './dates';
import { metaValue } from './meta-tags';

export interface LineMetadata {
  source: string;
  publishedTime: string;
  author: string;
  editor: string;
  siteName: string;
}

/** Where a label's value ends: the next label, a separator, or the end of the line. */
const NEXT_LABEL = '来源|來源|作者|发布|發布|发表|發表|时间|時間|日期|编辑|編輯|责编|責編|记者|記者|点击|點擊|浏览|瀏覽|阅读|閱讀|字号|字號|字体|字體|分享|打印|访问|訪問|通讯员|通訊員|摄影|攝影|審核|审核';
const LABEL_END = `(?=\\s*(?:[|｜丨]|${NEXT_LABEL})|\\s{2,}|\\s*[【[]|$)`;
const FIELD = (labels: string) => new RegExp(`(?:${labels})\\s*[:：]\\s*(.+?)${LABEL_END}`);
/**
 * What every match of `FIELD(labels)` contains: a label and its colon. Tested once on all lines
 * together, it spares a page that has no such label a test of each of its (thousands of) lines.
 */
const LABELLED = (labels: string) => new RegExp(`(?:${labels})\\s*[:：]`);

const SOURCE_LABELS = '信息来源|信息來源|文章来源|文章來源|稿件来源|新闻来源|来源|來源|稿源|出处|出處|发布单位|發布單位|發布機關';
const SOURCE = FIELD(SOURCE_LABELS);
// `文：` only at a boundary (正文：/全文： are not bylines).
const AUTHOR_LABELS = '作者|撰稿|撰文|(?:^|[\\s（(【[|｜])文';
const AUTHOR = FIELD(AUTHOR_LABELS);
const REPORTER = /(?:^|[\s（(【[〔╱／/]|本报|本報|本网|本網)(?:记者|記者)\s*[:：]?\s*([\p{Script=Han}·]{2,4}(?:[\s、，,]+[\p{Script=Han}·]{2,4}){0,4})(?=$|[\s）)】〕\]\d/／∕╱|｜]|摄|攝|报道|報導|通讯员|通訊員)/gu;
/** A photographer's credit (`記者劉信德攝`, `記者林調遜／攝影`), not the author. */
const PHOTO_CREDIT = /^\s*[／/╱]?\s*(?:摄影|攝影|摄|攝)/;

/** The reporters a short line names, skipping photo credits. */
function reporterOf(line: string): string {
  if (line.length > 80) return '';
  for (const m of line.matchAll(REPORTER)) {
    if (!PHOTO_CREDIT.test(line.slice(m.index + m[0].length)) && !/(?:摄|攝)$/.test(m[1]!)) return clean(m[1]);
  }
  return '';
}
const EDITOR_LABELS = '责任编辑|責任編輯|责编|責編';
const EDITOR = FIELD(EDITOR_LABELS);
const PLAIN_EDITOR_LABELS = '编辑|編輯';
const PLAIN_EDITOR = FIELD(PLAIN_EDITOR_LABELS);
/** What the reporter patterns (`REPORTER`, `（记者 …）`) all contain. */
const REPORTER_WORD = /记者|記者/;
const HINTS = {
  source: LABELLED(SOURCE_LABELS),
  author: LABELLED(AUTHOR_LABELS),
  editor: LABELLED(EDITOR_LABELS),
  plainEditor: LABELLED(PLAIN_EDITOR_LABELS),
};
const TIME_LABEL = /(?:发布时间|發布時間|发布日期|發布日期|發佈日期|發佈時間|发表时间|發表時間|发表日期|發表日期|发稿时间|發稿時間|更新时间|更新時間|时间|時間|日期)\s*[:：]?\s*/;

/** A value that can be a person's name (short, not a widget). */
function name(value: string): string {
  return value.length <= 30 && !NOT_A_NAME.test(value) ? value : '';
}

/** Value cleanup: trailing separators and brackets, surrounding spaces. */
function clean(value: string | undefined): string {
  if (!value) return '';
  return collapseSpace(value)
    .replace(/^[\s:：]+/, '')
    .replace(/[\s|｜丨,，;；。）)】\]]+$/, '')
    .replace(/^[（(【[]+/, '');
}


/** Labels of dates that are not the publication date (成文日期 / 发文日期 is when a document was signed). */
const OTHER_DATE = /(?:成文|发文|發文|生效|废止|廢止|失效|截止|有效|开始|開始|结束|結束|报名|報名|出生|印发|印發|更新)$/;

/** Labels that name the publication time itself (a bare 时间 / 日期 may be an event's). */
const PUBLICATION_LABEL = /(?:发布|發布|發佈|发表|發表|发稿|發稿|更新)(?:时间|時間|日期)/;
/** What follows an event's date or time, not a publication's: a weekday in brackets, a time of day, a range. */
const EVENT_TAIL = /^\s*(?:[（(]\s*(?:星期|周|週)|上午|下午|晚上|中午|早上|至|到|—|–|~|～|-\s*\d)/;
const DATE_AND_TIME = /^\s*[:：]?\s*(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|1\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/;

/** The date written on a line: after a time label anywhere, or a dateline alone on a short line. */
function lineDate(line: string): string {
  let labelled = false;
  for (const m of line.matchAll(new RegExp(TIME_LABEL.source, 'g'))) {
    if (OTHER_DATE.test(line.slice(Math.max(0, m.index! - 2), m.index))) continue;
    labelled = true;
    const rest = line.slice(m.index! + m[0].length);
    if (!PUBLICATION_LABEL.test(m[0])) {
      // `时间：2024年4月20日（星期六）上午9:00` is when an event happens, not when the page was published.
      const written = DATE_AND_TIME.exec(rest);
      if (!written || EVENT_TAIL.test(rest.slice(written[0].length))) continue;
    }
    const d = parseChineseDate(line.slice(m.index));
    if (d) return d;
  }
  // A bare date counts only on a short line, where it is a dateline rather than article text.
  return !labelled && line.length <= 60 && !/(?:成文|发文|發文|生效|废止|截止|更新)(?:日期|时间|時間)/.test(line) ? parseChineseDate(line) : '';
}

/**
 * Reads source, time, author and editor from the page's text lines (as `blockText` writes them)
 * and its `<meta>` fields. `titleLine` is the index of the title's line (−1 when unknown): lines
 * just after it are searched first. `join` returns `lines.join('\n')` (a large page's readers share one).
 */
export function readLineMetadata(doc: Document, url: string, lines: readonly string[], titleLine = -1, join: () => string = () => lines.join('\n')): LineMetadata {
  const short = lines.map((l) => {
    const c = collapseSpace(l);
    return c.length <= 200 ? c : '';
  });
  const nearStart = Math.max(0, titleLine - 2);
  const near = titleLine >= 0 ? short.slice(nearStart, titleLine + 12) : [];
  /** The first value `fn` reads, near the title first; `at` is the index of its line. */
  const findAt = (fn: (l: string) => string, preferNear = true): { value: string; at: number } => {
    if (preferNear) for (let i = 0; i < near.length; i++) if (near[i]) { const v = fn(near[i]!); if (v) return { value: v, at: nearStart + i }; }
    for (let i = 0; i < short.length; i++) if (short[i]) { const v = fn(short[i]!); if (v) return { value: v, at: i }; }
    return { value: '', at: -1 };
  };
  const find = (fn: (l: string) => string, preferNear = true): string => findAt(fn, preferNear).value;
  let all: string | undefined;
  /**
   * Whether any line has what `hint` looks for (else a line-by-line search finds nothing). Only a
   * pre-filter: any text in which a hint matches wherever it matches a line of `short` will do.
   * The lines as given (`join`, shared with other readers of a large page) are such a text, unless
   * they hold a zero-width space: collapsing makes it a space, which `\s` matches.
   */
  const has = (hint: RegExp) => {
    if (all === undefined) {
      const given = join();
      all = given.includes('\u200b') ? short.join('\n') : given;
    }
    return hint.test(all);
  };
  const source = (has(HINTS.source) && find((l) => clean(SOURCE.exec(l)?.[1]))) || metaValue(doc, 'name:ContentSource', 'name:source');
  const reporters = has(REPORTER_WORD);
  const author =
    (has(HINTS.author) && find((l) => name(clean(AUTHOR.exec(l)?.[1])))) ||
    (reporters && find(reporterOf)) ||
    (reporters && find((l) => name(clean(/[（(](?:记者|記者)\s*([^）)]{2,24})[）)]/.exec(l)?.[1]).replace(/^.*(?:摄|攝)(?:影)?$/, '')))) ||
    '';
  const editor =
    (has(HINTS.editor) && find((l) => clean(EDITOR.exec(l)?.[1]), false)) ||
    (has(HINTS.plainEditor) && find((l) => clean(PLAIN_EDITOR.exec(l)?.[1]), false)) ||
    '';
  const dated = findAt(lineDate);
  let publishedTime = dated.value;
  // A dateline whose time is printed on the next line (`2023年10月12日（星期四）` / `香港時間15時30分`).
  if (publishedTime.length === 10) publishedTime = withTime(publishedTime, short[dated.at + 1] ?? '');
  const declared = [
    metaValue(doc, 'name:PubDate'),
    metaValue(doc, 'property:article:published_time'),
    metaValue(doc, 'name:publishdate'),
    metaValue(doc, 'itemprop:datePublished'),
    metaValue(doc, 'name:firstpublishedtime'),
  ]
    .map(normalizeIsoTime)
    .filter(Boolean);
  if (!publishedTime) publishedTime = declared[0] ?? '';
  // A dateline without a time borrows the time of a declared value of the same day.
  if (publishedTime.length === 10) publishedTime = declared.find((d) => d.length > 10 && d.startsWith(publishedTime)) ?? publishedTime;
  if (!publishedTime) publishedTime = dateFromUrl(url);
  const siteName = metaValue(doc, 'name:SiteName', 'property:og:site_name');
  return { source: trimSource(source), publishedTime, author, editor, siteName };
}

/** A line that only gives a time of day: `香港時間15時30分`, `下午3:30`, `15:30`. */
const TIME_ONLY = /^(?:(?:香港|澳門|澳门|北京|台北|臺北)(?:時間|时间))?\s*(上午|下午|晚上)?\s*(\d{1,2})\s*[:：时時]\s*(\d{2})\s*分?$/;

/** `date` (YYYY-MM-DD) with the time `line` gives, or `date` alone when it gives none. */
function withTime(date: string, line: string): string {
  const m = TIME_ONLY.exec(line);
  if (!m) return date;
  const hour = Number(m[2]) + (m[1] && m[1] !== '上午' && Number(m[2]) < 12 ? 12 : 0);
  if (hour > 23 || Number(m[3]) > 59) return date;
  return `${date}T${String(hour).padStart(2, '0')}:${m[3]}:00${PAGE_ZONE}`;
}

/**
 * A source value sometimes carries the time, a column or a widget after it (`新华社 2023-01-17`,
 * `人民日报 客户端`): a Chinese outlet name ends at the first space. A carrying site before the
 * outlet (`人民网－人民日报`) is dropped.
 */
function trimSource(source: string): string {
  const s = source
    .replace(/\s*(?:19|20)\d{2}[-/.年].*$/, '')
    .trim()
    // `人民网－人民日报`: the site that carries the article, then the outlet it comes from.
    .replace(/^\p{Script=Han}{1,8}[网網]\s*[－—–-]\s*(?=\S*\p{Script=Han})/u, '');
  const first = /^(\S*\p{Script=Han}\S*)\s+\S/u.exec(s);
  return first ? first[1]! : s;
}

/** Words that never occur in a person's name but do in the widgets Readability takes for bylines. */
const NOT_A_NAME = /授权|授權|篇|阅读|閱讀|评论|評論|登录|登錄|注册|註冊|关注|關注|客户端|客戶端|网友|網友|举报|舉報|分享|收藏|首页|首頁|频道|頻道|栏目|欄目|来源|來源|发布|發布|编辑|編輯|https?:|www\.|\d{3}/i;

/**
 * Readability's byline without its label (`记者 王某` → `王某`, `By X` → `X`), or '' when it is
 * not a name: a widget, the site or column name (`网易` on a 163.com page).
 */
export function cleanByline(byline: string, doc?: Document): string {
  const bare = collapseSpace(byline).replace(/^[（(【〔[]+|[）)】〕\]]+$/g, '');
  // A photographer's credit is not the author.
  if (/(?:摄|攝)(?:影)?$/.test(bare)) return '';
  const name = bare
    .replace(/^(?:本报|本報|本网|本網)?(?:记者|記者|作者|撰稿|撰文|文|by)\s*[:：/／]?\s*/i, '')
    // `陳亭均／綜合報導, 中國時報, 中時電子報`: the name before the slash, without the outlets after it.
    .replace(/\s*[／/╱].*$/, '')
    .replace(/\s*[,，]\s*.*(?:报|報|网|網|社|台|新闻|新聞).*$/, '')
    .replace(/\s*(?:报道|報導)$/, '');
  if (name.length < 2 || name.length > 40 || NOT_A_NAME.test(name)) return '';
  if (doc) {
    const title = collapseSpace(doc.title ?? '');
    const site = metaValue(doc, 'name:SiteName', 'property:og:site_name');
    // The site or column name, as <title> ends with it.
    if (name === site || (title.includes(name) && !title.startsWith(name))) return '';
  }
  return name;
}
