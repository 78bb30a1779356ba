/**
 * `bedrock-bot run "<request>"`: one request, one answer, a meaningful exit status.
 *
 * The same engine as Slack and the console. Anything that creates or deletes needs a confirmation:
 * `--yes` gives it, `--dry-run` only shows the plan, and without `--yes` a non-interactive run never
 * performs a destructive step (exit 3). `--json` prints one stable object; it is the only place a
 * secret appears in JSON, and only for the credential the request issued (as `aws iam create-access-key`).
 */
import { createInterface } from 'node:readline';
import type { ActionName, BotEngine } from '../core/engine-api.js';
import type { Outcome } from '../core/outcome.js';
import type { Requester } from '../core/requester.js';
import type { Result } from '../core/result.js';
import type { TokenPlan } from '../core/token-flow.js';
import type { Invalid } from '../core/validation.js';
import {
  DEFAULT_COMMAND_NAME,
  renderReply,
  type RenderedDelivery as Delivery,
  type RenderedReply as Reply,
} from '../render/render-reply.js';
import { messageToText } from '../render/to-text.js';
import { formatUtc } from '../render/format.js';
import { localOperator, withoutButtons } from '../console/buttons.js';
import { outcomeFields, tokenPlanJson, type CredentialJson, type RunJson } from './run-json.js';

export const EXIT = {
  ok: 0,
  /** The request ran and AWS (or the bot) failed. */
  failure: 1,
  /** Usage error, or a request the bot could not understand or validate. */
  usage: 2,
  /** The request needs a confirmation that was not given (re-run with --yes). */
  confirmationRequired: 3,
  /** The bot refused (not allowed, limits reached). */
  refused: 4,
} as const;

export interface RunOnceOptions {
  engine: BotEngine;
  /** The request, as it would be typed to the bot. */
  text: string;
  /** `--yes`: press Confirm when the bot asks. */
  yes: boolean;
  /** `--dry-run`: only show the plan; never press Confirm. */
  dryRun: boolean;
  /** `--json`: print one JSON object on stdout. */
  json: boolean;
  /** Whether stdin is a terminal; only then (and with `stdin` given) may the CLI ask for confirmation. */
  stdinIsTTY: boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  operator?: Partial<Requester>;
  /** Where to read a y/N answer when stdin is a terminal and `--yes` was not given. Without it, the CLI never asks. */
  stdin?: NodeJS.ReadableStream;
  /**
   * For `--dry-run`: checks and describes a token request without signing anything; null when the
   * text is not a token request. Without it, token requests go to the engine, whose AWS port must
   * then refuse to sign (the dry run's read-only port does: src/dry-run/guarded-aws-ports.ts).
   */
  planToken?: (text: string, requester: Requester) => Promise<Result<TokenPlan, Invalid> | null>;
  /** No AWS credentials were found: a failure then says how to give some, or to use --dry-run. */
  noCredentials?: boolean;
  /** How the slash command is called in help texts (SLASH_COMMAND); default `/bedrock`. */
  commandName?: string;
}

export type { CredentialJson, RunJson } from './run-json.js';

interface PressableButton {
  action: Extract<ActionName, 'confirm' | 'cancel'>;
  requestId: string;
  label: string;
}

const NO_CREDENTIALS_NEXT =
  'No AWS credentials found (environment, AWS_PROFILE, or an instance/task role). Run `npx bedrock-bot doctor` for the details, or add --dry-run to see the plan with example output.';

