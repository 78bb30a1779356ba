/**
 * Round sixty, fix60 help: questions to the bot against talk among people, and the topics of help questions.
 *  - a supposition that asks how people would take it, or what would break, is the team's to weigh: nothing asked of
 *    the bot (fallout-wondered.ts); whether a token can be had in theory stays help, topic limits;
 *  - a token asked about for a colleague with no account of ours yet, or on someone's behalf, with no lifetime asked
 *    for: help, topic token (account-lacked.ts); the lacked Slack account is no object of another system's;
 *  - a leading mention, then the bot spoken of, a choice the one tagged made, or the team's decision sought; and how
 *    long something took "for you guys": put to colleagues, nothing asked (colleague-asked.ts);
 *  - a token's 12-hour cap doubted ("is 12h really the max?"): help, topic limits (cap-doubted.ts);
 *  - how to handle one of our credentials safely (send it by email, an acceptable place to keep it), or while its holder
 *    is away: help, topic general, with the one kind named (secret-handling-asked.ts);
 *  - the topics: a request asked after as rejected → approvals; a token's end asked by a moment of the day → limits
 *    (token-end-asked.ts); how to set a
 *    field when asking for a key → create_key; "a command list" → general, not the list command (help-topic.ts);
 *  - the bot asked in the third person to do one thing to a named unit's key ("can the bot rotate the fleet-router
 *    key?"): the request, asked before acting (mood.ts).
 * Every sentence is the fixer's own. Requests with the same words still act.
 */
import { describe, expect, it } from 'vitest';
import { helpTopic } from '../../src/intent/help-topic.js';
import { prepare } from '../../src/intent/prepare.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, nothingAsked, stillActs } from './acted.js';

const helpWith = (rows: [string, string][]) =>
  it.each(rows)('%j', (text, topic) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.topic]).toEqual(['help', topic]);
    expect(acted(text)).toBe(false);
  });

describe('a supposition asking how people would take it, or what would break: nothing asked', () => {
  nothingAsked([
    'hypothetically, if we shut down the pricing unit, what would break?',
    'if I were to ask for an 11h token, would my boss kill me? 😅',
    'hypothetically if I revoked the churn-bot key tonight, how many analysts would scream?',
    "if someone pasted a token in the all-hands deck they'd get fired, right?",
    'suppose we rotated every key on friday, who would complain?',
    'imagine we deprovisioned the sandbox unit, what would stop working?',
  ]);
  helpWith([
    ['hypothetically, could I get a 16h token?', 'limits'],
    ['if I revoke the growth key, what happens to the running jobs?', 'revoke'],
  ]);
});

describe('a token for a colleague with no account yet, or on their behalf: help, token', () => {
  helpWith([
    ['our new analyst has no slack account yet, can tokens be made for another person?', 'token'],
    ['the contractor starts tomorrow and has no slack login yet, can I get a token on his behalf?', 'token'],
    ['a token for my new hire who has no slack account, how does that work?', 'token'],
    ['can I collect tokens on their behalf? the temps do not have slack', 'token'],
  ]);
  it('a lifetime asked for on someone’s behalf is still the token', () => {
    const parse = parseRequest("can I get a token for 2h on behalf of my manager? she's on a train");
    expect([parse.intent, parse.ttlSeconds]).toEqual(['token', 7200]);
  });
  nothingAsked(['can I get a slack account for the new intern?']);
});

describe('put to a colleague: a tag and the bot spoken of, a choice they made, a decision sought', () => {
  nothingAsked([
    '<@U09PAULA> which expiry did you set on the claims-ocr key, 30 or 90?',
    '<@U08NIKO> the bot wants a unit for the key, can I put you down as owner?',
    '<@U07LEAD> do we rotate or revoke the pos-sync key? need a decision by noon',
    '<@U05MARA> did you go with an access key or an api key for the scanner?',
    'how long did the key approval take for you all?',
    'how long did it take for you guys to get the api key?',
  ]);
  helpWith([
    ['how long does key approval usually take?', 'approvals'],
    ['rotate or revoke? the key was only in a private repo', undefined as unknown as string],
  ]);
});

describe("the token's cap doubted: limits", () => {
  helpWith([
    ['is 12h really the maximum? our export runs about 18 hours', 'limits'],
    ['is the cap really 12 hours? asking for the overnight load', 'limits'],
    ['is twelve hours honestly the limit?', 'limits'],
  ]);
  stillActs(['token for 12h please', 'token for 3h please']);
});

describe('handling a credential safely, or while its holder is away: general', () => {
  helpWith([
    ['is it safe to send the api key to our agency by email?', 'general'],
    ['Jenkins credentials for the access key in the nightly job, acceptable place to keep it?', 'general'],
    ['what happens to our key when I go on parental leave, who should look after it?', 'general'],
    ['is it ok to email my token to the freelancer?', 'general'],
  ]);
  it('names the one kind asked about', () => {
    expect(parseRequest('is it safe to send the api key to our agency by email?').keyKind).toBe('api-key');
  });
  nothingAsked(['is it safe to send the Twilio key to the vendor by email?']);
});

describe('topics: a rejected request, a token ending with the shift, a field set when asking, a command list', () => {
  helpWith([
    ['why was our key request rejected? who decides that?', 'approvals'],
    ['what happens to my token when my night shift ends, does it expire too?', 'limits'],
    ['how do we choose the owner when requesting a new access key?', 'create_key'],
    ['what else can you do for the warehouse team? is there a command list somewhere?', 'general'],
    ['what does the list command show exactly?', 'list'],
  ]);
  it.each([
    ['the token I got this morning expired already, is that normal?', 'limits'],
    ['does the token stop when the session is over?', 'limits'],
  ])('%j', (text, topic) => {
    expect(helpTopic(prepare(text.toLowerCase()).text)).toBe(topic);
  });
});

describe('the bot asked in the third person to act on a named key: the request, asked first', () => {
  it.each([
    ['can the bot rotate the fleet-router key? it showed up in a screenshot', 'rotate', 'fleet-router'],
    ['could the bot revoke the pos-sync key? we think it leaked', 'revoke', 'pos-sync'],
  ])('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit]).toEqual([intent, unit]);
  });
  helpWith([['can the bot rotate keys on a schedule?', 'rotate']]);
  stillActs(['revoke the fleet-router key please', 'create an api key for claims-ocr, 60 days']);
});
