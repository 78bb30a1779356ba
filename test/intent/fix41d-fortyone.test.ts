/**
 * Round forty-one, fix41d (tuned-styles-lay, -relay, -followups): the person a relayed token is for, mentioned beside
 * the words for them ("for the reception temp, <@U…>", "for our Leeds field engineer <@U…>", "temp access for Priya
 * (<@U…>)", "He's <@U…>", "wrong person, for <@U…>": owner.ts); an airport word ending a terse token command ("tok 2h
 * dub": regions.ts); a ticket's headline naming Bedrock or asking for an audit trail (form-fields.ts); a key ID masked
 * with question marks or cut short (placeholder-key-id.ts); the bot addressed with an ellipsis or "? asking for X"
 * (parse-request.ts). Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, slots } from './acted.js';

describe('a relayed token: the person mentioned beside the words for them owns it', () => {
  slots([
    [
      'token 4h for the reception temp, <@U0RECEP1>',
      { intent: 'token', owner: 'U0RECEP1', ttlSeconds: 14400 },
    ],
    [
      'token 2h ohio — for the night shift lead, <@U0NIGHT1>',
      { intent: 'token', owner: 'U0NIGHT1', ttlSeconds: 7200, region: 'us-east-2' },
    ],
    [
      'token 3h for our Leeds field engineer <@U0FIELD1>',
      { intent: 'token', owner: 'U0FIELD1', ttlSeconds: 10800 },
    ],
    [
      'temp access for Priya (<@U0PRIYA1>), 3 hours',
      { intent: 'token', owner: 'U0PRIYA1', ttlSeconds: 10800 },
    ],
    [
      "our intern needs access to the AI for the afternoon, 4 hours. He's <@U0INTERN>.",
      { intent: 'token', owner: 'U0INTERN', ttlSeconds: 14400 },
    ],
    [
      'she wants a token for the client call, 1h — <@U0CLIENT>. thanks!',
      { intent: 'token', owner: 'U0CLIENT', ttlSeconds: 3600 },
    ],
    [
      '3h token for <@U0AAA1> — sorry, wrong person, for <@U0BBB2>',
      { intent: 'token', owner: 'U0BBB2', ttlSeconds: 10800 },
    ],
  ]);
  // look-alikes: a token for an event keeps no owner; a temp or a pronoun in a story asks nothing
  slots([['token for the workshop — <@U0WORK1>', { intent: 'token', owner: null }]]);
  nothingAsked([
    'the temp agency sent <@U0TEMP9> over, she starts monday',
    "she's <@U0SHE1>, she sorted the printer yesterday",
    'He wants a new chair — <@U0CHAIR>. can someone order it',
  ]);
});

describe('an airport word ending a terse token command is its Region', () => {
  slots([
    ['tok 2h dub', { intent: 'token', ttlSeconds: 7200, region: 'eu-west-1' }],
    ['tkn 5h syd', { intent: 'token', ttlSeconds: 18000, region: 'ap-southeast-2' }],
  ]);
  // look-alikes: after the token word in full, or a word after it, it stays a word
  slots([
    ['token 2h syd', { intent: 'token', ttlSeconds: 7200, region: null }],
    ['tok 2h dub step', { intent: 'token', ttlSeconds: 7200, region: null }],
  ]);
});

describe("a ticket's headline naming Bedrock, or an audit trail, asks for it", () => {
  slots([
    [
      'Ticket HD-9001\nSummary: Bedrock spend for the legal team, last month\nRequested by: Finance',
      { intent: 'spend', businessUnit: 'legal-team', period: { kind: 'month', monthsAgo: 1 } },
    ],
    [
      'Ticket HD-9002\nSummary: Remove Bedrock setup for old-pricing\nReason: retired',
      { intent: 'deprovision', businessUnit: 'old-pricing' },
    ],
    [
      'Ticket HD-9003\nSummary: audit trail of key rotations for claims-ops, past 30 days',
      { intent: 'history', businessUnit: 'claims-ops', period: { kind: 'days', days: 30 } },
    ],
  ]);
  // look-alikes: a headline reporting what was done stays a report
  nothingAsked([
    'Ticket HD-9004\nSummary: Bedrock keys rotated after the incident\nStatus: done',
    'Ticket HD-9005\nSummary: key audit completed\nStatus: closed',
  ]);
});

describe('a key ID masked with question marks or cut short names no key and no unit', () => {
  slots([
    ['revoke AKIA12345', { intent: 'revoke', keyId: null, businessUnit: null }],
    ['details for AKIA??????????', { intent: 'details', keyId: null, businessUnit: null }],
  ]);
  neverActs(['revoke AKIA12345']);
  // look-alike: a whole ID stays an ID
  slots([['rotate AKIAB7QX3D2KLMNOPQRS', { intent: 'rotate', keyId: 'AKIAB7QX3D2KLMNOPQRS' }]]);
});

describe('the bot addressed with an ellipsis, or "?" and whom one asks for, asks for help', () => {
  keeps([
    ['<@U0BEDROCK> ...', 'help'],
    ['<@U0BEDROCK> …', 'help'],
    ['<@U0BEDROCK> ? asking for a colleague', 'help'],
  ]);
  // look-alikes: an ellipsis to no one, or a question to the channel, asks nothing
  nothingAsked(['...', 'anyone know? …']);
});
