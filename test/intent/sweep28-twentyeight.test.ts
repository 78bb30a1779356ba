/**
 * Round twenty-eight, sweep28: non-requests acted on, from a sweep of our words in other trades' senses (airport
 * ground handling, a printing house, a funeral home, a bakery chain, a bus operator, a salon chain, a marina, a
 * prison service, fire and rescue, stadium operations, bike-share, a data centre's physical operations, a
 * bell-ringers' guild, piano tuning, hospital estates). Sentences of our own, written before the parser's
 * answer was looked at (other units, verbs, word orders, lengths, typos, Slack markup), and look-alikes that
 * must not change.
 */
import { describe } from 'vitest';
import { keeps, neverActs, reads } from './acted.js';

describe("a key for a thing named by several words or a code (a trade's name, then the thing's noun) is a lock's key", () => {
  neverActs([
    'new key for the fuel bowser FB-2 please',
    'need a spare key for the ride-on mower RM-3',
    'key for the Bay-4 tool cabinet please',
    'new key for the B-wing store cupboard, the old one snapped',
    'can I get a new key for the North-Stand kit room door',
    'spare key for the A320-neo tow bar cabinet pls',
    'new keys for Hall-3 cages please',
    'new key for the shower block',
    'we need a new key chain issued for Officer Hughes',
    'new key for the Bond-St salon front door please',
    '*new key* for the Station-4 hydrant cabinet',
    'rotate all the keys for the shower block',
    'revoke the old keys for Hall-3 cages',
    "revoke the officer's key pouch privileges until the audit is done",
  ]);
  keeps([
    ['new key for the Bay-4 ops team', 'create_key', 'bay-4-ops-team'],
    ['rotate the key for the B-wing-reports unit', 'rotate', 'b-wing-reports'],
    ['new key for the North-Stand kiosk team', 'create_key', 'north-stand-kiosk-team'],
    ['revoke all keys for hall-3', 'revoke', 'hall-3'],
    ['new api key for the shower-block project', 'create_key', 'shower-block'],
    ['create a bedrock key for the fuel-bowser team', 'create_key', 'fuel-bowser-team'],
    ['rotate the keys for cage-ops, they leaked', 'rotate', 'cage-ops'],
  ]);
  neverActs([
    'the key for the Bay-4 tool cabinet is on the hook',
    'who has the key chain for Officer Hughes?',
  ]);
});

describe("a machine taken out of service (a plant's 'unit', a code whose breakdown is told) is no unit of ours", () => {
  neverActs([
    'decommission GPU-3 on Bay-4, ground power unit keeps tripping',
    'decommission CRAC-3, the compressor died',
    'deprovision AHU-2, the fan motor burnt out',
    'pls deprovision HB-12 — gearbox is gone and the MOT ran out',
    'decom FB-4, the hydraulics are leaking again',
    'deprovision the old cold room unit CR-1',
    'decommission the air handling unit on the roof of A-Block',
    'deprovision the rooftop unit RTU-3 before the crane lift',
    'retire the refrigeration unit at Bakery-12, it keeps icing up',
    "deprovision the K-9 unit's old van",
  ]);
  reads([
    ['deprovision ocr-v2, the project died', 'deprovision', 'ocr-v2'],
    ['decommission the crac-analytics unit, the pilot is over', 'deprovision', 'crac-analytics'],
    ['deprovision the K-9 unit, the service ended', 'deprovision', 'k-9'],
    ['deprovision unit GPU-3, the trial finished', 'deprovision', 'gpu-3'],
    ['deprovision the cold-chain unit', 'deprovision', 'cold-chain'],
    ['deprovision the power-bi unit', 'deprovision', 'power-bi'],
  ]);
});

describe('a coded name and a word before the group noun is one name ("the Hall-2 monitoring unit")', () => {
  reads([
    [
      'revoke the bedrock key for the Hall-2 monitoring unit, the vendor had it',
      'revoke',
      'hall-2-monitoring',
    ],
    ['rotate the api key for the Bay-4 planning team', 'rotate', 'bay-4-planning-team'],
    ['create a bedrock key for the CT-2 imaging unit', 'create_key', 'ct-2-imaging'],
    ['new bedrock key for the Route-7 scheduling unit pls', 'create_key', 'route-7-scheduling'],
    ['revoke the key for the Hall-2 unit, monitoring moved', 'revoke', 'hall-2'],
    ['create a key for the K-9 unit', 'create_key', 'k-9'],
    ['rotate the bedrock key for the Leeds-3 bakery team', 'rotate', 'leeds-3-bakery-team'],
  ]);
});

