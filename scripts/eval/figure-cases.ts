/**
 * The annotated figure fixtures (tests/fixtures/figures/: `<case>.txt` + `<case>.figures.json`,
 * or a `source` naming a page fixture whose `gold` text is annotated), with each gold figure
 * located in its text. Annotation rules: tests/fixtures/figures/README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FigureQualifier, FigureRole } from '../../lib/report';
import { FIXTURES, readExpected } from '../../tests/helpers/fixtures';

export interface GoldFigure {
  raw: string;
  value: number;
  value_high?: number;
  unit: string;
  unit_implied?: boolean;
  qualifier?: FigureQualifier;
  role: FigureRole;
  direction?: 'up' | 'down';
  subject: string;
  subject_alt?: string[];
  period: string;
  period_alt?: string[];
  key?: boolean;
  /** Code-point offsets of `raw` in the text (found in order, each after the one before). */
  start: number;
  end: number;
}

export interface FigureCase {
  name: string;
  /**
   * `development`: used while the extractor was written. `heldout` (heldout/) and `blind` (blind/):
   * two later batches, each annotated before the extractor first ran on it; the gaps each first
   * run showed were fixed afterwards (first-run numbers: tests/fixtures/figures/README.md).
   */
  set: 'development' | 'heldout' | 'blind';
  description: string;
  url: string;
  kind: string;
  script: 'hans' | 'hant';
  title: string;
  text: string;
  figures: GoldFigure[];
  /** Text that must not be (part of) any figure: years, ordinals, 陸/两 in words, phone numbers. */
  notFigures: { text: string; start: number; end: number }[];
}

export const FIGURE_FIXTURES = path.join(FIXTURES, 'figures');

const cpLength = (s: string) => [...s].length;

export function figureCases(): FigureCase[] {
  return [
    ...casesIn(FIGURE_FIXTURES, 'development'),
    ...casesIn(path.join(FIGURE_FIXTURES, 'heldout'), 'heldout'),
    ...casesIn(path.join(FIGURE_FIXTURES, 'blind'), 'blind'),
  ];
}

function casesIn(dir: string, set: FigureCase['set']): FigureCase[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.figures.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.figures\.json$/, '');
      const doc = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Omit<FigureCase, 'name' | 'text' | 'notFigures'> & {
        source?: string;
        not_figures: string[];
        figures: Omit<GoldFigure, 'start' | 'end'>[];
      };
      const text = doc.source ? readExpected(doc.source).gold! : fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8');
      let from = 0;
      const figures = doc.figures.map((g) => {
        const at = text.indexOf(g.raw, from);
        if (at < 0) throw new Error(`${name}: gold figure '${g.raw}' not found in order`);
        from = at + g.raw.length;
        const start = cpLength(text.slice(0, at));
        return { ...g, start, end: start + cpLength(g.raw) };
      });
      const notFigures = doc.not_figures.flatMap((t) => {
        const spans: { text: string; start: number; end: number }[] = [];
        for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) {
          const start = cpLength(text.slice(0, at));
          spans.push({ text: t, start, end: start + cpLength(t) });
        }
        if (!spans.length) throw new Error(`${name}: not-figure '${t}' not in the text`);
        return spans;
      });
      return { name, set, description: doc.description, url: doc.url, kind: doc.kind, script: doc.script, title: doc.title, text, figures, notFigures };
    });
}
