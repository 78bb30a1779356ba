/**
 * A small scripted BotEngine for the terminal front ends' tests: it understands a handful of
 * requests, plans and confirms like the real engine, acts on any AwsPort, and renders with the
 * real renderers, returning outcomes as the engine contract asks. Every call is recorded.
 */
import { choice } from '../../src/core/choices.js';
import { emptyCatalog } from '../../src/core/model-catalog.js';
import type { AwsPort } from '../../src/core/aws-port.js';
import type { ActionInput, BotEngine, Delivery, Reply, TextInput } from '../../src/core/engine-api.js';
import type { Outcome } from '../../src/core/outcome.js';
import type { Plan } from '../../src/core/plan.js';

export interface StubEngine extends BotEngine {
  texts: TextInput[];
  actions: ActionInput[];
}

const NOW = new Date('2026-03-02T10:00:00Z');

function deliver(
  outcome: Outcome,
  audience: Delivery['audience'] = 'requester-private',
  requestId?: string,
): Delivery {
  return {
    audience,
    outcome,
    ...(requestId === undefined ? {} : { requestId }),
  };
}

function createPlan(bu: string): Plan {
  const userName = `${bu}-bedrock-user`;
  return {
    kind: 'create_key',
    businessUnit: bu,
    userName,
    title: `Create a long-term Bedrock API key for ${bu}`,
    steps: [
      {
        kind: 'create-user',
        target: '',
        description: `Create IAM user ${userName} under /bedrock/`,
        actions: ['iam:CreateUser'],
        destructive: false,
        alreadyDone: false,
      },
      {
        kind: 'create-api-key',
        target: '',
        description: 'Create a Bedrock API key that expires in 30 days',
        actions: ['iam:CreateServiceSpecificCredential'],
        destructive: false,
        alreadyDone: false,
      },
    ],
    destructive: false,
    warnings: [],
    params: {
      keyKind: 'api-key',
      ageDays: 30,
      owner: null,
      region: 'us-east-1',
      path: '/bedrock/',
      tags: [],
      policyArns: [],
      targetKeys: [],
    },
  };
}

function deletePlan(bu: string): Plan {
  return {
    ...createPlan(bu),
    kind: 'deprovision',
    title: `Delete the business unit ${bu}`,
    steps: [
      {
        kind: 'delete-user',
        target: '',
        description: `Delete IAM user ${bu}-bedrock-user`,
        actions: ['iam:DeleteUser'],
        destructive: true,
        alreadyDone: false,
      },
    ],
    destructive: true,
  };
}

