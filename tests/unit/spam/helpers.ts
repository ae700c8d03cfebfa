/** Small pages for the spam detector tests. */
import { parseHtml } from '../../../lib/node/html-file';
import { detectSpam } from '../../../lib/spam';
import type { SpamHit } from '../../../lib/stage';

export const ARTICLE = `<div class="article"><h1>全市秋粮收购有序推进</h1><div class="content">
<p>10月以来，全市抢抓晴好天气组织秋收，中稻收割进度已达93%，预计月底前全面完成。</p>
<p>市粮食收储公司设立收购网点27个，实行预约售粮、错峰收购，农户可以在线查询排队情况。</p>
<p>各收购网点统一公示收购标准、价格和检验结果，严禁压级压价，确保农民增收到手。</p>
</div></div>`;

/** Runs the spam stage over a page made of `body` (and `head`), with a gov.cn URL. */
export function spamOf(body: string, head = '', url = 'http://www.example.gov.cn/a.html'): { hits: SpamHit[]; realTitle: string | null } {
  const page = parseHtml(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, url);
  try {
    return detectSpam(page.document);
  } finally {
    page.close();
  }
}

export const LINKS = '<a href="http://www.amxpj-1.com/">澳门新葡京官网</a> <a href="http://www.bjl-2.com/">百家乐开户</a> <a href="http://www.ssc-3.com/">时时彩平台</a>';
