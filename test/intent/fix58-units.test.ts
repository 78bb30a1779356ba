/**
 * Round fifty-eight, fix58 units: plain-unit-names.ts brought back (round fifty-seven's reader of a unit named in plain
 * words, "rotate the key for fall risk model"), now held where the words after "for" are no unit's name, by kind
 * (plain-unit-guards.ts): a unit already named elsewhere wins; a person, by a title or a family name's particle; a name
 * given as the unit's in brackets, backticks or after a colon; a time, an occasion ("window", "weekend", "shift",
 * "sprint"), a place or a thing a locksmith's key opens; and a system's noun after "the" ("the churn model"). The first
 * rows are the behaviour tests round fifty-seven's clean-clone run failed; every other row is the fixer's own sentence.
 */
import { describe } from 'vitest';
import { neverActs, reads } from './acted.js';

describe("round fifty-seven's clean-clone failures read as the tests hold", () => {
  reads([
    ['disable the growth key for the maintenance window', 'revoke', 'growth'],
    ['create a key for dr. okafor', 'create_key', null],
    ['api key for Ground Segment (gseg) please', 'create_key', 'gseg'],
    ['rotate the key for Payload Ops (pops)', 'rotate', 'pops'],
    ['key for the nightly fraud job: fraud-nightly', 'create_key', 'fraud-nightly'],
  ]);
});

describe('a unit already named wins over the words after "for"', () => {
  reads([
    ['rotate the billing key for the quarter end freeze', 'rotate', 'billing'],
    ['revoke the ads key for the cutover window', 'revoke', 'ads'],
    ['rotate the search key for the release window', 'rotate', 'search'],
    ['new key for vendor portal, our unit is claims-intake', 'create_key', 'claims-intake'],
    ['api key for the invoice matcher, unit: ap-automation', 'create_key', 'ap-automation'],
  ]);
});

describe('a person named after "for" is no unit (a title, a family name\'s particle)', () => {
  reads([
    ['create a key for prof. nakamura', 'create_key', null],
    ['new api key for mrs okonkwo please', 'create_key', null],
    ['revoke the key for Dr Adeyemi', 'revoke', null],
    ['create a key for Joao dos Reis', 'create_key', null],
    ['rotate the key for Karim bin Salleh', 'rotate', null],
  ]);
});

describe("a name given as the unit's after the description wins", () => {
  reads([
    ['new key for Launch Control (lcon), 30 days', 'create_key', 'lcon'],
    ['rotate the key for Flight Dynamics (fdyn)', 'rotate', 'fdyn'],
    ['key for the invoice sorting job: invoice-sort', 'create_key', 'invoice-sort'],
    ['create a key for the returns desk helper (`returns-helper`)', 'create_key', 'returns-helper'],
  ]);
});

describe('a time, an occasion or a place after the unit is no word of its name', () => {
  reads([
    ['rotate the search key for the release sprint', 'rotate', 'search'],
    ['create a key for payroll before the freeze', 'create_key', 'payroll'],
    ['key for sales during the sprint', 'create_key', 'sales'],
    ['rotate the key for Claims EOD', 'rotate', 'claims'],
    ['history for search past wk', 'history', 'search'],
    ['create a key for Billing UK', 'create_key', 'billing'],
    ['rotate the key for ads immediately', 'rotate', 'ads'],
  ]);
});

describe('a system or a client after "the" is what the key is for: the name is before it', () => {
  reads([
    ['new key for the attrition model', 'create_key', 'attrition'],
    ['rotate the key for the claims triage model', 'rotate', 'claims-triage'],
    ['revoke the key of the Brightwater client', 'revoke', 'brightwater'],
    ['history for claims log', 'history', 'claims'],
    ['rotate the key for crop yield model', 'rotate', 'crop-yield-model'],
  ]);
});

describe('plain-words names still read whole', () => {
  reads([
    ['api key for shelf gap finder please', 'create_key', 'shelf-gap-finder'],
    ['revoke the key for crop yield notes', 'revoke', 'crop-yield-notes'],
    ['rotate the lease renewals key', 'rotate', 'lease-renewals'],
    ['a key for whoever owns lease renewals', 'create_key', 'lease-renewals'],
    ['rotate the key for whoever runs payroll', 'rotate', 'payroll'],
  ]);
});

describe('look-alikes are not acted on', () => {
  neverActs([
    'the key for the boiler room is with reception',
    'who has the key for the staff kitchen?',
    'we rotated the growth key for the maintenance window last night',
    'dr. okafor already has a key, thanks',
    'the ground segment team said their key works',
    'should we rotate the key for the night shift at some point?',
  ]);
});
