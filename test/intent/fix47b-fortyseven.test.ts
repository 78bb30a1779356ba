/**
 * Round forty-seven, fix47b (tuned-pharmacy, tuned-styles-sea): Vietnamese, Thai, Taglish and Singlish questions and
 * requests the rules misread. Thai questions put into English word order (thai-words.ts); the other kinds below.
 * Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, slots } from './acted.js';

describe('questions in Thai around our English nouns are read as asked', () => {
  slots([
    ['bot นี้ทำอะไรได้บ้างคะ', { intent: 'help', topic: 'general' }],
    ['มีโมเดลอะไรบ้างใน us-east-1 คะ', { intent: 'models', region: 'us-east-1' }],
    ['ทีมไหนบ้างที่เป็นของผมครับ', { intent: 'list', owner: 'me' }],
    ['key ของ promo-copy-th หมดอายุวันไหนคะ', { intent: 'details', businessUnit: 'promo-copy-th' }],
    ['key ของ promo-copy-th ถูกหมุนล่าสุดเมื่อไหร่ครับ', { intent: 'history', businessUnit: 'promo-copy-th' }],
    ['ขอ api key ยังไงครับ', { intent: 'help' }],
    ['rotate กับ revoke ต่างกันยังไงคะ', { intent: 'help' }],
    ['ใครอนุมัติ token ครับ', { intent: 'help', topic: 'approvals' }],
    ['ปิด unit promo-copy-th ทั้งหมดเลยค่ะ', { intent: 'deprovision', businessUnit: 'promo-copy-th' }],
  ]);
  // look-alikes: a request with "ของ" (of) and "ขอ" (ask for) keeps its reading; a list of trainees, tokens a prompt
  // uses and a plan on a condition ask nothing
  keeps([
    ['ขอ key ของทีม promo-copy-th หน่อยครับ', 'create_key', 'promo-copy-th'],
    ['หมุน key ของทีม promo-copy-th ครับ', 'rotate', 'promo-copy-th'],
  ]);
  nothingAsked(['รายชื่อผู้เข้าประชุมพรุ่งนี้ส่งให้ HR แล้วค่ะ', 'แชทบอทตัวนี้ใช้ token เยอะมากเลย']);
  neverActs(['ถ้า server ล่มอีก เราคงต้องหมุน key ของ promo-copy-th']);
});

describe('Vietnamese questions about the bot, units and keys are read as asked', () => {
  slots([
    ['anh ơi em dùng bot này thế nào ạ', { intent: 'help', topic: 'general' }],
    ['ds unit cua minh nhe', { intent: 'list', owner: 'me' }],
    ['mình đang quản lý những unit nào vậy', { intent: 'list', owner: 'me' }],
    ['key của loyalty-vn bao giờ hết hạn vậy', { intent: 'details', businessUnit: 'loyalty-vn' }],
    ['key của loyalty-vn được tạo khi nào ạ', { intent: 'history', businessUnit: 'loyalty-vn' }],
    [
      'chi phí của loyalty-vn 2 tháng qua',
      { intent: 'spend', businessUnit: 'loyalty-vn', period: { kind: 'days', days: 60 } },
    ],
    ['xoá hết key của loyalty-vn', { intent: 'revoke', businessUnit: 'loyalty-vn', all: true }],
    ['rotate với deprovision khác gì nhau', { intent: 'help', businessUnit: null }],
  ]);
  // look-alikes: "ds" inside a unit's name or before "team" is no list; a request with "của" keeps its unit
  keeps([
    ['rotate the churn-ds key please', 'rotate', 'churn-ds'],
    ['xoay key của loyalty-vn giúp em', 'rotate', 'loyalty-vn'],
    ['thay key cho loyalty-vn nhé, key 200 ngày tuổi rồi', 'rotate', 'loyalty-vn'],
  ]);
  neverActs(['ai là admin của bot này vậy', 'bearer token là gì vậy bot']);
});
