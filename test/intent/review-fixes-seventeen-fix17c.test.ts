/**
 * Review fixes of round seventeen (fix17c): slot readers (units after "under", duration bounds,
 * providers, "/"-joined verbs, owners and short numbered names). Each kind: the reviewers' texts,
 * sentences of our own of the same kind, and look-alikes whose reading must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

type Row = readonly [text: string, intent: string, unit: string | null];

const reads = (rows: Row[]) =>
  it.each(rows)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit]).toEqual([intent, unit]);
  });

describe('1. "keys under" a state, an idiom or a person names no unit (no revoke of a wrong unit)', () => {
  reads([
    // The reviewers' texts.
    ['revoke all keys under legal hold', 'revoke', null],
    ['revoke the keys under legal review', 'revoke', null],
    ['rotate keys under security review', 'rotate', null],
    ['revoke keys under compliance hold', 'revoke', null],
    ['revoke the keys under quarantine', 'revoke', null],
    ['rotate keys under embargo', 'rotate', null],
    ['revoke keys under contract', 'revoke', null],
    ['rotate the keys under warranty', 'rotate', null],
    ['revoke keys under suspicion', 'revoke', null],
    ['revoke keys under investigation', 'revoke', null],
    ['revoke every key under the free tier', 'revoke', null],
    ['revoke the keys under sarah', 'revoke', null],
    ["rotate the keys under Priya's name", 'rotate', null],
    ['revoke keys under alice', 'revoke', null],
    ['revoke the keys under Dr Patel', 'revoke', null],
    ['rotate the keys under the hood', 'rotate', null],
    ['revoke the keys under the microscope', 'revoke', null],
    ['revoke the key under the doormat', 'revoke', null],
    ['revoke keys under clause 4', 'revoke', null],
    ['rotate keys under item 3', 'rotate', null],
    // Our own.
    ['rotate the keys under audit', 'rotate', null],
    ['revoke all tokens under litigation hold', 'revoke', null],
    ['revoke every key under the enterprise tier', 'revoke', null],
    ['rotate keys under Mr Jones', 'rotate', null],
    ['revoke the keys under rahul', 'revoke', null],
    ['rotate all keys under section 2', 'rotate', null],
    ['revoke keys under the radar', 'revoke', null],
    ['revoke keys under wraps', 'revoke', null],
  ]);
  // Look-alikes: a unit's name after "under" keys stays the unit.
  reads([
    ['what keys are under the Marine Bio Lab', 'details', 'marine-bio-lab'],
    ['rotate everything under rc-hpc', 'rotate', 'rc-hpc'],
    ['revoke an active key under quadhacks-25', 'revoke', 'quadhacks-25'],
    ['rotate keys under growth', 'rotate', 'growth'],
    ['revoke the keys under growth please', 'revoke', 'growth'],
    ['rotate all keys under payments now', 'rotate', 'payments'],
    ['rotate keys under data platform', 'rotate', 'data-platform'],
    ['revoke everything under fin-ops', 'revoke', 'fin-ops'],
    ['rotate all the keys under recsys', 'rotate', 'recsys'],
    ['what keys are under growth', 'details', 'growth'],
    ['rotate keys under lab 4', 'rotate', 'lab-4'],
  ]);
});

type Life = readonly [text: string, intent: string, ttl: number | null, days: number | null];

const lives = (rows: Life[]) =>
  it.each(rows)('%j', (text, intent, ttl, days) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.ttlSeconds, parse.expiryDays]).toEqual([intent, ttl, days]);
  });

describe('2. "no more than" is the asker\'s cap only of a new credential; "no less than" stays a bound', () => {
  lives([
    // The reviewers' texts.
    ['rotate keys for ads with no more than 90 days left', 'rotate', null, null],
    ['rotate the growth keys, not more than 30 days', 'rotate', null, null],
    ['token for ads, no less than 4 hours', 'token', null, null],
    ['token please, no fewer than 8 hours', 'token', null, null],
    // Our own.
    ['revoke the payments keys with not more than 10 days remaining', 'revoke', null, null],
    ['rotate every ads key no longer than 60 days old', 'rotate', null, null],
    ['a token for search, no shorter than 2 hours', 'token', null, null],
    ['key for billing with no less than 30 days', 'create_key', null, null],
  ]);
  // Look-alikes: the asker's own cap on a new credential is still its lifetime.
  lives([
    ['a temporary token for ads (no more than 60 minutes)', 'token', 3600, null],
    ['token for growth, not longer than 2h', 'token', 7200, null],
    ['create a key for ads, no more than 90 days', 'create_key', null, 90],
    ['need a token for search no longer than 3 hours', 'token', 10800, null],
  ]);
});

const makers = (rows: readonly (readonly [text: string, provider: string | null])[]) =>
  it.each(rows)('%j', (text, provider) => {
    expect(parseRequest(text).provider).toBe(provider);
  });

describe('3. "opus" the codec or a magnum opus, "sonnet" the poem, are no model of anthropic', () => {
  makers([
    // The reviewers' texts.
    ['token 2h for the opus codec test', null],
    ['token 2h for the magnum opus deck', null],
    // Our own.
    ['token for 2 hours to test opus audio encoding', null],
    ['a token for 1h, opus format conversion job', null],
    ['temp token 4h, we are writing a sonnet about keys', null],
    ['token 2h for my magnum opus', null],
  ]);
  // Look-alikes: the model family named alone is still anthropic's.
  makers([
    ['token, 90 mins, Sonnet', 'anthropic'],
    ['opus for the eval, token 2h', 'anthropic'],
    ['token 2h to test with opus', 'anthropic'],
    ['token 1h for claude opus', 'anthropic'],
    ['token 2h for the sonnet vs opus comparison', 'anthropic'],
    ['a token for 3 hours for opus', 'anthropic'],
    ['token 1h, opus 4 please', 'anthropic'],
  ]);
});

describe('4. our verbs joined by "/" are no unit: the unit they were done on is', () => {
  reads([
    // The reviewers' text.
    ['every rotate/revoke on checkout in the past 3 days', 'history', 'checkout'],
    // Our own.
    ['show every create/rotate on search this month', 'history', 'search'],
    ['history of rotate/revoke on growth', 'history', 'growth'],
    ['all rotate/revoke events for payments last week', 'history', 'payments'],
  ]);
  // Look-alikes: a unit's name that holds one of our words stays the name.
  reads([
    ['rotate the key for token-service', 'rotate', 'token-service'],
    ['revoke the create-flow key', 'revoke', 'create-flow'],
    ['create key for key-rotation', 'create_key', 'key-rotation'],
    ['rotate the key for renewal-ops', 'rotate', 'renewal-ops'],
  ]);
});

describe('5a. a person offboarded with a number after the name is the person, no numbered unit', () => {
  reads([
    ['offboard alex 2', 'deprovision', 'alex'],
    ['offboard maria 3', 'deprovision', 'maria'],
  ]);
  // Look-alikes: a numbered group after our verbs keeps its number.
  reads([
    ['offboard hack 12', 'deprovision', 'hack-12'],
    ['deprovision hack 12', 'deprovision', 'hack-12'],
  ]);
});

describe('5b. "term 90 days" after a comma is the lifetime, no academic term', () => {
  lives([
    ['create a key for legal, term 90 days', 'create_key', null, 90],
    ['create a key for ads, term 30 days', 'create_key', null, 30],
  ]);
  reads([
    ['create a key for legal, term 90 days', 'create_key', 'legal'],
    ['create a key for ads, term 30 days', 'create_key', 'ads'],
  ]);
});

describe("5c. only the create command's last argument is an owner", () => {
  const owners = (rows: readonly (readonly [text: string, intent: string, owner: string | null])[]) =>
    it.each(rows)('%j', (text, intent, owner) => {
      const parse = parseRequest(text);
      expect([parse.intent, parse.owner]).toEqual([intent, owner]);
    });
  owners([
    ['rotate key growth 30 <@U12345>', 'rotate', null],
    ['rotate key growth 45 <@U12345>', 'rotate', null],
    ['rotate_key search 45 <@U12345>', 'rotate', null],
    ['rotate key ads 60 <@U99887>', 'rotate', null],
  ]);
  // Look-alikes: the create command's owner stays.
  owners([
    ['create key growth api-key 30 <@U12345>', 'create_key', 'U12345'],
    ['create-key growth api-key 30 <@U12345>', 'create_key', 'U12345'],
    ['create key: clause-library / api-key / 90 / <@U12345>', 'create_key', 'U12345'],
    ['new key ads 60 <@U12345>', 'create_key', 'U12345'],
    ['rotate key search / api-key / 45 / <@U12345>', 'rotate', 'U12345'],
  ]);
});
