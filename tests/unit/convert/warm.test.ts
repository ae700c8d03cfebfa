/**
 * Warming the page-side conversion code on a sample document of its own: the page is never read
 * or changed, no request leaves, and a real conversion afterwards is unaffected.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { warmPageConversion } from '../../../lib/convert/warm';
import { PageConverter } from '../../../lib/convert/dom';
import { ConverterHost } from '../../../lib/convert/host';
import { requestBatch } from '../../../lib/convert/protocol';

const PAGE = '<!DOCTYPE html><html lang="zh-CN"><head><title>国务院发布通知</title></head><body><p title="发展">国家发展改革委<b>发布</b>通知</p></body></html>';

describe('warmPageConversion', () => {
  it('leaves the page exactly as it was and watches nothing on it', async () => {
    const dom = new JSDOM(PAGE);
    const doc = dom.window.document;
    const before = doc.documentElement.outerHTML;
    const changes: MutationRecord[] = [];
    const observer = new dom.window.MutationObserver((records) => changes.push(...records));
    observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
    await warmPageConversion(doc, 3);
    await new Promise((resolve) => setTimeout(resolve, 0));
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(changes).toEqual([]);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.title).toBe('国务院发布通知');
    dom.window.close();
  });

  it('runs the whole page-side path on its sample: texts, attributes and the title are written each round', async () => {
    const dom = new JSDOM(PAGE);
    const once = await warmPageConversion(dom.window.document, 1);
    // Paragraphs, the nav, the image's alt and the title hold a character the made-up answer changes.
    expect(once).toBeGreaterThan(10);
    expect(await warmPageConversion(dom.window.document, 2)).toBe(2 * once);
    dom.window.close();
  });

  it('does not change what a real conversion of the page does afterwards', async () => {
    const host = new ConverterHost();
    const convertOnce = async (warm: boolean) => {
      const dom = new JSDOM(PAGE);
      const doc = dom.window.document;
      if (warm) await warmPageConversion(doc);
      const converter = new PageConverter(doc, requestBatch((request) => host.convert(request)));
      const outcome = await converter.convert('tw');
      const html = doc.documentElement.outerHTML;
      converter.restore();
      const restored = doc.documentElement.outerHTML;
      dom.window.close();
      return { outcome: { ...outcome, pageMs: 0, waitMs: 0, hostMs: 0 }, html, restored };
    };
    const cold = await convertOnce(false);
    const warmed = await convertOnce(true);
    expect(warmed).toEqual(cold);
    expect(cold.html).toContain('國家發展改革委');
    expect(cold.restored).toBe(new JSDOM(PAGE).window.document.documentElement.outerHTML);
  });
});
