/**
 * Round twenty-six, things26: everyday things of other trades (a box, a crane, a bay's staff, a cellar, a
 * locker, a van) read as business units and acted on, a person called by a model's name read as the provider,
 * an aside taken back in brackets that took the request with it, and a unit's prose name of two capitalised
 * words after 'project' / before 'team' / 'unit' read as nothing. Sentences of our own, written before the
 * parser's answer was looked at, and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked, reads } from './acted.js';

describe("a physical thing named by noun and code or proper name ('the CCTV-3 box', 'the Titan crane') is no unit; its key no credential of ours", () => {
  neverActs([
    'new key for the CCTV-3 box',
    'rotate Bay-4 and Bay-5 staff',
    'deprovision the Titan crane',
    'need a new key for locker B12, lost mine at the pool',
    'can someone get a new key cut for van 7? the old one snapped',
    'lost the key to the Atlas forklift, need a new one before the morning shift',
    'revoke the spare key for the Kiln-2 room, the contractor never gave it back',
    '*new key* for the Pump-6 cabinet pls',
    'rotate the pickers on Dock-2 and Dock-3 next week',
    'please deprovision the old Hercules press, it goes to scrap on friday',
    'pls revoke the key for the *Goliath* crane, operator quit',
    'rotate the gym-3 box key',
    'rotate staff on Bay-4',
    'new key for the grain-2 silo',
    'rotate drivers between the depots',
  ]);
  nothingAsked([
    'new key for the CCTV-3 box',
    'deprovision the Titan crane',
    'need a new key for locker B12, lost mine at the pool',
  ]);
  // look-alikes that keep acting: a unit of ours, or a credential word of ours named
  reads([
    ['new key for the cctv-analytics team', 'create_key', 'cctv-analytics-team'],
    ['deprovision titan-search', 'deprovision', 'titan-search'],
    ['rotate the bedrock key for dock-scanner', 'rotate', 'dock-scanner'],
    ['new key for van-routing please', 'create_key', 'van-routing'],
    ["rotate bay-planning's key", 'rotate', 'bay-planning'],
    ['rotate growth on friday', 'rotate', 'growth'],
    ['revoke the old growth key on the jenkins box', 'revoke', 'growth'],
    ['revoke the growth key, someone copied the key to the jenkins box', 'revoke', 'growth'],
    ['new key for the silo-forecast team', 'create_key', 'silo-forecast-team'],
  ]);
  keeps([['an api key for the CCTV-3 box, it runs the bedrock captioning', 'create_key']]);
});

describe("a person called by a model's name ('Claude needs …') is a person, not the provider, and a cellar's key no credential", () => {
  neverActs([
    'Claude needs a new key for the wine cellar',
    'Nova wants a new key for the bike shed',
    'Titan lost his locker key, can he get a new one?',
    'can Claude get a key for the stationery cupboard?',
    'jurassic needs a new key to the tool room lol',
  ]);
  nothingAsked([
    'Claude needs a new key for the wine cellar',
    'Nova wants a new key for the bike shed',
    'Claude lost his badge, can you revoke it',
    'Titan needs his locker key replaced',
  ]);
  neverActs(['Claude broke the coffee machine, revoke his access lol']);
  // a colleague called Claude states no provider; the model named as what the token is for does
  exactly([
    { text: 'Claude needs a token for 2h', intent: 'token', ttlSeconds: 7200 },
    { text: 'token for claude, 2h', intent: 'token', ttlSeconds: 7200, provider: 'anthropic' },
  ]);
  // look-alikes: the model named for what the credential is for keeps the request
  reads([
    // (Not read yet: "a key for Claude summaries in growth", a unit after "in", is no unit to the finder.)
    ['a key for Claude summaries for growth', 'create_key', 'growth'],
    ["create a key for the growth team's Claude summaries", 'create_key', 'growth-team'],
    ['Claude key for growth pls', 'create_key', 'growth'],
    ['Claude needs a bedrock key for support-bot, can you make one', 'create_key', 'support-bot'],
  ]);
  keeps([
    ['token for Claude, 2h', 'token'],
    ['nova token for 1h please', 'token'],
  ]);
});

describe('an aside taken back in brackets leaves the request standing', () => {
  reads([
    ['api key for vpn-gw (the vpn login is a separate problem, ignore that)', 'create_key', 'vpn-gw'],
    ['rotate the ads key (the wiki login is another story, never mind)', 'rotate', 'ads'],
    ['new key for billing-api (ignore the jira thing, separate issue)', 'create_key', 'billing-api'],
    ["revoke growth's key (the printer password is a different problem, disregard that)", 'revoke', 'growth'],
    ['token for 2h please (the laptop thing is unrelated, ignore it)', 'token', null],
    ['rotate the growth key (my github token is a different issue, ignore it)', 'rotate', 'growth'],
    ['revoke risk-ml — the okta password is a separate problem, ignore that', 'revoke', 'risk-ml'],
  ]);
  // look-alikes: the take-back is the whole message's, or the aside is all there is
  neverActs([
    'api key for vpn-gw — actually ignore that, we do not need it',
    'rotate the ads key. never mind, ignore that',
    'new key for billing-api (ignore this, wrong channel)',
    'rotate the ads key, ignore it',
  ]);
  nothingAsked(['(the vpn login is a separate problem, ignore that)']);
});

describe("a unit's prose name of two capitalised words after 'project' or before 'team'/'unit' is the unit", () => {
  reads([
    ['rotate the key for project Night Shift', 'rotate', 'night-shift'],
    ['spend for the Box Office team', 'spend', 'box-office-team'],
    ['create a key for project Blue Harbour', 'create_key', 'blue-harbour'],
    ['revoke the key of project Silver Lining pls', 'revoke', 'silver-lining'],
    ['new key for the Ticket Sales unit', 'create_key', 'ticket-sales'],
    ["what's the spend for the Guest Services team this month?", 'spend', 'guest-services-team'],
  ]);
  // (and what a team so named holds, asked: "what do we have for …")
  reads([
    ['what do we have for the hotel bookings team', 'details', 'hotel-bookings-team'],
    ['what do we have for the photo archive team?', 'details', 'photo-archive-team'],
    ['what do we have for the Guest Wifi squad', 'details', 'guest-wifi-squad'],
  ]);
  // look-alikes: the same names in sentences that ask nothing
  nothingAsked([
    'what do we have for lunch',
    'what do we have for the kitchen team lunch',
    'project Night Shift starts on monday',
    'the Box Office team says the queue is long again',
    'the gate-scanning unit is rotated every 30 days by the vendor',
  ]);
  neverActs([
    'rotate the key for project Night Shift? no wait, keep it',
    // (A schedule for a key is a rule stated, not asked now, as reads22's "rotate the lab-automation key every
    // 90 days" is: rule-not-now.ts. Never acted on either way.)
    'rotate the key for the gate-scanning unit every 30 days',
  ]);
});
