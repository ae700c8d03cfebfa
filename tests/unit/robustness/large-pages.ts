/**
 * Generated pages of about 100,000 elements in the style of Chinese government sites: a long
 * article inside a heavy portal frame, and a portal home page made of link columns. Used by the
 * robustness tests and by scripts/bench/large-pages.bench.ts.
 */
import { rng, pick } from '../../helpers/random';

const SENTENCES = [
  '2023年，全区实现地区生产总值1856.3亿元，同比增长6.1%，规模以上工业增加值增长8.2%。',
  '区政府坚持把优化营商环境作为“一把手”工程，深入推进“放管服”改革，企业开办时间压缩至0.5个工作日。',
  '全年新增城镇就业2.3万人，城镇调查失业率控制在5.5%以内，居民人均可支配收入增长5.8%。',
  '聚焦先进制造业集群，新落地重大项目42个，总投资超过630亿元，其中产业类项目占比达到78%。',
  '持续改善生态环境质量，空气质量优良天数比例达到90.4%，长江干流水质稳定保持Ⅱ类。',
  '民生实事全部完成，新建改扩建中小学和幼儿园12所，新增学位1.1万个，养老服务设施实现街镇全覆盖。',
];

const COLUMNS = ['政务要闻', '部门动态', '区县动态', '通知公告', '政策文件', '政策解读', '人事信息', '招标采购', '统计数据', '新闻发布会'];

function headline(r: () => number, i: number): string {
  return `${pick(r, COLUMNS)}：关于做好2024年第${(i % 40) + 1}批重点项目申报工作的通知`;
}

function date(i: number): string {
  return `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
}

/** A column of `n` dated links: 3 elements per item (li, a, span). */
function linkColumn(r: () => number, n: number, offset: number): string {
  const items = Array.from({ length: n }, (_, i) => `<li><a href="/art/2024/${offset + i}.html" target="_blank">${headline(r, offset + i)}</a><span>${date(offset + i)}</span></li>`);
  return `<div class="column"><div class="column-title"><a href="/col/${offset}/">${pick(r, COLUMNS)}</a><a class="more" href="/col/${offset}/">更多</a></div><ul>${items.join('')}</ul></div>`;
}

function head(title: string): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}_重庆市两江新区门户网站</title></head>`;
}

function header(r: () => number): string {
  const nav = Array.from({ length: 300 }, (_, i) => `<li><a href="/nav/${i}/">${pick(r, COLUMNS)}</a></li>`).join('');
  return `<div class="header"><div class="logo"><a href="/"><img src="/logo.png" alt="两江新区"></a></div><ul class="nav">${nav}</ul></div>`;
}

function footer(): string {
  const cells = Array.from({ length: 2000 }, (_, i) => `<td><a href="https://www.gov${i}.example.cn/">相关网站${i}</a></td>`);
  const rows = Array.from({ length: 200 }, (_, i) => `<tr>${cells.slice(i * 10, i * 10 + 10).join('')}</tr>`).join('');
  return `<div class="footer"><table class="links">${rows}</table><p>主办单位：重庆两江新区管理委员会 备案号：渝ICP备12345678号</p></div>`;
}

/** An article of 2,000 paragraphs inside a portal frame; about 100,000 elements in all. */
export function largeArticlePage(seed = 1): { html: string; title: string; firstSentence: string } {
  const r = rng(seed);
  const title = '两江新区2023年国民经济和社会发展统计公报';
  const paragraphs = Array.from({ length: 2000 }, () => `<p style="text-indent:2em"><span>${pick(r, SENTENCES)}</span><span>${pick(r, SENTENCES)}</span></p>`);
  const firstSentence = /<span>([^<]+)<\/span>/.exec(paragraphs[0]!)![1]!;
  const sidebar = Array.from({ length: 33 }, (_, k) => linkColumn(r, 900, k * 900)).join('');
  const html =
    head(title) +
    `<body>${header(r)}<div class="main"><div class="crumbs"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tjxx/">统计信息</a></div>` +
    `<div class="article"><h1>${title}</h1><div class="info">发布时间：2024-03-15 09:30 来源：两江新区统计局</div>` +
    `<div id="zoom">${paragraphs.join('')}</div></div><div class="sidebar">${sidebar}</div></div>${footer()}</body></html>`;
  return { html, title, firstSentence };
}

/** A portal home page: columns of dated links and a few blurbs; about 100,000 elements. */
export function largePortalPage(seed = 2): { html: string } {
  const r = rng(seed);
  const columns = Array.from({ length: 50 }, (_, k) => linkColumn(r, 620, k * 620)).join('');
  const blurbs = Array.from({ length: 20 }, (_, i) => `<div class="focus"><a href="/focus/${i}.html"><img src="/focus/${i}.jpg" alt=""></a><h3><a href="/focus/${i}.html">${headline(r, i)}</a></h3><p>${pick(r, SENTENCES)}</p></div>`).join('');
  return { html: head('首页') + `<body>${header(r)}<div class="focus-box">${blurbs}</div><div class="portal">${columns}</div>${footer()}</body></html>` };
}
