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

describe('a colleague addressed by a name with an accented letter is asked, as one without (not-live-request.ts)', () => {
  it.each([
    'Chloé, peux-tu faire tourner la clé de caisse-ocr ?',
    'Lucía, ¿puedes revocar la clave de ventas-bot?',
    'José, can you rotate the payments key?',
    'Zoë, kannst du den Schlüssel von lager-scan rotieren?',
  ])('%s is put to that person', (text) => {
    const p = parseRequest(text);
    expect(p.intent).toBe('unknown');
    expect(p.reason).toBe('put to another person');
  });
  it('the bot addressed, or no one, still acts', () => {
    expect(parseRequest('rotate the caisse-ocr key please').intent).toBe('rotate');
    expect(parseRequest('Bot, can you rotate the caisse-ocr key?').intent).toBe('rotate');
  });
});

describe('what is on a screen, asked, names no unit; a list of the units asked whether it exists is help (retrain)', () => {
  it.each([
    "what's on tv right now",
    'whats on the radio this morning',
    "what's on netflix tonight, anything good?",
  ])('%s asks nothing', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });
  it('a unit of a name\'s shape after "on" is still its details', () => {
    const p = parseRequest("what's on test-infra-team right now");
    expect(p.intent).toBe('details');
    expect(p.businessUnit).toBe('test-infra-team');
  });
  it.each(['is there a list with the names of the teams?', 'is there any list of the names of our units?'])(
    '%s asks about the list command',
    (text) => {
      const p = parseRequest(text);
      expect(p.intent).toBe('help');
      expect(p.topic).toBe('list');
    },
  );
  it('the list asked for is still the list', () => {
    expect(parseRequest('list the names of all units').intent).toBe('list');
  });
});
