import { describe, expect, it } from 'vitest';
import { ACTING_INTENTS } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';

/** The engine would carry it out: an acting intent with no question. */
const acts = (text: string): boolean => {
  const r = parseRequest(text);
  return ACTING_INTENTS.has(r.intent) && r.question === undefined;
};

/**
 * Colleagues who write English as a second language put the verb last, after the key it acts on,
 * and say "exchange" where "change" is meant (a false friend): both are a rotation of that key.
 */
describe('learner English: the verb last, and "exchange" for "change"', () => {
  it.each<[string, string]>([
    ['key of analytics please exchange', 'analytics'],
    ['the key of payments please change, it was in a screenshot', 'payments'],
    ['please exchange the key of tradu with a new one', 'tradu'],
    ['key of the team scoring you can exchange with new one?', 'scoring'],
    ['the key for billing-api we must to change asap', 'billing-api'],
  ])('"%s" is a rotation for %s', (text, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('rotate');
    expect(r.businessUnit).toBe(unit);
  });

  it.each([
    'we must exchange keys with the partner before the demo',
    'we exchange keys with the vendor every quarter',
    'the diffie-hellman key exchange failed again',
    'the key exchange is slow on the vpn',
    'my house key we must change, the lock is broken',
    'the key of the car we need to change',
    'I need to change my password',
  ])('"%s" is nothing to do', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });

  it('"exchange" before the key is never done at once', () => {
    expect(acts('can you exchange the ledger key with other one?')).toBe(false);
    expect(acts('exchange the key of growth please')).toBe(false);
  });

  it('"my will to live" keeps its "to"', () => {
    expect(parseRequest('the deprovision of my will to live is complete, it is only monday').intent).toBe(
      'unknown',
    );
  });

  it('changing what is said of a key is no rotation', () => {
    const r = parseRequest('can you exchange the owner of the growth key?');
    expect(r.intent).not.toBe('rotate');
    expect(acts('can you exchange the owner of the growth key?')).toBe(false);
  });
});

/**
 * "we need to rotate the key of tradu, please": the speaker's own need, now, is a request put as a
 * statement. It is asked about (never done at once); a need for later, on a condition, a thought or
 * someone else's duty stays a remark, and so does a need of things that are not ours.
 */
describe('learner English: a need stated now is asked about', () => {
  it.each<[string, string, string]>([
    ['we need to rotate the key of orders please', 'rotate', 'orders'],
    ['the key of tradu we need to rotate please, someone put it in the wiki', 'rotate', 'tradu'],
    ['we must to revoke the key of claims asap', 'revoke', 'claims'],
    ['please we need to rotate the recsys key, it leaked', 'rotate', 'recsys'],
    ['the fraud-ops key we have to rotate now', 'rotate', 'fraud-ops'],
  ])('"%s" is a %s for %s, asked first', (text, intent, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(r.businessUnit).toBe(unit);
    expect(acts(text)).toBe(false);
  });

  it.each([
    'we need to rotate the growth key next month',
    'when the contractor leaves we need to revoke their key',
    'we must rotate keys every 90 days, that is the policy',
    'I think we need to rotate the growth key',
    'someone must rotate the growth key',
    'we need to rotate the tyres please',
    'we need to rotate the standup host please, who wants?',
    'we need to revoke the power of attorney please',
    'we have to delete the test branches please',
  ])('"%s" asks nothing of the bot', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });
});

/** Regular past forms of irregular verbs ("costed", "spended") are the money words they mean. */
describe('learner English: verb forms', () => {
  it.each<[string, string]>([
    ['how much costed growth last month?', 'growth'],
    ['how much spended ledger in october?', 'ledger'],
    ['what costed the team scoring this month?', 'scoring'],
  ])('"%s" asks what %s spent', (text, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('spend');
    expect(r.businessUnit).toBe(unit);
    expect(r.period).not.toBeNull();
  });

  it.each(['how much costed the pizza?', 'the hotel costed 200 euro', 'you must to see this movie'])(
    '"%s" is nothing of ours',
    (text) => {
      expect(parseRequest(text).intent).toBe('unknown');
    },
  );

  it('"to" after a modal does not hide the request', () => {
    const r = parseRequest('can I to have a token for 2 hours?');
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(7200);
  });
});

/** The asker's own units, asked for in a learner's word order: a list whose owner is "me". */
describe('learner English: my units in another order', () => {
  it.each([
    'which are my units?',
    'my teams which are?',
    'of what units I am owner?',
    'I am owner of which teams?',
    'show the units where I am the owner',
    'which units have me as owner?',
    'the units of me please',
    'who I am owner of?',
    'which are my teams? sorry, I am new here',
  ])('"%s" lists the units the person owns', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('list');
    expect(r.owner).toBe('me');
  });

  it.each<[string, string | null]>([
    ['am I owner of growth?', 'growth'],
    ['who is owner of ledger?', 'ledger'],
    ['who is the owner of my unit?', null],
  ])('"%s" asks about one unit, not for a list', (text, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('details');
    expect(r.businessUnit).toBe(unit);
    expect(r.owner).not.toBe('me');
  });

  it('which units there are is still every unit', () => {
    const r = parseRequest('which are the units?');
    expect(r.intent).toBe('list');
    expect(r.owner).toBeNull();
  });
});

/**
 * False friends and learner's forms for getting a credential: "become" for "get" (German
 * "bekommen"), "the permission for claude" (access to the AI), and "for my team growth" (my team,
 * growth).
 */
describe('learner English: getting a credential in other words', () => {
  it.each<[string, number]>([
    ['can I become a token for 3 hours?', 10800],
    ['I would like to become one token for 90 minutes please', 5400],
    ['please the permission for bedrock for 2 hours, I must test a prompt', 7200],
    ['I need authorisation to use the AI for one hour', 3600],
  ])('"%s" is a token for the person asking', (text, ttl) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(ttl);
  });

  it.each<[string, string, string]>([
    ['I want to become key for my team orbit', 'create_key', 'orbit'],
    ['please a key for our team ledger, 60 days', 'create_key', 'ledger'],
    ['rotate the key of my team orbit please', 'rotate', 'orbit'],
    ['how much spent our team ledger last month?', 'spend', 'ledger'],
  ])('"%s" is a %s for %s', (text, intent, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(r.businessUnit).toBe(unit);
  });

  it.each([
    'my daughter wants to become a data scientist',
    'I want to become a key person in the platform team',
    'revoke my parking permission please, I come by train now',
    'can someone revoke my salesforce admin rights?',
  ])('"%s" is nothing of ours', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });

  it.each(['a key for my team lead please', 'token for my team mate 2 hours', 'a key for my team please'])(
    '"%s" names no unit',
    (text) => {
      expect(parseRequest(text).businessUnit).toBeNull();
    },
  );
});

/** A question without "does" ("how it works the approval?") asks how that thing works. */
describe('learner English: how it works the …', () => {
  it.each<[string, string]>([
    ['how it works the approval?', 'approvals'],
    ['how is working the approval for keys?', 'approvals'],
    ['how it works the rotation?', 'rotate'],
    ['how works the spend command?', 'spend'],
  ])('"%s" is help about %s', (text, topic) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('help');
    expect(r.topic).toBe(topic);
  });

  it.each(['how works the coffee machine?', 'how it goes the weekend?'])(
    '"%s" is nothing of ours',
    (text) => {
      expect(parseRequest(text).intent).toBe('unknown');
    },
  );
});
