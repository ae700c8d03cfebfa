/**
 * What each figure measures: the noun phrase before it with verbs, comparisons, periods and the
 * place or actor (兩江新區, 全市) taken off; for counts the thing counted after the measure word
 * (17個項目 → 項目). Carried across ellipsis (`產值增長502%，占全市62%`: both 產值) and `分别`
 * (`A和B…488班、516班，分別增長83%和30%`).
 */
import type { Draft } from './scan';
import { listedAfterPrevious, type Place } from './context';

const STOP_AFTER =
  /[，,。；;、：:！？!?\n（()）\d〇…“「]|对口|對口|[为為在将將已均共等的被对對获獲居占佔]|实现|實現|落户|落戶|开工|開工|入驻|入駐|签约|簽約|参与|參與|全线|全線|建设|建設|建成|集中|通过|通過|参加|參加|提供|达到|達到|分别|分別|位居|同比|增长|增長|以上|以下|左右|参赛|參賽|受益|受惠|上线|上線|投产|投產|投用|竣工|落地|运营|運營|覆盖|覆蓋|就业|就業|带动|帶動|增收|下沉|观看|觀看|来台|來台|参展|參展|组团|組團|获得|獲得|出现|出現|走进|走進|用于|用於|沒有|没有|最多|居次|提升|提高|上升|下降|降低|回落|增加|减少|減少|扩大|擴大|缩小|縮小/;
// Words that end the subject and are not part of it: predicates, adverbs, comparisons, bounds.
const TRAILING =
  /(?:同比|环比|環比|按年|按月|按季|按可比口径|按可比口徑|按可比价格计算|按可比價格計算|年均|年减|年減|年增|负增长|負增長|负成长|負成長|以实质计|以實質計|平均|仍|仍然|依然|修订|修訂|缩小|縮小|扩大|擴大|恢复|恢復|比上年|比去年|较上年|較上年|比上年同期|比去年同期|较去年同期|較去年同期|增长|增長|下降|减少|減少|提高|提升|增加|上升|上涨|上漲|下跌|回升|微升|降低|回落|达到|達到|达|達|为|為|是|约|約|共|共计|共計|累计|累計|合计|合計|分别|分別|(?<![日月年人户戶])均|已|已经|已經|实现|實現|完成|有|了|再|将|將|又|则|則|仅|僅|就|也|还|還|已达|已達|预计|預計|力争|力爭|争取|爭取|确保|確保|总计|總計|高达|高達|多达|多達|首次|增至|降至|提高到|增长到|增長到|下降到|扩大到|擴大到|提升至|提升到|恢复至|恢復至|恢复到|恢復到|至|到|控制在|保持在|稳定在|穩定在|维持在|維持在|维持于|維持於|介于|介於|最高|最低|最多|每[日天年月晚]|新臺幣|新台币|新台幣|人民币|人民幣|有望|可望|概估|初估|预估|預估|预测|預測|初步核算|录得|錄得)+$/;
/** Predicates among the trailing words: when one is removed, what is left is a subject phrase. */
const PREDICATE = /[达達为為是在至到于於]|增长|增長|下降|减少|減少|提高|提升|增加|上升|上涨|上漲|下跌|回升|微升|降低|回落/;
const COMPARISON = /(?:(?<![同环環对對相可])比(?![例重率])|较|較|高于|高於|低于|低於|高出|快于|快於|慢于|慢於|由|从|從|恢复至|恢復至|恢复到|恢復到)[^比较較由从從]{0,12}$/;
const PERIOD_WORDS =
  '(?:(?:截至|截止|到|至)?(?:(?:19|20)\\d{2}年|[〇○零一二三四五六七八九]{4}年|今年|去年|明年|全年|上年|当年|當年|同期)(?:度)?(?:同期|以来|以來|年中|年底|年末|第?[一二三四1-4]季度?|上半年|下半年|前三季度|全年|年底|年末|底|末|\\d{1,2}(?:[-—–~至]\\d{1,2})?月(?:份|底|末)?)?|第?[一二三四1-4](?:[至到-][一二三四1-4])?季度?|[一二三四五六七八九十]{1,2}月份?|上半年|下半年|前三季度|\\d{1,2}(?:[-—–~至]\\d{1,2})?月份?|(?:连续|連續|近|过去|過去|未来|未來)[一二三四五六七八九十\\d]+(?:年|个月|個月|天)|目前|当前|當前|现在|現在|近年来|近年來|上年同期|去年同期|报告期内|報告期內|年中|年底|年末|期内|期內|\\d{1,2}月(?:底|末))';
