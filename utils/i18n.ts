/**
 * Interface strings. By default they follow the browser's language through `@wxt-dev/i18n`
 * (`browser.i18n`, synchronous, nothing to load). When the user picks another language in the
 * options — or the browser's language is a Traditional Chinese variant the browser would not map
 * to zh_TW by itself (zh-HK, zh-MO) — the chosen locale's messages.json is loaded once and used
 * instead. Everything else (the background) uses `currentLanguage()`.
 */
import { i18n, type GeneratedI18nStructure } from '#i18n';
import { browser } from 'wxt/browser';
import type { UiLanguage } from '../lib/settings';
import { autoLanguage, htmlLang, type Language } from '../lib/ui/lang';
import { lookup, type MessageTable } from '../lib/ui/messages';

export type MessageKey = keyof GeneratedI18nStructure;

let table: MessageTable | null = null;
let current: Language | null = null;

function browserTag(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

/** Picks the interface language (call once before rendering). Returns the language in use. */
export async function useLanguage(choice: UiLanguage): Promise<Language> {
  // The locale file the browser itself chose says which language `browser.i18n` speaks.
  const native = i18n.t('meta.locale') as Language;
  const lang = choice === 'auto' ? autoLanguage(native, browserTag()) : choice;
  table = null;
  if (lang !== native) {
    try {
      const res = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/popup.html'));
      table = (await res.json()) as MessageTable;
    } catch {
      table = null; // fall back to the browser's language rather than show nothing
    }
  }
  current = table ? lang : native;
  return current;
}

/** The interface language without loading anything: the choice, or what the browser speaks. */
export function currentLanguage(choice: UiLanguage): Language {
  return choice === 'auto' ? autoLanguage(i18n.t('meta.locale') as Language, browserTag()) : choice;
}

/** The language strings are shown in. */
export function language(): Language {
  return current ?? (i18n.t('meta.locale') as Language);
}

/** The interface string for `key`, with `$1`… replaced by `subs`. */
export function t(key: MessageKey, subs?: (string | number)[]): string {
  if (table) {
    const text = lookup(table, key, subs);
    if (text) return text;
  }
  return subs?.length ? (i18n.t as (k: string, s: string[]) => string)(key, subs.map(String)) : (i18n.t as (k: string) => string)(key);
}

/** Sets `lang` on the document (it picks the right CJK glyph forms) and translates marked nodes. */
export function applyDocumentLanguage(doc: Document = document): void {
  doc.documentElement.lang = htmlLang(language());
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageKey);
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle as MessageKey);
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel as MessageKey));
  for (const el of doc.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder as MessageKey);
}
