import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { prepare } from '../../src/intent/prepare.js';
import { correctWord } from '../../src/intent/typos.js';

/**
 * Round sixteen (fixtypo): the typo corrector turned real English words into ours ("after it sends it"
 * → "spends", "sent" → "spent", "politics desk" → "policies desk"). A word of the dictionary is kept
 * as written (english-near-keywords.ts); real slips of the keys are still corrected. Sentences written
 * before the parser's answers were looked at.
 */
describe('a real English word is never turned into a word of ours', () => {
  it.each([
    'sends',
    'sent',
    'politics',
    'protection',
    'comments',
    'comment',
    'terms',
    'connect',
    'stale',
    'world',
    'suspect',
    'ever',
    'cold',
    'stats',
    'counsel',
    'investor',
    'confirms',
    'surveys',
    'resolve',
    'delegate',
  ])('%s stays', (word) => {
    expect(correctWord(word)).toBe(word);
  });

  it.each([
    ['after it sends it, how do i use the token?', 'sends'],
    ['the key was sent to the politics desk', 'politics'],
    ['the politics-desk team wants to know how keys work', 'politics'],
    ['our data protection officer asked about the audit', 'protection'],
    ['she sends the comments to the world desk', 'comments'],
    ['they sent the terms over', 'terms'],
    ['the stale keys', 'stale'],
    ['the politics desks share one key', 'politics'],
  ])('in a sentence: %s keeps %s', (text, word) => {
    expect(prepare(text).text).toContain(word);
  });
});

describe('a real slip of the keys is still corrected', () => {
  it.each([
    ['rotaet', 'rotate'],
    ['revkoe', 'revoke'],
    ['tokne', 'token'],
    ['spedn', 'spend'],
    ['toke', 'token'],
    ['crate', 'create'],
    ['deleet', 'delete'],
    ['rotat', 'rotate'],
    ['detials', 'details'],
  ])('%s → %s', (typo, word) => {
    expect(correctWord(typo)).toBe(word);
  });

  it.each([
    ['rotaet the ads key', 'rotate'],
    ['revkoe the growth key pls', 'revoke'],
    ['need a tokne for 2h', 'token'],
    ['what did marketing spedn last month', 'spend'],
  ])('%s is read as %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });

  it('a form of our own word is still brought back to it ("requests", "creations")', () => {
    expect(correctWord('creations')).not.toBe('creations');
    expect(correctWord('rotations')).toBe('rotation');
  });
});

describe('what the corrector once hid, read as written', () => {
  it('"Sent from my iPhone" under a bare mention is a bare mention', () => {
    expect(parseRequest('<@U0BOTID>\n\nSent from my iPhone').intent).toBe('help');
    expect(parseRequest('rotate the ads key\n\nSent from my iPhone').intent).toBe('rotate');
  });
  it('a list thanked for is no list asked for', () => {
    expect(parseRequest('Thanks for the list of units you shared on Monday, it helped a lot.').intent).toBe(
      'unknown',
    );
    expect(parseRequest('thanks! list all units please').intent).toBe('list');
  });
  it('what nobody did is a story, not a request taken back', () => {
    const p = parseRequest('nobody ever created a key for the ml-ops unit. please create one for ml-ops');
    expect(p.intent).toBe('create_key');
    expect(parseRequest('nobody ever delete the ads key').intent).toBe('unknown');
  });
  it('"ever" is no part of a unit name', () => {
    expect(parseRequest('does design ever get a key?').businessUnit).not.toBe('design-ever');
  });
});
