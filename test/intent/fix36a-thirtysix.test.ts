/**
 * Round thirty-six, fix36a (tuned-winery, tuned-fashion, tuned-met): a token's bounds and the kinds of credential
 * asked in words the help topics did not read; commands said as other languages mix them; a key named by its place
 * in a list; where a pasted key leaked; help topics asked in a clause or another language; an hour and a quarter
 * and "'n uur of drie"; lowerCamelCase units with a version or "Docs" last. Sentences of our own of each kind, and
 * look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked, reads, slots } from './acted.js';
import { parseRequest } from '../../src/intent/parse-request.js';

describe("a token's bounds asked in other words: limits", () => {
  slots([
    ['do tokens need to be at least 10 minutes long?', { intent: 'help', topic: 'limits' }],
    ['can a token be that short? my job takes 3 minutes', { intent: 'help', topic: 'limits' }],
    ['would a token last from Saturday morning until Sunday night?', { intent: 'help', topic: 'limits' }],
    ['is 16h allowed for a token?', { intent: 'help', topic: 'limits' }],
    ['hay un límite para los tokens?', { intent: 'help', topic: 'limits' }],
    ["hoe lank hou so 'n token?", { intent: 'help', topic: 'limits' }],
    ['quanto tempo dura um token?', { intent: 'help', topic: 'limits' }],
    ['if we wanted a 10 hour token, could we?', { intent: 'help', topic: 'limits' }],
  ]);
  // look-alike: a token asked for with its lower bound stays a request
  slots([['token for at least 2 hours please', { intent: 'token', ttlSeconds: 7200 }]]);
});

describe('a kind of credential asked bare or set against another: key-kinds', () => {
  slots([
    ['api key, access key, what is different?', { intent: 'help', topic: 'key-kinds' }],
    ['access key = what exactly?', { intent: 'help', topic: 'key-kinds' }],
    ['une api key, ça sert à quoi ?', { intent: 'help', topic: 'key-kinds' }],
    ['api key ≠ access key?', { intent: 'help', topic: 'key-kinds' }],
  ]);
  // look-alike: a kind asked for is a request
  keeps([['access key for growth please', 'create_key', 'growth']]);
});

describe('commands said as the languages mix them', () => {
  reads([
    ['rotá la key de ventas-ar porfa', 'rotate', 'ventas-ar'],
    ['revocá la key de ventas-ar', 'revoke', 'ventas-ar'],
    ['trek asseblief die growth sleutel in', 'revoke', 'growth'],
    ['vee die hele `growth-za` unit uit asseblief', 'deprovision', 'growth-za'],
    ['dale de baja a la unidad `legacy-ocr`', 'deprovision', 'legacy-ocr'],
    ['rodar as chaves da growth, por favor', 'rotate', 'growth'],
  ]);
  // look-alikes: Portuguese "rodar" runs a job; an English rota is a schedule
  nothingAsked(['vou rodar a triagem amanhã de manhã', 'who is on the rota this weekend?']);
});

describe('a key named by its place in a list is refused as a key ID', () => {
  exactly([
    // (one key named by its place, never all of the unit's)
    {
      text: 'the growth unit has a few keys, revoke #1',
      intent: 'revoke',
      businessUnit: 'growth',
      invalid: ['keyId'],
    },
    {
      text: 'ads-ml has a key with id 12, rotate that one',
      intent: 'rotate',
      businessUnit: 'ads-ml',
      invalid: ['keyId'],
    },
    { text: 'ads-ml: revoke key 1 please', intent: 'revoke', businessUnit: 'ads-ml', invalid: ['keyId'] },
  ]);
  // look-alike: a unit with a number keeps it
  exactly([{ text: 'rotate the key for squad 2 pls', intent: 'rotate', businessUnit: 'squad-2' }]);
});

describe('where a pasted key of ours leaked, told after it', () => {
  it('is revoked, the pasted secret refused as a key ID', () => {
    const parse = parseRequest(
      'revoke this one please: ABSKZmFrZUJlZHJvY2tLZXlGb3JUZXN0czk4NzY1NDMyMQ it was lying on the shared drive',
    );
    expect(parse.intent).toBe('revoke');
    expect(parse.problems?.map((p) => p.slot)).toEqual(['keyId']);
  });
  // look-alike: another system's token that leaked is still not ours
  neverActs(['revoke the github token, it was sitting in the shared folder']);
});

describe('help topics asked in a clause or in another language', () => {
  slots([
    ['could you explain how we may get a token?', { intent: 'help', topic: 'token' }],
    ['which providers can we use?', { intent: 'help', topic: 'models' }],
    ['how do I see all my units?', { intent: 'help', topic: 'list' }],
    ['comment je peux obtenir une clé pour mon équipe ?', { intent: 'help', topic: 'create_key' }],
    ['como é que funciona a aprovação de um token?', { intent: 'help', topic: 'approvals' }],
    ['kan ek die sleutel met my kollega deel?', { intent: 'help', topic: 'general' }],
  ]);
});

describe('an hour and a quarter, and about N hours, in other languages', () => {
  slots([
    ['un token pour 3 heures et quart', { intent: 'token', ttlSeconds: 11_700 }],
    ['un token por una hora y cuarto', { intent: 'token', ttlSeconds: 4500 }],
    ["ek het 'n token nodig vir 'n uur of twee", { intent: 'token', ttlSeconds: 7200 }],
    // look-alike: an hour alone
    ['un token pour une heure svp', { intent: 'token', ttlSeconds: 3600 }],
  ]);
});

describe('lowerCamelCase units with a version or "Docs" last', () => {
  reads([
    ['access key for stockPlannerV3', 'create_key', 'stock-planner-v3'],
    ['rotate releaseDocs', 'rotate', 'release-docs'],
  ]);
  // look-alike: a call of our words in code is no unit
  nothingAsked(['getDocs() returns null again after the deploy']);
});

describe('German and Dutch spend with a month named, the verb last', () => {
  reads([
    ['wie viel hat growth im März ausgegeben?', 'spend', 'growth'],
    ['hoeveel heeft growth in maart uitgegeven?', 'spend', 'growth'],
  ]);
  // look-alike: a pronoun spends, no unit
  reads([['wie viel hat er im Februar ausgegeben?', 'spend', null]]);
});

describe('Swedish: where the thing runs is its Region', () => {
  slots([
    [
      'Kan vi få en api-nyckel för vader-ai? Jobbet körs i Stockholm.',
      { intent: 'create_key', region: 'eu-north-1' },
    ],
  ]);
});

describe('"rotation" as the noun of the record asked for is history', () => {
  reads([['show me the rotation log of growth', 'history', 'growth']]);
  // look-alike: a rotation asked, the record only named beside it
  reads([['please rotate growth, then send me the rotation history', 'rotate', 'growth']]);
});

describe('Spanish "cuáles son mis …": which are my units', () => {
  slots([['¿cuáles son mis unidades?', { intent: 'list', owner: 'me' }]]);
  // look-alike: the units there are, no owner
  slots([['cuales son las unidades disponibles?', { intent: 'list', owner: null }]]);
});
