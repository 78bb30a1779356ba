import { describe, expect, it } from 'vitest';
import { findNegation } from '../../src/intent/negation.js';
import { parseRequest } from '../../src/intent/parse-request.js';

const DESTRUCTIVE = ['rotate', 'revoke', 'deprovision', 'create_key'];

describe('negated and withdrawn requests', () => {
  it.each([
    "don't rotate the marketing key",
    'do not revoke anything',
    'please do NOT delete the sales keys',
    'never revoke production-api',
    "we don't want to offboard growth",
    "don't you dare rotate finance's key",
    'no need to rotate the marketing key',
    "I don't need a long-term key for marketing",
    "don't create a key for marketing yet",
    'stop rotating the ci-pipeline key',
    "don't offboard growth, just rotate their key",
    'never mind, revoke it',
    'cancel that, rotate sales instead',
    'scratch that',
    'forget it',
    'nvm',
    'cancel',
    'cancel the rotation for marketing',
  ])('%s → never a destructive intent acted on without asking', (text) => {
    const r = parseRequest(text);
    expect(DESTRUCTIVE.includes(r.intent) && r.question === undefined, JSON.stringify(r)).toBe(false);
  });

  it.each([
    'token for 2h jk',
    'token 3h, just kidding',
    'rotate the growth key lol jk',
    'key for sales pls... jk',
  ])('%s → a joke takes the request back', (text) => {
    expect(parseRequest(text)).toMatchObject({ intent: 'unknown' });
  });

  it('reads what is left after the negated clause', () => {
    expect(parseRequest("I don't need a long-term key, just a token for 2 hours")).toMatchObject({
      intent: 'token',
      ttlSeconds: 7200,
      longTerm: false,
    });
    expect(parseRequest("don't revoke it yet, who owns marketing?")).toMatchObject({
      intent: 'details',
      businessUnit: 'marketing',
    });
    expect(parseRequest('never mind, give me a token for 1h')).toMatchObject({
      intent: 'token',
      ttlSeconds: 3600,
    });
  });

  it('says why', () => {
    expect(parseRequest("don't rotate the marketing key").reason).toBe('negated request');
    expect(parseRequest('never mind').reason).toBe('request withdrawn');
  });

  it('leaves sentences that only mention a negation alone', () => {
    expect(findNegation('a key that never expires for recsys')).toBeNull();
    expect(findNegation("i don't have a key yet, create one for marketing")).toBeNull();
    // "cancel" of a key may withdraw a request or revoke the key: never acted on without asking.
    const cancel = parseRequest('cancel the marketing key');
    expect(cancel.intent === 'unknown' || cancel.question !== undefined).toBe(true);
  });
});

describe('how-to questions', () => {
  it.each([
    'how do I rotate a key?',
    'how can we revoke a token?',
    'how do I use the api key with boto3?',
    'how long does a token last?',
    'how to offboard a team?',
    "what's a long-term key?",
    'why did my token expire?',
  ])('%s → help', (text) => {
    expect(parseRequest(text).intent).toBe('help');
  });

  it('keeps counting questions about a unit as details', () => {
    expect(parseRequest('how many keys does marketing have?')).toMatchObject({
      intent: 'details',
      businessUnit: 'marketing',
    });
  });
});

describe('requests someone else made', () => {
  it.each([
    'Sam asked for a key for ml-ops on tuesday, is it approved yet?',
    'priya requested a token for the demo yesterday, did it work out?',
    'the ads team asked for a new key last week. any news?',
  ])('does not act on "%s"', (text) => {
    const r = parseRequest(text);
    expect(['token', ...DESTRUCTIVE]).not.toContain(r.intent);
  });

  it('still reads the writer’s own request next to a reported one', () => {
    expect(parseRequest('my lead asked me to get one, so: token for 3h please')).toMatchObject({
      intent: 'token',
      ttlSeconds: 10_800,
    });
    expect(parseRequest('as requested by security, please rotate the key for billing-service')).toMatchObject(
      { intent: 'rotate', businessUnit: 'billing-service' },
    );
  });

  it('takes no place, provider or duration from the story sentences around a request', () => {
    const r = parseRequest(
      'we had a huge outage in frankfurt last tuesday and the data team was down for 6 hours, anyway unrelated, can I get a token for 2h?',
    );
    expect(r).toMatchObject({ intent: 'token', ttlSeconds: 7200, region: null });
    const k = parseRequest(
      'So, context: last quarter the support team tried an OpenAI integration and it was a mess. This quarter we move to bedrock. Could you create a key for support-assist?',
    );
    expect(k).toMatchObject({ intent: 'create_key', businessUnit: 'support-assist', provider: null });
  });
});
