/**
 * Round fifty-two, fix52c (tuned-freight): Hungarian glossed into English by stem and ending (hungarian-words.ts):
 * tokens for hours said in words and fractions ("fél", "másfél", "két és fél", "negyed"), keys for days and months,
 * the verbs of asking put after what is asked for ("X kellene", "X kérek"), our commands with their preverbs
 * ("cseréljük le", "vonjuk vissza", "szüntessük meg", "hozz létre"), the question words, periods ("a múlt hónapban",
 * "az elmúlt N napban"), take-backs; German "tauschen" and "langfristig", "was kostet"; learner English "is possible
 * <credential>". Sentences of our own of each kind, and look-alikes that are not acted on.
 */
import { describe } from 'vitest';
import { neverActs, reads, slots } from './acted.js';

describe('Hungarian: a token for a time said in words, numbers and fractions', () => {
  slots([
    ['adnál egy tokent fél órára?', { intent: 'token', ttlSeconds: 1800 }],
    ['tokent szeretnék 45 percre', { intent: 'token', ttlSeconds: 2700 }],
    ['kellene egy token tizenkét órára', { intent: 'token', ttlSeconds: 43200 }],
    ['két és fél órás token kéne', { intent: 'token', ttlSeconds: 9000 }],
    ['negyed órára kérek egy tokent', { intent: 'token', ttlSeconds: 900 }],
    ['kaphatnék egy 3 órás tokent?', { intent: 'token', ttlSeconds: 10800 }],
    ['kérnék egy tokent 2 órára, nem, 3 órára', { intent: 'token', ttlSeconds: 10800 }],
  ]);
});

describe('Hungarian: a key for a unit, its kind, owner and lifetime', () => {
  slots([
    [
      'hozz létre egy API kulcsot a tariff-quotes unitnak 90 napra',
      { intent: 'create_key', businessUnit: 'tariff-quotes', keyKind: 'api-key', expiryDays: 90 },
    ],
    [
      'szeretnénk egy access key-t a yard-planner csapatnak, fél évre',
      { intent: 'create_key', businessUnit: 'yard-planner-csapat', expiryDays: 180 },
    ],
    [
      'kulcs kellene a border-docs-hu-nak, tulajdonos <@U0ABCDEF>, 60 napra',
      { intent: 'create_key', businessUnit: 'border-docs-hu', owner: 'U0ABCDEF', expiryDays: 60 },
    ],
  ]);
});

describe('Hungarian: the list, my units, a unit’s details, models, history and spend', () => {
  slots([
    ['mik az én unitjaim?', { intent: 'list', owner: 'me' }],
    ['listázd az összes unitot', { intent: 'list', all: true }],
    ['vannak mistral modellek?', { intent: 'models', provider: 'mistral' }],
    ['mennyit költöttünk a múlt hónapban?', { intent: 'spend', period: { kind: 'month', monthsAgo: 1 } }],
    ['mennyibe került a rola-planner márciusban?', { intent: 'spend', businessUnit: 'rola-planner' }],
  ]);
  reads([
    ['mutasd meg a tariff-quotes részleteit', 'details', 'tariff-quotes'],
    ['mikor jár le a yard-planner kulcsa?', 'details', 'yard-planner'],
    ['milyen modelleket használhatok?', 'models', null],
    ['ki kért tokent a múlt héten?', 'history', null],
    ['ki hozta létre a sava-squad kulcsát?', 'history', 'sava-squad'],
  ]);
});

describe('Hungarian: our changes with their preverbs, and what is not to be done', () => {
  reads([
    ['cseréljük le a tariff-quotes kulcsát, kiszivárgott', 'rotate', 'tariff-quotes'],
    ['töröld a yard-planner kulcsát', 'revoke', 'yard-planner'],
    ['szüntessük meg a dunav-test unitot', 'deprovision', 'dunav-test'],
    ['hogyan kell kulcsot cserélni?', 'help', null],
    ['mennyi ideig érvényes egy token?', 'help', null],
    ['a szekrény kulcsa Emilnél van', 'unknown', null],
  ]);
  neverActs([
    'ne töröld a yard-planner kulcsát!',
    'nem kell új kulcs, mégse',
    'felejtsd el a tokent, már nem kell',
    'hogyan kell kulcsot cserélni?',
    'a szekrény kulcsa Emilnél van',
  ]);
});

describe('Hungarian words that are names or other languages’ words are left alone', () => {
  reads([
    ['cheie nouă pentru loyalty-recs, 30 de zile, mersi mult', 'create_key', 'loyalty-recs'],
    ['token para kay <@U09JOSHRY>, 4 oras, nasa client site siya', 'token', null],
  ]);
});

