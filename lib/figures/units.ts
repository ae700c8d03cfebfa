/**
 * Units and measure words after a number, in Simplified and Traditional script as written:
 * money, percent and percentage points, multiples, counts (measure words), measures,
 * durations, and rates (万吨/年, 元/平方米).
 */

export type UnitKind = 'money' | 'percent' | 'points' | 'multiple' | 'count' | 'measure' | 'duration';

const GROUPS: Record<UnitKind, string[]> = {
  money: ['元', '美元', '港元', '港币', '港幣', '欧元', '歐元', '日元', '英镑', '英鎊', '澳门元', '澳門元', '新台币', '新臺幣', '新台幣', '块钱', '塊錢'],
  percent: ['%', '‰'],
  points: ['个百分点', '個百分點', '百分点', '百分點'],
  multiple: ['倍'],
  count: [
    '个', '個', '家', '人', '名', '户', '戶', '所', '项', '項', '班', '辆', '輛', '台', '臺', '套', '次', '座', '条', '條',
    '件', '只', '头', '頭', '张', '張', '艘', '架', '列', '趟', '批', '支', '位', '例', '起', '宗', '场', '場', '栋', '棟',
    '幢', '间', '間', '处', '處', '种', '種', '类', '類', '份', '篇', '株', '棵', '对', '對', '组', '組', '根', '层', '層',
    '人次', '家次', '户次', '戶次', '场次', '場次', '架次', '车次', '車次', '航次', '班次', '床', '张床', '張床', '门', '門', '款', '首', '部',
  ],
  measure: [
    '公里', '千米', '米', '厘米', '毫米', '平方公里', '平方千米', '平方米', '平米', '立方米', '亩', '畝', '公顷', '公頃',
    '吨', '噸', '公吨', '公噸', '公斤', '千克', '克', '微克', '毫克', '斤', '升', '毫升', '千瓦', '千瓦时', '千瓦時', '兆瓦', '吉瓦', '瓦', '度', '千伏',
    '标准箱', '標準箱', '标箱', '標箱', 'TEU', '吨标准煤', '噸標準煤', '标准煤', '標準煤', '岁', '歲', '摄氏度', '攝氏度', '℃',
    '兆字节', 'GB', 'TB', 'MW', 'GW', 'kW', 'MWh', 'GWh', 'kWh', 'TWh', 'km',
  ],
  duration: ['天', '小时', '小時', '分钟', '分鐘', '秒', '周', '週', '个月', '個月', '个工作日', '個工作日', '工作日', '年'],
};

/** Written forms that look like units but name an ordinal, a date or a name after a number. */
const NOT_UNITS = ['周年', '週年', '个一批', '個一批', '部门', '部門', '部署', '部分', '门户', '門戶', '首先', '台湾', '臺灣', '台灣', '对接', '對接', '批次', '头部', '頭部', '类似', '類似', '种植', '種植', '场景', '場景', '处理', '處理', '起步', '起来', '起來', '条件', '條件', '件事', '次会', '次會', '次全', '层次', '層次', '层面', '層面', '门槛', '門檻', '间隔', '間隔', '批准', '对外', '對外', '对于', '對於', '张家', '張家', '名单', '名單', '名称', '名稱', '位于', '位於', '位置', '例如', '首家', '首个', '首個', '首批', '首支', '首次', '款项', '款項', '座谈', '座談', '户籍', '戶籍', '米粮', '度过', '度過', '支持', '支撐', '支撑', '支付', '支出', '台阶', '臺階', '台階'];

/** Whether a unit word is a year (never a figure: years are dates or periods). */
export const isYearUnit = (u: string) => u === '年';

const KIND = new Map<string, UnitKind>();
for (const [kind, list] of Object.entries(GROUPS) as [UnitKind, string[]][]) for (const u of list) KIND.set(u, kind);

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(esc).join('|');
const RATE = '(?:/|每)(?:年|日|天|小时|小時|月|人|平方米|吨|噸|公里|千瓦时|千瓦時|立方米|户|戶|辆|輛)';
const UNIT = new RegExp(`(${byLength([...KIND.keys()])})(${RATE})?`, 'y');
const NOT_UNIT = new RegExp(`(?:${byLength(NOT_UNITS)})`, 'y');

export interface UnitMatch {
  /** The unit as written (full-width ％ already made ASCII). */
  unit: string;
  kind: UnitKind;
  end: number;
}

/** The unit written at index `i` of the normalised text, or null. */
export function readUnit(src: string, i: number): UnitMatch | null {
  NOT_UNIT.lastIndex = i;
  if (NOT_UNIT.test(src)) return null;
  UNIT.lastIndex = i;
  const m = UNIT.exec(src);
  if (!m) return null;
  const base = m[1]!;
  const kind = KIND.get(base)!;
  // A rate (万吨/年) is a measure whatever its numerator; `年` alone stays a year.
  if (m[2]) return { unit: base + m[2], kind: kind === 'count' || kind === 'money' ? kind : 'measure', end: i + m[0].length };
  return { unit: base, kind, end: i + base.length };
}

/** The kind of a unit string as `readUnit` reports it (for units copied from another figure). */
export function unitKind(unit: string): UnitKind | undefined {
  return KIND.get(unit) ?? (unit.includes('/') ? 'measure' : undefined);
}
