import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

/**
 * Round six's slot kinds, with sentences of our own: a line around the request that only gives it a
 * value, a value added with a hedge, an emoji that ends a clause, and the words that are no unit.
 */
describe('a line that only gives the request its value belongs to the request', () => {
  it.each([
    ['token for 2h please. in Ireland if that works', 7200, 'eu-west-1'],
    ['a token please. maybe Tokyo, if you can', null, 'ap-northeast-1'],
    ['need a token until the end of the workshop. so about 4 hours from now', 14400, null],
    ['a token please, the demo starts soon. roughly 90 minutes or so', 5400, null],
    ['could I have a token. ideally in Oregon, thanks', null, 'us-west-2'],
  ])('%s → %s s, %s', (text, ttl, region) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(ttl);
    expect(r.region).toBe(region);
  });

  it.each([
    ['could we get a token for the afternoon, perhaps 3 hours?', 10800],
    ['Our partner call moved to today. Can I have one token for the call, maybe 2 hours?', 7200],
  ])('%s: a hedged value of an asking sentence → %s s', (text, ttl) => {
    expect(parseRequest(text).ttlSeconds).toBe(ttl);
  });

  it.each([
    // The story's own values stay the story's: a past or a time gone by.
    ['The import job ran for about 5 hours yesterday and failed. Token for 1h please.', 3600],
    ['We were in Frankfurt for roughly 3 days last month. Could I get a token for 2 hours?', 7200],
  ])('%s: the story value is not taken (→ %s s)', (text, ttl) => {
    const r = parseRequest(text);
    expect(r.ttlSeconds).toBe(ttl);
    expect(r.region).toBeNull();
  });
});

describe('where the credential will run is its Region, with a word of when between', () => {
  it.each([
    ['Can I get a token for 6 hours? The load test runs overnight in Mumbai.', 'ap-south-1'],
    ['token for 3h please - the replay job runs nightly in Ohio', 'us-east-2'],
  ])('%s → %s', (text, region) => {
    expect(parseRequest(text).region).toBe(region);
  });

  it('a place the story went to is no Region: "we ran it yesterday in Paris. token 2h please"', () => {
    expect(parseRequest('we ran it yesterday in Paris. token 2h please').region).toBeNull();
  });
});

