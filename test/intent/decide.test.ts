/**
 * Decide before acting: a reading that would act (token, key, rotate, revoke, deprovision) is acted on
 * only when the message is an instruction to this bot about our objects. Each category below has
 * variants written for this test (other words, word order, typos, non-native phrasing), none taken
 * from the corpus: the parser must get the category, not the examples.
 */
import { describe, expect, it } from 'vitest';
import { moodOf } from '../../src/intent/mood.js';
import { parseRequest, parseRequestWith } from '../../src/intent/parse-request.js';
import { prepare } from '../../src/intent/prepare.js';
import { acts as actsOn } from './data/evaluate.mjs';

const acts = (text: string): boolean => actsOn(parseRequest(text));
const mood = (text: string): string => moodOf(prepare(text).text);

describe('a message that is no instruction is never acted on', () => {
  it.each([
    'we rotated the growth key last night, all good now',
    'I revoked my old token this morning fyi',
    'finally deleted the legacy keys for billing yesterday',
    'rotating the sales key now, brb',
    'im currently offboarding the vendor-sync unit, will ping when done',
  ])('a story of what was done or is going on: "%s"', (text) => {
    expect(acts(text)).toBe(false);
    expect(['narrative', 'statement']).toContain(mood(text));
  });

  it.each([
    'suppose I need a token for 10h, is that allowed',
    'if we revoke the analytics key will the dashboards break?',
    'what would happen if we deprovision marketing',
    'in case the ranking key leaks, do we rotate it ourselves?',
    'hypothetically, a key for the intern project, would that need approval',
    'if i needed a token for 3h would that be ok?',
  ])('a supposition: "%s"', (text) => {
    expect(acts(text)).toBe(false);
  });

  it.each([
    'do we still need the api key for marketing?',
    'can I rotate my own key?',
    'would a bedrock token work from my home wifi?',
    'does the data team have to rotate their key every 90 days?',
    'is a token for 12h too long for the eval job?',
    'has the ads key been revoked yet?',
  ])('a question about how things are: "%s"', (text) => {
    expect(acts(text)).toBe(false);
  });

  it.each([
    'we should probably rotate the search keys at some point',
    'i guess we could delete the legacy keys eventually',
    'someone needs to revoke the old intern tokens, not me though',
    'everyone wants a bedrock key these days lol',
    'the finance team wants to know whether they need an api key',
    'next sprint we will need an api key for the chatbot, not yet though',
  ])('a remark, a musing, a plan for later: "%s"', (text) => {
    expect(acts(text)).toBe(false);
  });

  it.each([
    'revoke my github personal access token',
    'please delete the old ssh key from the jump host',
    'rotate the ssl cert for the website',
    'can you reset the wifi password for the guest network',
    'create a new gpg key for signing releases',
    'my ssh key expired lol',
    'delete the draft in confluence pls',
  ])('credentials of another system: "%s"', (text) => {
    expect(acts(text)).toBe(false);
  });
});

describe('tokens a model reads are no Bedrock tokens', () => {
  it.each([
    'need more tokens for the openai playground',
    'can i get more tokens pls, my prompt is cut off',
    'give me a bigger context window for claude',
    'we need 200k tokens per minute for the batch job',
  ])('"%s" is not acted on', (text) => {
    expect(acts(text)).toBe(false);
  });

  it('a token with a lifetime is ours again', () => {
    expect(acts('token for 2h to test max tokens per request')).toBe(true);
  });
});

describe('an instruction to this bot is acted on', () => {
  it.each([
    ['rotate the key for sales', 'rotate'],
    ['pls rotate growth key asap', 'rotate'],
    ['token 2h', 'token'],
    ['a token for 3 hours please', 'token'],
    ['can you revoke the marketing keys', 'revoke'],
    ['could I get a bedrock token for an hour', 'token'],
    ['I need a long-term key for the fraud-scoring service', 'create_key'],
    ['marketing needs a bedrock key', 'create_key'],
    ['hey bot, deprovision old-analytics', 'deprovision'],
    ['kindly do the needful and give me token for 2 hour', 'token'],
    ['can data-science get a key', 'create_key'],
    ['could data-eng please have a bedrock key, owner ads@acme.io', 'create_key'],
    ['we rotated it last month but it leaked again, rotate the key for search-api please', 'rotate'],
  ])('"%s" → %s, no question', (text, intent) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(acts(text)).toBe(true);
  });

  it('reads a request after a polite condition ("if possible", "if you can")', () => {
    expect(mood('rotate the ads key if possible')).toBe('instruction');
    expect(mood('if you can, a token for 2h')).toBe('instruction');
    expect(mood('if not too much trouble could you revoke the old sales key')).toBe('instruction');
  });

  it('keeps the best guess when it asks: the question offers it first, then help', () => {
    const r = parseRequest('do we rotate the growth key?');
    expect(r.question?.alternatives[0]?.intent).toBe(r.intent);
    expect(r.question?.alternatives.some((a) => a.intent === 'help')).toBe(true);
  });
});

