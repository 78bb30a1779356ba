/** Long-term Bedrock API keys: IAM service-specific credentials for bedrock.amazonaws.com. */
import {
  CreateServiceSpecificCredentialCommand,
  DeleteServiceSpecificCredentialCommand,
  ListServiceSpecificCredentialsCommand,
  UpdateServiceSpecificCredentialCommand,
  type CreateServiceSpecificCredentialCommandInput,
} from '@aws-sdk/client-iam';
import type { ApiKeyInfo, AwsPort, AwsResult, CreatedApiKey } from '../core/aws-port.js';
import { err, ok } from '../core/result.js';
import { Secret } from '../core/secret.js';
import { toStatus, type IamContext } from './iam-context.js';

/** The service name IAM uses for long-term Bedrock API keys. */
export const BEDROCK_SERVICE_NAME = 'bedrock.amazonaws.com';

export type ApiKeyPort = Pick<AwsPort, 'listApiKeys' | 'createApiKey' | 'setApiKeyStatus' | 'deleteApiKey'>;

export function createApiKeys(ctx: IamContext): ApiKeyPort {
  const { iam, iamOnce, clock, logger } = ctx;
  const { call, voidCall, paginate } = ctx.caller;
  const port: ApiKeyPort = {
    async listApiKeys(userName) {
      const r = await paginate(
        'iam:ListServiceSpecificCredentials',
        userName,
        (Marker) =>
          iam.send(
            new ListServiceSpecificCredentialsCommand({
              UserName: userName,
              ServiceName: BEDROCK_SERVICE_NAME,
              Marker,
            }),
          ),
        (p) => p.ServiceSpecificCredentials,
      );
      if (!r.ok) return r;
      return ok(
        r.value
          .filter((c) => c.ServiceName === undefined || c.ServiceName === BEDROCK_SERVICE_NAME)
          .map(
            (c): ApiKeyInfo => ({
              credentialId: c.ServiceSpecificCredentialId ?? '',
              alias: c.ServiceCredentialAlias ?? c.ServiceUserName ?? '',
              status: toStatus(c.Status),
              createdAt: c.CreateDate ?? new Date(0),
              expiresAt: c.ExpirationDate ?? null,
            }),
          ),
      );
    },

    async createApiKey(userName, ageDays): Promise<AwsResult<CreatedApiKey>> {
      const input: CreateServiceSpecificCredentialCommandInput = {
        UserName: userName,
        ServiceName: BEDROCK_SERVICE_NAME,
      };
      if (ageDays !== null) input.CredentialAgeDays = ageDays;
      // Never retried: see IamContext.iamOnce.
      const r = await call(
        'iam:CreateServiceSpecificCredential',
        userName,
        () => iamOnce.send(new CreateServiceSpecificCredentialCommand(input)),
        1,
      );
      if (!r.ok) return r;
      const c = r.value.ServiceSpecificCredential;
      // Current answers carry ServiceCredentialSecret/ServiceCredentialAlias; older ones ServicePassword/ServiceUserName.
      const secret = c?.ServiceCredentialSecret ?? c?.ServicePassword;
      const credentialId = c?.ServiceSpecificCredentialId;
      if (c === undefined || !secret || !credentialId) {
        // A key whose secret never reached us is useless and uses one of the user's two slots: remove it.
        if (credentialId) {
          const removed = await port.deleteApiKey(userName, credentialId);
          logger?.warn(
            { action: 'iam:CreateServiceSpecificCredential', userName, credentialId, removed: removed.ok },
            'AWS returned no secret for the new API key',
          );
        }
        return err({
          code: 'Unknown',
          action: 'iam:CreateServiceSpecificCredential',
          awsErrorName: 'MissingSecret',
          message: 'iam:CreateServiceSpecificCredential answered without the key secret',
          ambiguous: credentialId === undefined,
          resource: userName,
        });
      }
      const createdAt = c.CreateDate ?? clock.now();
      const expiresAt =
        c.ExpirationDate ?? (ageDays === null ? null : new Date(createdAt.getTime() + ageDays * 86_400_000));
      return ok({
        credentialId,
        alias: c.ServiceCredentialAlias ?? c.ServiceUserName ?? '',
        secret: new Secret(secret),
        createdAt,
        expiresAt,
      });
    },

    setApiKeyStatus: (userName, credentialId, status) =>
      voidCall('iam:UpdateServiceSpecificCredential', userName, () =>
        iam.send(
          new UpdateServiceSpecificCredentialCommand({
            UserName: userName,
            ServiceSpecificCredentialId: credentialId,
            Status: status,
          }),
        ),
      ),

    deleteApiKey: (userName, credentialId) =>
      voidCall('iam:DeleteServiceSpecificCredential', userName, () =>
        iam.send(
          new DeleteServiceSpecificCredentialCommand({
            UserName: userName,
            ServiceSpecificCredentialId: credentialId,
          }),
        ),
      ),
  };
  return port;
}
