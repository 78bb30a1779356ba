import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts as actsOn } from './data/evaluate.mjs';

const acts = (text: string): boolean => actsOn(parseRequest(text));

describe('a mention spoken to is no owner; the one the credential is for is', () => {
  it.each([
    ['oops, wrong team! <@U0BOT1> create a key for media-lab', 'create_key'],
    [
      '> <@U0BOT1> revoke the key for ads\nmy bad <@U07KIM22> that was mine. <@U0BOT1> revoke the ads key',
      'revoke',
    ],
    ['ok <@U03LEA77>, <@U0BOT1> token for 3 hours please', 'token'],
    ['sorry <@U03LEA77> please ignore. <@U0BOT1> rotate the key for vision-2', 'rotate'],
  ])('"%s" names no owner', (text, intent) => {
    const r = parseRequest(text);
    expect([r.intent, r.owner]).toEqual([intent, null]);
  });

  it.each([
    ['thanks <@U07KIM22>! <@U0BOT1> then a key for geo-web please, owner <@U07KIM22>', 'U07KIM22'],
    ['thx <@U07KIM22>. <@U0BOT1> please create a key for geo-web, <@U07KIM22> will own it', 'U07KIM22'],
    ['<@U0BOT1> token for 3 hours. not for me, for <@U03LEA77>', 'U03LEA77'],
    ['<@U0BOT1> token 90 minutes in Ohio. oh and: for <@U03LEA77>, not me', 'U03LEA77'],
  ])('"%s" is for %s', (text, owner) => {
    expect(parseRequest(text).owner).toBe(owner);
  });

  it.each([
    ['<@U03LEA77> needs a token for 2h', 'U03LEA77'],
    ['token for 2h. <@U03LEA77> needs it', 'U03LEA77'],
    ['<@U0BOT1> token 2h. sorry, owner is <@U07KIM22>', 'U07KIM22'],
    ['<@U0BOT1> token 2h for <@U07KIM22>. sorry, I meant <@U03LEA77>', 'U03LEA77'],
  ])('look-alike "%s" keeps the owner %s', (text, owner) => {
    expect(parseRequest(text).owner).toBe(owner);
  });

  it.each([
    '<@U0BOT1> token for 1h. and 3h for <@U03LEA77>',
    'we ran a demo for <@U03LEA77> last week, it went well. token for 2h please',
  ])('look-alike "%s" names no owner for the first request', (text) => {
    expect(parseRequest(text).owner).toBeNull();
  });

  it('thanks to the bot alone is still no request', () => {
    expect(parseRequest('thanks <@U0BOT1>! that worked').intent).toBe('unknown');
    expect(acts('thanks <@U0BOT1>! that worked')).toBe(false);
  });
});

describe('a reply that asks again what the quote asked, for something else', () => {
  it.each([
    ['> <@U0BOT1> create a key for pay-core, 60 days\nsame for pay-edge', 'create_key', 'pay-edge'],
    ['> <@U0BOT1> rotate the key for ads-ml\ndo the same for ads-web please', 'rotate', 'ads-web'],
    ['> <@U0BOT1> revoke all keys for old-bi\nditto for old-crm', 'revoke', 'old-crm'],
    ['> <@U0BOT1> details for claims-ai\ncould you do the same for claims-ops?', 'details', 'claims-ops'],
    ['> <@U0BOT1> spend for vision-2 last month\nsame for vision-3 pls', 'spend', 'vision-3'],
  ])('"%s" is %s for %s', (text, intent, unit) => {
    const r = parseRequest(text);
    expect([r.intent, r.businessUnit]).toEqual([intent, unit]);
  });

  it('an action asked again through a quote is asked about, not done', () => {
    for (const text of [
      '> <@U0BOT1> create a key for pay-core, 60 days\nsame for pay-edge',
      '> <@U0BOT1> token 3h in dublin\n+1, me too',
    ]) {
      expect(parseRequest(text).question).toBeDefined();
      expect(acts(text)).toBe(false);
    }
  });

  it('"+1, me too" under a token request asks for a token, without the quote\'s values', () => {
    const r = parseRequest('> <@U0BOT1> token 3h in dublin\n+1, me too');
    expect([r.intent, r.ttlSeconds, r.region]).toEqual(['token', null, null]);
  });

  it("the values a reply states win over the quote's", () => {
    const r = parseRequest('> token 4h in mumbai pls\nthat one ran out. 90 minutes in sydney this time');
    expect([r.intent, r.ttlSeconds, r.region]).toEqual(['token', 5400, 'ap-southeast-2']);
    const s = parseRequest(
      '> can anyone get me a token for 5 hours?\nthe same for me pls, token 1h, Ireland',
    );
    expect([s.intent, s.ttlSeconds, s.region]).toEqual(['token', 3600, 'eu-west-1']);
  });

  it('the bot a quoted request spoke to is spoken to again in the reply, not a person', () => {
    const r = parseRequest(
      '> <@U0BOT1> token for 1h\ntoo short for the eval, sorry. <@U0BOT1> another one, three hours',
    );
    expect([r.intent, r.ttlSeconds, r.owner]).toEqual(['token', 10800, null]);
  });

  it.each([
    '> <@U0BOT1> token 2h\n+1',
    '> <@U0BOT1> token 2h\nsame',
    '> <@U0BOT1> token for 2h pls\nlol same energy every morning',
    '> key for nightly-build, 30 days\n+1 to this name, very clear',
    '> my token expired again\nme too, so annoying',
    '> <@U0BOT1> create a key for geo-routing\nsame for me, I would have picked that name too',
  ])('look-alike "%s" asks nothing', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });
});

