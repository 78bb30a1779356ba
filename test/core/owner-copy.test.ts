/**
 * The unit owner's copy of an approval card, as the engine decides it: a `unit-owner` delivery of
 * the same pending card, addressed by the email in the unit's owner tag, only when owners may
 * decide (UNIT_OWNERS_MAY_APPROVE), the unit exists with an owner, and the owner is not the requester.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import type { Requester } from '../../src/core/requester.js';
import type { CoreSettings } from '../../src/core/settings.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';
import { tableParser } from '../fakes/fake-parse.js';
import { createMemoryLedger } from '../fakes/memory-ledger.js';
import { MEMBER, OTHER, settings } from './helpers.js';

const TABLE = {
  'key for marketing': {
    intent: 'create_key' as const,
    businessUnit: 'marketing',
    keyKind: 'api-key' as const,
  },
  'key for newteam': {
    intent: 'create_key' as const,
    businessUnit: 'newteam',
    keyKind: 'api-key' as const,
    owner: 'bob@example.com',
  },
};

function setup(overrides: Partial<CoreSettings>) {
  const clock = new FakeClock();
  const aws = new FakeAws({ clock });
  aws.seedUser({
    userName: 'marketing-bedrock-user',
    tags: [
      { key: 'business-unit', value: 'marketing' },
      { key: 'owner', value: 'Bob@Example.com' },
      { key: 'created-by', value: 'bedrock-bot' },
    ],
  });
  const engine = createEngine({
    aws,
    ledger: createMemoryLedger(),
    clock,
    ids: new SequentialIds(),
    settings: settings(overrides),
    parse: tableParser(TABLE),
    commandName: '/bedrock',
  });
  const ask = async (requester: Requester, text: string) =>
    (await engine.handleText({ requester, text, surface: 'slash' })).deliveries;
  return { ask };
}

describe("the unit owner's copy of an approval card", () => {
  it('goes to the owner by the email in the owner tag, with the same pending card as the approvers', async () => {
    const { ask } = setup({ unitOwnersMayApprove: true });
    const deliveries = await ask(MEMBER, 'key for marketing');
    const card = deliveries.find((d) => d.audience === 'approvers');
    const copy = deliveries.find((d) => d.audience === 'unit-owner');
    expect(copy).toMatchObject({ ownerEmail: 'Bob@Example.com', requestId: card?.requestId });
    expect(copy?.outcome).toEqual(card?.outcome);
    expect(copy?.outcome).toMatchObject({ type: 'approval-card', state: 'pending' });
  });

  it('not when owners may not decide, when the owner asks, or for a unit that does not exist yet', async () => {
    const off = setup({ unitOwnersMayApprove: false });
    expect((await off.ask(MEMBER, 'key for marketing')).map((d) => d.audience)).toEqual([
      'requester-private',
      'approvers',
    ]);
    const on = setup({ unitOwnersMayApprove: true });
    const byOwner = await on.ask(OTHER, 'key for marketing'); // bob@example.com owns it
    expect(byOwner.map((d) => d.audience)).toEqual(['requester-private', 'approvers']);
    const fresh = await on.ask(MEMBER, 'key for newteam');
    expect(fresh.map((d) => d.audience)).toEqual(['requester-private', 'approvers']);
  });
});
