/**
 * Round forty-seven, fix47g (tuned-styles-cjk): Japanese, and the kinds every Chinese, Japanese or Korean line shares
 * (full-width digits, CJK numerals and durations, Region names in CJK script), that the parser misread. Sentences of
 * our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, slots } from './acted.js';

describe('a CJK lifetime or place in a message not read whole ("三小時", "一個鐘", "北京region"): read, never acted on', () => {
  slots([
    ['token 給我，兩個鐘，唔該晒', { intent: 'token', ttlSeconds: 7200 }],
    ['上海region 的 token 来一个，两小时', { intent: 'token', ttlSeconds: 7200 }],
    ['台北region token 一個鐘 唔該', { intent: 'token', ttlSeconds: 3600, region: 'ap-east-2' }],
    ['token ４時間 テスト用だよ', { intent: 'token', ttlSeconds: 14400 }],
  ]);
  // (a request every word of which is known is read whole and acted on, as before: "token 給我，兩個鐘，唔該晒")
  neverActs([
    '我昨天用了两个小时的 token 跑测试',
    '新加坡 region 的 key 昨天被删了',
    'token ４時間 テスト用だよ',
  ]);
  // look-alikes with no Latin word: a count alone is not read
  nothingAsked(['拍卖前一天请把图录检查一遍', '护照有效期不够半年，签证办不了']);
});

describe('the casual Japanese "ローテ" (rotate) and "全部" (all)', () => {
  slots([
    ['recsys のキー、ローテお願いします', { intent: 'rotate', businessUnit: 'recsys' }],
    ['bk-77aa01 ローテ', { intent: 'rotate', keyId: 'bk-77aa01' }],
    ['全部のキーをローテして、fraud-ml の', { intent: 'rotate', businessUnit: 'fraud-ml', all: true }],
  ]);
  // look-alikes: a shift rota, asking nothing
  nothingAsked(['シフトのローテ表できました', '来週のローテどうなってる？']);
});
