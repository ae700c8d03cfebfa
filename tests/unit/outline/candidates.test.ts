import { describe, expect, it } from 'vitest';
import { outlineOf, para } from './helpers';

const texts = (found: { text: string }[]) => found.map((f) => f.text);

describe('real headings', () => {
  it('takes h2/h3 with levels from their tags', () => {
    const found = outlineOf(`${para()}<h2>总体情况</h2>${para(2)}<h3>主要做法</h3>${para(3)}<h2>下一步打算</h2>${para(4)}`);
    expect(found).toEqual([
      { text: '总体情况', level: 1, kind: 'tag' },
      { text: '主要做法', level: 2, kind: 'tag' },
      { text: '下一步打算', level: 1, kind: 'tag' },
    ]);
  });

  it('takes an h-tag ending with a colon, without the colon', () => {
    expect(outlineOf(`${para()}<h3>一、出台背景：</h3>${para(2)}`).map((f) => f.text)).toEqual(['一、出台背景']);
  });

  it('skips an h-tag holding a sentence, the title, and captions in h-tags', () => {
    const found = outlineOf(`<h2>我市召开工作会议</h2>${para()}<h3>会议要求，各单位要高度重视。</h3>${para(2)}<h4>▲张三 摄</h4>${para(3)}`, { title: '我市召开工作会议' });
    expect(found).toEqual([]);
  });
});

describe('bold pseudo-headings', () => {
  it('takes short paragraphs in <strong>, <b>, CSS-bold classes and inline font-weight', () => {
    const found = outlineOf(
      `${para()}<p><strong>一网通办提速</strong></p>${para(2)}<p><b>企业开办一日办结</b></p>${para(3)}<p class="bt">要素保障再加力</p>${para(4)}<p><span style="font-weight:700">法治保障再强化</span></p>${para(5)}`,
      { style: '.bt { font-weight: bold }' },
    );
    expect(texts(found)).toEqual(['一网通办提速', '企业开办一日办结', '要素保障再加力', '法治保障再强化']);
    expect(new Set(found.map((f) => f.kind))).toEqual(new Set(['bold']));
    expect(new Set(found.map((f) => f.level))).toEqual(new Set([1]));
  });

  it('rejects bold phrases inside sentences, bold sentences and bold lead-ins', () => {
    const found = outlineOf(
      `<p>今年以来，我市<strong>营商环境便利度</strong>位居全省前列，市场主体活力不断增强，群众满意度持续提升。</p><p><strong>全市新增市场主体12.6万户，同比增长18.3%。</strong></p>${para()}<p><strong>编者按：</strong>营商环境就是生产力，今年以来我市推出一批务实管用的改革举措。</p><p><strong>记者获悉，</strong>一批重点项目加快推进，预计年内全部建成投用。</p>${para(2)}`,
    );
    expect(found).toEqual([]);
  });

  it('rejects bold captions, metadata, bylines, attachment labels and contact lines', () => {
    const found = outlineOf(
      `${para()}<p><b>▲陈文森 摄</b></p>${para(2)}<p><b>来源：市发展改革委</b></p>${para(3)}<p><b>本报记者 李晓红</b></p>${para(4)}<p><b>附件：重点项目清单</b></p>${para(5)}<p><b>联系电话：0123-12345678</b></p>${para(6)}`,
    );
    expect(found).toEqual([]);
  });

  it('needs body text after it, and a run of bold lines with nothing between is a list', () => {
    expect(outlineOf(`${para()}<p><b>某某市交通运输局</b></p>`)).toEqual([]);
    expect(outlineOf(`${para()}<p><b>简单生活</b></p><p><b>热爱自然</b></p><p><b>财富与责任</b></p>${para(2)}`)).toEqual([]);
  });

  it('takes a bold line inside a <br>-separated paragraph', () => {
    expect(texts(outlineOf(`${para()}<p><b>一网通办提速</b><br>企业办事由“找部门”变为“找窗口”，平均办理时间压缩百分之四十以上，群众满意度明显提高。</p>`))).toEqual(['一网通办提速']);
  });
});

