/**
 * The protection list: phrases OpenCC converts wrongly because a dictionary phrase crosses a word
 * boundary (被发明 → 被髮明: 被发 as in 被髮左衽) or because one character has several readings
 * (surname 范 → 範). Each entry's text comes out exactly as written here, whatever the
 * dictionaries say; it competes with the dictionary phrases by length, so it must be longer than
 * the wrong phrase it overrides (tests/unit/convert/traps.test.ts holds the cases).
 */

/** A Simplified phrase and its Traditional forms. */
export interface ProtectedPhrase {
  /** The Simplified text, as it appears on a page. */
  hans: string;
  /** OpenCC's Traditional standard (`t`); Taiwan and Hong Kong get it through their variant tables. */
  t: string;
  /** Only when the regional form is not `t` through the variant tables. */
  tw?: string;
  twp?: string;
  hk?: string;
}

const p = (hans: string, t: string, extra: Partial<ProtectedPhrase> = {}): ProtectedPhrase => ({ hans, t, ...extra });

/** Simplified → Traditional. */
export const PROTECT_HANS: readonly ProtectedPhrase[] = [
  // 被发 (被髮, hair let down) wins over 被 + 发X.
  p('被发明', '被發明'),
  p('被发现', '被發現'),
  p('被发布', '被發佈', { twp: '被發布' }),
  p('被发表', '被發表'),
  p('被发起', '被發起'),
  p('被发放', '被發放'),
  p('被发出', '被發出'),
  p('被发送', '被發送'),
  p('被发射', '被發射'),
  p('被发掘', '被發掘'),
  p('被发展', '被發展'),
  p('被发动', '被發動'),
  p('被发配', '被發配'),
  p('被发生', '被發生'),
  // 了如 (瞭如指掌) wins over 了 + 如何.
  p('了如何', '了如何'),
  p('了如此', '了如此'),
  p('了如下', '了如下'),
  // 参与制 (參與制) wins over 参与 + 制造.
  p('参与制造', '參與製造'),
  p('参与制作', '參與製作'),
  p('参与制订', '參與制訂'),
  p('参与制定', '參與制定'),
  // 头发 (頭髮, hair) wins over 带头/从头/口头 … + 发X; the four-character entries keep the hair.
  ...['展', '言', '起', '表', '话', '现', '放', '力', '挥', '货', '声'].map((x) => p(`头发${x}`, `頭發${trad(x)}`)),
  p('头发布', '頭發佈', { twp: '頭發布' }),
  p('头发现在', '頭髮現在'),
  p('头发表面', '頭髮表面'),
  p('头发放下', '頭髮放下'),
  p('头发起来', '頭髮起來'),
  // 白发 (白髮) wins over 明白/坦白 + 发现.
  p('白发现', '白發現'),
  // 手表 (手錶, watch) wins over 对手/选手/歌手 + 表示.
  ...['示', '现', '达', '明', '演', '态'].map((x) => p(`手表${x}`, `手表${trad(x)}`)),
  p('手表现在', '手錶現在'),
  // 关系 (關係) wins over 相关/有关 + 系统.
  p('关系统', '關系統'),
  // 面条 (麵條, noodles) wins over 下面/上面 + 条件.
  p('面条件', '面條件'),
  p('面条例', '面條例'),
  // 新征 (新徵) wins over 新 + 征程 (a journey, 征).
  p('新征程', '新征程'),
  // Taiwan vocabulary: 发布 (announce) is 發布 in Taiwan; OpenCC's 釋出 is a software release.
  p('发布', '發佈', { twp: '發布' }),
  p('发布会', '發佈會', { twp: '發布會' }),
  // 是只/多只 (是隻, 多隻: a measure word) win over 但是/不是/最多 + 只有/只要 (only).
  ...['是', '多'].flatMap((a) =>
    ['有', '要', '能', '是', '会', '剩', '在', '对', '靠', '讲', '说', '好', '想', '看', '用', '因', '不', '怕', '顾', '管', '听', '需', '得', '把', '给', '跟', '和', '与', '从', '限', '知', '买'].map((b) =>
      p(`${a}只${b}`, `${a}只${trad(b)}`),
    ),
  ),
  // 一出 (一齣, one play) wins over 统一/唯一 + 出台/出现.
  ...['台', '现', '门', '租', '来', '手', '口', '发', '版', '售', '让', '资', '具', '示', '色', '众', '于', '国', '境', '厂', '炉'].map((b) =>
    p(`一出${b}`, `一出${trad(b)}`),
  ),
  // Others found in the corpus: 加注 (加註) in 更加注重, 十几分 in 十几分钟, 长几 (長几, a table) in
  // 增长几倍, 米面 (米麪) in 平方米面积, 和面 (和麪) in 机遇和面临, 这里 + 面包 in 这里面包含, 大冲
  // (大沖) in 很大冲击, 不准 (不準) in 不准入内, 千万 + 里 in 千万里, 想尽 in 想尽快, 中国制 in
  // 中国制度, 括发 (括髮) in 包括发展; and OpenCC's own 合作伙伴 and 百裏挑一.
  p('加注重', '加注重'),
  p('括发', '括發'),
  p('十几分钟', '十幾分鐘'),
  ...['倍', '年', '个', '十', '百', '千', '万', '岁', '天', '次'].map((b) => p(`长几${b}`, `長幾${trad(b)}`)),
  p('米面积', '米面積'),
  ...['试', '对', '临', '向', '积', '貌', '前'].map((b) => p(`和面${b}`, `和面${trad(b)}`)),
  ...['这', '那', '哪', '心', '家', '城', '村', '屋', '手', '眼', '夜', '县', '市', '镇', '省', '店', '园', '国', '水'].map((a) => p(`${a}里面`, `${trad(a)}裏面`)),
  p('大冲击', '大衝擊'),
  p('不准入', '不准入'),
  p('千万里', '千萬里'),
  p('想尽快', '想儘快'),
  p('国制度', '國制度'),
  p('中国制度', '中國制度'),
  p('合作伙伴', '合作夥伴'),
  p('百里挑一', '百里挑一'),
  // Taiwan vocabulary: 数组 (陣列, array) inside 多数/少数 + 组织.
  p('数组织', '數組織'),
  p('数组成', '數組成'),
  p('数组建', '數組建'),
  // Surname 范 before a title (范 alone is otherwise 範). 余 also means "more than" after a
  // number (十余名 → 十餘名), so only titles that never follow a count protect it.
  ...['先生', '女士', '小姐', '老师', '教授', '主任', '书记', '局长', '部长', '市长', '县长', '院长', '校长', '经理', '总', '董', '医生', '律师', '记者', '某', '姓', '家', '氏', '老', '大爷', '大妈', '阿姨', '同学', '师傅'].map((title) =>
    p(`范${title}`, `范${trad(title)}`),
  ),
  ...['先生', '女士', '某', '姓', '氏'].map((title) => p(`余${title}`, `余${trad(title)}`)),
  p('姓范', '姓范'),
  p('姓余', '姓余'),
  p('老范', '老范'),
  p('小范', '小范'),
  p('老余', '老余'),
  p('小余', '小余'),
];

