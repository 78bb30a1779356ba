/**
 * Round twenty-four, the lead's own sweeps: requests put on someone's say not given yet, put to another
 * person to decide, or hedged with a trailing "maybe?". Each acted on before; the action is kept and asked
 * about (the bot cannot wait for the say, and a hedge is no go-ahead), never done as it stands.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, keeps, neverActs, nothingAsked } from './acted.js';

/** The action is read and asked about first: never done as it stands. */
const askedFirst = (rows: [string, string, string?][]) =>
  it.each(rows)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe(intent);
    if (unit !== undefined) expect(parse.businessUnit).toBe(unit);
    expect(acted(text)).toBe(false);
  });

describe("a request on someone's say not given yet waits for it", () => {
  askedFirst([
    ['if finance approves, create a key for pricing-ml', 'create_key', 'pricing-ml'],
    ['if legal signs off, create a key for the contracts-ai team', 'create_key', 'contracts-ai-team'],
    ['create a key for pricing-ml if finance approves', 'create_key', 'pricing-ml'],
    ['assuming security agrees, rotate the search key', 'rotate', 'search'],
    ['providing security signs off, revoke the ads key', 'revoke', 'ads'],
    ['if the data owner gives the ok, revoke the ads key', 'revoke', 'ads'],
    ['if sam says yes pls deprovision old-chatbot', 'deprovision', 'old-chatbot'],
    ['key for forecasting pending my manager’s approval', 'create_key', 'forecasting'],
    ["new key for billing-bot, pending the CFO's sign-off", 'create_key', 'billing-bot'],
    ['key for forecasting — manager approval to follow', 'create_key', 'forecasting'],
    ['api key for the claims team, awaiting approval from the data owner', 'create_key', 'claims-team'],
  ]);
  keeps([
    ['finance approved, create a key for pricing-ml', 'create_key', 'pricing-ml'],
    ['key for forecasting, my manager approved it yesterday', 'create_key', 'forecasting'],
    ['legal signed off, rotate the contracts key', 'rotate', 'contracts'],
    ['if you can, create a key for pricing-ml', 'create_key', 'pricing-ml'],
    ['create a key for approvals-bot', 'create_key', 'approvals-bot'],
  ]);
  it('a condition met is acted on', () => {
    expect(acted('approved by finance, create a key for pricing-ml')).toBe(true);
    expect(acted('if possible, token for 3h')).toBe(true);
  });
});

describe('a request left to another person to decide is not done', () => {
  neverActs([
    'deprovision old-chatbot? not sure yet, ask Priya',
    'revoke the ads key? unsure, ask the data owner',
    'rotate the search key, ask Tomasz first',
    'revoke growth key - check with Ana first',
  ]);
  keeps([
    ['deprovision old-chatbot, Priya said yes', 'deprovision', 'old-chatbot'],
    ['create a key for ask-the-docs', 'create_key', 'ask-the-docs'],
  ]);
});

describe('a command hedged with a trailing "maybe?" is asked about', () => {
  askedFirst([
    ['revoke the ads key maybe?', 'revoke', 'ads'],
    ['rotate growth key, perhaps?', 'rotate', 'growth'],
    ['deprovision old-chatbot possibly?', 'deprovision', 'old-chatbot'],
    ['revoke the ads key... maybe', 'revoke', 'ads'],
  ]);
  it('a hedge on something else leaves the request', () => {
    expect(acted('rotate the ads key, it leaked maybe an hour ago')).toBe(true);
    expect(acted('token for 2h, maybe 3h')).toBe(true);
  });
});

describe("a hyphenated name before an everyday thing is the thing's place, and wi-fi is wifi", () => {
  nothingAsked([
    'create a key for the b-wing lockers',
    'need a new key for the north-block bike shed',
    'key for the dino-hall lockers pls',
    'rotate the wi-fi key',
    'create a wi-fi key for the event',
    'rotate the Wi-Fi password for the guest network',
  ]);
  keeps([
    ['create a key for the b-wing team', 'create_key', 'b-wing-team'],
    ['rotate the wifi-portal key', 'rotate', 'wifi-portal'],
    ['rotate the print-server key', 'rotate', 'print-server'],
    ['key for locker-app', 'create_key', 'locker-app'],
    ['remove the whole unit for chaos-drill, game day is over', 'deprovision', 'chaos-drill'],
  ]);
});

describe("a team's own papers, and a road's toll, are no credential of ours", () => {
  nothingAsked([
    "revoke the ml-ops team's certification",
    "cancel the K-9 unit's permit, they failed the audit",
    "suspend the night-shift crew's parking passes",
    'token for the m25 toll, 2h',
    'token for the i-95 toll please',
  ]);
  keeps([
    ["revoke the ml-ops team's key", 'revoke', 'ml-ops-team'],
    ["rotate the ml-ops team's cert-checker key", 'rotate', 'ml-ops-team'],
    ['token for 2h for the printer-api', 'token'],
  ]);
});

describe("the bot's own command told not to be run is negated", () => {
  neverActs([
    "Please do NOT run /bedrock deprovision growth, it's still in use",
    'pls dont run `/bedrock revoke ads-team`, they need it for the demo',
    'never execute /bedrock rotate payments during the freeze',
  ]);
  keeps([
    ['no bedrock credentials on the runner, need a key for warehouse-etl', 'create_key', 'warehouse-etl'],
    ["I can't run the notebook without one, token for 2h please", 'token'],
  ]);
});

describe('a change put off by a stated wait is asked about', () => {
  askedFirst([
    ['revoke the ads key in 2 hours', 'revoke', 'ads'],
    ['pls deprovision growth-sandbox in a week, they are winding down', 'deprovision', 'growth-sandbox'],
    ['rotate the payments key in 30 min', 'rotate', 'payments'],
  ]);
  it('an age, a lifetime or a place told after the verb leaves the request', () => {
    expect(acted('rotate the ads key, it expires in 2 days')).toBe(true);
    expect(acted('rotate the ads key, it was pasted in 3 repos')).toBe(true);
    expect(acted('rotate the ads key in eu-west-1')).toBe(true);
  });
});
