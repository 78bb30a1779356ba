/**
 * Round twenty-nine, sweep29: non-requests acted on, from a sweep of our words in other trades' senses (a laundry
 * and linen service, pest control, a driving school, plumbing and heating, a tattoo studio, a wedding planner, taxi
 * dispatch, scaffolding, pet grooming, a book publisher, a recycling depot, a coffee roastery, a hearing-aid clinic,
 * a sailing school, an escape-room business). Sentences of our own, written before the parser's answer was looked
 * at (other units, verbs, word orders, lengths, typos, Slack markup), and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads } from './acted.js';

describe("a key for a lock, a shutter, an ignition or a dwelling named by a code is a locksmith's key", () => {
  neverActs([
    'new key for the Bay-4 roller shutter please',
    'key for the SB-1 ignition pls, the float keyring sank',
    'new key for the Vault-3 prop lock, someone took it home',
    'new key for the Escape-Room B-wing lockbox',
    'new key for the Dock-2 roller shutter, the motor jammed',
    'spare key for the RB-4 ignition please',
    'new key for the Cell-C lock pls',
    'new keys for the Unit-3 shutters asap',
    'key for the Plot-9 caravan please, the owners are away',
    'new key for the Block-C flats — the caretaker has none left',
    '*new key* for the Room-3 lockbox',
    'revoke all keys for the Bay-4 flats, tenants changed',
  ]);
  reads([
    ['new key for the lock-screen team', 'create_key', 'lock-screen-team'],
    ['new key for the shutter-ops unit', 'create_key', 'shutter-ops'],
    ['rotate the key for the ignition-data team', 'rotate', 'ignition-data-team'],
    ['new key for the flat-pricing team please', 'create_key', 'flat-pricing-team'],
    ['create a bedrock key for the Bay-4 team', 'create_key', 'bay-4-team'],
    ['new api key for the CT-2 unit', 'create_key', 'ct-2'],
  ]);
  nothingAsked([
    'the Bay-4 shutter key is on the hook in the office',
    'who has the key for the SB-1 ignition?',
  ]);
});

describe("a spare gone missing or lost, told beside a bare key, is a car's or a door's key", () => {
  neverActs([
    'new key for the dual-control Fiesta, the spare went missing',
    "new key for the Astra please, the spare's gone missing",
    'can we get another key for the Transit, lost the spare at the tip',
    'key for the blue Berlingo — Dan lost the spare',
    'Need a new key for the dual control Corsa. The spare key vanished.',
    'new key for the Octavia-2, spare has disappeared',
  ]);
  keeps([
    ['new api key for the fleet-ops team please, the old one went missing', 'create_key', 'fleet-ops-team'],
    ['rotate the growth key, a spare copy was pasted in slack', 'rotate', 'growth'],
    ['new key for the driving-school unit pls', 'create_key', 'driving-school'],
  ]);
  keeps([['I lost my token, new one for 2h please', 'token']]);
  nothingAsked(['the spare went missing again lol']);
});

describe("our verb on the keys of a vehicle named by its noun and code ('the keys to van PH-6') goes with the lock's key", () => {
  neverActs([
    'revoke the keys to van PH-6',
    'rotate the keys for truck HGV-3, driver left',
    'revoke the key to cab TX-9',
    'revoke all the keys for lorry SC-11',
    'pls rotate the keys to boat RB-2',
    'Revoke the key for *minibus MB-2*',
  ]);
  reads([
    ['revoke the keys for team CT-2', 'revoke', 'ct-2'],
    ['rotate the key for unit RCV-12', 'rotate', 'rcv-12'],
    ['revoke the keys for project PH-6', 'revoke', 'ph-6'],
    ['revoke the api key for van-routing', 'revoke', 'van-routing'],
  ]);
});

describe("a person's access, bare or to a coded place ('revoke Lisa's Bay-4 access'), is no unit's credential", () => {
  neverActs([
    "revoke Lisa's Bay-4 access, she's left the yard",
    "revoke Lisa's access, she's left the yard",
    "revoke Priya's Gate-2 access",
    "pls revoke Ben's B-wing access, contract ended",
    "can you revoke Sarah's Bay-7 access today",
    "revoke Ryan's access asap",
    "remove Tom's Unit-9 access",
  ]);
  reads([
    ["revoke growth's access key", 'revoke', 'growth'],
    ["revoke data-eng's key, it leaked", 'revoke', 'data-eng'],
    ["rotate the ads-ml team's access key", 'rotate', 'ads-ml-team'],
  ]);
  nothingAsked(["Lisa's Bay-4 access was revoked on friday"]);
});

describe("a grant of another trade named by a code before it ('revoke Tower-2 permits') is no key of ours", () => {
  neverActs([
    'revoke Tower-2 permits',
    'revoke CT-2 passes for the agency staff',
    'revoke the Dock-3 permits, the job is done',
    'suspend the A320-neo crew badges',
    'cancel the Room-4 bookings for saturday',
    'revoke Zone-5 licences asap',
  ]);
  reads([
    ['revoke the CT-2 key', 'revoke', 'ct-2'],
    ['revoke the Tower-2 api key', 'revoke', 'tower-2'],
    ['revoke all K-9 keys', 'revoke', 'k-9'],
  ]);
});

describe("a key safe named by its place's code or name ('the Bay-4 key safe') is a lock's box, its code no key", () => {
  neverActs([
    'reset the key code on the Bay-4 key safe',
    'rotate the code on the CT-2 key safe, the agency had it',
    'change the combo of the Tower-2 key safe pls',
    'reset the K-9 van key safe',
    'new code for the Dock-3 key safe please',
    'can someone reset the *B-wing* key safe',
  ]);
  keeps([
    ['rotate the growth key, is it safe to keep the old one?', 'rotate', 'growth'],
    ['rotate the CT-2 key please', 'rotate', 'ct-2'],
    ['new api key for the key-safe team', 'create_key', 'key-safe-team'],
  ]);
  neverActs(['is the Bay-4 key safe?', 'keep the ads key safe please']);
});

describe("a key changed to a note ('the key of Perfect to D', 'drop the key to Bb') is music", () => {
  neverActs([
    'change the key of Perfect to D for the first dance',
    'can we move the key of Thinking Out Loud down to C for the couple',
    "drop the key to Bb, the singer's struggling",
    'transpose the key of Ave Maria to G',
    'change the key to F# please, Sara can’t reach it',
    'rotate the key up to E minor for the last chorus lol',
  ]);
  reads([
    ['rotate the growth key to 90 days', 'rotate', 'growth'],
    ['change the key for team D-4 please', 'rotate', 'd-4'],
    ['rotate the key for c-suite-ai', 'rotate', 'c-suite-ai'],
  ]);
  neverActs(['what key is it in, D or E?']);
});

describe("a site's or a door's codes rotated ('the access codes for the Tower-2 site') are a lock's, no credential", () => {
  neverActs([
    'rotate the access codes for the Tower-2 site',
    'rotate the door codes for Bay-4',
    'change the gate codes at the CT-2 yard',
    'rotate the keypad PINs for B-wing please',
    'rotate the alarm codes for the Unit-7 shop, Sam left',
    'pls rotate *entry codes* on the K-9 kennels',
  ]);
  reads([
    ['rotate the access key for CT-2', 'rotate', 'ct-2'],
    ['rotate the access keys for the Tower-2 team', 'rotate', 'tower-2-team'],
    ['rotate the bedrock key for the door-codes team', 'rotate', 'door-codes-team'],
  ]);
});

describe("a box, a door or a lid told locked beside a bare key is a lock's key", () => {
  neverActs([
    'key for the Pharaoh-Room please, the box is locked',
    "new key for the Cell-B chest, it's locked and the clue's inside",
    'key for the CT-2 drawer pls, the drawer is locked',
    'need the key for Vault-3, door is locked again',
    'key for the Lab-X please — the cabinet got locked by accident',
  ]);
  keeps([
    ['new key for the vault-3 team, the old one was locked down after the leak', 'rotate', 'vault-3-team'],
    ['rotate the lab-x key, the account is locked', 'rotate', 'lab-x'],
    ['new api key for the locked-box project', 'create_key', 'locked-box'],
  ]);
});

describe("a unit named as who needs a key for its van, its shutter or its cage ('the CT-2 unit needs a new key for their van') asks a lock's key", () => {
  neverActs([
    'the CT-2 unit needs a new key for their van',
    'the Bay-4 team needs a new key for the shutter',
    'K-9 squad needs a spare key for their kennel block',
    'the night-ops crew need new keys for the gate, lock was swapped',
    'Tower-2 team needs a key for its site container pls',
    'the B-wing unit wants a new key for the boiler',
  ]);
  reads([
    ['the CT-2 unit needs a new key for bedrock', 'create_key', 'ct-2'],
    ['the Bay-4 team needs a new api key', 'create_key', 'bay-4-team'],
    ['the van-routing team needs a new key', 'create_key', 'van-routing-team'],
  ]);
  keeps([['new key for the growth team, their old one leaked', 'rotate', 'growth-team']]);
});

describe("a unit's own things ('the K-9 unit's dogs', 'the K-9 unit's cage') taken by our verb or a key are the things, not the unit", () => {
  neverActs([
    "new key for the K-9 unit's cage",
    "rotate the CT-2 team's tyres on friday",
    "revoke the B-wing crew's gate passes",
    "new keys for the night-ops squad's lockers please",
    'rotate the Bay-4 team’s vans between sites',
  ]);
  reads([
    ["rotate the K-9 unit's key", 'rotate', 'k-9'],
    ["revoke the CT-2 team's api key", 'revoke', 'ct-2-team'],
    ["rotate the night-ops squad's keys", 'rotate', 'night-ops-squad'],
  ]);
});

describe("animals rotated ('the K-9 dogs', 'the ponies between paddocks') are passed round a trade's posts, no key rotated", () => {
  neverActs([
    'rotate the K-9 dogs',
    "rotate the K-9 unit's dogs",
    'rotate the ponies between the paddocks',
    'rotate the Bay-4 horses tomorrow',
    'pls rotate the *grooming dogs* so Bella gets a break',
    'rotate the sheep onto the top field',
    'we need to rotate our hounds, Rex is knackered',
  ]);
  reads([
    ['rotate the dogs-api key', 'rotate', 'dogs-api'],
    ['rotate the key for the horses team', 'rotate', 'horses-team'],
    ['rotate the cattle-ml key please', 'rotate', 'cattle-ml'],
    ['rotate the K-9 key', 'rotate', 'k-9'],
    ["revoke ads-ml's key, it's the one in the screenshot", 'revoke', 'ads-ml'],
    ["rotate kyc's credentials, that's the annual review", 'rotate', 'kyc'],
  ]);
});

describe("a key for a place or a set called by a Title Case possessive name ('the Pharaoh's Tomb') is a lock's key", () => {
  neverActs([
    "new key for the Pharaoh's Tomb",
    "key for the Captain's Cabin please",
    "new key for the Miller's Barn, the tenant moved out",
    "revoke the key for the Witch's Cottage, a player took it home",
    "spare key for the Dragon's Lair set pls",
    "new keys for the *Smuggler's Cove* room",
  ]);
  reads([
    ["rotate Growth's key", 'rotate', 'growth'],
    ["revoke Marketing's api key please", 'revoke', 'marketing'],
    ["new key for the Ads team's crawler", 'create_key', 'ads-team'],
  ]);
  neverActs(["who has the key for the Pharaoh's Tomb?"]);
});
