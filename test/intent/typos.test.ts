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
