/**
 * Round thirty-eight, the lead: the gaps round thirty-seven left. A unit's key in Hinglish's order, the owner first
 * ("payments ki key rotate kar do"), names the unit as the English "the payments key" does; a change put off to a
 * named time said before the verb ("tomorrow rotate the billing key", Hinglish "… kal rotate kar do") is asked about,
 * as "rotate it tomorrow" was; and the working day ("a token for my workday") is no vendor's system.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted, neverActs, reads, stillActs } from './acted.js';

describe("a unit's key in Hinglish, the owner first: the unit is named", () => {
  reads([
    ['payments ki key rotate kar do', 'rotate', 'payments'],
    ['ledger ki key turant revoke karo', 'revoke', 'ledger'],
    ['fraud-scoring ka access key rotate kar dijiye', 'rotate', 'fraud-scoring'],
  ]);
  // look-alikes: a person's or everyone's key names no unit
  it.each(['meri key revoke karo', 'sab ki keys revoke karo'])('%j names no unit', (text) => {
    expect(parseRequest(text).businessUnit).toBeNull();
  });
});

describe('a change put off to a named time said before the verb: asked about, never carried out', () => {
  const later = [
    'tomorrow rotate the billing key please',
    'tonight pls revoke the ads key',
    'tomorrow can you rotate the search key',
    'payments ki key kal rotate kar do',
    'kal ledger ki key revoke kar dena',
  ];
  neverActs(later);
  it.each(later)('%j keeps its action, asked', (text) => {
    const parse = parseRequest(text);
    expect(['rotate', 'revoke', 'deprovision']).toContain(parse.intent);
    expect(parse.question).toBeDefined();
  });
  // look-alikes: a deadline, or the change asked now
  stillActs(['rotate the billing key now please', 'payments ki key abhi rotate kar do']);
  it('"by tomorrow" is a deadline: the change is not put off', () => {
    expect(parseRequest('by tomorrow rotate the ads key pls').reason).not.toMatch(/waits for a condition/);
  });
});

describe('the working day is no system of another vendor', () => {
  it.each(['I need a token for my workday', 'need a token for a long workday, 10h'])(
    '%j is a token',
    (text) => {
      expect(parseRequest(text).intent).toBe('token');
    },
  );
  // look-alikes: Workday the system keeps its own keys
  it.each(['create an api key for workday', 'rotate the workday token'])('%j is not ours', (text) => {
    expect(acted(text)).toBe(false);
    expect(parseRequest(text).intent).toBe('unknown');
  });
});
