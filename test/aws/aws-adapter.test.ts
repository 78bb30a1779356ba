import { BedrockClient, ListFoundationModelsCommand } from '@aws-sdk/client-bedrock';
import {
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateServiceSpecificCredentialCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteLoginProfileCommand,
  DeleteServiceSpecificCredentialCommand,
  DeleteUserCommand,
  DeleteUserPolicyCommand,
  DetachUserPolicyCommand,
  GetAccessKeyLastUsedCommand,
  GetUserCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupsForUserCommand,
  ListServiceSpecificCredentialsCommand,
  ListUserPoliciesCommand,
  ListUsersCommand,
  ListUserTagsCommand,
  NoSuchEntityException,
  GetLoginProfileCommand,
  TagUserCommand,
  UpdateAccessKeyCommand,
  UpdateServiceSpecificCredentialCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAwsAdapter } from '../../src/aws/aws-adapter.js';
import { Secret } from '../../src/core/secret.js';
import { awsError, collectingLogger, NOW, staticCredentials } from './helpers.js';
import { FakeClock } from '../fakes/fake-clock.js';

const iam = mockClient(IAMClient);
const sts = mockClient(STSClient);
const bedrock = mockClient(BedrockClient);

const USER = 'marketing-bedrock-user';
const created = new Date('2030-01-01T00:00:00Z');
const noSuchEntity = () =>
  new NoSuchEntityException({
    message: `The user with name ${USER} cannot be found.`,
    $metadata: { httpStatusCode: 404 },
  });

function adapter(logger = collectingLogger()) {
  return createAwsAdapter({
    region: 'us-east-1',
    credentials: staticCredentials,
    clock: new FakeClock(NOW),
    logger,
  });
}

beforeEach(() => {
  iam.reset();
  sts.reset();
  bedrock.reset();
});

