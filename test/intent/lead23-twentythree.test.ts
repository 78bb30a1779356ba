/**
 * Round twenty-three, the lead's own sweeps (texts of its own in trades the corpus lacks: a crypto exchange, a
 * vet clinic, a theatre, a security consultancy, a library; and troubleshooting of a held token). Each group:
 * what was acted on before, its look-alikes, and the requests of the same shape that must still act.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, neverActs, nothingAsked } from './acted.js';

describe('a token of another kind: a printer, a locker, a crypto token', () => {
  nothingAsked([
    'token for the printer, 2h, the one in the basement',
    'need a token for the photocopier on floor 3',
    'locker token for the gym, 4h',
    'token unlock for SOL-2 happens in 6h, expect volatility',
    'the token sale opens in 2h, marketing is ready',
    'airdrop for token holders in 12h',
  ]);
  keeps([
    ['token for 3h please, running the catalogue summariser', 'token'],
    ['token for the printer-api service, 2h', 'token'],
  ]);
});

describe("a key made in a client's or partner's own system is theirs", () => {
  neverActs([
    "for the pentest, create an api key in the client's staging tenant, 7 days",
    "generate a new api key in the customer's prod account for the integration",
    'create a key for the sync job in the partner’s workspace',
    'please rotate the api key in their tenant, the client asked',
  ]);
  keeps([
    ['create an api key for the pentest-tools team, 7 days', 'create_key', 'pentest-tools-team'],
    ['rotate the client-portal key, it was in a screenshot', 'rotate', 'client-portal'],
  ]);
});

describe('a request answered as done in the same message is a report', () => {
  nothingAsked([
    'rotate the ads key? already done by Priya this morning',
    'rotate the ads key? done',
    'revoke the growth key - already revoked by Sam',
    'revoke the growth key? Priya already did',
    'rotate the ads key? done already 👍',
  ]);
  neverActs(['rotate the ads key? already done, but please revoke the growth key']);
  keeps([
    ['rotate the ads key when the migration is done', 'rotate', 'ads'],
    ['create a key for done-right', 'create_key', 'done-right'],
  ]);
  it('a request after a report of another one done is still read', () => {
    expect(parseRequest('rotate the ads key, already did the growth one').intent).toBe('rotate');
  });
});

describe('a person named with a title is no unit', () => {
  it.each([
    'create a key for dr. okafor',
    'create a key for Dr. Okafor',
    'create a key for prof. lee',
    'create a key for mr smith',
    'create a key for Dr Patel please',
  ])('%j asks which unit', (text) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('create_key');
    expect(parse.businessUnit).toBeNull();
    expect(acted(text)).toBe(false);
  });
  keeps([
    ['revoke the key Dr. Chen created for growth', 'revoke', 'growth'],
    ['now that Dr. Patel retired, deprovision the cardio-ml unit', 'deprovision', 'cardio-ml'],
    ['create a key for the dr-notes team', 'create_key', 'dr-notes-team'],
    ['create a key for the ms-teams bot', 'create_key', 'ms-teams'],
  ]);
});

describe('a held token told of as failing is a report, not a new request', () => {
  nothingAsked([
    'my token for 4h says invalid signature, any idea?',
    'my token for 4h says invalid signature',
    'my 4h token throws AccessDenied',
    'my token for 6h returns 403 on claude',
    'the 2h token gives ExpiredTokenException',
  ]);
  keeps([
    ['my token expired, need a new one for 2h', 'token'],
    ['my token for 4h says invalid signature, can I get another one for 4h?', 'token'],
    ['the token keeps failing, pls give me a new one for 2h', 'token'],
    ['ExpiredTokenException mid-incident, new token, 6h', 'token'],
    [
      "since the token keeps expiring on our nightly job, we'd like a long-term key for the nightly-eval team",
      'create_key',
      'nightly-eval-team',
    ],
  ]);
});

describe("a vehicle's key is no key of ours", () => {
  nothingAsked([
    'need a key for the van for 4 hours tomorrow',
    'need a key for the truck',
    'who has the forklift keys?',
  ]);
  keeps([['create a key for the van-tracker team', 'create_key', 'van-tracker-team']]);
});

describe('a lower-case given name asked "can you" puts the request to that person', () => {
  nothingAsked([
    'bob can you deprovision falcon tomorrow?',
    'sam can you rotate the ads key?',
    'priya can you revoke the growth key',
    'john could you create a key for payroll',
  ]);
  keeps([['max can you give me a token for 2h', 'token']]);
});

describe("shown, quoted or scheduled: the docs' example, a policy's rule, a ticket's quoted title, a change scheduled", () => {
  neverActs([
    'docs example: /bedrock revoke growth --all',
    'the docs say: rotate the key every 90 days',
    'guide: /bedrock token 4h',
    'Per policy, revoke keys of leavers within 24h.',
    'as per policy, rotate keys of leavers within 24h',
    'Jira: BEDROCK-12 "Create key for payroll" - assigned to me',
    'PROJ-12 "rotate the ads key" is done',
    'Change request: rotate ads key, scheduled Sat 02:00',
    'rotate the ads key, scheduled for tomorrow',
  ]);
  keeps([
    ['Per security policy, please rotate the ads key now', 'rotate', 'ads'],
    ['per policy, revoke the growth key, it leaked', 'revoke', 'growth'],
    ['Jira: INFRA-77 "Decommission Bedrock access for falcon" can you do it', 'deprovision', 'falcon'],
    ['rotate the ads key now, the scheduled job needs it', 'rotate', 'ads'],
  ]);
});
