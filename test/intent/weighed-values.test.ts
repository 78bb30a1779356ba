import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('a provider named as a word of the story or weighed against another', () => {
  it.each([
    "I'm a technical writer, could I get a token for 2 hours?",
    'our copy writer needs access to the AI for an hour',
  ])('"writer" as a person names no provider: %s', (text) => {
    expect(parseRequest(text).provider).toBeNull();
  });

  it.each([
    ['which writer models are there?', 'writer'],
    ['models from writer in us-west-2?', 'writer'],
    ['can I try palmyra with a 1h token', 'writer'],
  ])('Writer next to a model word is the provider: %s', (text, provider) => {
    expect(parseRequest(text).provider).toBe(provider);
  });

  it.each([
    'is mistral available in frankfurt, or only anthropic?',
    'can my token call llama or just claude?',
    'which is better for summaries, cohere vs meta?',
  ])('two providers weighed in a question: none asked for: %s', (text) => {
    expect(parseRequest(text).provider).toBeNull();
  });

  it.each([
    ['which llama models are in oregon? and which meta models in ohio?', 'meta'],
    ['list claude models please. anthropic only', 'anthropic'],
    ['token 2h to try mistral or mixtral', 'mistral'],
  ])('one provider, said twice or by two names, stays: %s', (text, provider) => {
    expect(parseRequest(text).provider).toBe(provider);
  });
});

describe('a key kind named only as what a request goes beyond', () => {
  it.each([
    'rotate every key for billing-ml, not just the api key',
    'please revoke all keys of ads-core, not only their access keys',
  ])('%s → all keys, no kind', (text) => {
    const r = parseRequest(text);
    expect(r.keyKind).toBeNull();
    expect(r.all).toBe(true);
  });

  it('a kind asked for stays, also beside "not just"', () => {
    expect(parseRequest('revoke the access key for growth, not just the api key').keyKind).toBe('access-key');
    expect(parseRequest('rotate the api key for growth').keyKind).toBe('api-key');
  });
});

describe('all keys, by the clause that names what is revoked', () => {
  it.each([
    'revoke the billing access key, they switched to api keys last month',
    'revoke the api key of geo-web, the other keys are fine',
  ])('one key named first: not all: %s', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('revoke');
    expect(r.all).toBe(false);
  });

  it.each(['revoke the keys for geo-web, we are done with it', 'revoke all keys of geo-web'])(
    'keys in the plural, named first: all: %s',
    (text) => {
      expect(parseRequest(text).all).toBe(true);
    },
  );
});
