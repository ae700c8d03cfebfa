/** Source detection from the text itself, page and block. */
import { describe, expect, it } from 'vitest';
import { blockScriptOf, countScript, detectScript, isJapanese, langTag, scriptSetsFrom } from '../../../lib/convert/detect';
import TSCharacters from 'opencc-js/dict/TSCharacters';

describe('detectScript', () => {
  it('does not count forms both scripts write: a Taiwan paragraph about 台北 is Traditional', () => {
    const text = '台北市里長表示，台灣的長照計畫將擴大辦理，並由各里辦公處協助。';
    expect(countScript(text).hans).toBe(0);
    expect(detectScript(text)).toBe('hant');
  });

  it('tells text with both scripts in strength from text with a stray character', () => {
    expect(detectScript('兩江新區正深入貫徹落實黨的二十大精神。两江新区正深入贯彻落实党的二十大精神。')).toBe('mixed');
    // A naively converted page is mostly Traditional: the repair finds it by its leftovers (repair.ts).
    expect(detectScript('兩江新區發揮引領示范作用，公司股票并在科創板上市，這里的干部下沉社區。')).toBe('hant');
    expect(detectScript('全市经济运行总体平稳，我们将继续优化营商环境，推動高质量发展。')).toBe('hans');
  });

  it('says other for Japanese and for text without Chinese', () => {
    const ja = countScript('政府は新たな経済対策を発表した。');
    expect(isJapanese(ja)).toBe(true);
    expect(detectScript('政府は新たな経済対策を発表した。')).toBe('other');
    expect(detectScript('Shanghai 2024')).toBe('other');
  });

  it('decides a short block by a single telling character, and leaves one without to the page', () => {
    expect(blockScriptOf(countScript('幹部'))).toBe('other');
    const full = scriptSetsFrom(TSCharacters);
    expect(blockScriptOf(countScript('幹部', full))).toBe('hant');
    expect(blockScriptOf(countScript('干部', full))).toBe('other');
    expect(blockScriptOf(countScript('这', full))).toBe('hans');
    // Rare Simplified forms are written in Taiwan too: not telling.
    expect(blockScriptOf(countScript('發霉', full))).toBe('hant');
    expect(blockScriptOf(countScript('2023年1月17日'))).toBe('other');
  });

  it('names the lang of each target', () => {
    expect(['cn', 't', 'tw', 'twp', 'hk'].map(langTag)).toEqual(['zh-CN', 'zh-Hant', 'zh-TW', 'zh-TW', 'zh-HK']);
  });
});
