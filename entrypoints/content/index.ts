/**
 * Runs on the default Chinese government and news sites (and on other pages when the user asks
 * from the popup): hides injected spam at once, analyses the article when the page is idle or when
 * the popup asks, and answers the popup's requests.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { DEFAULT_MATCHES } from '../../lib/sites';
import { PageSession } from '../../lib/page/session';
import { isRequest, type Notice, type PageState, type ScrollResult } from '../../lib/messages';
import { autoStart } from '../../utils/content/auto-start';
import { installConversion } from './convert';

const INSTALLED = '__qingyueSession';

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  // document_start: the page stays veiled until the spam is hidden (utils/content/auto-start.ts).
  // document_end alone still let Chromium paint spam for 0–2 frames, document_idle for up to 8
  // (tests/e2e/spam.test.ts, tests/e2e/ui-cleanup.test.ts).
  runAt: 'document_start',
  main() {
    const holder = window as unknown as Record<string, PageSession | undefined>;
    // Injected again from the popup on a page that already has us: keep the first session.
    if (holder[INSTALLED]) return;
    const session = new PageSession(document, { url: location.href });
    holder[INSTALLED] = session;
    // Conversion requests come through this script's listener; automatic conversion follows autoStart.
    const conversion = installConversion(session, { listen: false, auto: false });

    const notify = () => {
      const report = session.state().report;
      const message: Notice = { type: 'qingyue:report-ready', spamCount: report?.spam.length ?? 0, isArticle: report?.isArticle ?? false };
      browser.runtime.sendMessage(message).catch(() => {
        /* the background may be asleep or reloading; the popup asks again anyway */
      });
    };

    const start = () => {
      session.clean();
      const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
      const run = () => {
        session.analyze();
        notify();
      };
      if (idle) idle(run, { timeout: 2000 });
      else setTimeout(run, 0);
    };
    // Only where the user wants it (global switch, blocked sites); otherwise the popup asks.
    void autoStart(document, location.hostname, start).then((auto) => {
      if (auto?.convertTo) void onMessage({ type: 'qingyue:convert', to: auto.convertTo }, { id: browser.runtime.id });
    });

    const onMessage = (message: unknown, sender: { id?: string }): Promise<PageState | ScrollResult> | undefined => {
      if (sender.id !== browser.runtime.id || !isRequest(message)) return undefined;
      switch (message.type) {
        case 'qingyue:get-report':
          session.analyze();
          return Promise.resolve(session.state());
        case 'qingyue:clean':
          session.clean();
          return Promise.resolve(session.state());
        case 'qingyue:restore':
          session.restore();
          return Promise.resolve(session.state());
        case 'qingyue:scroll-to':
          session.analyze();
          return Promise.resolve({ found: session.scrollTo(message.anchor) });
        default:
          return conversion.handle(message);
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
  },
});
