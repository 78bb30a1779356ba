/**
 * Fault injection through the whole bot: signed requests into the real Slack app (Bolt's HTTP
 * receiver), the real engine and parser, a real SQLite ledger file; AWS (FakeAws) and Slack's Web
 * API and response_url (the fake Slack server) fail, lose answers, stall, or the "process" is
 * killed (kill -9: its listener vanishes mid-step and a new bot starts over the same ledger and
 * AWS) or stopped (SIGTERM: bot.stop() while an AWS call is slow).
 *
 * Every run is made on both ledgers: a SQLite file (one replica) and a real PostgreSQL database
 * (what replicas share in production; on kill -9 the server drops the dead process's connections).
 *
 * Every run ends with the same three checks:
 * - zero undelivered live keys: every key the bot made that still works in AWS was shown to its
 *   requester by a Slack call that arrived;
 * - no request stuck in `executing`;
 * - a message to the person that says what happened.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { businessUnitPolicyArn } from '../../src/core/business-unit-policy.js';
import { hangingAfter, slowOn } from '../fakes/aws-stalls.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';
import { ADMIN, MEMBER, startE2EBot, withButton, type E2EBot, type E2EWorld } from '../support/e2e-bot.js';
import type { FakeSlack, RecordedCall } from '../support/fake-slack.js';
import { openPlace, type LedgerKind, type LedgerPlace } from '../support/ledger-place.js';
import { buttonIn, textOf } from '../support/slack-blocks.js';

const running: E2EBot[] = [];
const places: LedgerPlace[] = [];
afterEach(async () => {
  for (const b of running.splice(0)) await b.stop().catch(() => undefined);
  for (const p of places.splice(0)) await p.remove();
});

async function newWorld(kind: LedgerKind): Promise<E2EWorld> {
  const ledger = await openPlace(kind);
  places.push(ledger);
  const clock = new FakeClock(new Date());
  return { ledger, aws: new FakeAws({ clock }), clock, ids: new SequentialIds() };
}

async function boot(world: E2EWorld, options: Parameters<typeof startE2EBot>[0] = {}): Promise<E2EBot> {
  const b = await startE2EBot({ logLevel: 'debug', ...options, world });
  running.push(b);
  return b;
}

/**
 * The three checks every run ends with, plus the canary: no secret the bot handed out is in any
 * log line, in the ledger, or in a Slack call other than one private answer.
 * `slacks`: every fake Slack the world's bots talked to.
 */
async function assertSafe(world: E2EWorld, slacks: FakeSlack[]): Promise<void> {
  const issued = world.aws.issuedSecrets.filter((secret) => !secret.includes('seeded-'));
  const logs = running.flatMap((b) => b.logs.lines).join('\n');
  const ledger = await world.ledger.dump();
  for (const secret of issued) {
    expect(logs.includes(secret), 'a secret is in the logs').toBe(false);
    expect(ledger.includes(secret), 'a secret is in the ledger').toBe(false);
    for (const call of slacks.flatMap((sl) => sl.calls).filter((c) => c.raw.includes(secret))) {
      const privately =
        (call.method === 'response_url' && call.body.response_type === 'ephemeral') ||
        call.method === 'chat.postEphemeral';
      expect(privately, `a secret went out by ${call.method}`).toBe(true);
    }
  }
  const arrived = slacks.flatMap((s) => s.calls).filter((c) => c.failed !== true);
  for (const name of world.aws.userNames()) {
    const state = world.aws.userState(name);
    const live = [...(state?.apiKeys ?? []), ...(state?.accessKeys ?? [])].filter(
      (k) => !k.secret.includes('seeded-'),
    );
    for (const key of live) {
      const shown = arrived.filter((c) => c.raw.includes(key.secret));
      expect(shown.length, `live key ${JSON.stringify(key).slice(0, 60)} was never delivered`).toBe(1);
    }
  }
  expect(await world.ledger.requestsIn('executing'), 'requests stuck in executing').toEqual([]);
}