describe('numbered pseudo-headings', () => {
  it('takes standalone GB/T 9704 numbers and nests them', () => {
    const found = outlineOf(`${para()}<p>一、总体要求</p>${para(2)}<p>（一）指导思想</p>${para(3)}<p>1.坚持问题导向</p>${para(4)}<p>（1）聚焦重点领域</p>${para(5)}<p>二、重点任务</p>${para(6)}`);
    expect(found.map((f) => [f.text, f.level, f.kind])).toEqual([
      ['一、总体要求', 1, 'numbered'],
      ['（一）指导思想', 2, 'numbered'],
      ['1.坚持问题导向', 3, 'numbered'],
      ['（1）聚焦重点领域', 4, 'numbered'],
      ['二、重点任务', 1, 'numbered'],
    ]);
  });

  it('takes headings run in with a bold lead, and plain leads when the family repeats', () => {
    const runIn = (n: string, lead: string) => `<p>${n}${lead}。各地区各部门要落实主体责任，明确时间节点，确保各项任务落地见效，取得实际成效。</p>`;
    expect(texts(outlineOf(`${para()}<p><strong>（一）加强组织领导。</strong>各地区要落实主体责任，主要负责同志要亲自抓，确保各项任务落地见效。</p>`))).toEqual(['（一）加强组织领导']);
    expect(texts(outlineOf(`${para()}${runIn('（一）', '加强组织领导')}${runIn('（二）', '强化督促落实')}`))).toEqual(['（一）加强组织领导', '（二）强化督促落实']);
    expect(texts(outlineOf(`${para()}${runIn('（一）', '清理妨碍统一市场的规定')}${runIn('（二）', '推进“一件事一次办”')}${runIn('（三）', '压减审批环节和时限')}`))).toEqual([
      '（一）清理妨碍统一市场的规定',
      '（二）推进“一件事一次办”',
      '（三）压减审批环节和时限',
    ]);
    // One plain run-in alone is not enough evidence.
    expect(outlineOf(`${para()}${runIn('（一）', '加强组织领导')}`)).toEqual([]);
  });

  it('does not read the first sentence of 第X条 or a long first clause as a title', () => {
    const found = outlineOf(
      `<p>第一条 为了规范管理，制定本办法。本办法适用于本市行政区域内的相关活动及其监督管理工作。</p><p>第二条 本办法所称数据。是指行政机关在履行职责过程中制作或者获取的信息。</p><p>（一）到2025年，全市数据共享体系基本建成。各部门数据按需共享，质量明显提升，企业群众满意。</p><p>（二）到2027年，全市数据共享体系全面建成。各部门数据实时共享，质量全面提升，企业群众满意。</p>`,
    );
    expect(found).toEqual([]);
  });

  it('rejects numbered items ending a clause and a run of bare numbered items', () => {
    const found = outlineOf(`${para()}<p>1.城市快速路二期工程；</p><p>2.国道改扩建工程。</p>${para(2)}<p>1.企业开办</p><p>2.工程建设项目审批</p><p>3.不动产登记</p>${para(3)}`);
    expect(found).toEqual([]);
  });

  it('takes a section title ending in a colon, not a lead-in to a list', () => {
    expect(texts(outlineOf(`${para()}<p>一、工作目标：</p>${para(2)}<p>二、工作措施：</p>${para(3)}`))).toEqual(['一、工作目标', '二、工作措施']);
    expect(outlineOf(`${para()}<p>（一）主要包括以下内容：</p>${para(2)}`)).toEqual([]);
  });

  it('takes a bold numbered line that ends with a full stop, not a plain one', () => {
    expect(texts(outlineOf(`${para()}<p><b>（一）加强组织领导。</b></p>${para(2)}`))).toEqual(['（一）加强组织领导']);
    expect(outlineOf(`${para()}<p>（一）加强组织领导。</p>${para(2)}`)).toEqual([]);
  });

  it('takes a numbered item whose neighbours numbered one apart are plain text for a list item', () => {
    expect(outlineOf(`${para()}<p>1.城市快速路二期工程；</p><p>2.国道改扩建工程；</p><p>3.农村公路提档升级工程</p>${para(2)}`)).toEqual([]);
  });

  it('takes 第X部分 above 一、', () => {
    const found = outlineOf(`${para()}<p>第一部分 总体要求</p>${para(2)}<p>一、指导思想</p>${para(3)}<p>第二部分 主要任务</p>${para(4)}`);
    expect(found.map((f) => [f.text, f.level])).toEqual([
      ['第一部分 总体要求', 1],
      ['一、指导思想', 2],
      ['第二部分 主要任务', 1],
    ]);
  });

  it('takes numbered question headings', () => {
    expect(texts(outlineOf(`${para()}<p><b>1.哪些人可以参加？</b></p>${para(2)}<p><b>2.每年最多缴纳多少？</b></p>${para(3)}`))).toEqual(['1.哪些人可以参加？', '2.每年最多缴纳多少？']);
  });
});

