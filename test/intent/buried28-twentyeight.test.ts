/**
 * Round twenty-eight, buried28: requests read as another intent (a request written in Japanese or Chinese, a German
 * verb put last). Sentences of our own, written before the parser's answer was looked at, and look-alikes that must
 * not change (the same words told as a story, put to a colleague, taken back, or asked about).
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a request written in Japanese or Chinese: our words in katakana or hanzi, hours in 時間/小时, days in 日/天', () => {
  slots([
    ['トークンを3時間お願いします', { intent: 'token', ttlSeconds: 10800 }],
    [
      'トークン 1時間 大阪リージョンでお願いします🙏',
      { intent: 'token', ttlSeconds: 3600, region: 'ap-northeast-3' },
    ],
    ['すみません、トークンを6時間ください', { intent: 'token', ttlSeconds: 21600 }],
    ['请给我一个token，2小时，谢谢', { intent: 'token', ttlSeconds: 7200 }],
    ['你好，我需要一个 token，3 小时', { intent: 'token', ttlSeconds: 10800 }],
    [
      'キーを作成してください。ユニットは lyrics-search です。有効期限は30日。',
      { intent: 'create_key', businessUnit: 'lyrics-search', expiryDays: 30 },
    ],
    ['`score-ocr` のキーを作ってください', { intent: 'create_key', businessUnit: 'score-ocr' }],
    ['ticketing-bot のキーをローテーションしてください', { intent: 'rotate', businessUnit: 'ticketing-bot' }],
    [
      'ローテーションお願いします： ticketing-bot のキー',
      { intent: 'rotate', businessUnit: 'ticketing-bot' },
    ],
    ['ユニット一覧', { intent: 'list' }],
    ['ユニットの一覧を見せて', { intent: 'list' }],
    ['使えるモデル一覧を教えてください', { intent: 'models' }],
    ['モデルの一覧', { intent: 'models' }],
  ]);
  // look-alikes: the same words told as a story, put to a colleague, taken back, or asked about
  nothingAsked([
    '明日のリハーサルは10時からです。楽譜は図書室にあります。',
    '昨日トークンを2時間もらいました、便利でした',
  ]);
  neverActs([
    '我明天请假, token 的事情找小王',
    'トークンの件は田中さんに聞いてください token',
    '我昨天用机器人拿了token，很方便，谢谢大家',
    '请不要创建 key',
    'トークンの取り方を教えてください',
    'トークンは何時間まで使えますか？',
    'キーを作らないでください',
    '明日 archive-search のキーをローテーションする予定です',
    '田中さん、トークンを2時間お願いします',
  ]);
});

describe("a German request with the verb put last ('komplett abbauen', 'löschen')", () => {
  slots([
    [
      'Bitte die Unit salzburg-app komplett abbauen, das Festival ist vorbei.',
      { intent: 'deprovision', businessUnit: 'salzburg-app' },
    ],
    ['bitte unit proben-plan abbauen', { intent: 'deprovision', businessUnit: 'proben-plan' }],
    [
      'Könnt ihr die Unit chor-archiv komplett abbauen?',
      { intent: 'deprovision', businessUnit: 'chor-archiv' },
    ],
    [
      'die Unit *tour-app* bitte komplett abbauen, danke',
      { intent: 'deprovision', businessUnit: 'tour-app' },
    ],
  ]);
  neverActs([
    'Die Bühne wird morgen komplett abgebaut.',
    'Bitte die Unit salzburg-app noch nicht abbauen, das Festival läuft noch.',
    'wir haben die Unit tour-app letzte Woche abgebaut',
  ]);
});

describe("a person onboarding to a team, told as the reason ('she's onboarding to the AI team today'), is no action of ours going on", () => {
  slots([
    [
      "token for <@U07ANA> for 3h, she's onboarding this week",
      { intent: 'token', ttlSeconds: 10800, owner: 'U07ANA' },
    ],
    ["2h token for me pls, I'm onboarding to the data team", { intent: 'token', ttlSeconds: 7200 }],
    [
      'token for my new colleague <@U08LEE> for 1 hour, he is onboarding today',
      { intent: 'token', ttlSeconds: 3600, owner: 'U08LEE' },
    ],
    [
      "api key for support-bot, owner <@U05KAI>, he's onboarding with the support team",
      { intent: 'create_key', businessUnit: 'support-bot', owner: 'U05KAI' },
    ],
  ]);
  nothingAsked(["she's onboarding to the AI team today", "I'm onboarding this week, so expect questions"]);
  neverActs([
    "we're onboarding the ads team onto bedrock this week",
    "I'm onboarding the new hires today, so no tokens from me",
    'we are onboarding the payments unit now, will ask for a key after',
  ]);
});

describe("a keep or leave that points at another key named first in its own clause ('the access key for van-stock leave it') takes back only that key", () => {
  reads([
    [
      'rotate the api key for pick-notes-v2, the access key for van-fleet leave it',
      'rotate',
      'pick-notes-v2',
    ],
    ['revoke the growth key, the ads key leave it', 'revoke', 'growth'],
    ['create a key for *search-v2*; the search-v1 key leave it as is', 'create_key', 'search-v2'],
    ['pls rotate kyc-bot’s key, the fraud-ml one just leave it', 'rotate', 'kyc-bot'],
  ]);
  neverActs([
    'rotate the sales key — actually no, leave it',
    'rotate the ads key? leave it, it is fine',
    'revoke the growth key... hmm the growth key leave it',
  ]);
  nothingAsked(['the ads key leave it']);
});

describe("a long-term word denied ('nothing long-term', 'not permanent'): a key for hours is a token", () => {
  slots([
    ['need a key for 2 hours, nothing long-term', { intent: 'token', ttlSeconds: 7200 }],
    ['key for 3h pls — not long term, just a demo', { intent: 'token', ttlSeconds: 10800 }],
    ['I need an AI key for an hour and a half, nothing long-lived', { intent: 'token', ttlSeconds: 5400 }],
    ['a key for 4 hours please, no permanent stuff', { intent: 'token', ttlSeconds: 14400 }],
  ]);
  reads([
    ['need a long-term key for the ci pipeline, owner is me', 'create_key', null],
    ['need a permanent key for ledger-sync', 'create_key', 'ledger-sync'],
  ]);
  nothingAsked(['nothing long-term was decided in the meeting']);
  neverActs(['we never keep anything long-term here, keys get binned after the demo']);
});

describe("a work ticket named with its owner ('on the customer's ticket', 'in their ticket') is where a leak or a request is tracked, no object of another system", () => {
  reads([
    [
      "new key please for callout-sched, the old one ended up in a screenshot on the customer's ticket",
      'rotate',
      'callout-sched',
    ],
    ['rotate the pager-bot key, it was pasted in the customer’s ticket', 'rotate', 'pager-bot'],
    ['revoke the dispatch-ai key, it leaked on their ticket', 'revoke', 'dispatch-ai'],
    [
      "please rotate quote-builder, the key is visible in a client's support ticket",
      'rotate',
      'quote-builder',
    ],
  ]);
  nothingAsked(["the customer's ticket says the door key was cut wrong"]);
  neverActs([
    "close the customer's ticket once the spare key is cut",
    "we rotated the pager-bot key after it showed up in the customer's ticket",
    "can someone reply on the customer's ticket about their lost key?",
  ]);
});

describe("a unit named with a key-holder word ('the Keyholder Alerts squad') asks for a key, not who holds one", () => {
  reads([
    ['api key for the Keyholder Portal team pls', 'create_key', 'keyholder-portal-team'],
    ['create a key for the Keyholder Sync squad, owner <@U03ABC>', 'create_key', 'keyholder-sync-squad'],
    ['bedrock key for the Keyowner Tools team, they keep pinging me', 'create_key', 'keyowner-tools-team'],
    ['Bedrock key for the Keyholder Rota crew', 'create_key', 'keyholder-rota-crew'],
  ]);
  reads([['key holders for the ads unit?', 'details', 'ads']]);
  neverActs(['who are the keyholders of growth?', 'keyholders for the Keyholder Portal team?']);
  nothingAsked(['the keyholders for the north depot changed today']);
});

describe("a hyphenated name after 'whoever owns' that starts with a word of ours or of what a person has ('key-register-sync') is the unit", () => {
  reads([
    ['key for whoever owns key-vault-sync', 'create_key', 'key-vault-sync'],
    ['api key for whoever runs access-portal, they asked me', 'create_key', 'access-portal'],
    ['new key for whoever owns token-meter please', 'create_key', 'token-meter'],
    ['key for whoever manages the time-tracker', 'create_key', 'time-tracker'],
  ]);
  neverActs(['whoever owns key-vault-sync should rotate it', 'no idea who owns key-vault-sync tbh']);
  nothingAsked(['whoever owns access-portal left the company last week']);
});

describe("the writer asked, in the passive, to make the request ('I have been asked to request an API key for …') makes it", () => {
  reads([
    ['I have been asked to request an API key for the choir-archive unit', 'create_key', 'choir-archive'],
    ["we've been asked to request a key for tour-app, expiring in 30 days", 'create_key', 'tour-app'],
    [
      'Hello Bedrock team, as treasurer I have been asked, following our meeting, to request a key for grants-ml. Kind regards, Ann',
      'create_key',
      'grants-ml',
    ],
    ['I was asked to get a token for 2 hours for the rehearsal demo', 'token', null],
  ]);
  neverActs([
    'she has been asked to request a key for grants-ml',
    'I was asked to request a key for grants-ml last year and never did',
    'I have been asked to request a key for grants-ml, but I will wait until the budget is signed',
  ]);
});
