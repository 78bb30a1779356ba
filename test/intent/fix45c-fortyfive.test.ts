/**
 * Round forty-five, fix45c (tuned-forms, -waste, -dental, -airport, -ski): kinds of writing the parser misread. Sentences of
 * our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { slots } from './acted.js';

describe('a request line in a form, then a field on the next line: the name ends with its line', () => {
  slots([
    [
      'Change: revoke the Bedrock key for growth\nWindow: tonight 22:00',
      { intent: 'revoke', businessUnit: 'growth' },
    ],
    [
      'Request: new api key for claims\nSchedule: before Friday',
      { intent: 'create_key', businessUnit: 'claims', keyKind: 'api-key' },
    ],
    ['rotate the key for kyc-scoring\nDate: Thursday', { intent: 'rotate', businessUnit: 'kyc-scoring' }],
    ['please rotate the key for payments\nwhen: tonight', { intent: 'rotate', businessUnit: 'payments' }],
  ]);
  // look-alikes: the words on one line stay one name; a field's value is read as before
  slots([
    ['rotate key for payments window', { intent: 'rotate', businessUnit: 'payments-window' }],
    [
      'new key for claims-triage\nExpiry: 60 days',
      { intent: 'create_key', businessUnit: 'claims-triage', expiryDays: 60 },
    ],
  ]);
});

describe('a token asked about in theory, its lifetime after what it is for ("…, like 14h?"): the limits', () => {
  slots([
    [
      'just curious, could I in theory get a token for a whole night of grooming, like 14h?',
      { intent: 'help', topic: 'limits' },
    ],
    [
      'in principle, could we get a token for the full migration, say 16h?',
      { intent: 'help', topic: 'limits' },
    ],
    [
      'hypothetically could I have a token for a long training run, about 20 hours?',
      { intent: 'help', topic: 'limits' },
    ],
  ]);
  // look-alikes: asked for, not about, the token is the request
  slots([
    ['token for a whole night of snowmaking, like 10h please', { intent: 'token', ttlSeconds: 36000 }],
    ['can I get a token for the afternoon, like 4h?', { intent: 'token', ttlSeconds: 14400 }],
  ]);
});

describe('whether it is ok to ask for a credential in a DM, a thread or the channel: that command’s topic', () => {
  slots([
    [
      'is it ok to ask the bot for tokens in a DM or do I have to do it in #lift-ops?',
      { intent: 'help', topic: 'token' },
    ],
    ['is it okay to ask for a token in the channel?', { intent: 'help', topic: 'token' }],
    [
      'is it fine to request an api key in a thread, or only in #bedrock-access?',
      { intent: 'help', topic: 'create_key' },
    ],
  ]);
  // look-alikes: keeping a token safe stays general
  slots([
    ['is it ok to paste my token in a DM?', { intent: 'help', topic: 'general' }],
    ['is it ok to share a token in the channel?', { intent: 'help', topic: 'general' }],
  ]);
});

describe('a kind weighed against "one of the tokens": key-kinds, no kind stated', () => {
  slots([
    [
      'is an access key safer than one of the tokens for the kiosk pc?',
      { intent: 'help', topic: 'key-kinds', keyKind: null },
    ],
    [
      'is an api key better than one of those tokens for a cron?',
      { intent: 'help', topic: 'key-kinds', keyKind: null },
    ],
    [
      'should the scanner use an access key or one of your tokens?',
      { intent: 'help', topic: 'key-kinds', keyKind: null },
    ],
  ]);
  // look-alike: a request that tells of one of the tokens keeps its kind
  slots([
    [
      'create an access key for kiosk-pc, one of the tokens leaked',
      { intent: 'create_key', businessUnit: 'kiosk-pc', keyKind: 'access-key' },
    ],
  ]);
});

describe('access to a model family other than Claude asked for a lifetime: a token for it, its maker the provider', () => {
  slots([
    [
      'need access to llama for an hour, comparing it for the wayfinding chatbot',
      { intent: 'token', ttlSeconds: 3600, provider: 'meta' },
    ],
    ['need access to llama 3 for 2 hours', { intent: 'token', ttlSeconds: 7200, provider: 'meta' }],
    ['give me access to mistral for 30 min please', { intent: 'token', ttlSeconds: 1800 }],
  ]);
  // look-alikes: asked about or told, not asked for
  slots([
    ['can I get access to llama?', { intent: 'help' }],
    ['who has access to llama today?', { intent: 'unknown' }],
    ['we lost access to llama for an hour, weird', { intent: 'unknown' }],
  ]);
});

describe('a command with its help flag in a code span: help about that command', () => {
  slots([
    ['`/bedrock models --help`', { intent: 'help', topic: 'models' }],
    ['`/bedrock spend --help`', { intent: 'help', topic: 'spend' }],
    ['what does `/bedrock models -h` say? never tried it', { intent: 'help', topic: 'models' }],
  ]);
  // look-alikes: other flags in a code span keep their reading
  slots([
    ['`/bedrock token --ttl 2h`', { intent: 'token', ttlSeconds: 7200 }],
    ['`/bedrock list --all`', { intent: 'list', all: true }],
  ]);
});

describe('who has to click approve on our requests: help about approvals', () => {
  slots([
    [
      'requested the lift-ops key before lunch, still pending. who has to click approve on these?',
      { intent: 'help', topic: 'approvals' },
    ],
    ['who clicks approve on key requests?', { intent: 'help', topic: 'approvals' }],
    ['asked for a token an hour ago, who needs to hit approve?', { intent: 'help', topic: 'approvals' }],
  ]);
  // look-alikes: the approval of other things, and a click told, ask nothing of the bot
  slots([
    ['who has to click approve on the expense report?', { intent: 'unknown' }],
    ['I clicked approve on the PR', { intent: 'unknown' }],
  ]);
});

describe('one action for two units, each before its key, the second hyphenated: the first named is the request’s', () => {
  slots([
    ['rotate the weighbridge key and the compost-ops key', { intent: 'rotate', businessUnit: 'weighbridge' }],
    ['rotate the billing key and the compost-ops key', { intent: 'rotate', businessUnit: 'billing' }],
    ['revoke the growth key and the ads team key', { intent: 'revoke', businessUnit: 'growth' }],
  ]);
  // look-alikes: two plain names, and two names after one verb, keep the first as before
  slots([
    ['rotate the growth key and the ads key', { intent: 'rotate', businessUnit: 'growth' }],
    ['deprovision growth and ads', { intent: 'deprovision', businessUnit: 'growth' }],
  ]);
});

describe('a heading line, then a unit’s field: the heading’s last word is no name before the unit noun', () => {
  slots([
    [
      '*Spend query*\n• unit: dialogue-gen\n• period: past 10 days',
      { intent: 'spend', businessUnit: 'dialogue-gen', period: { kind: 'days', days: 10 } },
    ],
    ['Spend query\nteam: npc-dialogue', { intent: 'spend', businessUnit: 'npc-dialogue' }],
    ['rotate the key for the data\nteam: growth', { intent: 'rotate', businessUnit: 'growth' }],
  ]);
  // look-alikes: a unit noun on the same line stays the name's
  slots([
    ['spend for the query team last month', { intent: 'spend', businessUnit: 'query-team' }],
    [
      'Key request\nTeam: Marketing Analytics\nExpiry: 30 days',
      { intent: 'create_key', businessUnit: 'marketing-analytics', expiryDays: 30 },
    ],
  ]);
});

describe('"log" inside a dotted service name: one name, hyphenated', () => {
  slots([
    [
      'key for ops.log.digest, region Ireland',
      { intent: 'create_key', businessUnit: 'ops-log-digest', region: 'eu-west-1' },
    ],
    ['rotate the key for gate.logs.reader', { intent: 'rotate', businessUnit: 'gate-logs-reader' }],
  ]);
  // look-alikes: a file's ending or a logger's call keeps its dots and names no unit
  slots([
    ['log.info.x broke, rotate key for growth', { intent: 'rotate', businessUnit: 'growth' }],
    ['self.log.debug is noisy', { intent: 'unknown' }],
  ]);
});

describe('a key’s lifetime judged fine now, with who said so: the request’s expiry', () => {
  slots([
    [
      'Hi, the camera vendor needs an api key for our lift-cams-staging service, they said 14 days is enough for the test',
      { intent: 'create_key', businessUnit: 'lift-cams-staging', keyKind: 'api-key', expiryDays: 14 },
    ],
    [
      'key for growth. 6 months expiry is fine, security said so. Thanks!',
      { intent: 'create_key', businessUnit: 'growth', expiryDays: 180 },
    ],
    [
      'new key for ski-rental, 90 days should be fine, my lead said so',
      { intent: 'create_key', expiryDays: 90 },
    ],
  ]);
  // look-alike: a lifetime said fine once, in a story of the past, is no request's
  slots([
    [
      'key for growth. last year they said 90 days was fine, but it expired.',
      { intent: 'create_key', businessUnit: 'growth', expiryDays: null },
    ],
  ]);
});
