/**
 * Review A of round twenty-four (fix24a): the lead's readers and known24's, probed at their edges, and a
 * sweep of trades the round did not use (a hotel spa, an airport ground crew, a bakery chain, a call centre,
 * a fitness chain).
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, neverActs } from './acted.js';

describe('a sign-off or a review of a body or a kind still to come holds the request', () => {
  neverActs([
    'create a key for pricing-ml pending budget approval',
    'create a key for pricing-ml, pending CAB approval',
    'rotate the ads key pending legal review',
    'create a key for pricing-ml, awaiting budget sign-off',
    "create a key for pricing-ml, subject to Dana's approval",
    'create a key for pricing-ml subject to approval',
  ]);
  it('the request is kept and asked about, not lost', () => {
    const p = parseRequest('create a key for pricing-ml pending budget approval');
    expect(p.intent).toBe('create_key');
    expect(p.businessUnit).toBe('pricing-ml');
    expect(p.question).toBeDefined();
  });
  it('a pending thing that is no word to come leaves the request', () => {
    expect(acted('rotate the ads key, our pending PR depends on it')).toBe(true);
    expect(acted('revoke the ads key, pending deletion anyway')).toBe(true);
  });
});

describe("a system named after a place's everyday thing stays ours", () => {
  keeps([['create a key for the data-eng printers integration', 'create_key', 'data-eng']]);
  it('a place before an everyday thing is still the thing', () => {
    expect(parseRequest('create a key for the b-wing lockers').intent).toBe('unknown');
    expect(parseRequest('rotate the wi-fi key').intent).toBe('unknown');
  });
});

describe("a command put to the channel for others' view is asked about, as a hedged one is", () => {
  neverActs([
    'revoke the ads key? @dana what do you think',
    'revoke the ads key? <@U123ABC> what do you think',
    'rotate the growth key? thoughts?',
    'deprovision old-chatbot, wdyt?',
    'revoke the search key - any objections?',
  ]);
  it('the action is kept, and a view told, not asked, leaves the request', () => {
    const p = parseRequest('revoke the ads key? @dana what do you think');
    expect(p.intent).toBe('revoke');
    expect(p.businessUnit).toBe('ads');
    expect(acted('rotate the growth key, I think it leaked')).toBe(true);
    expect(acted('token for 2h, thoughts on the new models welcome in #ai')).toBe(true);
  });
});

describe("a key for a loading bay or a dock is a lock's", () => {
  neverActs([
    'give the night bakers the alarm code and a key for the loading bay',
    'the drivers need a new key for the goods-in dock, the old one snapped',
  ]);
  keeps([
    ['create a key for the dock-scheduler team', 'create_key', 'dock-scheduler-team'],
    ['key for the loading dock app', 'create_key', 'loading-dock-app'],
    ['key for the instrument store app', 'create_key', 'instrument-store-app'],
  ]);
});

describe('keys named only by a list above or below in the thread are asked about, as attached ones are', () => {
  neverActs([
    'revoke all keys above',
    'revoke all the keys listed below',
    'rotate the keys mentioned above please',
    'revoke every key in the list above',
  ]);
  it('a unit named with them, or a key of its own, is read as usual', () => {
    expect(parseRequest('revoke the keys below: growth, ads').businessUnit).toBe('growth');
    expect(acted('rotate the ads key, see above')).toBe(true);
  });
});

describe('a system or a team named after an occasion is a unit, not the set-up', () => {
  keeps([
    ['tear down everything for the gala dinner bot', 'deprovision', 'gala-dinner-bot'],
    ['tear down everything for the summer fete team', 'deprovision', 'summer-fete-team'],
  ]);
  it('the occasion alone is still a venue', () => {
    expect(acted('tear down everything for the summer fete')).toBe(false);
    expect(acted('tear down everything for the jury trial')).toBe(false);
  });
});

describe("Slack's bold or italic around a hedge or a wait is the same hedge or wait", () => {
  neverActs([
    'revoke the ads key — _maybe_',
    'rotate growth key, *perhaps?*',
    'revoke the ads key _in 2 hours_',
  ]);
  it('a word that only holds the letters is no wait', () => {
    expect(acted('rotate the ads key in eu-west-1')).toBe(true);
    expect(acted('revoke the ads key, it is in 2_hours_logs')).toBe(true);
  });
});