describe('users', () => {
  it('getUser maps the user, tags included', async () => {
    iam.on(GetUserCommand, { UserName: USER }).resolves({
      User: {
        UserName: USER,
        UserId: 'AIDA1',
        Arn: `arn:aws:iam::123456789012:user/bedrock/${USER}`,
        Path: '/bedrock/',
        CreateDate: created,
        Tags: [{ Key: 'purpose', Value: 'bedrock' }],
      },
    });
    const r = await adapter().getUser(USER);
    expect(r).toEqual({
      ok: true,
      value: {
        userName: USER,
        userId: 'AIDA1',
        arn: `arn:aws:iam::123456789012:user/bedrock/${USER}`,
        path: '/bedrock/',
        createdAt: created,
        tags: [{ key: 'purpose', value: 'bedrock' }],
      },
    });
  });

  it('getUser answers ok(null) for NoSuchEntity', async () => {
    iam.on(GetUserCommand).rejects(noSuchEntity());
    expect(await adapter().getUser(USER)).toEqual({ ok: true, value: null });
  });

  it('getUser returns other failures as values', async () => {
    iam
      .on(GetUserCommand)
      .rejects(
        awsError(
          'AccessDenied',
          'User: arn:aws:iam::1:user/bot is not authorized to perform: iam:GetUser on resource: x',
          403,
        ),
      );
    const r = await adapter().getUser(USER);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({
        code: 'AccessDenied',
        action: 'iam:GetUser',
        resource: USER,
        principalArn: 'arn:aws:iam::1:user/bot',
      });
  });

  it('createUser sends path and tags', async () => {
    iam.on(CreateUserCommand).resolves({
      User: { UserName: USER, UserId: 'AIDA1', Arn: 'arn', Path: '/bedrock/', CreateDate: created },
    });
    const tags = [
      { key: 'business-unit', value: 'marketing' },
      { key: 'purpose', value: 'bedrock' },
    ];
    const r = await adapter().createUser({ userName: USER, path: '/bedrock/', tags });
    expect(iam.commandCalls(CreateUserCommand)[0]?.args[0].input).toEqual({
      UserName: USER,
      Path: '/bedrock/',
      Tags: [
        { Key: 'business-unit', Value: 'marketing' },
        { Key: 'purpose', Value: 'bedrock' },
      ],
    });
    expect(r.ok && r.value.tags).toEqual(tags);
  });

  it('createUser: EntityAlreadyExists and ambiguous timeouts come back classified', async () => {
    iam
      .on(CreateUserCommand)
      .rejects(awsError('EntityAlreadyExists', 'User with name x already exists.', 409));
    const exists = await adapter().createUser({ userName: USER, path: '/bedrock/', tags: [] });
    expect(!exists.ok && exists.error.code).toBe('EntityAlreadyExists');
    expect(!exists.ok && exists.error.ambiguous).toBe(false);

    iam
      .on(CreateUserCommand)
      .rejects(
        Object.assign(new Error('socket timed out'), { name: 'TimeoutError', $metadata: { attempts: 3 } }),
      );
    const timeout = await adapter().createUser({ userName: USER, path: '/bedrock/', tags: [] });
    expect(!timeout.ok && timeout.error).toMatchObject({
      code: 'Timeout',
      ambiguous: true,
      action: 'iam:CreateUser',
    });
  });

  it('tagUser, deleteUser send exact inputs', async () => {
    iam.on(TagUserCommand).resolves({}).on(DeleteUserCommand).resolves({});
    const aws = adapter();
    expect(await aws.tagUser(USER, [{ key: 'owner', value: 'U1' }])).toEqual({ ok: true, value: undefined });
    expect(await aws.deleteUser(USER)).toEqual({ ok: true, value: undefined });
    expect(iam.commandCalls(TagUserCommand)[0]?.args[0].input).toEqual({
      UserName: USER,
      Tags: [{ Key: 'owner', Value: 'U1' }],
    });
    expect(iam.commandCalls(DeleteUserCommand)[0]?.args[0].input).toEqual({ UserName: USER });
  });

  it('hasLoginProfile: a console password is true, none (NoSuchEntity) is false', async () => {
    iam.on(GetLoginProfileCommand).resolves({ LoginProfile: { UserName: USER, CreateDate: new Date() } });
    expect(await adapter().hasLoginProfile(USER)).toEqual({ ok: true, value: true });
    iam.on(GetLoginProfileCommand).rejects(noSuchEntity());
    expect(await adapter().hasLoginProfile(USER)).toEqual({ ok: true, value: false });
  });

  it('deleteLoginProfile: none to delete is fine', async () => {
    iam.on(DeleteLoginProfileCommand).rejects(noSuchEntity());
    expect(await adapter().deleteLoginProfile(USER)).toEqual({ ok: true, value: undefined });
    iam.on(DeleteLoginProfileCommand).rejects(awsError('EntityTemporarilyUnmodifiable', 'later', 409));
    const r = await adapter().deleteLoginProfile(USER);
    expect(!r.ok && r.error.code).toBe('EntityTemporarilyUnmodifiable');
  });

  it('deleteUser: DeleteConflict is reported', async () => {
    iam
      .on(DeleteUserCommand)
      .rejects(awsError('DeleteConflict', 'Cannot delete entity, must delete policies first.', 409));
    const r = await adapter().deleteUser(USER);
    expect(!r.ok && r.error).toMatchObject({ code: 'DeleteConflict', resource: USER });
  });

  it('listGroupsForUser paginates', async () => {
    iam
      .on(ListGroupsForUserCommand, { UserName: USER, Marker: undefined })
      .resolves({
        Groups: [{ GroupName: 'a', GroupId: '1', Arn: 'x', Path: '/', CreateDate: created }],
        IsTruncated: true,
        Marker: 'm1',
      })
      .on(ListGroupsForUserCommand, { UserName: USER, Marker: 'm1' })
      .resolves({
        Groups: [{ GroupName: 'b', GroupId: '2', Arn: 'y', Path: '/', CreateDate: created }],
        IsTruncated: false,
      });
    expect(await adapter().listGroupsForUser(USER)).toEqual({ ok: true, value: ['a', 'b'] });
    expect(iam.commandCalls(ListGroupsForUserCommand).map((c) => c.args[0].input.Marker)).toEqual([
      undefined,
      'm1',
    ]);
  });
});

