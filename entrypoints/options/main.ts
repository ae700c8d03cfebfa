/**
 * The options page: the global switch, language, copy format, default conversion, spam list
 * visibility; the user's sites (with their host permissions), blocked sites, import/export;
 * automatic conversion per site; the user dictionary; the keyboard shortcuts.
 */
import { browser } from 'wxt/browser';
import type { ConvertTarget } from '../../lib/report';
import { normalizeHost, type CopyFormat, type Settings, type UiLanguage, type UserDictionaryEntry } from '../../lib/settings';
import { GOVERNMENT_DOMAINS, NEWS_DOMAINS } from '../../lib/sites';
import { TARGETS } from '../../lib/convert/converter';
import { sitePattern, withSiteAdded } from '../../lib/ui/site-rules';
import { exportSettings, importSettings } from '../../lib/ui/settings-file';
import { loadSettings, saveSettings } from '../../utils/settings-store';
import { applyDocumentLanguage, t, useLanguage, type MessageKey } from '../../utils/i18n';
import { h, onClick } from '../../utils/ui/dom';
import type { BackgroundRequest } from '../../utils/background-messages';

const app = document.getElementById('app')!;
const savedEl = document.getElementById('saved')!;
const TARGET_KEYS = Object.keys(TARGETS) as ConvertTarget[];

let settings: Settings;
let granted = new Set<string>();
let savedTimer = 0;

async function refreshGranted(): Promise<void> {
  const checks = await Promise.all(settings.userSites.map(async (host) => [host, await browser.permissions.contains({ origins: [sitePattern(host)] }).catch(() => false)] as const));
  granted = new Set(checks.filter(([, ok]) => ok).map(([host]) => host));
}

async function syncSites(): Promise<void> {
  await browser.runtime.sendMessage({ type: 'qingyue:sync-sites' } satisfies BackgroundRequest).catch(() => undefined);
}

async function save(patch: Partial<Settings>, options: { sync?: boolean } = {}): Promise<void> {
  const before = settings;
  settings = await saveSettings(patch);
  const dropped = before.userSites.filter((u) => !settings.userSites.includes(u));
  if (dropped.length) await browser.permissions.remove({ origins: dropped.map(sitePattern) }).catch(() => false);
  if (options.sync || dropped.length) await syncSites();
  if (patch.language !== undefined) {
    await useLanguage(settings.language);
    applyDocumentLanguage();
    document.title = t('options.title');
    keysCard = await shortcuts();
  }
  await refreshGranted();
  render();
  savedEl.textContent = t('common.saved');
  clearTimeout(savedTimer);
  savedTimer = window.setTimeout(() => (savedEl.textContent = ''), 1800);
}

function card(id: string, title: MessageKey, hint: MessageKey | null, ...body: (Node | null)[]): HTMLElement {
  return h('section', { class: 'card', id, 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, t(title)), hint ? h('p', { class: 'hint' }, t(hint)) : null, ...body);
}

function row(label: string, control: HTMLElement, hint?: string, forId?: string): HTMLElement {
  return h('div', { class: 'row' }, h('label', { class: 'label', for: forId }, label, hint ? h('small', {}, hint) : null), control);
}

function selectOf<T extends string>(id: string, options: [T, string][], value: T, onChange: (v: T) => void): HTMLSelectElement {
  const select = h('select', { id });
  for (const [v, label] of options) select.append(h('option', { value: v }, label));
  select.value = value;
  select.addEventListener('change', () => onChange(select.value as T));
  return select;
}