export async function runOnce(opts: RunOnceOptions): Promise<number> {
  const text = opts.text.trim();
  if (text === '') {
    opts.stderr.write(
      'Usage: bedrock-bot run "<request>" [--yes] [--dry-run] [--json]\n  e.g. bedrock-bot run "token 2h" --json\n',
    );
    return EXIT.usage;
  }
  const requester = localOperator(opts.operator);
  const commandName = opts.commandName ?? DEFAULT_COMMAND_NAME;
  const act = async (button: PressableButton): Promise<Reply> =>
    renderReply(
      await opts.engine.handleAction({
        requester,
        action: button.action,
        requestId: button.requestId,
        surface: 'cli',
      }),
      commandName,
    );

  try {
    if (opts.dryRun) {
      const token = await dryRunToken(opts, text, requester);
      if (token !== null) return token;
    }
    const first = renderReply(await opts.engine.handleText({ requester, text, surface: 'cli' }), commandName);
    const shown: Reply[] = [first];
    let final = first;
    let next: string | undefined;
    let forcedExit: number | undefined;

    const buttons = pressable(first);
    const confirm = buttons.find((b) => b.action === 'confirm');
    const cancel = buttons.find((b) => b.action === 'cancel');
    if (confirm !== undefined) {
      let go = false;
      if (opts.dryRun) {
        next = 'Dry run: nothing was changed. Re-run without --dry-run and with --yes to do it.';
        forcedExit = EXIT.ok;
      } else if (opts.yes) {
        go = true;
      } else if (opts.stdinIsTTY && opts.stdin !== undefined) {
        go = await askYesNo(opts.stdin, opts.stderr, `${confirm.label}? [y/N] `);
        if (!go) {
          next = 'Not confirmed: nothing was changed.';
          forcedExit = EXIT.confirmationRequired;
        }
      } else {
        next =
          'Confirmation required: nothing was changed. Re-run with --yes to do it (or --dry-run to only see the plan).';
        forcedExit = EXIT.confirmationRequired;
      }
      if (go) {
        final = await act(confirm);
        shown.push(final);
      } else if (cancel !== undefined) {
        // This process cannot come back to confirm later: withdraw the request rather than leave it pending.
        await act(cancel).catch(() => undefined);
      }
    }

    const primary = primaryOutcome(final);
    if (primary?.outcome.type === 'key-created' && primary.outcome.rotation !== null && next === undefined) {
      // A script must deploy the new key before the old ones go, so the CLI never deletes them itself.
      const o = primary.outcome;
      next = `The old ${o.rotation?.oldKeys.length === 1 ? 'key is' : 'keys are'} still active (${o.rotation?.oldKeys.map((k) => k.label).join(', ') ?? ''}). Once the new key is in use: ${o.rotation?.oldKeys.map((k) => `bedrock-bot run "revoke key ${k.id} for ${o.businessUnit}" --yes`).join(' ; ') ?? ''}`;
    }
    if (primary?.outcome.type === 'question' && next === undefined) {
      // Nothing to click on a command line: say how to ask precisely instead.
      next = `The request was ambiguous. Re-run with one of: ${primary.outcome.choices.map((c) => `bedrock-bot run "${c.text}"`).join('  |  ')}`;
    }
    const exitCode = forcedExit ?? exitCodeFor(primary?.outcome, final);
    if (opts.noCredentials === true && exitCode === EXIT.failure && next === undefined)
      next = NO_CREDENTIALS_NEXT;
    if (opts.json) {
      const body = toJson(final, primary, shown, exitCode, next, opts.dryRun);
      opts.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    } else {
      if (opts.dryRun) opts.stdout.write(`${DRY_RUN_HEADING}\n`);
      opts.stdout.write(
        `${shown
          .map(replyText)
          .filter((t) => t !== '')
          .join('\n\n')}\n`,
      );
      if (next !== undefined) opts.stderr.write(`${next}\n`);
    }
    return exitCode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (opts.json) {
      const body: RunJson = {
        ok: false,
        exitCode: EXIT.failure,
        outcome: 'error',
        dryRun: opts.dryRun,
        message: `The bot failed unexpectedly: ${message}`,
      };
      opts.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    } else {
      opts.stderr.write(`The bot failed unexpectedly: ${message}\n`);
    }
    return EXIT.failure;
  }
}

/** The buttons the CLI can press, from the structured outcomes (never from rendered buttons). */
function pressable(reply: Reply): PressableButton[] {
  const out: PressableButton[] = [];
  for (const delivery of reply.deliveries) {
    const o = delivery.outcome;
    if (delivery.audience !== 'requester-private' || o?.type !== 'plan' || o.mode !== 'confirm') continue;
    out.push({ action: 'confirm', requestId: o.requestId, label: 'Confirm' });
    out.push({ action: 'cancel', requestId: o.requestId, label: 'Cancel' });
  }
  return out;
}

