/**
 * Round eighteen's review (reviewer A, items 2, 3, 8 and 10): a ticket's code after "unit code is", a
 * number that counts or measures before a noun, a Title Case name running into a person or role, and a
 * note in brackets after a team. The reviewer's texts, sentences of our own of each kind, and look-alikes
 * whose reading must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

type Row = readonly [text: string, intent: string, unit: string | null];

const reads = (rows: Row[]) =>
  it.each(rows)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit]).toEqual([intent, unit]);
  });

describe('2: a cost centre or ticket after "unit code is" is no unit', () => {
  reads([
    ['rotate the growth key, unit code is CC-4410 for billing', 'rotate', 'growth'],
    ['revoke the ads key, unit code is CC4410', 'revoke', 'ads'],
    ['create a key for the data team, unit code is DT-200', 'create_key', 'data-team'],
    ['new key for growth; unit code: FIN-0031', 'create_key', 'growth'],
    ['revoke the search key, the unit code is PRJ_5521', 'revoke', 'search'],
    // Look-alikes: a unit's own code.
    ['rotate the key, unit code is `ph-modelling`', 'rotate', 'ph-modelling'],
    ['create a key, unit code is fin-ops', 'create_key', 'fin-ops'],
  ]);
});

describe('3: a number that counts people, seats or bits opens no name', () => {
  reads([
    ['revoke the keys of our 300 staff in payments', 'revoke', null],
    ['revoke the key for the 300 staff', 'revoke', null],
    ['deprovision our 100 person pilot in growth', 'unknown', null],
    ['deprovision the 120 seat pilot for growth', 'unknown', null],
    ['rotate the key on the 256 bit cipher for payments', 'rotate', 'payments'],
    ['create a key for the 100 people in growth', 'unknown', null],
    ['revoke the key for our 400 member cohort', 'revoke', null],
    ['deprovision the 250 user beta for search', 'unknown', null],
    // Look-alikes: a service's number, a team's name.
    ['create a key for the 311 chatbot', 'create_key', '311-chatbot'],
    ['rotate the key for the 911 dispatch team', 'rotate', '911-dispatch-team'],
    ['new api key for the 360 feedback team, 60 days', 'create_key', '360-feedback-team'],
  ]);
});

describe('8: a Title Case name ends at its unit noun, before a person or role', () => {
  reads([
    ['create a key for the Department of Health Team Lead Dana', 'create_key', 'department-of-health-team'],
    ['rotate the key for the Customer Insights Team Per Dana Smith', 'rotate', 'customer-insights-team'],
    ['new key for the Fraud Analytics Team Lead Priya please', 'create_key', 'fraud-analytics-team'],
    // Look-alikes.
    ['rotate the key for the Customer Insights Team', 'rotate', 'customer-insights-team'],
    ['create a key for the Platform Team', 'create_key', 'platform-team'],
    ['rotate the key for the Office of Budget Planning', 'rotate', 'office-of-budget-planning'],
  ]);
});

describe('10: a note in brackets after a team names nothing', () => {
  reads([
    ['revoke the key for the fraud team ( ask Dana first )', 'revoke', 'fraud-team'],
    ['rotate the key for the fraud team (ask Dana)', 'rotate', 'fraud-team'],
    ['revoke the key for the billing team (check with Ana)', 'revoke', 'billing-team'],
    ['create a key for the search team ( please hurry )', 'create_key', 'search-team'],
    ['rotate the key for the risk team (talk to Sam first)', 'rotate', 'risk-team'],
    // Look-alikes: a code in brackets.
    ['new api key for the Department of Revenue ( dor-tax )', 'create_key', 'dor-tax'],
    ['the fraud team (`fraud-ml`) needs a new key', 'create_key', 'fraud-ml'],
  ]);
});
