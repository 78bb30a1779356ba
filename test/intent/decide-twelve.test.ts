import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted } from './acted.js';

/**
 * Round twelve: the object of our verb is the head of its noun phrase. A word of another kind of
 * object ("docs", "pages", "images", "reports") that only names whose credential it is does not make
 * the credential someone else's.
 */
describe('a credential named after a word of another object is still ours', () => {
  it.each([
    ["revoke doc intel's access key", 'revoke'],
    ['rotate the docs portal key', 'rotate'],
    ['rotate the pages builder key please', 'rotate'],
    ["revoke the images team's key", 'revoke'],
    ['rotate the messages router key today', 'rotate'],
    ['revoke the reports hub api key', 'revoke'],
    ['rotate the events pipeline key, it leaked', 'rotate'],
    ['delete the summary bot access key', 'revoke'],
    ['rotate the doc intel key and give the new one thirty days', 'rotate'],
  ])('"%s" is %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });

  it.each([
    'rotate the logs on prod box',
    'delete the docs from the shared folder',
    'revoke the meeting invites for tomorrow',
    'rotate the images in the carousel',
    'rotate the slides so the key chart is first',
    'delete the reports and the charts',
    'remove the old pages from the wiki',
    'marketing wants us to rotate the ad creatives every 2 weeks :roll_eyes:',
  ])('"%s" asks nothing of us', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });
});

/**
 * A word is corrected as a typo only when it is a slip of the keys: two edits that also change the
 * first letter make another word ("depends" is no "spends"), so a rotation beside "X depends on it"
 * is neither a spend question nor a request the negation cancels.
 */
describe('a negated other verb beside the request does not cancel it', () => {
  it.each([
    ['rotate the ledger-sync key. Do not revoke it, the nightly batch depends on it', 'ledger-sync'],
    ["rotate the search-ranking key, don't revoke it, prod depends on it", 'search-ranking'],
    ['rotate the ads-api key. the whole checkout flow depends on that key', 'ads-api'],
    ["rotate growth's key now; billing depends on growth", 'growth'],
    ["rotate the pricing-lab key. please don't revoke it, three dashboards depend on it", 'pricing-lab'],
    [
      'incident 4411: rotate the search-ranking key asap. do *not* revoke, prod depends on it',
      'search-ranking',
    ],
  ])('"%s" rotates %s', (text, unit) => {
    expect(parseRequest(text)).toMatchObject({ intent: 'rotate', businessUnit: unit });
  });

  it.each([
    ['rotate the ledger-sync key. Do not revoke it, the nightly batch depends on it'],
    ["rotate the search-ranking key, don't revoke it, prod depends on it"],
  ])('"%s" is asked about, as any destructive reading beside a "no"', (text) => {
    expect(acted(text)).toBe(false);
  });

  it.each([
    "whatever you do, don't revoke the ledger-sync key, the nightly batch depends on it",
    'do not revoke the ledger-sync key, the nightly job depends on it',
    'the nightly batch depends on the ledger-sync key',
    'it depends on the region',
    "rotate the ads key. actually no, don't, it depends on the release",
  ])('"%s" asks nothing', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });
});

/** A token refused beside a key asked for is the kind not wanted, not a remark about tokens. */
describe('"not a token, an actual key" asks for the key', () => {
  it.each([
    ['new key for claims-triage, not a token, an actual key lol', 'claims-triage'],
    ['new key for claims triage, not a token, an actual key lol', 'claims-triage'],
    ['key for the invoice-matcher please, not a token, a real key', 'invoice-matcher'],
    ['need a key for fraud-scoring, not a token', 'fraud-scoring'],
    ['a proper key for ledger-sync, not one of those tokens', 'ledger-sync'],
    ['not a token, an actual key for pricing-lab, 90 days', 'pricing-lab'],
    ['create a key for doc-search. no token, a key', 'doc-search'],
  ])('"%s" is a key for %s', (text, unit) => {
    expect(parseRequest(text)).toMatchObject({ intent: 'create_key', businessUnit: unit });
  });

  it.each([
    'tokens are not keys, everyone keeps mixing them up',
    'not a token person, more of a key person lol',
  ])('"%s" asks nothing', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });
});

