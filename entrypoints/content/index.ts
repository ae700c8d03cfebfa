/**
 * Runs on the default Chinese government and news sites (and on other pages when the user asks
 * from the popup): hides injected spam at once and answers the popup's requests. This script is
 * injected on every matched page, so it holds only what every page needs — settings check, veil,
 * spam detection and hiding, message routing, scrolling, the badge notice. The analyzer (the
 * whole pipeline and the conversion client) is loaded into the page only when a report or a
 * conversion is asked for (utils/content/load-analyzer.ts).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { DEFAULT_MATCHES } from '../../lib/sites';
import { PageSession } from '../../lib/page/session';
import { type CleanedNotice, type PageState, type Request, type ScrollResult } from '../../lib/messages';
import { acceptsPageRequest } from '../../utils/background-messages';
import { autoStart } from '../../utils/content/auto-start';
import { analyzerLoader } from '../../utils/content/load-analyzer';
import { onToolbarIntent } from '../../utils/content/intent';
import { loadPageSettings } from '../../utils/settings-store';
import { CONVERTER_PORT, type PortLike } from '../../lib/convert/port';
import type { PageConversion } from './convert';

const INSTALLED = '__qingyueSession';

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  // document_start: the page stays veiled until the spam is hidden (utils/content/auto-start.ts).
  // document_end alone still let Chromium paint spam for 0–2 frames, document_idle for up to 8
  // (tests/e2e/spam.test.ts, tests/e2e/ui-cleanup.test.ts).
  runAt: 'document_start',
  main() {
    const startedAt = performance.now();
    const holder = window as unknown as Record<string, PageSession | undefined>;
    // Injected again from the popup on a page that already has us: keep the first session.
    if (holder[INSTALLED]) return;
    const loadAnalyzer = analyzerLoader();
    const session = new PageSession(document, { url: location.href }, () => loadAnalyzer().then((m) => m.analyzePage));
    session.markStart(startedAt);
    holder[INSTALLED] = session;

    // Conversion lives in the analyzer; it is wired to the session once, when first needed.
    let conversion: Promise<PageConversion> | null = null;
    const converter = () =>
      (conversion ??= loadAnalyzer().then(
        (m) =>
          m.installConversion(session, {
            connect: () => browser.runtime.connect({ name: CONVERTER_PORT }) as unknown as PortLike,
            prepare: (message) => browser.runtime.sendMessage(message),
            userDictionary: async () => (await loadPageSettings()).userDictionary,
          }),
        (error: unknown) => {
          conversion = null;
          throw error;
        },
      ));
    const failed = (error: unknown): PageState => ({ ...session.state(), error: error instanceof Error ? error.message : String(error) });

    const start = () => {
      session.clean();
      const message: CleanedNotice = { type: 'qingyue:cleaned', spamCount: session.spamCount() ?? 0 };
      browser.runtime.sendMessage(message).catch(() => {
        /* the background may be asleep or reloading; the popup sets the badge again anyway */
      });
      // Not at idle on every page (that would load the analyzer everywhere), but when the user
      // heads for the toolbar: the report is usually ready by the time the popup asks for it.
      onToolbarIntent(document, () => void session.analyze());
    };
    // Only where the user wants it (global switch, blocked sites); otherwise the popup asks.
    void autoStart(document, location.hostname, start, () => session.warmUp()).then((auto) => {
      if (auto?.convertTo) void handle({ type: 'qingyue:convert', to: auto.convertTo });
    });

    const handle = (message: Request): Promise<PageState | ScrollResult> | undefined => {
      switch (message.type) {
        case 'qingyue:get-state':
          return Promise.resolve(session.state());
        case 'qingyue:get-report':
          return session.analyze().then(() => session.state());
        case 'qingyue:get-article':
          return session.articleState();
        case 'qingyue:clean':
          session.clean();
          return Promise.resolve(session.state());
        case 'qingyue:restore':
          session.restore();
          return Promise.resolve(session.state());
        case 'qingyue:scroll-to':
          return session.analyze().then(() => ({ found: session.scrollTo(message.anchor) }));
        case 'qingyue:convert-restore':
          // Nothing was converted while the analyzer is not loaded: the page shows its own text.
          if (!conversion) return Promise.resolve(session.state());
          return conversion.then((c) => c.handle(message)!, failed);
        case 'qingyue:convert':
          return converter().then((c) => c.handle(message)!, failed);
      }
    };
    // Requests come from the extension's own pages and background only, in a known shape.
    const origin = browser.runtime.getURL('/');
    browser.runtime.onMessage.addListener((message: unknown, sender): Promise<PageState | ScrollResult> | undefined =>
      acceptsPageRequest(message, sender, browser.runtime.id, origin) ? handle(message) : undefined,
    );
  },
});
