/**
 * The reader view: the cleaned article of a tab in a calm layout, in an extension page (isolated
 * from the site's scripts and styles). The article HTML goes in only through the sanitiser;
 * everything else is text. One click (or Esc) goes back to the original page.
 */
import { browser } from 'wxt/browser';
import { isPageState, type PageState } from '../../lib/messages';
import type { Heading, Report } from '../../lib/report';
import { READER_FONT_SIZES, type ReaderPrefs, type ReaderTheme, type ReaderWidth } from '../../lib/settings';
import { setSanitizedHtml } from '../../lib/dom/sanitize';
import { formatDate } from '../../lib/ui/dates';
import { scriptLang } from '../../lib/ui/lang';
import { absolutizeLinks, claimAnchors, dropRepeatedHeader, ensureHeadingIds, httpUrl, MEASURES } from '../../lib/ui/reader';
import { fromExtensionPage, isReaderRequest } from '../../utils/background-messages';
import { loadSettings, saveSettings } from '../../utils/settings-store';
import { applyDocumentLanguage, language, t, useLanguage } from '../../utils/i18n';
import { h, icon, onClick } from '../../utils/ui/dom';
import { documentParsed } from '../../utils/ui/parsed';

const root = document.documentElement;
const sourceTabId = Number(new URLSearchParams(location.search).get('tab'));
// Set once the body is parsed (startReader runs from the head of reader.html).
let main: HTMLElement;

let prefs: ReaderPrefs;

function applyPrefs(): void {
  root.style.setProperty('--reader-size', `${prefs.fontSize}px`);
  root.style.setProperty('--measure', String(MEASURES[prefs.width]));
  root.dataset.theme = prefs.theme;
}

function savePrefs(patch: Partial<ReaderPrefs>): void {
  prefs = { ...prefs, ...patch };
  applyPrefs();
  renderTools();
  void saveSettings({ reader: prefs });
}

function renderTools(): void {
  const tools = document.getElementById('qy-tools')!;
  tools.setAttribute('aria-label', t('reader.settings'));
  const sizes = READER_FONT_SIZES as readonly number[];
  const i = sizes.indexOf(prefs.fontSize);
  const smaller = onClick(h('button', { type: 'button', class: 'btn', 'aria-label': t('reader.smaller'), title: t('reader.smaller'), disabled: i <= 0, id: 'qy-smaller' }, 'A−'), () =>
    savePrefs({ fontSize: sizes[Math.max(i - 1, 0)]! }),
  );
  const larger = onClick(h('button', { type: 'button', class: 'btn', 'aria-label': t('reader.larger'), title: t('reader.larger'), disabled: i >= sizes.length - 1, id: 'qy-larger' }, 'A+'), () =>
    savePrefs({ fontSize: sizes[Math.min(i + 1, sizes.length - 1)]! }),
  );
  const size = h('output', { 'aria-live': 'polite', 'aria-label': t('reader.fontSize', [prefs.fontSize]) }, String(prefs.fontSize));
  const widths: ReaderWidth[] = ['narrow', 'medium', 'wide'];
  const width = h(
    'span',
    { class: 'group', role: 'group', 'aria-label': t('reader.width') },
    ...widths.map((w) => onClick(h('button', { type: 'button', class: 'btn', 'aria-pressed': String(prefs.width === w), 'data-width': w }, t(`reader.${w}`)), () => savePrefs({ width: w }))),
  );
  const theme = h('select', { 'aria-label': t('reader.theme'), id: 'qy-theme' });
  for (const x of ['auto', 'light', 'dark', 'sepia'] as ReaderTheme[]) theme.append(h('option', { value: x }, t(`reader.${x}`)));
  theme.value = prefs.theme;
  theme.addEventListener('change', () => savePrefs({ theme: theme.value as ReaderTheme }));
  const focused = document.activeElement?.id;
  tools.replaceChildren(h('span', { class: 'group', role: 'group', 'aria-label': t('reader.fontSize', [prefs.fontSize]) }, smaller, size, larger), width, theme);
  if (focused) document.getElementById(focused)?.focus();
}

/** Back to the original page: show its tab, close this one. */
async function back(): Promise<void> {
  if (Number.isInteger(sourceTabId)) await browser.tabs.update(sourceTabId, { active: true }).catch(() => undefined);
  const me = await browser.tabs.getCurrent().catch(() => undefined);
  if (me?.id !== undefined) await browser.tabs.remove(me.id);
  else window.close();
}

function scrollToHeading(anchor: string, content: HTMLElement): void {
  const target = content.querySelector<HTMLElement>(`[id="${CSS.escape(anchor)}"]`);
  if (!target) return;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
  target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  target.classList.remove('qy-target');
  void target.offsetWidth; // restart the highlight
  target.classList.add('qy-target');
  for (const a of document.querySelectorAll('#qy-toc-list a')) a.setAttribute('aria-current', String(a.getAttribute('href') === `#${anchor}`));
  history.replaceState(null, '', `${location.search}#${encodeURIComponent(anchor)}`);
}

