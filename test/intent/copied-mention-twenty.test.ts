/**
 * Round twenty, the one non-request of the new blind files acted on at the start (its kind; the text
 * itself is not here): a message that opens with a mention asked "can you …" and copies another mention
 * ("cc <@…>"). With the bot's user ID (the Slack app) the parser knows who is asked; without it (the
 * console, the CLI, the corpus) it cannot tell "<@alice> can you revoke …? cc <@bot>" from the same put
 * to the bot, so it asked instead of acting. Round twenty-three: the corpus labels the shape unknown
 * (tuned-bank "<@U02B7XW4L> can you revoke the aml-narrator key? cc <@U05BEDROCK>", tuned-port "<@U02DUTY001>
 * can you rotate the pcs-connector key pls cc <@U0BEDRK01>"), as the README's "Whom a message is put to"
 * reads it ("cc <@bot>" only copies the bot; "can you" is what one asks a person): put to the person,
 * nothing asked of the bot. An order to the first mention with a colleague copied ("<@bot> rotate the key
 * for growth. cc <@U…>") is the bot's, as before.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted } from './acted.js';

describe('without the bot’s ID, a mention asked "can you …" with another mention copied is put to that person', () => {
  it.each([
    '<@U02K8PLQ7> can you revoke the payments-ml key? cc <@U05Q1ZX9R>',
    '<@U03ABCDEF> could you rotate the key for claims-triage please, cc: <@U04ZZTOP1>',
    'hey <@U07MNOPQ1> would you mind deprovisioning the hack-week unit? fyi <@U09RSTUV2>',
    '<@U01AAAAAA> can u create an api key for the ledger team, 30 days? cc <@U0BBBBBBB> <@U0CCCCCCC>',
    '<@U06DDDDDD> could you get me a token for 2h? cc <@U08EEEEEE>',
  ])('%j', (text) => {
    expect(acted(text)).toBe(false);
    expect(parseRequest(text).intent).toBe('unknown');
  });
});

describe('an order to the first mention, a colleague copied, is still done', () => {
  it.each([
    ['<@U0BOTID> rotate the orion key please, cc <@U0ORI5555>', 'rotate', 'orion'],
    ['<@U0BOTID> deprov recsys-batch pls, cc <@U08OMAR77>', 'deprovision', 'recsys-batch'],
    ['<@U0BOTID> revoke the growth key. fyi <@U04GRW123>', 'revoke', 'growth'],
    ['<@U0BOTID> can you rotate the ads key?', 'rotate', 'ads'],
  ] as const)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit, parse.question]).toEqual([intent, unit, undefined]);
  });
});

describe('with the bot’s ID the Slack app passes, who is asked is known', () => {
  const botUserId = 'U0BEDROCK';
  it('the bot asked, a colleague copied: done', () => {
    const parse = parseRequest('<@U0BEDROCK> can you revoke the payments-ml key? cc <@U05Q1ZX9R>', {
      botUserId,
    });
    expect([parse.intent, parse.businessUnit, parse.question]).toEqual(['revoke', 'payments-ml', undefined]);
  });
  it('a colleague asked, the bot copied: put to the colleague, nothing asked of the bot', () => {
    const parse = parseRequest('<@U05Q1ZX9R> can you revoke the payments-ml key? cc <@U0BEDROCK>', {
      botUserId,
    });
    expect(parse.intent).toBe('unknown');
  });
});
