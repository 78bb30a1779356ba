import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * Review fixes of round fifteen (fixu): units. A unit the person excluded, a group that approves or
 * asks, and a description of a person are never the unit acted on. Reviewer's texts first, then our own
 * of the same kind, then look-alikes whose reading must not change.
 */
const unitOf = (rows: [string, string | null][]) =>
  it.each(rows)('%j → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit ?? null).toBe(unit);
  });

describe('a description of whoever holds access, rights or budget names no unit', () => {
  unitOf([
    // reviewer
    ['revoke the key for whoever has access to growth', null],
    ['revoke the keys of whoever has admin rights', null],
    ['revoke the key of whoever runs out of budget first', null],
    ['create a key for whoever holds the budget', null],
    // own
    ['rotate the keys of whoever has permission to deploy', null],
    ['revoke the token for whoever has time tomorrow', null],
    ['create a key for whoever has access to the search index', null],
    ['revoke the key for whoever has rights on payments', null],
    ['rotate the key for whoever holds the quota for ads', null],
  ]);
  // Look-alikes: a thing held, named, is its unit (README, "Later").
  unitOf([
    ['rotate the key for whoever owns billing', 'billing'],
    ['rotate the key for whoever owns billing please', 'billing'],
    ['Team: whichever team has the ads key / Request: rotate', 'ads'],
    ['revoke the key of whichever team owns ads', 'ads'],
    ['deprovision whichever unit has the pixel key', 'pixel'],
    ['create a key for whoever manages growth', 'growth'],
    ['create a key for whoever runs checkout, 30 days', 'checkout'],
    ['revoke the key for whoever is on call', null],
  ]);
});

describe("others in the unit's place hold it: a unit set aside or of another clause never takes it", () => {
  unitOf([
    // reviewer
    ['revoke the key for the client, not the one for ads', null],
    ["revoke the customer's key but leave the ads key alone", null],
    ['revoke the key for the agency instead of ads', null],
    ["rotate the customer's key, growth owns the relationship", null],
    // own
    ["rotate the partner's key rather than the search one", null],
    ["revoke the client's key, keep the growth key", null],
    ["rotate the supplier's key and not billing's", null],
    ['create a key for the customer, not for payments', null],
    ['revoke the key for the agency except the ads one', null],
  ]);
  // Look-alikes: the key's unit named after the others in the same clause, or a unit named as such.
  unitOf([
    ["revoke the agency's key for checkout-web, we ended the contract", 'checkout-web'],
    ["rotate the partner's key on ads-api, they lost a laptop", 'ads-api'],
    ["revoke the client's key for the search-api service", 'search-api'],
    ['rotate the key for growth, the client audit is friday', 'growth'],
    ['revoke the key of the risk client', 'risk'],
    ['create a key for agency-creative', 'agency-creative'],
    ['rotate the key for ads, not the one for growth', 'ads'],
  ]);
});

describe('a group that approves, asks, flags or agrees is not the unit named before it', () => {
  unitOf([
    // reviewer
    ['revoke the growth api key, per the risk working group', 'growth'],
    ['create an api key for ads as agreed with the AI task force', 'ads'],
    ['revoke the growth api key from the compliance office', 'growth'],
    ['create an api key for ads, requested by the compliance office', 'ads'],
    ['create an api key for ads, requested by the compliance desk', 'ads'],
    ['create an api key for ads, as asked by the privacy office', 'ads'],
    ['revoke the ads api key, flagged by the privacy office', 'ads'],
    ['create an api key for ads, requested by the compliance team', 'ads'],
    // own
    ['rotate the billing key, approved by the security team', 'billing'],
    ['revoke the search key per the legal office', 'search'],
    ['create a key for payments, signed off by the finance desk', 'payments'],
    ['rotate the checkout key as discussed with the platform squad', 'checkout'],
  ]);
  // Look-alikes: a group named as the unit, one that asks for another, a key taken from a group.
  unitOf([
    ['create a key for the privacy office', 'privacy-office'],
    ['rotate the key for the compliance desk', 'compliance-desk'],
    ['revoke the key of the risk working group', 'risk-working-group'],
    ['the security team wants a key for ticket-triage', 'ticket-triage'],
    ['create an api key requested by the compliance team', 'compliance-team'],
    ['Support ticket from the growth team: rotate the search-api key', 'search-api'],
    [
      "take away the key from the hr-analytics team, the DPO hasn't approved processing of employee data",
      'hr-analytics-team',
    ],
    [
      "New policy from security: keys rotate quarterly. Starting with the Onboarding Team's — please rotate theirs.",
      'onboarding-team',
    ],
  ]);
});
