/**
 * Which figures an editor would put in a key-figures box: totals and investment, growth, shares
 * and headline counts, the title's and the lead's first; never more than a handful.
 */
import type { Figure } from '../report';

export interface RankOptions {
  /** The article title: figures it states rank first. */
  title?: string;
  /** Most figures marked key (default: a quarter of them, between 3 and 6). */
  limit?: number;
}

const HEADLINE = /总|總|全年|合计|合計|累计|累計|投资|投資|产值|產值|增加值|营收|營收|营业收入|營業收入|收入|生产总值|生產總值|GDP|规模|規模|零售|销售额|銷售額|交易额|交易額|进出口|進出口|出口|订单|訂單|吞吐量|税收|稅收|利润|利潤|客流|游客|遊客|旅客|人口|就业|就業|存款|预算|預算|经费|經費/;

/** A score for how much an editor would want this figure in a summary box. */
export function keyScore(f: Figure, index: number, count: number, leadEnd: number, title = ''): number {
  const money = f.unit.includes('元');
  let score = 0;
  if (f.role === 'change') score += f.unit === '个百分点' || f.unit === '個百分點' ? 1 : 2;
  else if (f.role === 'share') score += 1.5;
  else if (f.role === 'target') score += money ? 2.5 : 1.5;
  else if (f.role === 'count') score += 1 + (Math.abs(f.value) >= 1e4 ? 1.5 : Math.abs(f.value) >= 100 ? 0.5 : Math.abs(f.value) < 5 ? -1 : 0);
  else score += money ? 3 : 1.5;
  if (f.subject && HEADLINE.test(f.subject)) score += 1.5;
  if (!f.subject) score -= 1;
  // A part of a total (其中…) is rarely the headline.
  if (/其中/.test(f.sentence.slice(0, f.sentence.indexOf(f.raw)).split(/[，,；;。]/).slice(-2).join(''))) score -= 1.5;
  if (/天|小时|小時|分钟|分鐘|秒|周|週|月|工作日|岁|歲|期/.test(f.unit)) score -= 2;
  if (f.unit_implied) score -= 0.5;
  if (f.start < leadEnd) score += 1.5;
  const digits = f.raw.replace(/[^\d.]/g, '');
  if (title && digits && title.includes(digits)) score += 4;
  score -= (index / Math.max(1, count)) * 1;
  return score;
}

/** Marks the key figures (the best scored, at most `limit`) in place, keeping text order. */
export function markKey(figures: Figure[], options: RankOptions = {}, leadEnd = 0): Figure[] {
  const limit = options.limit ?? Math.max(3, Math.min(6, Math.ceil(figures.length / 4)));
  const chosen = new Set(
    figures
      .map((f, i) => ({ i, s: keyScore(f, i, figures.length, leadEnd, options.title) }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .slice(0, limit)
      .map((x) => x.i),
  );
  figures.forEach((f, i) => {
    f.key = chosen.has(i);
  });
  return figures;
}
