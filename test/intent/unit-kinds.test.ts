import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * Round four, second pass on business units: a team named before a comma, words of a story that
 * are no unit, and a possessive that makes the action word after it a noun. Sentences of our own.
 */
describe('a team noun before a comma ends the name before it', () => {
  it.each([
    ['rotate the keys of the onboarding team, season is done', 'onboarding-team'],
    ['deprovision the hackathon team, project wrapped up', 'hackathon-team'],
    ['revoke all keys for the support team, migration finished', 'support-team'],
  ])('%s → %s', (text, unit) => {
    const parse = parseRequest(text);
    expect(parse.businessUnit).toBe(unit);
  });

  it('a marker followed by a comma still gives the name after it', () => {
    expect(parseRequest('need a long-term key. team, fraud-scoring').businessUnit).toBe('fraud-scoring');
  });
});

describe('story nouns and verbs are no unit', () => {
  it.each([
    ['the replacement key for geo-search, 90 days please', 'geo-search'],
    ['revoke AKIAZ7Q2M4X9PL3KT8RW, it was issued to a vendor we no longer use', null],
    ['who deleted keys yesterday? my eval bucket jobs fail', null],
    ['our pager schedule changed, rotate the key for alerts-bot please', 'alerts-bot'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('the request names the unit, not a team in the story before it', () => {
  it.each([
    [
      'The doc-search team was folded into platform last quarter and nobody has touched their setup. Please deprovision doc-search.',
      'doc-search',
    ],
    [
      'The pricing-lab team split up in spring; our rotation stopped then. Please revoke the keys for pricing-lab.',
      'pricing-lab',
    ],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('a unit that asks for a key politely', () => {
  it.each([
    ['could payroll-ml please have a key?', 'payroll-ml'],
    ['can forecasting kindly get an api key for its batch jobs', 'forecasting'],
    ['could recruiting have a key for 60 days', 'recruiting'],
  ])('%s → %s', (text, unit) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('create_key');
    expect(parse.businessUnit).toBe(unit);
  });
});

describe('"all" of an idiom lists nothing more', () => {
  it.each([
    'who all has bedrock keys here?',
    'which teams use bedrock at all?',
    'what all units are set up?',
  ])('%s', (text) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('list');
    expect(parse.all).toBe(false);
  });

  it('a real "all" still counts', () => {
    expect(parseRequest('list all units please').all).toBe(true);
  });
});

describe('"over the last month" is a span up to now', () => {
  it.each([
    ['spend for search-ads over the last month', { kind: 'days', days: 30 }],
    ['history for billing within the last month', { kind: 'days', days: 30 }],
    ['spend for search-ads in the last month', { kind: 'month', monthsAgo: 1 }],
    ['spend for search-ads last month', { kind: 'month', monthsAgo: 1 }],
  ])('%s', (text, period) => {
    expect(parseRequest(text).period).toEqual(period);
  });
});

describe('a document, an audience or a former colleague is no unit', () => {
  it.each([
    ['for the vendor-review slides: list every key change in the past 3 weeks', null],
    ['for the ethics council, show all approvals in the last 10 days', null],
    ['revoke every key now, an ex-employee still had the secrets', null],
    ['rotate the key for doc-ranker, the ex-intern pasted it somewhere', 'doc-ranker'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});
