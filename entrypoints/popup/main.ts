/**
 * The toolbar popup: asks the current tab's content script for its report and shows it, with the
 * page actions (outline jumps, figure copying, undo, conversion, reader view, site choices).
 */
import { browser } from 'wxt/browser';
import type { PageState, Request } from '../../lib/messages';
import type { ConvertTarget, Figure } from '../../lib/report';
import type { CopyFormat, Settings } from '../../lib/settings';
import { isDefaultSite } from '../../lib/sites';
import { copyAllText, copyOneText } from '../../lib/ui/copy-figures';
import { hostMatches, siteMode, sitePattern, withSiteAdded, withSiteBlocked } from '../../lib/ui/site-rules';
import { loadSettings, saveSettings } from '../../utils/settings-store';
import { applyDocumentLanguage, language, t, useLanguage } from '../../utils/i18n';
import { copyText } from '../../utils/clipboard';
import { h, icon, onClick } from '../../utils/ui/dom';
import { documentParsed } from '../../utils/ui/parsed';
import { ask, hostOf, inject, isRestricted, NoAnswer, openReader, scrollTo, syncSites, targetTab, updateBadge, type Tab } from './tab';
import { pageView, siteView, stateLine, type Handlers } from './view';

type Phase =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  | { kind: 'no-tab' }
  | { kind: 'unreached'; error?: string }
  | { kind: 'analyzing' }
  | { kind: 'error'; message: string }
  | { kind: 'page'; state: PageState };

// Set once the body is parsed (startPopup runs from the head).
let app: HTMLElement;
let noticeEl: HTMLElement;
const openedAsTab = new URLSearchParams(location.search).has('tab');

class Popup implements Handlers {
  private phase: Phase = { kind: 'loading' };
  private allFigures = false;
  private converting = false;
  private noticeTimer = 0;

  constructor(
    private tab: Tab | undefined,
    private settings: Settings,
  ) {}

  private get tabId(): number {
    return this.tab!.id!;
  }

  private host(): string {
    return hostOf(this.phase.kind === 'page' ? this.phase.state.report?.url : undefined, this.tab?.url);
  }

  set(phase: Phase): void {
    this.phase = phase;
    this.render();
  }

