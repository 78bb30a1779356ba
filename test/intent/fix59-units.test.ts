/**
 * Round fifty-nine, fix59 units: which words name the business unit.
 * - A unit's name of plain words before its key or unit noun is written whole, also where one of its words is a
 *   shortened word or a plain noun the readers took for a story's ("the maint triage key" read `triage`); left to the
 *   readers as before where the run is a person, a time, a place, a thing a locksmith's key opens, where a unit is named
 *   elsewhere or given right after it, and before "unit", where a machine is named ("the air handling unit").
 * - A tool's or a job's noun after a name in plain words is not the name's, as after a hyphenated name ("a key for the
 *   review replies tool" → review-replies; README: "the status-page bot" → status-page).
 * - A key's date is when, never whose: "ledger-sync: creation date and expiry of its key" read a unit "date".
 * - The tags that are no word of a name are one list for plain-unit-names.ts and spoken-unit-name.ts
 *   (name-stop-tags.ts); that change reads nothing differently.
 * Every sentence is the fixer's own.
 */
import { describe } from 'vitest';
import { neverActs, reads } from './acted.js';

describe('a plain-words name before its key or unit noun is read whole', () => {
  reads([
    ['rotate the sched triage key', 'rotate', 'sched-triage'],
    ['revoke the maint planner key please', 'revoke', 'maint-planner'],
    ['how old is the ops ledger key?', 'details', 'ops-ledger'],
    ['please revoke the wms picker key', 'revoke', 'wms-picker'],
    ['revoke the gis tiles key', 'revoke', 'gis-tiles'],
    ['rotate the pos receipts key, 60 day expiry', 'rotate', 'pos-receipts'],
    ['rotate the cx summary bot key', 'rotate', 'cx-summary-bot'],
    ['what does the loan memo key cost us this month?', 'spend', 'loan-memo'],
  ]);
});

describe("a tool's or a job's noun after a plain-words name is not the name's", () => {
  reads([
    ['api key for the claim notes tool please', 'create_key', 'claim-notes'],
    ['new api key for the intake forms tool please, 90 days', 'create_key', 'intake-forms'],
    ['new api key for the claims notes job please', 'create_key', 'claims-notes'],
    ['api key for the ward rounds tool please', 'create_key', 'ward-rounds'],
    ['new key for the bid drafts tool, owner <@U0ABCDEF1>', 'create_key', 'bid-drafts'],
    ['rotate the key for the spares lookup job please', 'rotate', 'spares-lookup'],
    // (typed with a hyphen it read so already)
    ['access keys for the invoice-scraper job pls', 'create_key', 'invoice-scraper'],
  ]);
});

describe("a key's date is no unit", () => {
  reads([
    ['ledger-sync: creation date and expiry of its key', 'details', 'ledger-sync'],
    ['harbour-ops — creation date of its key?', 'history', 'harbour-ops'],
    ['billing-bot: date created of its key please', 'history', 'billing-bot'],
    ['ops-digest: creation date of its key please', 'history', 'ops-digest'],
    ["what's the creation date of the ads key?", 'details', 'ads'],
    ['key creation for growth please', 'create_key', 'growth'],
  ]);
});

describe('the guard keeps what is no name out', () => {
  reads([
    // (a unit named elsewhere wins)
    ['rotate the blue moon key for price-engine', 'rotate', 'price-engine'],
    ['new key for the ops ledger, unit: fin-ops-core', 'create_key', 'fin-ops-core'],
    // (a time, a generic word, a place)
    ['rotate the monday batch key', 'rotate', null],
    ['revoke the demo key', 'revoke', null],
    ['rotate the testing key', 'rotate', null],
    ['revoke the key for the demo', 'revoke', null],
    ['rotate the tokyo support key', 'rotate', 'support'],
  ]);
});

describe('look-alikes are not acted on', () => {
  neverActs([
    'revoke the night shift key',
    'who took the server room keys home?',
    'who has the boiler tower keys?',
    'the maint triage key is fine, no need to rotate',
    'we rotated the ivr menus key yesterday',
    'the pricing sync tool keeps timing out',
    'create a key for the sales demo',
    'rotate the lisbon office key',
    'revoke the key for the weekend shift',
    'the claim notes tool is slow again today',
    'shut down the neonatal care unit',
    'the sched triage key was rotated last week',
    'is the ledger-sync creation date in the audit sheet?',
  ]);
});
