/**
 * Review A of round twenty-three (the lead's and notours23's readers): texts of our own that probe each new
 * reader's edges, and a sweep of five trades the round did not use (a hotel spa, an airport ground crew, a
 * film set, a bakery chain, a call centre). Each group: what went wrong, and the look-alikes that must keep
 * their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, neverActs, nothingAsked } from './acted.js';

describe("a policy's rule is about keys in general, not one unit's key asked now", () => {
  keeps([
    ['per policy, revoke the growth key for all of growth', 'revoke', 'growth'],
    ['per policy, revoke the growth key on friday', 'revoke', 'growth'],
    ['per policy, rotate the ads key after the leak', 'rotate', 'ads'],
    ['as per the standard, revoke the key of the falcon unit when it ends', 'revoke'],
  ]);
  neverActs([
    'per policy, revoke keys of leavers within 24h',
    'policy: rotate all keys after a leak',
    'according to the security standard, revoke any keys of contractors within a day',
    'per policy, rotate api keys every 90 days',
  ]);
});

describe('a held token told of as failing, then a new one asked with its lifetime', () => {
  it('"my token is invalid, token for growth 2h" asks a 2h token', () => {
    const p = parseRequest('my token is invalid, token for growth 2h');
    expect(p.intent).toBe('token');
    expect(p.ttlSeconds).toBe(7200);
  });
  it('"my token died. 2h" asks a 2h token', () => {
    const p = parseRequest('my token died. 2h');
    expect(p.intent).toBe('token');
    expect(p.ttlSeconds).toBe(7200);
  });
  nothingAsked([
    'my token for 4h says invalid signature',
    'the 2h token gives ExpiredTokenException',
    "my token for 4h doesn't work with the eu endpoint",
    'my token for 2h stopped working after 30 min',
  ]);
});

describe('how long a thing takes to change its state is no lifetime (airport ground crew, bakery)', () => {
  neverActs([
    'the ground power unit needs 2h to charge',
    'the backup generator unit needs 30 min to warm up',
    'the cooling unit needs 4h to cool down',
    'the dough needs 3 days to rest',
  ]);
  keeps([
    ['the growth unit needs a key for 30 days', 'create_key', 'growth'],
    ['the ads unit needs a 2h token', 'token'],
    ['I need a token for 2h to finish the eval', 'token'],
  ]);
});

describe('"among" names no unit', () => {
  keeps([
    ['on-call rotates among the leads, rotate the ads key please', 'rotate', 'ads'],
    ['the key passes amongst the leads; revoke the growth key now', 'revoke', 'growth'],
  ]);
});

describe('"scheduled" puts off the change only when the change is what is scheduled', () => {
  it.each([
    'token for 2h please, my shift is scheduled for tonight',
    'I need a token for 4h, meeting scheduled for 10am',
    'create a key for growth, demo scheduled for next week',
    "rotate the growth key now please, the cron's scheduled for 3 but it's broken",
  ])('%j is acted on', (text) => {
    expect(acted(text)).toBe(true);
  });
  neverActs([
    'rotate the ads key, scheduled Sat 02:00',
    'rotate the ads key, scheduled for tomorrow',
    'revoke the growth key - it is scheduled for friday',
    'rotation of the ads key is scheduled for monday',
  ]);
});

describe("a key in another's system is theirs; a team named with those words is ours", () => {
  keeps([
    ['create a new key for client-portal in the partner accounts team', 'create_key'],
    ['rotate the key for growth in the customer accounts team', 'rotate'],
  ]);
  neverActs([
    "create an api key in the client's staging tenant",
    "generate a new api key in the customer's prod account for the integration",
    'please rotate the api key in their tenant, the client asked',
  ]);
});

describe("an everyday thing's token is none of ours; a team named after it is ours", () => {
  keeps([
    ['token for the printers team 3h', 'token'],
    ['token for the lockers squad, 2h', 'token'],
  ]);
  nothingAsked([
    'token for the printer, 2h, the one in the basement',
    'tokens for the laundry room are at reception',
  ]);
});

describe('a measure\'s "/" (m/s, h/day) is no lifetime; a slash before other words keeps it', () => {
  it.each([
    ['token for 4h/growth team', 14400],
    ['token for 2h/please', 7200],
    ['token 2h/growth', 7200],
  ] as const)('%j keeps its lifetime', (text, ttl) => {
    expect(parseRequest(text).ttlSeconds).toBe(ttl);
  });
  neverActs(['cranes stop above 20 m/s', 'the belt runs at 2 m/s and the mixer at 3 h/day']);
});

describe('Slack markup, code and the policy named last say the same as the plain text', () => {
  neverActs([
    '*rotate* the ads key, _scheduled_ Sat 02:00',
    'revoke keys of leavers within 24h, per policy',
    'rotate all api keys after a leak (as per our security policy)',
    '`per policy, revoke keys of leavers within 24h`',
    'rotate the ads key? *already done* by <@U123>',
    'revoke the growth key - _already done_',
  ]);
  keeps([
    ['revoke the growth key within the hour, per policy', 'revoke', 'growth'],
    ['*rotate* the ads key now, the _scheduled_ job needs it', 'rotate', 'ads'],
  ]);
});