describe('German: tauschen, langfristig, was kostet', () => {
  reads([
    ['Kannst du den Schlüssel von yard-planner tauschen?', 'rotate', 'yard-planner'],
    ['tauscht bitte den Key von tariff-quotes, der ist im Chat gelandet', 'rotate', 'tariff-quotes'],
  ]);
  slots([
    [
      'Ich brauche einen langfristigen Key für claims-desk, 90 Tage',
      { intent: 'create_key', businessUnit: 'claims-desk', expiryDays: 90 },
    ],
    [
      'Was kostet uns sava-squad diesen Monat?',
      { intent: 'spend', businessUnit: 'sava-squad', period: { kind: 'month', monthsAgo: 0 } },
    ],
    ['Was kostet der yard-planner im Februar?', { intent: 'spend', businessUnit: 'yard-planner' }],
  ]);
  neverActs(['Was kostet ein Token?', 'wir tauschen morgen die Schlüssel vom Büro']);
});

describe('Learner English: "is possible" before the credential asks for it', () => {
  slots([
    ['is possible token for 3 hours? i must check invoices', { intent: 'token', ttlSeconds: 10800 }],
    [
      'is possible a new api key for claims-desk?',
      { intent: 'create_key', businessUnit: 'claims-desk', keyKind: 'api-key' },
    ],
    [
      'is possible access key for yard-planner, 90 days?',
      { intent: 'create_key', businessUnit: 'yard-planner', keyKind: 'access-key', expiryDays: 90 },
    ],
  ]);
  neverActs([
    'is possible token longer than 12 hours?',
    'is possible token in Milan or only Frankfurt?',
    'is possible key for the house door of Marko?',
  ]);
});

describe('Hungarian, more of the paradigm: could you, I need, infinitives, all of them, belonging, locatives', () => {
  slots([
    ['Szia! Tudnál adni egy tokent 4 órára?', { intent: 'token', ttlSeconds: 14400 }],
    ['Szükségem van egy tokenre 2 órára', { intent: 'token', ttlSeconds: 7200 }],
    ['Tokent kérnék három órára', { intent: 'token', ttlSeconds: 10800 }],
    [
      'Kérek egy tokent másfél órára a Claude-hoz',
      { intent: 'token', ttlSeconds: 5400, provider: 'anthropic' },
    ],
    ['Egy tokent szeretnék kérni 8 órára', { intent: 'token', ttlSeconds: 28800 }],
    [
      'töröld az összes kulcsot a sava-squad unitnál',
      { intent: 'revoke', businessUnit: 'sava-squad', all: true },
    ],
    ['melyik unitok tartoznak hozzám?', { intent: 'list', owner: 'me' }],
    [
      'szükségünk lenne egy API kulcsra a claims-desk csapatnak 30 napra',
      { intent: 'create_key', businessUnit: 'claims-desk-csapat', keyKind: 'api-key', expiryDays: 30 },
    ],
    [
      '6 hónapos kulcs kellene a dunav-ops unitnak',
      { intent: 'create_key', businessUnit: 'dunav-ops', expiryDays: 180 },
    ],
    [
      'egy éves kulcsot kérek a dunav-ops unitnak',
      { intent: 'create_key', businessUnit: 'dunav-ops', expiryDays: 365 },
    ],
    ['mennyit költöttünk ebben a hónapban?', { intent: 'spend', period: { kind: 'month', monthsAgo: 0 } }],
  ]);
  reads([
    ['rotáld a yard-planner kulcsát', 'rotate', 'yard-planner'],
    ['mennyit költött a sava-squad tegnap?', 'spend', 'sava-squad'],
    ['mutasd a claims-desk kulcsait', 'details', 'claims-desk'],
    ['milyen kulcsai vannak a tariff-quotes unitnak?', 'details', 'tariff-quotes'],
    ['ki rotálta a sava-squad kulcsát tegnap?', 'history', 'sava-squad'],
    ['szüntesd meg a kulcsot a dunav unitnál', 'revoke', 'dunav'],
    ['mi a különbség a token és az API kulcs között?', 'help', null],
    ['meddig érvényes a token?', 'help', null],
  ]);
  neverActs([
    'nem kell token, köszi',
    'token 2 órára... á nem, mégse kell',
    'hagyjuk, nem kell a kulcs',
    'kellene egy kulcs a szekrényhez az irodában',
  ]);
});

describe('A unit is not "sharing Marko" nor "macedonian side" (unit-finder.ts)', () => {
  reads([
    ['new api key for growth-ml please, we stop using Ana’s token', 'create_key', 'growth-ml'],
    ["warehouse-bot needs its own key, no more borrowing Ivan's token", 'create_key', 'warehouse-bot'],
    ['please make api key for the customs team, serbian side', 'create_key', 'customs-team'],
    ['api key for the wagon data team please, austrian side', 'create_key', 'wagon-data-team'],
    ["rotate billing ops's key", 'rotate', 'billing-ops'],
    ['create a key for client side rendering team', 'create_key', 'client-side-rendering-team'],
  ]);
});

describe('A Hungarian place in English is English; another trade’s history stays not ours', () => {
  slots([
    [
      'on my way to the Győr plant, need a token for the train ride, ~3h',
      { intent: 'token', ttlSeconds: 10800 },
    ],
  ]);
  neverActs(['can you send me the shipment history of order 4411?']);
});
