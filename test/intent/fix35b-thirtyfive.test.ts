/**
 * Round thirty-five, fix35b: kinds of the esports and bakery files' errors. Per kind: sentences of our own besides
 * the listed ones, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe('a request in Greek, Arabic or Korean is read (greek-arabic.ts, korean-words.ts)', () => {
  slots([
    ['토큰 3시간 부탁합니다', { intent: 'token', ttlSeconds: 10800 }],
    [
      '토큰 하나 주세요 2시간, 도쿄 리전으로',
      { intent: 'token', ttlSeconds: 7200, region: 'ap-northeast-1' },
    ],
    ['أحتاج توكن لمدة ٤ ساعات من فضلك', { intent: 'token', ttlSeconds: 14400 }],
    ['token για 2 ώρες στη Φρανκφούρτη', { intent: 'token', ttlSeconds: 7200, region: 'eu-central-1' }],
    [
      'πόσα ξοδέψαμε στο bedrock αυτόν τον μήνα;',
      { intent: 'spend', period: { kind: 'month', monthsAgo: 0 } },
    ],
    ['Καλησπέρα, πώς μπορώ να πάρω token;', { intent: 'help', topic: 'token' }],
  ]);
  reads([
    ['تدوير مفتاح growth-ml من فضلك', 'rotate', 'growth-ml'],
    ['إلغاء مفتاح ads-eg', 'revoke', 'ads-eg'],
    ['ανάκληση του κλειδιού για το ads-gr', 'revoke', 'ads-gr'],
    ['πότε λήγει το κλειδί του ads-gr;', 'details', 'ads-gr'],
  ]);
  stillActs(['토큰 3시간 부탁합니다', 'إلغاء مفتاح ads-eg']);
});

describe('a negation or a word not known in those scripts leaves the message unread: never acted on', () => {
  nothingAsked(['토큰 필요 없어요', 'لا أحتاج توكن', 'ما أحتاج توكن']);
  neverActs(['δεν χρειάζομαι token', '토큰 필요 없어요', 'ما أحتاج توكن']);
});

describe('a request in Turkish, Polish or Italian read as nothing is read', () => {
  reads([
    ['ads-tr anahtarını yeniler misin?', 'rotate', 'ads-tr'],
    ['birimleri listeler misin', 'list', null],
    ["unit'i tamamen kaldır: old-casters", 'deprovision', 'old-casters'],
    ["smantella tutta l'unità promo-it-old", 'deprovision', 'promo-it-old'],
  ]);
  slots([
    ['token na pół godziny', { intent: 'token', ttlSeconds: 1800 }],
    ['ile wydaliśmy na bedrock w tym tygodniu?', { intent: 'spend', period: { kind: 'days', days: 7 } }],
  ]);
});

describe('a colleague asked to act while the writer is live on stream or in a match: put to that person', () => {
  nothingAsked([
    "<@U04ZZKQ8P3> can you revoke the analytics token? i'm live on stream rn",
    '<@U04ZZKQ8P3> im mid-match, could you rotate the vod-notes key?',
  ]);
  // (A token for the writer stays a request.)
  reads([["<@U04ZZKQ8P3> can you get me a token for 2h? i'm live on stream", 'token', null]]);
});

describe('a key put "on pause" is revoked; an action put on hold is not', () => {
  reads([['put the ads-ml key on pause, the contract lapsed', 'revoke', 'ads-ml']]);
  nothingAsked(['put the rotation on hold until friday']);
});

describe("approval of access to another tool asks nothing; of ours it is help's", () => {
  nothingAsked(['access to the crm admin for our new intern — who approves that?']);
  slots([
    ['access to bedrock for our new intern — who approves that?', { intent: 'help', topic: 'approvals' }],
  ]);
});

describe('which models a token reaches, and what a slash command shows, asked: help', () => {
  slots([
    ['what models does a token give me access to?', { intent: 'help', topic: 'models' }],
    ['what does `/bedrock history` show?', { intent: 'help', topic: 'history' }],
  ]);
  reads([['/bedrock details growth', 'details', 'growth']]);
});

describe('the bound put to the bot in few words, the need told after: help (limits), no lifetime asked for', () => {
  slots([
    [
      "lowest ttl you'll do? one prompt test needs like 5 min max",
      { intent: 'help', topic: 'limits', ttlSeconds: null },
    ],
    ['longest ttl you can give? the batch runs 10h', { intent: 'help', topic: 'limits', ttlSeconds: null }],
  ]);
  slots([["lowest ttl you'll do? give me a token for 20 min", { intent: 'token', ttlSeconds: 1200 }]]);
});

describe("a token's length asked against a stretch of time, or an expiry not picked: topic limits", () => {
  slots([
    ['can a token survive the weekend?', { intent: 'help', topic: 'limits' }],
    ['is a token ever enough for a full shift?', { intent: 'help', topic: 'limits' }],
    ["if i don't pick an expiry, how long does a new key last?", { intent: 'help', topic: 'limits' }],
  ]);
  slots([['how do i get a token?', { intent: 'help', topic: 'token' }]]);
});