describe('a flag emoji ends what is said about a place', () => {
  it.each([
    ["I'm visiting Sydney this week 🇦🇺 token in sydney for 2 hrs?", 7200, 'ap-southeast-2'],
    ['back in Paris for the week 🇫🇷 token paris 3h', 10800, 'eu-west-3'],
  ])('%s → %s s, %s', (text, ttl, region) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(ttl);
    expect(r.region).toBe(region);
  });

  it.each([
    ['Team update 🚀 geo-search needs a long-term key', 'geo-search'],
    ['new team alert 🎉 the kyc-scan service needs a key please', 'kyc-scan'],
    ['quick reminder 🙏 please rotate the key of fraud-ml', 'fraud-ml'],
  ])('%s: a word that announces the message is no unit, emoji or not (→ %s)', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('a field of work that is also our keyword names a unit where only a name stands', () => {
  it.each([
    ['rotate the key of audit, it was in a screenshot', 'audit'],
    ['please revoke the keys for inventory', 'inventory'],
    ["sandbox's key leaked, revoke it", 'sandbox'],
    ['could evaluation get an api key?', 'evaluation'],
    ['need a long-term key for team events please', 'events'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    'I need a key for testing',
    'a key for development please',
    'can I get a token for the hackathon?',
  ])('%s: a purpose after "for" is no unit', (text) => {
    expect(parseRequest(text).businessUnit).toBeNull();
  });
});

describe('what a team or unit does is no name', () => {
  it.each([
    ['deprovision search-legacy, the team moved to opensearch', 'search-legacy'],
    ['revoke all keys of geo-api but the unit remains', 'geo-api'],
    ['offboard kiosk-bot, the team dissolved last week', 'kiosk-bot'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });
});

describe('names around a name', () => {
  it.each([
    // A hyphenated name before a purpose noun names that experiment or demo.
    ['the churn-lab experiment is over, revoke its keys', 'churn-lab'],
    ['rotate the key of the voice-ui demo', 'voice-ui'],
    // A keyword's plural before a team noun names the team, kept as written.
    ['the approvals team needs a key for their bot', 'approvals-team'],
    ['renewals squad wants a long-term key', 'renewals-squad'],
    // "what does X have", "does X use".
    ['what does fraud-ml have?', 'fraud-ml'],
    ['which key kind does payroll use?', 'payroll'],
    // Japanese particles written in Latin letters are no part of a name.
    ['shinsa-ai no details wo kudasai', 'shinsa-ai'],
  ])('%s → %s', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    "how much did bedrock cost last month? I'm filling in the marketing cost section of the deck",
    "what's our bedrock spend this month? need it for the platform spend slide",
  ])("%s: a name inside a document's name is no unit", (text) => {
    expect(parseRequest(text).businessUnit).toBeNull();
  });
});

describe('an access key in the word order of Romance languages', () => {
  it.each([
    ['we need a key of access for the payroll-sync job, team payroll', 'access-key'],
    ['chave de acesso para o time vendas-br, 90 dias', 'access-key'],
    ['clave de acceso para el equipo logistica, por favor', 'access-key'],
  ])('%s → %s', (text, kind) => {
    expect(parseRequest(text).keyKind).toBe(kind);
  });

  it('"a key of access to bedrock" asks for access, not for a kind', () => {
    expect(parseRequest('can the growth team get a key of access to bedrock?').keyKind).toBeNull();
  });
});

describe('the person a credential is given to', () => {
  it.each([
    ['could you get <@U0NEWSE42> a 3 hour token? she starts today', 'U0NEWSE42'],
    ['pls make <@U0PAIR777> a token for 90 min', 'U0PAIR777'],
    ['<@U0ANA1234> is presenting and her token ran out, can you give her a new one for 1h', 'U0ANA1234'],
    ['my lead <@U0LEAD9876> asked me to get him a token for 4 hours', 'U0LEAD9876'],
  ])('%s → %s', (text, owner) => {
    expect(parseRequest(text).owner).toBe(owner);
  });

  it.each([
    'the data team (cc <@U0WATCH55>) wants a key for forecast-api',
    '<@U0ROT4TE1> rotated it yesterday, can you give me a new token for 2h',
  ])('%s: a person copied in, or who acted, is no owner', (text) => {
    expect(parseRequest(text).owner).toBeNull();
  });
});

describe('the span a reported question looks at is the span of the history or spend asked for', () => {
  it.each([
    [
      'Our auditor asked who rotated the payroll key in March. Can you show the history for payroll?',
      'history',
      { kind: 'named-month', month: 3, year: null },
    ],
    [
      'My director asked what claims-ai spent last month. Please pull the spend for claims-ai.',
      'spend',
      { kind: 'month', monthsAgo: 1 },
    ],
  ])('%s → %s with its period', (text, intent, period) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(r.period).toEqual(period);
  });

  it('a reported question gives no token a span', () => {
    const r = parseRequest('my lead asked what we spent last month. anyway, token for 2h please');
    expect(r.period).toBeNull();
  });
});

describe('how long something has been going on, and rates, are no lifetime', () => {
  it.each([
    'Our support team has been testing summaries by hand for three months. Could we get a long-term key for support-ai?',
    'The recsys folks have been running it on a laptop for 6 weeks (about 200 runs a day). Please create a key for recsys.',
    'We make roughly 2k calls a day from the batch. Key for batch-nlp please.',
  ])('%s: no expiry stated', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('create_key');
    expect(r.expiryDays).toBeNull();
  });

  it.each([
    ['key for ledger-ai, 2 weeks please', 14],
    ['a key for ledger-ai valid a week', 7],
  ])('%s: a lifetime still is one (→ %s days)', (text, days) => {
    expect(parseRequest(text).expiryDays).toBe(days);
  });
});

describe('Polish lifetimes', () => {
  it.each([
    ['klucz dla zespołu fraud-pl na 2 lata', 730],
    ['klucz dla zespołu fraud-pl na 30 dni', 30],
    ['klucz dla zespołu fraud-pl na 6 miesięcy', 180],
  ])('%s → %s days', (text, days) => {
    expect(parseRequest(text).expiryDays).toBe(days);
  });
});

describe('"everyone" in a list is people, unless the list is for everyone', () => {
  it.each([
    'which teams still have access keys? we want everyone on bearer keys by spring',
    'can you list the units? everyone in finance keeps asking me',
  ])('%s: not all', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('list');
    expect(r.all).toBe(false);
  });

  it('"list the api keys for everybody" lists everything', () => {
    expect(parseRequest('list the api keys for everybody').all).toBe(true);
  });
});

describe('French elision and written words', () => {
  it.each([
    ["quels modèles d'Amazon à Francfort ?", 'amazon'],
    ["les modèles d'Anthropic en Irlande ?", 'anthropic'],
  ])('%s → provider %s', (text, provider) => {
    expect(parseRequest(text).provider).toBe(provider);
  });

  it('"the report is written" names no provider', () => {
    expect(parseRequest('the runbook is written now. token for 1h please').provider).toBeNull();
  });
});
