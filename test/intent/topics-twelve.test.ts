import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * Round twelve: a kind of key weighed against a token (or a lay name of one) in a question states no
 * kind (README, "Key kinds"), with or without a question mark; a kind chosen or asked what it is stays.
 */
describe('a key kind weighed against a token states no kind', () => {
  it.each([
    'is an api key the same as a token',
    'token or access key for the nightly export job?',
    'is a bearer token safer than an access key?',
    'should our cron use a token or an api key',
    'api key vs token for a github action',
    "what's the difference between an access key and a token",
    'is an access key better than a temp token for airflow?',
    'would a token do instead of an access key for a one-off script?',
    'access key or token, which one for boto3',
    'is a bedrock login the same thing as an api key?',
    'temp token vs access key for a one-off notebook?',
  ])('"%s"', (text) => {
    expect(parseRequest(text)).toMatchObject({ intent: 'help', topic: 'key-kinds', keyKind: null });
  });
});

describe('a kind set aside for a token states none', () => {
  it.each([
    'token for 2h please, not an api key',
    "I'd like a token for 3h, no access key needed",
    'could I get a token instead of an access key? just for today',
  ])('"%s"', (text) => {
    expect(parseRequest(text)).toMatchObject({ intent: 'token', keyKind: null });
  });
});

describe('a kind chosen, asked what it is, or the request’s own keeps its kind', () => {
  it.each([
    ['I need an api key, not a token, for sales-ops', 'api-key'],
    ['revoke the access key for growth, tokens are fine', 'access-key'],
    ['what is an access key?', 'access-key'],
    ['what is an api key vs a token?', 'api-key'],
    ['create an access key for data-eng, a token expires too fast', 'access-key'],
    ['where do I put the bearer token in curl', 'api-key'],
    ['short-term vs long-term api keys?', 'api-key'],
    ['key for growth-data, an access key please, not a token', 'access-key'],
    ['can I get an access key instead of an api key for risk-ml?', 'access-key'],
    ['rotate the access key for payments, the tokens are fine', 'access-key'],
  ])('"%s" → %s', (text, keyKind) => {
    expect(parseRequest(text).keyKind).toBe(keyKind);
  });
});

/**
 * Help topics (README, "Help topics"): of two subjects the asked one. Sharing or keeping a secret is
 * its safety, though a key is put somewhere; a kind in quotes asked what it is is the kinds; a kind
 * asked to be allowed in a Region is the Region's offer; an audit team or committee is people, no history.
 */
describe('the topic is the subject asked about', () => {
  it.each([
    ['can I share my token with the intern, or is that not allowed?', 'general'],
    ['is it fine to share our api key with the agency?', 'general'],
    ['can two people share one access key?', 'general'],
    ['can I put our api key in the Jenkins credentials store?', 'general'],
    ['is it ok to keep the access key in AWS Secrets Manager or somewhere else?', 'general'],
    ["what does 'access key' mean here?", 'key-kinds'],
    ['what does “bearer token” mean in your message?', 'key-kinds'],
    ['what exactly is an "api key" for the bot?', 'key-kinds'],
    ['are access keys allowed in eu-south-2 or only tokens?', 'regions'],
    ['are long-term keys available in sydney?', 'regions'],
    ['what can this bot do for the audit committee?', 'general'],
    // look-alikes: the subject stays
    ['how far back does the history go? our audit team asks', 'history'],
    ['is the token tied to me or can my team share it', 'token'],
    ['how long does a token last?', 'limits'],
    ['who approves a new key?', 'approvals'],
    ['what is an access key?', 'key-kinds'],
  ])('"%s" → %s', (text, topic) => {
    expect(parseRequest(text)).toMatchObject({ intent: 'help', topic });
  });

  it('using a long-term key in one’s own code still has no topic', () => {
    const parsed = parseRequest('how do I use the api key with curl?');
    expect(parsed.intent).toBe('help');
    expect(parsed.topic).toBeUndefined();
  });
});

/**
 * Provider: of providers named in several sentences, the one the question asks about; "command" is
 * Cohere's only after "cohere" or before a model word, never as a bot command ("the models command").
 */
describe('the provider is the one asked about', () => {
  it.each([
    ['our team uses claude today. does the bot have any mistral models?', 'mistral'],
    ['legal approved cohere already. can I use llama in frankfurt?', 'meta'],
    ['claude was too slow for us. what amazon models are there?', 'amazon'],
    ['we tried anthropic last month. which llama models are on bedrock?', 'meta'],
    ['I want to compare Anthropic and Meta models. Which meta models can we use on bedrock?', 'meta'],
    // look-alikes
    ['which claude models can I use?', 'anthropic'],
    ['is cohere command r available in us-east-1?', 'cohere'],
    ['does the models command list cohere models?', 'cohere'],
    ['can the token call claude or only amazon’s models?', null],
    ['does the models command show prices as well?', null],
    ['how do I use the rotate command?', null],
  ])('"%s" → %s', (text, provider) => {
    expect(parseRequest(text).provider).toBe(provider);
  });
});
