/** Which sites convert on load. */
import { describe, expect, it } from 'vitest';
import { autoTarget } from '../../../entrypoints/content/convert';

describe('autoTarget', () => {
  it('matches a site and its subdomains, nothing else', () => {
    const sites = { 'gov.tw': 'cn' as const, 'www.example.gov.cn': 'tw' as const };
    expect(autoTarget('www.ey.gov.tw', sites)).toBe('cn');
    expect(autoTarget('gov.tw', sites)).toBe('cn');
    expect(autoTarget('WWW.EXAMPLE.GOV.CN', sites)).toBe('tw');
    expect(autoTarget('example.gov.cn', sites)).toBeNull();
    expect(autoTarget('notgov.tw', sites)).toBeNull();
  });
});