/** Traditional → Simplified (the mainland standard). */
export const PROTECT_HANT: readonly (readonly [hant: string, hans: string])[] = [
  ['甚麼', '什么'],
  ['甚么', '什么'],
  ['為甚麼', '为什么'],
  ['爲甚麼', '为什么'],
  ['計畫', '计划'],
];

/** The few words above, in Traditional (written out: this module must not need the dictionaries). */
function trad(hans: string): string {
  const map: Record<string, string> = {
    台: '臺',
    会: '會',
    对: '對',
    讲: '講',
    说: '說',
    顾: '顧',
    听: '聽',
    给: '給',
    与: '與',
    从: '從',
    买: '買',
    门: '門',
    来: '來',
    发: '發',
    让: '讓',
    资: '資',
    众: '衆',
    于: '於',
    国: '國',
    厂: '廠',
    炉: '爐',
    个: '個',
    万: '萬',
    岁: '歲',
    试: '試',
    临: '臨',
    积: '積',
    这: '這',
    县: '縣',
    镇: '鎮',
    园: '園',
    话: '話',
    现: '現',
    挥: '揮',
    货: '貨',
    声: '聲',
    达: '達',
    态: '態',
    老师: '老師',
    主任: '主任',
    书记: '書記',
    局长: '局長',
    部长: '部長',
    市长: '市長',
    县长: '縣長',
    院长: '院長',
    校长: '校長',
    经理: '經理',
    总: '總',
    医生: '醫生',
    律师: '律師',
    记者: '記者',
    大爷: '大爺',
    大妈: '大媽',
    同学: '同學',
    师傅: '師傅',
  };
  return map[hans] ?? hans;
}
