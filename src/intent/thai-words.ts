/**
 * fix46g, tuned-styles-sea: counts of time and the periods in Thai, in a message that mixes Thai with our English words
 * ("ขอ token 2 ชั่วโมง หน่อยครับ", a token for 2 hours please; "ขอโทเคน ๔ ชั่วโมงครับ"; "สามชั่วโมง", three hours; "3
 * ชม.", 3 hrs; "ครึ่งชั่วโมง", half an hour; "หมดอายุ ๙๐ วัน", expires in 90 days; "เดือนที่แล้ว", last month; "30
 * วันที่ผ่านมา", the last 30 days; "4 ชม. เอ้ย 5 ชม.", 4 hrs, oops, 5): read into English words in place, where
 * surface.ts's units after a number do not see them (Thai runs its words together, "12 ชั่วโมงค่ะ"). Thai digits are
 * read as ASCII. Our commands and what is asked about, said in Thai around our English nouns, are read the same way
 * (PHRASES below). Everything else in Thai is left as written.
 */

/** The words of a Thai count or period, or our nouns in Thai (surface.ts's step looks for one before anything else). */
export const THAI_COUNT_WORDS = [
  'ชั่วโมง',
  'ชม',
  'นาที',
  'วัน',
  'สัปดาห์',
  'อาทิตย์',
  'เดือน',
  'ปี',
  'เอ้ย',
  'เอ๊ย',
  'ไม่ใช่',
  'โทเค',
  'คีย์',
  'ไม่ต้อง',
  'อย่าเพิ่ง',
  'ถ้า',
  'บอกว่า',
  'เมื่อวาน',
  'แค่',
  'หมุน',
  'ยกเลิก',
  'เปลี่ยน',
  'ปิด',
  'ลบทุกอย่าง',
  'ประวัติ',
  'ค่าใช้จ่าย',
  'ใช้เงิน',
  'ทั้งหมด',
  'ของ',
  'ทีม',
  // (fix47b: the words of the questions below.)
  'บ้าง',
  'รายชื่อ',
  'ข้อมูล',
  'หมดอายุ',
  'เช็ค',
  'เช็ก',
  'ตรวจสอบ',
  'ยังใช้ได้',
  'ถูก',
  'ยังไง',
  'อย่างไร',
  'อนุมัติ',
  'นาน',
  'เก็บ',
  'เยอะ',
  'คงต้อง',
  'คืออะไร',
  'ช่วยด้วย',
  'ขอโทษ',
  'คม',
  'ยน',
  'พันธ์',
];
export const THAI_COUNT_STEP = new RegExp(THAI_COUNT_WORDS.join('|'));

/** Thai number words, as counted before a unit ("สิบสอง" 12, "ยี่สิบสี่" 24, "สาม" 3). */
const DIGIT_WORDS: Record<string, number> = {
  หนึ่ง: 1,
  เอ็ด: 1,
  สอง: 2,
  ยี่: 2,
  สาม: 3,
  สี่: 4,
  ห้า: 5,
  หก: 6,
  เจ็ด: 7,
  แปด: 8,
  เก้า: 9,
};
const NUMBER_WORD = String.raw`(?:หนึ่ง|เอ็ด|สอง|ยี่|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ร้อย)+`;

/** A run of Thai number words as a number: "ยี่สิบสี่" 24, "สิบเอ็ด" 11, "สามร้อยหกสิบห้า" 365; NaN if not one. */
function thaiNumber(words: string): number {
  let total = 0;
  let digit = 0;
  for (const w of words.match(/หนึ่ง|เอ็ด|สอง|ยี่|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ร้อย/g) ?? []) {
    if (w === 'ร้อย') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (w === 'สิบ') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = DIGIT_WORDS[w] ?? 0;
  }
  return total + digit || Number.NaN;
}

/** The units after a count, and their English. */
const UNIT = String.raw`(ชั่วโมง|ชม\.?|นาที|วัน(?!ที่\s*\d)|สัปดาห์|อาทิตย์|เดือน|ปี)`;
const UNIT_EN: [RegExp, string][] = [
  [/^(?:ชั่วโมง|ชม)/, 'hours'],
  [/^นาที/, 'minutes'],
  [/^วัน/, 'days'],
  [/^(?:สัปดาห์|อาทิตย์)/, 'weeks'],
  [/^เดือน/, 'months'],
  [/^ปี/, 'years'],
];
const unitEnglish = (unit: string): string => UNIT_EN.find(([re]) => re.test(unit))?.[1] ?? unit;

