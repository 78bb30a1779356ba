import { describe, expect, it } from 'vitest';
import { ACTING_INTENTS } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('a request the person takes back by naming it ("scratch my request …") does not act', () => {
  it.each([
    'Scratch my request from earlier for the 4h token in Frankfurt, the workshop got cancelled.',
    'pull my request for the billing key, finance found another way',
    'please retract my ask for a 2h token, not needed any more',
    'kill my request for the ads-ml api key, wrong team',
    'drop the request for the recsys key pls',
  ])('%s', (text) => {
    const parse = parseRequest(text);
    expect(ACTING_INTENTS.has(parse.intent)).toBe(false);
  });

  it('a new request after the withdrawal still counts', () => {
    const parse = parseRequest('scratch my request for 2h, make it a 4h token');
    expect(parse.intent).toBe('token');
    expect(parse.ttlSeconds).toBe(14_400);
  });
});

describe('a word of ours in a message written mostly in another script: asks, never acts', () => {
  it.each([
    '我明天请假, token 的事情找小王',
    'トークンの件は田中さんに聞いてください token',
    '내일 휴가라서 token 관련은 민수에게 물어보세요',
    'Завтра меня не будет, по token вопросам к Ивану',
    'غدا إجازة، موضوع token مع أحمد',
  ])('%s', (text) => {
    const parse = parseRequest(text);
    if (ACTING_INTENTS.has(parse.intent)) expect(parse.question).toBeDefined();
  });

  it.each([
    ['token 2h please 😀', 7_200],
    ['token 2h für Müller, danke', 7_200],
    ['un token de 3h por favor, señor', 10_800],
  ])('Latin-script messages still act: %s', (text, seconds) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('token');
    expect(parse.ttlSeconds).toBe(seconds);
    expect(parse.question).toBeUndefined();
  });
});

describe('clauses inside a request are not a story of their own', () => {
  it.each([
    ['revoke the key we gave to quiz-night', 'quiz-night'],
    ['could you kill the key they made for ads-ml pls', 'ads-ml'],
  ])('"the key we gave to …" names the key: %s', (text, unit) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('revoke');
    expect(parse.businessUnit).toBe(unit);
  });

  it.each([
    ['my lead asked what we spent last month. anyway, token for 2h please', 7_200],
    ['finance wants to know how much we spent in may, meanwhile a token for 3h pls', 10_800],
  ])("someone else's spend question, told, leaves the token asked for: %s", (text, seconds) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('token');
    expect(parse.ttlSeconds).toBe(seconds);
    expect(parse.period).toBeNull();
  });

  it('a spend question of ones own is still spend', () => {
    expect(parseRequest('what did we spend last month on bedrock?').intent).toBe('spend');
  });
});

describe('found on the review of round nine', () => {
  it.each([
    'rotate the growth key. actually I take that back',
    'token 3h for me. take it back, I found mine',
    'can you take me back through how keys work?',
  ])('"take it/that/me back" never becomes a revoke: %s', (text) => {
    expect(parseRequest(text).intent).not.toBe('revoke');
  });

  it('"2 hours and one for bob" is two hours, not two hours and a minute', () => {
    expect(parseRequest('token for 2 hours and one for bob').ttlSeconds).toBe(7_200);
  });

  it('"sig v4" is SigV4', () => {
    expect(parseRequest('key for growth via sig v4 please').keyKind).toBe('access-key');
  });

  it.each([
    'Could you deprovision old-analytics? we can do it tomorrow',
    'please revoke the growth key. lets park it',
  ])('a request put off with "tomorrow" or "park" does not act: %s', (text) => {
    expect(ACTING_INTENTS.has(parseRequest(text).intent)).toBe(false);
  });
});
