/**
 * Round sixty, fix60 units: which words name the business unit.
 * - A unit described in words and then given its name: the stated name wins (README "Units are written as named": a
 *   name given as the unit's wins over prose names): a bracket that names ("(team name `x`)", "(service name x)",
 *   "(called x)"), a name in apposition after a unit noun ("the kiosk pilot unit, rental-kiosk-pilot"), "it's (all
 *   under) x" or a bare "x, last 7 days" after a question, an arrow to the name; and a short name before its
 *   bracketed description ("ctr (the Council Tax Recovery unit)" → ctr). stated-unit-name.ts.
 * - A correction that says the command again with the key before the name ("no — revoke the key for x", "I meant
 *   rotate key x"), a "no" after a question and then our command again, and a first name said right after all ("…
 *   sorry, robotics is correct"): corrections.ts.
 * - The command's object written as a name ("please revoke the incident-reports key now", "revoke the key for
 *   counter-pos-assist") beats plain words of a story around it ("Team — compliance update."): commanded-code-name.ts.
 * - A place a device was lost, left or seen at is the story's ("the old laptop from the bakehouse office went
 *   missing"): no unit, or the name the request states. premises-of-loss.ts.
 * Every sentence is the fixer's own.
 */
import { describe } from 'vitest';
import { neverActs, reads } from './acted.js';

describe('a name stated after a description of the unit wins', () => {
  reads([
    // (a bracket that names)
    ['key for our robotics club team (team name `gear-heads`), 3 days', 'create_key', 'gear-heads'],
    [
      'api key for the invoice reminder assistant (service name `dunning-bot`), 30 days',
      'create_key',
      'dunning-bot',
    ],
    ['rotate the key of the night summary job (called nightly-digest)', 'rotate', 'nightly-digest'],
    ['revoke the key for the old onboarding helper (aka onboard-v1)', 'revoke', 'onboard-v1'],
    // (apposition after a unit noun)
    ['deprovision the coastal pilot unit, harbour-pilot-2', 'deprovision', 'harbour-pilot-2'],
    ['remove everything for the summer hack team, hack-squad-9', 'deprovision', 'hack-squad-9'],
    ['what keys does the warehouse pilot project have? project: wh-pick-assist', 'details', 'wh-pick-assist'],
    // (said as what it is after a question)
    ['what did the invoice matching cost us last month? it is all under ap-matcher', 'spend', 'ap-matcher'],
    ["how much did the nightly reconciliation cost us last week? it's ledger-recon", 'spend', 'ledger-recon'],
    ['how much did the chat widget burn on bedrock? web-chat-v3, last 14 days', 'spend', 'web-chat-v3'],
    // (an arrow to the name)
    ['new api key please for the quotes preview env → `quotes-preview`', 'create_key', 'quotes-preview'],
    // (a short name, then what it is in brackets)
    ['please revoke the key for fps (the Field Payments Service unit)', 'revoke', 'fps'],
    ['rotate the key for mro (the Maintenance Repair Overhaul team)', 'rotate', 'mro'],
  ]);
});

describe('a name already read is kept, and a later name is no apposition', () => {
  reads([
    ['deprovision the ledger-ops unit', 'deprovision', 'ledger-ops'],
    ['rotate the key for fps', 'rotate', 'fps'],
    ['how much did ap-matcher cost us last month?', 'spend', 'ap-matcher'],
    ['api key for the dunning-bot service, 30 days', 'create_key', 'dunning-bot'],
  ]);
});

describe('a correction that says the command again names the unit after the key', () => {
  reads([
    ['revoke the intern token? no, revoke the key for claims-batch', 'revoke', 'claims-batch'],
    ['rotate the ads key? no — rotate the key for growth-web', 'rotate', 'growth-web'],
    ['make a key for billing... sorry I meant rotate the key for payments-core', 'rotate', 'payments-core'],
    ['rotate key atlas.. sorry, I meant rotate key atlas-eu', 'rotate', 'atlas-eu'],
    ['revoke key pricing, no wait, revoke key pricing-lab… sorry, pricing is correct', 'revoke', 'pricing'],
  ]);
});

describe("the command's named object beats the words of a story around it", () => {
  reads([
    [
      'Team — security update. The auditor saw the pager-bot api key in a slide. please revoke the pager-bot key now.',
      'revoke',
      'pager-bot',
    ],
    [
      'quick note from the warehouse: forklifts are fine. please rotate the key for pick-route-v2',
      'rotate',
      'pick-route-v2',
    ],
    // (the story's unit that is itself the command's object stands)
    ['rotate the growth key, then revoke growth-old', 'rotate', 'growth'],
  ]);
});

describe('a place a device was lost or seen at is no unit', () => {
  reads([
    ['rotate every key we have, the old laptop from the garden office went missing', 'rotate', null],
    ['rotate all keys please, the tablet from the loading bay office was stolen', 'rotate', null],
    ['rotate bk-19ab3c please, it showed up in a screenshot from the depot', 'rotate', null],
    ['replace the key on route_eta, it was on a shared laptop at the Leeds hub', 'rotate', 'route-eta'],
    ['revoke the key for fleet-ops, the phone from the north yard is lost', 'revoke', 'fleet-ops'],
    // (the same place named as the unit's elsewhere stands)
    ['rotate the depot key, the laptop from the depot was stolen', 'rotate', 'depot'],
    ['rotate the key for the garden office', 'rotate', 'garden-office'],
  ]);
});

describe('the guard keeps what is no name out', () => {
  reads([
    // (a time, a generic word, a person, a place)
    ['rotate the friday batch key', 'rotate', null],
    ['revoke the demo key', 'revoke', null],
    ['rotate the testing key', 'rotate', null],
    ["revoke the key for sam's laptop? no, revoke the key for geo-search", 'revoke', 'geo-search'],
    ['rotate the key for ops-tools, the laptop in Lisbon is missing', 'rotate', 'ops-tools'],
    // (a bracket that is no naming: an environment or a remark)
    ['rotate the checkout key (staging)', 'rotate', 'checkout'],
    ['how much did ads-rank cost us? last 7 days', 'spend', 'ads-rank'],
  ]);
});

describe('look-alikes are not acted on', () => {
  neverActs([
    'the old laptop from the garden office went missing yesterday',
    'the kiosk pilot unit, harbour-pilot-2, starts next week',
    'we rotated the key for claims-batch last week, no action needed',
    'is the dunning-bot (service name) the same as the reminders one?',
  ]);
});
