import { describe, expect, it } from 'vitest';
import { detectScript } from '../../lib/convert/detect';

describe('detectScript', () => {
  it('tells Simplified from Traditional by the text, not the lang attribute', () => {
    expect(detectScript('两江新区正深入贯彻落实党的二十大精神，加快建设高质量发展引领区。')).toBe('hans');
    expect(detectScript('兩江新區正深入貫徹落實黨的二十大精神，加快建設高質量發展引領區。')).toBe('hant');
  });

  it('says mixed when both scripts appear in strength', () => {
    expect(detectScript('兩江新區正深入貫徹落實黨的二十大精神。两江新区正深入贯彻落实党的二十大精神。')).toBe('mixed');
  });

  it('says other for Japanese, English and text without Chinese', () => {
    expect(detectScript('東京都は新しい経済対策を発表しました。これは国の支援です。')).toBe('other');
    expect(detectScript('The State Council issued a notice on Monday.')).toBe('other');
    expect(detectScript('')).toBe('other');
  });
});
