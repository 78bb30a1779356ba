/**
 * Round forty-five, fix45e (tuned-styles-arabizi): Arabizi, Arabic written in Latin letters and digits and mixed with
 * English or French, read as the English it says (arabizi.ts): how long ("sa3tein", "nos sa3a", "90 yom"), asking
 * ("3ayez", "bidi", "baghi", "momken"), "lel" (for the) and "bta3" (of) before a unit, a request taken back ("la2
 * ensa", "la2 mish lazem") or put to a person ("momken te3mel … lamma tfda?").
 * Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('Arabizi is read as the English it says', () => {
  slots([
    ['3ayez token talat sa3at law sama7t', { intent: 'token', ttlSeconds: 10800 }],
    ['bidi token nos sa3a bas', { intent: 'token', ttlSeconds: 1800 }],
    ['baghi token dyal sa3tein f frankfurt', { intent: 'token', ttlSeconds: 7200, region: 'eu-central-1' }],
    [
      'api key lel pricing-engine, 60 yom',
      { intent: 'create_key', businessUnit: 'pricing-engine', expiryDays: 60 },
    ],
  ]);
  reads([
    ['revoke el key bta3 loyalty-app law sama7t', 'revoke', 'loyalty-app'],
    ['details lel metro-ops', 'details', 'metro-ops'],
  ]);
  // look-alikes: English with "el" or "bas" (no Arabizi word), a Turkish "saat" keeps its own reading
  slots([
    ['token for 2h for el-paso-ops please', { intent: 'token', ttlSeconds: 7200 }],
    ['3 saat icin token alabilir miyim?', { intent: 'token', ttlSeconds: 10800 }],
  ]);
});

describe('an Arabizi request taken back or put to a person is not acted on', () => {
  nothingAsked([
    'token sa3a... la2 ensa, el demo et2aggel',
    'bidi api key lel sanabel... la2 mish lazem, 3andna wa7ed',
    'ana mesh 3ayez token, 3ayez a3raf lih el vpn wa2ef',
    '<@U01ABCDEF> momken te3mel revoke lel key bta3 ads-ml lamma tfda?',
  ]);
  neverActs(['Sara ya habibti, e3melli token sa3a men 3andak, el laptop 3andi 3ala el mobile bas']);
});

describe('Arabizi lifetimes without a number, questions and periods', () => {
  slots([
    ['bidi token sa3a bas', { intent: 'token', ttlSeconds: 3600 }],
    ['3ayez api key lel pricing-engine, expiry shahr', { intent: 'create_key', expiryDays: 30 }],
    ['abgha long-term key lel ads-ml, usbu3 bas', { intent: 'create_key', expiryDays: 7 }],
    ['kam 3omr el key bta3 el pricing-engine?', { intent: 'details', businessUnit: 'pricing-engine' }],
    ['min 3amal revoke lel ads-ml key akher marra?', { intent: 'history', businessUnit: 'ads-ml' }],
    ['spend lel ads-ml el shahr elli fat', { intent: 'spend', period: { kind: 'month', monthsAgo: 1 } }],
    ['eh el far2 ben el token w el access key?', { intent: 'help', topic: 'key-kinds' }],
  ]);
  // look-alikes: next week is no lifetime, a colleague asked is no request
  nothingAsked(['3ayez ajarrab llama bas lessa mafi wa2t, yemken el usbu3 el gay']);
  neverActs(['Khaled 2al li eno lazem n3mel rotate lel key kol 60 yom']);
});

describe('Arabizi questions of whose units, what a unit has, and a person asked', () => {
  slots([
    ['shu el units taba3i?', { intent: 'list', owner: 'me' }],
    ['abi ashoof el units elli ana owner 3alaihum', { intent: 'list', owner: 'me' }],
    ['chno kayn f unit pricing-engine?', { intent: 'details', businessUnit: 'pricing-engine' }],
    ['el token howa nafs el access key?', { intent: 'help', topic: 'key-kinds' }],
    ['anhi regions mawgooda?', { intent: 'help', topic: 'regions' }],
  ]);
  // look-alikes: a colleague asked from a taxi, a change not decided, a rotation waved off, an order's history
  nothingAsked([
    '<@U01ABCDEF> 3afak dir rotate l clé dyal ads-ml, ana f taxi',
    'el audit bey2ool el key bta3 ads-ml lazem yet3amalo rotate, bas lessa mesh mit2akkedin',
    'revoke el ads-ml key? nah, ma 7ad shafo',
    'history el order bta3i fi talabat fiha moshkela',
  ]);
});

describe('Arabic script in the dialects: asking, our commands, a unit of time', () => {
  slots([
    ['بدي توكن ساعتين', { intent: 'token', ttlSeconds: 7200 }],
    ['عايز توكن ساعة وحدة', { intent: 'token', ttlSeconds: 3600 }],
    ['الغي المفتاح تبع ads-ml', { intent: 'revoke', businessUnit: 'ads-ml' }],
    ['غير المفتاح حق pricing-engine لو سمحت', { intent: 'rotate', businessUnit: 'pricing-engine' }],
    ['ايش الموديلات المتوفرة؟', { intent: 'models' }],
  ]);
  // look-alikes: a car's key, a key not valid, a token not wanted: words this does not know leave them unread
  neverActs(['غير مفتاح السيارة', 'المفتاح غير صالح', 'ما بدي توكن']);
});

describe('Arabizi questions of when a key was made, whether it is still valid, how far history goes', () => {
  slots([
    ['emta et3amal el key bta3 pricing-engine?', { intent: 'history', businessUnit: 'pricing-engine' }],
    ['el key bta3 ads-ml lessa valid walla expired?', { intent: 'details', businessUnit: 'ads-ml' }],
    ['el history byerga3 le wara 2ad eh?', { intent: 'help', topic: 'history' }],
    ['el token byefdal sha8al 2ad eh by default?', { intent: 'help', topic: 'limits' }],
  ]);
  // look-alikes: a delivery app's order history, a token asked of the bot stays a request
  nothingAsked(['history el order bta3i fi talabat fiha moshkela, talabt mar2ein']);
  slots([['momken token 3 sa3at law sama7t', { intent: 'token', ttlSeconds: 10800 }]]);
});
