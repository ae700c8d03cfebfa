/**
 * The text of page furniture on Chinese government and news sites (field notes §1): breadcrumbs,
 * font-size switches, print/close links, share bars, footers, related-link headings, copyright
 * notices, pagination, metadata lines. Simplified and Traditional forms. Pure string tests,
 * shared by the pre-scoring boilerplate pass and the trimming of the article's edges.
 */

/** `当前位置：首页 > 新闻` and friends; also a bare `首页 > …` trail. */
export const BREADCRUMB = /^(?:您?(?:当前|現在|现在|目前)?(?:所在)?(?:的)?位置|當前位置|当前页面|首页\s*[>＞»→›]|首頁\s*[>＞»→›])/;

/** `字号：大 中 小`, `【字体：大 中 小】`, `字體 [大] [中] [小]`. */
export const FONT_SIZE = /(?:字号|字號|字体|字體)\s*[:：]?\s*[[【(（]?\s*大\s*[\]】)）]?\s*[[【(（]?\s*中\s*[\]】)）]?\s*[[【(（]?\s*小/;

/** Print, close, back-to-top and favourite links. */
export const PAGE_TOOLS = /打印本页|打印此页|打印本頁|打印文章|打印页面|【打印】|\[打印\]|关闭窗口|關閉窗口|关闭本页|關閉視窗|【关闭】|\[关闭\]|返回顶部|返回頂部|加入收藏|【收藏】/;

/** Share bars and QR-code prompts. */
export const SHARE = /^(?:分享到|分享至|分享：|分享:|一键分享|扫一扫在手机|掃一掃在手機|扫一扫分享|用手机扫描|微信扫一扫(?:分享|关注)|手机扫描二维码(?:阅读|打开|分享))/;

/**
 * Site footers: identification code, ICP and public-security filing, copyright line. (主办 / 承办
 * lines alone are not enough: event notices print them as content.)
 */
export const FOOTER = /网站标识码|網站標識碼|ICP\s*备|ICP\s*備|ICP证|公网安备|公網安備|版权所有|版權所有|Copyright|©/i;

/** Headings of related-content blocks that follow an article. */
export const RELATED_HEADING = /^(?:相关链接|相關鏈接|相關連結|相关新闻|相關新聞|相关文章|相關文章|相关阅读|相關閱讀|相关报道|相關報導|相关稿件|相关专题|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热点推荐|熱點推薦|精彩推荐|精彩推薦|猜你喜欢|猜你喜歡|更多精彩|热门文章|熱門文章|最新文章|图片新闻|網友評論|网友评论|相关评论|发表评论|發表評論|我来说两句|精彩回顾|热点专题|消费热点|为你推荐|為你推薦|今日推荐|今日推薦|编辑推荐|編輯推薦|相关推荐|相關推薦|热门推荐|熱門推薦|更多推荐|更多推薦)\s*[:：]?/;

/** Headers of copyright / reposting notices appended to articles. */
export const COPYRIGHT_NOTICE = /^[【[（(]?\s*(?:反侵权公告|版权声明|版權聲明|转载声明|轉載聲明|版权所有[，,]|(?:免责声明|免責聲明|郑重声明|鄭重聲明|特别声明|特別聲明|声明|聲明)(?=.{0,80}(?:转载|轉載|版权|版權|著作权|著作權|授权|授權|侵权|侵權|平台|自媒体|自媒體|观点|觀點|立场|立場|仅供参考|僅供參考|投资建议|投資建議|不构成|不構成|风险自担|風險自擔)))/;

/** Headers of user agreements and privacy notices that some (mobile) pages carry below the article. */
export const AGREEMENT_NOTICE = /^[【[《]?\s*(?:用户服务协议|用戶服務協議|用户协议|用戶協議|服务协议|服務協議|隐私政策|隱私政策|私隱政策|隐私保护政策|隱私保護政策|隐私权政策|隱私權政策|服务条款|服務條款|使用条款|使用條款)/;

/** Previous/next article links and pagination. */
export const PAGER = /^(?:上一篇|下一篇|上一條|下一條|上一条|下一条)\s*[:：]|第\s*\d+\s*页\s*[/／]\s*共\s*\d+\s*页|共\s*\d+\s*页.{0,20}(?:首页|上一页|下一页|尾页)|<<\s*上一页|上一页\s*[|｜]?\s*下一页|^\[?上一篇\]?\s*\[?下一篇\]?$/;

/** Reposting notes and end marks after an article: `转载请注明出处`, `- THE END -`, `（完）` alone. */
export const REPRINT_LINE = /转载请注明|轉載請註明|转载请联系|轉載請聯繫|未经授权|未經授權|不得转载|不得轉載|如有侵权|如有侵權|^[-—\s]*(?:the\s+)?end[-—\s]*$|^[(（]完[)）]$/i;

/** The site's own app promotion after an article: `现在用APP看新闻 点我下载APP`, `打开客户端阅读`. */
export const APP_PROMO = /(?:下载|下載|打开|打開)\s*\S{0,8}?\s*(?:app|客户端|客戶端)/i;

/** Keyword and tag lines after an article: `标签：…`, `20190926|国贸|增长率|全球经济`. */
export const TAG_LINE = /^(?:标签|標籤|关键词|關鍵詞|关键字|關鍵字|tags?)\s*[:：]|^(?:[^|｜\s]{1,10}\s*[|｜]\s*){2,}[^|｜\s]{1,10}$/i;

/** A line that only tells where to go back to (`返回目录`, `返回列表`). */
export const BACK_LINK = /^(?:返回|返)(?:目录|列表|首页|上页|顶部)|^【?返回】?$/;

/** Label of the editor in charge: `责任编辑：…`, `(责编：…)`, `[编辑：…]`. */
export const EDITOR_LINE = /^[【[（(]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|终审|終審|初审|初審|复审|複審)\s*[:：]/;

/** Labels of article metadata (a line with one of them under a title is metadata). */
const META_LABELS =
  '来源|來源|信息来源|稿源|出处|作者|记者|記者|撰稿|通讯员|通訊員|发布单位|發布單位|发布机构|發布機構|发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|发稿时间|发表日期|發表日期|發佈日期|更新时间|更新時間|更新日期|修改日期|点击|點擊|浏览|瀏覽|阅读|閱讀|访问量|次数|字号|字號|责任编辑|責任編輯';

/** A metadata line: source, time, author, views, reads. */
export const META_LINE = new RegExp(
  `(?:${META_LABELS})\\s*[:：]|(?:发布时间|發布時間|发表时间|發表時間|发布日期|更新时间|发稿时间)\\s*\\d|(?:^|\\s)(?:发布于|發佈於|发表于|發表於|浏览量|阅读量|阅读数|点击数|点击量)|\\d{1,2}[:：]\\d{2}\\s*(?:更新|发布|發布)`,
);

/** A generic `时间：` / `日期：` label: metadata only when nothing but a date follows it. */
export const GENERIC_DATE_LABEL = /^[\s[【(（]*(?:时间|時間|日期)\s*[:：]\s*(.*)$/;

/** A source line: `来源：新闻晨报`, `转自《北京科技报》`, `本文来源：…`. */
export const SOURCE_LINE = /^[【[（(]?\s*(?:来源|來源|稿源|信息来源|信息來源|文章来源|文章來源|本文来源|新闻来源|转自|轉自|转载自|轉載自|摘自|出处)\s*[:：]?/;

/** Blog and forum furniture after a post: trackbacks, read and comment counters. */
export const POST_FOOTER = /已有\s*\d+\s*(?:条|條|件|篇)?\s*(?:评论|評論)|\d+\s*(?:条|條|件)(?:评论|評論)|trackback|已被阅读\s*\d+\s*次|阅读\s*[(（:：]\s*\d+|评论\s*[(（:：]\s*\d+|发表于\s*\d{4}|posted\s+(?:by|at|on|in)\b|本文通告引用|永久链接|permalink/i;

/** A line that is only a date and/or time (a dateline). */
export const DATE_ONLY = /^[\s[(（【]*(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}月\d{1,2}日)(?:\s*(?:星期|周|週)[一二三四五六日天])?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?(?:\s*(?:更新|发布|發布|來源|来源)?)?[\s\])）】]*$/;

/** An English dateline (blogs): `Saturday, September 10th, 2005 10:56 am`. */
export const EN_DATE = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?$/i;

/** A dateline followed by the outlet: `2003-7-24 钱江晚报`. */
export const DATE_LEAD = /^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*[^\s。，！？]{0,16}$/;

/** Player and reading-time widgets: `音频 04:29`, `7 分钟`. */
export const MEDIA_META = /^(?:音频|视频|音頻|視頻|播放|时长|時長)?\s*\d{1,2}:\d{2}(?::\d{2})?$|^(?:约|約|阅读|閱讀|阅读时长|閱讀時長)?\s*\d+\s*(?:分钟|分鐘)$/;

/** An item of a related-links list: `·蔡依林热舞 (2005-04-27 18:03PM)`. */
export const DATED_ITEM = /^[·•●■□◆▪○◇]\s*.{2,60}[(（\s]\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;

/** A byline on its own: `本报记者 王某 李某`, `文/王某`, `文：王某`, `记者 王某 摄`. */
export const BYLINE_LINE = /^[(（【[]?\s*(?:(?:本报|本報|本网|本網|新华社|新華社|中新网|中新網|光明日报|人民日报|[\p{Script=Han}]{2,8})?(?:记者|記者|通讯员|通訊員|特约记者|实习生|實習生)|文\s*[/／:：]|图\s*[/／:：]|圖\s*[/／:：]|作者\s*[:：]|撰文\s*[:：]|摄影\s*[:：])/u;

/** A column tag on its own line: `【新春走基层】`, `[头条]`. */
export const COLUMN_TAG = /^[【[][^】\]]{2,12}[】\]]$/;

/** Sentence-ending punctuation: a line with it is prose, not furniture. */
export const SENTENCE_END = /[。！？!?]/;

/** Links to documents (attachments are article content, not boilerplate). */
export const FILE_LINK = /\.(?:pdf|docx?|xlsx?|pptx?|wps|et|ofd|zip|rar|7z|txt|csv|ceb|tif)(?:$|[?#])/i;
