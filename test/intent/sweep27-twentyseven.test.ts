/**
 * Round twenty-seven, sweep27: non-requests acted on, from a sweep of our words in other trades' senses (a
 * car-rental company, a casino, a theme park, a public library, a dental group, a removals firm, a gym chain,
 * a courier, a zoo, a ski school, hotel housekeeping, a car dealership, a recording studio, self storage and a
 * parish office). Sentences of our own, written before the parser's answer was looked at (other units, verbs,
 * word orders, lengths, typos, Slack markup), and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { keeps, neverActs } from './acted.js';

describe('people rotated named by what they do (an agent noun: dealers, hygienists, croupiers) are a rota', () => {
  neverActs([
    "rotate the Pit-3 dealers pls, they've been on 2 hours",
    'can we rotate the Studio-2 hygienists next week',
    'rotate the roulette croupiers after the break',
    'pls rotate the *Lion-1* zookeepers so Dave gets a weekend',
    "rotate the 10am readers, Margaret's away",
    'rotate the B-wing receptionists at 3',
    'rotate the Dragon-X ride hosts every hour',
    'rotate the bell ringers this sunday',
    'rotate the CT-2 radiographers pls',
  ]);
  keeps([
    ['rotate the dealers-app key', 'rotate', 'dealers-app'],
    ['rotate the key for the croupier-analytics team', 'rotate', 'croupier-analytics-team'],
    ['rotate the Pit-3 team key', 'rotate', 'pit-3-team'],
    ['rotate the readers-api keys', 'rotate', 'readers-api'],
    ['rotate the servers-team key', 'rotate', 'servers-team'],
    ['rotate growth', 'rotate', 'growth'],
  ]);
});

describe("a premises' code or a master key revoked (a gate PIN, a keypad code, a master key) is a lock's", () => {
  neverActs([
    'revoke the gate PIN for unit A-14',
    'pls revoke the keypad code for Bay-4, tenant moved out',
    "revoke the housekeeper's master key access, she's on notice",
    "revoke Kelly's master key, she's left",
    "revoke the contractor's master key for B-wing",
    'revoke the door code for the CT-2 store asap',
    'cancel the alarm PIN for Unit-4',
  ]);
  keeps([
    ["revoke Kelly's bedrock key, she's left", 'revoke'],
    ["revoke the contractor's api key", 'revoke'],
    ['rotate the master-data key', 'rotate', 'master-data'],
    ['rotate the key for the master-data team', 'rotate', 'master-data-team'],
    ['revoke the bedrock key for unit A-14', 'revoke', 'a-14'],
    ['revoke the key for the pin-pad team', 'revoke', 'pin-pad-team'],
  ]);
});

describe("a key for a lock-up or a room at a coded place, or with its lock told (padlock cut), is a lock's", () => {
  neverActs([
    'new key for the lockup at Unit-4',
    'new key for the store room at Bay-2 pls',
    'new key for unit C-12, padlock cut',
    'need a new key for the Fiesta, the lock was changed',
    'spare key for Unit-7? the locksmith re-keyed it',
    'new key for C-12 please, the padlock was cut off',
  ]);
  keeps([
    ['new key for unit C-12', 'create_key', 'c-12'],
    ['new key for the lockup-ops team', 'create_key', 'lockup-ops-team'],
    ['rotate the key for unit storage-billing', 'rotate', 'storage-billing'],
    ['new api key for unit C-12 pls', 'create_key', 'c-12'],
    ['new key for the padlock-api team', 'create_key', 'padlock-api-team'],
  ]);
});

describe('a machine named by a code or a name before its noun (a kiosk, a till, a terminal, a treadmill) is no unit', () => {
  neverActs([
    "deprovision the self-checkout SC-2 kiosk, it's ancient",
    'decommission the Sky-Bar till T-2',
    'deprovision the Bay-4 card terminal',
    'deprovision the gym-2 treadmills',
    'decommission the B-wing ice machine pls',
    'deprovision the Ward-4 scanner, replaced',
    'decom the K-9 kennel heater',
  ]);
  keeps([
    ['deprovision the kiosk-app unit', 'deprovision', 'kiosk-app'],
    ['deprovision the sc-2 unit', 'deprovision', 'sc-2'],
    ['deprovision unit XR-2', 'deprovision', 'xr-2'],
    ['deprovision the terminal-ops team', 'deprovision', 'terminal-ops-team'],
    ['deprovision ct-2', 'deprovision', 'ct-2'],
    ['deprovision the till-analytics unit', 'deprovision', 'till-analytics'],
  ]);
});

describe('something made for someone with a duration (an invoice for a 6h session) is no token', () => {
  neverActs([
    'pls create an invoice for Studio-B, Night-Owls session, 6h',
    'generate an invoice for Blue-Hour, mixing session, 3h',
    'create a booking for Pit-2, VIP table, 2 hours',
    'make a rota for the Red-Group, lessons, 45 min',
  ]);
  keeps([
    ['create a token for 6h', 'token'],
    ['create a token for 2h for the invoice bot', 'token'],
    ['token for 3h please, generating invoices with claude', 'token'],
    ['need a token for 45 min to draft the lesson rota', 'token'],
  ]);
});