  render(): void {
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.focus;
    const p = this.phase;
    let nodes: Node[];
    switch (p.kind) {
      case 'loading':
        nodes = stateLine(t('popup.loading'), 'busy');
        break;
      case 'analyzing':
        nodes = stateLine(t('popup.analyzing'), 'busy');
        break;
      case 'no-tab':
        nodes = stateLine(t('popup.noTab'));
        break;
      case 'restricted':
        nodes = stateLine(t('popup.restricted'));
        break;
      case 'error':
        nodes = stateLine(t('popup.error', [p.message]), 'error');
        break;
      case 'unreached': {
        const analyze = onClick(h('button', { type: 'button', class: 'btn primary', 'data-focus': 'analyze' }, h('span', {}, t('popup.analyze'))), () => void this.analyze());
        nodes = p.error ? stateLine(t('popup.cannotAccess', [p.error]), 'error') : stateLine(t('popup.notListed'), 'info', analyze);
        break;
      }
      case 'page':
        nodes = pageView({ state: p.state, settings: this.settings, allFigures: this.allFigures, converting: this.converting }, this);
        break;
    }
    const host = p.kind === 'page' || p.kind === 'unreached' ? this.host() : '';
    const site = host ? siteView(host, siteMode(host, this.settings), this.settings.enabled, this) : null;
    app.replaceChildren(...nodes, ...(site ? [site] : []));
    app.setAttribute('aria-busy', String(p.kind === 'loading' || p.kind === 'analyzing'));
    if (focusKey) app.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusKey)}"]`)?.focus();
  }

  notify(text: string): void {
    noticeEl.textContent = text;
    noticeEl.classList.add('show');
    clearTimeout(this.noticeTimer);
    this.noticeTimer = window.setTimeout(() => noticeEl.classList.remove('show'), 2200);
  }

  /** First look at the tab: the content script's state (asked for in parallel with the settings), or why there is none. */
  start(first: PageState | null): void {
    if (this.tab?.id === undefined) this.set({ kind: 'no-tab' });
    else if (first) this.set({ kind: 'page', state: first });
    // No content script answered: a restricted page, or a site that is not on the list.
    else this.set(isRestricted(this.tab.url) ? { kind: 'restricted' } : { kind: 'unreached' });
    performance.mark('qingyue:content');
  }

  /** "Analyse this page" on a site without the content script: inject it (activeTab), clean, report. */
  async analyze(): Promise<void> {
    this.set({ kind: 'analyzing' });
    try {
      await inject(this.tabId);
      await ask(this.tabId, { type: 'qingyue:clean' });
      const state = await ask(this.tabId, { type: 'qingyue:get-report' });
      updateBadge(this.tabId, state);
      this.set({ kind: 'page', state });
    } catch (error) {
      this.set({ kind: 'unreached', error: error instanceof Error ? error.message : String(error) });
    }
  }

  private async request(request: Request, timeoutMs?: number): Promise<PageState> {
    const state = await ask(this.tabId, request, timeoutMs);
    if (this.phase.kind === 'page') this.phase = { kind: 'page', state };
    return state;
  }

  scrollTo(anchor: string): void {
    void scrollTo(this.tabId, anchor).catch(() => this.notify(t('reader.noTab')));
  }

  copyOne(figure: Figure, button: HTMLButtonElement): void {
    void this.copy(copyOneText(figure), button);
  }

  copyAll(figures: Figure[], button: HTMLButtonElement): void {
    if (this.phase.kind !== 'page' || !this.phase.state.report) return;
    void this.copy(copyAllText(figures, this.settings.copyFormat, this.phase.state.report.url, language()), button);
  }

  private async copy(text: string, button: HTMLButtonElement): Promise<void> {
    const ok = await copyText(text);
    this.notify(ok ? t('common.copied') : t('common.copyFailed'));
    if (!ok) return;
    const before = button.querySelector('.icon');
    before?.replaceWith(icon('check'));
    button.classList.add('done');
    setTimeout(() => {
      button.querySelector('.icon')?.replaceWith(icon('copy'));
      button.classList.remove('done');
    }, 1200);
  }

  setFormat(format: CopyFormat): void {
    void saveSettings({ copyFormat: format }).then((s) => {
      this.settings = s;
      this.render();
    });
  }

  toggleAllFigures(): void {
    this.allFigures = !this.allFigures;
    this.render();
  }

  setCleaned(cleaned: boolean): void {
    void this.request({ type: cleaned ? 'qingyue:clean' : 'qingyue:restore' })
      .then((state) => {
        updateBadge(this.tabId, state);
        this.render();
      })
      .catch((e: unknown) => this.notify(t('popup.error', [String(e instanceof Error ? e.message : e)])));
  }

  convert(to: ConvertTarget | null): void {
    this.converting = true;
    this.render();
    this.notify(t('popup.convertWorking'));
    void this.request(to ? { type: 'qingyue:convert', to } : { type: 'qingyue:convert-restore' }, 20_000)
      .then((state) => {
        if (state.error && (state.converted ?? null) !== to) this.notify(t('popup.convertFailed', [state.error]));
        else if ((state.converted ?? null) !== to) this.notify(t('popup.convertUnavailable'));
        else if (to) this.notify(t('popup.convertedTo', [t(`target.${to}`)]));
        else this.notify(t('popup.convertOriginal'));
      })
      .catch((e: unknown) => this.notify(e instanceof NoAnswer ? t('popup.convertUnavailable') : t('popup.convertFailed', [String(e instanceof Error ? e.message : e)])))
      .finally(() => {
        this.converting = false;
        this.render();
      });
  }

  openReader(): void {
    if (!this.tab) return;
    void openReader(this.tab).then(() => {
      if (!openedAsTab) window.close();
    });
  }

  site(action: 'always' | 'never' | 'allow' | 'stop' | 'resume'): void {
    const host = this.host();
    if (!host) return;
    // The permission request must come first: it needs the click's user gesture.
    const needsPermission = action === 'always' && !isDefaultSite(host);
    const granted = needsPermission ? browser.permissions.request({ origins: [sitePattern(host)] }).catch(() => false) : Promise.resolve(true);
    void granted.then(async (ok) => {
      if (!ok) return this.notify(t('popup.permissionDenied'));
      const before = this.settings;
      switch (action) {
        case 'always':
          this.settings = await saveSettings(withSiteAdded(before, host));
          break;
        case 'never':
          this.settings = await saveSettings(withSiteBlocked(before, host));
          break;
        case 'allow':
          this.settings = await saveSettings({ blockedSites: before.blockedSites.filter((b) => !hostMatches(host, b)) });
          break;
        case 'stop':
          this.settings = await saveSettings({ userSites: before.userSites.filter((u) => !hostMatches(host, u)) });
          break;
        case 'resume':
          this.settings = await saveSettings({ enabled: true });
          break;
      }
      // Sites no longer on the user's list give their host permission back.
      const dropped = before.userSites.filter((u) => !this.settings.userSites.includes(u));
      if (dropped.length) await browser.permissions.remove({ origins: dropped.map(sitePattern) }).catch(() => false);
      await syncSites();
      await this.applySiteChoice(action);
      this.render();
    });
  }

  /** Brings the page in line with a site choice made just now. */
  private async applySiteChoice(action: 'always' | 'never' | 'allow' | 'stop' | 'resume'): Promise<void> {
    try {
      if (this.phase.kind === 'unreached' && (action === 'always' || action === 'allow')) return await this.analyze();
      if (this.phase.kind !== 'page') return;
      if (action === 'never' && this.phase.state.cleaned) this.setCleaned(false);
      if ((action === 'always' || action === 'allow' || action === 'resume') && !this.phase.state.cleaned) this.setCleaned(true);
    } catch {
      /* the page went away; the choice is saved anyway */
    }
  }
}