describe('listBedrockUsers', () => {
  it("keeps the bot's path and the root path from one listing, page by page, and reads tags of business-unit users only", async () => {
    const u = (name: string, path = '/') => ({
      UserName: name,
      UserId: `ID-${name}`,
      Arn: `arn:aws:iam::1:user${path}${name}`,
      Path: path,
      CreateDate: created,
    });
    // An account with thousands of people: none of them costs a tag read.
    const people = Array.from({ length: 2500 }, (_, i) => u(`person-${i}`, i % 2 === 0 ? '/' : '/staff/'));
    // IAM lists every path under "/": the bot's own users come in the same listing.
    iam
      .on(ListUsersCommand, { PathPrefix: '/', Marker: undefined })
      .resolves({
        Users: [u('legacy-bedrock-user'), ...people.slice(0, 1000), u('ops-bedrock-user', '/bedrock/')],
        IsTruncated: true,
        Marker: 'r2',
      })
      .on(ListUsersCommand, { PathPrefix: '/', Marker: 'r2' })
      .resolves({
        Users: [
          ...people.slice(1000),
          u('elsewhere-bedrock-user', '/svc/'),
          u('gone-bedrock-user'),
          u('ads-bedrock-user', '/bedrock/'),
        ],
        IsTruncated: false,
      });
    iam
      .on(ListUserTagsCommand, { UserName: 'legacy-bedrock-user' })
      .resolves({ Tags: [{ Key: 'business-unit', Value: 'legacy' }] })
      .on(ListUserTagsCommand, { UserName: 'ops-bedrock-user' })
      .resolves({ Tags: [] })
      .on(ListUserTagsCommand, { UserName: 'ads-bedrock-user' })
      .resolves({ Tags: [{ Key: 'owner', Value: 'a@example.com' }] })
      .on(ListUserTagsCommand, { UserName: 'gone-bedrock-user' })
      .rejects(noSuchEntity());

    const r = await adapter().listBedrockUsers();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((x) => x.userName)).toEqual([
      'ads-bedrock-user',
      'legacy-bedrock-user',
      'ops-bedrock-user',
    ]);
    expect(r.value[1]?.tags).toEqual([{ key: 'business-unit', value: 'legacy' }]);
    const listCalls = iam.commandCalls(ListUsersCommand).map((c) => c.args[0].input);
    expect(listCalls.map((i) => [i.PathPrefix, i.Marker, i.MaxItems])).toEqual([
      ['/', undefined, 1000],
      ['/', 'r2', 1000],
    ]);
    // One tag read per business-unit user, none for the 2,500 people.
    expect(
      iam
        .commandCalls(ListUserTagsCommand)
        .map((c) => c.args[0].input.UserName)
        .sort(),
    ).toEqual(['ads-bedrock-user', 'gone-bedrock-user', 'legacy-bedrock-user', 'ops-bedrock-user']);
  });

  it('for a page of a list: names without a tag read, keys without last use, reused until the bot changes them', async () => {
    iam.on(ListUsersCommand).resolves({
      Users: [{ UserName: 'x-bedrock-user', UserId: '1', Arn: 'a', Path: '/bedrock/', CreateDate: created }],
      IsTruncated: false,
    });
    iam.on(ListAccessKeysCommand).resolves({
      AccessKeyMetadata: [{ AccessKeyId: 'AKIAONE0000000000001', Status: 'Active', CreateDate: created }],
    });
    const aws = adapter();
    const names = await aws.listBedrockUsers({ withTags: false });
    expect(names.ok && names.value.map((u) => [u.userName, u.tags])).toEqual([['x-bedrock-user', []]]);
    await aws.listBedrockUsers({ withTags: false });
    expect(iam.commandCalls(ListUsersCommand)).toHaveLength(1);
    expect(iam.commandCalls(ListUserTagsCommand)).toHaveLength(0);
    const keys = await aws.listAccessKeys('x-bedrock-user', { summary: true });
    expect(keys.ok && keys.value[0]).toMatchObject({ accessKeyId: 'AKIAONE0000000000001', lastUsedAt: null });
    expect(iam.commandCalls(GetAccessKeyLastUsedCommand)).toHaveLength(0);
    iam.on(DeleteAccessKeyCommand).resolves({});
    await aws.deleteAccessKey('x-bedrock-user', 'AKIAONE0000000000001');
    await aws.listAccessKeys('x-bedrock-user', { summary: true });
    await aws.listBedrockUsers({ withTags: false });
    expect(iam.commandCalls(ListAccessKeysCommand)).toHaveLength(2);
    expect(iam.commandCalls(ListUsersCommand)).toHaveLength(2);
  });

  it('with IAM_USER_PATH "/", one listing of the account', async () => {
    iam.on(ListUsersCommand).resolves({
      Users: [{ UserName: 'x-bedrock-user', UserId: '1', Arn: 'a', Path: '/', CreateDate: created }],
      IsTruncated: false,
    });
    iam.on(ListUserTagsCommand).resolves({ Tags: [] });
    const r = await createAwsAdapter({
      region: 'us-east-1',
      credentials: staticCredentials,
      iamUserPath: '/',
    }).listBedrockUsers();
    expect(r.ok && r.value.map((x) => x.userName)).toEqual(['x-bedrock-user']);
    expect(iam.commandCalls(ListUsersCommand)).toHaveLength(1);
  });

  it('runs at most 5 tag reads at a time', async () => {
    const users = Array.from({ length: 23 }, (_, i) => ({
      UserName: `u${i}-bedrock-user`,
      UserId: `${i}`,
      Arn: 'a',
      Path: '/',
      CreateDate: created,
    }));
    iam.on(ListUsersCommand).resolves({ Users: users, IsTruncated: false });
    let inFlight = 0;
    let peak = 0;
    iam.on(ListUserTagsCommand).callsFake(async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      return { Tags: [] };
    });
    const r = await adapter().listBedrockUsers();
    expect(r.ok && r.value).toHaveLength(23);
    expect(peak).toBeLessThanOrEqual(5);
    expect(peak).toBeGreaterThan(1);
  });

  it('a tag read refused for a business-unit user fails the list; other users are never read', async () => {
    iam.on(ListUsersCommand).resolves({
      Users: [{ UserName: 'other', UserId: '1', Arn: 'a', Path: '/', CreateDate: created }],
      IsTruncated: false,
    });
    iam.on(ListUserTagsCommand).rejects(awsError('AccessDenied', 'no', 403));
    expect(await adapter().listBedrockUsers()).toEqual({ ok: true, value: [] });
    expect(iam.commandCalls(ListUserTagsCommand)).toHaveLength(0);

    iam.on(ListUsersCommand).resolves({
      Users: [{ UserName: 'x-bedrock-user', UserId: '1', Arn: 'a', Path: '/', CreateDate: created }],
      IsTruncated: false,
    });
    const r = await adapter().listBedrockUsers();
    expect(!r.ok && r.error).toMatchObject({ code: 'AccessDenied', action: 'iam:ListUserTags' });
  });

  it('ListUsers failure is returned', async () => {
    iam.on(ListUsersCommand).rejects(awsError('Throttling', 'Rate exceeded', 400, 3));
    const r = await adapter().listBedrockUsers();
    expect(!r.ok && r.error).toMatchObject({ code: 'Throttling', action: 'iam:ListUsers', ambiguous: false });
  });
});

