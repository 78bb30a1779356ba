/**
 * Round thirty-one, fix31a1: the classifier trained on the tuned files reads some requests as nothing from their form
 * alone; the rules hold them. Sentences of our own, and the near ones that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, neverActs, nothingAsked, stillActs } from './acted.js';

describe('a change asked of "you", no person asked in it, is the writer\'s request (asked-of-you.ts)', () => {
  keeps([
    ["could you delete the kiosk-app key? I'm stuck at the airport", 'revoke', 'kiosk-app'],
    ["I'm in a hotel lobby, could you revoke the crm-sync key?", 'revoke', 'crm-sync'],
    ['can u rotate the treasury key? in a workshop all morning', 'rotate', 'treasury'],
  ]);
  // the whole message that one change, or a command with only a copy after it: done
  stillActs([
    'could you rotate the crm-sync key? cc <@U05ANNA1>',
    'can you revoke the ledger key?',
    'deprovision sandbox-a, cc <@U05ANNA1>',
  ]);
  // look-alikes: a colleague mentioned first by someone away, things not ours, a condition
  nothingAsked([
    "<@U07RITA22> could you revoke the crm-sync key? I'm on my phone in a taxi",
    'could you revoke my access to the team calendar?',
  ]);
  neverActs(['can you rotate legacy-bi after the migration?']);
});

describe('a removal, then after a pause that it is not needed: the reason (no-longer-needed.ts)', () => {
  keeps([
    ["could you revoke the ledger key? hmm, we don't need it anymore", 'revoke', 'ledger'],
    ["deprovision sandbox-a? ok, we won't need it after all", 'deprovision', 'sandbox-a'],
  ]);
  // look-alike: a real turn takes it back
  nothingAsked(["revoke the ledger key? no wait, we don't need it anymore"]);
});

describe('a take-back after a question, then what is meant (new-target.ts, corrections.ts)', () => {
  keeps([
    ['deprovision sandbox-a? actually no, deprovision sandbox-b instead', 'deprovision', 'sandbox-b'],
    ['rotate the crm key? no — crm-sync', 'rotate', 'crm-sync'],
  ]);
  nothingAsked(['deprovision sandbox-a? actually no, keep it']);
});

describe('a question put first, then a request naming the credential', () => {
  keeps([['key or token for the kiosk? ok a token then, 5h', 'token']]);
  it('a reason for the question after it stays help', () => {
    expect(parseRequest('is there a limit? asking because the batch runs 20h').intent).toBe('help');
  });
});

describe('another sent to ask the bot asks nothing now (others-need-told.ts sentToAskBot)', () => {
  nothingAsked([
    'we told the interns to ask you for a token for 2 hours',
    "I'll tell the night shift to ask you for a token for 6 hours",
  ]);
  it('the writer sent to ask keeps the token', () => {
    expect(parseRequest('I was told to ask you for a token for 2 hours').intent).toBe('token');
  });
});

describe('closing tails: told when done, or a chance left to object', () => {
  stillActs(['rotate the crm-sync key & let me know when done']);
  it('a chance to object is asked about', () => {
    const text = 'rotate the crm-sync key and let security know in case they object';
    expect(parseRequest(text).intent).toBe('rotate');
    expect(acted(text)).toBe(false);
  });
});
