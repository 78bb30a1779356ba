/**
 * Round eleven's lead fixes: the blind set's last false action, and what the review found, each with the
 * look-alike that must keep its reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts } from './data/evaluate.mjs';

describe("a meme's format is a joke, not a request", () => {
  it.each([
    'me: needs a token. also me: forgets to ask for it for 3 hours',
    'nobody:\nliterally nobody:\nme: rotating the growth key at 3am',
    'pov: you asked for a 12h token and it expired during lunch',
    'no one: \nthe platform team: revoke every key on a friday',
    'me irl: create a key for sales-ops, forget where i put it',
  ])('"%s" is unknown', (t) => {
    const r = parseRequest(t);
    expect(acts(r)).toBe(false);
    expect(r.intent).toBe('unknown');
  });
  it.each([
    ['token 3h pls, owner: me', 'token'],
    ['key for growth, owner: me, 90 days', 'create_key'],
    ['for: me. token 2h', 'token'],
  ])('"%s" is still a request', (t, intent) => {
    expect(parseRequest(t).intent).toBe(intent);
  });
});

describe('the key ID named last replaces the first only when it corrects it', () => {
  it.each([
    'revoke AKIAIOSFODNN7EXAMPLE, actually keep AKIAI44QH8DHBEXAMPLE though, ci uses it',
    'revoke AKIAIOSFODNN7EXAMPLE now, AKIAI44QH8DHBEXAMPLE should be left alone',
    "revoke AKIAIOSFODNN7EXAMPLE please. nah AKIAI44QH8DHBEXAMPLE stays, it's the ci one",
  ])('"%s" never revokes the key to keep', (t) => {
    expect(parseRequest(t).keyId).not.toBe('AKIAI44QH8DHBEXAMPLE');
  });
  it.each([
    'revoke AKIAIOSFODNN7EXAMPLE nvm AKIAI44QH8DHBEXAMPLE',
    "revoke AKIAIOSFODNN7EXAMPLE. sorry, it's AKIAI44QH8DHBEXAMPLE",
  ])('"%s" revokes the corrected key', (t) => {
    expect(parseRequest(t)).toMatchObject({ intent: 'revoke', keyId: 'AKIAI44QH8DHBEXAMPLE' });
  });
});

describe('an English name or word is no Turkish', () => {
  it.each([
    'our risk modeller on growth-ai decides which keys we revoke',
    'Selam is the one who decides which growth-ai keys we revoke',
    'Selam from growth-ai owns the key we rotate',
  ])('"%s" is not acted on', (t) => {
    expect(acts(parseRequest(t))).toBe(false);
  });
  it('"owner Edin" stays a name (flagged as no owner we can use), not a word removed', () => {
    expect(
      parseRequest('please create an access key for growth-ai, owner Edin').problems?.length,
    ).toBeGreaterThan(0);
  });
  it('a Turkish request still reads', () => {
    expect(parseRequest('selam, 3 saatlik token lazım')).toMatchObject({
      intent: 'token',
      ttlSeconds: 10800,
    });
  });
});

describe('the kind kept is not the kind revoked or rotated', () => {
  it.each([
    ['revoke the access keys for growth-ai, we only need the api key now', 'access-key'],
    ['rotate the api key for ml-research, i still need the access key as is', 'api-key'],
    ["delete the old access key for growth-ai, let's use the api key from now on", 'access-key'],
  ])('"%s" → %s', (t, kind) => {
    expect(parseRequest(t).keyKind).toBe(kind);
  });
  it('a new key still takes the kind chosen', () => {
    expect(parseRequest('new key for growth: api keys are easier but we need an access key').keyKind).toBe(
      'access-key',
    );
  });
});

describe('a withdrawal followed by a number that is no value', () => {
  it.each([
    'deprovision old-bi... nevermind, in 2 weeks maybe',
    'create a key for growth-ai. nevermind, 3 of us already have one',
    'rotate the key for growth-ai. nvm 2 people still use it',
    'need a long-term key for clickstream. nvm 4 real',
  ])('"%s" is not acted on', (t) => {
    expect(acts(parseRequest(t))).toBe(false);
  });
  it.each([
    ['token 2h, nah make it 4', { ttlSeconds: 14400 }],
    ['token for 3h in fra. nvm, 5h in dub', { ttlSeconds: 18000, region: 'eu-west-1' }],
  ])('"%s" is still corrected', (t, want) => {
    expect(parseRequest(t)).toMatchObject({ intent: 'token', ...want });
  });
});

describe('an airport word after "sorry" is a Region only when it ends its clause', () => {
  it('"sorry mel, forgot to cc you" keeps Oregon', () => {
    expect(parseRequest('token for 2h in oregon please. sorry mel, forgot to cc you').region).toBe(
      'us-west-2',
    );
  });
  it('"in dub, no wait, syd" is Sydney', () => {
    expect(parseRequest('token 3h in dub, no wait, syd').region).toBe('ap-southeast-2');
  });
});

describe('a pronoun read back as the unit only when it is the credential', () => {
  it.each([
    "don't deprovision growth-ai, just delete it from the office spreadsheet",
    "don't rotate support-tools, just revoke them from the office printer list",
  ])('"%s" offers nothing destructive', (t) => {
    const r = parseRequest(t);
    expect(r.intent).toBe('unknown');
    expect(r.alternatives ?? []).toEqual([]);
  });
});

describe('polls and "which" at the start', () => {
  it.each([
    'Poll for the team: rotate the growth-ai key today, 👍 if ok',
    'Quick Poll: revoke the sales key?',
  ])('"%s" is put to people', (t) => {
    expect(parseRequest(t).intent).toBe('unknown');
  });
  it('"which is the owner for growth-ai" asks for its details', () => {
    expect(parseRequest('which is the owner for growth-ai')).toMatchObject({
      intent: 'details',
      businessUnit: 'growth-ai',
    });
  });
});
