/**
 * Spam vocabulary, written by the team: terms that practically never occur in legitimate
 * government or news text. Generic words that public lists contain (企业, 娱乐, 成人, 赛车,
 * 福利, 彩票) are deliberately absent: they appear in real articles (福利彩票, 成人教育).
 * A match is evidence, never a verdict on its own.
 */
import { squeezeText } from './normalize';

export type SpamCategory = 'porn' | 'gambling' | 'fraud';

interface Term {
  term: string;
  category: SpamCategory;
  weight: number;
}

const RAW: Record<SpamCategory, string> = {
  porn: '无码 無碼 有码 人妻 午夜福利 福利视频 福利視頻 成人视频 成人視頻 成人网站 成人網站 av专区 av專區 一区二区 一區二區 二区三区 二區三區 精品视频 精品視頻 国产精品 國產精品 亚洲精品 亞洲精品 日韩 日韓 欧美在线 歐美在線 在线观看 在線觀看 偷拍 自拍偷拍 乱伦 亂倫 熟妇 熟婦 少妇 少婦 色欲 激情视频 激情視頻 黄色视频 黃色視頻 污黄 av一级 av一級 91porn porny 18sex 免费视频 免費視頻 伦理片 倫理片 三级片 三級片 巨乳 乱码 亂碼 蜜桃视频 麻豆 久久精品 永久视频 永久視頻 视频不卡 視頻不卡',
  gambling: '百家乐 百家樂 博彩 赌场 賭場 赌博 賭博 六合彩 时时彩 時時彩 北京赛车pk10 北京賽車pk10 pk10 幸运飞艇 幸運飛艇 快3 真人娱乐 真人娛樂 娱乐城 娛樂城 棋牌 牛牛 抢庄 搶莊 捕鱼 捕魚 老虎机 老虎機 彩票平台 足球投注 体育投注 體育投注 世界杯外围 世界盃外圍 外围网站 外圍網站 皇冠体育 皇冠體育 必威 betway bet365 beplay 开元棋牌 開元棋牌 澳门赌场 澳門賭場 澳门新葡京 澳門新葡京 葡京 威尼斯人 金沙娱乐 金沙娛樂 盘口 盤口 全讯网 全訊網 博彩通',
  fraud: '代开发票 代開發票 办证 辦證 刷单 刷單 套现 套現 裸聊 私服 外挂 外掛 代孕',
};

const WEIGHTS: Record<SpamCategory, number> = { porn: 1, gambling: 1, fraud: 0.8 };

export const TERMS: readonly Term[] = Object.entries(RAW).flatMap(([category, list]) =>
  list.split(' ').map((term) => ({ term: squeezeText(term), category: category as SpamCategory, weight: WEIGHTS[category as SpamCategory] })),
);

export interface LexiconMatch {
  /** Sum of the weights of the distinct terms found. */
  score: number;
  terms: string[];
  categories: SpamCategory[];
}

/** Distinct spam terms found in `text` after normalisation (zero-width, full-width, separators). */
export function matchLexicon(text: string): LexiconMatch {
  const squeezed = squeezeText(text);
  const terms: string[] = [];
  const categories = new Set<SpamCategory>();
  let score = 0;
  for (const t of TERMS) {
    if (squeezed.includes(t.term) && !terms.includes(t.term)) {
      terms.push(t.term);
      categories.add(t.category);
      score += t.weight;
    }
  }
  return { score, terms, categories: [...categories] };
}
