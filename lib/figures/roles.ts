/**
 * What kind of figure it is — level, change, share, count or target — and for changes their
 * direction. A fall (下降5%, 负增长3%) is recorded with direction `down` and a negative value.
 */
import type { FigureRole } from '../report';
import type { Draft } from './scan';
import { listedAfterPrevious, type Place } from './context';

export interface RoleInfo {
  role: FigureRole;
  direction: 'up' | 'down' | null;
}

// The last cue word before the figure decides. Each alternative is one word; `to` marks 增至/降至 (a level).
const CUE = new RegExp(
  [
    '(?<down>下修|负增长|負增長|负成长|負成長|下降|下滑|减少|減少|降低|回落|缩减|縮減|收窄|缩小|縮小|下跌|放缓|放緩|收敛|收斂)',
    '(?<up>上修|增长(?![极極点點])|增長(?![极極点點])|成长(?![型])|成長(?![型])|增加(?!值)|提高|提升|上升|上涨|上漲|扩大|擴大|增幅|增速|多增|拉动|拉動|回升|反弹|反彈|加快|回暖)',
    '(?<share>占比|佔比|比重|比例|份额|份額|占|佔|满意度|滿意度|(?<![增长長速利税稅汇匯费費频頻效])率)',
    '(?<to>[至到])',
    '(?<level>同比|环比|環比)',
  ].join('|'),
  'g',
);
const TARGET = /力争|力爭|争取|爭取|目标(?!任务的|任務的|的)|目標(?!任務的|的)|预计|預計|预估|預估|预测|預測|预期|預期|有望|可望|确保|確保|计划总?(?:投资|投資|新增|建设|建設|完成|实现|實現|引进|引進)|計劃總?(?:投資|新增|建設|完成|實現|引進)|拟|擬|(?:^|[，,。；;\s])[到至](?:20\d\d)年|[将將](?!近)[^，。；,;]{0,6}?(?:达|達|突破|超|新增|建|实现|實現|带动|帶動|形成|完成|累计|累計|投|由|提升|提高|增|减|減|降|打造|培育|引进|引進|吸引|开工|開工|改造|推动|推動|开行|開行)/;
const CHANGE_NOUN = /(?:增长|增長|增速|增幅|增量|升幅|涨幅|漲幅)(?:率)?[为為达達是]?$/;
const FALL_NOUN = /(?:降幅|跌幅|减幅|減幅)[为為达達是]?$/;

/** Role and direction of every draft (drafts listed with the one before them share its role). */
export function assignRoles(src: string, drafts: Draft[], places: Place[]): RoleInfo[] {
  const out: RoleInfo[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    const place = places[k]!;
    const before = place.prev >= 0 ? drafts[place.prev]! : null;
    if (before && before.unitKind === d.unitKind && listedAfterPrevious(src, drafts, places, k)) {
      out.push({ ...out[place.prev]! });
      continue;
    }
    const seg = src.slice(Math.max(place.segStart, d.start - 24), d.start);
    let cue: 'up' | 'down' | 'share' | 'to' | null = null;
    let same = false;
    let share = false;
    for (const m of seg.matchAll(CUE)) {
      const g = m.groups!;
      // A verb inside a relative clause (价格环比下降的城市有62个) is not the figure's.
      if (/的[\u4e00-\u9fff]/.test(seg.slice(m.index + m[0].length))) continue;
      if (g.level) same = true;
      else cue = g.up ? 'up' : g.down ? 'down' : g.share ? 'share' : 'to';
      if (g.share) share = true;
    }
    // One-character verbs count only straight before the figure: 同比增5%, 年減4.6%, 按月微升0.6%.
    if (/(?<!新)(?:增|升|涨|漲)$/.test(seg)) cue = 'up';
    else if (/(?:降|减|減|跌)$/.test(seg)) cue = 'down';
    if (cue === 'to' && share) cue = 'share';
    // Percentage points above or below a reference: 高于全市平均水平0.6个百分点.
    if (!cue && d.unitKind === 'points') {
      if (/高于|高於|高出|快于|快於/.test(seg)) cue = 'up';
      else if (/低于|低於|慢于|慢於/.test(seg)) cue = 'down';
    }
    // N% of something: 研发投入的10%, 疫情前水準的一成; 其中三分之一为…
    const part = d.unitKind === 'percent' || (d.unit === '' && d.value > 0 && d.value < 1);
    if ((!cue || cue === 'to') && part && (/的$/.test(seg) || /^的(?:水平|水准|水準)/.test(src.slice(d.end, d.end + 3)) || (/其中/.test(seg) && /^[为為是]/.test(src.slice(d.end, d.end + 1))))) cue = 'share';
    // 四成七住宅物業: a share followed by what it is a share of.
    if (!cue && d.unitKind === 'percent' && /^[\u4e00-\u9fff]/.test(src.slice(d.end, d.end + 1)) && !/^[的为為是和及与與或以左上下]/.test(src.slice(d.end, d.end + 1))) cue = 'share';
    // 由18%提升至31%: the second figure is what the first was.
    if (cue === 'to' && before && /^(?:提升|提高|增长|增長|上升|下降|降低|回落|减少|減少|增加|扩大|擴大|缩小|縮小)?(?:至|到)$/.test(seg)) {
      out.push({ ...out[place.prev]! });
      continue;
    }
    let info: RoleInfo;
    if (d.doubling) info = { role: 'change', direction: 'up' };
    else if (cue === 'up' || cue === 'down') info = { role: 'change', direction: cue };
    else if (FALL_NOUN.test(seg)) info = { role: 'change', direction: 'down' };
    else if (same || CHANGE_NOUN.test(seg)) info = { role: 'change', direction: 'up' };
    else if (cue === 'share' || (d.unitKind === 'percent' && /[占佔]/.test(seg))) info = { role: 'share', direction: null };
    else if (d.unitKind === 'points') info = { role: 'change', direction: null };
    else if (d.unitKind === 'count') info = { role: 'count', direction: null };
    // 近百万市民游客: no measure word, but a noun it counts.
    else if (!d.unit && /^[\u4e00-\u9fff]/.test(src.slice(d.end, d.end + 1)) && !/^[的为為是和及与與或、]/.test(src.slice(d.end, d.end + 1))) info = { role: 'count', direction: null };
    else info = { role: 'level', direction: null };
    if (d.value < 0 && info.role === 'change') info.direction = 'down';
    // A forecast compared with (较8月预测上修) is not what the sentence states.
    const stated = src.slice(place.sentStart, d.start).replace(/(?:较|較|比)[^，。；,;]{0,10}?(?:预测|預測|预期|預期|预计|預計)/g, '');
    if (TARGET.test(stated)) info = { role: 'target', direction: info.role === 'change' ? info.direction : null };
    out.push(info);
  }
  return out;
}

/** The value as recorded: a fall is negative (下降5% → -5). */
export function signedValue(value: number, info: RoleInfo): number {
  return info.direction === 'down' && value > 0 ? -value : value;
}
