/**
 * Round forty-three, fix43a (tuned-lifts, tuned-seafood, tuned-colo): a team named by two everyday words of its trade
 * before a group of people, "the call centre hub" (trade-team.ts); a post-it a secret was written on, no unit
 * (business-unit.ts); a long-term key renewed asked about, the rotate topic (help-topic.ts); Italian number words before
 * "ore" (surface.ts); Portuguese "desativar o unit X" (more-languages.ts); Danish and Norwegian "hva har vi for X?", "hva
 * kan du gjøre?" and hours right after the token, "token, 4 timer" (more-languages.ts, surface.ts); Icelandic what a
 * unit cost, "can you", "skipta um lykil", a key told as revoked already and number words (more-languages.ts); German
 * "wie viel hat X im Februar gekostet?" of a name written as a unit's (surface.ts); an occasion with its year, "hack
 * week 2024" (spoken-unit-name.ts); Italian "come vedo …?" (surface.ts); a rack or cage after a city (regions.ts); units
 * registered for a person (owner.ts); a name in words after "unit" ending in "dev" (spoken-unit-name.ts); an approval
 * told and the wait accepted (rules.ts).
 * Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('two everyday words of a trade before a group of people name the team', () => {
  reads([
    ['pause the contact centre hub key for now', 'revoke', 'contact-centre-hub'],
    ["what's on the call centre hub's keys?", 'details', 'call-centre-hub'],
    ['rotate the key of the night shift crew', 'rotate', 'night-shift-crew'],
    ['api key for the field service pod please', 'create_key', 'field-service-pod'],
  ]);
  slots([
    [
      'how much did the call centre hub spend last month?',
      { intent: 'spend', businessUnit: 'call-centre-hub', period: { kind: 'month', monthsAgo: 1 } },
    ],
  ]);
  // look-alikes: a door's key, a move, thanks; a desk of two everyday words stays premises
  nothingAsked([
    'the key for the call centre hub is in the drawer',
    'the call centre hub is moving to the third floor',
    'thanks to the night shift crew for covering',
    'the key for the call centre desk is lost',
  ]);
});

describe('a post-it a secret was written on names no unit', () => {
  reads([
    ['rotate the api key of the Tenders desk, a temp had it on a post-it', 'rotate', 'tenders-desk'],
    ['please reset the growth key, it was on a post-it on the monitor', 'rotate', 'growth'],
    ['revoke our key, someone wrote it on a Post-It', 'revoke', null],
  ]);
  neverActs(['lol someone left a post-it with the wifi password on it']);
});

describe('a long-term key renewed, asked about, is the rotate topic', () => {
  slots([
    ['how do I get my key renewed before it expires?', { intent: 'help', topic: 'rotate' }],
    ['how do I renew our api key before the audit?', { intent: 'help', topic: 'rotate' }],
    ['can the access key for growth be renewed?', { intent: 'help', topic: 'rotate' }],
    // look-alikes: a token renewed is the token's question, a renewal planned against the maximum the limits'
    ['can a token be renewed or do I ask for a new one each time?', { intent: 'help', topic: 'token' }],
    [
      "what's the longest expiry for an api key? we'd like to plan renewals yearly",
      { intent: 'help', topic: 'limits' },
    ],
  ]);
});

describe('Italian number words before hours mark the text Italian', () => {
  slots([
    ['mi serve un token per due ore', { intent: 'token', ttlSeconds: 7200 }],
    ['mi serve un token per cinque ore per il report', { intent: 'token', ttlSeconds: 18000 }],
    ['ho un token per quattro ore? devo tradurre i verbali', { intent: 'token', ttlSeconds: 14400 }],
  ]);
  nothingAsked(['la riunione dura tre ore, poi pranzo']);
});

describe('Portuguese "desativar o unit X" tears the unit down', () => {
  reads([
    ['desative o unit rota-planner, não usamos mais', 'deprovision', 'rota-planner'],
    ['desativar a unit kl-dispatch por favor', 'deprovision', 'kl-dispatch'],
    // look-alike: a key of the unit deactivated is a revoke
    ['desativar a chave do unit callout-summariser', 'revoke', 'callout-summariser'],
  ]);
  neverActs(['não vamos desativar o unit callout-summariser']);
});

describe('Danish and Norwegian: what do we have for X, what can you do, hours after the token', () => {
  reads([
    ['hva har vi for parts-lookup?', 'details', 'parts-lookup'],
    ['hvad har vi til crm_bot?', 'details', 'crm-bot'],
  ]);
  slots([
    ['hva kan du gjøre?', { intent: 'help', topic: 'general' }],
    ['hvad kan du gøre?', { intent: 'help', topic: 'general' }],
    ['token, 6 timer, eu-north-1', { intent: 'token', ttlSeconds: 21600, region: 'eu-north-1' }],
    ['token 2 timer takk', { intent: 'token', ttlSeconds: 7200 }],
  ]);
  // look-alikes: what's for dinner, a kitchen timer
  nothingAsked(['hva har vi for middag?', 'the kitchen timer rang 3 times']);
});

describe('Icelandic: what a unit cost, can you change the key, a key told as revoked, number words', () => {
  slots([
    [
      'Hvað kostaði quota-tracker síðasta mánuð?',
      { intent: 'spend', businessUnit: 'quota-tracker', period: { kind: 'month', monthsAgo: 1 } },
    ],
    ['Get ég fengið token í þrjá tíma?', { intent: 'token', ttlSeconds: 10800 }],
  ]);
  reads([
    ['Geturðu skipt um lykil fyrir quota-tracker?', 'rotate', 'quota-tracker'],
    ['skiptu um lykil fyrir haccp-docs takk', 'rotate', 'haccp-docs'],
  ]);
  // look-alikes: a key told as revoked already, tyres changed, a shift swapped
  nothingAsked([
    'Ég hef þegar afturkallað lykilinn fyrir quota-tracker',
    'við skiptum um dekk í gær',
    'ég skipti um vakt á morgun',
  ]);
});

describe('German: what a unit cost in a month', () => {
  slots([
    [
      'Wie viel hat lift-monitor im März gekostet?',
      {
        intent: 'spend',
        businessUnit: 'lift-monitor',
        period: { kind: 'named-month', month: 3, year: null },
      },
    ],
    [
      'wie viel hat fault_triage letzten Monat gekostet?',
      { intent: 'spend', businessUnit: 'fault-triage', period: { kind: 'month', monthsAgo: 1 } },
    ],
  ]);
  // look-alikes: lunch cost, in a month or not
  nothingAsked(['was hat das Mittagessen gekostet?', 'wie viel hat das Mittagessen im Februar gekostet?']);
});

describe('an occasion set up again each year, named with its year', () => {
  reads([
    ['shut down everything for hack week 2025', 'deprovision', 'hack-week-2025'],
    ['deprovision design sprint 2024', 'deprovision', 'design-sprint-2024'],
    ['api key for hack week 2026 please', 'create_key', 'hack-week-2026'],
    // look-alike: a small number keeps its reading
    ['shut down everything for hack week 3', 'deprovision', 'hack-week-3'],
  ]);
  nothingAsked(['we met at hack week 2024, great fun']);
});

describe('Italian "come vedo …?" asks how', () => {
  slots([
    ['come vedo lo storico delle chiavi?', { intent: 'help', topic: 'history' }],
    ['come vediamo i modelli disponibili?', { intent: 'help', topic: 'models' }],
  ]);
  // look-alike: "as I see it"
  nothingAsked(['come vedo, il meteo è brutto oggi']);
});

describe("a data centre's rack or cage after a city is premises, no Region", () => {
  slots([
    [
      'create an access key for the sales pod, they will use it from the Riyadh demo rack',
      { intent: 'create_key', businessUnit: 'sales-pod', region: null },
    ],
    ['key for cooling-telemetry, we run it in the Frankfurt cage', { intent: 'create_key', region: null }],
    // look-alikes: the city alone, and where a system runs, keep their Region
    ['token 2h frankfurt', { intent: 'token', region: 'eu-central-1' }],
    ['access key for ml-ops, it runs in Frankfurt', { intent: 'create_key', region: 'eu-central-1' }],
  ]);
});

describe("units registered for a person: that person's units listed", () => {
  slots([
    ['what units are registered to bob.lee@example.com?', { intent: 'list', owner: 'bob.lee@example.com' }],
    ['which units are listed under <@U0ABC123>?', { intent: 'list', owner: 'U0ABC123' }],
    // look-alike: the person the list is sent to owns none of it
    ['what units are registered? send the list to bob.lee@example.com', { intent: 'list', owner: null }],
  ]);
});

describe('a name said in words after "unit", ending in a deployment word', () => {
  reads([
    ['revoke the credentials of unit quota tracker dev', 'revoke', 'quota-tracker-dev'],
    ['rotate the key of unit species id staging', 'rotate', 'species-id-staging'],
    ['key for the unit auction pricing test', 'create_key', 'auction-pricing-test'],
  ]);
  // look-alikes: without "unit" the words may say what the key is for; a head of unit tells of a box
  reads([['rotate the key of claims triage dev', 'rotate', null]]);
  nothingAsked(['the head of unit sales says the dev box is slow']);
});

describe('an approval told and the wait accepted asks nothing', () => {
  nothingAsked([
    "my key request needs approval, ok we'll wait",
    "the bot says the access key for growth needs approval, fine, I'll wait",
  ]);
  // look-alikes: asked how long, or who approves, stays help about approvals
  slots([
    ['my key request needs approval, how long will I wait?', { intent: 'help', topic: 'approvals' }],
    [
      "who approves key requests? my manager wants to know how long we'll wait",
      { intent: 'help', topic: 'approvals' },
    ],
  ]);
});
