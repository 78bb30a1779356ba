import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts } from './data/evaluate.mjs';

// How long a token should last, written in the other languages people use at work: a number with the
// unit in that language, or "an hour", "half an hour", "an hour and a half" with no number at all.
describe('durations written in other languages', () => {
  it.each([
    ['token for 20 minuti please', 1200],
    ['un token da 40 minuti', 2400],
    ['token voor 50 minuten', 3000],
    ['token for 25 minut, dziekuje', 1500],
    ['token for 2 godziny', 7200],
    ['token per 3 uur alsjeblieft', 10_800],
    ['token per 90 minuti', 5400],
    ['quero um token por uma hora', 3600],
    ['un token d’une heure svp', 3600],
    ['dame un token de una hora', 3600],
    ["un token per un'ora, grazie", 3600],
    ['ein Token für eine Stunde bitte', 3600],
    ['token na godzinę prosze', 3600],
    ['un token por media hora', 1800],
    ['preciso de um token de meia hora', 1800],
    ["un token per mezz'ora", 1800],
    ['une demi-heure de token svp', 1800],
    ['Token für eine halbe Stunde', 1800],
    ['quiero un token de hora y media', 5400],
    ['un token pour une heure et demie', 5400],
    ["token per un'ora e mezza", 5400],
    ['token 2 horas y media', 9000],
    ['token 4 ore e mezza', 16_200],
  ])('%s → %d seconds', (text, ttl) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('token');
    expect(parse.ttlSeconds).toBe(ttl);
  });

  // The same words that are not a lifetime: "ora" is "now" in Italian, "hora" a time of day, and an
  // English "per" is a rate.
  it.each([
    'ora non ho tempo, dopo',
    'a que hora es la reunion?',
    'our scheduler mints a token per 30 minutes, is that normal?',
    'ci vediamo tra mezz’ora al bar',
    'la demi-heure de pause est finie',
  ])('"%s" asks for nothing', (text) => {
    const parse = parseRequest(text);
    expect(parse.ttlSeconds ?? null).toBeNull();
    expect(acts(parse)).toBe(false);
  });
});
