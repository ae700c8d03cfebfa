/**
 * The evaluation pages: the project's fixtures and, when present, ../shared/corpus (read in
 * place, never copied). Each page comes parsed, with its gold text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadHtml, parseHtml, type LoadedPage } from '../../lib/node/html-file';
import { blockText } from '../../lib/dom/text';
import { CORPUS, corpusCases, fixtureNames, fixturePath, readExpected, type Expected } from '../../tests/helpers/fixtures';

export interface EvalPage {
  id: string;
  set: 'fixtures' | 'corpus';
  kind: string;
  url: string | undefined;
  gold: string;
  expected?: Expected;
  /** Parses the page (a fresh DOM each call). Close it when done. */
  load(): LoadedPage;
}

export function fixturePages(): EvalPage[] {
  return fixtureNames()
    .map((name) => ({ name, expected: readExpected(name) }))
    .filter(({ expected }) => typeof expected.gold === 'string')
    .map(({ name, expected }) => ({
      id: name,
      set: 'fixtures' as const,
      kind: expected.kind ?? 'other',
      url: expected.url,
      gold: expected.gold!,
      expected,
      load: () => loadHtml(fs.readFileSync(fixturePath(name)), expected.url),
    }));
}

function goldText(c: { gold?: string; gold_html?: string }): string {
  if (c.gold) return fs.readFileSync(path.join(CORPUS, c.gold), 'utf8');
  if (c.gold_html) {
    const page = parseHtml(fs.readFileSync(path.join(CORPUS, c.gold_html), 'utf8'));
    const text = blockText(page.document.body);
    page.close();
    return text;
  }
  return '';
}

export function corpusPages(): EvalPage[] {
  return corpusCases().map((c) => ({
    id: c.id,
    set: 'corpus' as const,
    kind: c.kind,
    url: undefined,
    gold: goldText(c),
    load: () => loadHtml(fs.readFileSync(path.join(CORPUS, c.html))),
  }));
}
