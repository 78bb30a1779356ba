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
