// Messages that are no request to the bot although they carry a request's words: a request taken back
// after it was made, put off, quoted, about another system's credential, told to a colleague, or a
// saying or goal. The bot must not act on them (and real requests with the same words still act).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts as actsOn } from './data/evaluate.mjs';

const acts = (text: string): boolean => actsOn(parseRequest(text));

describe('a request taken back after it was made', () => {
  it.each([
    'token for 6h please. wait, scratch that, the demo got moved',
    'new key for billing-ops... actually nope, ignore me',
    '<@U0BOTID> revoke the search-api key — hold on, don’t. let me check with Priya first',
    'rotate the key for data-lake. hmm on second thoughts, not yet',
    'deprovision legacy-crm\nno no. false alarm, they still use it',
    'give me a token for 3 hours. nah, forget it',
    'rotate growth-web’s key, actually no, not today',
    'revoke the old etl key. on second thought, let me ask Kofi first',
    'token 2h pls\nnvm, it’s fine now',
    'create an api key for vision-lab — oh no wait. don’t do that',
    'token for 45 min. nope, found it',
    'rotate the recsys key!! ... not now, sorry',
  ])('%s → not acted on, the whole message is withdrawn', (text) => {
    const r = parseRequest(text);
    expect(acts(text), JSON.stringify(r)).toBe(false);
    expect(r.intent).toBe('unknown');
  });

  it.each([
    ['token 6h, no wait, 8h', 'token', { ttlSeconds: 28800 }],
    ['rotate the key for ads — actually no, ads-ranking', 'rotate', { businessUnit: 'ads-ranking' }],
    ['scratch that, make it a token for 4h', 'token', { ttlSeconds: 14400 }],
    ['revoke key for pricing-ml, no, for pricing-ops', 'revoke', { businessUnit: 'pricing-ops' }],
    ['token 2h. no, 3h', 'token', { ttlSeconds: 10800 }],
  ] as const)('%s → a correction, not a withdrawal: %s', (text, intent, slots) => {
    expect(parseRequest(text)).toMatchObject({ intent, ...slots });
  });

  it('says why', () => {
    expect(parseRequest('token for 2h… scratch that, I don’t need it anymore').reason).toBe(
      'request withdrawn',
    );
  });

  it('a question that ends in "or nah" is no withdrawal', () => {
    expect(parseRequest('is rotate the same as revoke or nah').reason).not.toBe('request withdrawn');
  });
});

describe('a request put on hold', () => {
  it.each([
    'please hold the rotation of fraud-ml until the audit is over',
    'pause the deprovision for old-bi, finance still reads from it',
    'the offboarding of growth-emea can wait until Q2',
    'undo my request from this morning, the key for doc-ai can wait',
    'revoking the ads key is on hold for now',
    'please ignore my message about deleting the kyc key, wrong unit',
  ])('%s → not acted on', (text) => {
    expect(acts(text), JSON.stringify(parseRequest(text))).toBe(false);
    expect(parseRequest(text).intent).toBe('unknown');
  });
});

describe('quoted or reported speech', () => {
  it.each([
    'my intern literally typed "rotate the key for prod" into the search bar',
    'she said “token for 8 hours pls” in standup and everyone laughed',
    'he wrote "revoke all keys" on the whiteboard as a joke',
    'the new guy asked me "can I get a token for 2 hours" lol',
  ])('%s → not acted on', (text) => {
    expect(acts(text), JSON.stringify(parseRequest(text))).toBe(false);
  });

  it('a quote the writer asks to be done is theirs', () => {
    expect(
      parseRequest('my manager wrote: "api key for churn-model, owner ana@acme.com" please do it'),
    ).toMatchObject({
      intent: 'create_key',
      businessUnit: 'churn-model',
    });
  });
});

describe("other systems' credentials", () => {
  it.each([
    'revoke laptop access for m.keller, she left on friday',
    'please revoke the okta sessions of the contractor',
    'deprovision the confluence service account, nobody uses it',
    'rotate my vault token, it expires tonight',
    'token for the vending machine pls, out of coins',
    'my refresh token from azure ad got revoked again',
    'revoke badge access for the temp staff',
    // Keys named by another system's kind, even next to "bedrock".
    'generate a kms key for the bedrock audit logs',
    'rotate the ssh keys on the bedrock runner hosts',
    'new deploy key for the bedrock-bot repo please',
    'make me a gpg signing key for the release pipeline',
  ])('%s → not acted on', (text) => {
    expect(acts(text), JSON.stringify(parseRequest(text))).toBe(false);
  });

  it.each([
    ['need creds for my laptop for 3 hours', 'token'],
    ['our key for growth leaked in a github gist, rotate it pls', 'rotate'],
    ['revoke the bedrock key of the jira service account', 'revoke'],
    ['rotate the api key for search-api, the ssh key on the box is fine', 'rotate'],
  ] as const)('%s → still ours: %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});

describe('a request addressed to a colleague', () => {
  it.each([
    '<@U07NINA> can you rotate the key for search-api when you get a chance?',
    'hey <@U02RAJ> revoke the old ci key if you have a sec',
    '<@U05TOM> you around? need you to deprovision old-bi',
    '<@U03ANA> could you ask the bot for a token for our demo',
    '<@U04LEE> pls share your token, mine expired',
  ])('%s → unknown, never acted on', (text) => {
    expect(parseRequest(text)).toMatchObject({ intent: 'unknown', reason: 'addressed to someone else' });
  });

  it('a leading mention of the bot still asks the bot', () => {
    expect(parseRequest('<@U0BOTID> rotate the key for search-api please')).toMatchObject({
      intent: 'rotate',
      businessUnit: 'search-api',
    });
  });
});

describe('sayings, goals and rules', () => {
  it.each([
    'OKR 2: revoke 90% of unused keys by end of year',
    'goal: rotate every long-lived key by Q4',
    'our team motto: rotate early, rotate often',
    'new slogan for the security posters: "revoke before you regret"',
    'policy says we must rotate keys every 60 days',
    'action item: rotate the kafka keys',
    'token, key, repeat. a haiku about my week',
  ])('%s → not acted on', (text) => {
    expect(acts(text), JSON.stringify(parseRequest(text))).toBe(false);
  });

  it.each([
    ['rotate the observability key, quarterly hygiene', 'rotate'],
    ['token for 2h, 100% needed for the demo', 'token'],
    ['our cron runs every 15 minutes, please create a key for etl-core', 'create_key'],
  ] as const)('%s → a request all the same: %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});
