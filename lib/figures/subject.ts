/**
 * What each figure measures: the noun phrase before it with verbs, comparisons, periods and the
 * place or actor (兩江新區, 全市) taken off; for counts the thing counted after the measure word
 * (17個項目 → 項目). Carried across ellipsis (`產值增長502%，占全市62%`: both 產值) and `分别`
 * (`A和B…488班、516班，分別增長83%和30%`).
 */
import type { Draft } from './scan';
import { listedAfterPrevious, type Place } from './context';

const STOP_AFTER =
  /[，,。；;、：:！？!?\n（()）\d〇…“「]|对口|對口|[为為在将將已均共和与與等的被对對获獲居占佔]|实现|實現|落户|落戶|开工|開工|入驻|入駐|签约|簽約|参与|參與|全线|全線|建设|建設|集中|通过|通過|参加|參加|提供|达到|達到|分别|分別|位居|同比|增长|增長|以上|以下|左右|参赛|參賽|受益|受惠|上线|上線|投产|投產|投用|竣工|落地|运营|運營|覆盖|覆蓋|就业|就業/;
const TRAILING =
  /(?:同比|环比|環比|比上年|比去年|较上年|較上年|比上年同期|比去年同期|较去年同期|較去年同期|比20\d\d年|较20\d\d年|較20\d\d年|增长|增長|下降|减少|減少|提高|提升|增加|上升|降低|回落|达到|達到|达|達|为|為|是|约|約|共|共计|共計|累计|累計|合计|合計|分别|分別|均|已|已经|已經|实现|實現|完成|有|了|再|将|將|又|则|則|仅|僅|就|也|还|還|已达|已達|预计|預計|力争|力爭|争取|爭取|确保|確保|目标|目標|总计|總計|高达|高達|多达|多達|首次|增至|降至|提高到|增长到|增長到|下降到|扩大到|擴大到|提升至|提升到|至|到)+$/;
const LEADING_PERIOD =
  /^(?:(?:截至|截止|到|至)?(?:(?:19|20)\d{2}年|今年|去年|全年|上年|当年|當年)(?:度)?(?:第?[一二三四1-4]季度|上半年|下半年|前三季度|全年|年底|年末|底|末|\d{1,2}(?:[-—–~至]\d{1,2})?月(?:份|底|末)?)?|[一二三四]季度|上半年|下半年|前三季度)[，, ]?/;
const TOPIC =
  /^(?:全市|全省|全区|全區|全国|全國|全县|全縣|我市|我省|我区|我區|我国|我國|本市|全镇|全鎮|该市|該市|该区|該區|新区|新區|[\u4e00-\u9fff]{2,5}?(?:新区|新區|自贸区|自貿區|开发区|開發區|高新区|高新區|经开区|經開區|[省市县縣区區镇鎮])(?![级級场場民委政直辖轄域属屬内內外长長级]))/;
const VERBS =
  /(?:引进培育|引進培育|引进|引進|培育|引育|新建成|建成|新建|集聚|聚集|汇聚|匯聚|获批|獲批|服务|服務|配备|配備|完成|实现|實現|设立|設立|吸引|带动|帶動|新增|落户|落戶|签约|簽約|储备|儲備|拥有|擁有|成立|揭牌|投用|打造|引入|培养|培養|认定|認定|发放|發放|累计|累計|共有|招引|接待|办理|辦理|减免|減免|兑现|兌現|扶持|举办|舉辦|开展|開展|组织|組織|投入|帮助|幫助|吸纳|吸納|安置|新开工|新開工|开工|開工|签订|簽訂|达成|達成|入驻|入駐|新登记|新登記|登记|登記|救助|慰问|慰問|走访|走訪|排查|整改|查处|查處|受理|帮扶|幫扶|覆盖|覆蓋|惠及|在|于|於|从|從|向|把|对|對)(?![业業者员員站点點中心区區平台臺费費])/g;
const GENERIC = /^(?:规模|規模|总额|總額|金额|金額|总量|總量|总数|總數|数量|數量|面积|面積|总投资|總投資|投资|投資|资金|資金|共)$/;

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
  return (out + more).trim();
}

/** The subject in the clause text before a figure, or ''. */
export function before(seg: string): string {
  let s = seg.trim();
  const share = Math.max(s.lastIndexOf('占'), s.lastIndexOf('佔'));
  if (share >= 0) s = s.slice(0, share);
  s = s.replace(/(?:占比|佔比|比重)(?:[为為达達是]|达到|達到)?$/, '');
  for (let prevLen = -1; prevLen !== s.length; ) {
    prevLen = s.length;
    s = s.replace(TRAILING, '').replace(LEADING_PERIOD, '').trim();
  }
  const etc = s.lastIndexOf('等');
  if (etc >= 0 && etc < s.length - 1) s = s.slice(etc + 1);
  let cut = -1;
  for (const m of s.matchAll(VERBS)) if (m.index + m[0].length < s.length - 1) cut = m.index + m[0].length;
  if (cut > 0) s = s.slice(cut);
  const topic = TOPIC.exec(s);
  if (topic && s.length - topic[0].length >= 2) s = s.slice(topic[0].length);
  s = s.replace(/^(?:的|其|共|了|并|並|及|和)/, '').replace(TRAILING, '');
  return s.length > 24 ? s.slice(-24) : s;
}

/** Subject of every draft. */
export function assignSubjects(src: string, drafts: Draft[], places: Place[]): string[] {
  const out: string[] = [];
  // Groups of figures listed together (488班、516班), by index of their first member.
  const groupOf: number[] = [];
  for (let k = 0; k < drafts.length; k++) groupOf.push(listedAfterPrevious(src, drafts, places, k) ? groupOf[k - 1]! : k);
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    const place = places[k]!;
    const g = groupOf[k]!;
    if (g !== k) {
      out.push(out[g]!);
      continue;
    }
    const members = groupOf.filter((x) => x === k).length;
    const seg = src.slice(place.segStart, d.start);
    // 分别 after a list: pair with the previous group of the same size in the sentence.
    if (members > 1 && /分别|分別/.test(seg)) {
      const prevGroup = place.prev >= 0 ? groupOf[place.prev]! : -1;
      const size = groupOf.filter((x) => x === prevGroup).length;
      if (prevGroup >= 0 && size === members) {
        for (let j = 0; j < members; j++) out.push(out[prevGroup + j]!);
        k += members - 1;
        continue;
      }
    }
    if (members > 1) {
      const parts = before(seg).split(/和|与|與|及|、|以及/).filter(Boolean);
      if (parts.length === members) {
        for (const p of parts) out.push(p);
        k += members - 1;
        continue;
      }
    }
    let subject = '';
    const next = src.slice(d.end, d.end + 1);
    const counted = d.unitKind === 'count' ? after(src, d.end) : '';
    const pre = before(seg);
    if (counted && (!pre || !/[、]$/.test(src.slice(d.end, d.end + 1)))) subject = counted;
    else if (pre && GENERIC.test(pre) && next === '的') subject = after(src, d.end + 1) || pre;
    else if (pre) subject = pre;
    else if (after(src, d.end)) subject = after(src, d.end);
    else if (place.prev >= 0 && out[place.prev]) subject = out[place.prev]!;
    if (!subject && counted) subject = counted;
    out.push(subject);
  }
  return out;
}
