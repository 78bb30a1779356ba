/**
 * Round eleven, the story around a request: values a story sentence, a fallback or an aside carries
 * are not the request's; a kind weighed and then chosen is the one chosen. Each kind with look-alikes
 * whose reading must not move.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

type Expected = Record<string, unknown>;

function check(text: string, expected: Expected): void {
  const r = parseRequest(text);
  const got: Record<string, unknown> = { intent: r.intent };
  for (const k of Object.keys(expected)) got[k] = (r as unknown as Record<string, unknown>)[k];
  expect(got).toEqual({ intent: r.intent, ...expected });
}

describe('a value offered only as a fallback is not the request', () => {
  it.each<[string, Expected]>([
    ['token for 2h in oregon please, and if that fails, ireland is fine too', { region: 'us-west-2' }],
    ["tok 3h in frankfurt. if that doesn't work, paris is ok too", { region: 'eu-central-1' }],
    ['token for 1h in tokyo, otherwise seoul', { region: 'ap-northeast-1' }],
    ['token for 2h in sydney; if that region is full, singapore', { region: 'ap-southeast-2' }],
    ['a token in london for 4 hours please, failing that, ireland', { region: 'eu-west-2' }],
    ['token in frankfurt for 2h, ireland works too', { region: 'eu-central-1', ttlSeconds: 7200 }],
    ['token in frankfurt for 2h please. if not, 1h', { ttlSeconds: 7200 }],
    ['token for 3 hours in ohio, as a fallback virginia', { region: 'us-east-2', ttlSeconds: 10_800 }],
  ])('"%s"', (text, expected) => {
    check(text, { intent: 'token', ...expected });
  });
  it.each<[string, Expected]>([
    // Look-alikes: a correction, a value said to suffice, a value that is the only one.
    ['token 2h frankfurt. sorry, ireland is fine', { region: 'eu-west-1' }],
    ['token for 4h? hmm, that is a lot, 2h is enough', { ttlSeconds: 7200 }],
    ['token for 2h, frankfurt is fine', { region: 'eu-central-1' }],
    ['token for 2h in tokyo. if that fails I will ask again', { region: 'ap-northeast-1' }],
    ['token 3h in frankfurt, or paris if frankfurt is full', { region: 'eu-central-1' }],
  ])('look-alike "%s"', (text, expected) => {
    check(text, { intent: 'token', ...expected });
  });
});

describe('premises in a place are not a Region', () => {
  it.each<[string, Expected]>([
    [
      'our servers in the Frankfurt data centre are being moved. token for 2h in ireland please',
      { region: 'eu-west-1' },
    ],
    ['the Dublin DC goes offline on friday; token for 1h in london please', { region: 'eu-west-2' }],
    ['the Osaka plant needs nothing, but I need a token for 1h in tokyo', { region: 'ap-northeast-1' }],
    ['the Paris datacenter migration is done. token for 2h please', { region: null }],
    ['our Sydney warehouse scanners broke again, token for 3h please', { region: null }],
    ['I am at the Zurich lab today, token for 1h please', { region: null }],
    ['the Mumbai factory line is down. a token for 2 hours please', { region: null }],
    ['we lost power in the Seoul server room; token for 2h in tokyo pls', { region: 'ap-northeast-1' }],
  ])('"%s"', (text, expected) => {
    check(text, { intent: 'token', ...expected });
  });
  it.each<[string, Expected]>([
    ['token 2h in dublin', { region: 'eu-west-1' }],
    ['token for 1h, dublin please', { region: 'eu-west-1' }],
    ['token for 2h in frankfurt, the data center is there', { region: 'eu-central-1' }],
  ])('look-alike "%s"', (text, expected) => {
    check(text, { intent: 'token', ...expected });
  });
});

describe('a duration of something else and the token bound to its own', () => {
  it.each<[string, Expected]>([
    ['my train leaves in 40 min, tok 1h pls', { ttlSeconds: 3600 }],
    ['deadline in 40 min, tok 2h please', { ttlSeconds: 7200 }],
    ['the call starts in 20 minutes so token 1h please', { ttlSeconds: 3600 }],
    ['the job runs 5h, token for 6h please', { ttlSeconds: 21_600 }],
    ['our batch job takes about 5 hours, so a token for 6 hours please', { ttlSeconds: 21_600 }],
    ['I was stuck in a meeting for 3 hours. Could I get a token? 2 hours please.', { ttlSeconds: 7200 }],
    ['token for 3h please, the demo is in 2 hours', { ttlSeconds: 10_800 }],
    ['the standup ran 45 minutes over today. token for 4h please', { ttlSeconds: 14_400 }],
  ])('"%s"', (text, expected) => {
    check(text, { intent: 'token', ...expected });
  });
  it.each<[string, Expected]>([
    ['tok 2h', { ttlSeconds: 7200 }],
    ['token 90 min please', { ttlSeconds: 5400 }],
    ['token for 2h, no wait, 3h', { ttlSeconds: 10_800 }],
  ])('look-alike "%s"', (text, expected) => {
    check(text, { intent: 'token', ...expected });
  });
});

describe('a value line that compares with others still gives the request its value', () => {
  it.each<[string, Expected]>([
    [
      'Everyone here got a token this morning while I was at the dentist for 2 hours. Could I get one too? 5 hours, same as theirs, in Ireland.',
      { ttlSeconds: 18_000, region: 'eu-west-1' },
    ],
    [
      'could I get a token too? 3h, same as my colleagues, in frankfurt',
      { ttlSeconds: 10_800, region: 'eu-central-1' },
    ],
    ['a token for me as well please. 4 hours, same as everyone else', { ttlSeconds: 14_400 }],
    ['token please. 2h, same as the others, in tokyo', { ttlSeconds: 7200, region: 'ap-northeast-1' }],
  ])('"%s"', (text, expected) => {
    check(text, { intent: 'token', ...expected });
  });
});

describe('where a person is or was, in an aside about them, is not the Region', () => {
  it.each<[string, Expected]>([
    ['my manager (based in Tokyo) asked me to get a token for 2 hours', { region: null, ttlSeconds: 7200 }],
    ['our new data officer (previously at a bank in Frankfurt) needs a token for 1h', { region: null }],
    ['my lead, who sits in Dublin, wants a token for 3h', { region: null, ttlSeconds: 10_800 }],
    ['my boss, who is in Tokyo this week, needs a token for 2h in frankfurt', { region: 'eu-central-1' }],
    ['the new intern (from our Paris office) needs a token for 2h in ireland', { region: 'eu-west-1' }],
    ['my colleague (on holiday in Spain until monday) needs a token for 1h', { region: null }],
    ['the consultant (flew in from Sydney) needs a token for 3h please', { region: null }],
    ['my manager, who is in a meeting for 3 hours, wants a token for 1h', { ttlSeconds: 3600 }],
  ])('"%s"', (text, expected) => {
    check(text, { intent: 'token', ...expected });
  });
  it.each<[string, Expected]>([
    ['a token for my colleague <@U05ABCDEF> (tokyo region) for 2h', { region: 'ap-northeast-1' }],
    ['a token for my colleague <@U05ABCDEF> (2h, tokyo please)', { region: 'ap-northeast-1' }],
    ['token for 2h (tokyo)', { region: 'ap-northeast-1' }],
  ])('look-alike "%s"', (text, expected) => {
    check(text, { intent: 'token', ...expected });
  });
});

describe('a key kind weighed and then chosen', () => {
  it.each<[string, Expected]>([
    [
      "I'd like an access key for sales-ops. or an api key? not sure, access key I guess",
      { keyKind: 'access-key' },
    ],
    ['key for sales-ops: api key or access key? access key', { keyKind: 'access-key' }],
    ['key for sales-ops, access key or api key? api key', { keyKind: 'api-key' }],
    [
      'we weighed an api key against an access key and picked the access key. key for sales-ops please',
      { keyKind: 'access-key' },
    ],
    ['api keys are easier but we need an access key for sales-ops', { keyKind: 'access-key' }],
    [
      'access keys are the classic way but we went with an api key, for sales-ops please',
      { keyKind: 'api-key' },
    ],
    ['an access key is possible too, but I would prefer an api key for sales-ops', { keyKind: 'api-key' }],
    ['not an api key, an access key for sales-ops please', { keyKind: 'access-key' }],
  ])('"%s"', (text, expected) => {
    check(text, { intent: 'create_key', businessUnit: 'sales-ops', ...expected });
  });
  it.each<[string, Expected]>([
    ['what is the difference between an api key and an access key?', { keyKind: null }],
    ['which units still have access keys? we want everyone on api keys', { keyKind: 'access-key' }],
    ['revoke the access keys of sales-ops, they use api keys now', { keyKind: 'access-key' }],
  ])('look-alike "%s"', (text, expected) => {
    check(text, expected);
  });
});
