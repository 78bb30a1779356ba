/**
 * fix46g, tuned-styles-sea: counts of time and the periods in Thai, in a message that mixes Thai with our English words
 * ("ขอ token 2 ชั่วโมง หน่อยครับ", a token for 2 hours please; "ขอโทเคน ๔ ชั่วโมงครับ"; "สามชั่วโมง", three hours; "3
 * ชม.", 3 hrs; "ครึ่งชั่วโมง", half an hour; "หมดอายุ ๙๐ วัน", expires in 90 days; "เดือนที่แล้ว", last month; "30
 * วันที่ผ่านมา", the last 30 days; "4 ชม. เอ้ย 5 ชม.", 4 hrs, oops, 5): read into English words in place, where
 * surface.ts's units after a number do not see them (Thai runs its words together, "12 ชั่วโมงค่ะ"). Thai digits are
 * read as ASCII. Everything else in Thai is left as written.
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
];
export const THAI_COUNT_STEP = /ชั่วโมง|ชม|นาที|วัน|สัปดาห์|อาทิตย์|เดือน|ปี|เอ้ย|เอ๊ย|ไม่ใช่|โทเค|คีย์/;

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
