/**
 * Round forty-six, fix46e (tuned-styles-arabizi): one reader of Arabizi (fix45a's Egyptian glossary language moved into
 * arabizi.ts), and the kinds it still missed: Arabizi particles around English commands with no strong word ("bas
 * rotate", "mn el", "fi X fi el bot", "l `Name`"), what may be had asked with "momken"/"kam", a cost asked with the
 * noun alone and a correction that keeps part ("la2 khalas, bas …"), a new key in the old one's place ("bdalo"), which
 * Region a unit's key is in, a key's days used up told as why, "deprovision el X", how to see one's units, and a
 * French lifetime in years ("2 ans").
 * Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, reads, slots } from './acted.js';

describe('Egyptian Arabizi, now read by arabizi.ts alone, reads as before', () => {
  slots([
    ["law samaht token le modet sa'teen", { intent: 'token', ttlSeconds: 7200 }],
    ['ghayyar el key bta3 nile-search', { intent: 'rotate', businessUnit: 'nile-search' }],
    ['elghy el key bta3 cairo-bi', { intent: 'revoke', businessUnit: 'cairo-bi' }],
  ]);
  neverActs(['ana 3amalt rotate lel key bta3 nile-search embare7']);
});

describe('Arabizi particles around English commands, with no strong word', () => {
  reads([
    ["don't revoke pricing-engine, bas rotate el key", 'rotate', 'pricing-engine'],
    ['revoke el key mn el Fraud Rules Squad', 'revoke', 'fraud-rules-squad'],
  ]);
  slots([
    ['fi llama fi el bot?', { intent: 'help', topic: 'models', provider: 'meta' }],
    [
      'access key l `SouqSearch` please',
      { intent: 'create_key', businessUnit: 'souq-search', keyKind: 'access-key' },
    ],
  ]);
  // look-alikes: another trade's rotation told in Arabizi, code after an "l", English "men" before a place
  neverActs([
    'bas rotate el tires every 10000 km, el mechanic 2al',
    'l `npm test` fails on my machine',
    'the men el paso hired for the booth were great',
  ]);
});

describe('what may be had, asked with "momken" or "kam", is help', () => {
  slots([
    ['momken el token ykoon le 3 days? ana bas bas2al', { intent: 'help', topic: 'limits' }],
    ['kam token momken el team ykoon 3andaha?', { intent: 'help', topic: 'limits' }],
    ['in theory momken token 14 saat?', { intent: 'help', topic: 'limits' }],
  ]);
  // look-alike: "momken token N" without a hedge asks for the token itself
  slots([['momken token 2 saat?', { intent: 'token', ttlSeconds: 7200 }]]);
});

describe('a cost asked with the noun alone, a correction that keeps part', () => {
  slots([
    [
      'el takalif bta3et pricing-engine el shahr da?',
      { intent: 'spend', businessUnit: 'pricing-engine', period: { kind: 'month', monthsAgo: 0 } },
    ],
    [
      'el takalif bta3et pricing-engine lel sana di? la2 khalas, bas el shahr elli fat',
      { intent: 'spend', businessUnit: 'pricing-engine', period: { kind: 'month', monthsAgo: 1 } },
    ],
  ]);
});

describe('a new key in the old one\'s place, where a key is, its days used up, "deprovision el X"', () => {
  reads([
    ['3ayez key gdeed lel loyalty-app bdalo, el adim leaked', 'rotate', 'loyalty-app'],
    ['bidi a3raf el key bta3 pricing-engine fi ayy region', 'details', 'pricing-engine'],
    ['deprovision el nakheel ba3d el migration', 'deprovision', 'nakheel'],
  ]);
  slots([
    [
      'rotate lel pricing-engine, el 60 yom 5elsu',
      { intent: 'rotate', businessUnit: 'pricing-engine', expiryDays: null },
    ],
    ['ezay nshouf el units bta3ti?', { intent: 'help', topic: 'list' }],
    ['list el units elli <@U0TESTAB> owner 3aleihum', { intent: 'list', owner: 'U0TESTAB' }],
    [
      "clé API pour l'équipe risk-ml, 3 ans",
      { intent: 'create_key', businessUnit: 'risk-ml', expiryDays: 1095 },
    ],
  ]);
  // look-alikes: a new key with nothing replaced is a new key; a lifetime in days is still one
  reads([['3ayez key gdeed lel loyalty-app', 'create_key', 'loyalty-app']]);
  slots([['api key lel pricing-engine, 60 yom', { intent: 'create_key', expiryDays: 60 }]]);
});

describe('Maghrebi and French: who approves, a period, what a unit has, whether a place is fine', () => {
  slots([
    ['chkoun li kay-approuvi les clés f had la boite?', { intent: 'help', topic: 'approvals' }],
    [
      'historique dyal kyc-ocr f les 6 derniers mois',
      { intent: 'history', businessUnit: 'kyc-ocr', period: { kind: 'days', days: 180 } },
    ],
    ['momken a7ot el api key fi el wiki walla 7aram?', { intent: 'help', topic: 'general' }],
  ]);
  reads([["qu'est-ce qu'il y a sur `fraud_rules` ?", 'details', 'fraud-rules']]);
  // look-alikes: another thing approved, a menu, a token put where it is used
  slots([
    ['chkoun li kay-approuvi les congés?', { intent: 'unknown' }],
    ["qu'est-ce qu'il y a sur le menu ce soir ?", { businessUnit: null }],
  ]);
  neverActs(['momken a7ot el token fi env var w a3mel curl?']);
});
