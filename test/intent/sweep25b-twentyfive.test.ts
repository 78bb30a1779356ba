/**
 * Round twenty-five, sweep25b: requests acted on with the wrong unit, from a sweep of requests with more than one
 * name-like thing near them (two teams, a team and its tool, a person, a customer, a ticket, an event, a product
 * code, a corrected name, a form, owners' mentions beside others', lifetimes beside other durations). Sentences of
 * our own, written before the parser's answer was looked at, and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads } from './acted.js';

describe('a team telling, after the request, what it did or has (a verb in the past, its own key) is story', () => {
  reads([
    ['deprovision old-search, the search-v2 team replaced it', 'deprovision', 'old-search'],
    ['deprovision legacy-bi — the reporting team rebuilt it in looker', 'deprovision', 'legacy-bi'],
    ['key for legal-ops please, the contracts-nlp team has its own', 'create_key', 'legal-ops'],
    ['create an api key for doc-ai, the OCR team already have their own', 'create_key', 'doc-ai'],
    ['rotate risk-ml, the fraud team used to own it', 'rotate', 'risk-ml'],
    ['pls revoke kyc-bot’s key, the onboarding squad created it last year', 'revoke', 'kyc-bot'],
    ['new key for search-api; the platform team requested a new one last week', 'create_key', 'search-api'],
    ['create a key for *growth-lab*, the retention team built the old one', 'create_key', 'growth-lab'],
  ]);
  // look-alikes that keep the team: the team named as the unit, or said to own it now
  reads([
    ['create a key for the search-v2 team, they replaced old-search', 'create_key', 'search-v2-team'],
    ['rotate the contracts-nlp team’s key, it was pasted in a thread', 'rotate', 'contracts-nlp-team'],
    ['create an api key for the checkout-api, the payments team owns it', 'create_key', 'payments-team'],
    ['new key for the onboarding squad please', 'create_key', 'onboarding-squad'],
  ]);
  neverActs(['the contracts-nlp team has its own key already']);
  nothingAsked(['the search-v2 team replaced old-search last month', 'the fraud team used to own risk-ml']);
});

describe("another unit's key told of in a clause of its own is story; the request's unit stands", () => {
  reads([
    ["rotate payments' key, the fraud-ml key is fine", 'rotate', 'payments'],
    ['revoke the growth key — the ads key can stay', 'revoke', 'growth'],
    ['rotate checkout’s api key pls. the billing-api key was rotated yesterday', 'rotate', 'checkout'],
    ['create a key for recsys, the search-v2 key works fine', 'create_key', 'recsys'],
    ['revoke the doc-ai key, the ocr-pipeline key is unaffected', 'revoke', 'doc-ai'],
  ]);
  // look-alikes: the other key is the one asked about, or both are asked
  reads([
    ['rotate the growth key, the ads key too', 'rotate', 'growth'],
    ['rotate the fraud-ml key, it leaked', 'rotate', 'fraud-ml'],
  ]);
  nothingAsked(['the fraud-ml key is fine', 'the ads key can stay, the growth key too']);
  neverActs(['the payments key was rotated, the fraud-ml key is fine']);
});

describe("what the key is for, told after the request ('it's for the invoicing-v2 rollout'), is no unit", () => {
  reads([
    ['key for billing — it’s for the invoicing-v2 rollout', 'create_key', 'billing'],
    ["key for growth, it's for product X-200", 'create_key', 'growth'],
    ['create an api key for ads pls, its for the q3-launch campaign', 'create_key', 'ads'],
    ['new key for *search*, it is for the ranker-v3 migration', 'create_key', 'search'],
    ['rotate the kyc key, it is for the onboarding-v2 rollout', 'rotate', 'kyc'],
  ]);
  // look-alikes: a unit named only there, or named as the project, keeps its name
  reads([
    ['create a key for the customer-360 project', 'create_key', 'customer-360'],
    ['create a key for team invoicing-v2 please', 'create_key', 'invoicing-v2'],
  ]);
  nothingAsked(['the growth key is for the invoicing-v2 rollout', "it's for the q3-launch campaign"]);
});

describe('a person described by where they come from ("the contractor from agency-b") names no unit', () => {
  reads([
    ['rotate the ads key, the contractor from agency-b still has it', 'rotate', 'ads'],
    ['revoke growth’s key — a consultant from acme-labs saw it', 'revoke', 'growth'],
    ['pls rotate the search key, the intern from data-eng pasted it in #random', 'rotate', 'search'],
    ['revoke the billing key, someone from vendor-x got a copy', 'revoke', 'billing'],
  ]);
  reads([['create a key for data-eng, the intern will use it', 'create_key', 'data-eng']]);
  nothingAsked([
    'the contractor from agency-b still has the ads key',
    'a consultant from acme-labs saw the growth key',
    'someone from vendor-x asked about our keys',
  ]);
});

describe('a team copied in after the request ("cc … and the retention team") is told, not the unit', () => {
  reads([
    ['create a key for growth, cc max@acme.com and the retention team', 'create_key', 'growth'],
    ['rotate the ads key, cc <@U07QQQ111> and the security team', 'rotate', 'ads'],
    ['revoke kyc’s key and loop in the compliance team', 'revoke', 'kyc'],
    ['new key for search pls, cc: the platform team', 'create_key', 'search'],
  ]);
  reads([['create a key for the retention team, cc max@acme.com', 'create_key', 'retention-team']]);
  neverActs(['cc the retention team', 'cc max@acme.com and the retention team on the growth key thread']);
});

describe('a hyphenated system or occasion the key serves ("for the checkout-v2 launch") never outranks the unit asked for', () => {
  reads([
    ['key for payments please, for the checkout-v2 launch', 'create_key', 'payments'],
    ['create a key for billing for the SAP-S4 integration', 'create_key', 'billing'],
    ['rotate the growth key used by the billing-sync job', 'rotate', 'growth'],
    ['create a key for growth to use in the ab-test service', 'create_key', 'growth'],
    ['pls make an api key for ml-ops for the model-v2 rollout next wk', 'create_key', 'ml-ops'],
    ['new key for *finance* for the erp-cloud migration', 'create_key', 'finance'],
    ['revoke the search key of the ranker-v3 lambda', 'revoke', 'search'],
  ]);
  // look-alikes: the system or the team is the only name, or is named as the unit
  reads([
    ['create a key for the billing-sync job', 'create_key', 'billing-sync'],
    ['api key for the ab-test team, for their dashboards', 'create_key', 'ab-test-team'],
    ['rotate the key for team sap-s4 please', 'rotate', 'sap-s4'],
  ]);
  nothingAsked(['the checkout-v2 launch went fine for payments', 'growth runs the billing-sync job nightly']);
});
