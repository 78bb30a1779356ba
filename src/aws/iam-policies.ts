/** The IAM policies of a business-unit user: managed (attached) and inline. */
import {
  AttachUserPolicyCommand,
  DeleteUserPolicyCommand,
  DetachUserPolicyCommand,
  GetPolicyCommand,
  ListAttachedUserPoliciesCommand,
  ListUserPoliciesCommand,
} from '@aws-sdk/client-iam';
import type { AttachedPolicy, AwsPort } from '../core/aws-port.js';
import { ok } from '../core/result.js';
import type { IamContext } from './iam-context.js';

export type IamPolicyPort = Pick<
  AwsPort,
  | 'listAttachedUserPolicies'
  | 'attachUserPolicy'
  | 'policyExists'
  | 'detachUserPolicy'
  | 'listUserPolicies'
  | 'deleteUserPolicy'
>;

export function createIamPolicies(ctx: IamContext): IamPolicyPort {
  const { iam } = ctx;
  const { call, voidCall, paginate } = ctx.caller;
  return {
    async listAttachedUserPolicies(userName) {
      const r = await paginate(
        'iam:ListAttachedUserPolicies',
        userName,
        (Marker) => iam.send(new ListAttachedUserPoliciesCommand({ UserName: userName, Marker })),
        (p) => p.AttachedPolicies,
      );
      return r.ok
        ? ok(
            r.value.map(
              (p): AttachedPolicy => ({ policyName: p.PolicyName ?? '', policyArn: p.PolicyArn ?? '' }),
            ),
          )
        : r;
    },

    attachUserPolicy: (userName, policyArn) =>
      voidCall('iam:AttachUserPolicy', userName, () =>
        iam.send(new AttachUserPolicyCommand({ UserName: userName, PolicyArn: policyArn })),
      ),

    async policyExists(policyArn) {
      const r = await call('iam:GetPolicy', policyArn, () =>
        iam.send(new GetPolicyCommand({ PolicyArn: policyArn })),
      );
      if (r.ok) return ok(true);
      return r.error.code === 'NoSuchEntity' ? ok(false) : r;
    },

    detachUserPolicy: (userName, policyArn) =>
      voidCall('iam:DetachUserPolicy', userName, () =>
        iam.send(new DetachUserPolicyCommand({ UserName: userName, PolicyArn: policyArn })),
      ),

    async listUserPolicies(userName) {
      const r = await paginate(
        'iam:ListUserPolicies',
        userName,
        (Marker) => iam.send(new ListUserPoliciesCommand({ UserName: userName, Marker })),
        (p) => p.PolicyNames,
      );
      return r;
    },

    deleteUserPolicy: (userName, policyName) =>
      voidCall('iam:DeleteUserPolicy', userName, () =>
        iam.send(new DeleteUserPolicyCommand({ UserName: userName, PolicyName: policyName })),
      ),
  };
}
