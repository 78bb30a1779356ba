/**
 * Round nineteen's review fixes (reviewer B, left by fix19b): requests dropped by the question-first
 * help hook, a quoted question read as the person's own, and units lost or mistaken. The reviewer's
 * sentences, then sentences of our own of the same kind, then look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, nothingAsked } from './acted.js';

/** Each text reads as help (and acts on nothing). */
const helps = (texts: string[]) =>
  it.each(texts)('%j', (text) => {
    expect(parseRequest(text).intent).toBe('help');
  });

describe('item 5: a request after the question put first is asked (what follows, read alone, acts)', () => {
  keeps([
    // the reviewer's
    ["token or key? I'll take a token for 3h", 'token'],
    ['token or key for the tablets? just give me a token for 3h', 'token'],
    ['token or key? never mind, token for 3h', 'token'],
    ['token or key for the tablets? ok token then, 8h', 'token'],
    ['hey, token or key for the dashboards? need something for 4h', 'token'],
    ['api key or access key for ads? access key, 30 days', 'create_key'],
    ['is there a maximum? token for 12h for ads then', 'token'],
    ['any limit? need a 3h token for growth', 'token'],
    ['is there a max? if not, 48h token for ads', 'token'],
    ['can you issue a token to another person? my colleague needs a token for 2h', 'token'],
    // our own
    ['token or key for the kiosks? give me a token for 6h', 'token'],
    ['key or token? a token for 2h is fine', 'token'],
    ['is there a limit? I want a token for 10h', 'token'],
    ['any max? get me a 6h token', 'token'],
    ['can you issue a token to another person? forget it, token for 1h for me', 'token'],
  ]);
  // look-alikes: the question alone, or the need that tells why it is asked, stay help
  helps([
    'is there a maximum? we need 16h for the export',
    'is there a minimum? only need 3 min',
    "what's the max? the backfill takes 30 hours",
    "token or key for the kiosks? they're shared",
    'rotate or revoke? the key leaked in a ticket',
    'what does deprovision do exactly? does it remove the logs?',
    'can you issue a token to another person? my intern has no slack',
  ]);
});

describe("item 6: a quoted question is not the person's own", () => {
  keeps([
    // the reviewer's
    ['> rotate or revoke?\nrotate the ads key', 'rotate', 'ads'],
    ['> token or key for the tablets?\ntoken, 8h for ads', 'token'],
    // our own
    ['> revoke vs deprovision?\nrevoke the billing key', 'revoke', 'billing'],
    ['&gt; token or key?\ntoken for 2h', 'token'],
  ]);
  nothingAsked([
    // the reviewer's
    '> rotate or revoke?',
    // our own
    '> token or key for the tablets?',
    '> revoke vs deprovision?',
    '  > is there a maximum on tokens?',
    '&gt; rotate or revoke?',
    '> what does rotate do exactly?',
  ]);
  // look-alikes: the person's own question stays help
  helps([
    'rotate or revoke?',
    'token or key for the tablets?',
    'hey, rotate vs revoke — which one if a phone is lost?',
  ]);
});

describe('item 7: a review noun before the key, or a plain number before the name, keeps the unit', () => {
  keeps([
    // the reviewer's
    ['revoke the compliance audit key', 'revoke', 'compliance'],
    ['rotate the internal audit key', 'rotate', 'internal'],
    ['revoke the 10 growth key', 'revoke', 'growth'],
    // our own
    ['rotate the quality audit api key', 'rotate', 'quality'],
    ['revoke the 2 billing key', 'revoke', 'billing'],
    ['rotate the 16 gpu render box key for vision', 'rotate', 'vision'],
    ['revoke the 500 gb archive key for payments', 'revoke', 'payments'],
    // look-alikes that keep their reading
    ['revoke the 128 node cluster key for ads', 'revoke', 'ads'],
    ['rotate the 64 core build server key for growth', 'rotate', 'growth'],
    ['revoke the 3 ads keys', 'revoke', 'ads'],
    ['rotate the 311 chatbot key', 'rotate', '311-chatbot'],
    ['history of the growth key for the GDPR inspection please', 'history', 'growth'],
  ]);
  it('"new key for the PCI audit": the audit is an occasion, no unit', () => {
    expect(parseRequest('new key for the PCI audit').businessUnit ?? null).toBeNull();
  });
});

describe('item 4: a second possessive over a verb shares nothing with the first', () => {
  keeps([
    // the reviewer's
    ["keep growth's and rotate ads's key", 'rotate', 'ads'],
    ["ignore growth's and revoke billing's key", 'revoke', 'billing'],
    ["leave concierge-bot's and rotate upsell-engine's key", 'rotate', 'upsell-engine'],
    ["keep concierge-bot's and revoke upsell-engine's keys", 'revoke', 'upsell-engine'],
    // our own
    ["skip billing's and rotate growth's key", 'rotate', 'growth'],
    ["spare payments' and revoke risk-ml's key", 'revoke', 'risk-ml'],
    // look-alikes: two owners of the same keys keep the first
    ["rotate concierge-bot's and upsell-engine's keys", 'rotate', 'concierge-bot'],
    ["rotate growth's and the ads' keys", 'rotate', 'growth'],
    ["rotate growth's and ads's keys", 'rotate', 'growth'],
    ["revoke doc intel's access key", 'revoke', 'doc-intel'],
  ]);
});

describe('item 8: two credentials weighed state no key kind (read from the hook match itself)', () => {
  it.each([
    'api key or access key for the kiosks?',
    'token or key for the tablets?',
    "access key or token for the school's lab machines?",
  ])('%j', (text) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('help');
    expect(parse.keyKind ?? null).toBeNull();
  });
});