describe('policies', () => {
  it('attach/detach/list/delete inline send exact inputs and paginate', async () => {
    const arn = 'arn:aws:iam::aws:policy/AmazonBedrockLimitedAccess';
    iam
      .on(AttachUserPolicyCommand)
      .resolves({})
      .on(DetachUserPolicyCommand)
      .resolves({})
      .on(DeleteUserPolicyCommand)
      .resolves({})
      .on(ListAttachedUserPoliciesCommand, { Marker: undefined })
      .resolves({
        AttachedPolicies: [{ PolicyName: 'AmazonBedrockLimitedAccess', PolicyArn: arn }],
        IsTruncated: true,
        Marker: 'n',
      })
      .on(ListAttachedUserPoliciesCommand, { Marker: 'n' })
      .resolves({ AttachedPolicies: [{ PolicyName: 'Other', PolicyArn: 'arn:other' }], IsTruncated: false })
      .on(ListUserPoliciesCommand)
      .resolves({ PolicyNames: ['inline-1'], IsTruncated: false });
    const aws = adapter();
    expect((await aws.attachUserPolicy(USER, arn)).ok).toBe(true);
    expect((await aws.detachUserPolicy(USER, arn)).ok).toBe(true);
    expect((await aws.deleteUserPolicy(USER, 'inline-1')).ok).toBe(true);
    expect(await aws.listAttachedUserPolicies(USER)).toEqual({
      ok: true,
      value: [
        { policyName: 'AmazonBedrockLimitedAccess', policyArn: arn },
        { policyName: 'Other', policyArn: 'arn:other' },
      ],
    });
    expect(await aws.listUserPolicies(USER)).toEqual({ ok: true, value: ['inline-1'] });
    expect(iam.commandCalls(AttachUserPolicyCommand)[0]?.args[0].input).toEqual({
      UserName: USER,
      PolicyArn: arn,
    });
    expect(iam.commandCalls(DetachUserPolicyCommand)[0]?.args[0].input).toEqual({
      UserName: USER,
      PolicyArn: arn,
    });
    expect(iam.commandCalls(DeleteUserPolicyCommand)[0]?.args[0].input).toEqual({
      UserName: USER,
      PolicyName: 'inline-1',
    });
  });
});

