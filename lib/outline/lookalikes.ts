/**
 * Short lines that look like headings and are not: photo captions, image placeholders, metadata
 * and byline lines, attachment labels, editor's notes, and lines that end a sentence.
 * Each test reads one line of text (whitespace already collapsed).
 */

/** Closing quotes that may follow a line's last real character (`……他说。”`). */
const TRAILING_QUOTES = /[”’"'」』》〉\s]+$/;

/** The line's last character after closing quotes, or ''. */
function lastChar(text: string): string {
  const t = text.replace(TRAILING_QUOTES, '');
  return t ? [...t].at(-1)! : '';
}

/** Ends a sentence or a clause: 。！；， 、 ： … (a question mark is checked separately). */
export function endsClause(text: string): boolean {
  return /[。．.！!；;，,、：:…]/.test(lastChar(text)) || /\.\.\.$|⋯$/.test(text);
}

/** Ends with a question mark (question headings are common in policy explainers, 政策解读). */
export function endsQuestion(text: string): boolean {
  return /[？?]/.test(lastChar(text));
}

/** Photo captions: `▲陈文森 摄`, `图为……`, `（资料图）`, `新华社记者 李四 摄`, `图片来源：……`. */
export function isCaption(text: string): boolean {
  return (
    /^[▲△▼▽↑↓◆◇●○■□★☆※]/.test(text) ||
    /(摄|攝)影?[）)]?$/.test(text) ||
    /(供图|供圖|图源|圖源|资料图|資料圖|资料照片|資料照片|视觉中国|視覺中國)[）)]?$/.test(text) ||
    /^[（(]?(图|圖)\s*\d*\s*[为為：:]/.test(text) ||
    /^(图片|圖片|图源|圖源|配图|配圖)(来源|來源|来自|來自)?\s*[：:]/.test(text) ||
    /^[（(](图|圖|图片|圖片|资料图|資料圖|视频|視頻)[）)]$/.test(text)
  );
}

/** Image and video placeholders a CMS leaves as text: `图片`, `[图片]`, `点击播放`. */
export function isPlaceholder(text: string): boolean {
  return /^[[【（(]?(图片|圖片|图|圖|image|img|photo|picture|视频|視頻|点击播放|點擊播放|点击查看大图|點擊查看大圖)[\]】）)]?$/i.test(text);
}

const META_LABELS =
  '来源|來源|信息来源|信息來源|稿源|发布时间|發布時間|发布日期|發布日期|更新时间|更新時間|时间|時間|日期|作者|编辑|編輯|责任编辑|責任編輯|责编|責編|' +
  '校对|校對|审核|審核|审校|審校|记者|記者|通讯员|通訊員|摄影|攝影|字号|字號|浏览次数|瀏覽次數|浏览|瀏覽|阅读|閱讀|阅读量|閱讀量|点击|點擊|' +
  '索引号|索引號|发文机关|發文機關|发文字号|發文字號|主题分类|主題分類|成文日期|文号|文號|分享到|分享|打印|关闭|關閉|联系电话|聯繫電話|电话|電話|' +
  '传真|傳真|邮箱|郵箱|地址|邮编|郵編|联系人|聯繫人|网址|網址|主办|主辦|承办|承辦|协办|協辦|版权所有|版權所有|GPS';

const META_LINE = new RegExp(`^(${META_LABELS})\\s*[：:]`);

/** Metadata lines: `来源：……`, `发布时间：2023-01-17`, a bare date, `字号：大 中 小`. */
export function isMetadata(text: string): boolean {
  return (
    META_LINE.test(text) ||
    /(来源|來源|作者|编辑|編輯|发布时间|發布時間|发布日期|發布日期|浏览次数|瀏覽次數)\s*[：:]/.test(text) ||
    /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s*\d{1,2}[:：]\d{2}([:：]\d{2})?)?$/.test(text) ||
    /^[（(]?\s*\d{4}年\d{1,2}月\d{1,2}日\s*[）)]?$/.test(text) ||
    // A date followed by a name or a weekday: `2003-7-24 钱江晚报`, `2023年1月17日 星期二`.
    /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\S{1,12}$/.test(text) ||
    /https?:\/\/|www\.|@\w/.test(text) ||
    // A document number (发文字号): `国办发〔2023〕12号`.
    /^[\p{Script=Han}]{1,12}\s*[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号$/u.test(text)
  );
}