const DRY_RUN_HEADING = 'DRY RUN: nothing is created, changed, deleted or signed.';

/** A token request in a dry run: checked and described, never signed. */
async function dryRunToken(opts: RunOnceOptions, text: string, requester: Requester): Promise<number | null> {
  if (opts.planToken === undefined) return null;
  const planned = await opts.planToken(text, requester);
  if (planned === null) return null;
  const exitCode = planned.ok ? EXIT.ok : EXIT.usage;
  const next = planned.ok
    ? 'Dry run: no token was signed. Re-run without --dry-run to get one.'
    : 'Dry run: the request is not valid; nothing was signed.';
  const lines: string[] = [];
  if (planned.ok) {
    const p = planned.value;
    lines.push(`Plan: ${p.title}`);
    p.steps.forEach((s, i) => lines.push(`  ${i + 1}. ${s.description}  [${s.actions.join(', ')}]`));
    lines.push(`The token would expire at ${formatUtc(p.expiresAt)} at the latest.`);
  } else {
    lines.push('That request has a problem:', ...planned.error.problems.map((p) => `  • ${p}`));
    if (planned.error.hint !== undefined) lines.push(planned.error.hint);
  }
  if (opts.json) {
    const body: RunJson = {
      ok: planned.ok,
      exitCode,
      outcome: planned.ok ? 'plan' : 'invalid',
      dryRun: true,
      message: lines.join('\n'),
      next,
      ...(planned.ok ? { plan: tokenPlanJson(planned.value) } : outcomeFields(planned.error)),
    };
    opts.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
  } else {
    opts.stdout.write(`${DRY_RUN_HEADING}\n${lines.join('\n')}\n`);
    opts.stderr.write(`${next}\n`);
  }
  return exitCode;
}

const AUDIENCE_PREFIX: Partial<Record<Delivery['audience'], string>> = {
  approvers: '→ approvers:',
  'requester-dm': '→ DM:',
  'unit-owner': "→ unit's owner:",
};

function deliveryText(delivery: Delivery, allowSecret: boolean): string {
  const body =
    delivery.message.containsSecret && !allowSecret
      ? delivery.message.text
      : messageToText(withoutButtons(delivery.message));
  const prefix = AUDIENCE_PREFIX[delivery.audience];
  return prefix === undefined ? body.trimEnd() : `${prefix}\n${body.trimEnd()}`;
}

/** Text mode prints the credential, as `aws iam create-access-key` does: the operator asked for it. */
function replyText(reply: Reply): string {
  return reply.deliveries.map((d) => deliveryText(d, true)).join('\n\n');
}

interface Primary {
  outcome: Outcome;
  delivery: Delivery;
}

function rank(delivery: Delivery): number {
  switch (delivery.outcome.type) {
    case 'token':
    case 'key-created':
      return 4;
    case 'failure':
      return 3;
    case 'refused':
    case 'invalid':
    case 'unknown':
    case 'question':
    case 'slots-full':
      return 2;
    default:
      return delivery.audience === 'replace-source' ? 0 : 1;
  }
}

/** The outcome that decides the exit code: a credential, else a failure, else a refusal, else the first answer. */
function primaryOutcome(reply: Reply): Primary | undefined {
  let best: Delivery | undefined;
  for (const delivery of reply.deliveries) {
    const d = delivery;
    if (best === undefined || rank(d) > rank(best)) best = d;
  }
  return best === undefined ? undefined : { outcome: best.outcome, delivery: best };
}

function exitCodeFor(outcome: Outcome | undefined, reply: Reply): number {
  if (outcome === undefined) return reply.deliveries.length === 0 ? EXIT.failure : EXIT.ok;
  switch (outcome.type) {
    case 'failure':
    case 'expired-notice':
    case 'cancelled':
      return EXIT.failure;
    case 'invalid':
    case 'unknown':
    case 'question':
      return EXIT.usage;
    case 'refused':
    case 'slots-full':
    case 'denied-notice':
      return EXIT.refused;
    case 'plan':
      return outcome.mode === 'confirm' ? EXIT.confirmationRequired : EXIT.ok;
    default:
      return EXIT.ok;
  }
}

