/**
 * In-page conversion over jsdom, with the same converter host the extension runs (in-process
 * here): joined blocks, attributes, skipped regions, lang, new content, loops, restore.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { PageConverter, isChinesePage, type BatchConvert } from '../../../lib/convert/dom';
import { ConverterHost } from '../../../lib/convert/host';
import { requestBatch } from '../../../lib/convert/protocol';
import { loadFixture } from '../../helpers/fixtures';
import type { UserDictionaryEntry } from '../../../lib/settings';

const host = new ConverterHost();

/** The extension's path: packed request, the host, unpacked answer (only the messaging is skipped). */
function batch(dictionary: UserDictionaryEntry[] = [], log?: string[][][]): BatchConvert {
  const send = requestBatch((request) => host.convert(request), () => dictionary);
  return async (to, blocks, hints) => {
    log?.push(blocks);
    return send(to, blocks, hints);
  };
}

function page(body: string, head = '<title>测试</title>'): JSDOM {
  return new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
}

interface Convert {
  tw?: { title?: string; texts?: string[]; attributes?: Record<string, Record<string, string>>; lang?: string; unchangedBody?: boolean };
  cn?: { texts?: string[] };
  hk?: { texts?: string[] };
  unchanged?: string[];
  refused?: boolean;
}

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const p of opened.splice(0)) p.close();
});

function fixture(name: string) {
  const loaded = loadFixture(name);
  opened.push(loaded);
  const expected = (loaded.expected as unknown as { convert: Convert }).convert;
  return { doc: loaded.document, expected };
}

