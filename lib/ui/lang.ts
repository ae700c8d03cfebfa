/**
 * The interface language: the user's choice in the options, or the browser's language.
 * Traditional Chinese covers Taiwan, Hong Kong and Macau; other Chinese is Simplified; anything
 * else is English.
 */
import type { UiLanguage } from '../settings';

export type Language = Exclude<UiLanguage, 'auto'>;

/** The language for a browser language tag such as `zh-TW`, `zh-Hant-HK`, `zh-CN` or `fr`. */
export function languageForTag(tag: string): Language {
  const t = tag.toLowerCase().replace(/_/g, '-');
  if (!/^zh(-|$)/.test(t)) return 'en';
  return /-(hant|tw|hk|mo)(-|$)/.test(t) ? 'zh_TW' : 'zh_CN';
}

/** The language to show: the explicit choice, else the first browser language. */
export function resolveLanguage(choice: UiLanguage, browserTag: string): Language {
  return choice === 'auto' ? languageForTag(browserTag) : choice;
}

/**
 * The language for "same as the browser" given the locale file the browser itself picked
 * (`native`). The browser maps zh-TW and zh-CN itself but falls back to the default locale (en)
 * for zh-HK, zh-MO, zh-SG…; those are resolved from the browser's language tag.
 */
export function autoLanguage(native: Language, browserTag: string): Language {
  return native !== 'en' ? native : languageForTag(browserTag);
}

/** The `lang` attribute for a language (it selects the right CJK glyph forms). */
export function htmlLang(lang: Language): string {
  return lang === 'zh_CN' ? 'zh-CN' : lang === 'zh_TW' ? 'zh-TW' : 'en';
}

/** The `lang` attribute for text in a given script, e.g. the page's own title. */
export function scriptLang(script: string): string | null {
  return script === 'hant' ? 'zh-Hant' : script === 'hans' ? 'zh-Hans' : null;
}