describe('access keys', () => {
  it('createAccessKey always names the user and wraps the secret', async () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY';
    iam.on(CreateAccessKeyCommand).resolves({
      AccessKey: {
        UserName: USER,
        AccessKeyId: 'AKIANEWKEY0000000001',
        SecretAccessKey: secret,
        Status: 'Active',
        CreateDate: created,
      },
    });
    const r = await adapter().createAccessKey(USER);
    expect(iam.commandCalls(CreateAccessKeyCommand)[0]?.args[0].input).toEqual({ UserName: USER });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.accessKeyId).toBe('AKIANEWKEY0000000001');
    expect(r.value.secretAccessKey).toBeInstanceOf(Secret);
    expect(r.value.secretAccessKey.reveal()).toBe(secret);
    expect(JSON.stringify(r)).not.toContain(secret);
  });

  it('createAccessKey: LimitExceeded (two keys already) is reported', async () => {
    iam
      .on(CreateAccessKeyCommand)
      .rejects(awsError('LimitExceeded', 'Cannot exceed quota for AccessKeysPerUser: 2', 409));
    const r = await adapter().createAccessKey(USER);
    expect(!r.ok && r.error.code).toBe('LimitExceeded');
  });

  it('listAccessKeys includes last use', async () => {
    iam
      .on(ListAccessKeysCommand)
      .resolves({
        AccessKeyMetadata: [
          { UserName: USER, AccessKeyId: 'AKIAONE0000000000001', Status: 'Active', CreateDate: created },
          { UserName: USER, AccessKeyId: 'AKIATWO0000000000002', Status: 'Inactive', CreateDate: created },
        ],
        IsTruncated: false,
      })
      .on(GetAccessKeyLastUsedCommand, { AccessKeyId: 'AKIAONE0000000000001' })
      .resolves({
        UserName: USER,
        AccessKeyLastUsed: { LastUsedDate: NOW, ServiceName: 'bedrock', Region: 'us-east-1' },
      })
      .on(GetAccessKeyLastUsedCommand, { AccessKeyId: 'AKIATWO0000000000002' })
      .resolves({ UserName: USER, AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' } });
    const r = await adapter().listAccessKeys(USER);
    expect(r).toEqual({
      ok: true,
      value: [
        {
          accessKeyId: 'AKIAONE0000000000001',
          status: 'Active',
          createdAt: created,
          lastUsedAt: NOW,
          lastUsedService: 'bedrock',
        },
        {
          accessKeyId: 'AKIATWO0000000000002',
          status: 'Inactive',
          createdAt: created,
          lastUsedAt: null,
          lastUsedService: null,
        },
      ],
    });
    expect(iam.commandCalls(ListAccessKeysCommand)[0]?.args[0].input.UserName).toBe(USER);
  });

  it('setAccessKeyStatus and deleteAccessKey name the user', async () => {
    iam.on(UpdateAccessKeyCommand).resolves({}).on(DeleteAccessKeyCommand).resolves({});
    const aws = adapter();
    await aws.setAccessKeyStatus(USER, 'AKIAONE0000000000001', 'Inactive');
    await aws.deleteAccessKey(USER, 'AKIAONE0000000000001');
    expect(iam.commandCalls(UpdateAccessKeyCommand)[0]?.args[0].input).toEqual({
      UserName: USER,
      AccessKeyId: 'AKIAONE0000000000001',
      Status: 'Inactive',
    });
    expect(iam.commandCalls(DeleteAccessKeyCommand)[0]?.args[0].input).toEqual({
      UserName: USER,
      AccessKeyId: 'AKIAONE0000000000001',
    });
  });
});