function renderOutline(headings: Heading[], content: HTMLElement, lang: string | undefined): void {
  const present = headings.filter((x) => content.querySelector(`[id="${CSS.escape(x.anchor)}"]`));
  const nav = document.getElementById('qy-toc')!;
  if (!present.length) return;
  const list = document.getElementById('qy-toc-list')!;
  list.replaceChildren(
    ...present.map((x) => {
      const a = h('a', { href: `#${x.anchor}`, lang }, x.text);
      a.addEventListener('click', (event) => {
        event.preventDefault();
        scrollToHeading(x.anchor, content);
      });
      return h('li', { 'data-level': String(Math.min(Math.max(x.level, 1), 3)) }, a);
    }),
  );
  nav.hidden = false;
}

function renderArticle(report: Report): void {
  const lang = scriptLang(report.conversion ? (report.conversion.to === 'cn' ? 'hans' : 'hant') : report.script) ?? undefined;
  document.title = `${report.title || t('popup.untitled')} · ${t('reader.title')}`;
  document.getElementById('qy-site')!.textContent = report.siteName || new URL(report.url).hostname;
  const content = h('div', { class: 'content', lang });
  setSanitizedHtml(content, report.html, window);
  absolutizeLinks(content, report.url);
  claimAnchors(content, report.headings);
  ensureHeadingIds(content, report.headings);
  dropRepeatedHeader(content, report);
  const meta = [
    report.source && h('span', {}, t('popup.source', [report.source])),
    report.publishedTime && h('time', { datetime: report.publishedTime }, formatDate(report.publishedTime, language())),
    report.byline && h('span', {}, t('popup.byline', [report.byline])),
  ];
  const original = h('a', { href: httpUrl(report.url) ?? undefined, target: '_blank', rel: 'noopener noreferrer' }, report.url);
  const article = h(
    'article',
    { lang },
    h('h1', {}, report.title || t('popup.untitled')),
    meta.some(Boolean) ? h('p', { class: 'meta' }, ...meta) : null,
    content,
    h('footer', {}, h('span', {}, `${t('reader.original')}：`), original),
  );
  main.replaceChildren(article);
  renderOutline(report.headings, content, lang);
  const initial = decodeURIComponent(location.hash.slice(1));
  if (initial) scrollToHeading(initial, content);
}

function showState(text: string, error = false): void {
  main.replaceChildren(h('p', { class: error ? 'state error' : 'state', role: error ? 'alert' : undefined }, text));
}

/**
 * The reader, started from its document's head (reader.html loads this bundle as a classic
 * script): the article, the settings and this tab are asked for at once, while the page is still
 * parsed, and drawn once the body is there.
 */
export function startReader(): void {
  performance.mark('qingyue:asked');
  const article: Promise<unknown> = Number.isInteger(sourceTabId) ? browser.tabs.sendMessage(sourceTabId, { type: 'qingyue:get-article' }) : Promise.resolve(undefined);
  // Handled where it is awaited; not an unhandled rejection meanwhile.
  article.catch(() => undefined);
  const settingsPromise = loadSettings();
  const myTabPromise = browser.tabs.getCurrent().catch(() => undefined);
  const ready = documentParsed().then(() => {
    main = document.getElementById('qy-main')!;
  });
  const run = async (): Promise<void> => {
    const settings = await settingsPromise;
    prefs = settings.reader;
    applyPrefs();
    await useLanguage(settings.language);
    await ready;
    applyDocumentLanguage();
    const backButton = document.getElementById('qy-back')!;
    backButton.replaceChildren(icon('back'), h('span', {}, t('reader.back')));
    backButton.addEventListener('click', () => void back());
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.defaultPrevented) void back();
    });
    renderTools();
    const myTab = await myTabPromise;
    const origin = browser.runtime.getURL('/');
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      // Only the background script closes a reader (keyboard shortcut), never a content script.
      if (!fromExtensionPage(sender, browser.runtime.id, origin) || !isReaderRequest(message) || myTab?.id !== message.tabId) return undefined;
      void back();
      return Promise.resolve(true);
    });
    if (!Number.isInteger(sourceTabId)) return showState(t('reader.noTab'), true);
    let state: PageState | undefined;
    try {
      const answer = await article;
      state = isPageState(answer) ? answer : undefined;
    } catch {
      return showState(t('reader.noTab'), true);
    } finally {
      main.setAttribute('aria-busy', 'false');
    }
    if (!state?.report) return showState(state?.error ? t('reader.error', [state.error]) : t('reader.noArticle'), Boolean(state?.error));
    if (!state.report.isArticle || !state.report.html) return showState(t('reader.noArticle'));
    renderArticle(state.report);
    performance.mark('qingyue:content');
  };
  run().catch(async (error: unknown) => {
    await ready;
    showState(t('reader.error', [error instanceof Error ? error.message : String(error)]), true);
  });
}