const PHRASES: [RegExp, string][] = [
  // (The periods first: "30 วันที่ผ่านมา", the last 30 days; "เดือนที่แล้ว", last month.)
  [/(\d+)\s*(?:วัน)\s*(?:ที่ผ่านมา|ล่าสุด|หลังสุด)/g, ' the last $1 days '],
  [/(?:เดือนที่แล้ว|เดือนก่อน|เดือนที่ผ่านมา)/g, ' last month '],
  [/เดือนนี้/g, ' this month '],
  [/(?:สัปดาห์|อาทิตย์)(?:ที่แล้ว|ก่อน|ที่ผ่านมา)/g, ' last week '],
  // (An age, not a lifetime: "ครบ 90 วันแล้ว", it has reached 90 days.)
  [/ครบ\s*(\d+)\s*(?:วัน|ปี|เดือน)/g, ' $& old '],
  // (fix46g: our commands and what is asked about, said in Thai around our English nouns: "หมุน key ของทีม x" (rotate
  // the key of team x), "ยกเลิก key ทั้งหมดของ x" (revoke all keys of x), "ช่วยเปลี่ยน key ใหม่" (change to a new
  // key), "ปิด unit x" (shut down unit x), "ลบทุกอย่างของทีม x" (delete everything of team x), "ประวัติของทีม x" (the
  // history of team x; "ประวัติคนไข้", a patient's history, is not ours), "ค่าใช้จ่าย" (cost, of a unit or a period), "ใช้เงินไปเท่าไหร่" (how much was spent); and what keeps them from being
  // asked: "ไม่ต้องแล้ว" (never mind), "ไม่ต้อง" (no need to), "อย่าเพิ่ง" (don't yet), "ถ้า" (if), "บอกว่า" (said
  // that), "เมื่อวาน" (yesterday). "ยกเลิก" is revoke only before a key or an ID: "ยกเลิกประชุม" cancels a meeting.)
  // fix47b, tuned-pharmacy and tuned-styles-sea: questions in Thai around our English nouns, put into English word
  // order (Thai asks with a word at the end, "X ยังไง", X how?). What the bot can do ("bot นี้ทำอะไรได้บ้าง"), help
  // ("ช่วยด้วย"); which models ("โมเดลที่ใช้ได้มีอะไรบ้าง", "มีโมเดลอะไรบ้างใน ap-southeast-7", "token ของเราเรียก
  // model อะไรได้บ้าง"); the asker's or all units ("ทีมไหนบ้างที่เป็นของฉัน" which teams are mine, "หน่วยงานของผมมี
  // อะไรบ้าง", "ขอดูรายชื่อ unit ทั้งหมด" the list of all units); a unit's key ("ข้อมูล key ของ X" its details, "key
  // ของ X หมดอายุวันไหน" when it expires, "ช่วยเช็ค key ของ X … ยังใช้ได้อยู่มั้ย" still valid?) and its changes
  // ("key ของ X ถูกหมุนล่าสุดเมื่อไหร่" when was it last rotated); a unit shut down whole ("ปิด unit X ทั้งหมดเลย",
  // deprovision); how to ("ใช้ token ยังไง" how do I use a token, "ขอ token ยังไง", "ดูค่าใช้จ่ายของทีมได้ยังไง"), how
  // two differ ("revoke กับ deprovision ต่างกันยังไง"), what one is ("access key คืออะไร"), who approves ("ใครเป็นคน
  // อนุมัติ"), the longest ("token ได้นานสุดกี่ชั่วโมง"), whether a place keeps a key safe ("เก็บ api key ไว้ใน GitHub
  // Actions secrets ได้มั้ย"). Tokens a prompt uses ("prompt นี้ใช้ token เยอะมาก") are a model's; "คงต้อง" (would
  // probably have to) a plan; "555" is laughter. Read before "ของ" and "ทีม" below.
  [/(?:บอท|bot)\s*(?:นี้|ตัวนี้)\s*ทำอะไรได้(?:บ้าง)?/gi, ' what can this bot do '],
  [/ช่วยด้วย/g, ' help '],
  [/ขอโทษที่ถามโง่\s*ๆ?/g, ' sorry for the stupid question '],
  [/(?<!\d)5{3,}(?!\d)/g, ' haha '],
  [
    /(tokens?|(?:api\s*|access\s*)?keys?)\s*(?:ของ(?:เรา|ฉัน|ผม|ทีม))?\s*เรียก(?:ใช้)?\s*(?:โมเดล|model)\s*(?:อะไร|ตัวไหน)\s*(?:ได้)?\s*บ้าง/gi,
    ' which models can our $1 call ',
  ],
  [
    /(?:มี)?\s*(?:โมเดล|model)\s*(?:ที่ใช้ได้\s*)?(?:มี)?\s*(?:อะไร|ตัวไหน)\s*(?:ได้)?\s*บ้าง\s*ใน/gi,
    ' which models are there in ',
  ],
  [
    /(?:มี)?\s*(?:โมเดล|model)\s*(?:ที่ใช้ได้\s*)?(?:มี)?\s*(?:อะไร|ตัวไหน)\s*(?:ได้)?\s*บ้าง/gi,
    ' which models are there ',
  ],
  [/(?:ขอ)?\s*(?:ดู)?\s*รายชื่อ(?=\s*(?:unit|ทีม|หน่วยงาน|key|คีย์|token|โทเค|ของ))/gi, ' list '],
  [
    /(?:ทีม|unit|หน่วยงาน)\s*(?:ไหน|อะไร)\s*(?:บ้าง)?\s*(?:ที่)?\s*เป็นของ(?:ฉัน|ผม|หนู|ดิฉัน|เรา)/gi,
    ' which units are mine ',
  ],
  [/(?:ทีม|units?|หน่วยงาน)\s*ของ(?:ฉัน|ผม|หนู|ดิฉัน)\s*(?:มี)?\s*(?:อะไร|ไหน)\s*บ้าง/gi, ' list my units '],
  [/ข้อมูล(?=\s*(?:key|คีย์|ของ|unit|ทีม|api|access))/gi, ' details of '],
  [/หมดอายุ\s*(?:วันไหน|เมื่อไหร่|เมื่อไร|ตอนไหน|วันที่เท่าไหร่)/g, ' expires when? '],
  [/(?:ช่วย)?\s*(?:เช็ค|เช็ก|ตรวจสอบ)/g, ' check '],
  [/ยังใช้ได้อยู่\s*(?:มั้ย|ไหม|หรือเปล่า|ป่าว)?/g, ' is it still valid? '],
  [
    /([^\n?.!]+?)\s*ถูกหมุน\s*(?:ครั้ง)?\s*(?:ล่าสุด)?\s*(?:เมื่อไหร่|เมื่อไร|ตอนไหน|วันไหน)/g,
    ' when was $1 last rotated? ',
  ],
  [/([^\n?.!]+?)\s*ถูกสร้าง\s*(?:เมื่อไหร่|เมื่อไร|ตอนไหน|วันไหน)/g, ' when was $1 created? '],
  [/ปิด\s*(unit|ทีม)\s*(\S+)\s*ทั้งหมด/gi, ' deprovision $1 $2 '],
  [/(?<!ค่า)ใช้\s*(tokens?)\s*เยอะ/gi, ' uses a lot of $1 '],
  [/เรา\s*คงต้อง/g, ' we will probably have to '],
  [/คงต้อง/g, ' will probably have to '],
  [
    /(\S+)\s*กับ\s*(\S+)\s*(?:แตก)?ต่างกัน\s*(?:ยังไง|อย่างไร|ตรงไหน)/g,
    ' what is the difference between $1 and $2 ',
  ],
  [/(?<!ค่า)ใช้\s*([^\n?]*?)\s*(?:ได้)?\s*(?:ยังไง|อย่างไร)/g, ' how do i use $1 '],
  [/ขอ(?!ง)\s*([^\n?]*?)\s*(?:ได้)?\s*(?:ยังไง|อย่างไร)/g, ' how do i ask for $1 '],
  [/ดู\s*([^\n?]*?)\s*(?:ได้)?\s*(?:ยังไง|อย่างไร)/g, ' how do i see $1 '],
  [/([^\n?.!]+?)\s*คืออะไร/g, ' what is $1 '],
  [/ใคร\s*(?:เป็นคน|เป็นผู้)?\s*อนุมัติ/g, ' who approves '],
  [
    /(tokens?|(?:api\s*|access\s*)?keys?)\s*(?:ได้)?\s*นาน(?:สุด|ที่สุด)\s*กี่\s*(?:ชั่วโมง|ชม)/gi,
    ' how many hours can a $1 last at most ',
  ],
  [
    /(tokens?|(?:api\s*|access\s*)?keys?)\s*(?:ได้)?\s*นาน(?:สุด|ที่สุด)\s*กี่\s*วัน/gi,
    ' how many days can a $1 last at most ',
  ],
  [
    /เก็บ\s*([^\n?]+?)\s*ไว้\s*(?:ใน|ที่)\s*([^\n?]+?)\s*ได้\s*(?:มั้ย|ไหม|หรือเปล่า)/g,
    ' is it ok to store $1 in $2? ',
  ],
  [/(?:เดือน\s*)?มกราคม/g, ' January '],
  [/(?:เดือน\s*)?กุมภาพันธ์/g, ' February '],
  [/(?:เดือน\s*)?มีนาคม/g, ' March '],
  [/(?:เดือน\s*)?เมษายน/g, ' April '],
  [/(?:เดือน\s*)?พฤษภาคม/g, ' May '],
  [/(?:เดือน\s*)?มิถุนายน/g, ' June '],
  [/(?:เดือน\s*)?กรกฎาคม/g, ' July '],
  [/(?:เดือน\s*)?สิงหาคม/g, ' August '],
  [/(?:เดือน\s*)?กันยายน/g, ' September '],
  [/(?:เดือน\s*)?ตุลาคม/g, ' October '],
  [/(?:เดือน\s*)?พฤศจิกายน/g, ' November '],
  [/(?:เดือน\s*)?ธันวาคม/g, ' December '],
  [/ไม่ต้องแล้ว/g, ' never mind '],
  [/ไม่ต้อง/g, " don't need to "],
  [/อย่าเพิ่ง/g, " don't yet "],
  [/ถ้า/g, ' if '],
  [/บอกว่า/g, ' said that '],
  [/เมื่อวาน/g, ' yesterday '],
  [/แค่/g, ' just '],
  [/หมุน(?=\s*(?:key|คีย์|api|access|token|bk-))/gi, ' rotate '],
  [/ยกเลิก(?=\s*(?:key|คีย์|api|access|token|โทเค|bk-|ทั้งหมด))/gi, ' revoke '],
  [/เปลี่ยน\s*(key|คีย์)\s*ใหม่/gi, ' rotate $1 '],
  [/ปิด\s*(?=unit|ทีม)/gi, ' shut down '],
  [/ลบทุกอย่าง/g, ' delete everything '],
  [/ประวัติ(?=\s*(?:ของ|ทีม|key|คีย์|unit|[a-z]))/gi, ' history '],
  [/ค่าใช้จ่าย(?=\s*(?:ของ|ทีม|\d|[a-z]|$))/gi, ' cost '],
  [/ใช้เงินไปเท่าไหร่/g, ' how much spent '],
  [/ทั้งหมด/g, ' all '],
  [/ของ(?:ทีม)?เรา/g, ' our '],
  [/ของ/g, ' of '],
  [/ทีม/g, ' team '],
  // (Our nouns spelled in Thai: "ขอโทเคน ๔ ชั่วโมง", a token for 4 hours; "คีย์", key.)
  [/โทเคน|โทเค็น/g, ' token '],
  [/คีย์/g, ' key '],
  [/ครึ่งชั่วโมง/g, ' half an hour '],
  [/(\d+)\s*ชั่วโมงครึ่ง/g, ' $1 and a half hours '],
  // ("เอ้ย" oops, "ไม่ใช่ๆ" no no: a value taken back for the one after it.)
  [/\s*(?:เอ้ย|เอ๊ย|ไม่ใช่\s*ๆ)\s*/g, ', no, '],
];

/** The message with its Thai counts of time and periods read into English words. */
export function thaiCounts(text: string): string {
  let out = text.replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
  out = out.replace(new RegExp(`(${NUMBER_WORD})\\s*${UNIT}`, 'g'), (m, words: string, unit: string) => {
    const n = thaiNumber(words);
    return Number.isNaN(n) ? m : ` ${n} ${unitEnglish(unit)} `;
  });
  for (const [re, en] of PHRASES) out = out.replace(re, en);
  return out.replace(
    new RegExp(`(\\d+(?:\\.\\d+)?)\\s*${UNIT}`, 'g'),
    (_m, n: string, unit: string) => ` ${n} ${unitEnglish(unit)} `,
  );
}
