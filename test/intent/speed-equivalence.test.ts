import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/intent/match-all.js';
import { rewriteSurface } from '../../src/intent/surface.js';

/** The shortcuts taken for speed (need words, Latin-1 phrase tests, exec for matchAll) change nothing. */
describe('speed shortcuts keep what the parser reads', () => {
  it.each([
    ['ROTATE ALL for ledger', 'ROTATE all keys for ledger'],
    ['Rotate all for ledger', 'Rotate all keys for ledger'],
    ['kEU for ml-ops', 'key for ml-ops'],
    ['history for SEPT', 'history for september'],
    ['token for two hundred minutes', 'token for 200 minutes'],
    ['key api for ads', 'api key for ads'],
    ['rvk key AKIA for x', 'revoke key AKIA for x'],
    ['revolt the key', 'revoke the key'],
  ])('a step needing a word still runs when the word is in capitals: %s', (text, rewritten) => {
    expect(rewriteSurface(text)).toBe(rewritten);
  });

  it.each([
    ['all keys for ledger', 'all keys for ledger'],
    ['rotation of everything for ledger', 'rotation of everything for ledger'],
    ['the september review', 'the september review'],
  ])('look-alikes without the needed words are left alone: %s', (text, rewritten) => {
    expect(rewriteSurface(text)).toBe(rewritten);
  });

  it.each([
    'gasto del mes pasado de growth',
    'dépenses du mois dernier pour growth, merci',
    'historial de la semana pasada para growth por favor',
  ])('a phrase in another language reads the same with or without a character past Latin-1: %s', (text) => {
    const plain = rewriteSurface(text);
    const withEmoji = rewriteSurface(`${text} 🙂`);
    expect(withEmoji).toBe(`${plain} 🙂`);
  });

  it('the Latin-1 phrase test still finds the phrase', () => {
    expect(rewriteSurface('gasto del mes pasado de growth')).toBe('spend last month of growth');
  });

  it.each([
    [/[a-z]+/g, 'rotate the key, then revoke it'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/\p{L}*/gu, '😀 ab 😀'],
    [/(\d+)\s*(h|d)/gi, 'token 2h, key 30 D'],
    [/z/g, 'no match here'],
  ])('matchesOf finds what matchAll finds: %s on %s', (re, text) => {
    const expected = [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, ...m]);
    expect([...matchesOf(text, re)].map((m) => [m.index, ...m])).toEqual(expected);
  });

  it('matchesOf starts where the pattern stands, as matchAll does', () => {
    const a = /o/g;
    const b = /o/g;
    a.lastIndex = 5;
    b.lastIndex = 5;
    const text = 'rotate the old one';
    expect([...matchesOf(text, a)].map((m) => m.index)).toEqual([...text.matchAll(b)].map((m) => m.index));
    expect(a.lastIndex).toBe(5);
  });
});
