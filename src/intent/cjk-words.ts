/**
 * A request written in Japanese or Chinese (round twenty-eight): "トークンを2時間お願いします", "ユニット一覧を
 *見せてください", "ローテーションお願いします: archive-search のキー", "您好，请给我一个 token，4小时，谢谢".
 *
 * The parser reads English; these scripts have no spaces, so surface.ts's word glossary cannot see their words.
 * This reads such a message into English words, the way its writer ordered them ("token 2 hours please", "unit
 * list show please"), which the parser reads as it reads terse English. It does so only when every word of the
 * message in those scripts is one it knows (our words, politeness, particles, a number of hours or days): a
 * message with any other word ("我明天请假, token 的事情找小王", "トークンの件は田中さんに聞いてください",
 * "キーを作らないでください", "明日ローテーションする予定です") is left as it is, and parse-request.ts's guard for a
 * message mostly in a script it does not read keeps it from being acted on. So a story, a request put to a
 * colleague, a refusal or a plan in these languages is never read as a request by this module.
 */

import { tidyEnglish } from './tidy-english.js';

/** Any letter of the scripts read here: a cheap look before anything else. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/** Chinese and Japanese numerals before an hour or a day ("两个小时", "三時間"). */
const NUMERALS: Record<string, string> = {
  一: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  十: '10',
  十二: '12',
};

/**
 * A count of hours, minutes or days: "2時間", "4小时", "两个小时", "90日", "30 天", "30分"; and half an hour more
 * after hours (fix37b, tuned-aerospace: "1時間半", "一个半小时" an hour and a half).
 */
const COUNT_RE =
  /(?<!\d)(\d+|十二|[一二两三四五六七八九十])\s*(?:[个個]\s*)?(半\s*(?=小时|小時|钟头|鐘頭))?(時間|小时|小時|钟头|鐘頭|分間|分钟|分鐘|分|日間|日|天|週間|周|星期|个月|個月|ヶ月|か月)(半)?/g;
const COUNT_UNIT: Record<string, string> = {
  時間: 'hours',
  小时: 'hours',
  小時: 'hours',
  分間: 'minutes',
  分钟: 'minutes',
  分鐘: 'minutes',
  分: 'minutes',
  日間: 'days',
  日: 'days',
  天: 'days',
  週間: 'weeks',
  周: 'weeks',
  星期: 'weeks',
  钟头: 'hours',
  鐘頭: 'hours',
  个月: 'months',
  個月: 'months',
  ヶ月: 'months',
  か月: 'months',
};

/**
 * Words → English, the longer first where one holds another. An empty gloss is a particle or a greeting
 * the parser needs no word for.
 */
const WORDS: Record<string, string> = {
  // ours
  トークン: 'token',
  令牌: 'token',
  アクセスキー: 'access key',
  キー: 'key',
  密钥: 'key',
  秘钥: 'key',
  ローテーション: 'rotate',
  ローテート: 'rotate',
  轮换: 'rotate',
  無効化: 'revoke',
  失効: 'revoke',
  撤销: 'revoke',
  吊销: 'revoke',
  削除: 'delete',
  删除: 'delete',
  作成: 'create',
  作って: 'create',
  创建: 'create',
  創建: 'create',
  生成: 'create',
  建: 'create',
  発行: 'issue',
  ユニット: 'unit',
  一覧: 'list',
  列表: 'list',
  モデル: 'models',
  模型: 'models',
  リージョン: 'region',
  区域: 'region',
  オーナー: 'owner',
  所有者: 'owner',
  负责人: 'owner',
  負責人: 'owner',
  有効期限: 'expiry',
  有效期: 'expiry',
  期限: 'expiry',
  使える: 'available',
  使え: 'available',
  可用: 'available',
  // fix37b, tuned-aerospace: a unit's list, history, cost and a credential's limits asked in Japanese
  // ("自分のユニット一覧を見せて", "先月のarchive-searchの履歴", "今月の利用料金はいくらですか", "トークンの最大有効期間は？").
  自分: 'my',
  ユニット一覧: 'units list',
  履歴: 'history',
  先月: 'last month',
  今月: 'this month',
  利用料金: 'cost',
  料金: 'cost',
  いくら: 'how much',
  完全に: 'completely',
  最大: 'maximum',
  有効期間: 'lifetime',
  違い: 'difference',
  何: 'what',
  だけ: 'only',
  させて: '',
  と: 'and',
  // fix38c, tuned-pension: a key for a unit and its kind, one's own units, a unit's key details, the models
  // available, a key made invalid and how many hours at most, asked in Japanese ("tokyo-research 用の長期キーを作成",
  // "私のユニット一覧", "キー情報を教えて", "利用可能なモデル", "アクセスキーを無効にして", "最大有効期間は何時間ですか").
  用の: 'for',
  長期: 'long-term',
  私の: 'my',
  情報: 'details',
  利用可能な: 'available',
  利用可能: 'available',
  無効に: 'revoke',
  何時間: 'how many hours',
  // places (an AWS Region's city)
  東京: 'tokyo',
  东京: 'tokyo',
  大阪: 'osaka',
  ソウル: 'seoul',
  首尔: 'seoul',
  シンガポール: 'singapore',
  新加坡: 'singapore',
  シドニー: 'sydney',
  悉尼: 'sydney',
  香港: 'hong kong',
  台北: 'taipei',
  ムンバイ: 'mumbai',
  孟买: 'mumbai',
  フランクフルト: 'frankfurt',
  法兰克福: 'frankfurt',
  // asking, politeness
  お願いします: 'please',
  お願い: 'please',
  ください: 'please',
  下さい: 'please',
  请: 'please',
  麻烦: 'please',
  見せて: 'show',
  表示して: 'show',
  教えて: 'tell me',
  必要です: 'need',
  必要: 'need',
  需要: 'need',
  欲しい: 'want',
  给我: 'give me',
  给: 'for',
  为: 'for',
  為: 'for',
  帮我: '',
  帮: 'for',
  我们: 'we',
  我: 'i',
  私: 'i',
  一个: 'a',
  一個: 'a',
  一つ: 'a',
  ありがとうございます: 'thanks',
  ありがとう: 'thanks',
  谢谢: 'thanks',
  感谢: 'thanks',
  多谢: 'thanks',
  お疲れ様です: '',
  すみません: '',
  こんにちは: '',
  您好: '',
  你好: '',
  // particles and endings
  ですか: '?',
  できますか: '?',
  ますか: '?',
  吗: '?',
  してください: 'please',
  して: '',
  します: '',
  です: '',
  ます: '',
  は: '',
  を: '',
  の: '',
  で: '',
  が: '',
  に: '',
  へ: '',
  的: '',
  是: '',
  个: '',
};