function requestIdOf(outcome: Outcome, delivery: Delivery): string | undefined {
  if ('requestId' in outcome && typeof outcome.requestId === 'string') return outcome.requestId;
  if (outcome.type === 'key-created' && outcome.rotation !== null) return outcome.rotation.requestId;
  return delivery.requestId;
}

function credentialOf(reply: Reply): CredentialJson | undefined {
  for (const delivery of reply.deliveries) {
    // A secret may only ever go to the requester privately; anything else is not ours to print.
    if (delivery.audience !== 'requester-private') continue;
    const o = delivery.outcome;
    if (o.type === 'token') {
      return {
        kind: 'bearer-token',
        token: o.token.token.reveal(),
        expiresAt: o.token.expiresAt.toISOString(),
        region: o.token.region,
        signerArn: o.token.signerArn,
      };
    }
    if (o.type === 'key-created') {
      if (o.keyKind === 'access-key' && o.accessKey !== null) {
        return {
          kind: 'access-key',
          userName: o.userName,
          accessKeyId: o.accessKey.accessKeyId,
          secretAccessKey: o.accessKey.secretAccessKey.reveal(),
          createdAt: o.accessKey.createdAt.toISOString(),
          region: o.region,
        };
      }
      if (o.apiKey !== null) {
        return {
          kind: 'api-key',
          userName: o.userName,
          credentialId: o.apiKey.credentialId,
          alias: o.apiKey.alias,
          apiKey: o.apiKey.secret.reveal(),
          createdAt: o.apiKey.createdAt.toISOString(),
          expiresAt: o.apiKey.expiresAt?.toISOString() ?? null,
          region: o.region,
        };
      }
    }
  }
  return undefined;
}

function toJson(
  final: Reply,
  primary: Primary | undefined,
  shown: Reply[],
  exitCode: number,
  next: string | undefined,
  dryRun: boolean,
): RunJson {
  const body: RunJson = {
    ok: exitCode === EXIT.ok,
    exitCode,
    outcome: primary?.outcome.type ?? 'reply',
    dryRun,
    // Secret-bearing messages contribute only their notification text: the secret goes in `credential`.
    message: final.deliveries.map((d) => deliveryText(d, false)).join('\n\n'),
  };
  const requestId =
    primary === undefined
      ? final.deliveries.find((d) => d.requestId !== undefined)?.requestId
      : requestIdOf(primary.outcome, primary.delivery);
  if (requestId !== undefined) body.requestId = requestId;
  if (next !== undefined) body.next = next;
  if (primary !== undefined) {
    Object.assign(body, outcomeFields(primary.outcome));
    // The plan that was confirmed stays part of the answer, with what it did.
    if (body.plan === undefined) {
      const plan = shown.flatMap((r) => r.deliveries).find((d) => d.outcome?.type === 'plan')?.outcome;
      if (plan?.type === 'plan') Object.assign(body, { plan: outcomeFields(plan).plan });
    }
    if (dryRun && body.plan !== undefined) body.plan = { ...body.plan, mode: 'dry-run' };
  }
  if (primary?.outcome.type === 'failure') {
    const f = primary.outcome.failure;
    body.error = {
      title: f.title,
      detail: f.detail,
      fix: f.fix,
      retryable: f.retryable,
      ...(f.awsAction === undefined ? {} : { awsAction: f.awsAction }),
      ...(f.awsErrorName === undefined ? {} : { awsErrorName: f.awsErrorName }),
      ...(primary.outcome.reference === undefined ? {} : { reference: primary.outcome.reference }),
    };
  }
  // Only the last answer can hold the credential this run issued (the plan before it never does).
  const credential = credentialOf(shown[shown.length - 1] ?? final);
  if (credential !== undefined) body.credential = credential;
  return body;
}

async function askYesNo(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  question: string,
): Promise<boolean> {
  const rl = createInterface({ input, output, terminal: false });
  try {
    const answer = await new Promise<string>((resolve) => {
      rl.once('close', () => resolve(''));
      rl.question(question, resolve);
    });
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