describe("a key told as worn out or broken (cracked, snapped, bent, chipped) is a lock's or an instrument's key", () => {
  neverActs([
    "make a new key for the Steinway, the old one's cracked",
    'new key for the Bechstein pls — the old one snapped',
    "need a spare key for the Ford Transit, mine's bent",
    'can we get a new key cut for the Yamaha-C3, the ivory chipped off',
    'new key for B-wing cell 14, it snapped off in the lock',
    'replacement key for the Marina-West gate, old one worn smooth',
  ]);
  reads([
    ['new key for the growth team, the old one leaked', 'rotate', 'growth-team'],
    ['new bedrock key for the Steinway-ops team please', 'create_key', 'steinway-ops-team'],
    ['create a key for the cracked-glass unit', 'create_key', 'cracked-glass'],
  ]);
  keeps([['rotate the ads key, the old one was in a screenshot', 'rotate', 'ads']]);
});

describe('plant and fittings taken out of service (a belt, a kennel, a conveyor; a coded thing shipped, scrapped or towed)', () => {
  neverActs([
    'deprovision the Bay-4 baggage belt',
    'decommission the K-9 kennels',
    "decommission Press-4, it's being shipped to Poland",
    "deprovision the Gate-C conveyor, it's being scrapped",
    'decom the old carousel on Bay-2',
    "retire HB-7, it's being towed to the breakers' yard tomorrow",
  ]);
  reads([
    ['deprovision press-ops, the project is finished', 'deprovision', 'press-ops'],
    ['decommission the belt-ml unit', 'deprovision', 'belt-ml'],
    ['deprovision the kennel-bookings team', 'deprovision', 'kennel-bookings-team'],
    ['deprovision hb-7, the pilot is over', 'deprovision', 'hb-7'],
  ]);
});

describe("a coded place's things taken out of service ('the Zone-3 docks', 'the Salon-3 booking iPad') are no unit of ours", () => {
  neverActs([
    'deprovision the Salon-3 booking iPad',
    'decommission the Sector-7 hydrants',
    'deprovision the Zone-3 docks for winter',
    'decommission the Bay-12 floodlights after the season',
    '*decom* the old Ward-9 bedpan washer pls',
    'deprovision the Hall-2 door readers',
  ]);
  reads([
    ['deprovision the hack-12 stuff, the event is over', 'deprovision', 'hack-12'],
    ['deprovision the zone-3 unit', 'deprovision', 'zone-3'],
    ['deprovision the recs-v2 pipeline', 'deprovision', 'recs-v2'],
    ['decommission the ct-2 imaging unit', 'deprovision', 'ct-2-imaging'],
    ['deprovision the squad-7 team', 'deprovision', 'squad-7-team'],
  ]);
});

describe("a token for a machine or a car park ('the Fuel Dock pump', 'the car wash') is a coin's or a ticket's", () => {
  neverActs([
    'token for the Fuel Dock pump please',
    'can I have a token for the Bay-4 car park barrier',
    'tokens for the B-wing washing machine pls',
    'need a token for the Jet Wash at Depot-2',
  ]);
  keeps([
    ['token for 2h please, pumping station reports to write', 'token'],
    ['token for the Bay-4 team for 3 hours', 'token'],
  ]);
});

describe("a key for premises named as a trade's rooms (a belfry, a mortuary, a bakehouse, a laundry) is a lock's", () => {
  neverActs([
    'key for the Belfry please, we are ringing at 10',
    'key for the Mortuary please, night porter lost his',
    "revoke the keys for the Old Bakehouse, we've sold it",
    'new key for the B-wing laundry',
    'spare keys for the tuning workshop?',
  ]);
  keeps([
    ['new key for the laundry-ops team', 'create_key', 'laundry-ops-team'],
    ['create an api key for the mortuary-records unit', 'create_key', 'mortuary-records'],
    ['rotate the bedrock key for the workshop-bots project', 'rotate', 'workshop-bots'],
  ]);
});

describe("a cage, a locker or a room named by its number ('Cage 14', 'Suite 5 cages') is a lock's key", () => {
  neverActs([
    'revoke the key for Cage 14',
    'rotate the key for Suite 5 cages',
    'new key for locker 212 pls, lost mine at the pool',
    'spare key for Room 4 at the depot?',
    'revoke the keys for cages 3 and 4, customer left',
  ]);
  reads([
    ['revoke the key for hack 12', 'revoke', 'hack-12'],
    ['rotate the key for cage-ops, it leaked', 'rotate', 'cage-ops'],
    ['new bedrock key for room-4-bot', 'create_key', 'room-4-bot'],
  ]);
});