/**
 * Presses Confirm on `offer` as Slack would and returns once the bot has acknowledged the click,
 * without waiting for its answer (the step it starts may hang, or the process be killed).
 */
async function pressConfirm(
  b: E2EBot,
  offer: RecordedCall[],
  responseId: string,
): Promise<{ actionId: string; value: string }> {
  const confirm = buttonIn(withButton(offer, 'bedrock.confirm'), 'bedrock.confirm');
  if (confirm === undefined) throw new Error('no confirm button');
  await b.client.click({
    userId: ADMIN,
    actionId: confirm.actionId,
    value: confirm.value,
    responseUrl: b.slack.responseUrl(responseId),
    channelId: 'CTEAM001',
    isEphemeral: true,
  });
  return confirm;
}

/** Approval cards that reached Slack. */
function postedCards(b: E2EBot): RecordedCall[] {
  return b.slack
    .callsTo('chat.postMessage')
    .filter((c) => c.failed !== true && buttonIn(c, 'bedrock.approve'));
}

/** An admin approves the card that reached Slack; the requester reveals the key from their DM. */
async function approveAndReveal(b: E2EBot): Promise<void> {
  await b.press(ADMIN, postedCards(b)[0], 'bedrock.approve');
  const notice = b.slack.callsTo('chat.postMessage').find((c) => buttonIn(c, 'bedrock.reveal'));
  await b.press(MEMBER, notice, 'bedrock.reveal');
}

function dmsTo(slack: FakeSlack, userId: string): RecordedCall[] {
  const channel = `D${userId.replace(/^U/, '')}`;
  return slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);
}

function liveKeyCount(aws: FakeAws, user = 'research-bedrock-user'): number {
  const s = aws.userState(user);
  return (s?.apiKeys.length ?? 0) + (s?.accessKeys.length ?? 0);
}

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function seedResearch(aws: FakeAws): string {
  aws.seedUser({
    userName: 'research-bedrock-user',
    tags: [
      { key: 'business-unit', value: 'research' },
      { key: 'created-by', value: 'bedrock-bot' },
      { key: 'owner', value: 'admin@example.com' },
    ],
    // What the bot attaches to its own users by default: the project's invoke-only policy.
    attachedPolicyArns: [businessUnitPolicyArn('123456789012')],
  });
  return aws.seedApiKey('research-bedrock-user');
}

