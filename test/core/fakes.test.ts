/** The fakes others test against behave like IAM and like the SQLite ledger. */
import { describe, expect, it } from 'vitest';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';
import { createMemoryLedger } from '../fakes/memory-ledger.js';
import type { RequestRecord } from '../../src/core/ledger-port.js';

describe('FakeAws', () => {
  it('enforces two keys of each kind per user', async () => {
    const aws = new FakeAws();
    aws.seedUser({ userName: 'm-bedrock-user' });
    expect((await aws.createApiKey('m-bedrock-user', 30)).ok).toBe(true);
    expect((await aws.createApiKey('m-bedrock-user', 30)).ok).toBe(true);
    const third = await aws.createApiKey('m-bedrock-user', 30);
    expect(!third.ok && third.error.code).toBe('LimitExceeded');
    expect((await aws.createAccessKey('m-bedrock-user')).ok).toBe(true);
  });

  it('answers NoSuchEntity for a missing user, null from getUser', async () => {
    const aws = new FakeAws();
    expect(await aws.getUser('nobody')).toEqual({ ok: true, value: null });
    const r = await aws.listAccessKeys('nobody');
    expect(!r.ok && r.error.code).toBe('NoSuchEntity');
  });

  it('refuses to delete a user that still has keys or policies', async () => {
    const aws = new FakeAws();
    aws.seedUser({ userName: 'm-bedrock-user', attachedPolicyArns: ['arn:p'] });
    aws.seedAccessKey('m-bedrock-user');
    const r = await aws.deleteUser('m-bedrock-user');
    expect(!r.ok && r.error.code).toBe('DeleteConflict');
    expect(!r.ok && r.error.message).toMatch(/access keys, attached policies/);
  });

  it('injects failures, including lost responses that took effect', async () => {
    const aws = new FakeAws();
    aws.seedUser({ userName: 'm-bedrock-user' });
    aws.failNext('createAccessKey', { code: 'Timeout', ambiguous: true, takeEffect: true });
    const r = await aws.createAccessKey('m-bedrock-user');
    expect(!r.ok && r.error).toMatchObject({
      code: 'Timeout',
      ambiguous: true,
      action: 'iam:CreateAccessKey',
    });
    expect(aws.userState('m-bedrock-user')?.accessKeys).toHaveLength(1);
    expect((await aws.createAccessKey('m-bedrock-user')).ok).toBe(true);
  });

  it('caps token expiry by the signing credentials', async () => {
    const clock = new FakeClock();
    const aws = new FakeAws({
      clock,
      signingCredentialsExpireAt: new Date(clock.now().getTime() + 3600_000),
    });
    const r = await aws.issueBearerToken({ region: 'us-east-1', ttlSeconds: 43200, signAs: null });
    expect(r.ok && r.value.cappedBySigningCredentials).toBe(true);
    expect(r.ok && r.value.expiresAt.getTime() - clock.now().getTime()).toBe(3600_000);
    expect(aws.issuedSecrets).toHaveLength(1);
    expect(JSON.stringify(r)).not.toContain(aws.issuedSecrets[0]);
  });
});

describe('memory ledger', () => {
  const record = (clock: FakeClock, id: string): RequestRecord => ({
    id,
    createdAt: clock.now(),
    updatedAt: clock.now(),
    expiresAt: new Date(clock.now().getTime() + 60_000),
    requesterId: 'U1',
    requesterName: 'A',
    requesterEmail: null,
    surface: 'slash',
    intent: 'create_key',
    businessUnit: 'm',
    state: 'awaiting_confirmation',
    payload: { a: 1 },
    context: {},
  });

  it('has exactly one winner for concurrent transitions', async () => {
    const clock = new FakeClock();
    const ids = new SequentialIds();
    const ledger = createMemoryLedger();
    const id = ids.requestId();
    await ledger.insert(record(clock, id));
    const event = {
      at: clock.now(),
      kind: 'confirmed' as const,
      actorId: 'U1',
      actorName: 'A',
      businessUnit: 'm',
      detail: '',
    };
    const results = await Promise.all([
      ledger.transition(id, ['awaiting_confirmation'], 'executing', event),
      ledger.transition(id, ['awaiting_confirmation'], 'executing', event),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(ledger.events).toHaveLength(1);
    expect(ledger.lostTransitions).toBe(1);
  });

  it('finds expired requests and claims keys once', async () => {
    const clock = new FakeClock();
    const ledger = createMemoryLedger();
    await ledger.insert(record(clock, 'r1'));
    expect(await ledger.findExpired(['awaiting_confirmation'], clock.now())).toHaveLength(0);
    clock.advance({ minutes: 2 });
    expect(await ledger.findExpired(['awaiting_confirmation'], clock.now())).toHaveLength(1);
    expect(await ledger.claimOnce('e1', clock.now())).toBe(true);
    expect(await ledger.claimOnce('e1', clock.now())).toBe(false);
  });
});
