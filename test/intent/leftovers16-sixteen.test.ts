import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { isSecretWord, maskSecrets } from '../../src/intent/secrets.js';
import { waitsForLater } from '../../src/intent/later-condition.js';
import { acted } from './acted.js';

/**
 * Round sixteen (leftovers16): what round fifteen left. Sentences written before the parser's answers
 * were looked at, with look-alikes that must not change.
 */

/** A small seeded generator (the same strings on every run). */
function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}
const random = generator(20261216);
const SMALL = 'abcdefghijklmnopqrstuvwxyz';
const CAPITALS = SMALL.toUpperCase();
const DIGITS = '0123456789';
const between = (a: number, b: number): number => a + Math.floor(random() * (b - a + 1));
const one = (chars: string): string => chars[Math.floor(random() * chars.length)] ?? '';
const hasAllThree = (s: string): boolean => /[a-z]/.test(s) && /[A-Z]/.test(s) && /\d/.test(s);

/** Random small, capital and digit characters, 12–64. */
function mixed(): string {
  for (;;) {
    let s = '';
    const n = between(12, 64);
    for (let i = 0; i < n; i++) s += one(SMALL + CAPITALS + DIGITS);
    if (hasAllThree(s)) return s;
  }
}

/** Random strings shaped like a name (a capital and small letters, capital runs, short digit runs), 12–40. */
function nameShaped(): string {
  for (;;) {
    let s = '';
    const n = between(12, 40);
    while (s.length < n) {
      const k = random();
      if (k < 0.6) {
        s += one(CAPITALS);
        for (let i = between(1, 6); i > 0; i--) s += one(SMALL);
      } else if (k < 0.8) for (let i = between(1, 4); i > 0; i--) s += one(DIGITS);
      else for (let i = between(2, 4); i > 0; i--) s += one(CAPITALS);
    }
    if (hasAllThree(s)) return s;
  }
}

describe('kind 1: a CamelCase name with digits made of known words is a name, not a secret', () => {
  it.each([
    'DataLake2Team3',
    'Web3Labs2025',
    'GenAI4Retail',
    'CloudOps2024',
    'RiskModel2Team',
    'FraudGuard360',
    'SearchRank2Pod',
    'AdsGrowth2025',
    'PaymentsHub3Team',
    'MLOps2025Squad',
    'SmartFactory4Plant',
    'Retail360Insights',
    'ClaimsVision2Pilot',
    'NovaLabs2026',
    'VoiceBot3Crew',
    'SupplyChain4Data',
    'DigitalHealth2030',
    'CustomerData360',
    'PhoenixTeam2025',
    'BlueSky3Project',
    'EdgeAI2Lab',
    'FinOps2025Hub',
    'CyberShield24Team',
    'RecsV2Pilot',
  ])('%s is kept', (name) => {
    expect(isSecretWord(name)).toBe(false);
    expect(maskSecrets(`rotate the key for ${name}`)).toBe(`rotate the key for ${name}`);
  });

  it.each([
    ['rotate the key for GenAI4Retail', 'rotate', 'genai4retail'],
    ['new key for DataLake2Team3, 30 days', 'create_key', 'datalake2team3'],
    ['revoke the key for Web3Labs2025', 'revoke', 'web3labs2025'],
    ['pls rotate FraudGuard360 key', 'rotate', 'fraudguard360'],
    ['deprovision NovaLabs2026', 'deprovision', 'novalabs2026'],
  ])('%s → %s for %s', (message, intent, unit) => {
    const parse = parseRequest(message);
    expect(parse.intent).toBe(intent);
    expect(parse.businessUnit).toBe(unit);
  });

  it('no random secret of 12–64 letters and digits is kept (20,000)', () => {
    const kept: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      const s = mixed();
      if (!isSecretWord(s)) kept.push(s);
    }
    expect(kept).toEqual([]);
  });

  it('no random name-shaped string is kept (20,000)', () => {
    const kept: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      const s = nameShaped();
      if (!isSecretWord(s)) kept.push(s);
    }
    expect(kept).toEqual([]);
  });

  it.each([
    // Look-alikes: a known word beside random pieces, too many digits, a single letter, too long
    'DataLake2Xq7Team',
    'GenAI4RetailZk9',
    'Web3Labs20251234',
    'CloudOps2024x9Team',
    'TeamData2Team3Data4Team',
    'DataLakeTeamCloudOpsHub2LabsGrowthSearch',
    'wJalrXUtnFEMI2K7MDENG',
    'Q3mDataLake2Team',
  ])('%s stays masked', (word) => {
    expect(isSecretWord(word)).toBe(true);
  });
});

/** [message, intent, business unit, owner]: the parse's intent, unit and owner. */
type Row = [string, string, string | null, string | null];
const reads = (rows: Row[]) =>
  it.each(rows)('%s → %s %s %s', (message, intent, unit, owner) => {
    const parse = parseRequest(message);
    expect({ intent: parse.intent, unit: parse.businessUnit, owner: parse.owner }).toEqual({
      intent,
      unit,
      owner,
    });
  });