describe('what a non-instruction is read as', () => {
  it.each([
    'is it safe to keep my bedrock token in a .env file?',
    'where should i keep the api key, in vault or in ssm?',
    'my token keeps saying expired, what could be wrong?',
    'is it ok if i share an access key with my teammate',
  ])('a question about handling our credentials is help: "%s"', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('help');
    expect(r.topic).toBeDefined();
  });

  it.each([
    'should i revoke the ads key? idk, probably fine',
    'is it worth rotating the search key before the audit? probably not',
    'who has the key to the bike shed?',
  ])('a deliberation or a question to people is no help request: "%s"', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });

  it.each([
    // (round sixteen, README "When a change happened": a creation is a change in the record, history.)
    ['when was the key for payments-api created', 'history'],
    ['when were the checkout keys created?', 'history'],
    ['when were the checkout keys created and when do they expire?', 'details'],
    ['ads-ranking keys?', 'details'],
    ['keys for fraud-ops?', 'details'],
  ])('a unit\'s keys asked about: "%s" → %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});

describe('which action', () => {
  it.each([
    ['token for 9h, running a batch job overnight', 'token', 32_400],
    ['token for the deploy pipeline test, 3 hours', 'token', 10_800],
    ['need a temp token 2h for my cron experiment', 'token', 7200],
  ])('a token with hours is a token whatever it is for: "%s"', (text, intent, ttl) => {
    const r = parseRequest(text);
    expect([r.intent, r.ttlSeconds]).toEqual([intent, ttl]);
  });

  it.each([
    'I am new joiner, need bedrock access for my onboarding tasks, 4h',
    'give <@U0NEWBIE01> a token for 3 hours, it is her onboarding week',
    'running the onboarding session for new hires, token for 2h please',
  ])('a new hire\'s onboarding is no business unit onboarded: "%s"', (text) => {
    expect(parseRequest(text).intent).toBe('token');
  });

  it.each([
    'regen the key for search-api',
    'rollover the creds of billing-service',
    'new key for growth replacing the old one',
  ])('renewal words rotate: "%s"', (text) => {
    expect(parseRequest(text).intent).toBe('rotate');
  });
});

describe('a story, a supposition, a question about a unit', () => {
  it.each([
    'rotating the sales key now, brb',
    'we just revoked the intern tokens, all done',
    'ops already deprovisioned legacy-bi on friday',
  ])('a story of what was done or is being done asks nothing: "%s"', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });

  it.each([
    'what would happen if we deprovision marketing?',
    'if i revoke my token, does my notebook stop working?',
    'if i rotate the key for search, do the old calls fail?',
  ])('a supposition put as a question is help: "%s"', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('help');
    expect(r.topic).toBeDefined();
  });

  it.each([
    ["what's configured for checkout-api", 'details'],
    ['do we have a key for billing-service?', 'details'],
    ['does the fraud-ops unit have any api keys?', 'details'],
    ['anything deleted this week?', 'history'],
    ['were any keys rotated yesterday', 'history'],
  ])('a question about what exists or happened reads it: "%s" → %s', (text, intent) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
  });
});

describe('withdrawn and refused', () => {
  it.each([
    'forget the key for sales',
    'scratch that, no key needed',
    'i changed my mind, no token please',
    'rotate the sales key — actually no, leave it',
    'token for 2h pls... oh wait never mind',
    'key for ads. nvm',
    'belay that last request',
    'hold on with the deprovision of old-bi',
    'skip the rotation this time',
  ])('"%s" does nothing', (text) => {
    expect(acts(text)).toBe(false);
    expect(parseRequest(text).intent).toBe('unknown');
  });

  it('a withdrawal with an object of its own takes back only that', () => {
    const r = parseRequest('rotate the growth key, never mind the sales one');
    expect([r.intent, r.businessUnit]).toEqual(['rotate', 'growth']);
    const s = parseRequest('nvm my last msg, token for 2h please');
    expect([s.intent, s.ttlSeconds]).toEqual(['token', 7200]);
  });

  it('a credential refused outright leaves the other kind', () => {
    expect(parseRequest('no token please, it is for the nightly export service').intent).toBe('create_key');
    expect(parseRequest('no api key, just a token for 1h').intent).toBe('token');
    // "no key yet" states a fact; the request follows it.
    expect(parseRequest('no key yet for ml-ops, can you create one?').intent).toBe('create_key');
  });
});

