import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runPolicy } from '../../src/cli/policy-command.js';
import { DEFAULT_SETTINGS, type CoreSettings } from '../../src/core/settings.js';

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, cb) {
      chunks.push(chunk.toString());
      cb();
    },
  });
  return { stream, text: () => chunks.join('') };
}

const withRole: CoreSettings = {
  ...DEFAULT_SETTINGS,
  tokenSigningRoleArn: 'arn:aws:iam::123456789012:role/BedrockTokenSigner',
  tokenSigningExternalId: 'ext-1',
};

describe('runPolicy', () => {
  it('prints the policies as JSON documents under short headings', async () => {
    const out = sink();
    const code = await runPolicy({
      json: false,
      settings: withRole,
      accountId: '123456789012',
      botPrincipalArn: 'arn:aws:iam::123456789012:user/bedrock-bot',
      stdout: out.stream,
    });
    expect(code).toBe(0);
    const text = out.text();
    expect(text).toMatch(/^# The bot's own IAM policy/m);
    expect(text).toMatch(
      /^# Trust policy of the token-signing role arn:aws:iam::123456789012:role\/BedrockTokenSigner/m,
    );
    expect(text).toMatch(/^# Permissions policy of the token-signing role/m);
    // Every block between headings is valid JSON.
    const blocks = text
      .split(/^#.*$/m)
      .map((b) => b.trim())
      .filter((b) => b.startsWith('{'));
    // The bot's policy, the invoke-only business-unit policy, the role's trust and permissions.
    expect(blocks).toHaveLength(withRole.policyArns.length > 0 ? 3 : 4);
    // Spend per unit: Cost Explorer reads, on "*" (it has no resource-level permissions).
    const botPolicy = JSON.parse(blocks[0] ?? '{}') as { Statement: { Sid?: string }[] };
    expect(botPolicy.Statement.find((s) => s.Sid === 'ReadBusinessUnitSpend')).toEqual({
      Sid: 'ReadBusinessUnitSpend',
      Effect: 'Allow',
      Action: ['ce:GetCostAndUsage', 'ce:ListCostAllocationTags'],
      Resource: '*',
    });
    if (withRole.policyArns.length === 0)
      expect(text).toContain(
        'aws iam create-policy --policy-name bedrock-bot-invoke-only --path /bedrock-bot/ --policy-document file://bedrock-bot-invoke-only.json',
      );
    for (const b of blocks) expect(JSON.parse(b)).toHaveProperty('Version', '2012-10-17');
    expect(text).toContain('arn:aws:iam::123456789012:user/bedrock/*-bedrock-user');
    expect(text).toContain('"sts:ExternalId": "ext-1"');
  });

  it('prints one JSON object with --json', async () => {
    const out = sink();
    expect(
      await runPolicy({
        json: true,
        settings: withRole,
        accountId: null,
        botPrincipalArn: null,
        stdout: out.stream,
      }),
    ).toBe(0);
    const parsed = JSON.parse(out.text()) as {
      botPolicy: unknown;
      signingRole: { trustPolicy: unknown } | null;
      notes: string[];
    };
    expect(parsed.botPolicy).toBeDefined();
    expect(parsed.signingRole?.trustPolicy).toBeDefined();
    expect(parsed.notes.join(' ')).toContain('<ACCOUNT_ID>');
  });

  it('says so when there is no signing role', async () => {
    const out = sink();
    await runPolicy({
      json: false,
      settings: DEFAULT_SETTINGS,
      accountId: '123456789012',
      botPrincipalArn: null,
      stdout: out.stream,
    });
    expect(out.text()).toMatch(/No token-signing role is configured/);
    expect(out.text()).toContain('bedrock:CallWithBearerToken');
  });

  it('refuses a malformed account ID or principal with exit code 2', async () => {
    const out = sink();
    expect(
      await runPolicy({
        json: false,
        settings: DEFAULT_SETTINGS,
        accountId: '1234',
        botPrincipalArn: null,
        stdout: out.stream,
      }),
    ).toBe(2);
    expect(
      await runPolicy({
        json: false,
        settings: DEFAULT_SETTINGS,
        accountId: null,
        botPrincipalArn: 'bot',
        stdout: out.stream,
      }),
    ).toBe(2);
    expect(out.text()).toMatch(/12 digits/);
  });
});
