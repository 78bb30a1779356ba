/**
 * The Slack front end's infrastructure through real HTTP: signature and timestamp window, health
 * check, prompt acks, requester resolution, delivery mapping and the secret guard, retries,
 * apologies and the expiry sweep. The engine is a scripted stub here; the end-to-end tests
 * (slack-e2e.test.ts) use the real one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActionInput, BotEngine, Delivery, Reply, TextInput } from '../../src/core/engine-api.js';
import type { Outcome } from '../../src/core/outcome.js';
import { Secret } from '../../src/core/secret.js';
import { tokenOutcome } from '../render/fixtures.js';
import {
  ADMIN_GROUP,
  APPROVAL_CHANNEL,
  eventually,
  startSlackHarness,
  type SlackHarness,
} from '../support/slack-harness.js';
import { dmEvent, mentionEvent, signSlackRequest } from '../support/slack-signing.js';

const SECRET = 'bedrock-api-key-STUBSECRETVALUE0123456789abcdef';

/** An outcome whose message shows `text` (and, given the secret, an issued token holding it). */
function msg(text: string, containsSecret = false): Outcome {
  if (containsSecret) return tokenOutcome({ token: new Secret(text) });
  return { type: 'refused', reason: text };
}

interface StubEngine extends BotEngine {
  texts: TextInput[];
  actions: ActionInput[];
}

function stubEngine(script: {
  text?: (input: TextInput) => Reply | Promise<Reply>;
  action?: (input: ActionInput) => Reply | Promise<Reply>;
  expire?: () => Reply | Promise<Reply>;
}): StubEngine {
  const texts: TextInput[] = [];
  const actions: ActionInput[] = [];
  return {
    texts,
    actions,
    async handleText(input) {
      texts.push(input);
      return script.text
        ? script.text(input)
        : reply({ audience: 'requester-private', outcome: msg(`echo ${input.text}`) });
    },
    async handleAction(input) {
      actions.push(input);
      return script.action ? script.action(input) : reply();
    },
    async expireStale() {
      return script.expire ? script.expire() : reply();
    },
  };
}

const reply = (...deliveries: Delivery[]): Reply => ({ deliveries, at: new Date() });

let h: SlackHarness | null = null;
afterEach(async () => {
  await h?.stop();
  h = null;
});

async function start(
  engine: BotEngine,
  extra: Parameters<typeof startSlackHarness>[0] extends infer O ? Partial<O> : never = {},
) {
  h = await startSlackHarness({ loadEngine: async () => engine, ...extra });
  return h;
}