export function createStubEngine(aws: AwsPort): StubEngine {
  const texts: TextInput[] = [];
  const actions: ActionInput[] = [];
  const plans = new Map<string, Plan>();
  let n = 0;

  const failure = (title: string, detail: string): Outcome => ({
    type: 'failure',
    failure: { title, detail, fix: ['Ask an AWS administrator.'], retryable: false },
  });

  return {
    texts,
    actions,
    async handleText(input: TextInput): Promise<Reply> {
      texts.push(input);
      const text = input.text.trim().toLowerCase();
      if (text === 'help')
        return { at: NOW, deliveries: [deliver({ type: 'help', isAdmin: input.requester.isAdmin })] };
      if (text === 'boom') throw new Error('stub engine exploded');
      if (text === 'silence') return { at: NOW, deliveries: [] };
      const token = /^token(?: (\d+)h)?$/.exec(text);
      if (token) {
        const ttl = Number(token[1] ?? 12) * 3600;
        const issued = await aws.issueBearerToken({ region: 'us-east-1', ttlSeconds: ttl, signAs: null });
        if (!issued.ok)
          return { at: NOW, deliveries: [deliver(failure('Could not sign a token', issued.error.message))] };
        return {
          at: NOW,
          deliveries: [
            deliver({
              type: 'token',
              token: issued.value,
              requestedTtlSeconds: ttl,
              catalog: emptyCatalog('us-east-1'),
              signedWithRole: false,
            }),
          ],
        };
      }
      const create = /^create key for ([a-z0-9-]+)$/.exec(text);
      const remove = /^delete ([a-z0-9-]+)$/.exec(text);
      if (create ?? remove) {
        n += 1;
        const requestId = `req-${n}`;
        const plan = create ? createPlan(create[1] ?? '') : deletePlan(remove?.[1] ?? '');
        plans.set(requestId, plan);
        if (!input.requester.isAdmin) {
          return {
            at: NOW,
            deliveries: [
              deliver(
                { type: 'plan', plan, requestId, mode: 'approval-requested', expiresAt: NOW },
                'requester-private',
                requestId,
              ),
              deliver(
                {
                  type: 'approval-card',
                  plan,
                  requestId,
                  requesterId: input.requester.userId,
                  requesterName: input.requester.displayName,
                  expiresAt: NOW,
                  state: 'pending',
                },
                'approvers',
                requestId,
              ),
            ],
          };
        }
        return {
          at: NOW,
          deliveries: [
            deliver(
              { type: 'plan', plan, requestId, mode: 'confirm', expiresAt: NOW },
              'requester-private',
              requestId,
            ),
          ],
        };
      }
      if (text === 'key or token') {
        n += 1;
        const requestId = `req-${n}`;
        return {
          at: NOW,
          deliveries: [
            deliver({
              type: 'question',
              question: 'A short-term token for you, or a long-term key for a system?',
              requestId,
              choices: [
                choice('token', 'Token for me', { intent: 'token' }, 'token'),
                choice(
                  'key',
                  'Key for marketing',
                  { intent: 'create_key', businessUnit: 'marketing' },
                  'create key for marketing',
                ),
              ],
            }),
          ],
        };
      }
      if (text === 'forbidden')
        return { at: NOW, deliveries: [deliver({ type: 'refused', reason: 'Only admins may do that.' })] };
      return { at: NOW, deliveries: [deliver({ type: 'unknown', text: input.text })] };
    },

    async handleAction(input: ActionInput): Promise<Reply> {
      actions.push(input);
      if (input.action === 'choose') {
        return this.handleText({
          requester: input.requester,
          text: input.choice === 'token' ? 'token' : 'create key for marketing',
          surface: input.surface,
        });
      }
      const plan = plans.get(input.requestId);
      if (plan === undefined)
        return { at: NOW, deliveries: [deliver({ type: 'expired-notice', title: 'This request' })] };
      plans.delete(input.requestId);
      if (input.action === 'cancel')
        return { at: NOW, deliveries: [deliver({ type: 'cancelled', title: plan.title }, 'replace-source')] };
      if (input.action !== 'confirm' && input.action !== 'approve') return { at: NOW, deliveries: [] };
      if (plan.kind === 'deprovision') {
        const deleted = await aws.deleteUser(plan.userName);
        if (!deleted.ok)
          return {
            at: NOW,
            deliveries: [deliver(failure('Could not delete the user', deleted.error.message))],
          };
        return {
          at: NOW,
          deliveries: [
            deliver({
              type: 'deprovisioned',
              businessUnit: plan.businessUnit,
              userName: plan.userName,
              removed: [plan.userName],
            }),
          ],
        };
      }
      const user = await aws.createUser({ userName: plan.userName, path: '/bedrock/', tags: [] });
      if (!user.ok && user.error.code !== 'EntityAlreadyExists')
        return { at: NOW, deliveries: [deliver(failure('Could not create the user', user.error.message))] };
      const key = await aws.createApiKey(plan.userName, 30);
      if (!key.ok)
        return { at: NOW, deliveries: [deliver(failure('Could not create the key', key.error.message))] };
      return {
        at: NOW,
        deliveries: [
          deliver(
            {
              type: 'done',
              title: plan.title,
              actorName: input.requester.displayName,
              succeeded: true,
              summary: ['Key created'],
            },
            'replace-source',
            input.requestId,
          ),
          deliver(
            {
              type: 'key-created',
              businessUnit: plan.businessUnit,
              userName: plan.userName,
              userCreated: user.ok,
              keyKind: 'api-key',
              apiKey: key.value,
              accessKey: null,
              region: 'us-east-1',
              tags: [],
              catalog: emptyCatalog('us-east-1'),
              otherKeys: [],
              notes: [],
              rotation: null,
            },
            'requester-private',
            input.requestId,
          ),
        ],
      };
    },

    expireStale: () => Promise.resolve({ at: NOW, deliveries: [] }),
  };
}
