import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, exactly } from './acted.js';

/**
 * Round fifteen's review fixes (fixd): review A's texts and our own of the same kind, with look-alikes
 * whose reading must not change. Labels follow test/intent/data/README.md.
 */
describe('"pull the plug on" revokes only a key that ends its phrase ("the api key pilot" is a pilot)', () => {
  it.each([
    'pull the plug on the api key pilot',
    'pull the plug on the key partnership with acme',
    'time to pull the plug on the api keys approach',
    'pull the plug on the api key rollout',
    'pull the plug on the key program for interns',
    'we should pull the plug on the access key experiment',
    'pull the plug on the credentials migration already',
    'pull the plug on the key accounts push for q3',
  ])('%j is not acted on', (text) => {
    expect(acted(text)).toBe(false);
  });
  exactly([
    {
      text: 'pull the plug on the ads-ml access key',
      intent: 'revoke',
      businessUnit: 'ads-ml',
      keyKind: 'access-key',
    },
    { text: 'pull the plug on the key for search-v2', intent: 'revoke', businessUnit: 'search-v2' },
    { text: 'pull the plug on the growth key, it leaked', intent: 'revoke', businessUnit: 'growth' },
    {
      text: 'pull the plug on the risk-ml api key pls',
      intent: 'revoke',
      businessUnit: 'risk-ml',
      keyKind: 'api-key',
    },
    { text: "pull the plug on ledger's key now", intent: 'revoke', businessUnit: 'ledger' },
  ]);
});

describe('a request withdrawn with "keep it" and followed by another: the request is the one after', () => {
  it.each([
    ['rotate the ads key? wait, keep it, rotate the growth key', 'rotate', 'growth'],
    ['rotate the ads key? no wait, keep it, rotate the growth key', 'rotate', 'growth'],
    ['rotate the ads key? no wait keep it. rotate the growth key', 'rotate', 'growth'],
    ['deprovision risk-ml. hmm, leave that one, deprovision growth-ml', 'deprovision', 'growth-ml'],
    ['revoke the ledger key? actually leave it, revoke the billing key instead', 'revoke', 'billing'],
    ["rotate ads key? nah, just leave them, rotate search's key instead", 'rotate', 'search'],
    ['deprovision old-crm? hmm keep that one. deprovision legacy-erp', 'deprovision', 'legacy-erp'],
    ['rotate the ads key? hmm keep that one. rotate the growth key', 'rotate', 'growth'],
    ["rotate the ads key? actually let's keep the ads key. rotate the growth key", 'rotate', 'growth'],
  ])('%j reads %s of %s', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe(intent);
    expect(parse.businessUnit).toBe(unit);
  });
  it.each([
    'create a key for growth. hmm, keep it',
    'deprovision growth? no, keep the unit',
    'tear down risk-ml. wait no, keep risk-ml',
    "rotate the ledger key? actually leave it, it's fine",
    'create a key for growth. hmm, keep that one',
  ])('%j (taken back, nothing after) is not acted on', (text) => {
    expect(acted(text)).toBe(false);
  });
  exactly([
    { text: 'rotate the ads key? no wait, rotate the growth key', intent: 'rotate', businessUnit: 'growth' },
  ]);
});

describe('a report of how a key did, then one of our actions said as a command, asks for that action', () => {
  exactly([{ text: 'my key expired yesterday, rotate it', intent: 'rotate' }]);
  it.each([
    ['the growth key stopped working, the key expired. rotate the growth key', 'rotate'],
    ['our key expired overnight. revoke it and I will ask for another', 'revoke'],
    ['the ledger key worked fine until today; rotate the ledger key', 'rotate'],
    ['my api key died this morning - replace it', 'rotate'],
    ["the key expired last week. revoke growth's key", 'revoke'],
  ])('%j reads %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
  it.each([
    'just tested: a 12h token survives a whole conference day. 10/10',
    'the 2h token expired mid-demo',
    'a 3h token covers a lecture block, 10/10',
    'tried a 6h token yesterday, lasted through the demo',
    'the key expired, rotating it was easy',
    'the key expired and we rotated it ourselves',
  ])('%j (a report) is unknown', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acted(text)).toBe(false);
  });
});

describe('a request on a person leaving or a quarter ending waits for a condition: asked, not acted on', () => {
  it.each([
    ["revoke bob's key when he leaves", 'revoke'],
    ['deprovision ads-ml when Q3 ends', 'deprovision'],
    ["revoke sam's key once she leaves", 'revoke'],
    ['deprovision growth-lab after h2 starts', 'deprovision'],
    ['create a key for marco once he joins', 'create_key'],
    ['deprovision the pilot unit when the trial ends', 'deprovision'],
    ["revoke the contractor's key after he hands over", 'revoke'],
    ['deprovision legacy-crm once fy25 closes', 'deprovision'],
  ])('%j keeps %s and asks', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
    expect(acted(text)).toBe(false);
  });
  it.each([
    "revoke bob's key, he left last week",
    "revoke bob's key, he left when the project ended",
    'deprovision ads-ml, Q3 ended',
    'rotate the key when you get a chance',
    "revoke bob's key, he quit",
  ])('%j (met or no condition) is acted on', (text) => {
    expect(acted(text)).toBe(true);
  });
});

describe('a name that wants something done ("X wants to …", "X asked us to …") asks; the unit is the one named after', () => {
  it.each([
    ['management wants to pull the plug on the ads key', 'ads'],
    ['management wants to revoke the ads key', 'ads'],
    ['legal wants us to rotate the ledger key', 'ledger'],
    ['alice wants to revoke the ads key', 'ads'],
    ['security needs us to deprovision old-crm', 'old-crm'],
    ['finance asked us to revoke the billing key', 'billing'],
  ])('%j names %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
  it.each([
    ['growth wants to rotate their key', 'growth'],
    ['growth needs to rotate its key', 'growth'],
    ['risk-ml wants to get a new key', 'risk-ml'],
    ['ads wants a key', 'ads'],
  ])('%j (nothing named after) still names %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});
