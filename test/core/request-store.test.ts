/** What a waiting request stores survives the ledger's JSON, and a malformed part is left out rather than trusted. */
import { describe, expect, it } from 'vitest';
import { choice } from '../../src/core/choices.js';
import { decodePayload, encodePayload } from '../../src/core/request-store.js';
import { emptyParse } from '../../src/core/request.js';
import { createPlan } from '../render/fixtures.js';

describe('request payload codec', () => {
  it('round-trips the plan, the choices with their structured requests, and the approver', () => {
    const rotate = choice(
      'rotate',
      'Rotate instead',
      { intent: 'rotate', businessUnit: 'marketing' },
      'rotate key for marketing',
    );
    const stored = encodePayload({
      parse: emptyParse({ intent: 'create_key' }),
      plan: createPlan(),
      choices: [rotate],
      approver: { id: 'UADMIN01', name: 'grace', tag: 'grace@example.com' },
    });
    const back = decodePayload(JSON.parse(JSON.stringify(stored)) as Record<string, unknown>);
    expect(back.plan).toEqual(JSON.parse(JSON.stringify(createPlan())));
    expect(back.choices?.[0]?.request).toMatchObject({ intent: 'rotate', businessUnit: 'marketing' });
    expect(back.approver).toEqual({ id: 'UADMIN01', name: 'grace', tag: 'grace@example.com' });
  });

  it('leaves out parts without the expected shape (e.g. a choice stored as text only by an older version)', () => {
    const back = decodePayload({
      plan: { title: 'no steps' },
      choices: [{ key: 'old', label: 'Old', text: 'rotate key for marketing' }],
      approver: { id: 'U1' },
    });
    expect(back).toEqual({ choices: [] });
  });
});