describe("kind 2: a person's full name with a particle names no unit", () => {
  reads([
    ['revoke the key for Maria da Silva', 'revoke', null, null],
    ['revoke the key for maria da silva', 'revoke', null, null],
    ['rotate the key of Jan van der Berg', 'rotate', null, null],
    ['the key for Ana dos Santos, revoke it', 'revoke', null, null],
    ['revoke Luis de la Fuente key', 'revoke', null, null],
    ['rotate Jan van der Berg key', 'rotate', null, null],
    ['revoke the ads key for Maria da Silva', 'revoke', 'ads', null],
    // Look-alikes: a client or company with a particle stays a name.
    ['rotate the key for Quinta do Vale', 'rotate', 'quinta-do-vale', null],
    ['create an api key for the Casa da Musica account', 'create_key', 'casa-da-musica', null],
    ['revoke the key for Studio van Dijk', 'revoke', 'studio-van-dijk', null],
    ['new api key for Banco de Sol', 'create_key', 'banco-de-sol', null],
    ['rotate the key for Casa de Campo', 'rotate', 'casa-de-campo', null],
    ['details for Maison du Pain', 'details', 'maison-du-pain', null],
  ]);
  it('a person named where a unit would stand is never acted on as a unit', () => {
    expect(parseRequest('create a key for Pedro de Souza please').businessUnit).toBeNull();
    expect(parseRequest('key for Ahmad bin Ismail').businessUnit).toBeNull();
    expect(parseRequest('deprovision Giulia di Stefano').businessUnit).toBeNull();
  });
});

describe("kind 3: one's own units asked for by a plural group noun are a list with owner me", () => {
  reads([
    ['show the groups I own', 'list', null, 'me'],
    ['which pods do I own', 'list', null, 'me'],
    ['show me the crews I own', 'list', null, 'me'],
    ['give me the projects owned by me', 'list', null, 'me'],
    ['list the guilds that I own', 'list', null, 'me'],
    ['show the squads I own', 'list', null, 'me'],
    ['which chapters are mine', 'list', null, 'me'],
    ['show all the workstreams owned by me', 'list', null, 'me'],
    // Look-alikes: a change to them, their keys, another person's, a plain list.
    ['rotate the keys of the squads I own', 'rotate', 'squads', null],
    ['show the groups', 'details', 'groups', null],
  ]);
  it("a change to one's own units is never a list", () => {
    expect(parseRequest('deprovision the teams I own').intent).not.toBe('list');
    expect(parseRequest('which pods does Anna own').owner).toBeNull();
  });
});

describe("kind 4: a condition on someone's handing the credential on is no condition on the request", () => {
  it.each([
    'token for 2h, when she starts her shift i will pass it on',
    'token for 2h when she starts her shift, i will pass it on',
    'key for growth, 30 days; once they are back ill send it to them',
    'create a token for 1h, once jo joins ill forward it',
    'token for 4h, when he is back he will hand it to the night crew',
    'need a token 3h, after sam returns i will give it to him',
    'token 3h please, when my colleague starts we will share it with her',
    'when he returns i will pass it on, token 1h please',
  ])('%s: not waiting', (message) => {
    expect(waitsForLater(message.toLowerCase())).toBe(false);
  });
  it.each([
    // Look-alikes: the condition is on the request itself, or a change is asked.
    'revoke the ads key once the new one is live',
    'revoke the ads key once the new one is live, i will pass it on',
    'revoke her key when she leaves, i will pass it on',
    'token for 2h when she starts her shift',
    'create a key for billing after the audit, i will send it over',
    'token for 1h once q3 ends, i will pass it on',
    'key for ads when she joins',
    'rotate the risk key after the migration, we will share the new one with them',
  ])('%s: waits', (message) => {
    expect(waitsForLater(message.toLowerCase())).toBe(true);
  });
  it('the request itself is read; a revoke on a condition is still asked', () => {
    const token = parseRequest('token for 2h, when she starts her shift i will pass it on');
    expect([token.intent, token.ttlSeconds, token.question]).toEqual(['token', 7200, undefined]);
    expect(acted('revoke the ads key once the new one is live')).toBe(false);
    expect(acted('revoke the ads key once the new one is live, i will pass it on')).toBe(false);
  });
});

describe('kind 5: an office or desk named with its initials in brackets is a unit', () => {
  reads([
    ['a key for the Data Protection Office (dpo)', 'create_key', 'dpo', null],
    ['the Data Protection Office (DPO) needs an api key', 'create_key', 'dpo', null],
    ['our Fraud Analytics Desk (fad) needs a key', 'create_key', 'fad', null],
    ['the Chief Data Office (cdo) needs a new key for 30 days', 'create_key', 'cdo', null],
    ['please set up a key for the Privacy Office (po)', 'create_key', 'po', null],
    ['revoke the Market Data Desk (mdd) key', 'revoke', 'mdd', null],
    ['create key for the Data Protection Office (dpo), 30 days', 'create_key', 'dpo', null],
    ['rotate the key of the Model Risk Office (mro)', 'rotate', 'mro', null],
    // Look-alikes: premises, furniture, a bracket of something else.
    ['the Sydney Office (syd) needs a key', 'unknown', null, null],
    ['the front desk (fd) needs a key', 'unknown', null, null],
    ['my desk (ikea) needs a key', 'unknown', null, null],
    ['the Data Protection Office (room 4) needs a key', 'unknown', null, null],
    ['the Data Protection Office (dpo) has a new printer', 'unknown', null, null],
    ['the Legal Office (xyz) needs a key', 'unknown', null, null],
  ]);
});