const REPORTER = /^(本报|本報|新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视网|央視網|光明网|光明網|央广网|央廣網)?(特约|特約|实习|實習|见习|見習)?(记者|記者|通讯员|通訊員|实习生|實習生|撰稿人|撰稿)([\s:：]*)(.*)$/;

/**
 * `本报记者 张三 李四`, `记者：王五`, `通讯员 赵六 摄`: a reporter label followed only by names
 * (`记者走访发现` is not one: four characters straight after the label read as words).
 */
function isReporterLine(text: string): boolean {
  const m = REPORTER.exec(text);
  if (!m) return false;
  const names = m[5]!.replace(/\s*(报道|報導|报导|摄|攝)$/, '').split(/[\s、,，/／|｜]+/).filter(Boolean);
  if (!names.length || !names.every((n) => /^[\p{Script=Han}·]{2,4}$/u.test(n))) return false;
  return Boolean(m[1]) || Boolean(m[4]) || names.length > 1 || [...names[0]!].length <= 3;
}

/** Bylines and datelines: `本报记者 张三`, `文/李四`, `新华社北京1月17日电`, `——记……`, `（完）`. */
export function isByline(text: string): boolean {
  return (
    isReporterLine(text) ||
    /^(文|图|圖|文图|文圖|撰文|文字|摄影|攝影|图文|圖文|作者|出品|策划|策劃|监制|監製|制作|製作|编辑|編輯|统筹|統籌)\s*[/／|｜丨︱]/.test(text) ||
    /^(本报讯|本報訊|新华社|新華社|中新社|中新网|中新網).{0,20}(电|電|讯|訊)/.test(text) ||
    /^(——|--|──)/.test(text) ||
    /^[（(【[]\s*(完|记者|記者|编辑|編輯|责任编辑|責任編輯|来源|來源|作者|通讯员|通訊員)[^）)】\]]*[）)】\]]$/.test(text)
  );
}

/** Attachment labels and files: `附件：`, `附件1`, `==附件下载==`, `关于……的通知.docx`. */
export function isAttachment(text: string): boolean {
  return (
    /^[=＝【[\s]*(附件|附表|附图|附圖|相关附件|相關附件|相关文件|相關文件|附\s*[：:]|附件下载|附件下載)/.test(text) ||
    /\.(docx?|xlsx?|pptx?|pdf|zip|rar|7z|wps|ofd|txt)\s*[)）]?$/i.test(text)
  );
}

/** Editor's notes, notes and page furniture: `编者按：`, `注：`, `返回顶部`, `【纠错】`. */
export function isFurniture(text: string): boolean {
  return (
    /^[【[]?(编者按|編者按|编者的话|編者的話|按语|按語|导读|導讀|摘要|提要|注|备注|備注|備註|说明|說明|核心提示|延伸阅读|延伸閱讀|相关阅读|相關閱讀|相关新闻|相關新聞|相关链接|相關鏈接)[】\]]?\s*[：:]?$/.test(text) ||
    /^(长按|長按|扫码|掃碼|扫描|掃描).{0,8}(二维码|二維碼|关注|關注)|^(点击|點擊)?(关注|關注)我们|^(关注|關注)(我们|我們)$/.test(text) ||
    /^(编者按|編者按|按语|按語|导读|導讀|核心提示|注|备注|備註)\s*[：:]/.test(text) ||
    /^[【[]?(纠错|糾錯|打印|关闭|關閉|返回顶部|返回頂部|分享|收藏|扫一扫|掃一掃|扫码|掃碼|上一篇|下一篇|发表评论|發表評論|网友评论|網友評論|我要评论|我要評論)/.test(text) ||
    // Fill-in blanks of an exercise or a form: `要______主的___`.
    /_{3,}|＿{2,}/.test(text)
  );
}

/** Letters and ideographs in the line (digits, punctuation and symbols do not count). */
export function wordChars(text: string): number {
  return (text.match(/[\p{L}]/gu) ?? []).length;
}

/** Why a line cannot be a heading, or null when nothing rules it out. */
export function lookalikeReason(text: string): string | null {
  if (wordChars(text) < 2) return 'no words';
  if (isPlaceholder(text)) return 'placeholder';
  if (isCaption(text)) return 'caption';
  if (isMetadata(text)) return 'metadata';
  if (isByline(text)) return 'byline';
  if (isAttachment(text)) return 'attachment';
  if (isFurniture(text)) return 'furniture';
  return null;
}
