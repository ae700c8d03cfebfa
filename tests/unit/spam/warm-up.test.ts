import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectSpam } from '../../../lib/spam';
import { WARM_UP_URL, warmUpDetection, warmUpPage } from '../../../lib/spam/warm-up';

describe('warming the detection up', () => {
  it('leaves the visited page as it was', () => {
    const dom = new JSDOM('<!doctype html><html><head><title>t</title></head><body><p>正文。</p></body></html>');
    const before = dom.serialize();
    warmUpDetection(dom.window.document);
    expect(dom.serialize()).toBe(before);
  });

  it('takes the paths real spam takes: a hidden block of spam links and a spam line appended to the article', () => {
    const page = warmUpPage(new JSDOM('').window.document);
    expect(page.getElementsByTagName("*").length).toBeGreaterThan(200);
    const { hits } = detectSpam(page, { url: WARM_UP_URL });
    const techniques = hits.map((h) => h.technique);
    expect(techniques).toContain('T1');
    expect(hits.some((h) => h.text.includes('六合彩开奖结果'))).toBe(true);
    // The article itself is legitimate prose and stays.
    expect(hits.some((h) => h.text.includes('地区生产总值'))).toBe(false);
  });
});