/** Arrow keys move between the buttons of a list (outline, figures). */
function arrowNavigation(root: HTMLElement): void {
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const list = (event.target as HTMLElement).closest('[data-nav]');
    if (!list) return;
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
    const i = buttons.indexOf(event.target as HTMLButtonElement);
    if (i < 0) return;
    const next = buttons[event.key === 'ArrowDown' ? Math.min(i + 1, buttons.length - 1) : Math.max(i - 1, 0)];
    next?.focus();
    event.preventDefault();
  });
}

function headerActions(): void {
  const options = h('button', { type: 'button', class: 'btn quiet icon-only', 'aria-label': t('popup.options'), title: t('popup.options') }, icon('gear'));
  onClick(options, () => {
    void browser.runtime.openOptionsPage();
    if (!openedAsTab) window.close();
  });
  document.getElementById('bar-actions')!.replaceChildren(options);
}

/**
 * The popup, started from its document's head (popup.html loads this bundle as a classic script,
 * so that it runs while the page is still parsed): the tab's report and the settings are asked for
 * at once, and the content is drawn as soon as the body is there. The popup must show its content
 * within 100 ms of the click.
 */
export function startPopup(): void {
  performance.mark('qingyue:early');
  const tabPromise = targetTab().catch(() => undefined);
  const firstState: Promise<PageState | null> = tabPromise.then((tab) => {
    if (tab?.id === undefined) return null;
    performance.mark('qingyue:asked');
    return ask(tab.id, { type: 'qingyue:get-report' }).catch(() => null);
  });
  const settingsPromise = loadSettings();
  const ready = documentParsed().then(() => {
    app = document.getElementById('app')!;
    noticeEl = document.getElementById('notice')!;
  });
  const main = async () => {
    const settings = await settingsPromise;
    await useLanguage(settings.language);
    await ready;
    applyDocumentLanguage();
    document.title = t('extName');
    headerActions();
    arrowNavigation(app);
    const popup = new Popup(await tabPromise, settings);
    popup.start(await firstState);
  };
  main().catch(async (error: unknown) => {
    await ready;
    app.replaceChildren(...stateLine(t('popup.error', [error instanceof Error ? error.message : String(error)]), 'error'));
    app.setAttribute('aria-busy', 'false');
  });
}
