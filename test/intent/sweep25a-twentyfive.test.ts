/**
 * Round twenty-five, sweep25a: non-requests acted on, from a sweep of our words in other trades' senses (a
 * ferry operator, a ski resort, a funeral home, a bakery chain, a cinema chain, a golf club, a printing
 * works, a water utility, a prison service, a university press, a florist, a bank's call centre, a
 * mountain rescue team, a wine merchant, a bus company). Sentences of our own, written before the
 * parser's answer was looked at (other units, verbs, word orders, lengths, typos, Slack markup), and
 * look-alikes that must not change.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads } from './acted.js';

describe('a thing named by its noun and its own code ("hearse H-2", "borehole BH-12") is that thing, whatever the noun', () => {
  neverActs([
    'decommission hearse H-2, the chassis is rusted through',
    'deprovision borehole BH-7 pls, nitrates way over',
    'pls decommission gantry GT-3 before the winter',
    'deprovision the lectern LX-2 in the chapel',
    'decommission *kiln K-4* at the Bow bakery',
    'new key for the snowmobile SM-9 please, the old one snapped',
    'can we get a new key for the grader GR-12, lost it on the piste',
    'rotate sprinkler SP-14 to face the 9th green',
    'revoke turnstile TS-3, it lets people through for free',
    'deprovision Land Rover MR-2, chassis is shot',
    'new key for truck RCV-12 please',
  ]);
  keeps([
    ['deprovision the sm-3 team', 'deprovision', 'sm-3-team'],
    ['deprovision unit BH-12', 'deprovision', 'bh-12'],
    ['deprovision CT-2', 'deprovision'],
    ['rotate the key for the K-9 unit', 'rotate', 'k-9'],
    ['new api key for the hearse-booking team', 'create_key', 'hearse-booking-team'],
    ['key for pricing v2', 'create_key', 'pricing-v2'],
    ['deprovision hack 12', 'deprovision', 'hack-12'],
  ]);
  nothingAsked(['hearse H-2 was decommissioned last week', 'who has the key for snowmobile SM-3?']);
});

describe("a key for a room of the premises (a booth, a chamber, a cellar, a hut) is a lock's key", () => {
  neverActs([
    'new key for the projection booth on the second floor please',
    'need a new key for the pump chamber, lock rusted',
    'can i get a key for the wine cellar? stocktake tomorrow',
    'new keys for the lift hut at the top station pls',
    'Key for the *ticket booth* please, mine is bent',
    'spare key for the meter chamber at Elm Rd?',
    'new key for the embalming suite, the old one broke in the lock',
    'new key for the bonded cellar please',
    'new key for the projection booth',
    'key for the valve chamber at Reservoir-3 pls',
  ]);
  keeps([
    ['new key for the booth-ops team', 'create_key', 'booth-ops-team'],
    ['new key for the cellar-analytics unit', 'create_key', 'cellar-analytics'],
    ['api key for the chamber-music team pls', 'create_key', 'chamber-music-team'],
    ['new key for the growth team', 'create_key', 'growth-team'],
  ]);
  nothingAsked(['the key for the projection booth is on the hook', 'who has the key to the wine cellar?']);
});

describe("a person's access to a place or a thing (\"Gary's bridge access\") is another system's grant, the person no unit", () => {
  neverActs([
    "revoke Gary's bridge access, he moved to the Dover run",
    "pls revoke Aoife's vault access, she's on notice",
    "revoke *Tom's* depot access today",
    "can you revoke Mehmet's cellar access? stock went missing",
    'revoke Jo’s site access from monday',
    "revoke Gary's bridge access",
  ]);
  reads([
    ["revoke the growth team's key, it leaked", 'revoke', 'growth-team'],
    ["revoke the bridge-ops team's bedrock key", 'revoke', 'bridge-ops-team'],
    ['revoke the access key for depot-planning', 'revoke', 'depot-planning'],
  ]);
  nothingAsked(["Gary's bridge access was revoked on friday", "who revoked Aoife's vault access?"]);
});

describe('the key of a song or a hymn is music', () => {
  neverActs([
    "create a new key for the hymn, it's too high for the congregation",
    'new key for the anthem pls, the choir can’t reach the top note',
    'can we get a lower key for Abide With Me on thursday',
    'make a new key for the processional, a tone down',
    'need a key for the carol that the kids can sing',
    'new key of G for the choir pls',
  ]);
  keeps([
    ['new key for the choir-app team', 'create_key', 'choir-app-team'],
    ['create a key for the hymn-search unit', 'create_key', 'hymn-search'],
    ['new key for the song-recs team, 90 days', 'create_key', 'song-recs-team'],
    ['rotate the key of growth', 'rotate', 'growth'],
    ['create a key for the carols app team', 'create_key'],
  ]);
  nothingAsked(['what key is the hymn in?', 'the anthem is in the key of D']);
});

describe("a token for a ride or a vehicle (a tram, a ferry, a ski lift, a carousel) is the ride's", () => {
  neverActs([
    'token for the tram please, I lost my pass',
    'can i have a token for the carousel? the kid is crying',
    'tokens for the ferry pls, 4 foot passengers',
    'need 2 tokens for the chairlift',
    'a token for the *dodgems* please',
    'Token for the cable car, the machine ate my coin',
    'token for the T-bar please',
  ]);
  keeps([
    ['token for 2h please, testing the tram-times bot', 'token'],
    ['token for the ferry-booking demo, 1h', 'token'],
    ['new key for the carousel-recs team', 'create_key', 'carousel-recs-team'],
    ['rotate the key for the ferry-ops team', 'rotate', 'ferry-ops-team'],
  ]);
  nothingAsked(['the token for the tram is 2 quid now', 'who took the carousel tokens?']);
});

describe("a key holder is a person who holds the premises' keys, no key of ours", () => {
  neverActs([
    'rotate the key holders monthly so nobody gets stuck',
    'revoke Anil as key holder',
    'pls add Jess as keyholder for the Bow branch',
    'remove Dave from the key-holder list, he left',
    'we need to rotate key holders at the Leeds depot',
    'can you revoke *Tom* as a key holder? he moved away',
  ]);
  keeps([
    ['rotate the key for the keyholder-app team', 'rotate', 'keyholder-app-team'],
    ['revoke the growth key', 'revoke', 'growth'],
    ['rotate the key held by the ops team', 'rotate'],
    ['key holders for the payments team?', 'details', 'payments-team'],
    ['who are the key holders of the ferry-ops unit', 'details', 'ferry-ops'],
  ]);
  nothingAsked(['Sue is the key holder tonight', 'who is key holder at the Bow shop?']);
});

describe('staff named after their place or its code ("Bay-4 staff", "the Gate-3 guards") rotated are people', () => {
  neverActs([
    'rotate Bay-4 staff',
    'rotate the Bay-4 & Bay-5 cleaners',
    'rotate the Gate-3 guards every 2 hours',
    'pls rotate Dock-2 drivers onto nights',
    'rotate C-wing officers next week',
    'rotate the K-9 handlers, Bess needs a rest',
  ]);
  keeps([
    ['rotate the key for Bay-4', 'rotate', 'bay-4'],
    ['rotate the Gate-3 key', 'rotate', 'gate-3'],
    ['rotate the key for the dock-2 team', 'rotate', 'dock-2-team'],
  ]);
  nothingAsked(['Bay-4 staff were rotated yesterday']);
});

describe('a token with a lifetime for a coin machine or a ride ("a token for 2 hours for the car park") is the machine\'s', () => {
  neverActs([
    'I need a token for 2 hours for the car park',
    'token 2h for the jet-ski',
    'can I get a token for 2 hours for the pool table',
    'tokens for 30 min on the go-karts please',
    'pls a token for 45 mins for the *laundry*, dryer 3',
    'Token for 1h at the car wash?',
  ]);
  keeps([
    ['token for 2 hours for the parking-app demo', 'token'],
    ['token for 2h please, testing the car park api', 'token'],
    ['I need a token for 2 hours for the laundry-bot tests', 'token'],
    ['token 4h for the go-karts-booking team', 'token'],
  ]);
  nothingAsked(['the token for 2 hours at the car park costs £3', 'who has tokens for the go-karts?']);
});

describe('keys held by people named by their job ("the drivers", "the agency cleaners") are their door keys, the people no unit', () => {
  neverActs([
    'revoke the keys of the drivers who left',
    'revoke all keys issued to the cleaners',
    'revoke the staff keys for the Hamble marina',
    'pls revoke the keys for the porters, locks are being changed',
    'rotate the keys of the *stewards* every season',
    'revoke the cleaners keys tonight',
  ]);
  keeps([
    ['revoke the keys for the drivers-app team', 'revoke', 'drivers-app-team'],
    ['revoke the key for the cleaners-rota unit', 'revoke', 'cleaners-rota'],
    ['revoke all keys for the porter-bot project', 'revoke'],
    ['revoke the keys for staff-portal', 'revoke', 'staff-portal'],
    ['revoke the keys for the summer-interns unit', 'revoke', 'summer-interns'],
  ]);
  nothingAsked(['the drivers handed their keys back', 'who has the cleaners keys?']);
});