describe('a span named whole after "for" is a lifetime', () => {
  it.each([
    'token for the whole week please',
    'could I have bedrock access for the entire day? running evals',
    'token for the whole weekend, the batch runs till monday',
    'a token for the full day please, workshop',
  ])('"%s" asks a token longer than allowed', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBeNull();
    expect(r.problems?.map((x) => x.slot)).toEqual(['ttlSeconds']);
  });

  it.each([
    ['token for the next hour pls', 3600],
    ['bedrock access just for the coming hour, quick demo', 3600],
    ['token for the whole day, so 12h', 43200],
  ])('"%s" lasts %i seconds', (text, seconds) => {
    const r = parseRequest(text);
    expect([r.intent, r.ttlSeconds]).toEqual(['token', seconds]);
  });

  it.each([
    'I spent the whole day on the migration. token 2h please',
    'we were stuck for the whole day yesterday. token 2h please',
  ])('look-alike "%s": the story\'s span is no lifetime', (text) => {
    const r = parseRequest(text);
    expect([r.intent, r.ttlSeconds]).toEqual(['token', 7200]);
  });

  it.each(['I need a token in the next hour', 'token till end of day please', 'token for the next day'])(
    'look-alike "%s" states no lifetime',
    (text) => {
      const r = parseRequest(text);
      expect([r.intent, r.ttlSeconds, r.problems]).toEqual(['token', null, undefined]);
    },
  );
});

describe('which kind of key one unit uses is details for it', () => {
  it.each([
    ['does growth use an access key or an api key?', 'growth'],
    ['is billing-api on access keys or api keys?', 'billing-api'],
    ['does claims-triage still run with an api key or an access key?', 'claims-triage'],
  ])('"%s" asks the details of %s, no kind', (text, unit) => {
    const r = parseRequest(text);
    expect([r.intent, r.businessUnit, r.keyKind]).toEqual(['details', unit, null]);
  });

  it.each([
    'should I use an access key or an api key?',
    'do we use access keys or api keys for the new service?',
    'does the bot give access keys or api keys?',
  ])('look-alike "%s" asks which kind to choose (help)', (text) => {
    const r = parseRequest(text);
    expect([r.intent, r.topic]).toEqual(['help', 'key-kinds']);
  });
});

describe('an error pasted or named, then the lifetime wanted this time', () => {
  it.each([
    [
      'my notebook token ran out, see below:\n```\nExpiredTokenException: the security token is expired\n```\nthree hours should do it this time',
      10800,
    ],
    ['403 forbidden on invoke, my token expired. 90 minutes will suffice this time', 5400],
    ['```\nAWS_BEARER_TOKEN_BEDROCK=<expired>\n```\n2½h token please', 9000],
    ['token for 1¼ hours please', 4500],
    ['token ¾ hour', 2700],
  ])('"%s" asks a token of %i seconds', (text, seconds) => {
    const r = parseRequest(text);
    expect([r.intent, r.ttlSeconds]).toEqual(['token', seconds]);
  });

  it.each([
    'seeing 429s on the api key since 2 hours',
    'got a 500 error on the token endpoint 10 minutes ago',
    'getting 403 errors with my token, it died after 2h',
  ])('look-alike "%s" only reports the error', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });
});

