import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeHost, normalizeSettings } from '../../lib/settings';

describe('settings', () => {
  it('normalises host names as users type them', () => {
    expect(normalizeHost('https://WWW.Example.gov.cn/path?q=1')).toBe('www.example.gov.cn');
    expect(normalizeHost(' news.cn ')).toBe('news.cn');
    expect(normalizeHost('localhost')).toBe('');
    expect(normalizeHost('not a host')).toBe('');
    expect(normalizeHost('javascript:alert(1)')).toBe('');
  });

  it('falls back to defaults field by field for untrusted input', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    const s = normalizeSettings({
      enabled: 'yes',
      userSites: ['HTTP://A.gov.cn/x', 'bad host', 42, 'a.gov.cn'],
      convertTarget: 'twp',
      autoConvertSites: { 'www.gov.tw': 'tw', 'x.cn': 'klingon' },
      copyFormat: 'xlsx',
      userDictionary: [{ source: '计划', target: '計畫', to: 'tw' }, { source: '', target: 'x' }, 'junk'],
      language: 'en',
    });
    expect(s).toEqual({
      ...DEFAULT_SETTINGS,
      userSites: ['a.gov.cn'],
      convertTarget: 'twp',
      autoConvertSites: { 'www.gov.tw': 'tw' },
      userDictionary: [{ source: '计划', target: '計畫', to: 'tw' }],
      language: 'en',
    });
  });
});
