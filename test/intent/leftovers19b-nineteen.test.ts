import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('after a take-back, a unit named alone is the new target; the rest stays as first said', () => {
  it.each([
    ['rotate the key for the night audit assistant, no, the revenue lab', 'rotate', 'revenue-lab'],
    ['rotate the search key, no, the pricing squad', 'rotate', 'pricing-squad'],
    ['revoke the key for the booking bot — no, the loyalty desk', 'revoke', 'loyalty-desk'],
    ['deprovision the ads lab, nope, the growth pod', 'deprovision', 'growth-pod'],
    ['rotate the billing key. no, the payments crew', 'rotate', 'payments-crew'],
    ['a key for the maintenance crew please, no, the quality lab', 'create_key', 'quality-lab'],
    ['revoke the claims bot key, nah, the fraud squad', 'revoke', 'fraud-squad'],
    ['deprovision the pilot squad, no, the retail lab please', 'deprovision', 'retail-lab'],
    [
      'rotate the key for the concierge bot, nope, it was the housekeeping team',
      'rotate',
      'housekeeping-team',
    ],
    [
      "revoke the key for the payroll assistant. nah, it's the benefits key that leaked",
      'revoke',
      'benefits',
    ],
    ['deprovision nimbus, no, stratus', 'deprovision', 'stratus'],
    ['rotate orion, no, vega', 'rotate', 'vega'],
    ['deprovision kestrel — no, falcon', 'deprovision', 'falcon'],
    ['rotate nimbus. no wait, stratus', 'rotate', 'stratus'],
    ['revoke polaris, nope, sirius', 'revoke', 'sirius'],
  ])('"%s" → %s %s', (text, intent, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(r.businessUnit).toBe(unit);
  });

  it('keeps the lifetime said before the take-back', () => {
    const r = parseRequest('create a 90 day key for the dispatch desk, no, the routing team');
    expect([r.intent, r.businessUnit, r.expiryDays]).toEqual(['create_key', 'routing-team', 90]);
    const s = parseRequest('a 30 day bedrock key for the menu bot please — nope, the banquet team');
    expect([s.intent, s.businessUnit, s.expiryDays]).toEqual(['create_key', 'banquet-team', 30]);
  });
});

describe('what names no new target stays taken back, or as it was', () => {
  it.each([
    'revoke ads, no wait, keep it',
    'rotate the search key, no, the other team',
    'rotate the search key. no, never mind',
    'deprovision the ads lab, no, the whole lab',
    "rotate the billing key, no, it's fine",
    "revoke the kyc key — no, sorry, don't",
    'rotate the concierge bot key, no, the concierge bot',
    'rotate the key for the ads team, no, the other one',
    'rotate the key for the booking bot, no, the same bot',
    'deprovision nimbus, no, sorry',
    'deprovision nimbus, no, wait',
    'deprovision nimbus, no, later',
    'rotate nimbus, no, keep it',
    'the key for the booking bot was rotated, no, the loyalty desk',
  ])('"%s" is not acted on', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });

  it.each([
    ['token 2h in fra. no wait, mel team', 'token', 'eu-central-1'],
    ['rotate the ads keys. never mind, both of them please', 'rotate', null],
  ])('"%s" stays %s', (text, intent, region) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(r.region).toBe(region);
  });
});
