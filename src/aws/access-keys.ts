/** IAM access keys of a business-unit user (with when and where each was last used). */
import {
  CreateAccessKeyCommand,
  DeleteAccessKeyCommand,
  GetAccessKeyLastUsedCommand,
  ListAccessKeysCommand,
  UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import type { AccessKeyInfo, AwsPort, AwsResult, CreatedAccessKey } from '../core/aws-port.js';
import { err, ok } from '../core/result.js';
import { Secret } from '../core/secret.js';
import { mapLimit } from '../core/map-limit.js';
import { toStatus, type IamContext } from './iam-context.js';

export type AccessKeyPort = Pick<
  AwsPort,
  'listAccessKeys' | 'createAccessKey' | 'setAccessKeyStatus' | 'deleteAccessKey'
>;

export function createAccessKeys(ctx: IamContext): AccessKeyPort {
  const { iam, iamOnce, clock, concurrency } = ctx;
  const { call, voidCall, paginate } = ctx.caller;
  return {
    async listAccessKeys(userName, options) {
      const keys = await paginate(
        'iam:ListAccessKeys',
        userName,
        (Marker) => iam.send(new ListAccessKeysCommand({ UserName: userName, Marker })),
        (p) => p.AccessKeyMetadata,
      );
      if (!keys.ok) return keys;
      // Summaries (list, App Home) need no last use: one GetAccessKeyLastUsed less per key.
      if (options?.summary === true)
        return ok(
          keys.value.map((k) => ({
            accessKeyId: k.AccessKeyId ?? '',
            status: toStatus(k.Status),
            createdAt: k.CreateDate ?? new Date(0),
            lastUsedAt: null,
            lastUsedService: null,
          })),
        );
      const infos = await mapLimit(keys.value, concurrency, async (k): Promise<AwsResult<AccessKeyInfo>> => {
        const id = k.AccessKeyId ?? '';
        const used = await call('iam:GetAccessKeyLastUsed', userName, () =>
          iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: id })),
        );
        if (!used.ok) return used;
        const last = used.value.AccessKeyLastUsed;
        const service = last?.ServiceName;
        return ok({
          accessKeyId: id,
          status: toStatus(k.Status),
          createdAt: k.CreateDate ?? new Date(0),
          lastUsedAt: last?.LastUsedDate ?? null,
          lastUsedService: service === undefined || service === 'N/A' ? null : service,
        });
      });
      const failed = infos.find((i) => !i.ok);
      if (failed !== undefined && !failed.ok) return failed;
      return ok(infos.flatMap((i) => (i.ok ? [i.value] : [])));
    },

    async createAccessKey(userName): Promise<AwsResult<CreatedAccessKey>> {
      // Never retried: see IamContext.iamOnce.
      const r = await call(
        'iam:CreateAccessKey',
        userName,
        () => iamOnce.send(new CreateAccessKeyCommand({ UserName: userName })),
        1,
      );
      if (!r.ok) return r;
      const k = r.value.AccessKey;
      if (!k?.AccessKeyId || !k.SecretAccessKey) {
        return err({
          code: 'Unknown',
          action: 'iam:CreateAccessKey',
          awsErrorName: 'MissingSecret',
          message: 'iam:CreateAccessKey answered without a secret access key',
          ambiguous: true,
          resource: userName,
        });
      }
      return ok({
        accessKeyId: k.AccessKeyId,
        secretAccessKey: new Secret(k.SecretAccessKey),
        createdAt: k.CreateDate ?? clock.now(),
      });
    },

    setAccessKeyStatus: (userName, accessKeyId, status) =>
      voidCall('iam:UpdateAccessKey', userName, () =>
        iam.send(
          new UpdateAccessKeyCommand({ UserName: userName, AccessKeyId: accessKeyId, Status: status }),
        ),
      ),

    deleteAccessKey: (userName, accessKeyId) =>
      voidCall('iam:DeleteAccessKey', userName, () =>
        iam.send(new DeleteAccessKeyCommand({ UserName: userName, AccessKeyId: accessKeyId })),
      ),
  };
}
