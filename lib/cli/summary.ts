/** The readable (non-JSON) output of `qingyue clean`. */
import type { Report } from '../report';

const LIMIT = 200;

function clip(text: string, n = LIMIT): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

/** A plain-text summary of a report: title, metadata, outline, figures, removed spam. */
export function formatSummary(report: Report, file: string): string {
  const out: string[] = [];
  out.push(`# ${report.title || '(no title)'}`);
  out.push(`file: ${file}`);
  const meta: [string, string | undefined][] = [
    ['source', report.source],
    ['published', report.publishedTime],
    ['byline', report.byline],
    ['editor', report.editor],
    ['site', report.siteName],
    ['script', report.script],
  ];
  for (const [k, v] of meta) if (v) out.push(`${k}: ${v}`);
  if (!report.isArticle) out.push('not an article: left alone');
  out.push(`text: ${[...report.text].length} characters in ${report.text ? report.text.split('\n').length : 0} paragraphs`);
  out.push('', `## Outline (${report.headings.length})`);
  if (!report.headings.length) out.push('(no section headings)');
  for (const h of report.headings) out.push(`${'  '.repeat(Math.max(0, h.level - 1))}- ${h.text}`);
  out.push('', `## Figures (${report.figures.length}, key marked *)`);
  if (!report.figures.length) out.push('(no figures)');
  for (const f of report.figures) {
    const what = [f.subject, f.role, f.direction, f.period].filter(Boolean).join(', ');
    out.push(`${f.key ? '*' : ' '} ${f.raw}\t= ${f.value}${f.value_high !== null ? `–${f.value_high}` : ''} ${f.unit}${what ? `\t(${what})` : ''}`);
  }
  out.push('', `## Removed spam (${report.spam.length})`);
  if (!report.spam.length) out.push('(none found)');
  for (const s of report.spam) out.push(`- [${s.technique}] ${clip(s.text)}\n    ${s.reason}`);
  const problems = report.stages.filter((s) => s.status !== 'ok' && s.status !== 'skipped');
  if (problems.length) {
    out.push('', '## Stage problems');
    for (const p of problems) out.push(`- ${p.stage}: ${p.status}${p.message ? ` (${p.message})` : ''}`);
  }
  out.push(`\ntimings (ms): ${Object.entries(report.timings).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  return out.join('\n');
}
