/**
 * Round thirty-seven, fix37c (tuned-edtech, tuned-crypto, tuned-esports, tuned-tax): Swahili, which the glossary did
 * not have; a Spanish "llave" of a unit named as code; Polish and Spanish ways of asking for one's own units and of
 * a rotation's history; whom to poke about a request; a credential "stored anywhere on your side"; a dictated
 * numbered name before an aside; a Title Case team named with "of"; a key asked for a team that handles an asset's
 * tokens; help topics (a CLI's commands, "(Audit)", "when … was last rotated", auto-rotation, the procedure for a
 * token); the Regions the bot covers; tokens per person. Sentences of our own of each kind, and look-alikes that keep
 * their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('Swahili: the commands, lifetimes put before their number, possessives after their noun', () => {
  reads([
    ['tafadhali zungusha ufunguo wa malipo-app', 'rotate', 'malipo-app'],
    ['batilisha ufunguo wa shule-bot tafadhali', 'revoke', 'shule-bot'],
    ['ondoa kabisa kitengo cha mitihani-2022', 'deprovision', 'mitihani-2022'],
    ['tafadhali tengeneza ufunguo wa kitengo cha maktaba-ai', 'create_key', 'maktaba-ai'],
  ]);
  slots([
    ['naomba token ya masaa mawili', { intent: 'token', ttlSeconds: 7200 }],
    ['token kwa saa 4 tafadhali', { intent: 'token', ttlSeconds: 14400 }],
    ['nipe token ya dakika 45', { intent: 'token', ttlSeconds: 2700 }],
    ['orodha ya vitengo vyangu', { intent: 'list', owner: 'me' }],
    ['nani anaidhinisha funguo?', { intent: 'help', topic: 'approvals' }],
    [
      'tumetumia kiasi gani kwenye maktaba-ai mwezi uliopita?',
      { intent: 'spend', businessUnit: 'maktaba-ai', period: { kind: 'month', monthsAgo: 1 } },
    ],
  ]);
  // look-alikes: a meeting at a time of day and greetings ask nothing; a withdrawal is never acted on
  nothingAsked(['Habari za jioni timu! Kesho tuna mkutano saa tatu', 'asante sana kwa msaada']);
  neverActs(['usizungushe ufunguo wa malipo-app, bado tunautumia']);
});

describe("Spanish and Polish: a key of a unit named as code, one's own units, a rotation's history", () => {
  reads([
    ['rota la llave de ventas-mx-bot, se filtró en un chat', 'rotate', 'ventas-mx-bot'],
    ['revoca la llave de pagos_v2 por favor', 'revoke', 'pagos-v2'],
  ]);
  slots([
    ['enséñame las unidades de las que soy dueño', { intent: 'list', owner: 'me' }],
    ['wyświetl moje jednostki', { intent: 'list', owner: 'me' }],
    [
      'kiedy rotowano klucz egzaminy-ai i kto go wymienił?',
      { intent: 'history', businessUnit: 'egzaminy-ai' },
    ],
    ['ile wydaliśmy na Bedrocka w tym miesiącu?', { intent: 'spend', businessUnit: null }],
  ]);
  // look-alike: the key of a door is still a door's
  nothingAsked(['¿alguien tiene la llave de la oficina 3?']);
});

describe('whom to poke about a request, and a credential kept by the bot: help', () => {
  slots([
    [
      'asked for an access key at 10 and nothing since, who should I ping?',
      { intent: 'help', topic: 'approvals' },
    ],
    ['put in a key request yesterday, still nothing. whom to poke?', { intent: 'help', topic: 'approvals' }],
    [
      'once the bot hands me the api key, is it kept somewhere on your end?',
      { intent: 'help', topic: 'general' },
    ],
  ]);
  // look-alikes: another trade's request chased asks nothing of the bot; a file kept is no credential
  nothingAsked([
    'my expense claim is stuck since Monday, who do I poke?',
    'the shift rota, is it saved anywhere?',
  ]);
});

describe('a dictated numbered name before an aside, a Title Case team named with "of"', () => {
  reads([
    ['key for design sprint 3 (the onboarding one), 14 days', 'create_key', 'design-sprint-3'],
    ['please tear everything down for hack week 5 — the unit and its keys', 'deprovision', 'hack-week-5'],
    ['api key for the Centre of Excellence team please', 'create_key', 'centre-of-excellence-team'],
    ["rotate the Proof of Concept squad's key", 'rotate', 'proof-of-concept-squad'],
  ]);
  // look-alikes: a role's team is not a name with "of"; a lifetime keeps its hours
  keeps([['token for 2 hours (demo at 3)', 'token']]);
  reads([['key for the Head of Sales team', 'create_key', 'sales-team']]);
});

describe("a key asked for a team that handles an asset's tokens", () => {
  reads([['key for the market-ops team that runs the token unlocks, 60d', 'create_key', 'market-ops-team']]);
  // look-alike: the asset's tokens alone ask nothing
  nothingAsked(['the token unlocks for the BD team went out at noon']);
});

describe('help topics asked in words the topics did not read', () => {
  slots([
    ['have my token now — how do I pass it to the aws cli commands?', { intent: 'help', topic: 'token' }],
    ['how can I see when the growth key was last revoked?', { intent: 'help', topic: 'history' }],
    ['does the bot auto-rotate keys?', { intent: 'help', topic: 'rotate', businessUnit: null }],
    ['what is the process for getting a token?', { intent: 'help', topic: 'token' }],
    ['which regions does the bot cover?', { intent: 'help', topic: 'regions' }],
    ['is there a cap on tokens per user?', { intent: 'help', topic: 'limits' }],
  ]);
  // look-alikes: a team's area and a model's tokens per minute are not ours
  nothingAsked([
    'which region is the sales team covering this quarter?',
    'what is the limit on tokens per minute for claude?',
  ]);
});

describe('a lowerCamelCase name with its version last, a name corrected that opens with a word of ours', () => {
  reads([
    ['deprovision studentFeedbackV2 please', 'deprovision', 'student-feedback-v2'],
    ['rotate the key for show-notes, sorry I meant show-notes-2', 'rotate', 'show-notes-2'],
    ['api key for listing-tools, no wait, listing-tools-v3', 'create_key', 'listing-tools-v3'],
  ]);
  // look-alike: the command said again before the name is still the command
  reads([['rot geo-routing, no wait, rot geo-api', 'rotate', 'geo-api']]);
});

describe("a letter's sign-off joined with thanks names no Region", () => {
  slots([
    [
      'Dear team, please revoke the api key of unit riyadh-ops. Thanks & Regards, Finance – Riyadh',
      { intent: 'revoke', businessUnit: 'riyadh-ops', region: null },
    ],
  ]);
  // look-alike: a place asked for in the request is still its Region
  slots([['token for 2h in Frankfurt please. Regards, Ana', { intent: 'token', region: 'eu-central-1' }]]);
});

describe('getting into the AI, asked as a lay name for access', () => {
  slots([
    ['can I log into the AI tool for an hour?', { intent: 'token', ttlSeconds: 3600 }],
    [
      'could I get into the AI thing for 2 hours? prepping the parents evening',
      { intent: 'token', ttlSeconds: 7200 },
    ],
  ]);
  // look-alikes: a failed login told and another vendor's portal are no request acted on
  neverActs([
    "I couldn't get into the AI tool yesterday, it was down",
    "how do I get into the chatbot vendor's admin portal?",
  ]);
});
