/**
 * Rendering the popup from its model. Text only: everything from the page is set as text nodes
 * (`h()` never parses HTML). Handlers are passed in; this file does not talk to the browser.
 */
import type { PageState } from '../../lib/messages';
import type { ConvertTarget, Figure, Report, SpamFinding } from '../../lib/report';
import type { CopyFormat, Settings } from '../../lib/settings';
import { TARGETS } from '../../lib/convert/converter';
import { formatDate } from '../../lib/ui/dates';
import { scriptLang } from '../../lib/ui/lang';
import { listedFigures } from '../../lib/ui/copy-figures';
import type { SiteMode } from '../../lib/ui/site-rules';
import { h, icon, onClick, type Child } from '../../utils/ui/dom';
import { language, t } from '../../utils/i18n';

export interface Handlers {
  scrollTo(anchor: string): void;
  copyOne(figure: Figure, button: HTMLButtonElement): void;
  copyAll(figures: Figure[], button: HTMLButtonElement): void;
  setFormat(format: CopyFormat): void;
  toggleAllFigures(): void;
  setCleaned(cleaned: boolean): void;
  convert(to: ConvertTarget | null): void;
  openReader(): void;
  analyze(): void;
  site(action: 'always' | 'never' | 'allow' | 'stop' | 'resume'): void;
}

export interface PageModel {
  state: PageState;
  settings: Settings;
  allFigures: boolean;
  converting: boolean;
}

const FORMATS: CopyFormat[] = ['tsv', 'markdown', 'json'];

/** A status line (working, cannot access, error). */
export function stateLine(text: string, kind: 'busy' | 'info' | 'error' = 'info', ...extra: Child[]): Node[] {
  const p = h('p', { class: kind === 'error' ? 'state error' : 'state', role: kind === 'error' ? 'alert' : undefined }, kind === 'busy' ? h('span', { class: 'spinner', 'aria-hidden': 'true' }) : null, h('span', {}, text));
  return [p, ...extra.filter((x): x is Node => x instanceof Node)];
}

function articleHead(report: Report): HTMLElement {
  const lang = scriptLang(report.conversion ? (report.conversion.to === 'cn' ? 'hans' : 'hant') : report.script);
  const meta = [
    report.source && h('span', {}, t('popup.source', [report.source])),
    report.publishedTime && h('time', { datetime: report.publishedTime }, formatDate(report.publishedTime, language())),
    report.byline && h('span', {}, t('popup.byline', [report.byline])),
  ];
  return h(
    'div',
    { class: 'article' },
    h('h1', { lang: lang ?? undefined }, report.title || t('popup.untitled')),
    meta.some(Boolean) ? h('p', { class: 'meta', lang: lang ?? undefined }, ...meta) : null,
  );
}

function controls(model: PageModel, on: Handlers): HTMLElement {
  const { state } = model;
  const hideable = state.report?.spam.filter((s) => s.action !== 'report').length ?? 0;
  const cleanSwitch = onClick(
    h(
      'button',
      { type: 'button', class: 'switch', role: 'switch', 'aria-checked': String(state.cleaned), disabled: hideable === 0 && !state.cleaned, 'data-focus': 'clean' },
      h('span', { class: 'track', 'aria-hidden': 'true' }),
      h('span', {}, t('popup.cleanSwitch')),
    ),
    () => on.setCleaned(!state.cleaned),
  );
  const select = h('select', { id: 'convert', 'data-focus': 'convert', disabled: model.converting });
  select.append(h('option', { value: '' }, t('popup.convertOriginal')));
  const order = (Object.keys(TARGETS) as ConvertTarget[]).sort((a, b) => Number(b === model.settings.convertTarget) - Number(a === model.settings.convertTarget));
  for (const target of order) select.append(h('option', { value: target }, t(`target.${target}`)));
  select.value = state.converted ?? '';
  select.addEventListener('change', () => on.convert((select.value || null) as ConvertTarget | null));
  const reader = onClick(
    h('button', { type: 'button', class: 'btn', 'data-focus': 'reader', disabled: !state.report?.isArticle }, icon('book'), h('span', {}, t('popup.reader'))),
    () => on.openReader(),
  );
  return h(
    'div',
    { class: 'controls' },
    h('div', { class: 'controls-row' }, cleanSwitch, reader),
    h('label', { class: 'controls-row', for: 'convert' }, h('span', {}, t('popup.convert')), select),
  );
}