describe('"period" dictated for a full stop', () => {
  it('ends the sentence it closes', () => {
    const r = parseRequest('token for two hours period region is ireland');
    expect([r.intent, r.ttlSeconds, r.region, r.question]).toEqual(['token', 7200, 'eu-west-1', undefined]);
  });

  it.each([
    ['spend for growth for the period of march', 'spend'],
    ['create a key for growth with a ninety day period', 'create_key'],
  ])('look-alike "%s" keeps "period" as a word', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});

describe('corrections typed the Slack way: s/old/new/, *edit:*, "the one for X"', () => {
  it.each([
    ['<@U0BOT1> rotate the key for pricing. s/pricing/pricing-ml/', 'rotate', 'pricing-ml'],
    [
      '<@U0BOT1> create a key for the search team *edit:* search-relevance, that is the real name',
      'create_key',
      'search-relevance',
    ],
    ['<@U0BOT1> revoke the ledger key. I meant the one for ledger-sync, sorry', 'revoke', 'ledger-sync'],
  ])('"%s" is %s for %s', (text, intent, unit) => {
    const r = parseRequest(text);
    expect([r.intent, r.businessUnit]).toEqual([intent, unit]);
  });

  it('a substitution of a value said in an earlier message stands for the new value', () => {
    const r = parseRequest('<@U0BOT1> s/2h/5h/ on my token request please');
    expect([r.intent, r.ttlSeconds]).toEqual(['token', 18000]);
    const k = parseRequest('<@U0BOT1> create a key for billing, 30 days. s/30/45/');
    expect([k.intent, k.businessUnit, k.expiryDays]).toEqual(['create_key', 'billing', 45]);
  });

  it.each([
    ['<@U0BOT1> show my units please, then I choose one', 'me'],
    ['<@U0BOT1> list teams *edit:* just mine', 'me'],
  ])('"%s" lists the units of the one asking', (text, owner) => {
    const r = parseRequest(text);
    expect([r.intent, r.owner]).toEqual(['list', owner]);
  });

  it.each(['<@U0BOT1> list all units', 'list my units keys'])('look-alike "%s" names no owner', (text) => {
    expect(parseRequest(text).owner).toBeNull();
  });

  it('a path with slashes is no substitution', () => {
    expect(parseRequest('token 2h, the script is in tools/s/run.sh').ttlSeconds).toBe(7200);
  });
});

describe('two kinds of credential weighed is a question about the kinds', () => {
  it.each([
    '<@U0BOT1> quick q: token and api key, same thing?',
    'api keys / access keys, different?',
    'token or access key - is it the same?',
  ])('"%s" is help about key kinds, no kind stated', (text) => {
    const r = parseRequest(text);
    expect([r.intent, r.topic, r.keyKind]).toEqual(['help', 'key-kinds', null]);
    expect(acts(text)).toBe(false);
  });

  it.each([
    ['token and api key for growth please', 'create_key'],
    ['token 2h and an api key for growth, same as last time?', 'token'],
  ])('look-alike "%s" stays a request (%s)', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });

  it('one kind at two lengths keeps the kind', () => {
    const r = parseRequest('is a short-term api key and a long-term api key the same?');
    expect([r.intent, r.keyKind]).toEqual(['help', 'api-key']);
  });
});

describe('asides in a reply to the bot', () => {
  it('"I\'m using the bot" tells nobody to use it: the request to the bot stands', () => {
    const r = parseRequest("<@U0BOT1> token, 3h. (re: <@U07KIM22>'s question: yes, I'm using the bot now)");
    expect([r.intent, r.ttlSeconds]).toEqual(['token', 10800]);
  });

  it('"thinks" is no "thanks"', () => {
    const r = parseRequest('<@U0BOT1> which units are mine? <@U07KIM22> thinks I own two');
    expect([r.intent, r.owner]).toEqual(['list', 'me']);
  });

  it.each([
    '<@U07KIM22> pls rotate the key for ml-ops. (when you get a sec)',
    '<@U07KIM22> can you get a token using the bot? I am stuck',
  ])('look-alike "%s" is put to a colleague', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });
});

describe('a ticket named by its link or ID is a reference, not an object', () => {
  it.each([
    [
      'deprovision ads-lab — ticket: <https://jira.example.com/browse/OPS-77|OPS-77 remove ads-lab access>',
      'deprovision',
      'ads-lab',
    ],
    [
      'Ticket: <https://jira.example.com/browse/OPS-80|OPS-80>\nkey for media-lab please',
      'create_key',
      'media-lab',
    ],
    ['rotate the key for pay-core (jira PAY-412)', 'rotate', 'pay-core'],
  ])('"%s" is %s for %s', (text, intent, unit) => {
    const r = parseRequest(text);
    expect([r.intent, r.businessUnit]).toEqual([intent, unit]);
  });

  it.each([
    'I lost my ticket for the concert, can you help',
    'my jira ticket is stuck, can someone look',
    'deprovision the old EC2 instances in dublin, ticket OPS-91',
  ])('look-alike "%s" asks nothing of the bot', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });
});

describe('where a key was seen names no unit', () => {
  it.each([
    '<@U0BOT1> revoke ACCAEXAMPLE0000000001 please, the one from the screenshot',
    '<@U0BOT1> rotate ACCAEXAMPLE0000000002, the one in the thread above',
  ])('"%s" names the key, no unit', (text) => {
    const r = parseRequest(text);
    expect(r.businessUnit).toBeNull();
    expect(r.keyId).not.toBeNull();
  });

  it('look-alike: a unit named before a team noun stays', () => {
    const r = parseRequest('create a key for the messages team');
    expect([r.intent, r.businessUnit]).toEqual(['create_key', 'messages-team']);
  });
});

describe('"same as before: 2h" is a line of values', () => {
  it.each([
    ['<@U0BOT1> new token please, the last one ran out. same as before: 3h', 10800],
    ['token please, the old one expired. as usual, 90 minutes', 5400],
  ])('"%s" asks %i seconds', (text, seconds) => {
    const r = parseRequest(text);
    expect([r.intent, r.ttlSeconds]).toEqual(['token', seconds]);
  });

  it('look-alike: a story told "as before" keeps its duration out', () => {
    const r = parseRequest('we did the same as before for 2 weeks. token 1h please');
    expect([r.intent, r.ttlSeconds]).toEqual(['token', 3600]);
  });
});
