/**
 * Round forty, the review of the merged fixers' work (post40a): everything "for it" removed after an occasion, read
 * as a request only when it is one, bare, at once (ended-unit.ts), and never on a condition; a premises squad a unit
 * only where the key is said to be ours (trade-team.ts); a cell that is a thing is no group (group-nouns.ts
 * namedCell). Sentences of the review and look-alikes of our own, with those that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe('an occasion over on a condition: a plan, never carried out', () => {
  const planned = [
    'if Spring Expo is cancelled, tear down everything for it',
    'if Summer Camp is cancelled, tear down everything for it',
    'if Winter Gala is postponed, tear down everything for it',
    'if Spring Expo is a flop, tear down everything for it',
    'if Spring Expo is cancelled, remove everything for it',
    'if Spring Expo is cancelled, remove everything that was set up for it',
    'once Spring Expo is over, tear down everything for it',
    'when Spring Expo is over, tear down everything that was set up for it',
    'in case the Kelp Fest Week is cancelled, delete everything that was set up for it',
  ];
  neverActs(planned);
  nothingAsked(planned);
});

describe('everything for it removed by others, from a place, as an idiom, a plan or a question: nothing asked', () => {
  const told = [
    'Winter Gala is over, the caterers will remove everything for it',
    'Winter Gala is over, the venue will remove everything for it',
    'the Spring Expo is over. <@U222> can you remove everything for it?',
    'Spring Expo is over, drop everything for it and focus on Q4',
    'Spring Expo is over, remove everything for it from the booking site',
    'Spring Expo is over, remove everything for it from the storefront',
    'Spring Expo is over, remove everything for it from the stand',
    'Spring Expo is over, remove everything for it from the trucks',
    'Spring Expo is over, remove everything for it from the office',
    'Spring Expo is over, tear down everything for it in the warehouse',
    'Spring Expo is over, the plan is to tear down everything for it',
    'Spring Expo is over, tear down everything for it? asking for the runbook',
    'Kelp Fest Week is over, the crew will tear down everything for it tomorrow',
    'Kelp Fest Week is over, remove everything for it from the shelves',
  ];
  neverActs(told);
  nothingAsked(told);
  // look-alikes: the occasion over and everything for it removed, bare, keeps its unit (asked first)
  reads([
    ['Spring Expo is over, tear down everything for it', 'deprovision', 'spring-expo'],
    ['Kelp Fest Week is over, tear down everything for it', 'deprovision', 'kelp-fest-week'],
    ['the kelp fair is done, please remove everything for it', 'deprovision', 'kelp-fair'],
    ['spring fair is over, delete everything bedrock set up for it', 'deprovision', 'spring-fair'],
  ]);
  neverActs(['Spring Expo is over, tear down everything for it']);
});

describe("a premises squad's plain key is a door's: no unit of ours", () => {
  const physical = [
    'rotate the key for the cleaning squad, someone copied it',
    "a key for the parking squad pls, the barrier's broken",
    'key for the kitchen squad please',
    'key for the canteen squad please',
    'spare key for the parking squad please',
    'revoke the key for the kitchen squad',
  ];
  neverActs(physical);
  nothingAsked(physical);
  // what we have for a squad of premises or of a trade asks of no unit of ours
  nothingAsked([
    'what do we have for the gate squad?',
    'what do we have for the cleaning squad? mops?',
    'what do we have for the canteen squad',
  ]);
  // look-alikes: a key said to be ours, and a squad of a plain name, keep their reading
  reads([
    ['we need a long-term key for the mail squad', 'create_key', 'mail-squad'],
    ['rotate the key of the lobby squad, it was pasted in a ticket', 'rotate', 'lobby-squad'],
    ['bedrock spend for the coffee squad, last 30 days', 'spend', 'coffee-squad'],
    ['api key for the kitchen squad please', 'create_key', 'kitchen-squad'],
    ['rotate the key for the pricing squad', 'rotate', 'pricing-squad'],
    ['what do we have for the pricing squad?', 'details', 'pricing-squad'],
  ]);
  stillActs(['rotate the key for the pricing squad']);
});

describe('a cell that is a thing is no group of people', () => {
  const things = [
    'the prison cell needs a key',
    'the battery cell needs a key of its own',
    'the fuel cell needs a key to start',
    'the jail cell needs a key',
    'the solar cell needs a key of its own',
    'the excel cell needs a key of its own',
    'the lithium battery cell needs a key',
  ];
  neverActs(things);
  nothingAsked(things);
  slots([['rotate the key for the prison cell', { businessUnit: null }]]);
  // look-alikes: a cell of people, named in two words or more, keeps its reading
  reads([
    ['the fuel desk liaison cell needs a key of its own', 'create_key', 'fuel-desk-liaison-cell'],
    ['the slot planning cell needs an api key', 'create_key', 'slot-planning-cell'],
    ['the ATC liaison cell needs a key of its own', 'create_key', 'atc-liaison-cell'],
    ['what did the ATC liaison cell spend on bedrock over the last month', 'spend', 'atc-liaison-cell'],
  ]);
});
