/**
 * `bedrock-bot policy`: prints the IAM policies the bot needs, built from the same list of actions
 * the AWS adapter is held to (core/permissions.ts → core/least-privilege-policy.ts).
 */
import type { CoreSettings } from '../core/settings.js';
import { buildLeastPrivilegePolicies } from '../core/least-privilege-policy.js';

export interface RunPolicyOptions {
  json: boolean;
  settings: CoreSettings;
  accountId: string | null;
  botPrincipalArn: string | null;
  stdout: NodeJS.WritableStream;
  /** Where bad input is reported (default: stdout). */
  stderr?: NodeJS.WritableStream;
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (e) => (e ? reject(e) : resolve()));
  });
}

export async function runPolicy(opts: RunPolicyOptions): Promise<number> {
  const accountId = opts.accountId === null || opts.accountId.trim() === '' ? null : opts.accountId.trim();
  if (accountId !== null && !/^\d{12}$/.test(accountId)) {
    await write(opts.stderr ?? opts.stdout, `The account ID must be 12 digits; got "${accountId}".\n`);
    return 2;
  }
  const principal =
    opts.botPrincipalArn === null || opts.botPrincipalArn.trim() === '' ? null : opts.botPrincipalArn.trim();
  if (principal !== null && !/^arn:aws[a-z-]*:(iam|sts)::\d{12}:/.test(principal)) {
    await write(
      opts.stderr ?? opts.stdout,
      `The bot principal must be an IAM user, role or assumed-role ARN; got "${principal}".\n`,
    );
    return 2;
  }
  const policies = buildLeastPrivilegePolicies({
    accountId,
    userPath: opts.settings.iamUserPath,
    policyArns: opts.settings.policyArns,
    signingRoleArn: opts.settings.tokenSigningRoleArn,
    botPrincipalArn: principal,
    externalId: opts.settings.tokenSigningExternalId,
    createdByTag: opts.settings.createdByTag,
    allowedModels: opts.settings.allowedModels,
    allowedRegions: opts.settings.allowedRegions,
  });

  if (opts.json) {
    await write(opts.stdout, `${JSON.stringify(policies, null, 2)}\n`);
    return 0;
  }

  const out: string[] = [];
  out.push(
    "# The bot's own IAM policy (attach to the user or role the bot runs as)",
    JSON.stringify(policies.botPolicy, null, 2),
    '',
  );
  if (policies.businessUnitPolicy !== null) {
    out.push(
      `# Invoke-only policy for business-unit users (${policies.businessUnitPolicy.policyArn}): save as bedrock-bot-invoke-only.json, then`,
      `#   ${policies.businessUnitPolicy.createCommand}`,
      JSON.stringify(policies.businessUnitPolicy.document, null, 2),
      '',
    );
  }
  if (policies.signingRole !== null) {
    out.push(
      `# Trust policy of the token-signing role ${policies.signingRole.roleArn}`,
      JSON.stringify(policies.signingRole.trustPolicy, null, 2),
      '',
      `# Permissions policy of the token-signing role (what short-term tokens can do)`,
      JSON.stringify(policies.signingRole.permissionsPolicy, null, 2),
      '',
    );
  } else {
    out.push(
      "# No token-signing role is configured: tokens are signed with the bot's own credentials and carry its Bedrock permissions.",
      '',
    );
  }
  if (policies.notes.length > 0) {
    out.push('# Notes', ...policies.notes.map((n) => `- ${n}`), '');
  }
  await write(opts.stdout, out.join('\n'));
  return 0;
}
