import { describe, expect, it } from 'vitest';
import { ACTING_INTENTS, type IntentName, type ParseResult } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * What happens within a message as it goes on: a request taken back or put off after it was made,
 * a command replaced by another ("rotate X — hm no, revoke it"), a reply that quotes an earlier
 * request and corrects or confirms it, two requests in one message, and a request after a joke.
 */

/** The engine would carry the parse out: an acting intent, no question, no problem. */
function acts(parse: ParseResult): boolean {
  return ACTING_INTENTS.has(parse.intent) && parse.question === undefined && !(parse.problems?.length ?? 0);
}

describe('a request taken back or put off later in the message never acts', () => {
  it.each([
    'revoke every key of ml-search — actually hold off, the auditors want them as they are',
    'rotate the billing-api key. hmm, hold off on that for now',
    'please rotate the search-ranking key. I meant we should talk first',
    'deprovision team lighthouse... I meant we should ask Priya before anything',
    'token for 3 hours pls. actually wait, let me check with my lead',
    'create a key for geo-api, actually hold on',
    'revoke the churn-model key — hold off please, the job still runs on it',
    'rotate recsys-v2 now. wait. not yet',
    'deprovision pricing-lab — actually, let us wait until the migration is done',
    'rotate the key for sales-ops. on second thought, keep it until friday',
  ])('%s', (text) => {
    const parse = parseRequest(text);
    expect(acts(parse)).toBe(false);
    expect(parse.intent).toBe('unknown');
  });
});

describe('a command replaced by another later in the message: the later one, asked about', () => {
  it.each<[string, IntentName, string]>([
    ['rotate alerting-svc — hm no, revoke it', 'revoke', 'alerting-svc'],
    ['revoke the invoice-ocr key, sorry I meant rotate it', 'rotate', 'invoice-ocr'],
    [
      'rotate the key for claims-bot... actually no, just revoke it, the bot is retired',
      'revoke',
      'claims-bot',
    ],
    ['delete the doc-qa key, err, rotate it', 'rotate', 'doc-qa'],
    ['rotate legal-search, no wait, deprovision legal-search entirely', 'deprovision', 'legal-search'],
  ])('%s → %s %s', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe(intent);
    expect(parse.businessUnit).toBe(unit);
    expect(acts(parse)).toBe(false);
  });
});

describe('a take-back followed by a confirmation keeps the request (asked about)', () => {
  it.each<[string, IntentName, string]>([
    ['revoke all the keys for ads-bidding except... nah all of them, go', 'revoke', 'ads-bidding'],
    ['rotate every key of fraud-ml but the... no, all of them, go ahead', 'rotate', 'fraud-ml'],
  ])('%s → %s %s', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe(intent);
    expect(parse.businessUnit).toBe(unit);
    expect(parse.all).toBe(true);
  });
});

describe('a reply that quotes an earlier request', () => {
  it.each<[string, IntentName, Partial<ParseResult>]>([
    [
      '> rotate key for payments-ops\nsorry, I meant payments-disputes',
      'rotate',
      { businessUnit: 'payments-disputes' },
    ],
    ['> revoke the key for hr-bot\nI meant hr-analytics, sorry', 'revoke', { businessUnit: 'hr-analytics' }],
    [
      '> please rotate the key for ledger-sync\nno, for ledger-export. ledger-sync stays.',
      'rotate',
      { businessUnit: 'ledger-export' },
    ],
    [
      '> <@U0BOT42> revoke the voice-notes key\nno no, not revoke — just rotate it, the job is still live',
      'rotate',
      { businessUnit: 'voice-notes' },
    ],
    [
      '> we will need a key for route-planner after the launch\nok then please create it now, 30 days',
      'create_key',
      { businessUnit: 'route-planner', expiryDays: 30 },
    ],
  ])('%s → %s', (text, intent, slots) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe(intent);
    expect(parse).toMatchObject(slots);
    expect(acts(parse)).toBe(false);
  });

  it.each([
    "> <@U0BOT42> list all units\nwow, that's a long list, I had no idea",
    '> please rotate the key for ledger-sync\nhave we told the on-call people yet? lets sync at 3',
    '> revoke the key for hr-bot\nwhy would we do that?',
    '> rotate key for payments-ops\nI meant we should talk first',
  ])('%s → asks nothing', (text) => {
    const parse = parseRequest(text);
    expect(acts(parse)).toBe(false);
    expect(ACTING_INTENTS.has(parse.intent)).toBe(false);
  });
});

describe('two requests in one message: the first, the second offered', () => {
  it.each<[string, IntentName, Partial<ParseResult>]>([
    ['First, a token for 2h please. Second, which models are in Oregon?', 'token', { ttlSeconds: 7200 }],
    [
      'revoke the key for support-bot and create a new one for support-bot-v2',
      'revoke',
      { businessUnit: 'support-bot' },
    ],
    ['rotate the key for geo-api and list the units afterwards', 'rotate', { businessUnit: 'geo-api' }],
  ])('%s → %s', (text, intent, slots) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe(intent);
    expect(parse).toMatchObject(slots);
  });
});

describe('a request after a joke or a look-alike clause', () => {
  it.each<[string, IntentName, string]>([
    ["rotate… my patience. and also the key for claims-ai while you're at it", 'rotate', 'claims-ai'],
    ['revoke my gym membership lol, and also the key for ads-tests', 'revoke', 'ads-tests'],
  ])('%s → %s %s', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe(intent);
    expect(parse.businessUnit).toBe(unit);
  });
});

describe('what the writer says they will do themselves is no request', () => {
  it.each([
    "we'll rotate the ads-ranking key ourselves tomorrow",
    'I will revoke the old billing-etl key at 5, ok?',
    'we will deprovision legacy-bi after the migration, just so you know',
  ])('%s', (text) => {
    const parse = parseRequest(text);
    expect(acts(parse)).toBe(false);
    expect(ACTING_INTENTS.has(parse.intent)).toBe(false);
  });

  it.each<[string, IntentName, string]>([
    [
      "I promise we'll rotate it this time 🤞 api key for claims-vision, 30 days",
      'create_key',
      'claims-vision',
    ],
    ['we will revoke the old one ourselves. a new key for fraud-rules please', 'create_key', 'fraud-rules'],
  ])('%s → %s %s', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe(intent);
    expect(parse.businessUnit).toBe(unit);
  });

  it("a wish said in the future asks: we'll need a key for sales-ops", () => {
    expect(parseRequest("we'll need a key for sales-ops").intent).toBe('create_key');
  });
});

describe('an emoji between two words ends the clause before it', () => {
  it.each<[string, string]>([
    ['the key was pasted in a public gist :scream: team doc-intel, pls rotate', 'doc-intel'],
    ['someone committed our key 😱 unit pricing-ml, rotate please', 'pricing-ml'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});
