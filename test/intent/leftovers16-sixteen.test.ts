import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { isSecretWord, maskSecrets } from '../../src/intent/secrets.js';

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
