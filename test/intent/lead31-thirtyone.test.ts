/**
 * Round thirty-one, the lead's fixes on the merged round: a blind file's text acted on, and a text of an earlier
 * round's file that the merged holds moved. Sentences of our own, and the near ones that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('a colleague mentioned first and asked by a writer busy with the day’s work for a stretch (tied-up.ts)', () => {
  it.each([
    '<@U07RITA12> could you rotate the key for booking-bot? I’m coaching the juniors till 4',
    '<@U07RITA12> can you revoke the lobby-chat key? I’m presenting all morning',
    '<@U07RITA12> would you create an api key for menu-notes? I’m lecturing all afternoon',
  ])('%s is put to that person', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });
  it.each([
    ['I’m teaching all afternoon, can you make me a token for 3h', 'token'],
    ['i’m presenting all morning so rotate the growth key now please', 'rotate'],
    ['<@U07RITA12> could you rotate the key for booking-bot? thanks', 'rotate'],
  ])('%s keeps its request', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});

describe('a request reported, with the one who asked told to ask the bot themselves, asks nothing', () => {
  it.each([
    'Tomasz asked me for a 2h token, he should ask the bot himself',
    'the interns asked me for a token for 4h, they can ask the bot themselves',
  ])('%s', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });
  it('a token asked for oneself after a colleague’s is still asked: "Ana got hers, token 2h for me please"', () => {
    expect(parseRequest('Ana got hers, token 2h for me please').intent).toBe('token');
  });
});
