/**
 * Every spam fixture through the whole pipeline: every labelled spam string is listed with its
 * technique and gone from the article's text and HTML; clean pages have no finding; no gold
 * paragraph ends up inside a finding. Corpus pages (when present) lose no gold text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/pipeline';
import { loadHtml } from '../../../lib/node/html-file';
import { detectSpam } from '../../../lib/spam';
import { CORPUS, corpusCases, fixtureNames, hasCorpus, loadFixture } from '../../helpers/fixtures';
import { goldLoss } from '../../../scripts/eval/spam.eval';
import { normalizeForScore as norm } from '../../../scripts/eval/score';

const labelled = fixtureNames().filter((name) => loadFixture(name).expected.spam !== undefined);

describe('spam fixtures', () => {
  it.each(labelled)('%s', (name) => {
    const page = loadFixture(name);
    try {
      const r = analyze(page.document, { url: page.expected.url, window: page.window, skip: ['outline', 'figures', 'convert'] });
      expect(r.stages.find((s) => s.stage === 'spam')?.status).toBe('ok');
      const all = norm(r.spam.map((s) => s.text).join(''));
      for (const s of page.expected.spam!) {
        const g = norm(s.text);
        const listed = r.spam.filter((f) => norm(f.text).includes(g));
        const withTechnique = listed.length ? listed.some((f) => [f.technique, ...(f.techniques ?? [])].includes(s.technique as never)) : all.includes(g);
        expect(withTechnique, `${s.technique} ${s.text}`).toBe(true);
        const id = /id="([^"]+)"/.exec(s.text);
        if (s.technique === 'T12' && id) expect(r.html).not.toContain(`id="${id[1]}"`);
        else {
          expect(norm(r.text), s.text).not.toContain(g);
          expect(norm(r.html.replace(/<[^>]+>/g, ' ')), s.text).not.toContain(g);
        }
      }
      if (page.expected.spam!.length === 0) expect(r.spam).toEqual([]);
      if (page.expected.gold) expect(goldLoss(page.expected.gold, r.spam.filter((s) => s.action !== 'report').map((s) => s.text).join('\n')).lost).toBe(0);
      if (page.expected.metadata?.title && r.spam.some((s) => s.technique === 'T10' && /^title/.test(s.reason))) expect(r.title).toBe(page.expected.metadata.title);
    } finally {
      page.close();
    }
  });

  it('covers every technique on at least three pages, and has clean look-alike pages', () => {
    const pages = new Map<string, Set<string>>();
    let clean = 0;
    for (const name of labelled.filter((n) => n.startsWith('spam-'))) {
      const spam = loadFixture(name).expected.spam!;
      if (!spam.length) clean++;
      for (const s of spam) pages.set(s.technique, (pages.get(s.technique) ?? new Set()).add(name));
    }
    for (let t = 1; t <= 15; t++) expect(pages.get(`T${t}`)?.size ?? 0, `T${t}`).toBeGreaterThanOrEqual(3);
    expect(clean).toBeGreaterThanOrEqual(6);
  });
});

describe.skipIf(!hasCorpus)('spam stage on ../shared/corpus', () => {
  it('removes no gold text from any corpus page', () => {
    const losses: string[] = [];
    for (const c of corpusCases()) {
      const gold = c.gold ? fs.readFileSync(path.join(CORPUS, c.gold), 'utf8') : '';
      if (!gold) continue;
      const page = loadHtml(fs.readFileSync(path.join(CORPUS, c.html)));
      const hits = detectSpam(page.document).hits;
      page.close();
      const loss = goldLoss(gold, hits.filter((h) => h.action !== 'report').map((h) => h.text).join('\n'));
      if (loss.lost) losses.push(`${c.id}: ${loss.lost} chars`);
    }
    expect(losses).toEqual([]);
  });

  it('finds the real hidden keyword block and betting links of gne/njxfhn', () => {
    const file = path.join(CORPUS, 'gne/tests__njxfhn__1.html');
    if (!fs.existsSync(file)) return;
    const page = loadHtml(fs.readFileSync(file), 'http://www.njxfhn.com/');
    const hits = detectSpam(page.document).hits;
    page.close();
    expect(hits.find((h) => h.technique === 'T1')?.text).toMatch(/^邓朴方潜逃 第92号红通自首/);
    expect(hits.filter((h) => /十博体育|必威体育/.test(h.text)).map((h) => h.technique)).toEqual(['T11', 'T11', 'T11']);
  });
});
