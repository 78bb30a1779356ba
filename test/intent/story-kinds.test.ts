import { describe, expect, it } from 'vitest';
import { ACTING_INTENTS, type ParseResult } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * The request inside a story and inside a thread: which sentence asks, which values are its own,
 * what a quoted message or a colleague's mention changes, and what the writer adds after the request
 * to put it off or make it pointless.
 */

/** The engine would carry the parse out: an acting intent, no question, no problem. */
function acts(parse: ParseResult): boolean {
  return ACTING_INTENTS.has(parse.intent) && parse.question === undefined && !(parse.problems?.length ?? 0);
}

type Expected = Partial<ParseResult>;

function expectReading(text: string, want: Expected): void {
  const parse = parseRequest(text);
  const got: Record<string, unknown> = {};
  for (const key of Object.keys(want)) got[key] = parse[key as keyof ParseResult];
  expect(got).toEqual(want);
}

describe('a request put off or made pointless after it was made never acts', () => {
  it.each([
    "Could you deprovision old-analytics? Not today though, I'll ping you when the migration is done.",
    'Token 3h please. Oh, forget it, my colleague just shared the result with me.',
    'Rotate the billing key please. But only after the audit on the 15th, I will remind you.',
    'token 2h pls.. wait, my old one still works, ignore me',
    "Please revoke the partner-api key. Hmm, let's wait until legal confirms the contract end.",
    'create a key for doc-search, 60 days. no rush btw, we can do it next sprint',
    'I need a token for an hour. Oh nvm, the demo was moved to next week.',
    'could you rotate the kyc key? just saw Ana already rotated it an hour ago, so never mind',
    'Please create a key for ocr-lab. Update: they already have one, so no need.',
    "revoke the growth key please. ah wait, it's already revoked, sorry for the noise",
    'Rotate the ledger-sync key, please. Not now though, after the month-end close.',
    'token for 2h in frankfurt please. hm, actually not needed anymore, the job finished',
    "Deprovision the hack-week unit please. Let's hold that until everyone has exported their data.",
    'key for claims-ai pls, 30d. ignore this, wrong channel',
  ])('%s', (text) => {
    const parse = parseRequest(text);
    expect(acts(parse)).toBe(false);
    expect(parse.intent).toBe('unknown');
  });
});

describe('what follows a request without putting it off leaves it as it is', () => {
  it.each<[string, Expected]>([
    [
      'Please rotate the kyc key. It already leaked in a public channel this morning.',
      { intent: 'rotate', businessUnit: 'kyc' },
    ],
    ['Rotate the billing key please. The audit on the 15th flagged it.', { intent: 'rotate' }],
    ['Token for 2h please. My old one expired after the demo.', { intent: 'token', ttlSeconds: 7200 }],
    [
      'Please revoke the partner-api key now. Legal confirmed the contract ended yesterday.',
      { intent: 'revoke', businessUnit: 'partner-api' },
    ],
    [
      'create a key for doc-search, 60 days. we need it before next sprint',
      { intent: 'create_key', businessUnit: 'doc-search', expiryDays: 60 },
    ],
    ["Please create a key for ocr-lab. They don't have one yet.", { intent: 'create_key' }],
    ["token 1h please, I'll ping you if I need more", { intent: 'token', ttlSeconds: 3600 }],
    [
      'Please deprovision lighthouse. The migration is done and nobody uses it.',
      { intent: 'deprovision', businessUnit: 'lighthouse' },
    ],
    [
      // (A withdrawal with an object of its own takes back only that.)
      'please revoke the ads key, never mind the growth one',
      { intent: 'revoke', businessUnit: 'ads' },
    ],
    [
      // (A correction, not a withdrawal: still a revocation.)
      'revoke the hr-bot key. ok nvm I mean the hr-analytics one, sorry',
      { intent: 'revoke' },
    ],
  ])('%s', (text, want) => {
    expectReading(text, want);
  });
});

describe('a message that opens with a colleague and tells them what to do asks nothing of the bot', () => {
  it.each([
    '<@U05TOM> pls revoke the old sales key, you have admin',
    "<@U02PRIYA> can you rotate the checkout key when you're back?",
    '<@U08JULES> could you create a key for ops-bot after your meeting?',
    "<@U04NINA> you're the admin, can you deprovision test-unit?",
    '<@U06OMAR> when you are free, rotate the billing-etl key please',
  ])('%s', (text) => {
    const parse = parseRequest(text);
    expect(acts(parse)).toBe(false);
    expect(parse.intent).toBe('unknown');
  });
});

