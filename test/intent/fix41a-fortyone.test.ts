/**
 * Round forty-one, fix41a (tuned-ambulance): Welsh read word by word and phrase by phrase, its numbers before a unit of
 * time, its mutations, "'r" and its place names (more-languages.ts, aws-regions.ts); Romanian "cheie de acces",
 * "arată-mi", "toate", "istoricul", "cât am cheltuit", "luna trecută" (more-languages.ts); Urdu in the Arabic script
 * (greek-arabic.ts) and Punjabi in Gurmukhi (gurmukhi-words.ts); "expiry" inside a camelCase service's name
 * (service-names.ts); a name said in words after "unit" opened by a word that alone names nothing (unit-finder.ts);
 * premises something was stolen from, no unit (unit-finder.ts); "what is the long-term key?" asks the key kinds
 * (help-topic.ts). Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('Welsh: the words and phrases of a request, numbers before a unit of time, and the mutations', () => {
  slots([
    ['ga i docyn am dair awr plis', { intent: 'token', ttlSeconds: 10800 }],
    ['tocyn am hanner awr os gwelwch yn dda', { intent: 'token', ttlSeconds: 1800 }],
    ['alla i gael tocyn am awr?', { intent: 'token', ttlSeconds: 3600 }],
    ['pa fodelau sydd ar gael yn Nulyn?', { intent: 'models', region: 'eu-west-1' }],
    ['tocyn am ddwy awr yn Llundain plis', { intent: 'token', ttlSeconds: 7200, region: 'eu-west-2' }],
    [
      'faint wnaethon ni wario ar triage-notes y mis diwethaf?',
      { intent: 'spend', businessUnit: 'triage-notes', period: { kind: 'month', monthsAgo: 1 } },
    ],
    ['dangos yr unedau i gyd', { intent: 'list', all: true }],
  ]);
  reads([
    ["dileu'r allwedd ar gyfer fleet-rota", 'revoke', 'fleet-rota'],
    ["cylchdroi'r allwedd ar gyfer fleet-rota os gwelwch yn dda", 'rotate', 'fleet-rota'],
    ["ddirymu'r allwedd ar gyfer crew-app", 'revoke', 'crew-app'],
    ['dwi angen allwedd ar gyfer crew-app', 'create_key', 'crew-app'],
  ]);
  // look-alikes: a lock's key asked about in Welsh, thanks, and Spanish, Swedish and Oracle's AWR keep their reading
  nothingAsked(["pwy sydd â'r allwedd i'r drws cefn?", 'diolch yn fawr iawn']);
  slots([
    ['token dos horas y media', { intent: 'token', ttlSeconds: 9000 }],
    ['the last 3 awr reports look odd, any idea?', { intent: 'unknown', ttlSeconds: null }],
  ]);
});

describe('Romanian: an access key, show me, all, history, and what was spent', () => {
  slots([
    [
      'o cheie de acces pentru dispatch-maps, 60 de zile, vă rog',
      { intent: 'create_key', businessUnit: 'dispatch-maps', keyKind: 'access-key', expiryDays: 60 },
    ],
    ['arată-mi toate unitățile', { intent: 'list', all: true }],
    [
      'cât am cheltuit luna aceasta pe dispatch-maps?',
      { intent: 'spend', businessUnit: 'dispatch-maps', period: { kind: 'month', monthsAgo: 0 } },
    ],
  ]);
  reads([['istoricul pentru dispatch-maps', 'history', 'dispatch-maps']]);
  // look-alike: thanks in Romanian asks nothing
  nothingAsked(['mulțumesc pentru ajutor!']);
});

describe('Urdu in the Arabic script and Punjabi in Gurmukhi: a token for a count of hours', () => {
  slots([
    ['براہ کرم مجھے دو گھنٹے کے لیے ٹوکن دیں', { intent: 'token', ttlSeconds: 7200 }],
    ['ਕਿਰਪਾ ਕਰਕੇ ਮੈਨੂੰ ਤਿੰਨ ਘੰਟੇ ਲਈ ਟੋਕਨ ਦਿਓ', { intent: 'token', ttlSeconds: 10800 }],
    ['ਸਾਰੀਆਂ ਯੂਨਿਟਾਂ ਦਿਖਾਓ', { intent: 'list', all: true }],
    ['تمام یونٹس دکھائیں', { intent: 'list', all: true }],
  ]);
  // look-alikes: a refusal ("نہیں", "ਨਹੀਂ": not) is a word not read, and the message is never acted on
  neverActs(['مجھے ٹوکن نہیں چاہیے', 'ਮੈਨੂੰ ਟੋਕਨ ਨਹੀਂ ਚਾਹੀਦਾ']);
});

describe("\"expiry\" inside a camelCase service's name is the stock's or the drug's", () => {
  reads([
    ['info on drugExpiryAlerts please', 'details', 'drug-expiry-alerts'],
    ['key for `BloodExpiryMonitor`, 90 days', 'create_key', 'blood-expiry-monitor'],
  ]);
  // look-alikes: a field of ours stays a field, no unit
  slots([
    ['what does keyExpiryDays do?', { businessUnit: null }],
    ['set customExpiryDate in the config', { businessUnit: null }],
  ]);
});

describe('a name said in words after "unit", opened by a word that names nothing alone', () => {
  reads([
    ['api key for unit call triage summariser', 'create_key', 'call-triage-summariser'],
    ['rotate the key for unit call audio', 'rotate', 'call-audio'],
  ]);
  // look-alikes: "the unit we call X" and a run that goes on are no such name
  keeps([['rotate the key for unit call audio please', 'rotate', 'call-audio']]);
});

describe('premises something was stolen from or lost at name no unit', () => {
  slots([
    [
      'revoke all keys, a tablet was stolen from the Bangor depot',
      { intent: 'revoke', all: true, businessUnit: null },
    ],
  ]);
  // look-alike: the unit the request names stays
  reads([
    ['rotate the key for fleet-rota, the laptop was left at the Wrexham station', 'rotate', 'fleet-rota'],
  ]);
});

describe('"what is the long-term key?" asks the kinds of key', () => {
  slots([['sorry, new here — what is a long-term key?', { intent: 'help', topic: 'key-kinds' }]]);
  // look-alike: the long-term key of a unit asks its details
  reads([['what is the long-term key for fleet-rota?', 'details', 'fleet-rota']]);
});
