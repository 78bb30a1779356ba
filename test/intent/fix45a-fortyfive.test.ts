/**
 * Round forty-five, fix45a (tuned-bpo): Egyptian Arabic in Latin letters, "Franco-Arabic" ("ghayyar el key bta3 X",
 * "token le modet sa'teen", more-languages.ts); Cebuano read with Tagalog ("palihug", "duha ka oras", "60 ka adlaw",
 * "himo-i ug api key"); Tagalog "ng" (of) before a unit, "tanggalin" (remove), "ano-ano … na akin?" (which are mine),
 * "ay hindi," (a value taken back), "ayaw" (don't); Egyptian Arabic in its own script, "عايز" (I want), "إزاي أطلب"
 * (how do I ask for; greek-arabic.ts).
 * Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('Egyptian Arabic in Latin letters asks for what the bot does', () => {
  reads([
    ['ghayyar el key bta3 voice-bot law samaht', 'rotate', 'voice-bot'],
    ['ya bot, elghy el key bta3 claims-ocr', 'revoke', 'claims-ocr'],
    ['shil kol haga bta3 unit old-chatbot law samaht', 'deprovision', 'old-chatbot'],
    ['el spend bta3 voice-bot this month kam?', 'spend', 'voice-bot'],
  ]);
  slots([
    ["law samaht, token le modet talat sa'at", { intent: 'token', ttlSeconds: 10800 }],
    ["3ayez token le modet sa'teen", { intent: 'token', ttlSeconds: 7200 }],
    ["token ya basha, sa'a w nos", { intent: 'token', ttlSeconds: 5400 }],
    [
      "3ayzin api key le unit voice-bot, mod'etha 30 yom",
      { intent: 'create_key', businessUnit: 'voice-bot', keyKind: 'api-key', expiryDays: 30 },
    ],
    ['<@U07BEDR0CK> عايز token لمدة ساعتين من فضلك', { intent: 'token', ttlSeconds: 7200 }],
    ['إزاي أطلب token من البوت؟', { intent: 'help', topic: 'token' }],
  ]);
  // look-alikes: a rotation told as done yesterday, a meeting of two hours, a meeting cancelled, the bank's token
  nothingAsked([
    'ana 3amalt revoke lel key bta3 voice-bot embare7',
    'ana 3amalt rotate lel key bta3 voice-bot embare7, khalas',
    "el meeting kan sa'teen embare7, khalas",
    'elghy el meeting bta3 bokra law samaht',
    '3ayez a3raf el token bta3 el bank 3amel eh',
  ]);
});

describe('Cebuano, read with Tagalog, asks for what the bot does', () => {
  reads([
    ['palihug i-rotate ang key sa qa-hub', 'rotate', 'qa-hub'],
    ['palihug i-revoke ang api key sa old-ivr, na-leak', 'revoke', 'old-ivr'],
  ]);
  slots([
    ['palihug, token for tulo ka oras', { intent: 'token', ttlSeconds: 10800 }],
    ['token usa ka oras palihug', { intent: 'token', ttlSeconds: 3600 }],
    [
      'palihug himo-i ug access key para sa qa-hub, 30 ka adlaw',
      { intent: 'create_key', businessUnit: 'qa-hub', keyKind: 'access-key', expiryDays: 30 },
    ],
    ['token po isang oras, ay hindi, tatlo pala', { intent: 'token', ttlSeconds: 10800 }],
  ]);
  // look-alikes: a meeting of two hours tomorrow, a break of an hour, a revoke put off, the door key lost
  nothingAsked([
    'duha ka oras ang meeting namo ugma',
    'usa ka oras lang ang break',
    'ayaw sa i-revoke ang key sa cebu-wfm, palihug',
    'key ng pinto nawala',
  ]);
});

describe('Tagalog "ng" (of) before a unit is no part of its name', () => {
  reads([
    ['status ng key ng claims-bot? expired na ba?', 'details', 'claims-bot'],
    ['spend ng claims-bot this month', 'spend', 'claims-bot'],
    ['tanggalin na lahat ng bedrock stuff ng old-ivr', 'deprovision', 'old-ivr'],
  ]);
  slots([
    [
      'history ng voice-bot nung March',
      { intent: 'history', businessUnit: 'voice-bot', period: { kind: 'named-month', month: 3, year: null } },
    ],
    ['ano-ano yung units na akin?', { intent: 'list', owner: 'me' }],
  ]);
  neverActs(['tanggalin na yung lumang ng mga upuan sa pantry', 'nawala yung key ng locker ko']);
});

describe('the limit weighed after a token question asks the limits', () => {
  slots([
    ['can tokens be 16 hours? or is 12 the max', { intent: 'help', topic: 'limits', ttlSeconds: null }],
    [
      'could I get a token for 10h? or is that too long',
      { intent: 'help', topic: 'limits', ttlSeconds: null },
    ],
    ['pwede ba tokens na 16 hours? or is 12 the max', { intent: 'help', topic: 'limits' }],
    ['how do I get a longer-lasting token?', { intent: 'help', topic: 'limits' }],
    ['how can I get longer-lived tokens?', { intent: 'help', topic: 'limits' }],
    // look-alikes: a token asked for, how to get one
    ['token for 3h please', { intent: 'token', ttlSeconds: 10800 }],
    ['how do I get a token?', { intent: 'help', topic: 'token' }],
  ]);
});

describe('when an API key expires, asked how to see it, is the details topic', () => {
  slots([
    ['how do I check when my api key expires?', { intent: 'help', topic: 'details', keyKind: 'api-key' }],
    ['how do I see when our api key expires?', { intent: 'help', topic: 'details' }],
    // look-alike: a token's expiry is the token's question
    ['how do I check when my token expires?', { intent: 'help', topic: 'token' }],
  ]);
});

describe("whether one request's approval is through yet is nothing the bot answers", () => {
  nothingAsked(['is the growth api key approval through yet?', 'is my token request through yet?']);
  // look-alike: how approval works
  slots([['how long until an approval is through usually?', { intent: 'help', topic: 'approvals' }]]);
});

describe('Tagalog: what a kind is, and two kinds the same, ask the key kinds', () => {
  slots([
    ['ano ba yung api key?', { intent: 'help', topic: 'key-kinds' }],
    ['pareho ba ang access key at api key?', { intent: 'help', topic: 'key-kinds', keyKind: null }],
    ['same lang ba yung token at api key?', { intent: 'help', topic: 'key-kinds', keyKind: null }],
  ]);
  nothingAsked(['ano ba yung plan natin for lunch?', 'same lang ba yung shift ko bukas?']);
});

describe('what is run from a system in a place states the Region', () => {
  slots([
    [
      "We'll run the call summaries from our own Lambda in Tokyo. Can you create an access key for unit call-sum?",
      { intent: 'create_key', businessUnit: 'call-sum', region: 'ap-northeast-1' },
    ],
    [
      'we run the nightly evals from our ECS cluster in Frankfurt, api key for unit eval-x please',
      { intent: 'create_key', businessUnit: 'eval-x', region: 'eu-central-1' },
    ],
    // look-alike: a system run there once, told in the past
    [
      'we used to run the evals from our lambda in Ireland, api key for unit eval-x please',
      { intent: 'create_key', businessUnit: 'eval-x', region: null },
    ],
  ]);
});

describe('what a figure is needed for, in Spanish or Portuguese, names no unit', () => {
  reads([
    ['gasto de bedrock este mes, lo necesito para la factura del cliente', 'spend', null],
    ['gasto de bedrock este mes para el informe', 'spend', null],
    ['quanto gastamos com bedrock este mês? preciso para o relatório', 'spend', null],
    ['necesito un token para la reunión del cliente', 'token', null],
    // look-alikes: a unit's name with the word inside it stays
    ['api key para el equipo cliente-portal por favor', 'create_key', 'cliente-portal'],
    ['revoke the key for cliente', 'revoke', 'cliente'],
  ]);
});

describe('"old" ending a name said in words after "unit" is part of the name', () => {
  reads([
    ['revoke the key of unit voc insights old', 'revoke', 'voc-insights-old'],
    ['rotate the key for unit claims triage old', 'rotate', 'claims-triage-old'],
    ['api key for unit claims triage old please', 'create_key', 'claims-triage-old'],
    // look-alikes: the unit's old key, the old one
    ['rotate the key for unit claims triage old one', 'rotate', 'claims-triage'],
    ['rotate the old key for unit claims triage', 'rotate', 'claims-triage'],
    ['rotate the key of unit claims triage, the old one', 'rotate', 'claims-triage'],
  ]);
});
