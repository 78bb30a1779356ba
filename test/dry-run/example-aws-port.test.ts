import { describe, expect, it } from 'vitest';
import type { AwsResult } from '../../src/core/aws-port.js';
import { createExampleAwsPort, EXAMPLE_ACCOUNT_ID } from '../../src/dry-run/example-aws-port.js';
import { READ_METHODS, readOnlyAwsPort } from '../../src/dry-run/guarded-aws-ports.js';
import { FakeClock } from '../fakes/fake-clock.js';

function value<T>(result: AwsResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function failureCode<T>(result: AwsResult<T>): string {
  if (result.ok) throw new Error('expected a failure');
  return result.error.code;
}

const PATH = '/bedrock/';

describe('createExampleAwsPort', () => {
  it('answers spend: the unit tag is active and every unit has the same example costs each time', async () => {
    const clock = new FakeClock('2026-11-20T10:00:00Z');
    const passedOn: string[] = [];
    // The dry run reaches Cost Explorer through the read-only port: spend is a read.
    const port = readOnlyAwsPort(createExampleAwsPort(clock), { onCall: (m, on) => on && passedOn.push(m) });
    expect(READ_METHODS.has('getCostByService') && READ_METHODS.has('listCostAllocationTags')).toBe(true);
    const tags = value(await port.listCostAllocationTags(['iamPrincipal/business-unit']));
    expect(tags).toMatchObject([{ tagKey: 'iamPrincipal/business-unit', status: 'Active' }]);
    const query = {
      start: '2026-11-14',
      end: '2026-11-21',
      granularity: 'DAILY' as const,
      tagKey: 'iamPrincipal/business-unit',
      tagValue: 'marketing',
    };
    const days = value(await port.getCostByService(query));
    expect(days).toHaveLength(7);
    expect(days[0]?.services.map((s) => s.service)).toEqual([
      'Amazon Bedrock',
      'Claude Sonnet 4.6 (Amazon Bedrock Edition)',
    ]);
    expect(days.every((d) => d.services.every((s) => s.amount >= 0 && s.amount < 10))).toBe(true);
    expect(value(await port.getCostByService(query))).toEqual(days);
    expect(passedOn).toEqual(['listCostAllocationTags', 'getCostByService', 'getCostByService']);
  });

  it('answers who am I with the example account', async () => {
    const port = createExampleAwsPort(new FakeClock());
    const me = value(await port.whoAmI());
    expect(me.account).toBe(EXAMPLE_ACCOUNT_ID);
    expect(me.arn).toContain('123456789012');
    expect(me.arn).toContain('EXAMPLE');
  });

  it('creates users like IAM and refuses a duplicate', async () => {
    const clock = new FakeClock();
    const port = createExampleAwsPort(clock);
    expect(value(await port.getUser('marketing-bedrock-user'))).toBeNull();
    const user = value(
      await port.createUser({
        userName: 'marketing-bedrock-user',
        path: PATH,
        tags: [{ key: 'business-unit', value: 'marketing' }],
      }),
    );
    expect(user.arn).toBe('arn:aws:iam::123456789012:user/bedrock/marketing-bedrock-user');
    expect(user.userId).toMatch(/^AIDA[A-Z0-9]*EXAMPLE$/);
    expect(user.createdAt).toEqual(clock.now());
    expect(value(await port.getUser('marketing-bedrock-user'))?.userName).toBe('marketing-bedrock-user');
    expect(
      failureCode(await port.createUser({ userName: 'marketing-bedrock-user', path: PATH, tags: [] })),
    ).toBe('EntityAlreadyExists');
    expect(value(await port.listBedrockUsers()).map((u) => u.userName)).toEqual(['marketing-bedrock-user']);

    await port.tagUser('marketing-bedrock-user', [
      { key: 'owner', value: 'ana@example.com' },
      { key: 'business-unit', value: 'mkt' },
    ]);
    const tags = value(await port.getUser('marketing-bedrock-user'))?.tags;
    expect(tags).toEqual([
      { key: 'business-unit', value: 'mkt' },
      { key: 'owner', value: 'ana@example.com' },
    ]);
  });

  it('issues example access keys, at most two per user, with EXAMPLE secrets', async () => {
    const port = createExampleAwsPort(new FakeClock());
    await port.createUser({ userName: 'sales-bedrock-user', path: PATH, tags: [] });
    const first = value(await port.createAccessKey('sales-bedrock-user'));
    const second = value(await port.createAccessKey('sales-bedrock-user'));
    expect(first.accessKeyId).toBe('AKIAIOSFODNN7EXAMPLE');
    expect(second.accessKeyId).toMatch(/^AKIA[A-Z0-9]{9}EXAMPLE$/);
    expect(first.secretAccessKey.reveal()).toContain('EXAMPLE');
    expect(second.secretAccessKey.reveal()).toContain('EXAMPLE');
    expect(String(first.secretAccessKey)).not.toContain('EXAMPLE');
    expect(failureCode(await port.createAccessKey('sales-bedrock-user'))).toBe('LimitExceeded');

    await port.setAccessKeyStatus('sales-bedrock-user', first.accessKeyId, 'Inactive');
    expect(
      value(await port.listAccessKeys('sales-bedrock-user')).map((k) => [k.accessKeyId, k.status]),
    ).toEqual([
      [first.accessKeyId, 'Inactive'],
      [second.accessKeyId, 'Active'],
    ]);
    value(await port.deleteAccessKey('sales-bedrock-user', first.accessKeyId));
    expect(failureCode(await port.deleteAccessKey('sales-bedrock-user', first.accessKeyId))).toBe(
      'NoSuchEntity',
    );
    // A slot is free again, and the new key gets a new ID.
    const third = value(await port.createAccessKey('sales-bedrock-user'));
    expect(third.accessKeyId).toMatch(/EXAMPLE$/);
    expect(third.accessKeyId).toHaveLength(20);
    expect(new Set([first.accessKeyId, second.accessKeyId, third.accessKeyId]).size).toBe(3);
  });

  it('issues Bedrock API keys with expiry, two per user, and reports expired ones', async () => {
    const clock = new FakeClock('2026-03-02T10:00:00Z');
    const port = createExampleAwsPort(clock);
    await port.createUser({ userName: 'ops-bedrock-user', path: PATH, tags: [] });
    const key = value(await port.createApiKey('ops-bedrock-user', 30));
    expect(key.credentialId).toMatch(/^ACCA[A-Z0-9]*EXAMPLE$/);
    expect(key.credentialId).toHaveLength(21);
    expect(key.alias).toBe('ops-bedrock-user-at-123456789012');
    expect(key.secret.reveal()).toMatch(/^ABSKEXAMPLE/);
    expect(key.expiresAt?.toISOString()).toBe('2026-04-01T10:00:00.000Z');
    const forever = value(await port.createApiKey('ops-bedrock-user', null));
    expect(forever.expiresAt).toBeNull();
    expect(failureCode(await port.createApiKey('ops-bedrock-user', 30))).toBe('LimitExceeded');

    clock.advance({ days: 31 });
    const listed = value(await port.listApiKeys('ops-bedrock-user'));
    expect(listed.map((k) => k.status)).toEqual(['Expired', 'Active']);
  });

  it('fails on unknown users like IAM does', async () => {
    const port = createExampleAwsPort(new FakeClock());
    expect(failureCode(await port.createAccessKey('ghost-bedrock-user'))).toBe('NoSuchEntity');
    expect(failureCode(await port.listApiKeys('ghost-bedrock-user'))).toBe('NoSuchEntity');
    const failure = await port.deleteUser('ghost-bedrock-user');
    expect(failure.ok).toBe(false);
    if (!failure.ok) expect(failure.error.action).toBe('iam:DeleteUser');
  });

  it('refuses to delete a user that still has keys or policies, as IAM does', async () => {
    const port = createExampleAwsPort(new FakeClock());
    await port.createUser({ userName: 'hr-bedrock-user', path: PATH, tags: [] });
    await port.attachUserPolicy('hr-bedrock-user', 'arn:aws:iam::aws:policy/AmazonBedrockLimitedAccess');
    const key = value(await port.createApiKey('hr-bedrock-user', 7));
    expect(failureCode(await port.deleteUser('hr-bedrock-user'))).toBe('DeleteConflict');
    expect(value(await port.listAttachedUserPolicies('hr-bedrock-user'))).toEqual([
      {
        policyName: 'AmazonBedrockLimitedAccess',
        policyArn: 'arn:aws:iam::aws:policy/AmazonBedrockLimitedAccess',
      },
    ]);
    value(
      await port.detachUserPolicy('hr-bedrock-user', 'arn:aws:iam::aws:policy/AmazonBedrockLimitedAccess'),
    );
    value(await port.deleteApiKey('hr-bedrock-user', key.credentialId));
    value(await port.deleteLoginProfile('hr-bedrock-user'));
    value(await port.deleteUser('hr-bedrock-user'));
    expect(value(await port.getUser('hr-bedrock-user'))).toBeNull();
  });

  it('issues example bearer tokens that expire when asked, signed by the role when one is given', async () => {
    const clock = new FakeClock('2026-03-02T10:00:00Z');
    const port = createExampleAwsPort(clock);
    const own = value(await port.issueBearerToken({ region: 'us-east-1', ttlSeconds: 7200, signAs: null }));
    expect(own.token.reveal()).toContain('EXAMPLE');
    expect(own.expiresAt.toISOString()).toBe('2026-03-02T12:00:00.000Z');
    expect(own.region).toBe('us-east-1');
    const signed = value(
      await port.issueBearerToken({
        region: 'eu-west-1',
        ttlSeconds: 900,
        signAs: {
          roleArn: 'arn:aws:iam::123456789012:role/bedrock-token-signer',
          roleSessionName: 'U123',
          sourceIdentity: 'U123',
        },
      }),
    );
    expect(signed.signerArn).toBe('arn:aws:sts::123456789012:assumed-role/bedrock-token-signer/U123');
    expect(
      failureCode(await port.issueBearerToken({ region: 'moon-1', ttlSeconds: 900, signAs: null })),
    ).toBe('UnknownRegion');
  });

  it('lists example models, filtered by provider', async () => {
    const port = createExampleAwsPort(new FakeClock());
    const anthropic = value(await port.listFoundationModels({ region: 'us-east-1', provider: 'anthropic' }));
    expect(anthropic.length).toBeGreaterThan(0);
    expect(anthropic.every((m) => m.providerName === 'Anthropic')).toBe(true);
    expect(anthropic.some((m) => m.status === 'ACTIVE')).toBe(true);
    const all = value(await port.listFoundationModels({ region: 'us-east-1', provider: null }));
    expect(all.length).toBeGreaterThan(anthropic.length);
  });
});