function general(): HTMLElement {
  const enabled = onClick(
    h('button', { type: 'button', class: 'switch', role: 'switch', id: 'opt-enabled', 'aria-checked': String(settings.enabled), 'aria-labelledby': 'opt-enabled-label' }, h('span', { class: 'track', 'aria-hidden': 'true' })),
    () => void save({ enabled: !settings.enabled }),
  );
  const languages: [UiLanguage, string][] = [
    ['auto', t('options.languageAuto')],
    ['zh_CN', '简体中文'],
    ['zh_TW', '繁體中文'],
    ['en', 'English'],
  ];
  const formats: [CopyFormat, string][] = (['tsv', 'markdown', 'json'] as const).map((f) => [f, t(`format.${f}`)]);
  const targets: [string, string][] = [['', t('options.convertNone')], ...TARGET_KEYS.map((k): [string, string] => [k, t(`target.${k}`)])];
  const spamList = h('input', { type: 'checkbox', id: 'opt-spam-list', checked: settings.showSpamList });
  spamList.addEventListener('change', () => void save({ showSpamList: spamList.checked }));
  return card(
    'sec-general',
    'options.general',
    null,
    h('div', { class: 'row' }, h('span', { class: 'label', id: 'opt-enabled-label' }, t('options.enabled'), h('small', {}, t('options.enabledHint'))), enabled),
    row(t('options.language'), selectOf('opt-language', languages, settings.language, (v) => void save({ language: v })), undefined, 'opt-language'),
    row(t('options.copyFormat'), selectOf('opt-format', formats, settings.copyFormat, (v) => void save({ copyFormat: v })), undefined, 'opt-format'),
    row(t('options.convertTarget'), selectOf('opt-target', targets, settings.convertTarget ?? '', (v) => void save({ convertTarget: (v || null) as ConvertTarget | null })), undefined, 'opt-target'),
    row(t('options.showSpamList'), spamList, undefined, 'opt-spam-list'),
  );
}

function hostList(id: string, hosts: string[], item: (host: string) => Node[]): HTMLElement {
  if (!hosts.length) return h('ul', { class: 'list', id }, h('li', {}, h('span', { class: 'host empty' }, t('options.noSites'))));
  return h('ul', { class: 'list', id }, ...hosts.map((host) => h('li', { 'data-host': host }, h('span', { class: 'host' }, host), ...item(host))));
}

function requestHosts(hosts: string[]): Promise<boolean> {
  // Called straight from a click handler: the request needs its user gesture.
  return browser.permissions.request({ origins: hosts.map(sitePattern) }).catch(() => false);
}

function sites(): HTMLElement {
  const input = h('input', { type: 'text', id: 'opt-site', placeholder: t('options.sitePlaceholder'), autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'opt-site-error' });
  const error = h('p', { class: 'error-text', id: 'opt-site-error', 'aria-live': 'polite' });
  const form = h('form', { class: 'add' }, h('label', { class: 'sr-only', for: 'opt-site' }, t('options.siteLabel')), input, h('button', { type: 'submit', class: 'btn primary' }, t('options.addSite')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const host = normalizeHost(input.value);
    if (!host) {
      error.textContent = t('options.invalidHost');
      return;
    }
    error.textContent = '';
    void requestHosts([host]).then(async (ok) => {
      if (!ok) {
        error.textContent = t('popup.permissionDenied');
        return;
      }
      await save(withSiteAdded(settings, host), { sync: true });
    });
  });
  const missing = settings.userSites.filter((h) => !granted.has(h));
  const grantAll = missing.length > 1 ? onClick(h('button', { type: 'button', class: 'btn' }, `${t('options.grant')} (${missing.length})`), () => void requestHosts(missing).then(() => save({}, { sync: true }))) : null;
  const user = hostList('opt-user-sites', settings.userSites, (host) => [
    granted.has(host)
      ? h('span', { class: 'status' }, t('options.active'))
      : onClick(h('button', { type: 'button', class: 'btn', title: t('options.needsPermission') }, t('options.grant')), () => void requestHosts([host]).then(() => save({}, { sync: true }))),
    onClick(h('button', { type: 'button', class: 'btn quiet', 'aria-label': t('options.removeSite', [host]) }, t('common.remove')), () => void save({ userSites: settings.userSites.filter((x) => x !== host) }, { sync: true })),
  ]);
  const blocked = hostList('opt-blocked-sites', settings.blockedSites, (host) => [
    onClick(h('button', { type: 'button', class: 'btn quiet', 'aria-label': t('options.removeSite', [host]) }, t('common.remove')), () => void save({ blockedSites: settings.blockedSites.filter((x) => x !== host) }, { sync: true })),
  ]);
  const defaults = [...GOVERNMENT_DOMAINS, ...NEWS_DOMAINS];
  return card(
    'sec-sites',
    'options.sites',
    null,
    h('h3', {}, t('options.userSites')),
    h('p', { class: 'hint' }, t('options.userSitesHint')),
    user,
    form,
    error,
    grantAll,
    h('h3', {}, t('options.blockedSites')),
    h('p', { class: 'hint' }, t('options.blockedHint')),
    blocked,
    h('details', { class: 'defaults' }, h('summary', {}, t('options.defaultSites', [defaults.length])), h('p', { class: 'hint' }, t('options.defaultHint')), h('ul', { class: 'domains' }, ...defaults.map((d) => h('li', {}, d)))),
  );
}

