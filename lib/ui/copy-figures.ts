/**
 * Which figures the popup lists and copies, and the copied text. The popup lists the key
 * figures (all figures when the article marks none as key, or when the user asks for all);
 * "copy all" copies exactly the listed ones.
 */
import { figureToText, formatFigures, LABELS } from '../figures/formats';
import type { Figure } from '../report';
import type { CopyFormat } from '../settings';
import type { Language } from './lang';

/** The key figures, or every figure when none is marked key or `all` is set. */
export function listedFigures(figures: readonly Figure[], all = false): Figure[] {
  const key = figures.filter((f) => f.key);
  return all || key.length === 0 ? [...figures] : key;
}

/** The text "copy all" puts on the clipboard, column headers in the interface language. */
export function copyAllText(figures: readonly Figure[], format: CopyFormat, url: string, lang: Language): string {
  return formatFigures(format, figures, url, LABELS[lang]);
}

/** The text a figure's own copy button puts on the clipboard. */
export function copyOneText(figure: Figure): string {
  return figureToText(figure);
}