describe('long-term Bedrock API keys', () => {
  const SECRET = 'ABSKQmVkcm9ja0FQSUtleS1tYXJrZXRpbmctYXQtMTIzNDU2Nzg5MDEyOmV4YW1wbGVzZWNyZXQ=';

  it('creates with ServiceName bedrock.amazonaws.com and CredentialAgeDays, reading the current answer shape', async () => {
    iam.on(CreateServiceSpecificCredentialCommand).resolves({
      ServiceSpecificCredential: {
        CreateDate: created,
        ExpirationDate: new Date('2030-01-31T00:00:00Z'),
        ServiceName: 'bedrock.amazonaws.com',
        ServiceCredentialAlias: 'marketing-bedrock-user-at-123456789012',
        ServiceCredentialSecret: SECRET,
        ServiceSpecificCredentialId: 'ACCAEXAMPLE1',
        UserName: USER,
        Status: 'Active',
      },
    });
    const r = await adapter().createApiKey(USER, 30);
    expect(iam.commandCalls(CreateServiceSpecificCredentialCommand)[0]?.args[0].input).toEqual({
      UserName: USER,
      ServiceName: 'bedrock.amazonaws.com',
      CredentialAgeDays: 30,
    });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value).toMatchObject({
      credentialId: 'ACCAEXAMPLE1',
      alias: 'marketing-bedrock-user-at-123456789012',
      createdAt: created,
      expiresAt: new Date('2030-01-31T00:00:00Z'),
    });
    expect(r.value.secret.reveal()).toBe(SECRET);
    expect(JSON.stringify(r)).not.toContain(SECRET);
    expect(JSON.stringify(r)).not.toContain('ABSK');
  });

  it('omits CredentialAgeDays for a non-expiring key and accepts the older ServicePassword/ServiceUserName shape', async () => {
    iam.on(CreateServiceSpecificCredentialCommand).resolves({
      ServiceSpecificCredential: {
        CreateDate: created,
        ServiceName: 'bedrock.amazonaws.com',
        ServiceUserName: 'marketing-bedrock-user-at-123456789012',
        ServicePassword: 'old-shape-password-value',
        ServiceSpecificCredentialId: 'ACCAEXAMPLE2',
        UserName: USER,
        Status: 'Active',
      },
    });
    const r = await adapter().createApiKey(USER, null);
    expect(iam.commandCalls(CreateServiceSpecificCredentialCommand)[0]?.args[0].input).toEqual({
      UserName: USER,
      ServiceName: 'bedrock.amazonaws.com',
    });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.alias).toBe('marketing-bedrock-user-at-123456789012');
    expect(r.value.secret.reveal()).toBe('old-shape-password-value');
    expect(r.value.expiresAt).toBeNull();
  });

  it('prefers the new secret field when both are present', async () => {
    iam.on(CreateServiceSpecificCredentialCommand).resolves({
      ServiceSpecificCredential: {
        CreateDate: created,
        ServiceName: 'bedrock.amazonaws.com',
        ServiceSpecificCredentialId: 'ACCA3',
        UserName: USER,
        Status: 'Active',
        ServiceCredentialSecret: SECRET,
        ServicePassword: 'legacy',
        ServiceCredentialAlias: 'new-alias',
        ServiceUserName: 'old-alias',
      },
    });
    const r = await adapter().createApiKey(USER, 7);
    expect(r.ok && r.value.secret.reveal()).toBe(SECRET);
    expect(r.ok && r.value.alias).toBe('new-alias');
    // No ExpirationDate in the answer: computed from the age.
    expect(r.ok && r.value.expiresAt).toEqual(new Date(created.getTime() + 7 * 86_400_000));
  });

  it('an answer without a secret is an error, and the useless key is removed', async () => {
    iam.on(CreateServiceSpecificCredentialCommand).resolves({
      ServiceSpecificCredential: {
        CreateDate: created,
        ServiceName: 'bedrock.amazonaws.com',
        ServiceSpecificCredentialId: 'ACCA4',
        UserName: USER,
        Status: 'Active',
      },
    });
    iam.on(DeleteServiceSpecificCredentialCommand).resolves({});
    const r = await adapter().createApiKey(USER, 30);
    expect(!r.ok && r.error).toMatchObject({
      code: 'Unknown',
      awsErrorName: 'MissingSecret',
      ambiguous: false,
    });
    expect(iam.commandCalls(DeleteServiceSpecificCredentialCommand)[0]?.args[0].input).toEqual({
      UserName: USER,
      ServiceSpecificCredentialId: 'ACCA4',
    });
  });

  it('lists, updates and deletes for the Bedrock service only', async () => {
    iam
      .on(ListServiceSpecificCredentialsCommand, { Marker: undefined })
      .resolves({
        ServiceSpecificCredentials: [
          {
            UserName: USER,
            Status: 'Active',
            ServiceCredentialAlias: 'a1',
            CreateDate: created,
            ExpirationDate: NOW,
            ServiceSpecificCredentialId: 'ACCA1',
            ServiceName: 'bedrock.amazonaws.com',
          },
        ],
        IsTruncated: true,
        Marker: 'k',
      })
      .on(ListServiceSpecificCredentialsCommand, { Marker: 'k' })
      .resolves({
        ServiceSpecificCredentials: [
          {
            UserName: USER,
            Status: 'Expired',
            ServiceUserName: 'old',
            CreateDate: created,
            ServiceSpecificCredentialId: 'ACCA2',
            ServiceName: 'bedrock.amazonaws.com',
          },
        ],
        IsTruncated: false,
      })
      .on(UpdateServiceSpecificCredentialCommand)
      .resolves({})
      .on(DeleteServiceSpecificCredentialCommand)
      .resolves({});
    const aws = adapter();
    expect(await aws.listApiKeys(USER)).toEqual({
      ok: true,
      value: [
        { credentialId: 'ACCA1', alias: 'a1', status: 'Active', createdAt: created, expiresAt: NOW },
        { credentialId: 'ACCA2', alias: 'old', status: 'Expired', createdAt: created, expiresAt: null },
      ],
    });
    expect(iam.commandCalls(ListServiceSpecificCredentialsCommand)[0]?.args[0].input).toEqual({
      UserName: USER,
      ServiceName: 'bedrock.amazonaws.com',
      Marker: undefined,
    });
    await aws.setApiKeyStatus(USER, 'ACCA1', 'Inactive');
    await aws.deleteApiKey(USER, 'ACCA1');
    expect(iam.commandCalls(UpdateServiceSpecificCredentialCommand)[0]?.args[0].input).toEqual({
      UserName: USER,
      ServiceSpecificCredentialId: 'ACCA1',
      Status: 'Inactive',
    });
    expect(iam.commandCalls(DeleteServiceSpecificCredentialCommand)[0]?.args[0].input).toEqual({
      UserName: USER,
      ServiceSpecificCredentialId: 'ACCA1',
    });
  });
});

