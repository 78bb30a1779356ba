import { describe, expect, it } from 'vitest';
import { ASCII_FOLDING, PairGated, requiredClauses } from '../../src/intent/pair-gated.js';

/** speed57: alternatives tried apart behind the pairs they need answer as their alternation. */
describe('PairGated answers as the alternation of its sources', () => {
  it('lists every character past ASCII that /…/iu folds onto ASCII, and /…/i none', () => {
    const iu: number[] = [];
    const i: number[] = [];
    for (let c = 128; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (/[\0-\x7f]/iu.test(ch)) iu.push(c);
      if (/[\0-\x7f]/i.test(ch)) i.push(c);
    }
    expect(iu.every((c) => ASCII_FOLDING.test(String.fromCharCode(c)))).toBe(true);
    expect(i).toEqual([]);
  });

  it('needs pairs of literals in a row, and one pair of each alternative of a group that must occur', () => {
    const pair = (p: number): string => String.fromCharCode(Math.floor(p / 128), p % 128);
    const clauses = (s: string): string[][] => requiredClauses(s).map((c) => [...c].map(pair));
    expect(clauses(String.raw`per\s+favore`)).toEqual([
      ['pe'],
      ['er'],
      ['fa'],
      ['av'],
      ['vo'],
      ['or'],
      ['re'],
    ]);
    expect(clauses('ab?c')).toEqual([]);
    expect(clauses('a{3}bc')).toEqual([['bc']]);
    expect(clauses(String.raw`\p{L}xy`)).toEqual([['xy']]);
    expect(clauses('(?:ab)cD')).toEqual([['ab'], ['cd']]);
    expect(clauses(String.raw`\b(?:qu[ei]|nec)\s`)).toEqual([['qu', 'ec']]);
    expect(clauses('(?:ab|c)x')).toEqual([]);
    expect(clauses('(?:de)?fg')).toEqual([['fg']]);
    expect(clauses('(?=ab)cd(?!ef)')).toEqual([['cd']]);
    expect(clauses('[ab]cd')).toEqual([['cd']]);
    expect(clauses('éa')).toEqual([[String.fromCharCode(127, 97)]]);
  });

  const sources = [
    String.raw`per\s+favore|por\s+favor`,
    String.raw`(?<![\p{L}])ho(?:ra|ur)s?(?![\p{L}])`,
    String.raw`st(?:unde|d)|ab?c|x{2}yz`,
    String.raw`(a)b\1|cd`,
    String.raw`ſtop|KILO|très|😀x?`,
    String.raw`\bwait\b|[0-9]+\s*h`,
    String.raw`\b(?:qu[ei]ero|necesit[oa])\s+(?:un|una)\b`,
    String.raw`(?:la|el)+\s(?:de)?x|(?<n>zz)(?:y|w)`,
  ];
  const texts = [
    'Per favore un token',
    'POR FAVOR',
    'dos horas',
    'zwei Stunden',
    'ac',
    'xxyz',
    'abab',
    'aba',
    'CD',
    'stop',
    'ſtop',
    'STOP',
    'kilo',
    'Kilo',
    'TRÈS bien',
    'très',
    '😀 x',
    '😀',
    'WAIT',
    '12 h',
    'nothing here',
    'Quiero una',
    'NECESITO UN token',
    'lala x',
    'el dex',
    'zzw',
    'zz',
    '',
  ];
  for (const flags of ['', 'i', 'u', 'iu', 'gi']) {
    it(`flags '${flags}'`, () => {
      const gated = new PairGated(sources, flags);
      const clean = flags.replace('g', '');
      const whole = sources.map((s) => new RegExp(s, clean));
      for (const text of texts)
        expect([text, gated.test(text)]).toEqual([text, whole.some((re) => re.test(text))]);
    });
  }

  it('puts the suffix after each alternative', () => {
    const gated = new PairGated(['ab|cd'], 'i', '(?![x])');
    for (const text of ['ab', 'abx', 'cdx', 'CD!', 'cdxab'])
      expect(gated.test(text)).toBe(/(?:ab|cd)(?![x])/i.test(text));
  });
});
