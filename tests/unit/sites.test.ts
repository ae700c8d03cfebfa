import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHES, isDefaultSite } from '../../lib/sites';

describe('default site list', () => {
  it('covers every gov.cn host and the national news sites, and nothing else', () => {
    expect(isDefaultSite('www.gov.cn')).toBe(true);
    expect(isDefaultSite('xxgk.jl.gov.cn')).toBe(true);
    expect(isDefaultSite('www.news.cn')).toBe(true);
    expect(isDefaultSite('paper.people.com.cn')).toBe(true);
    expect(isDefaultSite('notgov.cn')).toBe(false);
    expect(isDefaultSite('gov.cn.evil.com')).toBe(false);
  });

  it('gives one valid match pattern per domain', () => {
    expect(DEFAULT_MATCHES).toContain('*://*.gov.cn/*');
    for (const p of DEFAULT_MATCHES) expect(p).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
    expect(new Set(DEFAULT_MATCHES).size).toBe(DEFAULT_MATCHES.length);
  });
});
