/**
 * Warming the page side of conversion before the user asks for it.
 *
 * The first conversion on a tab runs the page-side code (the walk, the packing of the text, the
 * check that the page is Chinese, the unpacking, the writes) for the first time: the engine has
 * yet to compile it and knows nothing about the objects it sees, and cold code measured 2–3 times
 * slower than warm. `warmPageConversion` runs that same code once on a small detached document of
 * its own, with an answer made up on the spot (no message is sent, the dictionaries are not
 * involved), so that the real conversion later runs warm. The page itself is never read or changed.
 */
import type { PageHints } from './converter';
import { PageConverter } from './dom';
import { packResults, requestBatch, unpackBlocks, type ConvertTextRequest } from './protocol';

const HINTS: PageHints = { script: 'hans', naive: false };

/** A made-up conversion: enough changed characters that every write path runs. */
function fakeConvert(text: string): string {
  return text.replace(/[发国会]/g, (c) => (c === '发' ? '發' : c === '国' ? '國' : '會'));
}

/** What the host would answer, computed here from the packed request (same packing both ways). */
function fakeHost(request: ConvertTextRequest): Promise<unknown> {
  const blocks = typeof request.blocks === 'string' ? unpackBlocks(request.blocks) : request.blocks;
  const results = blocks.map((parts) => {
    const out = parts.map(fakeConvert);
    return out.some((s, i) => s !== parts[i]) ? out : null;
  });
  return Promise.resolve({ blocks: typeof request.blocks === 'string' ? packResults(results) : results, hints: HINTS, ms: 0 });
}

/** Builds a small page in the shape of a government article page in `doc` (text only, no HTML parsing). */
function buildSample(doc: Document): void {
  const body = doc.body;
  const el = (tag: string, parent: Element, text?: string): HTMLElement => {
    const e = doc.createElement(tag);
    if (text !== undefined) e.textContent = text;
    parent.appendChild(e);
    return e;
  };
  doc.title = '市政府召开常务会议_市人民政府';
  const nav = el('ul', el('div', body));
  for (const name of ['首页', '政务公开', '新闻发布', '政策文件']) el('a', el('li', nav), name).setAttribute('href', '#');
  const article = el('div', body);
  el('h1', article, '市政府召开常务会议 研究部署重点工作');
  const info = el('div', article);
  el('span', info, '发布时间：2024-04-18 10:30');
  el('span', info, '来源：市政府办公室');
  for (let i = 0; i < 60; i++) {
    const p = el('p', article);
    p.append('会议强调，要统筹发展和安全，');
    el('b', p, `第${i}项`);
    p.append('国内经济运行总体平稳。');
    if (i % 4 === 0) {
      el('br', p);
      p.append('加快建设现代化产业体系。');
    }
  }
  el('img', article).setAttribute('alt', '会议现场');
  el('span', article, '国家').setAttribute('translate', 'no');
  el('code', article, 'var x = "发";');
  const table = el('tbody', el('table', article));
  for (let r = 0; r < 4; r++) {
    const tr = el('tr', table);
    el('td', tr, `指标${r}`);
    el('td', tr, `增长${r}.5%`);
  }
  el('p', el('div', body), '主办单位：市人民政府办公室');
}

/**
 * Runs the page-side conversion code on a small sample document created from `doc`'s
 * implementation (detached: no window, never rendered): converts it with a made-up answer and
 * restores it, `rounds` times. Never touches `doc`. Resolves with the number of writes made in the
 * sample (0 when something failed: warming is an optimisation only, it never rejects).
 */
export async function warmPageConversion(doc: Document, rounds = 6): Promise<number> {
  try {
    const sample = doc.implementation.createHTMLDocument('');
    buildSample(sample);
    const converter = new PageConverter(sample, requestBatch(fakeHost));
    let changed = 0;
    for (let i = 0; i < rounds; i++) {
      changed += (await converter.convert(i % 2 ? 'cn' : 'tw')).changed;
      converter.restore();
    }
    return changed;
  } catch {
    return 0;
  }
}