const WORDS_RE = new RegExp(
  `(?=[${[...new Set(Object.keys(WORDS).map((w) => w[0]))].join('')}])(?:${Object.keys(WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
  'g',
);

/** Japanese and Chinese stops and commas. */
const STOPS_RE = /[。．]|[、，]/g;

/**
 * The message read into English words when it has Japanese or Chinese and every word of it in those scripts
 * is known; null when it has none, or a word this does not know (then it is left as written).
 */
export function cjkAsEnglish(text: string): string | null {
  if (!CJK.test(text)) return null;
  let out = text.replace(STOPS_RE, (s) => (s === '。' || s === '．' ? '. ' : ', ')).normalize('NFKC');
  out = out.replace(
    COUNT_RE,
    (_m, n: string, before: string | undefined, unit: string, after: string | undefined) => {
      const whole = NUMERALS[n] ?? n;
      const half = (before !== undefined || after !== undefined) && COUNT_UNIT[unit] === 'hours';
      return ` ${half ? `${whole}.5` : whole} ${COUNT_UNIT[unit]} `;
    },
  );
  let copula = false;
  let asked = false;
  let askedFor = false;
  out = out.replace(WORDS_RE, (w) => {
    if (COPULAS.has(w)) copula = true;
    if (QUESTION_ENDINGS.has(w)) asked = true;
    if (ASKING.has(WORDS[w] as string)) askedFor = true;
    const en = WORDS[w] as string;
    return en === '' ? ' ' : ` ${en} `;
  });
  if (CJK.test(out)) return null;
  const english = tidyEnglish(out);
  // (review28: "トークンは2時間ですか", "令牌是4小时吗" ask whether a token is two or four hours, no request: the
  // topic or "is" with the question's ending reads as English "is token 2 hours?", not "token 2 hours?", which asks
  // for one. Without the ending and with no word that asks, "トークンは2時間です", "令牌是4小时" tell what a token
  // is: left as written, as a message with a word this does not know.)
  // (fix37b, tuned-aerospace: "トークンの最大有効期間は？" asks with its question mark alone, no ending.)
  if (copula && (asked || QUESTION_MARK.test(text))) return `is ${english}`;
  return copula && !askedFor ? null : verbFirst(english);
}

/**
 * fix37b, tuned-aerospace: the verb that asks to see, last as Japanese puts it ("先月のarchive-searchの履歴を見せて",
 * "last month archive-search history show"), put first as English does ("show last month archive-search history"):
 * read last, "history show" is a history told.
 */
const SHOWN_LAST = /^(.+?)\s+(show|tell me)((?:\s+please)?\s*[?.!]*)$/;
const verbFirst = (english: string): string => english.replace(SHOWN_LAST, '$2 $1$3');

/** Glosses that ask for something: "お願いします", "ください", "请", "给我", "必要", "見せて". */
const ASKING = new Set(['please', 'need', 'want', 'give me', 'show', 'tell me']);

/** "は" (the topic) and "是" (is): with a question's ending, what is asked is whether something is so. */
const COPULAS = new Set(['は', '是']);
/** A question mark ending the message, full-width or not. */
const QUESTION_MARK = /[?？]\s*$/;
/** The endings that ask: "ですか", "ますか", "吗". */
const QUESTION_ENDINGS = new Set(['ですか', 'できますか', 'ますか', '吗']);