describe('a reply that asks for what the quoted message names', () => {
  it.each<[string, Expected]>([
    [
      '> the fraud-ml key was pasted in #random an hour ago\n<@U0BOTID> please revoke it',
      { intent: 'revoke', businessUnit: 'fraud-ml' },
    ],
    [
      '> heads up: the ledger-sync key showed up in a public gist\nok, rotate it now please',
      { intent: 'rotate', businessUnit: 'ledger-sync' },
    ],
    [
      '> the old credentials for vendor-bridge are still active\n<@U0BOTID> disable them',
      { intent: 'revoke', businessUnit: 'vendor-bridge' },
    ],
  ])('%s', (text, want) => {
    expectReading(text, want);
    // (Read through a quote: asked about before anything is done.)
    expect(acts(parseRequest(text))).toBe(false);
  });
});

describe("values of the story around a request are not the request's", () => {
  it.each<[string, Expected]>([
    [
      'I spent 4 hours debugging a 403 in Tokyo today. Anyway, token for 2h please.',
      { intent: 'token', ttlSeconds: 7200 },
    ],
    [
      'We spent two days in Frankfurt with the client last week. Could I have a token for 3 hours?',
      { intent: 'token', ttlSeconds: 10800 },
    ],
    [
      'The customer runs everything in Tokyo and their contract is for 12 months. Our team is hr-assist. Please make a key for hr-assist that expires in 30 days.',
      { intent: 'create_key', businessUnit: 'hr-assist', expiryDays: 30 },
    ],
    [
      'The workshop is for 3 days in Lisbon. I need a token for 4 hours for the first session.',
      { intent: 'token', ttlSeconds: 14400 },
    ],
    ['Our partners are mostly in Brazil. A token for 1 hour please.', { intent: 'token', ttlSeconds: 3600 }],
    [
      'the sales team in Stockholm uses their own key for a year already. for my own testing i only need a token for 30 min',
      { intent: 'token', ttlSeconds: 1800 },
    ],
    [
      'the ads team has had their key for 8 months already. please create one for ads-insights, 90 days',
      { intent: 'create_key', businessUnit: 'ads-insights', expiryDays: 90 },
    ],
    [
      'so last quarter we ran the churn job on a laptop for 3 months, then moved it to Virginia. now a key for churn-ml please, 6 months.',
      { intent: 'create_key', businessUnit: 'churn-ml', expiryDays: 180 },
    ],
    [
      'They flew to Singapore for 2 weeks to meet the bank. Token 2h please, for the follow-up.',
      { intent: 'token', ttlSeconds: 7200 },
    ],
    [
      'We built the prototype in Oregon over 6 weeks, then shipped it to Ohio. Rotate the proto-ml key please.',
      { intent: 'rotate', businessUnit: 'proto-ml' },
    ],
    [
      'The release is for 45 minutes tonight, I need access for 2 hours in case it goes wrong. Token please.',
      { intent: 'token', ttlSeconds: 7200 },
    ],
    [
      'Hey, token for 2h please. our customers are all in korea so seoul region',
      { intent: 'token', ttlSeconds: 7200, region: 'ap-northeast-2' },
    ],
    [
      'Our retro lasted 90 minutes and the main action item was key hygiene. Please rotate the doc-search key.',
      { intent: 'rotate', businessUnit: 'doc-search' },
    ],
    [
      'Context: our batch in Ireland ran for 6 hours last night and then died. Can I have a token for 2 hours in Frankfurt?',
      { intent: 'token', ttlSeconds: 7200, region: 'eu-central-1' },
    ],
    [
      'The last key we had for billing-ai expired after 180 days and nobody noticed. New key for billing-ai please.',
      { intent: 'create_key', businessUnit: 'billing-ai' },
    ],
    [
      'I got a 12h token yesterday for the migration. Today I only need 1 hour.',
      { intent: 'token', ttlSeconds: 3600 },
    ],
  ])('%s', (text, want) => {
    // (Every slot the request does not state comes back empty: no Region or lifetime from the story.)
    expectReading(text, { region: null, ttlSeconds: null, expiryDays: null, ...want });
  });
});
