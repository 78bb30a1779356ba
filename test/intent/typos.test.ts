import { describe, expect, it } from 'vitest';
import { correctUnitWord, correctWord, editDistance } from '../../src/intent/typos.js';

describe('correctWord', () => {
  it.each([
    ['rotat', 'rotate'],
    ['tokne', 'token'],
    ['acess', 'access'],
    ['revok', 'revoke'],
    ['detials', 'details'],
    ['lsit', 'list'],
    ['credentails', 'credentials'],
    ['modles', 'models'],
  ])('%s → %s', (typo, word) => {
    expect(correctWord(typo)).toBe(word);
  });

  it.each(['last', 'lost', 'taken', 'team', 'sales', 'success', 'marketing', 'finance', 'role'])(
    'leaves %s alone',
    (word) => {
      expect(correctWord(word)).toBe(word);
    },
  );

  // Round thirty-seven: the large word list's words of other trades, which the small one lacked ("krill" read as
  // "kill", "minke" as "mine", "recommission" as "decommission"), are meant as written; "adit" is still an audit.
  it.each(['krill', 'minke', 'morels', 'recommission', 'keypads', 'relocation', 'writeup', 'unlit'])(
    'leaves %s alone (a word of another trade)',
    (word) => {
      expect(correctWord(word)).toBe(word);
    },
  );
  it('still reads "adit" as "audit" ("adit trail")', () => {
    expect(correctWord('adit')).toBe('audit');
  });

  it('measures transpositions as one edit', () => {
    expect(editDistance('lsit', 'list', 2)).toBe(1);
  });

  it('never turns a name in a business-unit position into a keyword', () => {
    expect(correctUnitWord('lsit', false)).toBe('lsit');
    expect(correctUnitWord('modles', false)).toBe('modles');
    expect(correctUnitWord('developement', false)).toBe('development');
    expect(correctUnitWord('developement', true)).toBe('developement');
  });
});
