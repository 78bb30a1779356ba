/** The one in-memory IAM behind both the dry run and FakeAws: the parts neither layer adds. */
import { describe, expect, it } from 'vitest';
import { createExampleAwsPort } from '../../src/dry-run/example-aws-port.js';
import { InMemoryIam, type AwsMethod } from '../../src/dry-run/in-memory-iam.js';
import { FakeClock } from '../fakes/fake-clock.js';

describe('InMemoryIam', () => {
  it('logs every call and lets the failure hook fail one, after it took effect when asked', async () => {
    const seen: AwsMethod[] = [];
    const iam = new InMemoryIam({
      clock: new FakeClock(),
      failureHook: (method) => {
        seen.push(method);
        return method === 'createUser' ? { code: 'Timeout', takeEffect: true } : undefined;
      },
    });
    const r = await iam.createUser({ userName: 'ops-bedrock-user', path: '/bedrock/', tags: [] });
    expect(!r.ok && r.error).toMatchObject({
      code: 'Timeout',
      ambiguous: true,
      action: 'iam:CreateUser',
      resource: 'ops-bedrock-user',
    });
    expect(iam.userNames()).toEqual(['ops-bedrock-user']);
    expect((await iam.getUser('ops-bedrock-user')).ok).toBe(true);
    expect(seen).toEqual(['createUser', 'getUser']);
    expect(iam.mutatingCalls().map((c) => c.method)).toEqual(['createUser']);
  });

  it('lists *-bedrock-user under the configured path only, or under any path without one, sorted', async () => {
    const clock = new FakeClock();
    const scoped = new InMemoryIam({ clock, iamUserPath: '/bedrock/' });
    const anywhere = new InMemoryIam({ clock, iamUserPath: null });
    for (const iam of [scoped, anywhere]) {
      iam.seedUser({ userName: 'sales-bedrock-user', path: '/bedrock/' });
      iam.seedUser({ userName: 'hr-bedrock-user', path: '/other/' });
      iam.seedUser({ userName: 'tagged', path: '/other/', tags: [{ key: 'purpose', value: 'bedrock' }] });
    }
    const names = async (iam: InMemoryIam) => {
      const r = await iam.listBedrockUsers();
      return r.ok ? r.value.map((u) => u.userName) : r.error.code;
    };
    expect(await names(scoped)).toEqual(['sales-bedrock-user', 'tagged']);
    expect(await names(anywhere)).toEqual(['hr-bedrock-user', 'sales-bedrock-user', 'tagged']);
  });

  it('keeps every secret it hands out, in the example dress too', async () => {
    const port = createExampleAwsPort(new FakeClock());
    expect(port).toBeInstanceOf(InMemoryIam);
    const iam = port as InMemoryIam;
    await iam.createUser({ userName: 'ops-bedrock-user', path: '/bedrock/', tags: [] });
    const key = await iam.createAccessKey('ops-bedrock-user');
    const token = await iam.issueBearerToken({ region: 'us-east-1', ttlSeconds: 900, signAs: null });
    expect(iam.issuedSecrets).toEqual([
      key.ok && key.value.secretAccessKey.reveal(),
      token.ok && token.value.token.reveal(),
    ]);
    expect(iam.issuedSecrets.every((s) => s.includes('EXAMPLE'))).toBe(true);
    const login = await iam.hasLoginProfile('ops-bedrock-user');
    expect(login).toEqual({ ok: true, value: false });
    const gone = await iam.hasLoginProfile('nobody-bedrock-user');
    expect(!gone.ok && gone.error.code).toBe('NoSuchEntity');
  });
});