function section(id: string, title: string, count: number | null, tools: Child, ...body: Child[]): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': id },
    h('header', {}, h('h2', { id }, title, count !== null ? h('span', { class: 'count' }, String(count)) : null), tools),
    ...body,
  );
}

function outline(report: Report, on: Handlers): HTMLElement {
  if (!report.headings.length) return section('h-outline', t('popup.outline'), null, null, h('p', { class: 'empty' }, t('popup.noOutline')));
  const lang = scriptLang(report.script) ?? undefined;
  const list = h('ol', { class: 'outline', 'data-nav': '' });
  for (const x of report.headings) {
    const button = onClick(h('button', { type: 'button', lang, title: t('popup.goTo', [x.text]), 'data-focus': `o-${x.anchor}` }, x.text), () => on.scrollTo(x.anchor));
    list.append(h('li', { 'data-level': String(Math.min(Math.max(x.level, 1), 3)) }, button));
  }
  return section('h-outline', t('popup.outline'), report.headings.length, null, list);
}

function figureRow(f: Figure, on: Handlers, lang: string | undefined): HTMLElement {
  const copy = h('button', { type: 'button', class: 'btn quiet icon-only', 'aria-label': t('popup.copyFigure', [f.raw]), title: t('common.copy'), 'data-focus': `f-${f.start}` }, icon('copy'));
  onClick(copy, () => on.copyOne(f, copy));
  const dir = f.direction === 'up' ? '▲' : f.direction === 'down' ? '▼' : '';
  return h(
    'li',
    { title: f.sentence, lang },
    h(
      'span',
      { class: 'fig-text' },
      h('span', { class: 'fig-raw' }, f.raw),
      dir ? h('span', { class: 'fig-dir', 'aria-hidden': 'true' }, dir) : null,
      h('span', { class: 'fig-subject' }, f.subject || shorten(f.sentence, 40)),
      f.period ? h('span', { class: 'fig-period' }, f.period) : null,
    ),
    copy,
  );
}

function figures(model: PageModel, report: Report, on: Handlers): HTMLElement {
  const list = listedFigures(report.figures, model.allFigures);
  const keyCount = report.figures.filter((f) => f.key).length;
  const title = model.allFigures || keyCount === 0 ? t('popup.allFigures') : t('popup.figures');
  if (!list.length) return section('h-figures', t('popup.figures'), null, null, h('p', { class: 'empty' }, t('popup.noFigures')));
  const lang = scriptLang(report.script) ?? undefined;
  const format = h('select', { 'aria-label': t('popup.copyFormat'), 'data-focus': 'format' });
  for (const f of FORMATS) format.append(h('option', { value: f }, t(`format.${f}`)));
  format.value = model.settings.copyFormat;
  format.addEventListener('change', () => on.setFormat(format.value as CopyFormat));
  const copyAll = h('button', { type: 'button', class: 'btn primary', 'data-focus': 'copy-all', 'aria-label': t('popup.copyAllAs', [t(`format.${model.settings.copyFormat}`)]) }, icon('copy'), h('span', {}, t('popup.copyAll')));
  onClick(copyAll, () => on.copyAll(list, copyAll));
  const more =
    keyCount > 0 && keyCount < report.figures.length
      ? onClick(h('button', { type: 'button', class: 'link-btn', 'data-focus': 'more', 'aria-expanded': String(model.allFigures) }, model.allFigures ? t('popup.showKey') : t('popup.showAll', [report.figures.length])), () => on.toggleAllFigures())
      : null;
  return section(
    'h-figures',
    title,
    list.length,
    null,
    h('ul', { class: 'figures', 'data-nav': '' }, ...list.map((f) => figureRow(f, on, lang))),
    h('div', { class: 'fig-tools' }, more ?? h('span', {}), h('span', { class: 'group' }, format, copyAll)),
  );
}

