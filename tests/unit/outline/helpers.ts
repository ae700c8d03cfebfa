/** Runs the outline's candidate finder and levels on `#art` of a page, without Readability. */
import { parseHtml } from '../../../lib/node/html-file';
import { traceClone } from '../../../lib/dom/clone';
import { findCandidates } from '../../../lib/outline/candidates';
import { assignLevels } from '../../../lib/outline/levels';

export interface Found {
  text: string;
  level: number;
  kind: string;
}

export function outlineOf(body: string, { style = '', title = '' } = {}): Found[] {
  const page = parseHtml(`<html><head><style>${style}</style></head><body><div id="art">${body}</div></body></html>`);
  const { clone, originalOf } = traceClone(page.document);
  const candidates = findCandidates({ root: clone.getElementById('art')!, originalOf, title });
  const levels = assignLevels(candidates.map((c) => ({ visual: c.visual, family: c.numbering?.family ?? null })));
  page.close();
  return candidates.map((c, i) => ({ text: c.text, level: levels[i]!, kind: c.kind }));
}

/** A body paragraph of about 60 characters ending a sentence. */
export function para(n = 1): string {
  return `<p>第${n}段正文：各地区各部门认真贯彻落实有关部署要求，扎实推进各项工作，取得了明显成效，群众获得感不断增强。</p>`;
}
