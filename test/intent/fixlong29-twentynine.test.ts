/**
 * Round twenty-nine, fixlong29: errors in the long and pasted style file (tuned-styles-long), by kind. Sentences of
 * our own, written before the parser's answer was looked at, and look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, reads } from './acted.js';

/** Each text is help (with the topic given), never acted on. */
const helpOn = (rows: [string, string | null][]) =>
  it.each(rows)('%j', (text, topic) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('help');
    expect(parse.topic ?? null).toBe(topic);
  });

describe('what the bot needs to be given to make a request, asked anywhere in the message, is help on that command', () => {
  helpOn([
    [
      'The Galley Systems squad needs bedrock for the menu-planner job. What do I need to give the bot to create a key: unit, owner, expiry? anything else? I want to get it right first time',
      'create_key',
    ],
    [
      'Our Fleet Engineering crew wants an api key for the hull-scan job. what info does the bot need to make a key? I only know the unit name so far',
      'create_key',
    ],
    [
      "first time here :wave: what do i have to tell the bot to get a token? region? hours? i don't want to mess it up",
      'token',
    ],
    [
      'the Crew Welfare team needs creds for the survey-bot. what details do you need from me to create an access key?? owner and expiry, anything else',
      'create_key',
    ],
    [
      'what do I need to provide to request a long-term key for our unit? asking for the *Spa* team',
      'create_key',
    ],
  ]);
  // look-alikes: the values given with the request, or the request asked after the question, stay requests
  reads([
    ['create a key for galley-systems, owner ana@meridianseas.com, 90 days', 'create_key', 'galley-systems'],
    [
      'I have everything the bot needs now: key for hull-scan, owner <@U02ABCDEF1>, 30 days',
      'create_key',
      'hull-scan',
    ],
    ['token for 2h please, what do I need for a longer one next time?', 'token', null],
  ]);
  neverActs([
    'what do I need to give the bot to create a key?',
    'what do i need to tell the bot to revoke a key? the crew-app one leaked and I want to be ready',
    'What do I need to create a key for the menu-planner? unit, owner, expiry? I want to get it right first time',
  ]);
});

describe("another person using one's own token, asked about, is help on keeping it safe, not a token", () => {
  helpOn([
    [
      "so my colleague in the Manila crewing office wants to use my token for the certificate checks while I'm on leave (2 weeks). is it OK if she uses mine, or is sharing a token a no-no?",
      'general',
    ],
    [
      "our translation vendor's contractor (NDA signed) is pairing with me for 2 hours, can she work off my token?",
      'general',
    ],
    ['can my intern use my token for 3h while I am in the meeting?', 'general'],
    ['is it fine if the Tokyo team borrows my token tonight? they need it for ~4 hrs', 'general'],
    ['my teammate wants to run the eval on my token, is that allowed? it is only for an hour', 'general'],
  ]);
  // look-alikes: a token asked for the other person, or for oneself, stays a request
  reads([
    ['a token for my colleague <@U07JONASK2> for 6h please', 'token', null],
    ['token for 2h please, my colleague will be pairing with me on it', 'token', null],
    ['can I get a token for 2h? pairing with the vendor all afternoon', 'token', null],
  ]);
  neverActs([
    'she uses my token for the checks, is that ok?',
    'sharing tokens with contractors, allowed or not?',
    'can he keep using my token for the next 2 hours or does he need his own?',
  ]);
});

describe("a command in the message's last sentence, after a story of other things, is the request read on its own", () => {
  reads([
    [
      'the Solstice tender schedule got moved twice today (swell at 2.4m, captain cancelled the 14:00 run). I need to redo the guest notices with the template bot. token 3h',
      'token',
      null,
    ],
    [
      'Kaito from Port Logistics rang at 6am, the berth slot in Piraeus was revoked by the port authority and everything shifted by a day. anyway unrelated to that: rotate the port-docs-ocr key please, it was on a screenshot in the ops deck',
      'rotate',
      'port-docs-ocr',
    ],
    [
      'Audit has a list of 14 findings from the Barcelona visit and number 9 is ours (a shared login on the crew wifi portal, not bedrock). For our side: show me the history of the crew-portal unit this month',
      'history',
      'crew-portal',
    ],
    [
      'Galley Systems burned through the budget for the menu shoot (2 photographers, 3 days in Málaga). Finance wants to know where the rest went. *list all units* please',
      'list',
      null,
    ],
  ]);
  // look-alikes: a command quoted, taken back, or told as what someone else said, after a story, asks nothing
  neverActs([
    'the runbook for a leak has 5 steps and we did 1 and 2 today. step 3 says: rotate the guest-chat key',
    'Rotate the cabin-upsell key — that is what Priya suggested on Friday. We looked again and it never leaked, so not doing it',
    'the drills on the Vela went fine (lifeboats down in 9 minutes). the captain said: deprovision the old muster app',
  ]);
});
