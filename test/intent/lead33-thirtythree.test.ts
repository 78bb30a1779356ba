/**
 * Round thirty-three, the lead's fixes from round thirty-two's blind files (now tuned files): words of other
 * languages the bot's users type, read as the English they mean. Sentences of our own, and look-alikes.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe('Polish number words before a unit of time are the lifetime (surface.ts)', () => {
  slots([
    ['potrzebuję tokena na dwie godziny', { intent: 'token', ttlSeconds: 7200 }],
    ['token na cztery godziny prosze', { intent: 'token', ttlSeconds: 14400 }],
    ['poproszę token na trzy godziny', { intent: 'token', ttlSeconds: 10800 }],
    ['klucz API dla zespołu raporty, ważny trzy miesiące', { intent: 'create_key', expiryDays: 90 }],
    // the digits and "an hour" as before
    ['potrzebuję tokena na 2 godziny', { intent: 'token', ttlSeconds: 7200 }],
    ['potrzebuję tokena na godzinę', { intent: 'token', ttlSeconds: 3600 }],
  ]);
});

describe('Welsh: a token, a key, a unit and "please" (more-languages.ts)', () => {
  slots([
    ['tocyn am 2 awr os gwelwch yn dda', { intent: 'token', ttlSeconds: 7200 }],
    ['dw i angen tocyn am 3 awr', { intent: 'token', ttlSeconds: 10800 }],
    ['tocyn am 30 munud plis', { intent: 'token', ttlSeconds: 1800 }],
    [
      'allwedd ar gyfer uned cyfieithu os gwelwch yn dda',
      { intent: 'create_key', businessUnit: 'cyfieithu' },
    ],
  ]);
  // English words that Welsh shares a spelling with are read as English without a Welsh word
  slots([["I am on the train, token 2h please, it's for the demo", { intent: 'token', ttlSeconds: 7200 }]]);
});

describe('an API key in one hyphenated word, in other languages, is an API key (surface.ts)', () => {
  slots([
    [
      'kunnen jullie een API-sleutel maken voor retouren-tagger?',
      { intent: 'create_key', businessUnit: 'retouren-tagger', keyKind: 'api-key' },
    ],
    [
      'Потрібен API-ключ для claim-triage-ua, будь ласка',
      { businessUnit: 'claim-triage-ua', keyKind: 'api-key' },
    ],
    ['API-Schlüssel für ads bitte', { intent: 'create_key', businessUnit: 'ads', keyKind: 'api-key' }],
    ['api-klucz dla zespołu raporty', { intent: 'create_key', keyKind: 'api-key' }],
  ]);
});

describe('Dutch "trek … in" with a polite word after it is a revocation; Polish units', () => {
  reads([
    ['trek de sleutel van shop-faq-bot in a.u.b.', 'revoke', 'shop-faq-bot'],
    ['trek de key van ads in, graag', 'revoke', 'ads'],
    ['usuń jednostkę katalog-pl-test z bedrocka', 'deprovision', 'katalog-pl-test'],
    ['jakie jednostki mamy?', 'list', null],
    ['pokaż szczegóły jednostki raporty', 'details', 'raporty'],
  ]);
  // a Dutch sentence with "trek" and "in" that revokes nothing
  neverActs(['ik trek de deur dicht en ga naar huis, de sleutel ligt in de la']);
});

describe('a Polish key "to" a thing is a door\'s or a van\'s, not ours', () => {
  nothingAsked([
    'kto ma klucz do busa 17?',
    'kto ma klucz do magazynu w archiwum?',
    'zgubiłem klucze do biura',
  ]);
  // a key to the API, or one for a team, is still ours
  reads([['potrzebuję klucz do API dla zespołu raporty', 'create_key', 'raporty']]);
});

describe("a token for the asker, then one for a colleague: the first request is the asker's (owner.ts)", () => {
  slots([
    ['token 2h for me and one for <@U07LEILA9> too pls', { intent: 'token', owner: null, ttlSeconds: 7200 }],
    ['token 3h for me and 3h for <@U04RHIAN55> too pls', { intent: 'token', owner: null, ttlSeconds: 10800 }],
    ['can I get a token for me and for <@U07LEILA9>, 2h each?', { intent: 'token', owner: null }],
    // one person asked for, still theirs
    ['token 2h for <@U07LEILA9>', { intent: 'token', owner: 'U07LEILA9' }],
    ['a token for my colleague <@U07LEILA9> and me, 1h', { intent: 'token', owner: 'U07LEILA9' }],
  ]);
});

describe('a colleague asked first, the writer away on any ride or with a dying phone: put to the colleague (addressee.ts)', () => {
  nothingAsked([
    "<@U03AB12CD> can you rotate the ads key? I'm on a jeepney, phone at 5%",
    "<@U03AB12CD> could you revoke the crm-sync key? I'm on the ferry",
    '<@U03AB12CD> can you get me a token for 2h? phone is dying',
    "<@U03AB12CD> can u revoke the ledger key? I'm in a tricycle with 3% battery",
  ]);
  // no colleague asked: the writer's own request, whatever the ride
  stillActs(["could you revoke the crm-sync key? I'm on the ferry"]);
  reads([['revoke the ads key, phone is dying', 'revoke', 'ads']]);
});

describe('whether one can get a key without approval, in Danish, is a question about approvals (more-languages.ts)', () => {
  slots([['Kan man få en nøgle til sin enhed uden godkendelse?', { intent: 'help', topic: 'approvals' }]]);
  neverActs(['kan man få en nøgle uden godkendelse?', 'kan man få et token uden godkendelse fra sin chef?']);
});
