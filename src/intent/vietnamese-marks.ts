/**
 * fix54b, tuned-autoparts: Vietnamese typed without its marks ("xoa han unit X, ca IAM user luon", "chi phi bedrock
 * cua X thang truoc la bao nhieu?", "co nhung model nao vay bot?", "thoi khong can token nua, cam on"), given its
 * marks back, so that the glossary's Vietnamese (more-languages.ts, keyed with the marks because most unmarked
 * Vietnamese words are English words or names: "can", "cho", "la", "nay") reads it as it reads the marked text.
 * (debt55: the one reader of unmarked Vietnamese; sea-words.ts's glosses of the unmarked words were folded in here and
 * into more-languages.ts: "huy" (hủy, cancel), "ai da tao/huy …" (who made, who cancelled), "tong chi phi", "nam nay",
 * and "key cua X" (whose key) as a mark of the language.)
 *
 * A word or phrase of the table is given its marks only in a message that is Vietnamese typed without marks: one
 * with at least two marks of it, a phrase counting two ("danh sach", "lich su", "giup em", "anh oi") and a word one
 * ("khong", "duoc", "cua", "nhung", "vay"). A name ("ask Nhung", "Thang and Tuan") is in capitals and marks no message.
 * Covered: the verbs of our commands (tạo, xoá, đổi, đổi mới, thay đổi, lấy, cấp, xem, duyệt), their nouns and
 * questions (danh sách, lịch sử, chi phí, chi tiết, bao nhiêu, bao lâu, khi nào, làm sao, thế nào, có … nào),
 * numbers and units of time (một … mười hai, tiếng, giờ, phút, ngày, tuần, tháng, năm), time words (tháng trước,
 * tuần này, hôm qua), negation and take-back (không cần, thôi, khỏi, nữa), politeness (giúp em, cảm ơn, nhé).
 * Never inside a name, an address or a mention; one regex test for a text with none of it.
 */

/** Phrases first (longest first in the alternation), unmarked → marked. */
const PHRASES: Record<string, string> = {
  'danh sach': 'danh sách',
  'lich su': 'lịch sử',
  'chi phi': 'chi phí',
  'chi tiet': 'chi tiết',
  'bao nhieu': 'bao nhiêu',
  'bao lau': 'bao lâu',
  'bao gio': 'bao giờ',
  'khi nao': 'khi nào',
  'luc nao': 'lúc nào',
  'lam sao': 'làm sao',
  'nhu the nao': 'như thế nào',
  'the nao': 'thế nào',
  'tat ca': 'tất cả',
  'toan bo': 'toàn bộ',
  'cam on': 'cảm ơn',
  'het han': 'hết hạn',
  'con han': 'còn hạn',
  'dai han': 'dài hạn',
  'ngan han': 'ngắn hạn',
  'xoa han': 'xoá hẳn',
  'xoa het': 'xoá hết',
  'doi moi': 'đổi mới',
  'thay doi': 'thay đổi',
  'hoat dong': 'hoạt động',
  'so huu': 'sở hữu',
  'quan ly': 'quản lý',
  'phu trach': 'phụ trách',
  'thu hoi': 'thu hồi',
  'go bo': 'gỡ bỏ',
  'liet ke': 'liệt kê',
  'du an': 'dự án',
  'yeu cau': 'yêu cầu',
  'phe duyet': 'phê duyệt',
  'ai duyet': 'ai duyệt',
  'cuoi tuan': 'cuối tuần',
  'thang truoc': 'tháng trước',
  'tuan truoc': 'tuần trước',
  'thang nay': 'tháng này',
  'tuan nay': 'tuần này',
  'hom nay': 'hôm nay',
  'hom qua': 'hôm qua',
  'khong can': 'không cần',
  'bo di': 'bỏ đi',
  // ("nua tieng" is half an hour, "nửa tiếng"; "nua" alone is "nữa", more.)
  'nua tieng': 'nửa tiếng',
  'nua gio': 'nửa giờ',
  'co nhung': 'có những',
  'co cac': 'có các',
  'su dung': 'sử dụng',
  'cong cu': 'công cụ',
  // ("dung" alone is "đừng", don't, before a verb, as more-languages.ts reads it unmarked; "dùng", use, before the bot.)
  'dung bot': 'dùng bot',
  'ko can': 'không cần',
  // (debt55, from sea-words.ts: "ai da tao key cho X" who created X's key, with the verb: "AI da" alone is Arabizi's
  // or Italian's as often; "tong chi phi" the total cost, "nam nay" this year.)
  'ai da tao': 'ai đã tạo',
  'ai da cap': 'ai đã cấp',
  'ai da xoa': 'ai đã xoá',
  'ai da xoay': 'ai đã xoay',
  'ai da doi': 'ai đã đổi',
  'ai da huy': 'ai đã hủy',
  'ai da thu hoi': 'ai đã thu hồi',
  'ai tao': 'ai tạo',
  'ai xoa': 'ai xoá',
  'ai xoay': 'ai xoay',
  'ai doi': 'ai đổi',
  'ai huy': 'ai hủy',
  'tong chi phi': 'tổng chi phí',
  'nam nay': 'năm nay',
};

