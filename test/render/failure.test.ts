import { describe, expect, it } from 'vitest';
import { renderOutcome } from '../../src/render/render-outcome.js';
import { ctx } from './fixtures.js';
import { visible } from './helpers.js';

const policy = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['iam:CreateUser'], Resource: 'arn:aws:iam::*:user/bedrock/*-bedrock-user' },
    ],
  },
  null,
  2,
);

describe('failure, refused, invalid', () => {
  it('failure: title, what happened, fix steps, the policy in a code block, commands and the reference', () => {
    const m = renderOutcome(
      {
        type: 'failure',
        failure: {
          title: 'The bot is not allowed to create IAM users',
          detail:
            'AWS said arn:aws:iam::123456789012:role/bedrock-bot is not authorized to perform iam:CreateUser.',
          fix: ['Add the statement below to the bot role', 'Run the request again'],
          policyStatement: policy,
          commands: ['aws sts get-caller-identity', 'npx bedrock-bot doctor'],
          awsAction: 'iam:CreateUser',
          awsErrorName: 'AccessDenied',
          retryable: false,
        },
        reference: 'ref-9f8e',
      },
      ctx,
    );
    const text = visible(m);
    expect(m.containsSecret).toBe(false);
    expect(text).toContain('✗ The bot is not allowed to create IAM users');
    expect(text).toContain('not authorized to perform iam:CreateUser');
    expect(text).toContain('1. Add the statement below to the bot role');
    expect(text).toContain(`\`\`\`\n${policy}\n\`\`\``);
    expect(text).toContain('aws sts get-caller-identity\nnpx bedrock-bot doctor');
    expect(text).toContain('reference: `ref-9f8e`');
    expect(text).toContain('`AccessDenied`');
    expect(m.text).toContain('ref-9f8e');
  });

  it('retryable failures say to try again', () => {
    const m = renderOutcome(
      {
        type: 'failure',
        failure: { title: 'AWS is throttling', detail: 'Too many requests.', fix: [], retryable: true },
      },
      ctx,
    );
    expect(visible(m)).toContain('try again in a minute');
  });

  it('refused says why and what to do instead', () => {
    const m = renderOutcome(
      {
        type: 'refused',
        reason: 'only admins can list business units',
        hint: 'Ask for details of your own unit: /bedrock details for <unit>',
      },
      ctx,
    );
    expect(visible(m)).toContain('Not allowed: only admins can list business units');
    expect(visible(m)).toContain('details of your own unit');
  });

  it('invalid lists the problems', () => {
    const m = renderOutcome(
      {
        type: 'invalid',
        problems: ['Token lifetime must be between 15 min and 12 h', 'Unknown region mars-1'],
      },
      ctx,
    );
    const text = visible(m);
    expect(text).toContain('• Token lifetime must be between 15 min and 12 h');
    expect(text).toContain('• Unknown region mars-1');
    expect(text).toContain('/bedrock help');
  });
});
