/**
 * Round thirty-five, fix35c: kinds of tuned-dating's and tuned-tax's texts the parser misread, with sentences of our
 * own of each kind and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('Indonesian requests are read (more-languages.ts)', () => {
  reads([
    ['tolong rotasi key billing-id ya', 'rotate', 'billing-id'],
    ['tolong cabut key ads-id sekarang', 'revoke', 'ads-id'],
    ['daftar unit dong', 'list', null],
    ['riwayat unit ads-id bulan ini', 'history', 'ads-id'],
  ]);
  slots([
    ['minta token 3 jam dong', { intent: 'token', ttlSeconds: 10800 }],
    ['saya butuh token 2 jam ya', { intent: 'token', ttlSeconds: 7200 }],
    [
      'bikinin api key buat unit ads-id, 60 hari aja',
      { intent: 'create_key', businessUnit: 'ads-id', expiryDays: 60 },
    ],
  ]);
  // look-alikes: people needed for a shift, in Indonesian and in English, name no key for the team
  nothingAsked([
    'tim support Jakarta butuh tambahan 2 orang buat shift pagi',
    'the support team in Jakarta needs 2 more people for the morning shift',
  ]);
});

describe('Korean requests are read when every Korean word is known (korean-words.ts)', () => {
  reads([
    ['ads-kr 키 교체해 주세요', 'rotate', 'ads-kr'],
    ['ads-kr 키 즉시 폐기해 주세요', 'revoke', 'ads-kr'],
    ['ads-kr 변경 이력 보여줘', 'history', 'ads-kr'],
  ]);
  slots([['토큰 2시간짜리 하나 부탁드려요', { intent: 'token', ttlSeconds: 7200 }]]);
  // look-alikes: a story, a PR review, a token no longer needed: words it does not know, left as nothing
  nothingAsked(['푸시 토큰 갱신 로직 PR 올렸어요, 리뷰 부탁드려요', '토큰 이제 필요 없어요 감사합니다!']);
  neverActs(['ads-kr 키 교체했어요', '키 삭제하지 마세요']);
});

describe('Hinglish "kar do" / "karo" ask, never name a unit', () => {
  reads([
    ['ads-ml ki key rotate kar do please', 'rotate', 'ads-ml'],
    ['ads-ml ki key turant revoke karo', 'revoke', 'ads-ml'],
    ['ads-ml ka key badal do please', 'rotate', 'ads-ml'],
  ]);
  slots([['mujhe aadhe ghante ka token chahiye', { intent: 'token', ttlSeconds: 1800 }]]);
});

describe('Taglish pa-deprovision', () => {
  reads([['pa-deprovision na po ng ph-pilot', 'deprovision', 'ph-pilot']]);
  nothingAsked(['huwag po pa-deprovision ang ph-pilot']);
});

describe('a colleague asked while one is away from a reimaged laptop', () => {
  nothingAsked(['<@U07PRIYA> could you get me a token? my laptop is being wiped']);
  keeps([['token for 2h please, my laptop is getting reimaged tomorrow', 'token']]);
});

describe("a ledger's history is another trade's", () => {
  nothingAsked(['the auditor wants the history of all GST refunds for the last 2 years']);
  reads([['history of the refunds unit last 30 days', 'history', 'refunds']]);
});

describe('whom to follow up with, who is meant to say yes: approvals', () => {
  slots([
    [
      "asked for a growth key this morning, nothing yet. who's meant to say yes to it?",
      { intent: 'help', topic: 'approvals' },
    ],
  ]);
  nothingAsked(['the caterer never replied, whom to follow up with?']);
});
