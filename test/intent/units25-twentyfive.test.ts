/**
 * Round twenty-five, units25: which words name the business unit or the owner, from round twenty-four's blind
 * files (now tuned-{museum,mining,events}). Sentences of our own, written before the parser's answer was looked
 * at (other units, verbs, word orders, lengths, typos, Slack markup), and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';
import { parsesWithoutHanging } from './hang-guard.js';

describe('a team that needs a key for a thing is the unit, not the thing', () => {
  reads([
    [
      'The Conservation studio needs a key for the touch-screen kiosk in hall 2',
      'create_key',
      'conservation-studio',
    ],
    [
      'hi, the Visitor Insights team needs an api key for the feedback dashboard',
      'create_key',
      'visitor-insights-team',
    ],
    ['the Ore Grading lab needs a new key for the assay reader, 90 days', 'create_key', 'ore-grading-lab'],
    ['Ticketing squad needs a key for the queue predictor pls', 'create_key', 'ticketing-squad'],
  ]);
  nothingAsked([
    'the Conservation studio needs a new kettle for the break room',
    'the Visitor Insights team needs a break after that launch',
  ]);
  neverActs([
    'the Conservation studio got a key for the kiosk last week',
    'does the Ticketing squad need a key for the queue predictor?',
  ]);
});

describe('a code in backticks or brackets after a project named in prose is the unit', () => {
  reads([
    ['api key for our project Fossil Finder (`fossilfinder`), 6 months', 'create_key', 'fossilfinder'],
    ['we need a key for project Core Logger (corelog) pls', 'create_key', 'corelog'],
    ['rotate the key for project Core Sampler (`coresampler`)', 'rotate', 'coresampler'],
    ['Hola, need one key for our project Gig Radar (`gig-radar`), owner me', 'create_key', 'gig-radar'],
  ]);
  reads([['api key for project Fossil Finder (staging)', 'create_key', 'fossil-finder']]);
  nothingAsked([
    'project Fossil Finder (`fossilfinder`) won an award yesterday',
    'our project Core Logger (corelog) demo went well',
  ]);
  neverActs(['project Core Sampler (`coresampler`) has had a key for ages']);
});

describe('a dotted name in backticks right after "key for" is the unit', () => {
  reads([
    ['key for `ore.grade.predictor` 60d', 'create_key', 'ore-grade-predictor'],
    ['api key for `tour.guide.bot` please, 90 days', 'create_key', 'tour-guide-bot'],
    ['new key for `box.office.sync`', 'create_key', 'box-office-sync'],
    ['key for `copy.desk.writer`, 90 days', 'create_key', 'copy-desk-writer'],
    ['rotate the key for `pit.cam.vision`', 'rotate', 'pit-cam-vision'],
  ]);
  nothingAsked(['`config.yaml` has the key for the tests, fyi']);
  neverActs(['the key for `ore.grade.predictor` was made last week']);
});

describe('a negated contrast names no unit: "not X spend — the Y spend"', () => {
  slots([
    ['not payroll spend — the bedrock spend, last month', { intent: 'spend', businessUnit: null }],
    ['not the catering spend, the AI spend this month', { intent: 'spend', businessUnit: null }],
    ['bedrock spend (not fuel spend, the AI one) last 2 weeks', { intent: 'spend', businessUnit: null }],
    [
      'not travel spend - the claude spend for everyone, past 30 days',
      { intent: 'spend', businessUnit: null },
    ],
  ]);
  reads([['bedrock spend for ticketing last month', 'spend', 'ticketing']]);
  nothingAsked(['not diesel spend again, the trucks are killing us']);
});

describe('a foreign preposition is no unit', () => {
  slots([
    ['combien on a dépensé sur bedrock ce mois-ci ?', { intent: 'spend', businessUnit: null }],
    ['combien on a dépensé sur bedrock la semaine dernière', { intent: 'spend', businessUnit: null }],
    ['quanto abbiamo speso su bedrock questo mese?', { intent: 'spend', businessUnit: null }],
    ['cuánto hemos gastado en bedrock este mes', { intent: 'spend', businessUnit: null }],
  ]);
  reads([['combien on a dépensé pour billetterie ce mois-ci ?', 'spend', 'billetterie']]);
  neverActs(['on a dépensé trop sur le catering cette semaine']);
});

describe("a leaked key's own name wins over the story's place", () => {
  reads([
    [
      "someone pasted the ticket-scan key in the ushers' Slack channel, revoke it now",
      'revoke',
      'ticket-scan',
    ],
    [
      'the assay-reader key ended up in the contractors whatsapp group!! rotate it pls',
      'rotate',
      'assay-reader',
    ],
    [
      "i think i posted the tour-planner key in the volunteers' group chat 😬 please revoke",
      'revoke',
      'tour-planner',
    ],
    ['the gate-cam key got shared in the Security Team channel, revoke it', 'revoke', 'gate-cam'],
  ]);
  neverActs([
    "someone posted the ticket-scan key in the ushers' whatsapp group",
    'did someone post the gate-cam key in the security channel?',
  ]);
  nothingAsked(["someone posted the rota in the ushers' whatsapp group"]);
});

describe("a team's possessive thing: the team is the unit", () => {
  reads([
    ["rotate the key for the Survey team's drill planner", 'rotate', 'survey-team'],
    ["new key for the Archives team's catalogue helper, 90 days", 'create_key', 'archives-team'],
  ]);
  nothingAsked(["the Learning team's quiz generator is brilliant"]);
  neverActs([
    "the key for the Learning team's quiz generator was revoked last week",
    "who revoked the key for the Survey team's drill planner?",
  ]);
});

describe('"spend for the X team" asks the spend of that team', () => {
  reads([
    ['what is the bedrock spend for the Geology team this month?', 'spend', 'geology-team'],
    ['spend for the Learning team pls', 'spend', 'learning-team'],
  ]);
  nothingAsked([
    "what's the spend for the Christmas party?",
    'the spend for the Box Office team was approved by finance',
  ]);
});

describe('a history question: a thing of the story names no unit', () => {
  reads([
    [
      'what did <@U04ABCDEF> do with the bot on monday? trying to work out why the gallery key changed',
      'history',
      null,
    ],
    [
      'who has been issuing tokens for the core sampling work? <@U0BEDROCK> tokens issued to <@U08ABC123> last 7 days',
      'history',
      null,
    ],
    ['what happened yesterday? trying to figure out why the turnstile key changed', 'history', null],
    ['who rotated the kiosk key last week', 'history', 'kiosk'],
  ]);
  neverActs(['trying to work out why the kiosk key changed']);
});

describe('owner phrases: a described owner with a mention, and "am I down as owner"', () => {
  slots([
    [
      'key for the pit-telemetry system, 6 months, owner is the shift supervisor <@U07SHIFT1>',
      { intent: 'create_key', businessUnit: 'pit-telemetry', owner: 'U07SHIFT1' },
    ],
    [
      'api key for gate-scan, owner will be the head of security <@U05HEADSEC>, 1 year',
      { intent: 'create_key', businessUnit: 'gate-scan', owner: 'U05HEADSEC' },
    ],
    ['which teams am I down as owner of?', { intent: 'list', owner: 'me' }],
    ['which units am i listed as owner for', { intent: 'list', owner: 'me' }],
  ]);
  slots([['key for gate-scan, the security lead <@U05HEADSEC> asked for it', { owner: null }]]);
  neverActs(['which teams am I down as owner of? asking before I revoke anything']);
});

describe('Portuguese "chave de API" names the api-key kind', () => {
  slots([
    ['chave de API para o bilheteria-bot, validade 3 meses', { intent: 'create_key', keyKind: 'api-key' }],
    ['preciso de uma chave de api para o projeto setlist-ai', { intent: 'create_key', keyKind: 'api-key' }],
    [
      'Chave de API p/ support-replies-pt, dona: maria@example.com',
      { intent: 'create_key', keyKind: 'api-key' },
    ],
  ]);
  nothingAsked(['a chave do armário está na recepção']);
});

describe('adversarial texts do not hang the parser', () => {
  parsesWithoutHanging([
    `not ${'spend '.repeat(300)}— the ${' '.repeat(2000)}spend`,
    `key for \`${'a.'.repeat(1400)}\``,
    `the ${'Box '.repeat(700)}team's quiz`,
    `sur${' '.repeat(2000)}bedrock ${'_'.repeat(900)}`,
    `owner is the ${'lead '.repeat(500)}<@U1>`,
    `project ${'Beetle '.repeat(400)}(\`x\`)`,
  ]);
});