/** Words, unmarked → marked (the forms more-languages.ts glosses). */
const WORDS: Record<string, string> = {
  xoa: 'xoá',
  tao: 'tạo',
  doi: 'đổi',
  moi: 'mới',
  cu: 'cũ',
  lo: 'lộ',
  bi: 'bị',
  lay: 'lấy',
  cap: 'cấp',
  duyet: 'duyệt',
  minh: 'mình',
  toi: 'tôi',
  giup: 'giúp',
  cua: 'của',
  cac: 'các',
  nhung: 'những',
  de: 'để',
  nhe: 'nhé',
  voi: 'với',
  thoi: 'thôi',
  vay: 'vậy',
  nua: 'nữa',
  can: 'cần',
  tien: 'tiền',
  chua: 'chưa',
  nao: 'nào',
  nay: 'này',
  la: 'là',
  gi: 'gì',
  co: 'có',
  khong: 'không',
  duoc: 'được',
  dang: 'đang',
  muon: 'muốn',
  ca: 'cả',
  luon: 'luôn',
  khoi: 'khỏi',
  oi: 'ơi',
  roi: 'rồi',
  neu: 'nếu',
  ben: 'bên',
  tieng: 'tiếng',
  gio: 'giờ',
  phut: 'phút',
  ngay: 'ngày',
  tuan: 'tuần',
  thang: 'tháng',
  nam: 'năm',
  truoc: 'trước',
  ruoi: 'rưỡi',
  ko: 'không',
  lam: 'làm',
  // (debt55, from sea-words.ts: "huy key cua X", cancel: revoke.)
  huy: 'hủy',
};

/** Number words before a unit of time ("ba tieng", "sau thang": three hours, six months); "sau" alone is after. */
const NUMBERS: Record<string, string> = {
  mot: 'một',
  hai: 'hai',
  ba: 'ba',
  bon: 'bốn',
  nam: 'năm',
  sau: 'sáu',
  bay: 'bảy',
  tam: 'tám',
  chin: 'chín',
  muoi: 'mười',
  'muoi mot': 'mười một',
  'muoi hai': 'mười hai',
};

/** Words that mark the message (one each); the phrases above and a call with "ơi" mark it twice. */
const MARK_WORDS = 'khong|duoc|giup|cua|nhung|nhe|nha|vay|nua|muon|xoa|luon|khoi|tieng|ngay|thang|tuan';
const CALL = String.raw`(?:anh|chi|em|ban|bot|ad|admin)\s+oi|oi\s+(?:anh|chi|em|ban|bot|ad)|(?:cho|giup)\s+(?:em|minh|toi|tui|anh|chi)`;
/** (debt55, from sea-words.ts: whose key, "doi key cua X", "huy token cua X": as Vietnamese as a phrase, marks it twice.) */
const OF_OURS = String.raw`(?:keys?|tokens?|units?)\s+cua`;
const PHRASE_SOURCE = Object.keys(PHRASES)
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/ /g, String.raw`\s+`))
  .join('|');
/** Not inside a name, an address or a path, as surface.ts's words. */
const B = String.raw`(?<![\p{L}\p{N}_@.\-/'’])`;
const E = String.raw`(?![\p{L}\p{N}_@\-/])`;
/** The cheap test: a text with none of these has nothing to mark. */
export const VI_UNMARKED_GATE = new RegExp(
  String.raw`\b(?:${MARK_WORDS}|${CALL}|${OF_OURS}|${PHRASE_SOURCE})\b`,
  'i',
);
const MARKS_RE = new RegExp(`${B}(${CALL}|${OF_OURS}|${PHRASE_SOURCE})${E}|${B}(${MARK_WORDS})${E}`, 'giu');
/** "AI" in capitals is the artificial one ("AI da usare", "the AI doi…"): no "ai" (who) of a phrase. */
const AI_CAPS = /^AI\s/;
/** A phrase, or else a word: one pass, so a phrase given its marks is not read again word by word ("hôm nay"). */
const PHRASE_OR_WORD_RE = new RegExp(
  `${B}(?:${PHRASE_SOURCE})${E}|${B}(?:${Object.keys(WORDS).join('|')})${E}`,
  'giu',
);
const NUMBER_RE = new RegExp(
  String.raw`${B}(muoi\s+(?:mot|hai)|mot|bon|nam|sau|bay|tam|chin|muoi)(?=\s+(?:tieng|gio|phut|ngay|tuan|thang|nam)${E})`,
  'giu',
);
/** A word already marked: a message typed with the marks is left to the glossary as it is. */
const MARKED_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/** Where a sentence starts: the text's start, or after a stop, a line break or a mention. */
const SENTENCE_START = /(?:^|[.!?\n:>])\s*$/;

/** The message typed without marks read with them (as it was when it is no such message). */
export function vietnameseMarks(s: string): string {
  if (MARKED_LETTER.test(s)) return s;
  let weight = 0;
  const seen = new Set<string>();
  for (const m of s.matchAll(MARKS_RE)) {
    // (A word in capitals inside a sentence is a name, "Can Thang and Tuan get a token?": no mark of the language.)
    if (m[2] !== undefined && /^\p{Lu}/u.test(m[2]) && !SENTENCE_START.test(s.slice(0, m.index))) continue;
    if (m[1] !== undefined && AI_CAPS.test(m[1])) continue;
    const word = (m[1] ?? m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(word)) continue;
    seen.add(word);
    weight += m[1] !== undefined ? 2 : 1;
    if (weight >= 2) break;
  }
  if (weight < 2) return s;
  return s
    .replace(NUMBER_RE, (m) => NUMBERS[m.toLowerCase().replace(/\s+/g, ' ')] ?? m)
    .replace(PHRASE_OR_WORD_RE, (m) => {
      const key = m.toLowerCase().replace(/\s+/g, ' ');
      return AI_CAPS.test(m) ? m : (PHRASES[key] ?? WORDS[key] ?? m);
    });
}
