/**
 * Round thirty-eight, fix38c (tuned-pension, tuned-shipyard): a leading mention asked by someone whose machine is
 * elsewhere or who cannot type; Dutch words of a request or question the glossary lacked and French "depuis N mois";
 * a key for a unit, one's own units, a unit's key details, the models available, a key made invalid and "how many
 * hours" asked in Japanese. Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, nothingAsked, reads, slots, stillActs } from './acted.js';

describe('a leading mention asked by someone whose machine is elsewhere or who cannot type: put to that person', () => {
  nothingAsked([
    "<@U04RTY7PL> could you grab me a token for 3h? my laptop's at home today",
    '<@U04RTY7PL> can you rotate the billing key? I left my laptop in the car',
    "<@U04RTY7PL> can you revoke the ads key? wearing gloves, can't type",
  ]);
  // look-alikes: the bot asked with no one mentioned first, or a mention that asks nothing of the person
  // (fix48e: the asker's own machine told, then the token: held by the rules, rule-holds.ts OWN_MACHINE_TOKEN.)
  stillActs(["my laptop's in the meeting room, token 2h please"]);
  keeps([['<@U0BOT> token for 2h please', 'token']]);
});

describe('Dutch words of a request or question, and French "depuis N mois"', () => {
  slots([
    ['welke teams zijn van mij?', { intent: 'list', owner: 'me' }],
    ['welke units heb ik?', { intent: 'list', owner: 'me' }],
    [
      'uitgaven van growth deze maand?',
      { intent: 'spend', businessUnit: 'growth', period: { kind: 'month', monthsAgo: 0 } },
    ],
    ['hoe lang is een api key standaard geldig?', { intent: 'help', topic: 'limits' }],
    [
      'historique de growth depuis 6 semaines svp',
      { intent: 'history', businessUnit: 'growth', period: { kind: 'days', days: 42 } },
    ],
  ]);
  reads([['deprovisioneer legacy-ocr alsjeblieft', 'deprovision', 'legacy-ocr']]);
});

describe('a key, one’s units, a unit’s key details, models, a key made invalid and its limits asked in Japanese', () => {
  slots([
    ['私のユニット一覧を表示してください', { intent: 'list', owner: 'me' }],
    ['利用可能なモデルを教えて', { intent: 'models' }],
    ['トークンは何時間ですか?', { intent: 'help', topic: 'limits' }],
    [
      'claims-ai 用の長期キーを作成してください。有効期限は30日です。',
      { intent: 'create_key', businessUnit: 'claims-ai', expiryDays: 30 },
    ],
  ]);
  reads([
    ['growth のキー情報を見せて', 'details', 'growth'],
    ['growth のキーを無効にしてください', 'revoke', 'growth'],
  ]);
  // look-alikes: asked not to make it invalid, and a key's matter sent to a colleague, ask nothing of the bot
  nothingAsked(['growth のキーを無効にしないでください', 'キーの件は田中さんに聞いてください']);
});

// (merge38: "if we needed a 14h token …, could we have one?" is limits only past the bounds, and a help reading's
// lifetime is lifted out before the topic is read; "what if I needed an 8h token …, could I get one?" is the token's
// (acted15): left to the rules that see the lifetime.)
describe('the longest asked in Tagalog: limits', () => {
  slots([['gaano katagal ang pinakamatagal na token?', { intent: 'help', topic: 'limits' }]]);
  // look-alikes: how to get one is the token's, and a need told with the same words is a request
  slots([['if I needed a token, how would I get one?', { intent: 'help', topic: 'token' }]]);
  slots([['I need a token for 3h, could I get one?', { intent: 'token', ttlSeconds: 10800 }]]);
});

describe('a camelCase service name with a state last, and a bare number after "expires"', () => {
  reads([
    ['rotate the key for `claimsTriageOld`', 'rotate', 'claims-triage-old'],
    ['deprovision memberPortalLegacy please', 'deprovision', 'member-portal-legacy'],
  ]);
  slots([
    ['create key for growth, expires 60', { intent: 'create_key', businessUnit: 'growth', expiryDays: 60 }],
  ]);
  // look-alikes: a field or a call with our word in it names no unit; a year after "expires" is no lifetime
  nothingAsked(['getNewToken() throws again after the upgrade']);
  slots([['new key for growth, expires 2027', { expiryDays: null }]]);
});

describe('whether the bot is down for everyone: asked of the channel', () => {
  nothingAsked([
    'is the bot broken for anyone else? nothing since lunch',
    'no reply from the bot again, is it down for everybody?',
  ]);
  // look-alike: whether it works, asked with no one else named, is the bot's help or nothing, never an action and never
  // a question back. (The corpus labels the form both ways: authors-roles "is the bot down? it didn't answer my last
  // message" help, tuned-pharmacy "is the bot down? I've been waiting 5 min" and tuned-shipyard "… nobody got a token
  // since 6" nothing; the classifier weighs the two, and round forty-nine's retrain leans to nothing, 0.72 to 0.28.)
  it('is the bot down? it ignored my last two messages', () => {
    const read = parseRequest('is the bot down? it ignored my last two messages');
    expect(['help', 'unknown']).toContain(read.intent);
    expect(read.question).toBeUndefined();
  });
});

describe('a token for an occasion a team holds, a mention after it: no owner', () => {
  slots([
    ['token 2h for the design review, <@U07KQ2ZLM>', { intent: 'token', owner: null, ttlSeconds: 7200 }],
    ['token for 90 min for the sales demo — <@U07KQ2ZLM>', { intent: 'token', owner: null }],
  ]);
  // look-alike: a token for a colleague named is theirs
  slots([['token 2h for my colleague <@U07KQ2ZLM>', { intent: 'token', owner: 'U07KQ2ZLM' }]]);
});
