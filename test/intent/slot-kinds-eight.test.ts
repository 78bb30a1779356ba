import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * Round eight's slot kinds, with sentences of our own: a team whose name opens with one of our words
 * ("the Cost Allocation team"), words that are no unit (a cost centre, a denied access, a participle),
 * what a unit holds, a person named by a pronoun after a mention, and the new key's lifetime in a
 * rotation.
 */
describe('a team whose name opens with one of our words is that team', () => {
  it.each([
    ['rotate the key for the Cost Allocation team please, the old owner left', 'cost-allocation-team'],
    ['can you make a long-term key for the Spend Analytics group', 'spend-analytics-group'],
    ['what keys does the Cost Engineering team have?', 'cost-engineering-team'],
    ['revoke all keys of the Audit Analytics squad', 'audit-analytics-squad'],
    ['the Cost Insights team needs an api key, 30 days', 'cost-insights-team'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('words that name no unit', () => {
  it.each([
    "whose key is AKIAQ7ZP3LM9XW2RT4KD? it's booked to no cost centre",
    'which unit owns AKIAQ7ZP3LM9XW2RT4KD, it has no cost center tag',
    'details of AKIAQ7ZP3LM9XW2RT4KD please, the cost centre field is empty',
  ])('%s: no unit', (text) => {
    expect(parseRequest(text).businessUnit).toBeNull();
  });
});

describe('what a unit holds is asked as its details', () => {
  it.each([
    ['what does treasury hold? keys, owners, expiry', 'treasury'],
    ['what credentials does the Payments Risk team hold?', 'payments-risk-team'],
    ['for the access review: what does risk-ml hold right now?', 'risk-ml'],
    ['what keys does claims-ai hold at the moment', 'claims-ai'],
  ])('%s → details for %s', (text, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('details');
    expect(r.businessUnit).toBe(unit);
  });
});

describe('a pronoun the credential is for stands for the one person mentioned before', () => {
  it.each([
    [
      '<@U0BOTID> <@U0AAA1111> is stuck with an expired token, could you issue her a new one for 2h?',
      'U0AAA1111',
      'token',
    ],
    ['my lead <@U0BBB2222> is on a plane, please create a token for him, 3 hours', 'U0BBB2222', 'token'],
    [
      'our new hire <@U0CCC3333> starts on the fraud-ml project today. Could you make a key for fraud-ml with him as the owner?',
      'U0CCC3333',
      'create_key',
    ],
    [
      'hey bot, <@U0DDD4444> lost her laptop. can you generate her a token for one hour',
      'U0DDD4444',
      'token',
    ],
    [
      '<@U0BOTID> <@U0FFF6666> is locked out. he asked me to request a token for him, 2 hours',
      'U0FFF6666',
      'token',
    ],
  ])('%s → owner %s', (text, owner, intent) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(r.owner).toBe(owner);
  });

  it.each([
    "<@U0EEE5555> said it's fine, token for me 2h",
    '<@U0EEE5555> said it is fine. token for me 2h, she will check it later',
    '<@U0BOTID> <@U0EEE5555> and <@U0GGG7777> are both blocked, could you issue her a token for 2h?',
  ])('%s: no owner', (text) => {
    expect(parseRequest(text).owner).toBeNull();
  });
});

describe("a rotation's new key gets the lifetime stated for it; the old key's age is none", () => {
  it.each([
    ['the payouts key is 80 days old, rotate it please, unit payouts, 45 days for the new one', 45],
    ['rotate the growth key, it is 100 days old, give the new one 60 days', 60],
    ['rotate the risk-ml key; 30 days for the replacement', 30],
  ])('%s → expiryDays %i', (text, days) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('rotate');
    expect(r.expiryDays).toBe(days);
  });

  it.each([
    "regen the billing-ops key, it's 120 days",
    'rotate the kyc-bot key pls, it is already 95 days',
    'roll the search-api key, its 200 days now',
  ])('%s: an age, no expiryDays', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('rotate');
    expect(r.expiryDays).toBeNull();
  });
});

describe("a pasted config's fields are not the request's; the person's own words are", () => {
  const fence = (s: string): string => `\`\`\`\n${s}\n\`\`\``;
  it.each([
    [
      `${fence('metadata:\n  team: search\n  app: reranker')}\nignore those labels, key for search-quality please`,
      'search-quality',
    ],
    [
      `${fence('service: invoice-ocr\nteam: finance\nimage: ocr:1.4\nreplicas: 3')}\nthat's the deployment. new key for ap-automation, it runs the ocr`,
      'ap-automation',
    ],
  ])('%s → %s', (text, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('create_key');
    expect(r.businessUnit).toBe(unit);
  });

  it("a Region in a pasted config is not the request's", () => {
    const r = parseRequest(
      `${fence('team: churn-ml\nbedrock:\n  region: eu-west-1\n  secretName: churn-bedrock')}\ncould churn-ml get a proper long-term key? that secret is still a personal token`,
    );
    expect(r.businessUnit).toBe('churn-ml');
    expect(r.region).toBeNull();
  });

  it('a request form keeps its values', () => {
    const r = parseRequest(
      `as per the template:\n${fence('team: churn-ml\nowner: lead@example.com\nregion: eu-west-1')}`,
    );
    expect(r).toMatchObject({ businessUnit: 'churn-ml', owner: 'lead@example.com', region: 'eu-west-1' });
  });
});

describe('outside a rotation, "it\'s N" can be the lifetime asked for', () => {
  it.each([
    ["token for the whole workshop please, it's 6 hours", 21_600],
    ["can I have a token for the demo? it's 3 hours", 10_800],
  ])('%s → ttlSeconds %i', (text, ttl) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(ttl);
  });
});

describe('a pasted config the person points at is what they ask for', () => {
  it('"creds for this config" takes the unit from the config', () => {
    const r = parseRequest(
      '```\nworker:\n  team: churn-ml\n  image: worker:2\n```\nlong-term creds for this config please',
    );
    expect(r.intent).toBe('create_key');
    expect(r.businessUnit).toBe('churn-ml');
  });
});

describe('a thing named with "a"/"an" after "for" is no unit', () => {
  it.each([
    'we need a long-term key for a client project',
    'key for an internal tool please',
    'can you set up a key for a retail customer',
    'a key for a side project of mine, 30 days',
  ])('%s: no unit', (text) => {
    expect(parseRequest(text).businessUnit).toBeNull();
  });

  it.each([
    ['rotate the key for an ml-ops project', 'ml-ops'],
    ['please create a key for a new team called loyalty-ml', 'loyalty-ml'],
  ])('%s → %s (a name given as such still counts)', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('in history, a person is the owner only as the one credentials were issued to', () => {
  it.each([
    ['approvals history for <@U0HHH8888> this month', null],
    ['hist <@U0HHH8888> 7d', null],
    ['audit log of everything <@U0HHH8888> touched last week', null],
    ['which tokens were issued to <@U0HHH8888> last week?', 'U0HHH8888'],
    ['who granted <@U0HHH8888> a token last week', 'U0HHH8888'],
    ['tokens handed out to kim.lee@example.com this month', 'kim.lee@example.com'],
  ])('%s → owner %s', (text, owner) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('history');
    expect(r.owner).toBe(owner);
  });
});

describe('a key kind weighed in a question, or named only in a paste, is not stated', () => {
  it.each([
    'is a token basically the same as an api key?',
    "what's the difference between a token and an API key, in practice?",
    'token vs api key — what is different for my script?',
    'why would a team pick an api key over an access key?',
    'our key IDs start with AKIA or ACCA, what is the difference?',
  ])('%s: no keyKind', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('help');
    expect(r.keyKind).toBeNull();
  });

  it.each([
    '```\n$ curl -H "Authorization: Bearer $AWS_BEARER_TOKEN_BEDROCK" https://bedrock-runtime.eu-west-1.amazonaws.com\n403\n```\nnew token please, 2h',
    '```\nSecurity Hub › IAM access key older than 90 days › search-bedrock-user AKIA…\n```\nplease rotate the search-api key',
  ])('%s: no keyKind from the paste', (text) => {
    expect(parseRequest(text).keyKind).toBeNull();
  });

  it.each([
    ['is a bearer token the same as an api key?', 'api-key'],
    ['what is an access key? sorry, new here', 'access-key'],
  ])('%s → %s (one kind named)', (text, kind) => {
    expect(parseRequest(text).keyKind).toBe(kind);
  });
});

describe("the key ID of a pasted alert the person points at is the request's", () => {
  const fence = (s: string): string => `\`\`\`\n${s}\n\`\`\``;
  it.each([
    `trufflehog says:\n${fence('Found verified result: AWS key AKIAQ7ZP3LM9XW2RT4KD in acme/etl (public)')}\nrevoke that one please`,
    `${fence('ALERT secret-scan: AKIAQ7ZP3LM9XW2RT4KD exposed in build log #4411')}\nkill that key asap`,
    `from the scanner:\n${fence('leaked: AKIAQ7ZP3LM9XW2RT4KD (repo infra-live)')}\ncan you revoke this key?`,
  ])('%s → that key ID', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('revoke');
    expect(r.keyId).toBe('AKIAQ7ZP3LM9XW2RT4KD');
  });

  it.each([
    `${fence('AKIAQ7ZP3LM9XW2RT4KD\nAKIAZZ7ZP3LM9XW2RT4K')}\nrevoke that one`,
    `${fence('ALERT secret-scan: AKIAQ7ZP3LM9XW2RT4KD exposed in build log')}\nwhat does this alert mean?`,
  ])('%s: no key ID (two in the paste, or none pointed at)', (text) => {
    expect(parseRequest(text).keyId).toBeNull();
  });
});

describe("a rule that requires things is no unit; the new key's lifetime after a story is kept", () => {
  it.each([
    ['Company policy requires keys of at most 60 days. Key for legal-ai, 60 days.', 'legal-ai', 60],
    ['Our guidelines require 30-day keys, so a key for ocr-team please, 30 days', 'ocr-team', 30],
  ])('%s → %s, %i days', (text, unit, days) => {
    const r = parseRequest(text);
    expect(r.businessUnit).toBe(unit);
    expect(r.expiryDays).toBe(days);
  });

  it('"but … rotate it anyway, 30 days for the new one" keeps the new key\'s 30 days', () => {
    const r = parseRequest(
      'the key is 50 days old but audit says rotate it anyway, unit kyc-ml, 30 days for the new one',
    );
    expect(r.intent).toBe('rotate');
    expect(r.businessUnit).toBe('kyc-ml');
    expect(r.expiryDays).toBe(30);
  });
});

describe('what is told of the current owner names no owner', () => {
  it.each([
    'rotate the key for billing-ml; the owner <@U0JJJ9999> is on leave so I am asking',
    'please rotate the recsys key, owner <@U0JJJ9999> left the company last month',
    'rotate kyc-bot key, its owner jo.doe@example.com is out this week',
  ])('%s: no owner', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('rotate');
    expect(r.owner).toBeNull();
  });

  it.each([
    ['key for growth-ml, owner is <@U0JJJ9999>', 'U0JJJ9999'],
    ['key for growth-ml, the owner <@U0JJJ9999> is fine with 90 days', 'U0JJJ9999'],
  ])('%s → owner %s', (text, owner) => {
    expect(parseRequest(text).owner).toBe(owner);
  });
});
