/**
 * Round thirty, the lead's fixes after the merged round was retrained: a text the retrain moved, its kind read by the
 * rules. Sentences of our own, and the near ones that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('the region a team or person covers is a territory, never an AWS Region (not-ours.ts REGION_COVERED)', () => {
  it.each([
    'which region is the education team covering this term? north or the coast?',
    'what region does the field sales team cover in winter',
    'which region is Marta looking after while Tom is off?',
    'what region are the night inspectors visiting next week, east or west?',
  ])('%s asks nothing of the bot', (text) => {
    const p = parseRequest(text);
    expect(p.intent).toBe('unknown');
    expect(p.region).toBeNull();
  });
  it.each([
    ['which region is the growth key in?', 'details'],
    ['which regions does the bot cover? need a token in Sydney', 'help'],
  ])('%s keeps its reading', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});
