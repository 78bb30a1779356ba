/**
 * iam:SimulatePrincipalPolicy for the doctor: "may the bot call these actions on these resources?"
 * Checks are grouped by resource and condition context so a full check takes a handful of calls.
 */
import { SimulatePrincipalPolicyCommand, type ContextEntry, type IAMClient } from '@aws-sdk/client-iam';
import type { PolicySimulator, SimulatedDecision } from '../core/policy-simulation.js';
import { err, ok } from '../core/result.js';
import { classifyAwsError } from './classify-error.js';
import { DEFAULT_MAX_ATTEMPTS, type AwsClientOptions } from './clients.js';
import { createIamClient } from './iam-clients.js';
import type { AwsCredentialIdentityProvider } from './credentials.js';

export interface PolicySimulatorOptions {
  region: string;
  credentials?: AwsCredentialIdentityProvider;
  clientOptions?: AwsClientOptions;
  /** For tests: an IAM client to use instead of building one. */
  iamClient?: IAMClient;
}

const MAX_PAGES = 100;

function contextEntries(
  context: Record<string, string[]> | undefined,
  numeric: Record<string, number> | undefined,
): ContextEntry[] | undefined {
  const entries = Object.entries(context ?? {}).map(
    ([key, values]): ContextEntry => ({
      ContextKeyName: key,
      ContextKeyValues: values,
      ContextKeyType: values.length === 1 ? 'string' : 'stringList',
    }),
  );
  for (const [key, value] of Object.entries(numeric ?? {}))
    entries.push({ ContextKeyName: key, ContextKeyValues: [String(value)], ContextKeyType: 'numeric' });
  return entries.length === 0 ? undefined : entries;
}

function toDecision(d: string | undefined): SimulatedDecision['decision'] {
  return d === 'allowed' || d === 'explicitDeny' ? d : 'implicitDeny';
}

export function createPolicySimulator(opts: PolicySimulatorOptions): PolicySimulator {
  const iam = opts.iamClient ?? createIamClient(opts.region, opts.clientOptions, opts.credentials);
  const maxAttempts = opts.clientOptions?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;

  return async ({ principalArn, checks }) => {
    // One call per (resource, context): the simulator then answers every action in the group.
    const groups = new Map<
      string,
      {
        resourceArn: string;
        context: Record<string, string[]> | undefined;
        numeric: Record<string, number> | undefined;
        actions: string[];
      }
    >();
    for (const c of checks) {
      const key = JSON.stringify([c.resourceArn, c.context ?? null, c.numericContext ?? null]);
      const g = groups.get(key) ?? {
        resourceArn: c.resourceArn,
        context: c.context,
        numeric: c.numericContext,
        actions: [],
      };
      if (!g.actions.includes(c.action)) g.actions.push(c.action);
      groups.set(key, g);
    }
    const decisions: SimulatedDecision[] = [];
    for (const g of groups.values()) {
      let marker: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        let out;
        try {
          const entries = contextEntries(g.context, g.numeric);
          out = await iam.send(
            new SimulatePrincipalPolicyCommand({
              PolicySourceArn: principalArn,
              ActionNames: g.actions,
              ResourceArns: [g.resourceArn],
              ...(entries !== undefined ? { ContextEntries: entries } : {}),
              ...(marker !== undefined ? { Marker: marker } : {}),
            }),
          );
        } catch (e) {
          return err(
            classifyAwsError(e, {
              action: 'iam:SimulatePrincipalPolicy',
              resource: principalArn,
              maxAttempts,
            }),
          );
        }
        for (const r of out.EvaluationResults ?? []) {
          decisions.push({
            action: r.EvalActionName ?? '',
            resourceArn: r.EvalResourceName ?? g.resourceArn,
            decision: toDecision(r.EvalDecision),
            ...(r.OrganizationsDecisionDetail?.AllowedByOrganizations === false
              ? { deniedByOrganizations: true }
              : {}),
          });
        }
        if (out.IsTruncated !== true || out.Marker === undefined) break;
        marker = out.Marker;
      }
    }
    return ok(decisions);
  };
}