/** A question someone else asked, quoted or told, ends with its own question mark: it is not ours. */
describe('a reported question is not history', () => {
  it.each([
    "ISO auditor asked 'how do you ensure keys are rotated?'",
    'the auditor asked "how do you make sure keys get rotated?"',
    'our ISO auditor wants to know how often keys are rotated',
    'the history of the project for the new hires',
    'can you share the history of the data platform for the new hires?',
  ])('"%s" is no history', (text) => {
    expect(parseRequest(text).intent).not.toBe('history');
  });

  it.each([
    [
      'the auditor asked who rotated the payments key last month, can you show the history for payments?',
      'payments',
    ],
    ['show me the history for the payments unit', 'payments'],
    ['who rotated the search-ranking key last week?', 'search-ranking'],
  ])('"%s" is the history of %s', (text, unit) => {
    expect(parseRequest(text)).toMatchObject({ intent: 'history', businessUnit: unit });
  });
});

/**
 * A request relayed (relayed.ts): a change of ours wished for now by someone named and put politely
 * ("my manager wants the X key rotated, thank you!"), or asked for by someone else ("HR asked to
 * offboard X"), is that change, asked about before anything is done.
 */
describe('a change wished for by someone named is the change, asked about', () => {
  it.each([
    [
      'Hello, my manager wants the knowledge-base key rotated before the audit next week. thank you!',
      'rotate',
      'knowledge-base',
    ],
    ['security wants the ads-api key revoked today, thanks', 'revoke', 'ads-api'],
    ['our lead needs the search-ranking key rotated by friday please', 'rotate', 'search-ranking'],
    ['the CISO wants growth-emea deprovisioned by end of month, thanks', 'deprovision', 'growth-emea'],
    ['compliance would like the payments-core key rotated, cheers', 'rotate', 'payments-core'],
    ['legal needs the contracts-ai key revoked please', 'revoke', 'contracts-ai'],
  ])('"%s" is %s for %s, asked', (text, intent, unit) => {
    expect(parseRequest(text)).toMatchObject({ intent, businessUnit: unit });
    expect(acted(text)).toBe(false);
  });

  it.each([
    'my manager wanted the knowledge-base key rotated last year, and we did it',
    'security wants all keys rotated every 90 days',
    'my manager wants me to learn how key rotation works',
    "legal wants the contracts key kept, so we're not touching it",
    "my manager wants the knowledge-base key rotated, I'll do it myself tomorrow",
    'security wants the ads-api key revoked, I will handle it myself, thanks',
  ])('"%s" is not acted on', (text) => {
    expect(acted(text)).toBe(false);
    expect(parseRequest(text).intent).toBe('unknown');
  });
});

describe('a change someone else asked for, passed on, is the change, asked about', () => {
  it.each([
    [
      'HR asked to offboard hr-analytics, the people analytics vendor contract ended',
      'deprovision',
      'hr-analytics',
    ],
    ['finance asked to revoke the old ledger-sync key', 'revoke', 'ledger-sync'],
    ['my lead asked me to rotate the pricing-lab key', 'rotate', 'pricing-lab'],
    ['security asked us to revoke the ads-api key today', 'revoke', 'ads-api'],
    ['the PO asked to deprovision sandbox-7, project is over', 'deprovision', 'sandbox-7'],
    ['compliance asked to rotate the payments-core key before friday', 'rotate', 'payments-core'],
  ])('"%s" is %s for %s, asked', (text, intent, unit) => {
    expect(parseRequest(text)).toMatchObject({ intent, businessUnit: unit });
    expect(acted(text)).toBe(false);
  });

  it.each([
    'I asked to get a key last week, still nothing',
    'bob asked to rotate the key yesterday and we did it',
    'someone asked to revoke the ads key in standup, no idea why',
    'HR asked to offboard hr-analytics last month, it was done then',
    'we asked to revoke the ads-api key, the ticket is open',
  ])('"%s" is not acted on', (text) => {
    expect(acted(text)).toBe(false);
    expect(parseRequest(text).intent).toBe('unknown');
  });
});
