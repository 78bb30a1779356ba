import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, stillActs } from './acted.js';

describe('a command of ours with only a tail that holds nothing back is acted on (command-tail.ts)', () => {
  stillActs([
    'rotate the key when you get a chance',
    'rotate the ads key when you can please',
    'revoke the growth key, it expires friday',
    "rotate the payments key, it's due to expire tomorrow",
    'get me a token for 6 hours for the night shift analysis',
    'get me a token for 2h for the churn report',
  ]);
  // Look-alikes: a condition on an event, or a question, still waits or asks.
  neverActs([
    "revoke bob's key when he leaves",
    'rotate the ads key when the migration is done',
    'rotate the ads key once the audit is over, when you get a chance',
    'can you rotate the key when you get a chance?',
  ]);
  keeps([
    ["revoke bob's key when he leaves", 'revoke'],
    ['rotate the ads key when the migration is done', 'rotate', 'ads'],
  ]);
});

describe('"make sure we <change> <condition>" is a reminder to the team, no request (reminder-to-us.ts)', () => {
  nothingAsked([
    'make sure we rotate the ads key once the migration is done',
    "let's make sure we revoke the growth key after the audit",
    'reminder: make sure we deprovision sandbox-old when the trial ends',
  ]);
  // Look-alikes: no condition, or put to the bot, keeps the request.
  keeps([
    ['make sure we rotate the ads key today', 'rotate', 'ads'],
    ['rotate the ads key once the migration is done', 'rotate', 'ads'],
  ]);
});

describe("a key to a room of the premises is a door's, and a rest needed is no credential", () => {
  nothingAsked([
    'the film crew needs a key to the gym',
    'the ads team needs a key to the warehouse',
    'the Visitor Insights team needs a break after that launch',
    'the support crew could use a proper holiday after this week',
  ]);
  keeps([
    ['the ads team needs an api key for the gym booking app', 'create_key'],
    ['the ads team needs a key after that launch', 'create_key', 'ads-team'],
    ['the ads team needs a new key, they deserve a break', 'create_key', 'ads-team'],
  ]);
});

describe('"replaced" told is done, as "rotated" is (mood.ts)', () => {
  nothingAsked([
    'wie heeft de key van silo-sensors vervangen',
    'we already replaced the growth key',
    'heeft iemand de key van yard-sim vervangen',
  ]);
  keeps([
    ['kun je de key van gate-ops vervangen graag', 'rotate', 'gate-ops'],
    ['the old key was replaced last week, please rotate growth', 'rotate', 'growth'],
    ['replace the growth key please', 'rotate', 'growth'],
  ]);
});

describe('a need of ours to change a key, put off to a later time, is the change, asked (later-held.ts)', () => {
  const later: [string, 'rotate' | 'revoke' | 'deprovision', string][] = [
    ['need to rotate the billing key after lunch, ok?', 'rotate', 'billing'],
    ['we need to deprovision sandbox-old over the christmas break', 'deprovision', 'sandbox-old'],
    ['we need to rotate the ads key over the holidays', 'rotate', 'ads'],
  ];
  keeps(later);
  neverActs(later.map(([text]) => text));
  nothingAsked([
    'we need to revoke the loyalty points that were double-credited on Sunday',
    'we need to rotate the snack supplies after lunch',
  ]);
});

describe('"was it done? if so, <change>" asks the change, not the record (later-condition.ts changeOnAnswer)', () => {
  keeps([
    ['was the ads key revoked? if so, issue a new one and tell me when', 'create_key', 'ads'],
    ['was the growth key revoked? if yes, create a new one', 'create_key', 'growth'],
  ]);
  neverActs(['was the ads key revoked? if so, issue a new one and tell me when']);
  keeps([
    ['has the fraud-ops key been revoked yet? when?', 'history', 'fraud-ops'],
    ['does ads-ml have a key already? if not create one', 'details', 'ads-ml'],
  ]);
});

describe('"what I need from you is …" after a deferral of its own is put off, asked (need-frame.ts)', () => {
  neverActs([
    'not now — later what I need from you is a token 3h',
    'not yet, but later what I need from you is a key for growth',
  ]);
  keeps([
    ['not now — later what I need from you is a token 3h', 'token'],
    ['growth keys all broken, not your problem — what I need from you is a token 4h', 'token'],
  ]);
  stillActs(['long week. what I need from you is a token for 3h', 'what I need from you is a token for 2h']);
});

describe('a request, then "+" and a question about a credential, is asked about (discourse.ts)', () => {
  neverActs(["revoke growth + what's a key", 'rotate the ads key + how long does a key last']);
  keeps([["revoke growth + what's a key", 'revoke', 'growth']]);
  stillActs(["token 4h + what's our spend this month?", 'rotate growth key + what models are in frankfurt']);
});
