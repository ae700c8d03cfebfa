import { describe, expect, it } from 'vitest';
import { isReportReady, isRequest } from '../../lib/messages';

describe('message shape checks', () => {
  it('accepts only the known requests, with no extra fields', () => {
    expect(isRequest({ type: 'qingyue:get-report' })).toBe(true);
    expect(isRequest({ type: 'qingyue:restore' })).toBe(true);
    expect(isRequest({ type: 'qingyue:get-article' })).toBe(true);
    expect(isRequest({ type: 'qingyue:get-article', tab: 1 })).toBe(false);
    expect(isRequest({ type: 'qingyue:get-report', html: '<img onerror=x>' })).toBe(false);
    expect(isRequest({ type: 'other' })).toBe(false);
    expect(isRequest('qingyue:get-report')).toBe(false);
    expect(isRequest(null)).toBe(false);
  });

  it('checks the report-ready notice', () => {
    expect(isReportReady({ type: 'qingyue:report-ready', spamCount: 2, isArticle: true })).toBe(true);
    expect(isReportReady({ type: 'qingyue:report-ready', spamCount: -1, isArticle: true })).toBe(false);
    expect(isReportReady({ type: 'qingyue:report-ready', spamCount: '2', isArticle: true })).toBe(false);
  });
});

describe('requests with fields', () => {
  it('checks convert targets and scroll anchors', () => {
    expect(isRequest({ type: 'qingyue:convert', to: 'twp' })).toBe(true);
    expect(isRequest({ type: 'qingyue:convert', to: 'jp' })).toBe(false);
    expect(isRequest({ type: 'qingyue:convert' })).toBe(false);
    expect(isRequest({ type: 'qingyue:scroll-to', anchor: 'qy-h-3' })).toBe(true);
    expect(isRequest({ type: 'qingyue:scroll-to', anchor: '"><img src=x onerror=alert(1)>' })).toBe(false);
    expect(isRequest({ type: 'qingyue:scroll-to', anchor: 'qy-h-3', extra: 1 })).toBe(false);
    expect(isRequest({ type: 'toString' })).toBe(false);
    expect(isRequest({ type: '__proto__' })).toBe(false);
  });
});
