/**
 * Round forty-seven, fix47c (tuned-chemicals, tuned-styles-northern): kinds of writing the parser misread. Sentences
 * of our own of each kind, and look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { nothingAsked, slots } from './acted.js';
import { parseRequest } from '../../src/intent/parse-request.js';

describe("the commands' verbs in Polish, Portuguese and German: 'odwołaj', 'pausa a chave', 'austauschen'", () => {
  slots([
    ['odwołaj klucz dla sds-drafter', { intent: 'revoke', businessUnit: 'sds-drafter' }],
    ['proszę odwołać klucz AKIAQWERTYUIOP123456', { intent: 'revoke', keyId: 'AKIAQWERTYUIOP123456' }],
    [
      'pausa a chave do shelf-life-predictor, por favor',
      { intent: 'revoke', businessUnit: 'shelf-life-predictor' },
    ],
    ['bitte den Schlüssel für coatings-qc austauschen', { intent: 'rotate', businessUnit: 'coatings-qc' }],
  ]);
  // look-alikes: a meeting called off, a coffee break, a cabinet's lock replaced
  nothingAsked([
    'odwołali spotkanie, klucz do biura jest u Ani',
    'vamos fazer uma pausa para o café',
    'wir müssen das Schloss am Giftschrank austauschen, der Schlüssel klemmt',
  ]);
});

describe("lifetimes and corrections as the plants type them: 'e Stund', '2 stund', 'nee, mach vier', 'horas e meia'", () => {
  slots([
    ['Bruuch es Token für 2 stund', { intent: 'token', ttlSeconds: 7200 }],
    ['chönnt i es Token ha, e Stund', { intent: 'token', ttlSeconds: 3600 }],
    ['token drei stunden… nee, mach vier', { intent: 'token', ttlSeconds: 14400 }],
    ['um token de uma hora e meia', { intent: 'token', ttlSeconds: 5400 }],
  ]);
  // look-alikes: an hour that is over, a meeting that lasted two and a half hours
  nothingAsked(['d Stund isch ume, mir göhnd', 'a reunião durou duas horas e meia']);
});

describe("German 'Bedrock-Kosten für X' and a unit corrected by 'nein, von Y'; Portuguese 'o que tem no X?'", () => {
  slots([
    [
      'Bedrock-Kosten für sds-drafter diesen Monat?',
      { intent: 'spend', businessUnit: 'sds-drafter', period: { kind: 'month', monthsAgo: 0 } },
    ],
    [
      'widerruf den Key von coatings-qc, nein, von sds-drafter',
      { intent: 'revoke', businessUnit: 'sds-drafter' },
    ],
    ['o que tem no sds-drafter-v2?', { intent: 'details', businessUnit: 'sds-drafter-v2' }],
  ]);
  // look-alikes: the costs remarked on, a lunch menu asked about
  nothingAsked(['die Bedrock-Kosten sind im Budget, passt schon', 'o que tem no cardápio hoje?']);
});

describe("one's own token given, shared or pasted, in Polish, Finnish and Swedish: keeping it safe", () => {
  slots([
    ['czy mogę dać mój token stażyście?', { intent: 'help', topic: 'general' }],
    ['voinko jakaa tokenin tiimikaverin kanssa?', { intent: 'help', topic: 'general' }],
    ['är det ok att klistra in min token i ett mejl?', { intent: 'help', topic: 'general' }],
    // look-alike: a token asked for ("daj mi", give me) is still a request
    ['daj mi token na dwie godziny', { intent: 'token', ttlSeconds: 7200 }],
  ]);
  nothingAsked(['klistra in loggen i tråden']);
});

describe("a unit named in words with 'log' in it: 'the maintenance log search'", () => {
  slots([
    ['key for the fleet log search please', { intent: 'create_key', businessUnit: 'fleet-log-search' }],
    ['rotate the key for boiler log search', { intent: 'rotate', businessUnit: 'boiler-log-search' }],
  ]);
  // look-alikes: the audit log itself
  it('"history log for growth" is still the record of changes', () => {
    expect(parseRequest('history log for growth')).toMatchObject({
      intent: 'history',
      businessUnit: 'growth',
    });
  });
  nothingAsked(['the audit log search shows nothing for growth']);
});

describe('a key created first and another change asked after it: two requests, the first is the request', () => {
  slots([
    ['create a key for growth and rotate ads afterwards', { intent: 'create_key', businessUnit: 'growth' }],
    [
      'opret en nøgle til turbine-alarms og roter offshore-logbook bagefter',
      { intent: 'create_key', businessUnit: 'turbine-alarms' },
    ],
    // look-alikes: a rotation asked first stays a rotation, and a rotation alone
    ['rotate the ads key and create a key for growth', { intent: 'rotate', businessUnit: 'ads' }],
    ['rotate the key for growth', { intent: 'rotate', businessUnit: 'growth' }],
  ]);
});

describe('whether a change of ours can be undone: a how-to, also after the story of one the bot carried out', () => {
  slots([
    ['is there a way to undo a revoke?', { intent: 'help', topic: 'revoke' }],
    ['any way to reverse a rotation?', { intent: 'help', topic: 'rotate' }],
    [
      'last week the bot rotated the sds-drafter key for me. the old one was still in a cron job. is there a way to undo a rotation?',
      { intent: 'help', topic: 'rotate' },
    ],
    // look-alike: a rotation asked, with a question about it after
    ['rotate the ads key, is there a way to undo it later?', { intent: 'rotate', businessUnit: 'ads' }],
  ]);
});

describe("German 'wie beantrage ich …' (how do I apply for): a request's verb, asked how", () => {
  slots([
    ['wie beantrage ich einen Schlüssel für eine Unit?', { intent: 'help', topic: 'create_key' }],
    [
      'beantrage bitte einen Schlüssel für coatings-qc, 90 Tage',
      { intent: 'create_key', businessUnit: 'coatings-qc', expiryDays: 90 },
    ],
  ]);
  // look-alike: leave applied for tomorrow
  nothingAsked(['ich beantrage morgen Urlaub']);
});