describe('emphasis relative to the body text', () => {
  it('does not count bold or centring that the whole body has', () => {
    const boldPara = (n: number) => para(n).replace('<p>', '<p><b>').replace('</p>', '</b></p>');
    const boldBody = outlineOf(`${boldPara(1)}<p><b>简单生活</b></p>${boldPara(2)}`);
    expect(boldBody).toEqual([]);
    const style = '#art p { text-align: center }';
    const centredBody = outlineOf(`${para()}<p>春风十里</p>${para(2)}`, { style });
    expect(centredBody).toEqual([]);
  });

  it('takes a short line in larger type, and a title in 【】, before body text', () => {
    const found = outlineOf(`${para()}<p style="font-size: 20px">政策背景</p>${para(2)}<p>【主要内容】</p>${para(3)}`, { style: 'body { font-size: 16px }' });
    expect(texts(found)).toEqual(['政策背景', '【主要内容】']);
  });
});

describe('centred and short standalone lines', () => {
  it('takes centred short lines before body text, not captions after pictures or verses', () => {
    const style = '.c { text-align: center }';
    const found = outlineOf(
      `${para()}<p class="c">春风十里</p><p class="c">不如山中一日</p>${para(2)}<p class="c">古镇寻幽</p>${para(3)}<p class="c"><img src="a.jpg"></p><p class="c">青溪古镇老街</p>${para(4)}<p class="c">山野露营</p>${para(5)}`,
      { style },
    );
    expect(found.map((f) => [f.text, f.kind])).toEqual([
      ['古镇寻幽', 'centered'],
      ['山野露营', 'centered'],
    ]);
  });

  it('takes short lines standing alone between body paragraphs when the page uses them as a pattern', () => {
    const found = outlineOf(`${para()}<p>从“种地”到“经营土地”</p>${para(2)}<p>直播间里卖山货</p>${para(3)}`);
    expect(found.map((f) => [f.text, f.kind])).toEqual([
      ['从“种地”到“经营土地”', 'short-line'],
      ['直播间里卖山货', 'short-line'],
    ]);
    expect(outlineOf(`${para()}<p>直播间里卖山货</p>${para(2)}`)).toEqual([]);
  });

  it('rejects sentences broken over short lines (the seed page’s style)', () => {
    const found = outlineOf(
      `${para()}<p>一组数据刻录下</p><p>两江新区产业发展从“快速度”</p><p>切换到“高质量”新跑道:</p>${para(2)}<p>两江新区和万州区分别是</p><p>“一区”和“两群”的典型代表,</p>${para(3)}<p>兩江新區將堅持</p><p>以習近平新時代</p>${para(4)}<p>新年新氣象。</p>${para(5)}`,
    );
    expect(found).toEqual([]);
  });
});
