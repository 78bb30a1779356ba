/**
 * Round thirty-five, fix35a: requests in languages the glossary did not read (Finnish, Icelandic) or read only in
 * part (Danish, Norwegian, Swedish, Portuguese, French, Italian words it missed), read as nothing or as another
 * command; with sentences of our own of each kind and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('Finnish requests and questions, with the case endings on the unit noun', () => {
  reads([
    ['vaihda avain yksiköltä sales-fi', 'rotate', 'sales-fi'],
    ['peruuta avain tiimiltä growth', 'revoke', 'growth'],
    ['poista yksikkö legacy-ocr kokonaan', 'deprovision', 'legacy-ocr'],
    ['kulut yksiköllä doc-ai viime kuussa', 'spend', 'doc-ai'],
    ['mitä malleja on saatavilla?', 'models', null],
    ['mitkä yksiköt ovat minun?', 'list', null],
  ]);
  slots([
    ['tarvitsen API-avaimen yksikölle doc-ai, voimassa 30 päivää', { keyKind: 'api-key', expiryDays: 30 }],
    ['tokeni kolmeksi tunniksi kiitos', { intent: 'token', ttlSeconds: 10_800 }],
  ]);
  // look-alike: a question put to the people
  nothingAsked(['hei, onko kukaan nähnyt laturiani?']);
});

describe('Icelandic requests and questions', () => {
  reads([
    ['afturkallaðu lykilinn fyrir growth', 'revoke', 'growth'],
    ['getum við fengið nýjan lykil fyrir doc-ai?', 'create_key', 'doc-ai'],
    ['kostnaður hjá doc-ai síðustu 30 daga', 'spend', 'doc-ai'],
  ]);
  // look-alike: a door's key asked of the people
  nothingAsked(['Er einhver með lykilinn að skúrnum?']);
});

describe('Danish, Norwegian and Swedish words the glossary missed', () => {
  reads([
    ['slett hele enheten legacy-ocr', 'deprovision', 'legacy-ocr'],
    ['byt nyckeln för growth', 'rotate', 'growth'],
    ['kostnader för growth senaste 3 månaderna', 'spend', 'growth'],
    ['kan du liste alle enhetene?', 'list', null],
  ]);
  slots([['Nøgle til enheden doc-ai, udløber om 60 dage', { intent: 'create_key', expiryDays: 60 }]]);
});

describe('Portuguese, French and Italian words for what is asked of a key', () => {
  reads([
    ['trocar a chave da growth, por favor', 'rotate', 'growth'],
    ['desativar a unidade legacy-ocr', 'deprovision', 'legacy-ocr'],
    ["changer la clé de l'unité growth stp", 'rotate', 'growth'],
    ['quando scade la chiave di growth?', 'details', 'growth'],
    ['quando foi criada a chave da growth?', 'history', 'growth'],
  ]);
  // look-alikes: deactivating a key is still a revocation; "changer" in English is no verb of ours
  reads([['desativar a chave da growth', 'revoke', 'growth']]);
  nothingAsked(['the game changer was the new layout']);
});

describe('a need told for a month to come, opening the clause, is no request yet', () => {
  nothingAsked([
    "not now, but in June we'll need a key for the ads team",
    'in September we will probably need a token for the offsite',
  ]);
  neverActs(['in March we will need a key for growth']);
  // look-alikes: the month as a report's period, and a request now with a need told for later
  keeps([
    ["I'll need the spend for growth in march", 'spend', 'growth'],
    ["key for growth please, in march we'll need another", 'create_key', 'growth'],
  ]);
});

describe('a lowerCamelCase unit with a generator or a version last splits at its capitals', () => {
  reads([
    ['rotate captionGen', 'rotate', 'caption-gen'],
    ['revoke the key of fraudModelV3', 'revoke', 'fraud-model-v3'],
  ]);
  // look-alikes: one word and a version stays one name; a field of our words is no unit
  reads([
    ['rotate the modelV2 key', 'rotate', 'modelv2'],
    ['set maxTokensV2 in the config', 'unknown', null],
  ]);
});

describe('whether there is someone to chase for a pending request is how approval works (help, approvals)', () => {
  exactly([
    {
      text: 'I asked for a key an hour ago, is there someone I should nudge?',
      intent: 'help',
      topic: 'approvals',
    },
  ]);
  // look-alikes: someone to chase about other things
  nothingAsked([
    'the printer is broken again, is there someone I should ping?',
    'is there someone I should nudge about the offsite budget?',
  ]);
});
