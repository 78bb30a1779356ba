/**
 * Round thirty-seven, fix37a (tuned-forestry, tuned-winery, tuned-met, tuned-bakery): whether a credential works for
 * a family's models asked with the credential first; a Spanish "llave" of a unit's; the asker's own units asked in
 * Spanish, French and as the records have them; whether the bot keeps a credential it handed over; whether one's
 * token may be lent, after another's ask or in French and Spanish; who must say yes; our kinds asked bare or said to
 * be the bot's other kind; a bearer token for a unit for months; no kind where two are weighed or one set aside; an
 * occasion over and everything set up for it removed; the French access key. Sentences of our own of each kind, and
 * look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('whether a credential works for a maker’s models, the credential named first: help, models', () => {
  slots([
    ['does my api key work with the mistral models as well?', { intent: 'help', topic: 'models' }],
    ['do these tokens work on the llama models?', { intent: 'help', topic: 'models' }],
    ['would my key work with the titan models?', { intent: 'help', topic: 'models', provider: 'amazon' }],
  ]);
  // look-alike: which models there are in a Region is the list
  slots([['which llama models are there in frankfurt?', { intent: 'models' }]]);
});

describe('a Spanish "llave" of a unit’s name is a key of ours', () => {
  reads([
    ['revoca la llave de ventas-cl porfa', 'revoke', 'ventas-cl'],
    ['rota la llave de `pagos_mx` por favor', 'rotate', 'pagos-mx'],
  ]);
  // look-alikes: a door's key, a van's key
  nothingAsked([
    '¿alguien tiene la llave de la bodega 3?',
    '¿quién tiene la llave de la furgoneta 2? la necesito',
  ]);
});

describe('the asker’s own units asked in Spanish, French and as the records have them: owner me', () => {
  slots([
    ['¿cuáles equipos son míos?', { intent: 'list', owner: 'me' }],
    ['¿qué unidades tengo?', { intent: 'list', owner: 'me' }],
    ["quelles équipes m'appartiennent ?", { intent: 'list', owner: 'me' }],
    ['quelles unités ai-je ?', { intent: 'list', owner: 'me' }],
    ["list the teams I'm listed as owner of", { intent: 'list', owner: 'me' }],
    ['which units am I set as owner for?', { intent: 'list', owner: 'me' }],
  ]);
  // look-alike: a change for a unit the writer owns is still that change
  keeps([["i'm listed as owner on the growth team, can you rotate its key?", 'rotate', 'growth-team']]);
});

describe('whether the bot keeps a credential it handed over, the credential named first: general', () => {
  slots([['once I have my key, is there a copy of it on your end?', { intent: 'help', topic: 'general' }]]);
  // (Round forty-eight's retrain moved 'after you send me a token, do you store it somewhere?' from help to nothing:
  // the rules leave help or nothing to the classifier's lean there. Never acted on.)
  neverActs(['after you send me a token, do you store it somewhere?']);
  // look-alike: how to get a token is the token's
  slots([['how do I get a token?', { intent: 'help', topic: 'token' }]]);
});

describe('whether one’s token may be lent: after another’s ask, or in French and Spanish', () => {
  slots([
    [
      'my colleague asked if he could run his tests off my token, is that ok?',
      { intent: 'help', topic: 'general' },
    ],
    ['est-ce que je peux prêter mon jeton à un stagiaire ?', { intent: 'help', topic: 'general' }],
    ['¿puedo compartir mi token con mi compañera?', { intent: 'help', topic: 'general' }],
  ]);
  neverActs(['my colleague asked if he could run his tests off my token, is that ok?']);
  // look-alike: another thing lent asks nothing of the bot
  nothingAsked(['she asked if she can borrow my laptop, is that fine?']);
});

describe('who must say yes, after a request told: approvals', () => {
  slots([
    [
      'asked for a key this morning, still waiting, who has to give the go-ahead?',
      { intent: 'help', topic: 'approvals' },
    ],
  ]);
  // look-alike: who says yes to another trade's thing asks nothing of the bot
  nothingAsked(['who has to say yes to the new menu?']);
});

describe('our kinds asked bare, or said to be the bot’s other kind: key-kinds', () => {
  exactly([
    { text: 'api key = ? (the one the bot makes)', intent: 'help', topic: 'key-kinds', keyKind: 'api-key' },
    { text: 'access key = what? new here', intent: 'help', topic: 'key-kinds', keyKind: 'access-key' },
    { text: 'is the token basically your access key?', intent: 'help', topic: 'key-kinds' },
  ]);
  // look-alikes: a lifetime or a unit makes it a request
  keeps([
    ['bearer token for 2h = ?', 'token'],
    ['api key for growth?', 'create_key', 'growth'],
  ]);
});

describe('a bearer token for a named unit lasting days or months is the API key', () => {
  exactly([
    {
      text: 'bearer token for ops-dash, 90 days please',
      intent: 'create_key',
      businessUnit: 'ops-dash',
      keyKind: 'api-key',
      expiryDays: 90,
    },
  ]);
  // look-alike: one for hours is a token, which has no unit
  keeps([['bearer token for 2h please', 'token']]);
});

describe('no kind stated where two are weighed or one is set aside in other words', () => {
  slots([
    ['tokens and access keys, are those different?', { intent: 'help', keyKind: null }],
    ['token for 3h, not the proper access key', { intent: 'token', keyKind: null, ttlSeconds: 10800 }],
    ['growth: api key, access key, both?', { keyKind: null }],
  ]);
  // look-alike: a kind preferred over the other is the request's
  slots([['api key for growth, not the usual access key', { intent: 'create_key', keyKind: 'api-key' }]]);
});

describe('an occasion over, and everything set up for it removed: deprovision of the unit named by it', () => {
  reads([
    ['spring fair is over, delete everything bedrock set up for it', 'deprovision', 'spring-fair'],
    ['hack week is done, please deprovision everything that was set up for it', 'deprovision', 'hack-week'],
  ]);
  // look-alikes: no occasion named, or removed from a calendar
  nothingAsked([
    'it is done, remove everything set up for it',
    'the party is over, remove everything set up for it from the calendar',
  ]);
});

describe('the French access key, "une clé d’accès"', () => {
  exactly([
    { text: "c'est quoi une clé d'accès ?", intent: 'help', topic: 'key-kinds', keyKind: 'access-key' },
    {
      text: "une clé d'accès pour l'unité forets-nord svp",
      intent: 'create_key',
      businessUnit: 'forets-nord',
      keyKind: 'access-key',
    },
  ]);
  // look-alike: access to another thing is never acted on (review37: read as a help question since the French
  // "au" is no longer glossed "to the", which named units "nom", "profit", "niveau" in "au nom de l'unité …")
  neverActs(["c'est quoi le problème avec l'accès au wiki?"]);
});

describe('the last change asked with its noun alone: history', () => {
  reads([
    ['latest rotation for ads-ml?', 'history', 'ads-ml'],
    ['previous rotation of growth?', 'history', 'growth'],
  ]);
  // look-alikes: a rotation asked for stays one; another trade's rotation asks nothing
  keeps([['rotate growth, the last rotation of it was in may', 'rotate', 'growth']]);
  nothingAsked(['the last rotation of the printer toner?']);
});

describe("a unit's name of several words before its group noun names our object", () => {
  reads([
    ['deprovision the Demand Forecast project', 'deprovision', 'demand-forecast'],
    ['offboard the River Gauge Sensors project please', 'deprovision', 'river-gauge-sensors'],
  ]);
});

describe('a token with its lifetime opening the message is the first request, a question after it the second', () => {
  slots([
    [
      'token 2h, and while you are at it which units do I own?',
      { intent: 'token', ttlSeconds: 7200, owner: null },
    ],
  ]);
  // look-alike: the asker's own units asked alone
  slots([['which units do I own?', { intent: 'list', owner: 'me' }]]);
});

describe('"key" before a trade’s main markets or lines is an adjective: no credential', () => {
  nothingAsked([
    'our key export markets next year are Japan and Korea',
    'key products for the autumn launch: sourdough, rye',
  ]);
  // look-alikes: a key for a unit named so is a key
  reads([
    ['key for markets-team please', 'create_key', 'markets-team'],
    ['api key for the markets unit', 'create_key', 'markets'],
  ]);
});

describe("how one asks for a credential in Italian's impersonal 'si': that request's help", () => {
  slots([
    ['come si richiede un token?', { intent: 'help', topic: 'token' }],
    ['come si chiede una chiave per il reparto vendite?', { intent: 'help', topic: 'create_key' }],
  ]);
  // look-alike: how one asks for a day off asks nothing of the bot
  nothingAsked(['come si chiede un giorno di ferie?']);
});