describe.each<LedgerKind>(['sqlite', 'postgres'])('on a %s ledger', (kind) => {
  describe('AWS loses answers and stalls', () => {
    it('a create whose answer is lost: the key that landed is deleted, the person told to ask again', async () => {
      const world = await newWorld(kind);
      const b = await boot(world);
      const offer = await b.slash(ADMIN, 'create an api key for research');
      world.aws.failNext('createApiKey', { code: 'Timeout', ambiguous: true, takeEffect: true });
      const done = await b.press(ADMIN, withButton(offer, 'bedrock.confirm'), 'bedrock.confirm');
      expect(world.aws.callsTo('createApiKey')).toHaveLength(1); // no SDK-style retry
      expect(liveKeyCount(world.aws)).toBe(0);
      expect(done.map(textOf).join(' ')).toMatch(/deleted it|no key was created/i);
      expect(done.map(textOf).join(' ')).toMatch(/ask again/i);
      await assertSafe(world, [b.slack]);
    });

    it('every create answer lost, three times: no orphans pile up, every attempt is cleaned up', async () => {
      const world = await newWorld(kind);
      const b = await boot(world);
      for (let i = 0; i < 3; i += 1) {
        const offer = await b.slash(ADMIN, 'create an api key for research');
        world.aws.failNext('createApiKey', { code: 'ServiceFailure', ambiguous: true, takeEffect: true });
        const done = await b.press(ADMIN, withButton(offer, 'bedrock.confirm'), 'bedrock.confirm');
        expect(done.map(textOf).join(' ')).not.toMatch(/most IAM allows|full/i);
      }
      expect(liveKeyCount(world.aws)).toBe(0);
      await assertSafe(world, [b.slack]);
    });
  });

  describe('kill -9', () => {
    it('mid-create: at the next start the key made by the dead process is deleted and the person told', async () => {
      const world = await newWorld(kind);
      const first = await boot(world, { wrapAws: (aws) => hangingAfter(aws, 'createApiKey') });
      const offer = await first.slash(ADMIN, 'create an api key for research');
      const confirm = await pressConfirm(first, offer, 'dead');
      await until(() => liveKeyCount(world.aws) === 1);
      await first.kill();

      const second = await boot(world);
      await until(() => dmsTo(second.slack, ADMIN).length > 0);
      expect(liveKeyCount(world.aws)).toBe(0);
      const told = textOf(dmsTo(second.slack, ADMIN)[0]);
      expect(told).toMatch(/interrupted/);
      expect(JSON.stringify(dmsTo(second.slack, ADMIN)[0]?.body)).toMatch(
        /nothing is left behind|no key is left/i,
      );
      expect((await second.ledger.get(confirm.value))?.state).toBe('failed');
      // Its buttons now say what happened instead of "being carried out right now".
      const late = await second.click(ADMIN, confirm, { channelId: 'CTEAM001', isEphemeral: true });
      expect(late.map(textOf).join(' ')).toMatch(/failed; ask again/);
      await assertSafe(world, [first.slack, second.slack]);
    });

    it('mid-rotation: the new key is deleted, the old one kept, the owner told', async () => {
      const world = await newWorld(kind);
      const old = seedResearch(world.aws);
      const first = await boot(world, { wrapAws: (aws) => hangingAfter(aws, 'createApiKey') });
      const offer = await first.slash(ADMIN, 'rotate the api key for research');
      await pressConfirm(first, offer, 'dead');
      await until(() => liveKeyCount(world.aws) === 2);
      await first.kill();

      const second = await boot(world);
      await until(() => dmsTo(second.slack, ADMIN).length > 0);
      expect(world.aws.userState('research-bedrock-user')?.apiKeys.map((k) => k.credentialId)).toEqual([old]);
      expect(textOf(dmsTo(second.slack, ADMIN)[0])).toMatch(/Rotate .* research/);
      await assertSafe(world, [first.slack, second.slack]);
    });

    it('while the approved key is being revealed: the next start rolls it back and the requester is told', async () => {
      const world = await newWorld(kind);
      const first = await boot(world, { wrapAws: (aws) => hangingAfter(aws, 'createApiKey') });
      const card = withButton(await first.slash(MEMBER, 'create an api key for research'), 'bedrock.approve');
      await first.press(ADMIN, card, 'bedrock.approve');
      const notice = first.slack.callsTo('chat.postMessage').find((c) => buttonIn(c, 'bedrock.reveal'));
      const reveal = buttonIn(notice, 'bedrock.reveal');
      if (reveal === undefined || notice === undefined) throw new Error('no reveal');
      await first.client.click({
        userId: MEMBER,
        actionId: reveal.actionId,
        value: reveal.value,
        responseUrl: first.slack.responseUrl('dead'),
        channelId: String(notice.body.channel),
        messageTs: String(notice.response?.ts),
      });
      await until(() => liveKeyCount(world.aws) === 1);
      await first.kill();
      const second = await boot(world);
      await until(() => dmsTo(second.slack, MEMBER).length > 0);
      expect(liveKeyCount(world.aws)).toBe(0);
      expect(textOf(dmsTo(second.slack, MEMBER)[0])).toMatch(/interrupted/);
      // A late Reveal does not say "already shown": it says the request failed, ask again.
      const late = await second.click(MEMBER, reveal, {
        channelId: String(notice.body.channel),
        messageTs: String(notice.response?.ts),
      });
      expect(late.map(textOf).join(' ')).toMatch(/failed; ask again/);
      await assertSafe(world, [first.slack, second.slack]);
    });
  });

  describe('SIGTERM', () => {
    it('mid-create while AWS is slow: stop waits for the step, the key is delivered, then the ledger closes', async () => {
      const world = await newWorld(kind);
      const b = await boot(world, { wrapAws: (aws) => slowOn(aws, 'createApiKey', 400) });
      const offer = await b.slash(ADMIN, 'create an api key for research');
      const before = b.slack.calls.length;
      const confirm = await pressConfirm(b, offer, 'sigterm');
      await until(() => world.aws.callsTo('createApiKey').length === 0 && b.slack.calls.length >= before);
      await new Promise((r) => setTimeout(r, 50)); // the create is under way
      await b.bot.stop(); // what SIGTERM does
      expect(liveKeyCount(world.aws)).toBe(1);
      const secretCall = b.slack.calls.slice(before).find((c) => c.raw.includes('api-key-SECRET'));
      expect(secretCall?.method).toBe('response_url');
      expect((await b.ledger.get(confirm.value))?.state).toBe('completed');
      expect(b.logs.lines.join('\n')).not.toMatch(/database connection is not open/);
      await assertSafe(world, [b.slack]);
    });

    it('AWS slower than the old 5 s shutdown cap: the step still finishes before the ledger is closed', async () => {
      const world = await newWorld(kind);
      const b = await boot(world, { wrapAws: (aws) => slowOn(aws, 'createApiKey', 6_000) });
      const offer = await b.slash(ADMIN, 'create an api key for research');
      await pressConfirm(b, offer, 'sigterm-slow');
      await new Promise((r) => setTimeout(r, 100));
      await b.bot.stop();
      await b.ledger.close(); // what start-bot does right after stop()
      expect(liveKeyCount(world.aws)).toBe(1);
      expect(b.slack.calls.some((c) => c.method === 'response_url' && c.raw.includes('api-key-SECRET'))).toBe(
        true,
      );
      expect(b.logs.lines.join('\n')).not.toMatch(/database connection is not open|a Slack listener failed/);
      await assertSafe(world, [b.slack]);
    }, 30_000);

    it('mid-rotation while AWS is slow: the rotation finishes and waits for the old-key decision', async () => {
      const world = await newWorld(kind);
      seedResearch(world.aws);
      const b = await boot(world, { wrapAws: (aws) => slowOn(aws, 'createApiKey', 300) });
      const offer = await b.slash(ADMIN, 'rotate the api key for research');
      const confirm = await pressConfirm(b, offer, 'sigterm-rot');
      await new Promise((r) => setTimeout(r, 80));
      await b.bot.stop();
      expect(liveKeyCount(world.aws)).toBe(2);
      expect((await b.ledger.get(confirm.value))?.state).toBe('awaiting_old_key_decision');
      await assertSafe(world, [b.slack]);
    });
  });

  describe('Slack fails', () => {
    it('the secret cannot be posted (response_url 500): the key is deleted and the person told to ask again', async () => {
      const world = await newWorld(kind);
      const b = await boot(world);
      const offer = await b.slash(ADMIN, 'create an api key for research');
      b.slack.failNext('response_url', { status: 500 });
      const id = buttonIn(withButton(offer, 'bedrock.confirm'), 'bedrock.confirm')?.value ?? '';
      await b.press(ADMIN, withButton(offer, 'bedrock.confirm'), 'bedrock.confirm');
      await until(() => dmsTo(b.slack, ADMIN).length > 0);
      expect(liveKeyCount(world.aws)).toBe(0);
      expect(textOf(dmsTo(b.slack, ADMIN)[0])).toMatch(/could not be shown to you.*deleted it.*Ask again/);
      expect((await b.ledger.get(id))?.state).toBe('failed');
      await assertSafe(world, [b.slack]);
    });

    it('the secret post times out: revoked (it may have been shown, it no longer works), the person told', async () => {
      const world = await newWorld(kind);
      const b = await boot(world, { webApiTimeoutMs: 200 });
      const offer = await b.slash(ADMIN, 'create an api key for research');
      b.slack.failNext('response_url', { delayMs: 600 });
      await b.press(ADMIN, withButton(offer, 'bedrock.confirm'), 'bedrock.confirm');
      await until(() => dmsTo(b.slack, ADMIN).length > 0);
      expect(liveKeyCount(world.aws)).toBe(0);
      // Posted once: a timed-out secret is never posted again.
      expect(b.slack.calls.filter((c) => c.raw.includes('api-key-SECRET'))).toHaveLength(1);
      await assertSafe(world, [b.slack]);
    });

    it('the approval card cannot be posted (500 past the client retries): it waits in the outbox and goes out on the next sweep', async () => {
      const world = await newWorld(kind);
      const b = await boot(world, { expirySweepMs: 40, outboxRetryMs: 10 });
      b.slack.failNext('chat.postMessage', { status: 500, error: 'internal_error' }, 2);
      await b.slash(MEMBER, 'create an api key for research');
      await until(() => /will be sent again later/.test(b.logs.lines.join('\n')));
      await until(() => {
        world.clock.advance({ seconds: 1 }); // the outbox's pause passes
        return postedCards(b).length > 0;
      });
      // Sent once: a card is never posted twice.
      expect(postedCards(b)).toHaveLength(1);
      // (The requester's DM cannot be opened at first either: it is queued and retried too.)
      await approveAndReveal(b);
      expect(liveKeyCount(world.aws)).toBe(1);
      await assertSafe(world, [b.slack]);
    });

    it('a DM that cannot be opened is retried from the outbox until it arrives', async () => {
      const world = await newWorld(kind);
      const b = await boot(world, { expirySweepMs: 40, outboxRetryMs: 10 });
      const card = withButton(await b.slash(MEMBER, 'create an api key for research'), 'bedrock.approve');
      b.slack.failNext('conversations.open', { status: 500, error: 'internal_error' }, 2);
      await b.press(ADMIN, card, 'bedrock.approve');
      await until(() => /will be sent again later/.test(b.logs.lines.join('\n')));
      expect(
        b.slack.callsTo('chat.postMessage').some((c) => buttonIn(c, 'bedrock.reveal') !== undefined),
      ).toBe(false);
      await until(() => {
        world.clock.advance({ seconds: 1 });
        return b.slack.callsTo('chat.postMessage').some((c) => buttonIn(c, 'bedrock.reveal') !== undefined);
      });
      expect(b.slack.callsTo('conversations.open').filter((c) => c.failed === true)).toHaveLength(2);
      expect(
        b.slack.callsTo('chat.postMessage').filter((c) => buttonIn(c, 'bedrock.reveal') !== undefined),
      ).toHaveLength(1);
      await assertSafe(world, [b.slack]);
    });

    it('a card queued when the bot died is sent by the next bot over the same ledger', async () => {
      const world = await newWorld(kind);
      const first = await boot(world);
      first.slack.failNext('chat.postMessage', { status: 500, error: 'internal_error' }, 2);
      await first.slash(MEMBER, 'create an api key for research');
      await until(
        () => first.slack.callsTo('chat.postMessage').filter((c) => c.failed === true).length === 2,
      );
      await first.kill();
      const second = await boot(world, { expirySweepMs: 40, outboxRetryMs: 10 });
      world.clock.advance({ minutes: 1 }); // past the first pause
      await until(() =>
        second.slack.callsTo('chat.postMessage').some((c) => buttonIn(c, 'bedrock.approve') !== undefined),
      );
      await assertSafe(world, [first.slack, second.slack]);
    });

    it('Slack rate-limits the approval card once (429): it is posted after Retry-After, the flow completes', async () => {
      const world = await newWorld(kind);
      const b = await boot(world);
      b.slack.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 0 });
      await b.slash(MEMBER, 'create an api key for research');
      await until(() => postedCards(b).length > 0);
      await approveAndReveal(b);
      expect(liveKeyCount(world.aws)).toBe(1);
      await assertSafe(world, [b.slack]);
    });
  });
});
