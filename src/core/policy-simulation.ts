/**
 * The port for IAM's policy simulator (iam:SimulatePrincipalPolicy): "may this principal call
 * these actions on these resources?" Implemented in src/aws, used by the doctor.
 */
import type { AwsResult } from './aws-port.js';

export interface SimulationCheck {
  action: string;
  /** A concrete ARN, or "*" for actions without resource-level permissions. */
  resourceArn: string;
  /** Condition keys the bot's calls carry (e.g. iam:PolicyARN for AttachUserPolicy). */
  context?: Record<string, string[]>;
  /** Numeric condition keys (e.g. iam:ServiceSpecificCredentialAgeDays). */
  numericContext?: Record<string, number>;
}

export interface SimulatedDecision {
  action: string;
  resourceArn: string;
  decision: 'allowed' | 'implicitDeny' | 'explicitDeny';
  /** True when an organisation policy (SCP) is what refuses it. */
  deniedByOrganizations?: boolean;
}

/** Implementations group the checks by resource and context into as few calls as they need. */
export type PolicySimulator = (input: {
  principalArn: string;
  checks: SimulationCheck[];
}) => Promise<AwsResult<SimulatedDecision[]>>;