describe('the gate holds without the classifier (rules alone, parseRequestWith "rules")', () => {
  const actsByRules = (text: string): boolean => {
    return actsOn(parseRequestWith(text, 'rules'));
  };
  it.each([
    'reminder to self: revoke the intern tokens next month',
    'todo - rotate the search key at some point',
    'rotate the ci key next sprint, not now',
    'help token',
    'man bedrock',
    'show me an example request for a long-term key',
    'cancel my request for the recsys key',
    'pls withdraw my request for a key for legal',
    'nobody touch the payments keys pls 🙏',
    "don't change the growth key today",
    'put the deprovision of qa-sandbox on hold please',
    'put the offboarding of legacy-bi on hold for now',
    'bedrock edition of minecraft crashes for my kid',
    'the flintstones lived in bedrock, right?',
    'need access to the finance folder on gdrive',
    'i need a break, back in 15 minutes',
    'need 2 hours of focus time, do not disturb',
    'make us a meme about the outage pls',
    'can you revoke the meeting for tomorrow, not needed',
  ])('"%s" is not acted on', (text) => {
    expect(actsByRules(text)).toBe(false);
    expect(acts(text)).toBe(false);
  });

  it.each([
    ['rotate growth', 'rotate'],
    ['deprovision old-bi', 'deprovision'],
    ['offboard team falcon', 'deprovision'],
    ['rev all ads', 'revoke'],
    ['key for the slack bot', 'create_key'],
    ['45 min', 'token'],
  ])('"%s" still acts on its object', (text, intent) => {
    expect(parseRequestWith(text, 'rules').intent).toBe(intent);
    expect(actsByRules(text)).toBe(true);
  });
});

describe("look-alikes met in the new authors' text, by category (variants written here)", () => {
  it.each([
    'rotate the logs on the build box, disk is full',
    'pls delete the old backups from the nas',
    'generate a summary of the incident for the retro',
    'we need to make key decisions about the vendor today',
    'key takeaways from the offsite are in the doc',
    'folks, revoke your old gh tokens please',
    'everyone rotate your ssh keys this week',
    'can I get a key for the storage room? need the old invoices',
    'i might need a token tomorrow, will ask then',
    'note for tomorrow - revoke the old ads key after the migration',
    'remind me to rotate the growth key',
  ])('"%s" is not acted on', (text) => {
    expect(acts(text)).toBe(false);
    expect(parseRequestWith(text, 'rules').question !== undefined || !acts(text)).toBe(true);
  });

  it.each([
    ['hi all, token 2h please', 'token'],
    ['team search needs a new api key', 'create_key'],
    ['rotate the key for logs-exporter', 'rotate'],
  ])('"%s" still acts', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
    expect(acts(text)).toBe(true);
  });
});

describe('requests in other words and other languages', () => {
  it.each([
    'is possible to receive token for 3 hours?',
    'can i hav token for 2 hrs',
    'is it okay if I get a token now? just an hour',
    'Kannst du mir bitte einen Token geben? 2 Stunden',
    'Could you give me a token for 2h so I can try claude on our support tickets?',
    'the deck has 20 slides and I am on slide 4, please give me a token for 3 hours',
    'we compare claude vs llama this week; for now I only need a token, 4h',
  ])('"%s" is a token request', (text) => {
    expect(parseRequest(text).intent).toBe('token');
  });

  it.each(['thanks, a token of appreciation for the team 🍰', 'lost my bus token again'])(
    'an everyday token is none of ours: "%s"',
    (text) => {
      expect(parseRequest(text).intent).toBe('unknown');
    },
  );
});

describe('questions and greetings that are not for the bot', () => {
  it.each([
    'how do i rotate a photo on my iphone',
    'does anybody know how to delete a page in the pdf?',
    'anyone know how to get the jira access list exported?',
    'how can I get my parking pass renewed?',
    'hi all 👋',
    'good morning folks',
    'hey everyone, happy friday',
  ])('"%s" is unknown', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });

  it.each([
    ['hi', 'help'],
    ['hello bot', 'help'],
    ['max token lifetime?', 'help'],
    ['how do i rotate the key for growth?', 'help'],
  ])('"%s" is still %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});

describe('shorthand of commands', () => {
  it.each([
    ['rvk the old ads keys', 'revoke'],
    ['rvk AKIAIOSFODNN7EXAMPLE', 'revoke'],
    ['desc search-api', 'details'],
    ['desc the fraud-ops unit', 'details'],
  ])('"%s" → %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});

describe('short questions and physical access', () => {
  const actsByRules = (text: string): boolean => {
    return actsOn(parseRequestWith(text, 'rules'));
  };
  it.each([
    'longest token ttl?',
    'api key or access key for a cron job?',
    'token --help',
    'min lifetime of a key?',
    'can i get access to the office on saturday',
    'my badge does not open the 2nd floor',
    'temp access to the lobby for a visitor?',
  ])('"%s" is not acted on, by the rules alone either', (text) => {
    expect(acts(text)).toBe(false);
    expect(actsByRules(text)).toBe(false);
  });
});
