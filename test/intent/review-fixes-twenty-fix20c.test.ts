/**
 * Round twenty, fix20c: what code review C found. A form of a duration, a purpose and a requester asks
 * for a token only when it names one; a form whose story reports the action done is not carried out;
 * ", no exceptions" takes nothing back; "ex SYD" is a flight's airport only with a flight's movement;
 * placeholder values ("Coming Soon", "TBD") are no unit; "make sure we …" is no command, and "due"
 * alone is not "due now". Sentences of our own written before the parser's answer was looked at.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, neverActs, nothingAsked } from './acted.js';

describe('a form of a duration, purpose and requester names no token: read whole (finding 1)', () => {
  nothingAsked([
    'Duration: 2 hours\nLocation: Room 4B\nPurpose: quarterly planning offsite\nRequested by: Dana',
    'Duration: 1h\nPurpose: sprint planning\nRequested by: Priya',
    'Duration: 30 minutes\nDescription: 1:1 with Alex\nRequested by: Alex',
    'Duration: 2h\nNotes: parking bay reserved for the delivery van\nContact: reception',
    'How long: 2h\nReason: dentist appointment\nApprover: my manager',
    'Duration: 90 minutes\nReason: volunteer orientation\nRequested by: Maria',
    'How long: 1 hour\nPurpose: budget review with finance\nRequester: Tom',
    'Duration: 4h\nNotes: crane hire for the east wing\nContact: Sam',
  ]);
  neverActs([
    // (The prose guesses a token from these and asks; the form makes it no token.)
    'Duration: 45 minutes\nPurpose: fire drill walkthrough\nRequested by: site office',
    'Duration: 2 hours\nPurpose: team lunch\nRequested by: Dana',
    'Duration: 1h\nPurpose: interview panel\nRequested by: HR',
  ]);
});

describe('a form that names a token still asks for one (look-alikes)', () => {
  keeps([
    ['TTL: 4h\nPurpose: winter ops briefing summaries\nRequested by: <@U06ABC123>', 'token'],
    ['Token TTL: 2h\nPurpose: demo prep\nRequested by: Dana', 'token'],
    ['Token duration: 1h\nReason: testing the summariser\nRequested by: Priya', 'token'],
    ['Duration: 2h\nPurpose: Bedrock testing for the claims summariser\nRequested by: Dana', 'token'],
    ['Duration: 3 hours\nPurpose: temporary credentials for the hackathon\nRequested by: Lee', 'token'],
    ['TTL: 30 minutes\nReason: quick Claude experiment\nRequester: Tom', 'token'],
  ]);
});

describe('a form whose story reports the action done is not carried out (finding 2)', () => {
  neverActs([
    'Type: rotate\nTeam: growth\nWhy: the ticket bot rotated it at 9am',
    'Type: rotate\nTeam: growth\nWhy: the ticket bot rotated it at 9am, FYI',
    'Type: revoke\nTeam: growth\nReason: security revoked it on Monday, logging for the audit',
    'Type: rotate\nTeam: growth\nNotes: rotated by the on-call engineer at 02:00',
    'Type: rotate\nTeam: growth\nWhy: rotate the tyres on the van before the trip',
    'Type: revoke\nTeam: payroll\nReason: Kim revoked it yesterday after the leak',
    'Type: rotate\nTeam: ads\nNotes: was rotated this morning by the pipeline',
    'Action: revoke\nTeam: crew-roster\nWhy: revoked last week, logging it here',
    'Type: rotate\nTeam: fundraising\nReason: the cron job rotated it overnight',
    'Type: revoke\nProject: tender-ai\nNotes: IT revoked the key when Sam left',
    'Type: rotate\nTeam: growth\nWhy: fyi, rotated by ops on Friday',
    'Action: revoke\nTeam: growth\nReason: sorry wrong channel',
  ]);
});

describe('forms that ask for an action still act on it (look-alikes)', () => {
  keeps([
    ['Type: rotate\nTeam: growth\nWhy: annual rotation per policy', 'rotate', 'growth'],
    ['Type: revoke\nTeam: payroll\nReason: the key leaked in a public repo', 'revoke', 'payroll'],
    ['Action: rotate\nTeam: ads\nNotes: quarterly rotation', 'rotate', 'ads'],
    ['Type: rotate\nTeam: crew-roster\nWhy: compliance requirement', 'rotate', 'crew-roster'],
  ]);
});

describe('", no exceptions" takes nothing back (finding 3)', () => {
  it.each([
    'revoke all keys for growth, no exceptions, even the api key',
    'revoke every key for growth; no exceptions - that includes the access key',
    'rotate all keys for payroll, no exceptions, the api key too',
    'revoke all keys for ads - no exceptions, including the access key',
    'revoke every key for crew-roster, no matter which key',
    'rotate all the keys for growth, no doubt the api key is leaked too',
    'revoke all keys for fundraising, no really, the api key as well',
    'revoke all keys for estimating; no exception for the access key',
  ])('%j keeps all', (text) => {
    expect(parseRequest(text).all).toBe(true);
  });
  it.each([
    'revoke all keys for payroll? no, only the access key',
    'rotate the keys for growth? no wait, just the api key',
  ])('%j is still one key', (text) => {
    expect(parseRequest(text).all).toBe(false);
  });
});

describe('"ex SYD" with no flight keeps its Region (finding 4)', () => {
  it.each([
    ["token 2h, I'm flying ex SYD so use that region", 'ap-southeast-2'],
    ['token 2h, travelling ex SYD, use that region', 'ap-southeast-2'],
    ['token 3h in SYD please', 'ap-southeast-2'],
    ['need a token for 2 hours, based ex SYD, same region please', 'ap-southeast-2'],
    ['*token* 2h, ex SYD, use that region', 'ap-southeast-2'],
  ])('%j', (text, region) => {
    expect(parseRequest(text).region).toBe(region);
  });
  it.each([
    'token 2h for the ops summariser, BA283 diverted DUB',
    'token 1h, QF1 landed at SIN, need the summary',
    'token 2h, flight diverted to LHR, summarise the delay codes',
    'token 1h for the ops log, QF1 ex SYD delayed',
  ])('%j keeps the flight airport out of the Region', (text) => {
    const region = parseRequest(text).region;
    expect(region === null || region === undefined).toBe(true);
  });
});

describe('placeholder values are no unit (finding 6)', () => {
  it.each([
    'Action: create key\nTeam: Coming Soon\nExpiry: 90',
    'Action: create key\nTeam: Unsure Yet\nExpiry: 90',
    'Action: create key\nTeam: TBD\nExpiry: 90',
    'Action: create key\nTeam: TBC\nExpiry: 30',
    'Action: create key\nTeam: N/A\nExpiry: 90',
    'Action: create key\nTeam: Not Sure\nExpiry: 90',
    'Action: create key\nTeam: Unknown\nExpiry: 60',
    'Action: create key\nBusiness unit: To Be Confirmed\nExpiry: 90',
  ])('%j names no unit and is not acted on', (text) => {
    const parse = parseRequest(text);
    expect(parse.businessUnit ?? null).toBe(null);
    expect(acted(text)).toBe(false);
  });
  keeps([
    ['Action: create key\nTeam: Temporary Works\nExpiry: 90', 'create_key', 'temporary-works'],
    ['Action: create key\nTeam: Emergency Appeals\nExpiry: 90', 'create_key', 'emergency-appeals'],
  ]);
});

describe('"it\'s due then" and "make sure we …" are no request now (finding 5)', () => {
  neverActs([
    "when the contractor leaves we'll need to revoke their key, it's due then",
    'make sure we revoke growth after the audit',
    'make sure we rotate the ads key once the migration is done',
    "the payroll rotation is due next month, it's due then",
    "we'll rotate the ads key when the contract ends, it's due then",
    'make sure we rotate the growth key after the freeze',
    'OKR: revoke unused keys every quarter, due then',
    "Rule #3: rotate the ads key every quarter. it's that time",
  ]);
  it.each([
    "when the contractor leaves we'll need to revoke their key, it's due then",
    'make sure we revoke growth after the audit',
    'make sure we rotate the ads key once the migration is done',
  ])('%j reads as nothing', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });
  keeps([['create key for the Safety Office once the SMS audit is signed off', 'create_key']]);
  // (Read as rotate, asked, when written; since the round's last retrain the classifier reads it as a
  // statement: a request dropped, never acted on. Left, and said in the round's note.)
  it('"policy is to rotate every 90 days, and it\'s time again. team growth" is not acted on', () => {
    expect(acted("policy is to rotate every 90 days, and it's time again. team growth")).toBe(false);
  });
});

// (README: "for hack 12" → hack-12, but a usual lifetime after a name is not the name's, "a key for
// growth 90". So "create key hack 90" is 90 days, never unit hack-90; "hack" alone is read as no unit's
// name, so the unit is missing and the request asked about.)
describe('"create key hack 90": a usual lifetime after a name is not the name\'s (README)', () => {
  it('is 90 days, not unit hack-90, and asked', () => {
    const parse = parseRequest('create key hack 90');
    expect([parse.intent, parse.expiryDays]).toEqual(['create_key', 90]);
    expect(parse.businessUnit).not.toBe('hack-90');
    expect(acted('create key hack 90')).toBe(false);
  });
  it('"create a key for hack 12" is unit hack-12', () => {
    expect(parseRequest('create a key for hack 12').businessUnit).toBe('hack-12');
  });
});
