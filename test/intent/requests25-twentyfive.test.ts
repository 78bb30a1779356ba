/**
 * Round twenty-five, requests25: requests read as the wrong action or missed, from round twenty-four's blind
 * files (now tuned-{museum,mining,events}). Sentences of our own, written before the parser's answer was
 * looked at (other units, verbs, word orders, lengths, typos, Slack markup), and look-alikes that must not
 * change (non-requests with the same words never act).
 */
import { describe, expect, it } from 'vitest';
import { acted, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('an aside about something else after a request leaves the request standing', () => {
  slots([
    [
      'token 2h please (the staging db password thing is a different issue, ignore that)',
      { intent: 'token', ttlSeconds: 7200 },
    ],
    [
      'need a token for 6h. (btw my github creds are broken too but that is a separate problem)',
      { intent: 'token', ttlSeconds: 21600 },
    ],
    [
      'Field visit this afternoon so I need it now: token 3h. (my printer credentials are a separate problem, ignore that)',
      { intent: 'token', ttlSeconds: 10800 },
    ],
    [
      // (Not yet: "(the vpn login is a separate problem, ignore that)": another system's login named in the
      // aside still makes the key another system's, mood.ts foreignObject.)
      'api key for field-survey please (the budget sign-off is a separate problem, ignore that)',
      { intent: 'create_key', businessUnit: 'field-survey' },
    ],
  ]);
  reads([
    ['list units — the bedrock ones, not the mailing list', 'list', null],
    ['list the units please - the bedrock ones, not the seating list 🙂', 'list', null],
    ['models please — the LLM ones, not the data model', 'models', null],
    ['*models* pls – the AI ones not the ore body model', 'models', null],
    ['models? the bedrock ones, not the 3D models 😅', 'models', null],
  ]);
  nothingAsked([
    'my collections database credentials are a separate problem, ignore that',
    'the guest list is not the bedrock list 😂',
    'the AI ones are not the block model, obviously',
  ]);
  neverActs([
    'not the block model, the other one',
    'token 4h (actually never mind, ignore that)',
    'revoke the block model? no, ignore that',
    'models please — the AI ones, not the block model',
  ]);
});

describe('a request before or after a story or a justification is the request', () => {
  slots([
    [
      'ok long day, the ticket queue is exploding and nobody can find the refund macro 😩 going to use the support-drafts helper for replies. token for 2h please',
      { intent: 'token', ttlSeconds: 7200 },
    ],
    [
      'we are cataloguing the herbarium sheets this week and the OCR keeps choking on handwriting, so I will try the model on a few. token 3 hours pls',
      { intent: 'token', ttlSeconds: 10800 },
    ],
    [
      'so the stage manager wants the run sheet rewritten before doors and I am going to use the drafting helper for it. token for 1h thx',
      { intent: 'token', ttlSeconds: 3600 },
    ],
  ]);
  reads([
    [
      'history of the lab-intake key since it was created, the regulator wants every rotation listed',
      'history',
      'lab-intake',
    ],
    [
      'full history for the ticket-triage key since creation please; internal audit asked for the complete trail',
      'history',
      'ticket-triage',
    ],
    [
      'history of the `core-scan` key since it was made, the auditors want the whole chain',
      'history',
      'core-scan',
    ],
    ['can you list the units? the annual access review is due and security wants it', 'list', null],
    ['could you list the units pls? need it for the budget deck', 'list', null],
    ['can u list the units? compliance is asking again', 'list', null],
  ]);
  nothingAsked([
    "the auditors want the whole chain, like an object's provenance",
    'the history of the museum since it was founded is on the wall by the entrance',
    'the presale codes did not go out and everyone is asking where their drink tokens went',
  ]);
  neverActs([
    "I'm going to use the support-replies helper to draft answers",
    'the support queue is on fire and everyone is asking where their drink tokens went 😩',
    'can you list the units you visited on the site tour? audit wants it',
  ]);
});

describe('a polite ask for a key for a team, with a purpose and an owner, is a key request', () => {
  slots([
    [
      'Hi, could I ask for a key for the Conservation team? They want to tag condition reports automatically. The owner would be me, Sam.Ortiz@example.org',
      { intent: 'create_key', businessUnit: 'conservation-team', owner: 'sam.ortiz@example.org' },
    ],
    [
      'Hello! may I ask for an api key for the Geology team please? It is to summarise drill logs. The owner would be me, priya.n@example.com',
      { intent: 'create_key', businessUnit: 'geology-team', owner: 'priya.n@example.com' },
    ],
    [
      'good morning, could I ask for a key for the Ticketing team? we would like to sort refund emails automatically. owner would be jo@example.com',
      { intent: 'create_key', businessUnit: 'ticketing-team', owner: 'jo@example.com' },
    ],
    [
      'Could I ask for a key for marketing-ops? They want to draft newsletters. Owner would be me, lee@example.com',
      { intent: 'create_key', businessUnit: 'marketing-ops', owner: 'lee@example.com' },
    ],
  ]);
  neverActs([
    'could I ask for a key for another team, or does it have to be mine?',
    'who could I ask for a key for the Finance team?',
    'I could ask for a key for the Finance team, but I think they have one already',
  ]);
});

describe('"rotation period N days" in a key request is its expiry, not a rotation', () => {
  slots([
    [
      'key please for field-ops, rotation period 60 days',
      { intent: 'create_key', businessUnit: 'field-ops', expiryDays: 60 },
    ],
    [
      'api key for assay-lab with a rotation period of 90 days',
      { intent: 'create_key', businessUnit: 'assay-lab', expiryDays: 90 },
    ],
    [
      'new key for ticket-scan pls, rotation period: 30 days',
      { intent: 'create_key', businessUnit: 'ticket-scan', expiryDays: 30 },
    ],
    [
      'a key for box-office please. rotation period 45 days',
      { intent: 'create_key', businessUnit: 'box-office', expiryDays: 45 },
    ],
  ]);
  reads([
    ['rotate the key for field-ops, it is past its rotation period', 'rotate', 'field-ops'],
    ['rotate the field-ops key, rotation period 30 days', 'rotate', 'field-ops'],
  ]);
  neverActs(['what is the rotation period for keys?', 'our rotation period is 30 days for every key']);
});

describe('two requests in one message: the first is the request', () => {
  slots([
    ['token 3h and how much did drill-core spend last month?', { intent: 'token', ttlSeconds: 10800 }],
    ['token for 1h, also what did box-office spend this month', { intent: 'token', ttlSeconds: 3600 }],
    ['token 2h & what did geology spend this month?', { intent: 'token', ttlSeconds: 7200 }],
  ]);
  reads([
    ['rotate the ads-bot key and what did ads-bot spend this week?', 'rotate', 'ads-bot'],
    ['what did assay-qc spend this month?', 'spend', 'assay-qc'],
  ]);
  neverActs([
    'the token 2h ago and what we spent this month are both in the report',
    'what did assay-qc spend this month and is a token 2h by default?',
  ]);
});

describe('spend "so far" asks for spend', () => {
  reads([
    ['bedrock spend so far?', 'spend', null],
    ['AI costs so far?', 'spend', null],
    ['how much AI spend so far for ticketing?', 'spend', 'ticketing'],
    ['ai spend to date?', 'spend', null],
  ]);
  nothingAsked(['so far the AI has been great', 'I spent so far two hours on the AI thing']);
  neverActs(['AI spend so far is someone else’s problem lol']);
});

describe('a deprovision asked in Spanish', () => {
  reads([
    ['desaprovisionar la unidad mina-norte porfa', 'deprovision', 'mina-norte'],
    ['por favor desaprovisiona la unidad laboratorio-2, ya no se usa', 'deprovision', 'laboratorio-2'],
    ['desaprovisionar unidad `flotacion` porfa, el proyecto terminó', 'deprovision', 'flotacion'],
    ['hola, desaprovisionar la unidad planta-sur por favor', 'deprovision', 'planta-sur'],
  ]);
  neverActs([
    'no desaprovisionar la unidad planta-piloto todavía',
    '¿qué significa desaprovisionar una unidad?',
    'ayer desaprovisionaron la unidad planta-piloto',
  ]);
});

describe('a key asked for once a condition is met: the action, asked about before it is done', () => {
  reads([
    ['once legal signs off the DPA, create the key for support-replies', 'create_key', 'support-replies'],
    ['after finance approves the budget, make a key for ticket-ai', 'create_key', 'ticket-ai'],
    ['when security signs off, create an api key for lab-notes', 'create_key', 'lab-notes'],
  ]);
  it.each([
    'once legal signs off the DPA, create the key for support-replies',
    'after finance approves the budget, make a key for ticket-ai',
    'when security signs off, create an api key for lab-notes',
  ])('%j is asked about, not done', (text) => {
    expect(acted(text)).toBe(false);
  });
  nothingAsked(['once legal signs off the DPA we will think about keys']);
  neverActs(['once legal signs off the DPA, someone should create the key for support-replies']);
});
