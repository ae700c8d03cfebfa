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
    '(?<down>负增长|負增長|下降|下滑|减少|減少|降低|回落|缩减|縮減|收窄|缩小|縮小|下跌)',
    '(?<up>增长(?![极極点點])|增長(?![极極点點])|增加(?!值)|提高|提升|上升|上涨|上漲|扩大|擴大|增幅|增速|多增|高于|高於|高出|拉动|拉動)',
    '(?<share>占比|佔比|比重|比例|份额|份額|占|佔|满意度|滿意度|(?<![增长長速利税稅汇匯费費频頻效])率)',
    '(?<to>[至到])',
    '(?<level>同比|环比|環比)',
  ].join('|'),
  'g',
);
const TARGET = /力争|力爭|争取|爭取|目标|目標|预计|預計|预期|預期|确保|確保|计划(?:投资|投資|新增|建设|建設|完成|实现|實現|引进|引進)|計劃(?:投資|新增|建設|完成|實現|引進)|拟|擬|(?:^|[，,。；;\s])[到至](?:20\d\d)年|[将將][^，。；,;]{0,6}(?:达到|達到|突破|超过|超過|新增|建成|实现|實現|带动|帶動|形成|完成|累计|累計)/;
const CHANGE_NOUN = /(?:增长|增長|增速|增幅|增量|下降|降幅)(?:率)?[为為达達是]?$/;

/** Role and direction of every draft (drafts listed with the one before them share its role). */
export function assignRoles(src: string, drafts: Draft[], places: Place[]): RoleInfo[] {
  const out: RoleInfo[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    const place = places[k]!;
    if (listedAfterPrevious(src, drafts, places, k)) {
      const p = out[place.prev]!;
      out.push({ ...p });
      continue;
    }
    const seg = src.slice(Math.max(place.segStart, d.start - 24), d.start);
    let cue: 'up' | 'down' | 'share' | 'to' | null = null;
    let same = false;
    let share = false;
    for (const m of seg.matchAll(CUE)) {
      const g = m.groups!;
      if (g.level) same = true;
      else cue = g.up ? 'up' : g.down ? 'down' : g.share ? 'share' : 'to';
      if (g.share) share = true;
    }
    // One-character verbs count only straight before the figure: 同比增5%, 同比降3%.
    if (/(?<!新)增$/.test(seg)) cue = 'up';
    else if (/(?:降|减|減)$/.test(seg)) cue = 'down';
    if (cue === 'to' && share) cue = 'share';
    let info: RoleInfo;
    if (d.doubling) info = { role: 'change', direction: 'up' };
    else if (cue === 'up' || cue === 'down') info = { role: 'change', direction: cue };
    else if (same || CHANGE_NOUN.test(seg)) info = { role: 'change', direction: 'up' };
    else if (cue === 'share' || (d.unitKind === 'percent' && /[占佔]/.test(seg))) info = { role: 'share', direction: null };
    else if (d.unitKind === 'points') info = { role: 'change', direction: null };
    else if (d.unitKind === 'count') info = { role: 'count', direction: null };
    else info = { role: 'level', direction: null };
    if (d.value < 0 && info.role === 'change') info.direction = 'down';
    if (TARGET.test(src.slice(place.sentStart, d.start))) info = { role: 'target', direction: info.role === 'change' ? info.direction : null };
    out.push(info);
  }
  return out;
}

/** The value as recorded: a fall is negative (下降5% → -5). */
export function signedValue(value: number, info: RoleInfo): number {
  return info.direction === 'down' && value > 0 ? -value : value;
}