const LEADING_PERIOD = new RegExp(`^${PERIOD_WORDS}(?!目标|目標|任务|任務)[，, ]?`);
const TRAILING_PERIOD = new RegExp(`${PERIOD_WORDS}$`);
const INNER_PERIOD = new RegExp(`(?:(?:19|20)\\d{2}年|[〇○零一二三四五六七八九]{4}年|[一二三四五六七八九十]{1,2}月份|\\d{1,2}月份|[一二三四]季度|上半年|下半年|前三季度)`, 'g');
/** Words after which the subject starts: sayings, plans, 其中. */
const FRAME = /(?:预计|預計|表示|指出|介绍|介紹|显示|顯示|获悉|獲悉|通报|通報|其中|按照|依照|根据|根據|计划|計劃|相当于|相當於|上修|下修|力争|力爭|目标(?!任务|任務)|目標(?!任務)|建成后|建成後|达产后|達產後|投产后|投產後|把|[将將](?!近))/g;
const TOPIC =
  /^(?:全市|全省|全区|全區|全国|全國|全县|全縣|我市|我省|我区|我區|我国|我國|本市|本港|全镇|全鎮|该市|該市|该区|該區|新区|新區|园区|園區|本公司|该公司|該公司|公司|集团|集團|[\u4e00-\u9fff]{2,5}?(?:新区|新區|自贸区|自貿區|开发区|開發區|高新区|高新區|经开区|經開區|[省市县縣镇鎮]|(?<![小社园園片城景校街库庫矿礦地])[区區])(?![级級场場民委政直辖轄域属屬内內外长長级]))/;
const VERBS =
  /(?:引进培育|引進培育|引进|引進|培育|引育|新建成|建成|集聚|聚集|汇聚|匯聚|获批|獲批|服务|服務|配备|配備|完成|实现|實現|设立|設立|吸引|带动|帶動|新增|落户|落戶|签约|簽約|储备|儲備|拥有|擁有|成立|揭牌|投用|打造|引入|培养|培養|认定|認定|发放|發放|累计|累計|共有|招引|接待|办理|辦理|办结|辦結|减免|減免|兑现|兌現|扶持|举办|舉辦|开展|開展|组织|組織|投入|帮助|幫助|吸纳|吸納|安置|新开工|新開工|开工|開工|签订|簽訂|达成|達成|入驻|入駐|新登记|新登記|登记|登記|救助|慰问|慰問|走访|走訪|排查|整改|查处|查處|受理|帮扶|幫扶|覆盖|覆蓋|惠及|兴建|興建|创造|創造|给予|給予|补助|補助|上演|发送|發送|开行|開行|形成|整治|新改建|改建|吸引|节约|節約|推动|推動|实施|實施|持续|持續|从|從|向|把)(?![业業者员員站点點中心区區平台臺费費])/g;
/** Prepositions: what follows them is the subject even after a predicate (长安汽车在川渝两地配套企业为…). */
const PREPS = /(?:在|于|於|对|對)(?![外于於内內地所])/g;
/** Verbs that also name a quantity at the end of a phrase (研发投入, 公共服务). */
const NOUN_VERBS = /^(?:投入|服务|服務|接待|覆盖|覆蓋|建设|建設)$/;
const GENERIC = /^(?:规模|規模|总额|總額|金额|金額|资金|資金|共)$/;

