/**
 * Article metadata from the lines Chinese pages print around the title:
 * `来源：…`, `发布时间：…`, `作者：…`, `责任编辑：…` (Simplified or Traditional).
 */
import { blockText, collapseSpace } from '../dom/text';
import { dateFromUrl, parseChineseDate } from './dates';

export interface LineMetadata {
  source: string;
  publishedTime: string;
  author: string;
  editor: string;
}

const LABEL_END = '(?=\\s|$|[|｜丨]|来源|來源|作者|发布|發布|时间|時間|日期|编辑|編輯|记者|記者|点击|點擊|浏览|瀏覽|字号|字號)';
const FIELD = (labels: string) => new RegExp(`(?:${labels})\\s*[:：]\\s*(.+?)${LABEL_END}`);

const SOURCE = FIELD('来源|來源|信息来源|信息來源|文章来源|文章來源');
const AUTHOR = FIELD('作者|记者|記者|撰稿');
const EDITOR = FIELD('责任编辑|責任編輯|编辑|編輯');
const TIME_LABEL = /(?:发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|时间|時間|日期)\s*[:：]?\s*/;

/** Short lines near the top of the page that carry metadata (not article paragraphs). */
function metadataLines(doc: Document): string[] {
  const text = doc.body ? blockText(doc.body) : '';
  return text
    .split('\n')
    .map((l) => collapseSpace(l))
    .filter((l) => l.length > 0 && l.length <= 160);
}

/** Reads 来源 / 发布时间 / 作者 / 责任编辑 from the page, and a date from the URL as a fallback. */
export function readLineMetadata(doc: Document, url: string): LineMetadata {
  const result: LineMetadata = { source: '', publishedTime: '', author: '', editor: '' };
  for (const line of metadataLines(doc)) {
    if (!result.source) result.source = clean(SOURCE.exec(line)?.[1]);
    if (!result.author) result.author = clean(AUTHOR.exec(line)?.[1]);
    if (!result.editor) result.editor = clean(EDITOR.exec(line)?.[1]);
    if (!result.publishedTime) {
      const label = TIME_LABEL.exec(line);
      const date = parseChineseDate(label ? line.slice(label.index) : line);
      // A bare date counts only on a short line, where it is a dateline rather than article text.
      if (date && (label || line.length <= 40)) result.publishedTime = date;
    }
  }
  if (!result.publishedTime) result.publishedTime = dateFromUrl(url);
  return result;
}

function clean(value: string | undefined): string {
  return value ? collapseSpace(value).replace(/[\s|｜丨,，;；]+$/, '') : '';
}