describe('whoAmI and models', () => {
  it('whoAmI is cached after the first success', async () => {
    sts
      .on(GetCallerIdentityCommand)
      .resolves({ Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/bot', UserId: 'AIDA' });
    const aws = adapter();
    expect(await aws.whoAmI()).toEqual({
      ok: true,
      value: { account: '123456789012', arn: 'arn:aws:iam::123456789012:user/bot', userId: 'AIDA' },
    });
    await aws.whoAmI();
    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(1);
  });

  it('whoAmI failure is not cached', async () => {
    sts
      .on(GetCallerIdentityCommand)
      .rejectsOnce(awsError('ExpiredToken', 'expired', 403))
      .resolves({ Account: '1', Arn: 'a', UserId: 'u' });
    const aws = adapter();
    const first = await aws.whoAmI();
    expect(!first.ok && first.error.code).toBe('CredentialsExpired');
    expect((await aws.whoAmI()).ok).toBe(true);
  });

  it('lists models by provider in the requested region, one client per region', async () => {
    bedrock.on(ListFoundationModelsCommand).resolves({
      modelSummaries: [
        {
          modelArn: 'arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0',
          modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
          modelName: 'Claude Sonnet 4.5',
          providerName: 'Anthropic',
          inputModalities: ['TEXT', 'IMAGE'],
          outputModalities: ['TEXT'],
          inferenceTypesSupported: ['ON_DEMAND'],
          modelLifecycle: { status: 'ACTIVE' },
        },
      ],
    });
    const aws = adapter();
    const r = await aws.listFoundationModels({ region: 'eu-west-1', provider: 'Anthropic' });
    expect(r).toEqual({
      ok: true,
      value: [
        {
          modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
          modelName: 'Claude Sonnet 4.5',
          providerName: 'Anthropic',
          status: 'ACTIVE',
          inferenceTypes: ['ON_DEMAND'],
          inputModalities: ['TEXT', 'IMAGE'],
          outputModalities: ['TEXT'],
        },
      ],
    });
    await aws.listFoundationModels({ region: 'eu-west-1', provider: null });
    await aws.listFoundationModels({ region: 'us-west-2', provider: null });
    const calls = bedrock.commandCalls(ListFoundationModelsCommand);
    expect(calls.map((c) => c.args[0].input)).toEqual([{ byProvider: 'Anthropic' }, {}, {}]);
    const regions = await Promise.all(calls.map((c) => (c.thisValue as BedrockClient).config.region()));
    expect(regions).toEqual(['eu-west-1', 'eu-west-1', 'us-west-2']);
    expect(calls[0]?.thisValue).toBe(calls[1]?.thisValue);
    expect(calls[0]?.thisValue).not.toBe(calls[2]?.thisValue);
  });

  it('reuses a region model list for five minutes, and does not cache failures', async () => {
    const clock = new FakeClock('2026-11-21T12:00:00Z');
    const aws = createAwsAdapter({ region: 'us-east-1', credentials: staticCredentials, clock });
    bedrock
      .on(ListFoundationModelsCommand)
      .rejectsOnce(awsError('ThrottlingException', 'slow down', 400))
      .resolves({ modelSummaries: [] });
    expect((await aws.listFoundationModels({ region: 'us-east-1', provider: 'Anthropic' })).ok).toBe(false);
    expect((await aws.listFoundationModels({ region: 'us-east-1', provider: 'Anthropic' })).ok).toBe(true);
    expect((await aws.listFoundationModels({ region: 'us-east-1', provider: 'Anthropic' })).ok).toBe(true);
    expect(bedrock.commandCalls(ListFoundationModelsCommand)).toHaveLength(2);
    clock.advance({ seconds: 301 });
    await aws.listFoundationModels({ region: 'us-east-1', provider: 'Anthropic' });
    expect(bedrock.commandCalls(ListFoundationModelsCommand)).toHaveLength(3);
  });

  it('an unknown region is refused without a call; a DNS failure on the endpoint is UnknownRegion', async () => {
    const aws = adapter();
    const bad = await aws.listFoundationModels({ region: 'moon-1', provider: null });
    expect(!bad.ok && bad.error.code).toBe('UnknownRegion');
    bedrock.on(ListFoundationModelsCommand).rejects(
      Object.assign(new Error('getaddrinfo ENOTFOUND bedrock.xx-nowhere-9.amazonaws.com'), {
        code: 'ENOTFOUND',
        hostname: 'bedrock.xx-nowhere-9.amazonaws.com',
      }),
    );
    const dns = await aws.listFoundationModels({ region: 'xx-nowhere-9', provider: null });
    expect(!dns.ok && dns.error).toMatchObject({
      code: 'UnknownRegion',
      action: 'bedrock:ListFoundationModels',
      resource: 'xx-nowhere-9',
    });
  });
});

describe('clients', () => {
  it('IAM goes to the partition’s IAM region, STS to the configured one, with bounded retries', async () => {
    iam
      .on(GetUserCommand)
      .resolves({ User: { UserName: USER, UserId: '1', Arn: 'a', Path: '/', CreateDate: created } });
    sts.on(GetCallerIdentityCommand).resolves({ Account: '1', Arn: 'a', UserId: 'u' });
    const aws = createAwsAdapter({ region: 'eu-central-1', credentials: staticCredentials });
    await aws.getUser(USER);
    await aws.whoAmI();
    const iamClient = iam.commandCalls(GetUserCommand)[0]?.thisValue as IAMClient;
    const stsClient = sts.commandCalls(GetCallerIdentityCommand)[0]?.thisValue as STSClient;
    expect(await iamClient.config.region()).toBe('us-east-1');
    expect(await stsClient.config.region()).toBe('eu-central-1');
    expect(await iamClient.config.maxAttempts()).toBe(3);
  });

  it('the logger hears failures but never secrets', async () => {
    const logger = collectingLogger();
    iam
      .on(CreateAccessKeyCommand)
      .rejects(awsError('AccessDenied', 'denied for wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY', 403));
    await adapter(logger).createAccessKey(USER);
    const text = logger.lines.join('\n');
    expect(text).toContain('iam:CreateAccessKey');
    expect(text).not.toContain('wJalrXUtnFEMI');
  });
});
