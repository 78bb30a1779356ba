/**
 * Round twenty-four, sweep24a: non-requests acted on, from a sweep of our words in other trades' senses (a
 * zoo, a theme park, a dental chain, film and TV, a fashion label, a car dealership, security guarding,
 * waste and recycling, aircraft maintenance, a sports club, a church shop, an orchestra, a library).
 * Sentences of our own, written before the parser's answer was looked at (other units, verbs, word
 * orders, lengths, typos, Slack markup), and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads } from './acted.js';

describe("a person's pass, permit or licence revoked is another trade's grant, the person no unit", () => {
  neverActs([
    "revoke Tom's keeper pass, he left on friday",
    "pls revoke Sarah's parking permit, she sold the car",
    "can you revoke Dave's season ticket? chargeback came in",
    "revoke Mark's hall booking for next week",
    'revoke *Priya’s* staff pass asap',
    "revoke the contractor's gate pass, his job finished",
    "we need to revoke Jo's membership, unpaid since march",
  ]);
  reads([
    ["revoke the growth team's key, it leaked", 'revoke', 'growth-team'],
    ["revoke the ads team's bedrock key pls", 'revoke', 'ads-team'],
  ]);
  nothingAsked(["Tom's keeper pass was revoked on friday", "who revoked Sarah's parking permit?"]);
});

describe('something made for a unit that is no credential (a rota, a report, an invoice) is no key', () => {
  neverActs([
    'create a patrol rota for the K-9 unit',
    'generate the cleaning schedule for the B-wing unit',
    'can you create a shift pattern for the night-ops team',
    'make a seating plan for the strings-2 section pls',
    'create an invoice for the fleet-sales team',
    'pls generate a weekly incident report for the CT-2 unit',
    'Create a *training rota* for the dive-ops team',
    'generate new membership cards for the U-12 squad',
  ]);
  keeps([
    ['create a key for the K-9 unit', 'create_key', 'k-9'],
    ['create an api key for the night-ops team', 'create_key', 'night-ops-team'],
    ['generate a bedrock key for the fleet-sales team', 'create_key', 'fleet-sales-team'],
    ['create a key for the rota-planner team', 'create_key', 'rota-planner-team'],
    ['new key for the CT-2 unit pls', 'create_key', 'ct-2'],
  ]);
  neverActs(['the rota for the K-9 unit was created last week', 'who made the patrol rota for B-wing?']);
});

describe("a key for a room, a store or a box, nothing of ours named, is a lock's key", () => {
  neverActs([
    'new key for the stockroom please',
    "we need a new key for the boiler room, lock's been changed",
    'new key for the instrument store, the lock was changed',
    'new key for the returns box',
    'spare key for the plant room?',
    'new keys for the kit store and the tack room pls',
    'Key for the *bike store* please',
  ]);
  keeps([
    ['new api key for the stock-control team', 'create_key', 'stock-control-team'],
    ['new key for the feature store team', 'create_key', 'feature-store-team'],
    ['rotate the key for the box-office team', 'rotate', 'box-office-team'],
    ['new key for the stores-planning unit', 'create_key', 'stores-planning'],
    ['new key for the growth team', 'create_key', 'growth-team'],
    ['bedrock key for the store-ops team please', 'create_key', 'store-ops-team'],
    ['revoke all the keys for kitchen-ops', 'revoke', 'kitchen-ops'],
  ]);
  nothingAsked(['the key for the stockroom is on the hook', 'who has the key to the boiler room?']);
});

describe('a vehicle or a machine named by its code is no unit of ours', () => {
  neverActs([
    'deprovision truck RCV-12, the gearbox is gone',
    'decommission van V-7 before it goes to auction',
    'pls deprovision till T-3 in the Soho store',
    'deprovision forklift FL-2, it failed its LOLER',
    'rotate tank CT-2 filters today',
    'decommission the compressor C-4 in Hangar-2',
  ]);
  keeps([
    ['deprovision unit RCV-12', 'deprovision', 'rcv-12'],
    ['deprovision the rcv-12 team', 'deprovision', 'rcv-12-team'],
    ['deprovision the truck-routing unit', 'deprovision', 'truck-routing'],
    ['deprovision ct-2', 'deprovision', 'ct-2'],
    ['rotate the key for tank-monitor', 'rotate', 'tank-monitor'],
    ['deprovision the bus-12 team', 'deprovision', 'bus-12-team'],
    ['rotate the key for truck-7', 'rotate', 'truck-7'],
  ]);
  nothingAsked(['truck RCV-12 was deprovisioned yesterday']);
});

describe("a token for a locker or a coin machine is the machine's", () => {
  neverActs([
    'can I have a token for the locker, lost my coin',
    'need a token for the washing machine on level 2',
    'tokens for the Pool-2 lockers pls, the kids are waiting',
    'a token for the *vending machine* please',
  ]);
  keeps([
    ['token for 2h please', 'token'],
    ['token for the locker-app team for 2h', 'token'],
    ['token for 1h, testing the locker booking bot', 'token'],
  ]);
});

describe("people rotated (a team's players, guards, cashiers) are a rota, no key of the team's", () => {
  neverActs([
    'rotate the Red Team goalkeepers',
    'pls rotate the B-wing guards at 2am',
    'rotate the first-team strikers on saturday',
    'can we rotate the K-9 team handlers so Rex gets a rest',
    'rotate the night-shift team cashiers every 2 hours',
    'Rotate the *box office* team volunteers, Jo needs a break',
  ]);
  keeps([
    ['rotate the red-team key', 'rotate', 'red-team'],
    ['rotate the Red Team keys', 'rotate', 'red-team'],
    ['rotate the guards-app key', 'rotate', 'guards-app'],
    ['rotate the key for the goalkeeper-analytics team', 'rotate', 'goalkeeper-analytics-team'],
    ['rotate the players-api team', 'rotate', 'players-api-team'],
  ]);
});
