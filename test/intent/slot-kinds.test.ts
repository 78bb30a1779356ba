import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * Round four's slot kinds: words of the story that are no unit, the owner named in its own sentence,
 * the duration bound to the token, and a key's state that is no new lifetime. Sentences of our own.
 */
describe('a social "sorry" corrects nothing', () => {
  it.each([
    ['sorry to interrupt, could you create a key for the ledger-sync service', 'ledger-sync'],
    ['sorry for the noise, rotate the billing-api key please', 'billing-api'],
    ['sorry about the delay - key for tax-engine please', 'tax-engine'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it('a real correction still takes the name after it, even before a bracket', () => {
    expect(
      parseRequest('key for team Orion, no wait, sorry, I meant team Vega (they merged)').businessUnit,
    ).toBe('vega');
  });
});

describe('words of the story are no unit', () => {
  it.each([
    // A comma after a team's name is no "team: X" marker; nor is a greeting to the team.
    ['rotate every key of the treasury team, precautionary, after the phishing drill', 'treasury-team'],
    ['hi team, quick one: deprovision old-chatbot please', 'old-chatbot'],
    // What happened to a key, and our own actions as nouns.
    ['the search-ranking key leaked in a gist, rotate it', 'search-ranking'],
    ["somebody's compromised key: revoke the key for growth-lab", 'growth-lab'],
    ['how much did the exposed key cost? spend for quote-engine last month', 'quote-engine'],
    // "X-related", "X-level" are English compounds.
    ['tear down everything bedrock-related for the kiosk-bot unit', 'kiosk-bot'],
    // The writer's own move between teams.
    ["I'm moving to the infra org, so search-ui needs a new key with <@U0NEWLEAD> as owner", 'search-ui'],
    ['just joined the data team, we need a bedrock key for the sales-forecast service', 'sales-forecast'],
    // A name opens its own clause after "so"/"and now".
    ['we merged two squads and now geo-tiles needs a key please', 'geo-tiles'],
    // A tagged word inside a team's name.
    ['create a key for the Internal Audit team, owner is al@corp.example', 'internal-audit-team'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    ['please revoke AKIA2KQ8W7ZM3PX5RN1T, it belonged to a freelancer whose contract ran out', 'revoke'],
    ['history of rotations, last month', 'history'],
    ['please revoke AKIA2KQ8W7ZM3PX5RN1T, I created it during the onboarding workshop', 'revoke'],
  ])('%s names no unit', (text, intent) => {
    const parsed = parseRequest(text);
    expect(parsed.intent).toBe(intent);
    expect(parsed.businessUnit).toBeNull();
  });
});

describe('the owner named in a sentence of its own', () => {
  it.each([
    ['new key for vision-lab please. <@U0VISION1> will own it.', 'U0VISION1'],
    ['create a key for fraud-rules. Owner is kim@corp.example.', 'kim@corp.example'],
    ['billing-core needs a key, <@U0OWNER77> will own it', 'U0OWNER77'],
  ])('%s → %s', (text, owner) => {
    expect(parseRequest(text).owner).toBe(owner);
  });
});

describe("the token's own duration wins over the story's", () => {
  it.each([
    ['the eval trained for 6 hours; a 3h token please', 10_800],
    ['after cleaning data for 3 hours I need a token for 2 hours', 7200],
  ])('%s → %i s', (text, seconds) => {
    const parsed = parseRequest(text);
    expect(parsed.intent).toBe('token');
    expect(parsed.ttlSeconds).toBe(seconds);
  });
});

describe("a key's state is not the new key's lifetime", () => {
  it.each([
    'rotate the maps-api key, it expires in 4 days anyway',
    'please rotate the crm-sync key, it runs out in 3 days',
    "rotate the ads key, it hasn't been used in 200 days",
    'key for risk-ml with a 90-day rotation cycle',
  ])('%s states no expiry', (text) => {
    expect(parseRequest(text).expiryDays).toBeNull();
  });

  it.each([
    ['create a key for maps-api that expires in 60 days', 60],
    ['the old one expires in 10 days; rotate claims-ai and give the new one 45 days', 45],
  ])('%s → %i days', (text, days) => {
    expect(parseRequest(text).expiryDays).toBe(days);
  });
});

describe('help carries no lifetime', () => {
  it.each([
    "what's the shortest token I can get? I only need about 3 minutes",
    'is 12h really the cap? our training run takes 30 hours',
  ])('%s', (text) => {
    const parsed = parseRequest(text);
    expect(parsed.intent).toBe('help');
    expect(parsed.ttlSeconds).toBeNull();
    expect(parsed.problems ?? []).toEqual([]);
  });

  it.each([
    'key for stream-etl please, its cron fires every 5 minutes',
    'please create a key for batch-sync; the job runs every 10 min',
  ])('nor does a key: %s', (text) => {
    const parsed = parseRequest(text);
    expect(parsed.intent).toBe('create_key');
    expect(parsed.ttlSeconds).toBeNull();
  });
});

describe('both key kinds named', () => {
  it.each([
    'how is a service-specific credential different from an access key?',
    'bedrock api key as opposed to an iam access key, which is better for lambda?',
  ])('compared in a question: no kind (%s)', (text) => {
    expect(parseRequest(text).keyKind).toBeNull();
  });

  it.each([
    'revoke the access keys for geo-maps, they switched to api keys last week',
    'which units still have access keys? the plan is api keys for everyone',
  ])('otherwise the kind named first (%s)', (text) => {
    expect(parseRequest(text).keyKind).toBe('access-key');
  });
});

describe('who is the owner', () => {
  it.each([
    ['new key for risk-reports with him as owner, <@U0RISKLEAD> is taking it over', 'U0RISKLEAD'],
    ['create a key for tax-calc with her as the owner, <@U0DEPUTY9> knows it', 'U0DEPUTY9'],
  ])('a pronoun named as owner points at the person mentioned: %s', (text, owner) => {
    expect(parseRequest(text).owner).toBe(owner);
  });

  it.each([
    'what did ana.lopez@corp.example rotate last week',
    'what has <@U0AUDIT12> revoked this month',
    'now that <@U0NEWLEAD> owns checkout-ml, please rotate its key',
    'on behalf of <@U0BOSS001>: key for payroll-ai please',
  ])('no owner: %s', (text) => {
    expect(parseRequest(text).owner).toBeNull();
  });

  it.each([
    'revoke all keys for ads-ml; the owner is no longer here',
    'rotate the key for pay-risk, owner stays the same',
  ])('words about the owner are no bad owner value: %s', (text) => {
    expect(parseRequest(text).problems ?? []).toEqual([]);
  });
});

describe('the Region bound to the credential wins over a story Region', () => {
  it.each([
    ['data lives in Dublin but please give me a 1h token in us-east-1', 'us-east-1'],
    ['our cluster is in us-west-2, could I get a 2h token in eu-central-1?', 'eu-central-1'],
  ])('%s → %s', (text, region) => {
    expect(parseRequest(text).region).toBe(region);
  });

  it('an old key that expires anyway gives the new one no lifetime', () => {
    expect(parseRequest('rotate AKIA2KQ8W7ZM3PX5RN1T, expires in 3 days anyway').expiryDays).toBeNull();
  });
});