function importExport(): HTMLElement {
  const status = h('p', { class: 'hint', role: 'status', 'aria-live': 'polite', id: 'opt-import-status' });
  const exportBtn = onClick(h('button', { type: 'button', class: 'btn', id: 'opt-export' }, t('options.export')), () => {
    const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
    const a = h('a', { href: url, download: 'qingyue-settings.json' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  const file = h('input', { type: 'file', accept: '.json,.txt,application/json,text/plain', class: 'sr-only', id: 'opt-import-file' });
  const importBtn = onClick(h('button', { type: 'button', class: 'btn', id: 'opt-import' }, t('options.import')), () => file.click());
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (!f) return;
    void f.text().then(async (text) => {
      const result = importSettings(text, settings);
      file.value = '';
      if (result.kind === 'invalid') {
        status.textContent = t('options.importInvalid');
        return;
      }
      await save(result.settings, { sync: true });
      document.getElementById('opt-import-status')!.textContent = result.kind === 'sites' ? t('options.importedSites', [result.added.length]) : t('options.imported');
    });
  });
  return card('sec-io', 'options.importExport', 'options.importHint', h('div', { class: 'tools' }, exportBtn, importBtn, file), status);
}

function autoConvert(): HTMLElement {
  const entries = Object.entries(settings.autoConvertSites).sort(([a], [b]) => a.localeCompare(b));
  const targetSelect = (id: string, value: ConvertTarget, onChange: (v: ConvertTarget) => void) =>
    selectOf<ConvertTarget>(id, TARGET_KEYS.map((k) => [k, t(`target.${k}`)]), value, onChange);
  const list = hostList(
    'opt-auto-convert',
    entries.map(([host]) => host),
    (host) => [
      targetSelect(`ac-${host}`, settings.autoConvertSites[host]!, (v) => void save({ autoConvertSites: { ...settings.autoConvertSites, [host]: v } })),
      onClick(h('button', { type: 'button', class: 'btn quiet', 'aria-label': t('options.removeSite', [host]) }, t('common.remove')), () => {
        const next = { ...settings.autoConvertSites };
        delete next[host];
        void save({ autoConvertSites: next });
      }),
    ],
  );
  const input = h('input', { type: 'text', id: 'opt-ac-host', placeholder: t('options.sitePlaceholder'), autocomplete: 'off', spellcheck: 'false' });
  const target = targetSelect('opt-ac-target', settings.convertTarget ?? 'tw', () => {});
  const error = h('p', { class: 'error-text', 'aria-live': 'polite' });
  const form = h('form', { class: 'add' }, h('label', { class: 'sr-only', for: 'opt-ac-host' }, t('options.siteLabel')), input, target, h('button', { type: 'submit', class: 'btn' }, t('common.add')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const host = normalizeHost(input.value);
    if (!host) {
      error.textContent = t('options.invalidHost');
      return;
    }
    void save({ autoConvertSites: { ...settings.autoConvertSites, [host]: target.value as ConvertTarget } });
  });
  return card('sec-convert', 'options.autoConvert', 'options.autoConvertHint', list, form, error);
}

function dictionary(): HTMLElement {
  const toOptions: [string, string][] = [['', t('options.dictAny')], ...TARGET_KEYS.map((k): [string, string] => [k, t(`target.${k}`)])];
  const rows = settings.userDictionary.map((e, i) =>
    h(
      'tr',
      {},
      h('td', {}, e.source),
      h('td', {}, e.target),
      h('td', {}, e.to ? t(`target.${e.to}`) : t('options.dictAny')),
      h(
        'td',
        {},
        onClick(h('button', { type: 'button', class: 'btn quiet', 'aria-label': `${t('common.remove')} ${e.source}` }, t('common.remove')), () =>
          void save({ userDictionary: settings.userDictionary.filter((_, j) => j !== i) }),
        ),
      ),
    ),
  );
  const source = h('input', { type: 'text', id: 'opt-dict-source', maxlength: '64', placeholder: t('options.dictSource'), 'aria-label': t('options.dictSource') });
  const target = h('input', { type: 'text', id: 'opt-dict-target', maxlength: '64', placeholder: t('options.dictTarget'), 'aria-label': t('options.dictTarget') });
  const to = selectOf('opt-dict-to', toOptions, '', () => {});
  to.setAttribute('aria-label', t('options.dictTo'));
  const form = h('form', { class: 'add' }, source, target, to, h('button', { type: 'submit', class: 'btn' }, t('common.add')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const entry: UserDictionaryEntry = { source: source.value.trim(), target: target.value.trim(), ...(to.value ? { to: to.value as ConvertTarget } : {}) };
    if (!entry.source || !entry.target) return;
    const rest = settings.userDictionary.filter((e) => !(e.source === entry.source && e.to === entry.to));
    void save({ userDictionary: [...rest, entry] });
  });
  const table = rows.length
    ? h('table', { class: 'dict' }, h('thead', {}, h('tr', {}, h('th', {}, t('options.dictSource')), h('th', {}, t('options.dictTarget')), h('th', {}, t('options.dictTo')), h('th', {}))), h('tbody', {}, ...rows))
    : h('p', { class: 'hint' }, t('options.noSites'));
  return card('sec-dict', 'options.dictionary', 'options.dictionaryHint', table, form);
}

async function shortcuts(): Promise<HTMLElement> {
  const commands = await browser.commands.getAll().catch(() => []);
  const label = (name: string | undefined, description: string | undefined) =>
    name === '_execute_action' || name === '_execute_browser_action' ? t('options.shortcutOpen') : name === 'toggle-clean' ? t('commands.toggleClean') : name === 'toggle-reader' ? t('commands.toggleReader') : (description ?? name ?? '');
  return card(
    'sec-keys',
    'options.shortcuts',
    'options.shortcutsHint',
    h('ul', { class: 'list' }, ...commands.map((c) => h('li', {}, h('span', { class: 'host' }, label(c.name, c.description)), c.shortcut ? h('kbd', {}, c.shortcut) : h('span', { class: 'hint' }, t('options.notSet'))))),
  );
}

let keysCard: HTMLElement | null = null;

function render(): void {
  const focusId = document.activeElement?.id;
  app.replaceChildren(general(), sites(), importExport(), autoConvert(), dictionary(), ...(keysCard ? [keysCard] : []), h('p', { class: 'privacy' }, t('options.privacy')));
  if (focusId) document.getElementById(focusId)?.focus();
}

async function main(): Promise<void> {
  settings = await loadSettings();
  await useLanguage(settings.language);
  applyDocumentLanguage();
  document.title = t('options.title');
  await refreshGranted();
  keysCard = await shortcuts();
  render();
  app.setAttribute('aria-busy', 'false');
}

void main();
