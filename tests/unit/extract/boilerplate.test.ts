import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/node/html-file';
import { findBoilerplate, furnitureKind } from '../../../lib/extract/boilerplate';
import { scanPage } from '../../../lib/extract/scan';
import { BREADCRUMB, FONT_SIZE, FOOTER, PAGER, PAGE_TOOLS, RELATED_HEADING, SHARE } from '../../../lib/extract/noise';
import { collapseSpace } from '../../../lib/dom/text';
import { elementsByTag } from '../../../lib/dom/walk';
import { fixtureNames, loadFixture } from '../../helpers/fixtures';

const kind = (text: string, linkShare = 0) => {
  const chars = text.replace(/\s/g, '').length;
  return furnitureKind(text, { chars, linkChars: Math.round(chars * linkShare), tags: 1, links: linkShare ? 3 : 0, punct: 0, paras: 0 });
};

describe('furnitureKind', () => {
  it('names government-site furniture', () => {
    expect(kind('当前位置：首页 > 政务公开 > 通知公告')).toBe('breadcrumb');
    expect(kind('您现在的位置：首页 >> 新闻中心')).toBe('breadcrumb');
    expect(kind('字号：大 中 小')).toBe('font-size switch');
    expect(kind('【字体：大 中 小】')).toBe('font-size switch');
    expect(kind('【打印本页】 【关闭窗口】')).toBe('page tools');
    expect(kind('分享到：微信 微博 QQ空间')).toBe('share bar');
    expect(kind('主办：某某县人民政府办公室 网站标识码：3412250001 皖ICP备05001234号')).toBe('footer');
    expect(kind('相关链接 全市优化营商环境大会召开 我市召开一季度经济运行分析会', 0.8)).toBe('related links');
    expect(kind('反侵权公告：根据《中华人民共和国著作权法》等法律法规，未经书面许可，擅自转载本报社作品的，将涉嫌侵犯著作权人合法权益。')).toBe('copyright notice');
    expect(kind('用户服务协议 欢迎您使用本客户端提供的新闻资讯服务。')).toBe('user agreement');
    expect(kind('索引号：002482149/2023-00031 发文机关：某某省人民政府办公厅 成文日期：2023年03月08日')).toBe('policy information table');
  });

  it('leaves article text alone, even when it mentions the same words', () => {
    expect(kind('各地要把优化营商环境作为当前位置最重要的工作，加快推进，确保取得实效。今年以来，全市共清理妨碍统一市场的规定86件。')).toBe('');
    expect(kind('一、城区范围内禁止燃放烟花爆竹的区域为：东至环城东路，西至西外环路。')).toBe('');
    expect(kind('某某县人民政府')).toBe('');
  });
});

describe('findBoilerplate', () => {
  const page = parseHtml(`<html><body>
    <nav><a href="/">首页</a><a href="/a">政务公开</a></nav>
    <div class="main">
      <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
      <h1>关于城东片区临时停水的通知</h1>
      <div class="info">发布日期：2023-08-14 字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
      <div id="zoom"><p>因城东水厂出厂主管道维修，定于2023年8月16日22:00至8月17日6:00对城东片区暂停供水。</p>
        <p>请相关区域用户提前做好储水准备。</p><p>附件：<a href="/a/1.docx">停水范围示意图.docx</a></p></div>
      <div class="tools"><a href="javascript:print()">打印本页</a> <a href="javascript:close()">关闭窗口</a></div>
      <div class="related"><h3>相关新闻</h3><ul><li><a href="/1">全市供水管网改造完成</a></li><li><a href="/2">水厂扩建工程开工</a></li><li><a href="/3">供水服务热线升级</a></li></ul></div>
      <ul class="more"><li><a href="/5">城南水厂通水</a></li><li><a href="/6">管网巡检</a></li><li><a href="/7">节水宣传周</a></li><li><a href="/8">水价听证会</a></li></ul>
    </div>
    <div class="foot">网站标识码：3301090012　某ICP备19001234号</div></body></html>`);
  const body = page.document.body;
  const { elements: found, closing } = findBoilerplate(body, scanPage(body, new Set()));

  it('finds the furniture of the page, outermost elements only', () => {
    expect(found.map((e) => e.className || e.tagName).sort()).toEqual(['NAV', 'crumb', 'foot', 'info', 'more', 'related', 'tools']);
  });

  it('tells which furniture closes the article', () => {
    expect(closing.map((e) => e.className)).toEqual(['related']);
  });

  it('never returns the article or its attachment', () => {
    for (const el of found) {
      expect(el.contains(page.document.getElementById('zoom'))).toBe(false);
      expect(el.textContent).not.toContain('停水范围示意图');
    }
  });
});

describe('furnitureKind on short texts', () => {
  const small = (text: string) => ({ chars: text.length, linkChars: text.length, tags: 1, links: 1, punct: 0, paras: 0 });
  const patterns = [BREADCRUMB, FONT_SIZE, PAGE_TOOLS, SHARE, FOOTER, RELATED_HEADING, PAGER];

  it('finds every short text a furniture pattern matches (the word check in front of them drops none)', () => {
    const texts = [
      '当前页面：首页 > 政务公开', '您现在的位置：首页', '首頁 › 新聞', '图片新闻', '相關連結', '网友评论', '我来说两句', '为你推荐', '更多推薦',
      '分享到：', '一键分享', '扫一扫在手机打开当前页', '掃一掃在手機打開', '用手机扫描二维码', '微信扫一扫分享', '手机扫描二维码阅读',
      '字号：大 中 小', '【字體：大 中 小】', '打印本页', '【关闭】', '關閉視窗', '返回頂部', '加入收藏', '网站标识码：5000000001', '京ICP备12345678号',
      '渝公网安备 50011202500000号', '版權所有', 'copyright 2024', '© 2024 某某网', '上一篇：某某', '下一條：某某', '第 1 页 / 共 3 页', '共 3 页 首页 上一页 下一页 尾页', '<< 上一页', '上一页 | 下一页', '[上一篇] [下一篇]',
    ];
    // And every element text of the fixture pages.
    for (const name of fixtureNames()) {
      const page = loadFixture(name);
      for (const el of elementsByTag(page.document.body, '*')) {
        const t = collapseSpace(el.textContent ?? '');
        if (t && t.length <= 400) texts.push(t);
      }
      page.close();
    }
    let matched = 0;
    for (const t of texts) {
      if (!patterns.some((p) => p.test(t))) continue;
      matched++;
      expect(furnitureKind(t, small(t)), t).not.toBe('');
    }
    expect(matched).toBeGreaterThan(36);
  });
});
