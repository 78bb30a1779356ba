/**
 * Round fifty-nine, fix59 quiet: texts that are no request read as one (most shown as a question, but the reading
 * was wrong). Every row is the fixer's own sentence, written for the kind:
 *  - another system's access given or taken ("give the new intern access to the CRM", "revoke the access of the old
 *    cleaner to our rota system"), a shop's fixtures rotated ("rotate the window displays on Thursday"), an approval
 *    or a promotion revoked, another trade's things listed ("list all cold rooms with …"), spend on a marketer's
 *    channel or on swag, a device's models ("which forklift models"), a game's or a licence's keys ("Steam keys"),
 *    a numbered thing's history ("history for truck 4471"), an event's details ("details of the accident"):
 *    not-ours.ts;
 *  - a need told in the future after its condition ("if we win the tender, we will need a key", dropped-plan.ts);
 *  - a colleague named first and asked to act for a writer who is leaving, held at a till, or not allowed
 *    (addressee.ts).
 * The requests beside them, with the same words, keep their intent and unit.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked, stillActs } from './acted.js';

describe('chatter with our words asks nothing', () => {
  nothingAsked([
    'please revoke the access of the old cleaner to our rota system, she left in June',
    "revoke the night porter's CCTV access, he moved to another hotel",
    'could you give the new intern access to the CRM? she starts Monday',
    'can someone give the locum admin access to the intranet before Friday',
    'rotate the window displays on Thursday, the spring range arrives',
    'we rotate the deep fryer oil every three days in summer',
    'revoke the fire safety approval for block C, the new certificate replaces it',
    'revoke the 3-for-2 promo on sandwiches from tomorrow',
    'list all cold rooms with temperatures over 5 degrees last night',
    'list of pallets needing shrink wrap before the truck leaves: 12, 14, 19',
    'can you list all open NCRs for Bosch please',
    'how much did we spend on paid search in October?',
    'we spent way too much on swag for the trade show',
    'which forklift models can lift two tonnes?',
    'the courier ordered 40 new headsets for the call centre: which models?',
    'new tablet models list for the school order: iPad 10, Galaxy Tab A9',
    'my son wants to show you the models he built at the airfix club',
    'I need 20 Steam keys for the playtest group, can Jonas generate them?',
    'revoke the review build keys on steamworks, one was sold on a grey market site',
    'our licence keys for the CAD seats expire in March',
    'history for truck 4471 please, the driver says the tachograph is wrong',
    'order 88213 history: packed 09:10, dispatched 11:40, delivered 16:02',
    'details of the accident on platform 3 are in the incident log',
    'details of the sales commission for Lisbon pls? the spreadsheet is old',
    "if the council approves the pilot, we'll need an api key for the parking-bot unit sometime next year",
    'if we win the tender, we will need a key for a new unit probably',
    "<@U07ALICE1> can you rotate the billing-api key once the release is out? I'm off in 15",
    "<@U07MARCO2> could you create the loyalty-app key for me? I'm not sure I'm allowed",
    "<@U07RITA33> could you revoke the kiosk-ads key for me? I'm stuck at the front desk till 6",
  ]);
});

describe('requests with the same words keep their reading', () => {
  keeps([
    ['revoke the access key of the rota-sync unit', 'revoke', 'rota-sync'],
    ['rotate the displays-team key please', 'rotate', 'displays-team'],
    ['rotate the key for fryer-monitor every 30 days', 'rotate', 'fryer-monitor'],
    ['revoke the growth key, the approval was a mistake', 'revoke', 'growth'],
    ['list all units with keys expiring this week', 'list'],
    ['how much did growth spend on bedrock last month?', 'spend', 'growth'],
    ['which claude models can I use in frankfurt?', 'models'],
    ['which models are available in us-east-1?', 'models'],
    ['api key for the game-studio unit please', 'create_key', 'game-studio'],
    ['create a key for the steam-analytics team', 'create_key', 'steam-analytics-team'],
    ['history for the ads unit over the last 30 days', 'history', 'ads'],
    ['details of the claims team please', 'details', 'claims-team'],
    ["we'll need an api key for the parking-bot unit, please create it", 'create_key', 'parking-bot'],
    ["<@U07BEDR0CK> rotate the billing-api key, I'm off in 15", 'rotate', 'billing-api'],
  ]);
  // (the changes among them are carried out as they stand; lookups are answered, which acted() does not count)
  stillActs([
    'revoke the access key of the rota-sync unit',
    'rotate the displays-team key please',
    'revoke the growth key, the approval was a mistake',
    'api key for the game-studio unit please',
    'create a key for the steam-analytics team',
    "we'll need an api key for the parking-bot unit, please create it",
  ]);
});
