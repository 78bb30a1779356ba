/**
 * Round forty-six, fix46g (tuned-styles-sea): Vietnamese, Thai, Taglish and Singlish from phones. A colleague mentioned
 * first and asked ("when you free", "pag may time kayo", "anh tạo …", "พี่ช่วย …", prepare.ts); a how-to question
 * asked as a Vietnamese condition and its "thì" ("muốn … thì cần điền gì", "nếu … thì … ko", "… xong thì … gì");
 * "thu hồi công nợ" (debt collection); Taglish "wag na pala" (never mind), "kung sakali … pwede po ba?" (if ever, is
 * it possible?; more-languages.ts).
 * Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, slots } from './acted.js';

describe('a colleague mentioned first and asked is not the bot', () => {
  nothingAsked([
    '<@U09MINHL> can rotate the loyalty-app key for me when you free?',
    '<@U09MINHL> pls revoke the old-ivr key once u back',
    '<@U08JOANA> pa-rotate naman po ng key ng sms-classifier pag may time ka',
    '<@U09MINHL> anh xoay key của fraud-vn giúp em với',
    '<@U08SOMSA> พี่ช่วยหมุน key ของทีม promo-copy-th หน่อยครับ',
  ]);
  // look-alikes: the bot mentioned, called "anh ơi"; "when free" about the writer; a colleague only copied at the end
  keeps([
    ['<@U07BEDR0CK> anh ơi xoay key của fraud-vn giúp em', 'rotate', 'fraud-vn'],
    ['rotate the loyalty-app key pls, when free I will update the config', 'rotate', 'loyalty-app'],
    ['<@U07BEDR0CK> ขอ token 2 hours หน่อยครับ', 'token'],
  ]);
});

describe('a Vietnamese condition with "thì" and a question closing it asks how', () => {
  slots([
    ['muốn xoay key của team thì phải làm gì ạ', { intent: 'help' }],
    ['nếu xoá key thì app của em có lỗi ngay ko a', { intent: 'help' }],
    ['nếu xoay key thì job đang chạy có bị ngắt không', { intent: 'help' }],
    ['tạo key xong thì để key ở đâu ko a', { intent: 'help' }],
  ]);
  // look-alikes: "if possible" asks politely; a plain request with no "thì"
  keeps([
    ['nếu được thì tạo key cho fraud-vn nhé', 'create_key', 'fraud-vn'],
    ['xoay key của fraud-vn giúp em', 'rotate', 'fraud-vn'],
  ]);
  neverActs(['muốn xoay key cho team thì cần gì ạ', 'nếu thu hồi key của fraud-vn thì sao ko a']);
});

describe('the trade senses and a request taken back in Taglish ask nothing', () => {
  nothingAsked([
    'thu hồi công nợ của đại lý miền Tây tới đâu rồi',
    'thu hồi nợ xấu của khách này sao rồi',
    'pa-rotate sana ng key ng sms-classifier... wag na pala',
    'pa-create sana ng token... wag na po, may token na ako',
  ]);
  slots([
    ['kung sakaling kailangan ko ng token for 6 hours bukas, pwede po ba?', { intent: 'help' }],
    // look-alikes: the plain request keeps its lifetime; "thu hồi key" revokes
    ['pa-create po ng token for 6 hours', { intent: 'token', ttlSeconds: 21600 }],
    ['thu hồi key của fraud-vn', { intent: 'revoke', businessUnit: 'fraud-vn' }],
  ]);
});

describe('Thai counts of time and periods, run together with the words around them', () => {
  slots([
    ['ขอ token 3 ชั่วโมงครับ', { intent: 'token', ttlSeconds: 10800 }],
    ['ขอโทเคน ๖ ชั่วโมงค่ะ', { intent: 'token', ttlSeconds: 21600 }],
    ['ช่วยออก token ให้หน่อย สี่ชั่วโมง', { intent: 'token', ttlSeconds: 14400 }],
    ['token ครึ่งชั่วโมงพอครับ', { intent: 'token', ttlSeconds: 1800 }],
    ['token 2 ชม. เอ้ย 3 ชม. ค่ะ', { intent: 'token', ttlSeconds: 10800 }],
    [
      'ขอ api key ให้ทีม promo-copy-th หมดอายุ 60 วันครับ',
      { intent: 'create_key', businessUnit: 'promo-copy-th', expiryDays: 60 },
    ],
  ]);
  // look-alikes: an age ("ครบ 90 วันแล้ว", it has reached 90 days) is no lifetime; a count with no request
  slots([['ช่วย rotate key ของ promo-copy-th หน่อย ครบ 90 วันแล้ว', { intent: 'rotate', expiryDays: null }]]);
  neverActs(['ประชุม 2 ชั่วโมงเลย เหนื่อยมาก', 'วีซ่าหมดอายุอีก 30 วันครับ']);
});

describe('our commands said in Thai around our English nouns', () => {
  keeps([
    ['หมุน key ของทีม promo-copy-th ให้หน่อยค่ะ', 'rotate', 'promo-copy-th'],
    ['ยกเลิก key ของ fraud-vn ด่วนครับ', 'revoke', 'fraud-vn'],
    ['key ของ rider-chat หลุดใน slack ครับ ช่วยเปลี่ยน key ใหม่ให้หน่อย', 'rotate', 'rider-chat'],
    ['ลบทุกอย่างของทีม songkran-promo ได้เลยค่ะ', 'deprovision', 'songkran-promo'],
    ['ประวัติของทีม merlion-eta เดือนที่แล้วครับ', 'history', 'merlion-eta'],
  ]);
  // look-alikes: a meeting cancelled, a patient's history, a party's cost, a revocation told, one held off
  nothingAsked([
    'ยกเลิกประชุมบ่ายนี้นะคะ หมอติดเคส',
    'ประวัติคนไข้เตียง 3 หายจากระบบครับ',
    'ค่าใช้จ่ายงานเลี้ยงสงกรานต์ใครเป็นคนจ่ายคะ',
  ]);
  neverActs([
    'พี่บอกว่ายกเลิก key ของ fraud-vn ไปเมื่อวานแล้ว',
    'อย่าเพิ่งหมุน key ของ rider-chat นะ ลูกค้ายังใช้อยู่',
    'ถ้าระบบล่มอีก คงต้องหมุน key ของ rider-chat',
  ]);
});

describe('Vietnamese half an hour, minutes without marks, and a value taken back with "à nhầm"', () => {
  slots([
    ['cho em token nửa tiếng thôi nha', { intent: 'token', ttlSeconds: 1800 }],
    ['xin token 45 phut nhe', { intent: 'token', ttlSeconds: 2700 }],
    ['token 4h... à nhầm, 5h nha', { intent: 'token', ttlSeconds: 18000 }],
    ['tạo key cho fraud-vn 90 ngày, à ko, 120 ngày', { intent: 'create_key', expiryDays: 120 }],
    // look-alikes: the plain lifetime keeps its value; a meeting of half an hour asks nothing
    ['token 4 tiếng nha', { intent: 'token', ttlSeconds: 14400 }],
  ]);
  neverActs(['họp nửa tiếng nữa nha mọi người']);
});