describe('PageConverter', () => {
  it('converts a phrase split across tags as one phrase and gives each node its share', async () => {
    const dom = page('<p>他的头<b>发</b>很长，<a href="#">发</a>展很快。</p>');
    const doc = dom.window.document;
    await new PageConverter(doc, batch()).convert('tw');
    expect(doc.body.innerHTML).toBe('<p>他的頭<b>髮</b>很長，<a href="#">發</a>展很快。</p>');
  });

  it('converts a mixed page: attributes, title and lang; leaves code, pre, fields, editable and Japanese text', async () => {
    const { doc, expected } = fixture('convert-mixed-blocks');
    const before = new Map(expected.unchanged!.map((sel) => [sel, doc.querySelector(sel)!.outerHTML]));
    const outcome = await new PageConverter(doc, batch()).convert('tw');
    expect(outcome.converted).toBe('tw');
    const tw = expected.tw!;
    expect(doc.title).toBe(tw.title);
    const text = doc.body.textContent!;
    for (const t of tw.texts!) expect(text).toContain(t);
    for (const [selector, attrs] of Object.entries(tw.attributes!)) {
      for (const [name, value] of Object.entries(attrs)) expect(doc.querySelector(selector)!.getAttribute(name)).toBe(value);
    }
    for (const [selector, html] of before) expect(doc.querySelector(selector)!.outerHTML).toBe(html);
    expect(doc.documentElement.getAttribute('lang')).toBe(tw.lang);
  });

  it('restores the original page exactly, lang included', async () => {
    const { doc } = fixture('convert-mixed-blocks');
    const original = doc.documentElement.outerHTML;
    const title = doc.title;
    const converter = new PageConverter(doc, batch());
    await converter.convert('tw');
    expect(doc.documentElement.outerHTML).not.toBe(original);
    converter.restore();
    expect(doc.documentElement.outerHTML).toBe(original);
    expect(doc.title).toBe(title);
    expect(converter.current).toBeNull();
  });

  it('converts to another target from the original text, and restores the original after that', async () => {
    const { doc, expected } = fixture('convert-mixed-blocks');
    const original = doc.documentElement.outerHTML;
    const converter = new PageConverter(doc, batch());
    await converter.convert('tw');
    await converter.convert('cn');
    for (const t of expected.cn!.texts!) expect(doc.body.textContent).toContain(t);
    expect(doc.body.textContent).toContain('提升头发护理产品质量');
    await converter.convert('hk');
    expect(doc.body.textContent).toContain('提升頭髮護理產品質量');
    converter.restore();
    expect(doc.documentElement.outerHTML).toBe(original);
  });

  it('repairs a naively converted page', async () => {
    const { doc, expected } = fixture('convert-naive-trad');
    await new PageConverter(doc, batch()).convert('tw');
    expect(doc.title).toBe(expected.tw!.title);
    const paragraphs = [...doc.querySelectorAll('.con p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(expected.tw!.texts);
  });

  it('leaves genuine Taiwan text exactly as it is for a Taiwan target, and converts it for others', async () => {
    const { doc, expected } = fixture('convert-genuine-tw');
    const body = doc.body.innerHTML;
    const converter = new PageConverter(doc, batch());
    const outcome = await converter.convert('tw');
    expect(outcome.changed).toBe(0);
    expect(doc.body.innerHTML).toBe(body);
    await converter.convert('cn');
    for (const t of expected.cn!.texts!) expect(doc.body.textContent).toContain(t);
    await converter.convert('hk');
    for (const t of expected.hk!.texts!) expect(doc.body.textContent).toContain(t);
  });

  it('never converts a Japanese page', async () => {
    const { doc } = fixture('convert-japanese');
    const html = doc.documentElement.outerHTML;
    expect(isChinesePage(doc)).toBe(false);
    const outcome = await new PageConverter(doc, batch()).convert('tw');
    expect(outcome.converted).toBeNull();
    expect(doc.documentElement.outerHTML).toBe(html);
  });

  it('converts content added after conversion, and text the page changes', async () => {
    const dom = page('<div id="list"><p>头发</p></div>');
    const doc = dom.window.document;
    const converter = new PageConverter(doc, batch());
    await converter.convert('tw');
    const p = doc.createElement('p');
    p.innerHTML = '新增的<span>头</span>发内容';
    doc.getElementById('list')!.append(p);
    await converter.settled();
    expect(p.innerHTML).toBe('新增的<span>頭</span>髮內容');
    doc.querySelector('#list p')!.firstChild!.nodeValue = '发展';
    await converter.settled();
    expect(doc.querySelector('#list p')!.textContent).toBe('發展');
    const img = doc.createElement('img');
    img.setAttribute('alt', '头发图片');
    doc.body.append(img);
    await converter.settled();
    expect(img.getAttribute('alt')).toBe('頭髮圖片');
    img.setAttribute('alt', '新的头发图片');
    await converter.settled();
    expect(img.getAttribute('alt')).toBe('新的頭髮圖片');
    doc.title = '新标题';
    await converter.settled();
    expect(doc.title).toBe('新標題');
    // Restore gives the page's own latest text back.
    converter.restore();
    expect(doc.querySelector('#list p')!.textContent).toBe('发展');
    expect(p.textContent).toBe('新增的头发内容');
    expect(img.getAttribute('alt')).toBe('新的头发图片');
    expect(doc.title).toBe('新标题');
  });

  it('does not rewrite text that did not change, nor react to its own writes', async () => {
    const dom = page('<p>头发</p><p>发展</p><p>English only</p>');
    const doc = dom.window.document;
    const log: string[][][] = [];
    const converter = new PageConverter(doc, batch([], log));
    await converter.convert('tw');
    await converter.settled();
    expect(log).toHaveLength(1);
    expect(log[0]).toEqual([['头发'], ['发展'], ['测试']]);
    // A change elsewhere sends only its own block.
    doc.body.insertAdjacentHTML('beforeend', '<p>后来</p>');
    await converter.settled();
    expect(log).toHaveLength(2);
    expect(log[1]).toEqual([['后来']]);
  });

  it('gives up a node that another script keeps converting back (no loop)', async () => {
    const dom = page('<p id="x">头发</p>');
    const doc = dom.window.document;
    const node = doc.getElementById('x')!.firstChild as Text;
    const converter = new PageConverter(doc, batch());
    await converter.convert('tw');
    let rounds = 0;
    // Another "converter" that turns our text back to Simplified whenever it sees it.
    const Observer = dom.window.MutationObserver;
    const other = new Observer(() => {
      if (node.data === '頭髮') {
        rounds++;
        node.data = '头发';
      }
    });
    other.observe(doc.body, { subtree: true, characterData: true });
    node.data = '头发';
    for (let i = 0; i < 20; i++) await converter.settled();
    other.disconnect();
    expect(rounds).toBeLessThanOrEqual(3);
    expect(node.data).toBe('头发');
  });

  it('applies the user dictionary, keyed on the page text, before the dictionaries', async () => {
    const dom = page('<p>鼠标和软件</p>');
    const doc = dom.window.document;
    await new PageConverter(doc, batch([{ source: '鼠标', target: '滑鼠', to: 'tw' }, { source: '软件', target: '軟體' }])).convert('tw');
    expect(doc.body.textContent).toBe('滑鼠和軟體');
  });

  it('leaves the page as it was when the converter fails, and keeps following an earlier conversion', async () => {
    const dom = page('<p>头发</p>');
    const doc = dom.window.document;
    let fail = false;
    const inner = batch();
    const converter = new PageConverter(doc, async (to, blocks, hints) => {
      if (fail) throw new Error('converter gone');
      return inner(to, blocks, hints);
    });
    await converter.convert('tw');
    fail = true;
    await expect(converter.convert('cn')).rejects.toThrow('converter gone');
    expect(doc.body.innerHTML).toBe('<p>頭髮</p>');
    expect(converter.current).toBe('tw');
    fail = false;
    doc.body.insertAdjacentHTML('beforeend', '<p>后来</p>');
    await converter.settled();
    expect(doc.body.innerHTML).toBe('<p>頭髮</p><p>後來</p>');
  });

  it('sends one run per stretch of inline text: runs end at blocks, line breaks and skipped elements, entered or left', async () => {
    const dom = page(
      '<div>头<b>发</b><p>后来<i>发</i></p>里面<br>台<span>湾<code>var 发</code>发展</span>' +
        '<ul><li>干<a href="/">部</a></li><li>面条</li></ul>尾<em class="notranslate">头发</em>发<span translate="no">头</span>' +
        '<table><tr><td>指标</td><td>增长<button>发</button>后</td></tr></table>末</div>',
    );
    opened.push(dom.window);
    const log: string[][][] = [];
    await new PageConverter(dom.window.document, batch([], log)).convert('tw');
    expect(log[0]).toEqual([['头', '发'], ['后来', '发'], ['里面'], ['台', '湾'], ['发展'], ['干', '部'], ['面条'], ['尾'], ['发'], ['指标'], ['增长'], ['发'], ['后'], ['末'], ['测试']]);
    expect(dom.window.document.body.textContent).toBe('頭髮後來發裡面臺灣var 发發展幹部麵條尾头发發头指標增長發後末');
  });

  it('skips a page changed while converting, and converts it once it is stable', async () => {
    const dom = page('<p id="a">头发</p>');
    const doc = dom.window.document;
    const inner = batch();
    const slow: BatchConvert = async (to, blocks, hints) => {
      doc.getElementById('a')!.firstChild!.nodeValue = '发展';
      return inner(to, blocks, hints);
    };
    const converter = new PageConverter(doc, slow);
    await converter.convert('tw');
    // The conversion of 头发 came back after the page had changed the node: not applied.
    expect(doc.getElementById('a')!.textContent).toBe('发展');
  });
});