/** The noun phrase straight after index `i` (the thing counted), or ''. */
function after(src: string, i: number): string {
  let j = i;
  let out = '';
  if (/[“"「]/.test(src[j] ?? '')) {
    const close = src.slice(j + 1, j + 14).search(/[”"」]/);
    if (close > 0) {
      out = src.slice(j, j + close + 2);
      j += close + 2;
    }
  }
  const rest = src.slice(j, j + 14);
  const stop = rest.search(STOP_AFTER);
  const more = (stop < 0 ? rest : rest.slice(0, stop)).replace(/[“"「][^”"」]*$/, '');
  return (out + more).trim().replace(/(?:和|及|与|與|以及)$/, '').replace(/(?<=..)中$/, '');
}

/** The subject in the clause text before a figure, or ''. */
function before(seg: string): string {
  let s = seg.trim();
  const share = Math.max(s.lastIndexOf('占'), s.lastIndexOf('佔'));
  if (share >= 0) s = s.slice(0, share);
  s = s.replace(/(?:占比|佔比|比重)(?:[为為达達是]|达到|達到)?$/, '');
  let predicate = false;
  for (let prevLen = -1; prevLen !== s.length; ) {
    prevLen = s.length;
    const cmp = COMPARISON.exec(s);
    if (cmp) s = cmp.index >= 2 ? s.slice(0, cmp.index) : '';
    const t = TRAILING.exec(s);
    if (t) {
      if (PREDICATE.test(t[0])) predicate = true;
      s = s.slice(0, t.index);
    }
    s = s.replace(/的$/, '').replace(TRAILING_PERIOD, '').replace(LEADING_PERIOD, '').trim();
    // A verb straight before the figure: 共上演三十二场, 全年开行超5300列.
    const lastVerb = [...s.matchAll(VERBS)].at(-1);
    if (lastVerb && lastVerb.index + lastVerb[0].length === s.length && lastVerb.index >= 2 && !NOUN_VERBS.test(lastVerb[0])) s = s.slice(0, lastVerb.index);
  }
  // 在总销量中的占比: the base of a share, not its subject.
  if (share >= 0 && /^在.*中的?$/.test(s)) s = '';
  let frame = -1;
  for (const m of s.matchAll(FRAME)) if (s.length - (m.index + m[0].length) >= 2) frame = m.index + m[0].length;
  // A period inside the phrase parts the place from the subject: 香港國際機場十月份客運量.
  for (const m of s.matchAll(INNER_PERIOD)) if (m.index > 0 && s.length - (m.index + m[0].length) >= 2) frame = Math.max(frame, m.index + m[0].length);
  if (frame > 0) s = s.slice(frame).replace(LEADING_PERIOD, '');
  const etc = s.lastIndexOf('等');
  if (etc >= 0 && etc < s.length - 1) s = s.slice(etc + 1);
  if (!predicate) {
    // The figure is the object of the last verb: 累計建成國家級科研平臺23個 → 國家級科研平臺.
    let cut = -1;
    let verb = '';
    for (const m of s.matchAll(VERBS)) {
      if (m.index + m[0].length < s.length - 1) {
        cut = m.index + m[0].length;
        verb = m[0];
      }
    }
    // 新增就业 and 新增学位 name the quantity themselves.
    if (cut > 0 && /^(?:新增|新建)$/.test(verb) && s.length - cut <= 2) cut -= verb.length;
    if (cut > 0) s = s.slice(cut);
  }
  let prep = -1;
  for (const m of s.matchAll(PREPS)) if (m.index >= 1 && s.length - (m.index + m[0].length) >= 2) prep = m.index + m[0].length;
  if (prep > 0) s = s.slice(prep);
  const topic = TOPIC.exec(s);
  if (topic && s.length - topic[0].length >= 2) s = s.slice(topic[0].length);
  s = s.replace(/^(?:的|其|了|并|並|及|和|但|而|且|另外|另|为|為|对|對)/, '').replace(TRAILING, '');
  return s.length > 24 ? s.slice(-24) : s;
}

/** Subject of every draft. */
export function assignSubjects(src: string, drafts: Draft[], places: Place[]): string[] {
  const out: string[] = [];
  // Groups of figures listed together (488班、516班), by index of their first member.
  const groupOf: number[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const listed = listedAfterPrevious(src, drafts, places, k) && drafts[k - 1]!.unitKind === drafts[k]!.unitKind;
    groupOf.push(listed ? groupOf[k - 1]! : k);
  }
  const groupSize = new Map<number, number>();
  for (const g of groupOf) groupSize.set(g, (groupSize.get(g) ?? 0) + 1);
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    const place = places[k]!;
    const g = groupOf[k]!;
    if (g !== k) {
      out.push(out[g]!);
      continue;
    }
    const members = groupSize.get(k) ?? 1;
    const seg = src.slice(place.segStart, d.start);
    // 分别 after a list: pair with the previous group of the same size in the sentence.
    const last = drafts[k + members - 1]!;
    const ownNoun = after(src, last.end);
    if (members > 1 && ownNoun && drafts[k]!.unitKind !== 'percent') {
      for (let j = 0; j < members; j++) out.push(ownNoun);
      k += members - 1;
      continue;
    }
    if (members > 1 && /分别|分別/.test(seg)) {
      const prevGroup = place.prev >= 0 ? groupOf[place.prev]! : -1;
      const size = groupSize.get(prevGroup) ?? 1;
      if (prevGroup >= 0 && size === members) {
        for (let j = 0; j < members; j++) out.push(out[prevGroup + j]!);
        k += members - 1;
        continue;
      }
    }
    if (members > 1) {
      // The list's subjects may themselves be listed with 、 (失业保险、工伤保险参保人数分别为…).
      let wide = d.start;
      while (wide > place.sentStart && !/[，,；;：:。\n]/.test(src[wide - 1]!) && (place.prev < 0 || wide > drafts[place.prev]!.end)) wide--;
      const parts = before(src.slice(wide, d.start)).split(/和|与|與|及|、|以及/).filter(Boolean);
      if (parts.length === members) {
        for (const p of parts) out.push(p);
        k += members - 1;
        continue;
      }
    }
    let subject = '';
    const next = src.slice(d.end, d.end + 1);
    const following = after(src, d.end);
    const counted = d.unitKind === 'count' || (!d.unit && following) ? following : '';
    const pre = before(seg);
    if (counted) subject = counted;
    // 其中三分之一以上为旱作农田: the part named after 为.
    else if ((d.unitKind === 'percent' || !d.unit) && /^[为為是]/.test(next) && /其中/.test(seg)) subject = after(src, d.end + 1) || pre;
    else if (pre && GENERIC.test(pre) && next === '的') subject = after(src, d.end + 1) || pre;
    // 年产30万吨高性能树脂, 投入12亿元行销经费: a verb stub before, the thing after.
    else if (pre.length <= 2 && following.length >= 2) subject = following;
    else if (pre) subject = pre;
    else if (place.prev >= 0 && out[place.prev]) subject = out[place.prev]!;
    out.push(subject);
  }
  return out;
}
