/**
 * Who may send what (utils/background-messages.ts): every runtime.onMessage listener asks these
 * functions before acting, so a content script on a compromised page cannot drive the background,
 * another extension cannot drive anything, and a request in an unknown shape is ignored.
 */
import { describe, expect, it } from 'vitest';
import {
  acceptsConverterRequest,
  acceptsOffscreenRequest,
  acceptsPageRequest,
  backgroundRoute,
  isReaderRequest,
  senderKind,
  type SenderLike,
} from '../../utils/background-messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

const popup: SenderLike = { id: ID, url: `${ORIGIN}popup.html` };
const popupInTab: SenderLike = { id: ID, url: `${ORIGIN}popup.html?tab=7`, tab: { id: 9 }, frameId: 0 };
const background: SenderLike = { id: ID, url: `${ORIGIN}background.js` };
const content: SenderLike = { id: ID, url: 'https://www.gov.cn/zhengce/1.html', tab: { id: 7 }, frameId: 0 };
const contentInFrame: SenderLike = { ...content, frameId: 3 };
const otherExtensionPage: SenderLike = { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' };
const otherExtensionContent: SenderLike = { ...content, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' };
// A page claiming our origin as its URL still has no tab-less extension sender identity.
const noId: SenderLike = { url: `${ORIGIN}popup.html` };
const fileContent: SenderLike = { ...content, url: 'file:///etc/passwd' };

describe('senderKind', () => {
  it('knows our pages and our content script in a tab', () => {
    expect(senderKind(popup, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind(popupInTab, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind(background, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind(content, ID, ORIGIN)).toBe('content-script');
  });

  it('rejects other extensions, missing ids, sub-frames, non-web pages and missing senders', () => {
    expect(senderKind(otherExtensionPage, ID, ORIGIN)).toBeNull();
    expect(senderKind(otherExtensionContent, ID, ORIGIN)).toBeNull();
    expect(senderKind(noId, ID, ORIGIN)).toBeNull();
    expect(senderKind(contentInFrame, ID, ORIGIN)).toBeNull();
    expect(senderKind(fileContent, ID, ORIGIN)).toBeNull();
    expect(senderKind({ id: ID }, ID, ORIGIN)).toBeNull();
    expect(senderKind(undefined, ID, ORIGIN)).toBeNull();
    expect(senderKind(popup, '', ORIGIN)).toBeNull();
    expect(senderKind(popup, ID, '')).toBeNull();
  });
});

describe('backgroundRoute', () => {
  const sync = { type: 'qingyue:sync-sites' };
  const load = { type: 'qingyue:load-analyzer' };
  const cleaned = { type: 'qingyue:cleaned', spamCount: 3 };

  it('routes each request from the sender allowed to make it', () => {
    expect(backgroundRoute(sync, popup, ID, ORIGIN)).toBe('sync-sites');
    expect(backgroundRoute(load, content, ID, ORIGIN)).toBe('load-analyzer');
    expect(backgroundRoute(cleaned, content, ID, ORIGIN)).toBe('badge');
    expect(backgroundRoute({ type: 'qingyue:report-ready', spamCount: 0, isArticle: true }, content, ID, ORIGIN)).toBe('badge');
  });

  it('ignores a content script asking to sync sites, and a page asking for the analyzer or the badge', () => {
    expect(backgroundRoute(sync, content, ID, ORIGIN)).toBeNull();
    expect(backgroundRoute(load, popup, ID, ORIGIN)).toBeNull();
    expect(backgroundRoute(cleaned, popupInTab, ID, ORIGIN)).toBeNull();
  });

  it('ignores other extensions, sub-frames and unknown or malformed messages', () => {
    expect(backgroundRoute(sync, otherExtensionPage, ID, ORIGIN)).toBeNull();
    expect(backgroundRoute(load, otherExtensionContent, ID, ORIGIN)).toBeNull();
    expect(backgroundRoute(load, contentInFrame, ID, ORIGIN)).toBeNull();
    expect(backgroundRoute({ ...sync, patterns: ['<all_urls>'] }, popup, ID, ORIGIN)).toBeNull();
    expect(backgroundRoute({ type: 'qingyue:cleaned', spamCount: -1 }, content, ID, ORIGIN)).toBeNull();
    expect(backgroundRoute({ type: 'qingyue:cleaned', spamCount: '9999' }, content, ID, ORIGIN)).toBeNull();
    expect(backgroundRoute('qingyue:sync-sites', popup, ID, ORIGIN)).toBeNull();
    expect(backgroundRoute(null, content, ID, ORIGIN)).toBeNull();
  });
});

describe('content script requests', () => {
  it('accepts known requests from our pages and background only', () => {
    expect(acceptsPageRequest({ type: 'qingyue:get-report' }, popup, ID, ORIGIN)).toBe(true);
    expect(acceptsPageRequest({ type: 'qingyue:clean' }, background, ID, ORIGIN)).toBe(true);
    expect(acceptsPageRequest({ type: 'qingyue:get-report' }, popupInTab, ID, ORIGIN)).toBe(true);
  });

  it('rejects content scripts, other extensions and bad shapes', () => {
    expect(acceptsPageRequest({ type: 'qingyue:restore' }, content, ID, ORIGIN)).toBe(false);
    expect(acceptsPageRequest({ type: 'qingyue:get-report' }, otherExtensionPage, ID, ORIGIN)).toBe(false);
    expect(acceptsPageRequest({ type: 'qingyue:get-report' }, noId, ID, ORIGIN)).toBe(false);
    expect(acceptsPageRequest({ type: 'qingyue:scroll-to', anchor: '"><img src=x onerror=1>' }, popup, ID, ORIGIN)).toBe(false);
    expect(acceptsPageRequest({ type: 'qingyue:convert', to: 'xx' }, popup, ID, ORIGIN)).toBe(false);
  });
});

describe('converter requests', () => {
  const prepare = { type: 'qingyue:converter-prepare', to: 'tw' };

  it('the converter host serves content scripts and pages; the offscreen document the background only', () => {
    expect(acceptsConverterRequest(prepare, content, ID, ORIGIN)).toBe(true);
    expect(acceptsConverterRequest(prepare, popup, ID, ORIGIN)).toBe(true);
    expect(acceptsOffscreenRequest(prepare, background, ID, ORIGIN)).toBe(true);
    expect(acceptsOffscreenRequest(prepare, content, ID, ORIGIN)).toBe(false);
  });

  it('rejects other extensions, sub-frames and unknown shapes', () => {
    expect(acceptsConverterRequest(prepare, otherExtensionContent, ID, ORIGIN)).toBe(false);
    expect(acceptsConverterRequest(prepare, contentInFrame, ID, ORIGIN)).toBe(false);
    expect(acceptsConverterRequest({ type: 'qingyue:converter-prepare', to: 'klingon' }, content, ID, ORIGIN)).toBe(false);
    expect(acceptsConverterRequest({ type: 'qingyue:sync-sites' }, popup, ID, ORIGIN)).toBe(false);
    expect(acceptsOffscreenRequest(prepare, otherExtensionPage, ID, ORIGIN)).toBe(false);
  });
});

describe('reader requests', () => {
  it('checks the shape of reader-close', () => {
    expect(isReaderRequest({ type: 'qingyue:reader-close', tabId: 4 })).toBe(true);
    expect(isReaderRequest({ type: 'qingyue:reader-close', tabId: '4' })).toBe(false);
    expect(isReaderRequest({ type: 'qingyue:reader-close', tabId: 4.5 })).toBe(false);
    expect(isReaderRequest({ type: 'qingyue:reader-close', tabId: 4, extra: true })).toBe(false);
    expect(isReaderRequest({ type: 'qingyue:reader-close' })).toBe(false);
  });
});
