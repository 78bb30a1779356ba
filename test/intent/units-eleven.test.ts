import { describe, expect, it } from 'vitest';
import { acted } from './acted.js';
import { parseRequest } from '../../src/intent/parse-request.js';

/** Round eleven: which words name the unit (unit-finder.ts), written for kinds of error, not cases. */
describe('a team that asks, in a bracketed aside, is not the unit asked for', () => {
  it.each([
    ['our data office (see <@U01XYZ98765>) wants us to rotate the key of churn-model', 'churn-model'],
    ['please create a key for payroll-bot (the hr team asked me on Monday)', 'payroll-bot'],
    ['rotate the key of search-ranking asap (the platform group flagged it)', 'search-ranking'],
    ['revoke all keys for old-crm (the sales org moved to the new tool last week)', 'old-crm'],
    ['create a key for loyalty-app, 60 days (their mobile squad owns it)', 'loyalty-app'],
    ['create key for sales (the growth team asked)', 'sales'],
    ['the support team (cc <@U05MN3KD7Q>) wants a key for ticket-triage', 'ticket-triage'],
    ['deprovision atlas-ui completely please (the atlas team was dissolved)', 'atlas-ui'],
  ])('"%s" → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    // A name given in brackets stays the unit's; a team that asks for nothing else is the one.
    ['create a key for the fraud team (kyc)', 'kyc'],
    ['the support team (cc <@U05MN3KD7Q>) wants a key', 'support-team'],
    ['rotate the key (for the growth team)', 'growth-team'],
  ])('"%s" keeps %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('a system described by its kind belongs to the unit named as such', () => {
  it.each([
    ['we are team claims-ops. we need a long-term key for our letter tool', 'claims-ops'],
    ["I'm writing for the fraud-ml unit. Could we get a permanent key for our scoring engine?", 'fraud-ml'],
    ['key for the support chatbot that answers tickets all night. customer-care', 'customer-care'],
    ['we are team legal-ops. a permanent key for our contract bot please', 'legal-ops'],
    [
      'Hi, writing on behalf of the geo-insights project. We would like a long-term key for our batch tagging service.',
      'geo-insights',
    ],
  ])('"%s" → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    // With no unit named elsewhere, the system's name is all there is.
    ['key for the support chatbot', 'support-chatbot'],
    ['we need a key for our reporting tool', 'reporting-tool'],
  ])('"%s" keeps %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('a name said in words after "for", one of whose words alone names nothing', () => {
  it.each([
    ['revoke the key for launch day', 'launch-day'],
    ['um tear down everything for hack week', 'hack-week'],
    ['rotate all keys for field day', 'field-day'],
    ['disable the access key for supply chain', 'supply-chain'],
    ['create an api key for supply chain, owner ana@acme.io', 'supply-chain'],
  ])('"%s" → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    ['rotate the key for sales today', 'sales'],
    ['a key for growth next week', 'growth'],
    ['revoke the key for growth this week', 'growth'],
  ])('"%s" keeps %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    'I lost the key for the supply room',
    'where is the key for bike shed',
    'we need a key for load testing',
  ])('"%s" names no unit said in words', (text) => {
    const parse = parseRequest(text);
    expect(parse.businessUnit).toBeNull();
  });
  // Round thirty-four: the classifier trained on the tuned files reads "office tools" as a unit's name where the rules
  // see everyday things; the two disagree, so the bot asks (a key for office-tools, or help) and never acts on it.
  it('"create a key for office tools" is asked about, never acted on', () => {
    const parse = parseRequest('create a key for office tools');
    expect(parse.question).toBeDefined();
    expect(acted('create a key for office tools')).toBe(false);
  });
});

describe('what a thing in the story shows, and a word for a lifetime, name no unit', () => {
  it.each([
    ['is the billing key still valid? our dashboards show timeout errors', 'billing'],
    ['rotate the search-api key. the logs show failed logins', 'search-api'],
    ['please revoke the orders-api key, the metrics show strange traffic', 'orders-api'],
    ['perm key for ledger-sync please', 'ledger-sync'],
    ['a perma key for risk-ml, it runs nightly', 'risk-ml'],
  ])('"%s" → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    ['show growth keys', 'growth'],
    ['pls show the keys of marketing', 'marketing'],
    ['can you show me what sales has', 'sales'],
  ])('"%s" still reads the unit after "show": %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});
