/**
 * Round twenty-two, asks22: questions to the bot (read intents and help topics) that round twenty-one's
 * blind files (now tuned-{pharma,automotive,schools}) showed read wrong, with sentences of our own written
 * before the parser's answer was looked at, and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked } from './acted.js';

describe('who at a named organisation has Bedrock is list, whatever sentence follows', () => {
  exactly([
    { text: 'who at Northwind has bedrock already? asking for the finance folks', intent: 'list' },
    { text: 'who in Contoso has Bedrock already?', intent: 'list' },
    { text: 'who in the district is on bedrock already? the high schools keep asking', intent: 'list' },
    {
      text: 'who at the hospital has Bedrock already? pharmacy wants to try it and needs a contact',
      intent: 'list',
    },
    { text: 'who at Acme already has bedrock? we would like to compare notes', intent: 'list' },
    {
      text: 'who in the county has bedrock already? trying to see if the library beat us to it',
      intent: 'list',
    },
    { text: 'who at our plant has Bedrock already', intent: 'list' },
    { text: 'who in the trust is using bedrock already? just so I know who to ask', intent: 'list' },
    {
      text: '<@U0BEDROCK1> who at Globex has bedrock already? our site in Lyon wants a contact',
      intent: 'list',
    },
    { text: 'who across the network has Bedrock already? writing the AI policy', intent: 'list' },
    { text: 'who else in the district has Bedrock? the middle schools maybe', intent: 'list' },
  ]);
  nothingAsked([
    'who in Contoso has the keys to the lab?',
    'who at Acme has a birthday this week?',
    'who in the district has the snow day schedule?',
    'who at the plant has the forklift licence already?',
    'who in the county has a bedrock foundation under the house?',
  ]);
  keeps([
    ['who at Acme has bedrock already? anyway, rotate the growth key please', 'rotate', 'growth'],
    ['which of these bots are mine? deprovision the old-quiz-bot one, it is dead', 'deprovision'],
    ['what keys does growth have?', 'details', 'growth'],
    ['who in the company has bedrock already?', 'list'],
  ]);
});

describe("whether the asker owns units, or which of them are theirs, lists the asker's units", () => {
  exactly([
    { text: 'do I own any units?', intent: 'list', owner: 'me' },
    { text: 'do I own any units? show them pls', intent: 'list', owner: 'me' },
    { text: 'do i own any business units? if so list them', intent: 'list', owner: 'me' },
    { text: 'which of these units are mine?', intent: 'list', owner: 'me' },
    { text: 'which of these teams are mine? I lost track', intent: 'list', owner: 'me' },
    { text: 'which of the bots are mine?', intent: 'list', owner: 'me' },
    { text: 'which bots are mine?', intent: 'list', owner: 'me' },
    { text: 'are any of these units mine?', intent: 'list', owner: 'me' },
    { text: 'which of these bots do I own? I lose track every term', intent: 'list', owner: 'me' },
    { text: 'am I the owner of any units? list them please', intent: 'list', owner: 'me' },
    { text: 'do I own any of the units? can you list them', intent: 'list', owner: 'me' },
  ]);
  nothingAsked([
    'which of these mugs are mine?',
    'which of these lunches is mine',
    'do I own any units of the index fund?',
    'Dave, which of these bots are yours?',
  ]);
  // another clause asks the bot to act: the action stands
  keeps([
    ['which of these bots are mine? and rotate the quiz-bot key please', 'rotate', 'quiz-bot'],
    ['do I own any units? if not create a key for the robotics-club', 'create_key', 'robotics-club'],
  ]);
  exactly([
    { text: 'list my units', intent: 'list', owner: 'me' },
    { text: 'list the units', intent: 'list' },
  ]);
});

describe('models, list and spend asked in other languages', () => {
  exactly([
    { text: '¿qué modelos hay disponibles?', intent: 'models' },
    { text: 'qué modelos tenéis? necesitamos uno para resumir actas', intent: 'models' },
    { text: 'welche Modelle gibt es?', intent: 'models' },
    { text: 'welche Modelle sind verfügbar? wir brauchen eins für Übersetzungen', intent: 'models' },
    { text: 'quels modèles sont disponibles ?', intent: 'models' },
    { text: 'quels modèles avez-vous ? on cherche un bon pour traduire en anglais', intent: 'models' },
    { text: 'quais modelos estão disponíveis?', intent: 'models' },
    { text: 'welke modellen zijn beschikbaar?', intent: 'models' },
    { text: 'cuáles son los modelos disponibles?', intent: 'models' },
    { text: 'quels sont les modèles disponibles ?', intent: 'models' },
    { text: 'quais são os modelos disponíveis?', intent: 'models' },
    { text: 'was für Modelle gibt es? wir wollen Elternbriefe übersetzen', intent: 'models' },
    { text: 'modelos disponibles?', intent: 'models' },
    { text: 'welke modellen hebben jullie? we zoeken er een om te vertalen', intent: 'models' },
  ]);
  // a token asked after the question: the question first, the token offered too (two requests)
  keeps([['qué modelos hay disponibles? y necesito un token por 2 horas', 'models']]);
  neverActs(['qué modelos hay disponibles? y necesito un token por 2 horas']);
  nothingAsked([
    '¿qué modelos de coche hay disponibles en el concesionario?',
    'los modelos de la pasarela eran muy altos',
    'cuáles son los modelos de coche más baratos?',
  ]);
});

describe('list and spend asked in other languages', () => {
  exactly([
    { text: '¿qué unidades hay?', intent: 'list' },
    { text: 'welche Teams haben schon Bedrock?', intent: 'list' },
    { text: 'quelles unités ont déjà Bedrock ?', intent: 'list' },
    { text: 'quais unidades já têm Bedrock?', intent: 'list' },
    { text: 'welke teams hebben al Bedrock?', intent: 'list' },
    {
      text: '¿cuánto gastó growth el mes pasado?',
      intent: 'spend',
      businessUnit: 'growth',
      period: { kind: 'month', monthsAgo: 1 },
    },
    {
      text: 'wie viel hat growth letzten Monat ausgegeben?',
      intent: 'spend',
      businessUnit: 'growth',
      period: { kind: 'month', monthsAgo: 1 },
    },
    {
      text: 'combien a dépensé growth le mois dernier ?',
      intent: 'spend',
      businessUnit: 'growth',
      period: { kind: 'month', monthsAgo: 1 },
    },
    {
      text: 'quanto a growth gastou no mês passado?',
      intent: 'spend',
      businessUnit: 'growth',
      period: { kind: 'month', monthsAgo: 1 },
    },
    {
      text: 'hoeveel heeft growth vorige maand uitgegeven?',
      intent: 'spend',
      businessUnit: 'growth',
      period: { kind: 'month', monthsAgo: 1 },
    },
  ]);
  nothingAsked(['¿cuánto gastaste en las vacaciones el mes pasado?']);
});

describe('a model family asked to be on the list is models, with its maker, whatever follows', () => {
  exactly([
    { text: 'is nova on the list or just the big ones?', intent: 'models', provider: 'amazon' },
    { text: 'is llama on the list or only the closed ones?', intent: 'models', provider: 'meta' },
    { text: 'is mistral on the list or just the big names?', intent: 'models', provider: 'mistral' },
    { text: 'is cohere on the list or just the usual ones?', intent: 'models', provider: 'cohere' },
    { text: 'is titan on the list or only the big names?', intent: 'models', provider: 'amazon' },
    { text: 'is deepseek on the list or just the american ones?', intent: 'models', provider: 'deepseek' },
    { text: 'is llama on the list, or just the big commercial ones?', intent: 'models', provider: 'meta' },
    { text: 'titan on the list?', intent: 'models', provider: 'amazon' },
  ]);
  nothingAsked([
    'is titan on the list for the offsite?',
    'is nova on the guest list or just the big donors?',
  ]);
  exactly([{ text: 'token for titan 2h', intent: 'token', ttlSeconds: 7200, provider: 'amazon' }]);
});

describe('which kind of credential is safer or better for a use is key-kinds', () => {
  exactly([
    {
      text: 'is an access key safer than a token for the bus GPS integration?',
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'is an access key safer than a token for the lab printer integration?',
      intent: 'help',
      topic: 'key-kinds',
    },
    { text: 'is an api key safer than a token for the nightly sync?', intent: 'help', topic: 'key-kinds' },
    {
      text: 'is a token safer than an access key for the HR integration?',
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'is an access key more secure than a token for the kiosk app?',
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'is an access key safer than a token for the parent portal sync?',
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'is a token better than an access key for the attendance scanner?',
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'is an access key riskier than a token for the cafeteria POS integration?',
      intent: 'help',
      topic: 'key-kinds',
    },
  ]);
  nothingAsked([
    'is a padlock safer than a combination lock for the bike shed?',
    'is the side door key safer than the fob for the gym?',
    'is the bus GPS integration safer than the old radios?',
  ]);
  exactly([{ text: 'token for the bus GPS integration, 2h', intent: 'token', ttlSeconds: 7200 }]);
});

describe("one's own token leaked, asking what to do, is help (general)", () => {
  exactly([
    { text: 'I leaked my token in a screen share, what do I do?', intent: 'help', topic: 'general' },
    {
      text: 'I think I leaked my token during the all-staff livestream?? what now',
      intent: 'help',
      topic: 'general',
    },
    {
      text: 'my token showed up in the webinar recording, what should I do?',
      intent: 'help',
      topic: 'general',
    },
    {
      text: 'i think i leaked my bedrock token in a screenshot, what do i do',
      intent: 'help',
      topic: 'general',
    },
    {
      text: 'I accidentally leaked my token in a zoom chat — what do I do?',
      intent: 'help',
      topic: 'general',
    },
    { text: 'leaked my token on a stream 😬 what do i do', intent: 'help', topic: 'general' },
    {
      text: 'I think I leaked my token in the PTA meeting screen share?? help, what do I do',
      intent: 'help',
      topic: 'general',
    },
    {
      text: 'oops I may have leaked my token in a screen share. what should I do?',
      intent: 'help',
      topic: 'general',
    },
  ]);
  nothingAsked([
    'I leaked the plot of the movie to my brother, what do I do?',
    'my kid leaked my phone number on a stream, what do I do',
  ]);
  keeps([
    ['the payments key leaked in a screen share', 'rotate', 'payments'],
    ['I leaked my token, give me a new one for 2h', 'token'],
  ]);
  neverActs([
    'Dave leaked his token in a screen share, what does he do?',
    'ops said: I leaked my token, what do I do',
  ]);
});

describe('a lifetime past the cap asked whether possible, with its purpose, is limits', () => {
  exactly([
    { text: 'longer than 12h possible? for the overnight grades export', intent: 'help', topic: 'limits' },
    { text: 'longer than 12h possible?', intent: 'help', topic: 'limits' },
    { text: 'more than 12 hours possible? for the overnight batch', intent: 'help', topic: 'limits' },
    { text: 'token longer than 12h possible? month-end close', intent: 'help', topic: 'limits' },
    { text: 'anything longer than 12 hours possible? overnight ETL', intent: 'help', topic: 'limits' },
    { text: 'longer than twelve hours possible? for the weekend data load', intent: 'help', topic: 'limits' },
    { text: 'is more than 12h possible? long training run', intent: 'help', topic: 'limits' },
    { text: 'longer than 12h possible for the enrolment data migration?', intent: 'help', topic: 'limits' },
    { text: 'over 12h possible? for the night batch', intent: 'help', topic: 'limits' },
    { text: 'beyond 12 hours possible? the archive export is slow', intent: 'help', topic: 'limits' },
    { text: 'can I go longer than 12h? overnight load', intent: 'help', topic: 'limits' },
  ]);
  nothingAsked([
    'the flight was longer than 12h, possible record?',
    'can we go longer than 12h without a break on the night shift?',
    'is a shift longer than 12h possible under the union contract?',
  ]);
  exactly([
    { text: 'token for 12h', intent: 'token', ttlSeconds: 43200 },
    { text: 'token 10h pls, for the overnight load', intent: 'token', ttlSeconds: 36000 },
  ]);
});

// Look-alikes read wrong before this round and still (another reader's: a unit taken from "for
// inspection", a list read from "list them", a German compound as a unit, a leak of no token read as help);
// none is acted on.
describe('look-alikes left as they were, never acted on', () => {
  neverActs([
    'is the titan crane on the list for inspection?',
    'do I own any shares? list them',
    'welche Laptop-Modelle gibt es im Shop?',
    'I think I leaked the exam answers in a screen share, what do I do?',
    'welche Teams spielen am Samstag?',
    // (help before and after this round: the new token is asked in a message that asks what to do)
    'I leaked my token in a screen share. token for 2h pls, what do I do about the old one?',
  ]);
});

// Other trades' how-to questions stay unknown (reads22 reads them), never help.
describe("other trades' how-to questions are not help", () => {
  neverActs([
    'how do I delete a grade in the gradebook?',
    'who approves field trips now that Dr. Patel retired?',
  ]);
});
