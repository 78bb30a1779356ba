import { describe, expect, it } from 'vitest';
import {
  actionForCommand,
  ALL_BOT_ACTIONS,
  BUSINESS_UNIT_WRITE_ACTIONS,
  PERMISSION_GROUPS,
  TOKEN_HOLDER_ACTIONS,
} from '../../src/core/permissions.js';

describe('permissions', () => {
  it('lists every action once, as service:Action', () => {
    expect(new Set(ALL_BOT_ACTIONS).size).toBe(ALL_BOT_ACTIONS.length);
    for (const a of ALL_BOT_ACTIONS) expect(a).toMatch(/^(iam|sts|bedrock|ce):[A-Z][A-Za-z]+$/);
  });

  it('groups cover token signing, business-unit management, read-only and models', () => {
    expect(PERMISSION_GROUPS.tokenSigning.actions).toEqual(
      expect.arrayContaining(['sts:AssumeRole', 'sts:SetSourceIdentity', 'bedrock:CallWithBearerToken']),
    );
    expect(PERMISSION_GROUPS.businessUnitManagement.actions).toEqual(
      expect.arrayContaining([
        'iam:CreateUser',
        'iam:CreateServiceSpecificCredential',
        'iam:CreateAccessKey',
        'iam:DeleteUser',
      ]),
    );
    expect(PERMISSION_GROUPS.readOnly.actions).toEqual(
      expect.arrayContaining(['iam:ListUsers', 'iam:ListUserTags', 'iam:GetUser', 'sts:GetCallerIdentity']),
    );
    expect(PERMISSION_GROUPS.models.actions).toEqual([
      'bedrock:ListFoundationModels',
      'bedrock:ListInferenceProfiles',
      'bedrock:GetFoundationModelAvailability',
    ]);
    expect(PERMISSION_GROUPS.spend.actions).toEqual(['ce:GetCostAndUsage', 'ce:ListCostAllocationTags']);
    expect(PERMISSION_GROUPS.doctor.actions).toEqual(['iam:SimulatePrincipalPolicy']);
  });

  it('never lists actions that would let the bot escalate its own privileges', () => {
    for (const a of [
      'iam:PutUserPolicy',
      'iam:CreatePolicy',
      'iam:CreatePolicyVersion',
      'iam:AttachRolePolicy',
      'iam:UpdateAssumeRolePolicy',
      'iam:CreateLoginProfile',
      'iam:AddUserToGroup',
      'iam:PassRole',
    ]) {
      expect(ALL_BOT_ACTIONS).not.toContain(a);
    }
    expect(BUSINESS_UNIT_WRITE_ACTIONS.every((a) => a.startsWith('iam:'))).toBe(true);
  });

  it('token holders may call Bedrock, not IAM', () => {
    expect(TOKEN_HOLDER_ACTIONS.every((a) => a.startsWith('bedrock:'))).toBe(true);
    expect(TOKEN_HOLDER_ACTIONS).toContain('bedrock:CallWithBearerToken');
  });

  it('maps SDK command names to IAM actions', () => {
    expect(actionForCommand('iam', 'CreateUserCommand')).toBe('iam:CreateUser');
    expect(actionForCommand('sts', 'AssumeRoleCommand')).toBe('sts:AssumeRole');
    expect(actionForCommand('bedrock', 'ListFoundationModelsCommand')).toBe('bedrock:ListFoundationModels');
  });
});
