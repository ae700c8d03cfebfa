/**
 * Reading a `_locales/<lang>/messages.json` table the way `browser.i18n.getMessage` does, for
 * when the user picks an interface language other than the browser's (the browser API can only
 * follow the browser).
 */

export type MessageTable = Record<string, { message: string }>;

/** `$1`…`$9` replaced by `subs`, `$$` by `$`, as `browser.i18n.getMessage` does. */
export function substitute(message: string, subs: readonly (string | number)[] = []): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
}

/** The message for a dotted key (`popup.copyAll` is stored as `popup_copyAll`), or '' when missing. */
export function lookup(table: MessageTable, key: string, subs?: readonly (string | number)[]): string {
  const entry = table[key.replace(/\./g, '_')];
  return entry && typeof entry.message === 'string' ? substitute(entry.message, subs) : '';
}