function spam(model: PageModel, report: Report, on: Handlers): HTMLElement {
  const items = report.spam;
  const hidden = items.filter((s) => s.action !== 'report').length;
  if (!items.length) return section('h-spam', t('popup.spam'), null, null, h('p', { class: 'empty' }, t('popup.spamNone')));
  const { cleaned } = model.state;
  const status = cleaned ? h('span', { class: 'pill' }, icon('shield'), t('popup.spamHidden', [hidden])) : h('span', { class: 'pill warn' }, t('popup.spamShown', [items.length]));
  const action = cleaned
    ? onClick(h('button', { type: 'button', class: 'btn', 'data-focus': 'undo' }, icon('undo'), h('span', {}, t('popup.undo'))), () => on.setCleaned(false))
    : onClick(h('button', { type: 'button', class: 'btn', 'data-focus': 'reclean', disabled: hidden === 0 }, icon('broom'), h('span', {}, t('popup.reclean'))), () => on.setCleaned(true));
  const list = model.settings.showSpamList
    ? h(
        'details',
        { class: 'spam-list' },
        h('summary', {}, t('popup.spamList')),
        h('ul', {}, ...items.map((s) => spamItem(s))),
      )
    : null;
  return section('h-spam', t('popup.spam'), null, null, h('div', { class: 'spam-line' }, h('span', { class: 'what' }, status), action), list);
}

function spamItem(s: SpamFinding): HTMLElement {
  return h('li', { title: s.reason }, shorten(s.text, 160), h('span', { class: 'why' }, t(`technique.${s.technique}`)));
}

/** The whole popup body for an analysed page. */
export function pageView(model: PageModel, on: Handlers): Node[] {
  const { state } = model;
  if (state.error && !state.report) return stateLine(t('popup.error', [state.error]), 'error');
  const report = state.report;
  if (!report) return stateLine(t('popup.notAnalyzed'));
  if (!report.isArticle) {
    return [articleHead(report), ...stateLine(t('popup.notArticle')), ...(report.spam.length ? [spam(model, report, on)] : [])];
  }
  return [articleHead(report), controls(model, on), outline(report, on), figures(model, report, on), spam(model, report, on)];
}

/** The site line at the bottom: how Qingyue treats this host, and what the user can change. */
export function siteView(host: string, mode: SiteMode, enabled: boolean, on: Handlers): HTMLElement | null {
  if (!host) return null;
  const btn = (label: string, action: Parameters<Handlers['site']>[0], primary = false) =>
    onClick(h('button', { type: 'button', class: primary ? 'btn primary' : 'btn', 'data-focus': `site-${action}` }, label), () => on.site(action));
  const text: Record<SiteMode, string> = {
    default: t('popup.siteDefault'),
    user: t('popup.siteUser'),
    blocked: t('popup.siteBlocked'),
    none: t('popup.siteNone'),
  };
  const actions: HTMLElement[] =
    mode === 'blocked'
      ? [btn(t('popup.allow'), 'allow', true)]
      : mode === 'none'
        ? [btn(t('popup.always'), 'always', true), btn(t('popup.never'), 'never')]
        : mode === 'user'
          ? [btn(t('popup.stopAlways'), 'stop'), btn(t('popup.never'), 'never')]
          : [btn(t('popup.never'), 'never')];
  return h(
    'footer',
    { class: 'site', 'aria-label': t('popup.site') },
    h('div', {}, h('span', { class: 'host' }, host), ' · ', enabled ? text[mode] : t('popup.paused')),
    h('div', { class: 'actions' }, ...(enabled ? actions : [btn(t('options.enabled'), 'resume', true)])),
  );
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