describe('HTTP endpoint', () => {
  it('answers GET /healthz with {"ok":true} and nothing else', async () => {
    const { baseUrl } = await start(stubEngine({}));
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"ok":true}');
  });

  it('refuses a bad signature with 401 and never reaches the engine', async () => {
    const engine = stubEngine({});
    const { client, slack, baseUrl } = await start(engine);
    const res = await client.command(
      { userId: 'UMEMBER1', text: 'help', responseUrl: slack.responseUrl('x') },
      { signature: 'v0=deadbeef' },
    );
    expect(res.status).toBe(401);
    const unsigned = await fetch(`${baseUrl}/slack/events`, {
      method: 'POST',
      body: 'a=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(unsigned.status).toBe(401);
    expect(engine.texts).toHaveLength(0);
  });

  it.each([
    ['stale (6 minutes old)', -6 * 60],
    ['in the future (6 minutes ahead)', 6 * 60],
  ])('refuses a correctly signed request whose timestamp is %s', async (_label, skewSeconds) => {
    const engine = stubEngine({});
    const { client, slack, logs } = await start(engine);
    const ts = Math.floor(Date.now() / 1000) + skewSeconds;
    const res = await client.command(
      { userId: 'UMEMBER1', text: 'help', responseUrl: slack.responseUrl('x') },
      { timestampSeconds: ts },
    );
    expect(res.status).toBe(401);
    expect(res.body).toBe('');
    expect(engine.texts).toHaveLength(0);
    expect(logs.lines.join('\n')).toMatch(/timestamp window|verify/);
  });

  it('accepts a timestamp a few minutes ahead, within the window', async () => {
    const engine = stubEngine({});
    const { client, slack } = await start(engine);
    const res = await client.command(
      { userId: 'UMEMBER1', text: 'help', responseUrl: slack.responseUrl('x') },
      { timestampSeconds: Math.floor(Date.now() / 1000) + 4 * 60 },
    );
    expect(res.status).toBe(200);
    await eventually(() => expect(engine.texts).toHaveLength(1));
  });

  it('checks the window against the injected clock', async () => {
    const engine = stubEngine({});
    const later = new Date(Date.now() + 60 * 60 * 1000);
    const { client, slack } = await start(engine, { now: () => later });
    const real = await client.command(
      { userId: 'UMEMBER1', text: 'help', responseUrl: slack.responseUrl('x') },
      { timestampSeconds: Math.floor(Date.now() / 1000) },
    );
    expect(real.status).toBe(401);
    const signedNow = await client.command({
      userId: 'UMEMBER1',
      text: 'help',
      responseUrl: slack.responseUrl('x'),
    });
    expect(signedNow.status).toBe(200);
  });

  it('signature helper matches Slack’s documented example', () => {
    // https://api.slack.com/authentication/verifying-requests-from-slack
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(signSlackRequest('8f742231b10e8888abcd99yyyzzz85a5', 1531420618, body)).toBe(
      'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
    );
  });
});

describe('slash command', () => {
  it('acks at once, before the engine has even loaded', async () => {
    let release!: (engine: BotEngine) => void;
    const engineReady = new Promise<BotEngine>((resolve) => {
      release = resolve;
    });
    const engine = stubEngine({});
    h = await startSlackHarness({ loadEngine: () => engineReady });
    const res = await h.client.command({
      userId: 'UMEMBER1',
      text: 'help',
      responseUrl: h.slack.responseUrl('slow'),
    });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    expect(engine.texts).toHaveLength(0);
    release(engine);
    await h.slack.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
    expect(engine.texts).toHaveLength(1);
  });

  it('resolves the requester from users.info and passes non-secret context', async () => {
    const engine = stubEngine({});
    const { client, slack } = await start(engine);
    await client.command({
      userId: 'UMEMBER1',
      text: 'token for 2h',
      channelId: 'CTEAM1',
      responseUrl: slack.responseUrl('a'),
    });
    await eventually(() => expect(engine.texts).toHaveLength(1));
    const input = engine.texts[0];
    expect(input).toMatchObject({
      text: 'token for 2h',
      surface: 'slash',
      requester: {
        userId: 'UMEMBER1',
        email: 'ada@example.com',
        displayName: 'ada',
        isAdmin: false,
        isRestricted: false,
      },
      context: { channelId: 'CTEAM1', userId: 'UMEMBER1' },
    });
    expect(JSON.stringify(input?.context)).not.toContain('response');
  });

  it('an empty /bedrock reaches the engine as empty text', async () => {
    const engine = stubEngine({});
    const { client, slack } = await start(engine);
    await client.command({ userId: 'UMEMBER1', text: '', responseUrl: slack.responseUrl('a') });
    await eventually(() => expect(engine.texts.map((t) => t.text)).toEqual(['']));
  });

  it('knows admins by ID and by user group, and guests as restricted; caches lookups', async () => {
    const engine = stubEngine({});
    const { client, slack } = await start(engine, { adminUserGroupId: ADMIN_GROUP });
    slack.userGroups.set(ADMIN_GROUP, ['UMEMBER2']);
    for (const userId of ['UADMIN01', 'UMEMBER2', 'UGUEST01', 'UMEMBER2']) {
      await client.command({ userId, text: 'whoami', responseUrl: slack.responseUrl(userId) });
    }
    await eventually(() => expect(engine.texts).toHaveLength(4));
    const byUser = engine.texts
      .map((t) => [t.requester.userId, t.requester.isAdmin, t.requester.isRestricted])
      .sort();
    expect(byUser).toEqual([
      ['UADMIN01', true, false],
      ['UGUEST01', false, true],
      ['UMEMBER2', true, false],
      ['UMEMBER2', true, false],
    ]);
    expect(slack.callsTo('users.info').filter((c) => c.body.user === 'UMEMBER2')).toHaveLength(1);
    expect(slack.callsTo('usergroups.users.list').length).toBeLessThanOrEqual(2);
  });

  it('a secret goes only to the response_url, ephemeral', async () => {
    const engine = stubEngine({
      text: () => reply({ audience: 'requester-private', outcome: msg(SECRET, true) }),
    });
    const { client, slack } = await start(engine);
    await client.command({ userId: 'UMEMBER1', text: 'token', responseUrl: slack.responseUrl('tok') });
    await slack.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
    const [sent] = slack.callsTo('response_url');
    expect(sent?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(sent?.raw).toContain(SECRET);
    expect(slack.calls.filter((c) => c.raw.includes(SECRET))).toHaveLength(1);
  });

  it('refuses a secret in the notification text, even privately', async () => {
    const engine = stubEngine({
      text: () => reply({ audience: 'requester-private', outcome: msg(`key: ${SECRET}`) }),
    });
    const { client, slack } = await start(engine);
    await client.command({ userId: 'UMEMBER1', text: 'token', responseUrl: slack.responseUrl('tok') });
    await slack.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
    expect(slack.calls.some((c) => c.raw.includes(SECRET))).toBe(false);
    expect(String(slack.callsTo('response_url')[0]?.body.text)).toMatch(/Sorry/);
  });

  it('refuses to send a secret anywhere else, logs without the body, and apologises', async () => {
    const engine = stubEngine({
      text: () =>
        reply(
          { audience: 'conversation', outcome: msg(SECRET, true) },
          { audience: 'approvers', outcome: msg(SECRET, true), requestId: 'r1' },
          { audience: 'requester-dm', outcome: msg('no flag but looks like ' + SECRET) },
        ),
    });
    const { client, slack, logs } = await start(engine);
    await client.command({ userId: 'UMEMBER1', text: 'token', responseUrl: slack.responseUrl('tok') });
    await slack.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
    expect(slack.calls.some((c) => c.raw.includes(SECRET))).toBe(false);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
    expect(logs.lines.join('\n')).not.toContain(SECRET);
    expect(
      logs
        .entries()
        .filter(
          (e) => e.msg === 'could not deliver a message' && JSON.stringify(e).includes('SecretDeliveryError'),
        ),
    ).toHaveLength(3);
    const apology = slack.callsTo('response_url')[0];
    const reference = /reference ([A-Z0-9-]+)/.exec(String(apology?.body.text))?.[1];
    expect(reference).toBeDefined();
    expect(logs.entries().some((e) => e.reference === reference && e.msg === 'a Slack listener failed')).toBe(
      true,
    );
  });

  it('an engine that throws ends in an apology whose reference is in the error log, and the app keeps working', async () => {
    let fail = true;
    const engine = stubEngine({
      text: () => {
        if (fail) throw Object.assign(new Error('boom'), { data: { secretStuff: SECRET } });
        return reply({ audience: 'requester-private', outcome: msg('fine') });
      },
    });
    const { client, slack, logs } = await start(engine);
    await client.command({ userId: 'UMEMBER1', text: 'x', responseUrl: slack.responseUrl('one') });
    await slack.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
    const apology = slack.callsTo('response_url')[0];
    expect(apology?.body.response_type).toBe('ephemeral');
    const reference = /reference ([A-Z0-9-]+)/.exec(String(apology?.body.text))?.[1] ?? 'missing';
    const line = logs.entries().find((e) => e.reference === reference);
    expect(line).toMatchObject({ level: 50, listener: 'command', error: { type: 'Error', message: 'boom' } });
    expect(logs.lines.join('\n')).not.toContain(SECRET);
    fail = false;
    await client.command({ userId: 'UMEMBER1', text: 'y', responseUrl: slack.responseUrl('two') });
    await slack.waitFor((calls) => calls.some((c) => c.responseId === 'two'));
  });

  it('users.info failing ends in an apology, not a crash', async () => {
    const engine = stubEngine({});
    const { client, slack } = await start(engine, { users: [] });
    await client.command({ userId: 'UNKNOWN1', text: 'x', responseUrl: slack.responseUrl('u') });
    await slack.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
    expect(String(slack.callsTo('response_url')[0]?.body.text)).toMatch(/Sorry/);
    expect(engine.texts).toHaveLength(0);
  });
});

describe('mentions and DMs', () => {
  it('a mention answers privately with chat.postEphemeral in the thread, publicly only for conversation', async () => {
    const engine = stubEngine({
      text: () =>
        reply(
          { audience: 'requester-private', outcome: msg(SECRET, true) },
          { audience: 'conversation', outcome: msg('I sent you the token privately.') },
        ),
    });
    const { client, slack } = await start(engine);
    const res = await client.event(
      mentionEvent({
        userId: 'UMEMBER1',
        text: 'token please',
        channelId: 'CTEAM1',
        ts: '1772445600.000500',
      }),
    );
    expect(res.status).toBe(200);
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
    const [ephemeral] = slack.callsTo('chat.postEphemeral');
    expect(ephemeral?.body).toMatchObject({
      channel: 'CTEAM1',
      user: 'UMEMBER1',
      thread_ts: '1772445600.000500',
    });
    const [note] = slack.callsTo('chat.postMessage');
    expect(note?.body).toMatchObject({ channel: 'CTEAM1', thread_ts: '1772445600.000500' });
    expect(note?.raw).not.toContain(SECRET);
    expect(engine.texts[0]).toMatchObject({
      surface: 'mention',
      text: '<@UBOT0001> token please',
      context: { threadTs: '1772445600.000500' },
    });
  });

  it('a mention inside a thread answers in that thread', async () => {
    const engine = stubEngine({ text: () => reply({ audience: 'conversation', outcome: msg('hi') }) });
    const { client, slack } = await start(engine);
    await client.event(
      mentionEvent({
        userId: 'UMEMBER1',
        text: 'help',
        ts: '1772445600.000900',
        threadTs: '1772445600.000100',
      }),
    );
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
    expect(slack.callsTo('chat.postMessage')[0]?.body.thread_ts).toBe('1772445600.000100');
  });

  it('a retried event (same event_id, X-Slack-Retry-Num) is handled once', async () => {
    const engine = stubEngine({ text: () => reply({ audience: 'conversation', outcome: msg('once') }) });
    const { client, slack, logs } = await start(engine);
    const event = mentionEvent({ userId: 'UMEMBER1', text: 'token' });
    const ts = Math.floor(Date.now() / 1000);
    await client.event(event, 'Ev0RETRY01', { timestampSeconds: ts });
    // Slack signs each retry anew (a later timestamp): the ledger's event_id claim catches it.
    const retry = await client.event(event, 'Ev0RETRY01', {
      timestampSeconds: ts + 1,
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
    await new Promise((r) => setTimeout(r, 100));
    expect(engine.texts).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(logs.lines.some((l) => l.includes('ignored a repeated Slack event'))).toBe(true);
  });

  it('a burst of concurrent commands: each is acknowledged, and each is then answered exactly once', async () => {
    const engine = stubEngine({});
    const { client, slack } = await start(engine);
    const ids = Array.from({ length: 40 }, (_, i) => `burst-${i}`);
    const acks = await Promise.all(
      ids.map((id, i) =>
        client.command({ userId: 'UMEMBER1', text: `help ${i}`, responseUrl: slack.responseUrl(id) }),
      ),
    );
    expect(acks.map((a) => a.status)).toEqual(ids.map(() => 200));
    await slack.waitFor((calls) => calls.filter((c) => c.method === 'response_url').length >= ids.length);
    expect(engine.texts.map((t) => t.text).sort()).toEqual(ids.map((_, i) => `help ${i}`).sort());
    await new Promise((r) => setTimeout(r, 100)); // a second answer would have arrived by now
    expect(slack.callsTo('response_url')).toHaveLength(ids.length);
  });

  it('events are acked at once, even while the engine is slow', async () => {
    let release!: (engine: BotEngine) => void;
    const engineReady = new Promise<BotEngine>((resolve) => {
      release = resolve;
    });
    h = await startSlackHarness({ loadEngine: () => engineReady });
    const res = await h.client.event(mentionEvent({ userId: 'UMEMBER1', text: 'help' }));
    expect(res.status).toBe(200);
    release(stubEngine({}));
  });

  it('DMs work like the slash command; bot messages, subtypes and other channel types are ignored', async () => {
    const engine = stubEngine({
      text: () =>
        reply(
          { audience: 'requester-private', outcome: msg('private') },
          { audience: 'conversation', outcome: msg('visible') },
        ),
    });
    const { client, slack } = await start(engine);
    await client.event(dmEvent({ userId: 'UMEMBER1', text: 'bot message', extra: { bot_id: 'BOTHER01' } }));
    await client.event(
      dmEvent({ userId: 'UMEMBER1', text: 'edited', extra: { subtype: 'message_changed' } }),
    );
    await client.event(
      dmEvent({
        userId: 'UMEMBER1',
        text: 'in a channel',
        extra: { channel_type: 'channel', channel: 'CTEAM1' },
      }),
    );
    await client.event(dmEvent({ userId: 'UBOT0001', text: 'our own' }));
    await client.event(dmEvent({ userId: 'UMEMBER1', text: 'token for 1h', channelId: 'DMEMBER1' }));
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
    expect(engine.texts.map((t) => [t.text, t.surface])).toEqual([['token for 1h', 'dm']]);
    expect(slack.callsTo('chat.postEphemeral')[0]?.body).toMatchObject({
      channel: 'DMEMBER1',
      user: 'UMEMBER1',
    });
    expect(slack.callsTo('chat.postMessage')[0]?.body).toMatchObject({ channel: 'DMEMBER1' });
  });
});

describe('buttons and deliveries', () => {
  it('approvers get a card in the approval channel whose location is kept in the ledger', async () => {
    const engine = stubEngine({
      text: () => reply({ audience: 'approvers', outcome: msg('Ada asks for a key'), requestId: 'req-1' }),
    });
    const { client, slack, ledger } = await start(engine);
    await ledger.insert({
      id: 'req-1',
      createdAt: new Date(),
      updatedAt: new Date(),
      expiresAt: new Date(Date.now() + 3600_000),
      requesterId: 'UMEMBER1',
      requesterName: 'ada',
      requesterEmail: null,
      surface: 'slash',
      intent: 'key',
      businessUnit: 'research',
      state: 'awaiting_approval',
      payload: {},
      context: { channelId: 'CTEAM1' },
    });
    await client.command({
      userId: 'UMEMBER1',
      text: 'key for research',
      responseUrl: slack.responseUrl('k'),
    });
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
    const [card] = slack.callsTo('chat.postMessage');
    expect(card?.body.channel).toBe(APPROVAL_CHANNEL);
    await eventually(async () =>
      expect((await ledger.get('req-1'))?.context).toMatchObject({
        channelId: 'CTEAM1',
        approvalChannel: APPROVAL_CHANNEL,
        approvalTs: expect.any(String),
      }),
    );
  });

  it('without an approval channel the card goes to each admin by DM', async () => {
    const engine = stubEngine({
      text: () => reply({ audience: 'approvers', outcome: msg('card'), requestId: 'req-x' }),
    });
    const { client, slack } = await start(engine, {
      approvalChannelId: null,
      adminUserIds: ['UADMIN01', 'UOWNER01'],
    });
    await client.command({ userId: 'UMEMBER1', text: 'key', responseUrl: slack.responseUrl('k') });
    await slack.waitFor((calls) => calls.filter((c) => c.method === 'chat.postMessage').length === 2);
    expect(slack.callsTo('chat.postMessage').map((c) => c.body.channel)).toEqual(['DADMIN01', 'DOWNER01']);
  });

  it('a click is acked, parsed into action, choice and request ID, and replace-source updates the card', async () => {
    const engine = stubEngine({
      action: () => reply({ audience: 'replace-source', outcome: msg('Approved by Grace') }),
    });
    const { client, slack } = await start(engine);
    const res = await client.click({
      userId: 'UADMIN01',
      actionId: 'bedrock.approve',
      value: 'req-7',
      channelId: APPROVAL_CHANNEL,
      messageTs: '1772445600.000042',
      responseUrl: slack.responseUrl('click'),
    });
    expect(res.status).toBe(200);
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.update'));
    expect(engine.actions[0]).toMatchObject({
      action: 'approve',
      requestId: 'req-7',
      requester: { userId: 'UADMIN01', isAdmin: true },
    });
    expect(slack.callsTo('chat.update')[0]?.body).toMatchObject({
      channel: APPROVAL_CHANNEL,
      ts: '1772445600.000042',
    });
  });

  it('replace-source on an ephemeral message goes through response_url with replace_original', async () => {
    const engine = stubEngine({
      action: () => reply({ audience: 'replace-source', outcome: msg('Cancelled') }),
    });
    const { client, slack } = await start(engine);
    await client.click({
      userId: 'UMEMBER1',
      actionId: 'bedrock.choose.research',
      value: 'req-8',
      isEphemeral: true,
      responseUrl: slack.responseUrl('eph'),
    });
    await slack.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
    expect(engine.actions[0]).toMatchObject({ action: 'choose', choice: 'research', requestId: 'req-8' });
    expect(slack.callsTo('response_url')[0]?.body).toMatchObject({
      replace_original: true,
      text: 'Not allowed: Cancelled',
    });
    expect(slack.callsTo('chat.update')).toHaveLength(0);
  });

  it('requester-dm opens a DM with the requester; a secret there is refused', async () => {
    const engine = stubEngine({
      action: () =>
        reply(
          { audience: 'requester-dm', userId: 'UMEMBER1', outcome: msg('Approved: click Reveal') },
          { audience: 'requester-dm', userId: 'UMEMBER1', outcome: msg(SECRET, true) },
        ),
    });
    const { client, slack } = await start(engine);
    await client.click({
      userId: 'UADMIN01',
      actionId: 'bedrock.approve',
      value: 'req-9',
      channelId: APPROVAL_CHANNEL,
      responseUrl: slack.responseUrl('c'),
    });
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
    expect(slack.callsTo('conversations.open')[0]?.body.users).toBe('UMEMBER1');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage')[0]?.body.channel).toBe('DMEMBER1');
    expect(slack.calls.some((c) => c.raw.includes(SECRET))).toBe(false);
  });

  it('a secret addressed to someone other than the clicker is refused', async () => {
    const engine = stubEngine({
      action: () => reply({ audience: 'requester-private', userId: 'UMEMBER1', outcome: msg(SECRET, true) }),
    });
    const { client, slack } = await start(engine);
    await client.click({
      userId: 'UADMIN01',
      actionId: 'bedrock.reveal',
      value: 'req-9',
      channelId: APPROVAL_CHANNEL,
      responseUrl: slack.responseUrl('c'),
    });
    await slack.waitFor((calls) => calls.some((c) => c.method === 'response_url'));
    expect(slack.calls.some((c) => c.raw.includes(SECRET))).toBe(false);
  });

  it('unknown buttons are acked and ignored', async () => {
    const engine = stubEngine({});
    const { client, slack } = await start(engine);
    const res = await client.click({
      userId: 'UMEMBER1',
      actionId: 'bedrock.launch_missiles',
      value: 'req-1',
      responseUrl: slack.responseUrl('c'),
    });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(engine.actions).toHaveLength(0);
  });

  it('a Web API rate limit is waited out (Retry-After) within the retry budget', async () => {
    const engine = stubEngine({
      text: () => reply({ audience: 'approvers', outcome: msg('card'), requestId: 'r' }),
    });
    const { client, slack } = await start(engine);
    slack.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    await client.command({ userId: 'UMEMBER1', text: 'key', responseUrl: slack.responseUrl('k') });
    await slack.waitFor((calls) => calls.filter((c) => c.method === 'chat.postMessage').length === 2, 8_000);
    expect(slack.callsTo('response_url')).toHaveLength(0);
  });
});

describe('expiry sweep', () => {
  it('calls expireStale periodically and updates the approval card from the ledger context', async () => {
    let expired = false;
    const engine = stubEngine({
      expire: () => {
        if (expired) return reply();
        expired = true;
        return reply({ audience: 'replace-source', requestId: 'req-e', outcome: msg('Expired') });
      },
    });
    h = await startSlackHarness({ loadEngine: async () => engine, expirySweepMs: 30 });
    await h.ledger.insert({
      id: 'req-e',
      createdAt: new Date(),
      updatedAt: new Date(),
      expiresAt: new Date(),
      requesterId: 'UMEMBER1',
      requesterName: 'ada',
      requesterEmail: null,
      surface: 'slash',
      intent: 'key',
      businessUnit: null,
      state: 'expired',
      payload: {},
      context: { approvalChannel: APPROVAL_CHANNEL, approvalTs: '1772445600.000077' },
    });
    await h.slack.waitFor((calls) => calls.some((c) => c.method === 'chat.update'));
    expect(h.slack.callsTo('chat.update')[0]?.body).toMatchObject({
      channel: APPROVAL_CHANNEL,
      ts: '1772445600.000077',
      text: 'Not allowed: Expired',
    });
  });

  it('a failing sweep is logged and does not stop the timer', async () => {
    const expire = vi.fn(async (): Promise<Reply> => {
      throw new Error('ledger busy');
    });
    const engine = { ...stubEngine({}), expireStale: expire };
    h = await startSlackHarness({ loadEngine: async () => engine, expirySweepMs: 20 });
    await eventually(() => expect(expire.mock.calls.length).toBeGreaterThanOrEqual(2));
    expect(h.logs.lines.some((l) => l.includes('the expiry sweep failed'))).toBe(true);
  });
});
