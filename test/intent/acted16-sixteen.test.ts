/**
 * Round sixteen, acted16: three kinds of non-request that the round's blind files saw acted on.
 * Sentences written before the parser's answer was looked at, with look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { ACTING_INTENTS } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, exactly } from './acted.js';

describe('a take-back after a question, with dashes, colons, semicolons or an ellipsis', () => {
  exactly([
    {
      text: 'Offboard the claims-triage team? No — keep them; the pilot was extended to March.',
      intent: 'unknown',
    },
    { text: 'Rotate the key for growth?? nope: leave it alone', intent: 'unknown' },
    { text: 'Revoke the treasury key? No; keep it, finance still needs it.', intent: 'unknown' },
    { text: 'delete the ads keys… no wait, keep them', intent: 'unknown' },
    { text: 'Create a new key for search? – actually no.', intent: 'unknown' },
    { text: 'Tear down risk-ml? Nah — leave it; they asked for another week.', intent: 'unknown' },
    { text: 'Decommission the legacy-ocr unit? No… keep it for now.', intent: 'unknown' },
    { text: 'Rotate the payments key? No no — keep it, the vendor cutover is Friday.', intent: 'unknown' },
    { text: "Revoke the analytics key? No: keep that one; it's the prod key.", intent: 'unknown' },
    { text: 'rotate the payments key? No – keep it: the vendor still uses it.', intent: 'unknown' },
    { text: 'revoke the key for search? No: keep it for now', intent: 'unknown' },
    { text: 'Deprovision growth? no no; keep it.', intent: 'unknown' },
    { text: 'Give me a token for 4h? nope — never mind.', intent: 'unknown' },
    { text: 'Kill the sales key?? no: not yet', intent: 'unknown' },
  ]);
  describe('look-alikes keep their request', () => {
    exactly([
      {
        text: 'rotate the ads key, keep it for 30 days',
        intent: 'rotate',
        businessUnit: 'ads',
        expiryDays: 30,
      },
      {
        text: 'Deprovision legacy-ocr? Yes — nobody uses it any more.',
        intent: 'deprovision',
        businessUnit: 'legacy-ocr',
      },
      { text: 'revoke the old growth key; keep the new one', intent: 'revoke', businessUnit: 'growth' },
      {
        text: 'Rotate the billing key? No — rotate the ledger key instead.',
        intent: 'rotate',
        businessUnit: 'ledger',
      },
      {
        text: 'no expiry please — create a key for risk and keep it 90 days',
        intent: 'create_key',
        businessUnit: 'risk',
        expiryDays: 90,
      },
    ]);
  });
});

describe('a question whether, where or how a request can be made is help', () => {
  it.each([
    'just curious, can i get a token for 3h from my phone or do i need the laptop',
    'out of curiosity, can I rotate the ads key from the mobile app or does it have to be on the laptop',
    'quick q: can i get a token from my phone or only on VPN',
    'does it work from an iPad or do I need my laptop',
    'can I ask for a token on the train or does it only work on the office network',
    'can I revoke a key from the Slack mobile app or only from desktop?',
    'just wondering, can we create keys from a DM or does it have to be in the channel',
    'is it possible to get a token from home or do I need to be on VPN',
    'curious: can i get a 2h token while travelling or must i be on the corp network',
    'out of curiosity can i get a token from the airport wifi or does it have to be the corporate network',
    'just curious, could we rotate the growth key from a phone or only from the laptop',
    'random q: can I request a 4h token over Slack on my phone or do I need the desktop app',
    'can I create a key for search from the Slack mobile app or must I be on the laptop',
    'just wondering, can i ask for a token while abroad or only from the office',
    'just curious can i get a token for 6h',
  ])('%j', (text) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('help');
    expect(parse.ttlSeconds).toBeNull();
    expect(acted(text)).toBe(false);
  });
  describe('look-alikes stay requests', () => {
    exactly([
      { text: "token for 3h please, I'm on my phone", intent: 'token', ttlSeconds: 10800 },
      { text: 'can i get a token for 3h? on my phone so keep it short', intent: 'token', ttlSeconds: 10800 },
      { text: 'can i get a token for 3h from my phone', intent: 'token', ttlSeconds: 10800 },
      { text: 'can I get a token for 2h from my phone please', intent: 'token', ttlSeconds: 7200 },
      {
        text: "give me a token for 2h, I'm on the train so I only have my phone",
        intent: 'token',
        ttlSeconds: 7200,
      },
      {
        text: 'curious how long the ads key has left, can you show its details',
        intent: 'details',
        businessUnit: 'ads',
      },
    ]);
    it('an alternative asked for all the same stays a token request', () => {
      expect(
        parseRequest('can i get a token for 2h or do i need to be on vpn? either way, token for 2h please')
          .intent,
      ).toBe('token');
    });
  });
});

const BOT = 'U0BOT01';
const withBot = { botUserId: BOT };

describe("a leading mention of another user, with the bot's ID known, puts the message to that person", () => {
  it.each([
    '<@U02B7XW4L> can you revoke the payments key?',
    '<@U02B7XW4L> revoke the payments key please',
    `<@U02B7XW4L> can you revoke the payments key? cc <@${BOT}>`,
    `<@U05ANA> rotate the growth key when you can (cc <@${BOT}>)`,
    `hey <@U07TOM>, could you ask <@${BOT}> to deprovision legacy-ocr?`,
    `<@U03MIA> token for 2h for me? <@${BOT}>`,
    '<@U06RAJ|raj> create a key for risk-ml, 30 days',
    `ok <@U08KIM> please delete the ads keys, fyi <@${BOT}>`,
    `<@U09LEO> how do I get a token? (<@${BOT}>)`,
    `<@U01SAM> can you rotate the search key before the demo? thanks <@${BOT}>`,
  ])('%j', (text) => {
    const parse = parseRequest(text, withBot);
    expect(parse.intent).toBe('unknown');
    expect(ACTING_INTENTS.has(parse.intent)).toBe(false);
  });
  describe('the bot spoken to, or no ID: as before', () => {
    it.each([
      [`<@${BOT}> revoke the payments key`, 'revoke'],
      [`<@U02B7XW4L> fyi — <@${BOT}> revoke the payments key`, 'revoke'],
      [`<@U02B7XW4L> <@${BOT}> rotate the ads key`, 'rotate'],
      [`<@U02B7XW4L> thanks! <@${BOT}> token for 2h please`, 'token'],
      [`hey <@${BOT}>, <@U06ROSA> needs a token for 2h`, 'token'],
      [`<@U06ROSA> needs a token for 2h <@${BOT}>`, 'token'],
      ['revoke the payments key for <@U02B7XW4L>', 'revoke'],
      [`<@${BOT}> can you revoke the payments key? I'm on my phone in a cab`, 'revoke'],
    ])('%j', (text, intent) => {
      expect(parseRequest(text, withBot).intent).toBe(intent);
    });
    it('without the ID the leading mention is taken for the bot', () => {
      expect(parseRequest('<@U02B7XW4L> revoke the payments key').intent).toBe('revoke');
    });
  });
});

describe('without the ID: someone away from their machine asks the one mentioned to do it', () => {
  exactly([
    { text: "<@U02B7XW4L> can you revoke the payments key? I'm on my phone in a cab", intent: 'unknown' },
    { text: "<@U05ANA> could you rotate the growth key for me? I'm driving", intent: 'unknown' },
    {
      text: "hey <@U07TOM> I'm away from my laptop, can you create a key for risk-ml, 30 days?",
      intent: 'unknown',
    },
    {
      text: "<@U01XYZ> would you deprovision legacy-ocr? I'm on the train without my laptop",
      intent: 'unknown',
    },
    { text: '<@U03MIA> can u grab me a token for 2h, im on mobile', intent: 'unknown' },
    { text: "<@U04BEN> I'm not at my desk — could you revoke the old ads key?", intent: 'unknown' },
    { text: "<@U09LIV> can you delete the search keys? I'm in a taxi", intent: 'unknown' },
    { text: '<@U08PAT> im afk, could u rotate the ledger key', intent: 'unknown' },
    { text: "<@U07JO> I'm stuck on my phone, would you get me a 3h token?", intent: 'unknown' },
    { text: "<@U06AL> can you offboard team-atlas? I'm on the road all day", intent: 'unknown' },
  ]);
  describe('look-alikes keep their request', () => {
    exactly([
      { text: "<@U0BOT> token for 3h please, I'm on my phone", intent: 'token', ttlSeconds: 10800 },
      {
        text: "can you revoke the payments key? I'm on my phone in a cab",
        intent: 'revoke',
        businessUnit: 'payments',
      },
      { text: '<@U0BOT> revoke the payments key', intent: 'revoke', businessUnit: 'payments' },
      {
        text: "<@U0BOT> I'm on my phone so keep it short: rotate the ads key",
        intent: 'rotate',
        businessUnit: 'ads',
      },
      { text: "token for 2h pls, I'm driving to the client", intent: 'token', ttlSeconds: 7200 },
    ]);
  });
});
