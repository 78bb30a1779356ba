/**
 * Round thirty-one, fixer A2: readings the classifier trained on the tuned files moved, given back by the rules.
 * Sentences of our own (not the failing tests'), and the near ones that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts } from './data/evaluate.mjs';

describe('a form of a duration for another thing names no token (form-reading.ts durationOfOtherThing)', () => {
  it.each([
    'Duration: 3h\nNotes: minibus booked for the away match\nContact: front desk',
    'How long: 45 minutes\nPurpose: onboarding chat with the new porter\nRequester: Lee',
    'Meeting: quarterly review\nDuration: 2h\nNotes: slides are in the drive',
    'Duration: 90 minutes\nReason: forklift refresher course\nRequested by: depot manager',
  ])('%j asks nothing', (text) => {
    const p = parseRequest(text);
    expect(p.intent).toBe('unknown');
    expect(acts(p)).toBe(false);
  });
  it.each([
    ['Duration: 3h\nPurpose: prompt tests for the claims bot\nRequested by: Lee', 'token'],
    ['TTL: 2h\nNotes: quick check of the new model\nContact: Sam', 'token'],
    ['Team: ads\nDuration: 30 min', 'token'],
    ['Purpose: dock rota summary trial / Duration: 2h / Region: Frankfurt', 'token'],
    ['Duration: 1h / Purpose: quick script run', 'token'],
  ])('%j keeps its token', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});

describe('a request in a clause of its own beside an aside or a story holds, asked (parse-request.ts clauseAskHeld)', () => {
  it.each([
    ['revoke the search key now, does anybody know who had it last?', 'revoke', 'search'],
    ['the flyers were sent to the venue, new key for ads please', 'create_key', 'ads'],
    ['the key for kyc works fine 🙌 could you make one for kyc-eu as well?', 'create_key', 'kyc-eu'],
  ])('%j keeps the rules’ request, never acted on as it stands', (text, intent, unit) => {
    const p = parseRequest(text);
    expect([p.intent, p.businessUnit]).toEqual([intent, unit]);
    expect(acts(p)).toBe(false);
  });
  it.each([
    'rotate the search key, but not before the release is out',
    'revoke the ads key later, we are still waiting on legal',
    '<@U05ABC123> can you rotate your key for the badgers? you own it',
  ])('%j is not carried out', (text) => {
    expect(acts(parseRequest(text))).toBe(false);
  });
});

describe('what another said, quoted after a colon, is relayed: asked, not acted on (parse-request.ts relayHeld)', () => {
  it.each([
    'legal said: the vendor-risk team needs a key',
    'the auditor says: the treasury unit needs a new key',
  ])('%j is asked about', (text) => {
    const p = parseRequest(text);
    expect(p.intent).toBe('create_key');
    expect(acts(p)).toBe(false);
  });
  it('the need said by the writer stands', () => {
    expect(parseRequest('the treasury unit needs a key').intent).toBe('create_key');
  });
});

describe('a plan whose steps open on the next lines is no request now (not-live-request.ts PLAN_OPENING)', () => {
  it.each([
    'Plan for friday:\n1. revoke the ads key\n2. create a key for kyc',
    'our plan:\n- rotate search\n- deprovision old-ops',
  ])('%j asks nothing', (text) => {
    const p = parseRequest(text);
    expect(p.intent).toBe('unknown');
  });
  it('a request form with a list stays asked', () => {
    expect(parseRequest('Request:\n1. create a key for growth').intent).toBe('create_key');
  });
});
