/**
 * Round thirty-nine, fix39d (tuned-styles-eastwest): a unit named amid Japanese, Chinese or Korean words not read whole
 * (no unit named alone, no key asked for it); Vietnamese hours and days typed without marks, "and a half", "không"
 * taking back a lifetime, "nào" which and "sở hữu" own, "thu hoi (het)"; a reason told after the request in Japanese
 * ("…ので") or Korean ("…돼서", a sentence in the past); Italian and French past participles told as done; the asker's
 * own units in Italian and Portuguese; French hyphenated tens; three quarters of an hour. Sentences of our own of each
 * kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a unit named amid Japanese, Chinese or Korean words not read whole', () => {
  nothingAsked([
    '昨日 harvest-forecast のキーは削除しておきました',
    '先週 ota-sync 키 제가 교체했어요',
    '上周我已经把 patch-bot 的key删掉了',
  ]);
  neverActs(['不要撤销 store-bot 的key', 'ledger-sync 的key还在用']);
  // look-alikes: read whole, the unit keeps its reading
  reads([
    ['harvest-forecast のキーをローテーションしてください', 'rotate', 'harvest-forecast'],
    ['ota-sync 키 교체해 주세요', 'rotate', 'ota-sync'],
  ]);
});

describe('Vietnamese lifetimes, which, own and revoke, with or without marks', () => {
  slots([
    ['token 3 tieng nhe', { intent: 'token', ttlSeconds: 10_800 }],
    ['cho em token 2 tiếng rưỡi', { intent: 'token', ttlSeconds: 9000 }],
    ['token 2 gio ruoi', { intent: 'token', ttlSeconds: 9000 }],
    ['token 5 tiếng, không, 4 tiếng', { intent: 'token', ttlSeconds: 14_400 }],
    ['token 3 ngay', { intent: 'token', ttlSeconds: null }],
    ['tôi đang sở hữu những unit nào?', { intent: 'list', owner: 'me' }],
    ['có những model nào của Anthropic?', { intent: 'models', provider: 'anthropic' }],
    ['thu hoi het key cua bean-ledger', { intent: 'revoke', businessUnit: 'bean-ledger', all: true }],
    ['xoay key cua bean-ledger', { intent: 'rotate', businessUnit: 'bean-ledger' }],
  ]);
  // look-alikes: "không" as a question particle, a Portuguese "não" still "not"
  nothingAsked(['không, cảm ơn', 'não preciso de token hoje']);
});

describe('a reason told after the request in Japanese or Korean', () => {
  slots([
    ['トークン下さい、3時間で。デモがあるので', { intent: 'token', ttlSeconds: 10_800 }],
    [
      'bean-ledger のキーをローテーションしてください、誤って共有しちゃったので',
      { intent: 'rotate', businessUnit: 'bean-ledger' },
    ],
    ['토큰 두 시간 필요해요 회의 준비해야 돼서', { intent: 'token', ttlSeconds: 7200 }],
    ['ota-sync 키 폐기해 주세요. 슬랙에 올라갔어요 ㅠㅠ', { intent: 'revoke', businessUnit: 'ota-sync' }],
  ]);
  // look-alikes: a tail that says it is already done or takes it back is read as written
  neverActs(['ota-sync 키 폐기해 주세요. 아 이미 했어요', 'ota-sync 키 폐기해 주세요. 아니 취소했어요']);
});

describe('Italian and French past participles told as done or asked after', () => {
  nothingAsked([
    'ho già ruotato la chiave di bean-ledger ieri',
    "j'ai déjà changé la clé de ota-sync ce matin",
  ]);
  reads([
    ['chi ha ruotato la chiave di bean-ledger e quando?', 'history', 'bean-ledger'],
    ['ruota la chiave di bean-ledger', 'rotate', 'bean-ledger'],
    ['change la clé de ota-sync', 'rotate', 'ota-sync'],
  ]);
});

describe("the asker's own units in Italian and Portuguese; French tens; three quarters of an hour", () => {
  slots([
    ['quali sono le mie unità?', { intent: 'list', owner: 'me' }],
    ['quais unidades são minhas?', { intent: 'list', owner: 'me' }],
    ['un token pour trente-cinq minutes svp', { intent: 'token', ttlSeconds: 2100 }],
    ['un token per tre quarti d’ora', { intent: 'token', ttlSeconds: 2700 }],
    ["un token pour trois quarts d'heure", { intent: 'token', ttlSeconds: 2700 }],
    ['token per 3h', { intent: 'token', ttlSeconds: 10_800 }],
  ]);
  // look-alikes: "sono" alone is still no "are"
  nothingAsked(['sono le mie ferie, ci vediamo lunedì']);
});
