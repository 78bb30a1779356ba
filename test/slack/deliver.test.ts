/**
 * Delivery, unit-tested through its narrow port with an in-memory Slack: where each audience goes
 * for each origin, and that a secret only ever reaches the person who acted, ephemerally.
 */
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/core/outcome.js';
import { Secret } from '../../src/core/secret.js';
import { renderReply } from '../../src/render/render-reply.js';
import { createDeliverer, type Origin, type Respond } from '../../src/slack/deliver.js';
import type { SlackDeliveryPort, SlackPayload } from '../../src/slack/delivery-port.js';
import type { Delivery } from '../../src/core/engine-api.js';
import { createMemoryLedger } from '../fakes/memory-ledger.js';
import { tokenOutcome } from '../render/fixtures.js';
import { captureLogs } from '../support/slack-harness.js';

const SECRET = 'bedrock-api-key-UNITSECRETVALUE0123456789abcdef';

interface Call {
  method: string;
  channel?: string;
  user?: string;
  ts?: string;
  threadTs?: string;
  text: string;
  raw: string;
}

function memorySlack() {
  const calls: Call[] = [];
  let ts = 0;
  const record = (method: string, payload: SlackPayload, extra: Partial<Call>) =>
    calls.push({ method, text: payload.text, raw: JSON.stringify(payload), ...extra });
  const port: SlackDeliveryPort = {
    async openDm(userId) {
      calls.push({ method: 'conversations.open', user: userId, text: '', raw: '' });
      return `D${userId}`;
    },
    async postMessage(channel, payload, threadTs) {
      ts += 1;
      record('chat.postMessage', payload, { channel, ...(threadTs ? { threadTs } : {}) });
      return `1772445600.${String(ts).padStart(6, '0')}`;
    },
    async postEphemeral(channel, user, payload, threadTs) {
      record('chat.postEphemeral', payload, { channel, user, ...(threadTs ? { threadTs } : {}) });
    },
    async update(channel, at, payload) {
      record('chat.update', payload, { channel, ts: at });
    },
    async userIdByEmail(email) {
      calls.push({ method: 'users.lookupByEmail', text: email, raw: '' });
      return { 'alan@example.com': 'UMEMBER2', 'grace@example.com': 'UADMIN01' }[email];
    },
  };
  const respond =
    (name: string): Respond =>
    async (message) => {
      calls.push({ method: `respond:${name}`, text: message.text, raw: JSON.stringify(message) });
    };
  return { port, calls, respond };
}

function setup(approvalChannelId: string | null = null) {
  const slack = memorySlack();
  const ledger = createMemoryLedger();
  const logs = captureLogs();
  const deliverer = createDeliverer({
    slack: slack.port,
    ledger,
    logger: logs.logger,
    approvalChannelId,
    adminUserIds: ['UADMIN01', 'UADMIN02'],
  });
  const deliver = (origin: Origin, ...deliveries: Delivery[]) =>
    deliverer.deliver(renderReply({ deliveries, at: new Date('2026-03-02T10:00:00Z') }, '/bedrock'), origin);
  return { ...slack, ledger, logs, deliver };
}

const note = (text: string): Outcome => ({ type: 'refused', reason: text });
const secret = (): Outcome => tokenOutcome({ token: new Secret(SECRET) });

describe('createDeliverer over the delivery port', () => {
  it('a slash command answers privately through response_url; a secret goes only there', async () => {
    const t = setup();
    const origin: Origin = {
      kind: 'slash',
      userId: 'UMEMBER1',
      channelId: 'CTEAM1',
      respond: t.respond('cmd'),
    };
    await t.deliver(origin, { audience: 'requester-private', outcome: secret() });
    expect(t.calls.map((c) => c.method)).toEqual(['respond:cmd']);
    expect(t.calls[0]?.raw).toContain(SECRET);
    expect(t.calls[0]?.raw).toContain('"response_type":"ephemeral"');
  });

  it('a mention answers in its thread, privately with chat.postEphemeral and visibly with chat.postMessage', async () => {
    const t = setup();
    const origin: Origin = { kind: 'mention', userId: 'UMEMBER1', channelId: 'CTEAM1', threadTs: '111.1' };
    await t.deliver(
      origin,
      { audience: 'requester-private', outcome: note('private') },
      { audience: 'conversation', outcome: note('visible') },
    );
    expect(t.calls).toMatchObject([
      { method: 'chat.postEphemeral', channel: 'CTEAM1', user: 'UMEMBER1', threadTs: '111.1' },
      { method: 'chat.postMessage', channel: 'CTEAM1', threadTs: '111.1' },
    ]);
  });

  it("the unit owner's copy: their DM, recorded with the card (whichever went first), then updated with it", async () => {
    const t = setup('CAPPROVALS');
    await t.ledger.insert(pendingRequest('req-2'));
    const from: Origin = { kind: 'dm', userId: 'UMEMBER1', channelId: 'DMEMBER1' };
    // The owner's copy first (as when the card's own post is retried later from the outbox).
    await t.deliver(from, {
      audience: 'unit-owner',
      outcome: note('card'),
      requestId: 'req-2',
      ownerEmail: 'alan@example.com',
    });
    await t.deliver(from, { audience: 'approvers', outcome: note('card'), requestId: 'req-2' });
    expect(t.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.channel)).toEqual([
      'DUMEMBER2',
      'CAPPROVALS',
    ]);
    const context = (await t.ledger.get('req-2'))?.context;
    expect(context?.approvalChannel).toBe('CAPPROVALS');
    expect(context?.approvalCopies?.split(',').map((r) => r.split(':')[0])).toEqual([
      'DUMEMBER2',
      'CAPPROVALS',
    ]);
    t.calls.length = 0;
    await t.deliver(
      { kind: 'sweep' },
      { audience: 'replace-source', outcome: note('expired'), requestId: 'req-2' },
    );
    expect(t.calls.map((c) => [c.method, c.channel])).toEqual([
      ['chat.update', 'CAPPROVALS'],
      ['chat.update', 'DUMEMBER2'],
    ]);
  });

  it("no owner's copy for a decided request, an unknown email, or an admin who already gets one by DM", async () => {
    const t = setup(null);
    const from: Origin = { kind: 'dm', userId: 'UMEMBER1', channelId: 'DMEMBER1' };
    const copy = (requestId: string, ownerEmail: string): Delivery => ({
      audience: 'unit-owner',
      outcome: note('card'),
      requestId,
      ownerEmail,
    });
    await t.ledger.insert({ ...pendingRequest('req-3'), state: 'denied' });
    await t.deliver(from, copy('req-3', 'alan@example.com'));
    await t.ledger.insert(pendingRequest('req-4'));
    await t.deliver(from, copy('req-4', 'nobody@example.com'), copy('req-4', 'grace@example.com'));
    expect(t.calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    expect((await t.ledger.get('req-4'))?.context.approvalCopies).toBeUndefined();
  });

  it("an owner's copy posted while the request is decided loses its buttons at once", async () => {
    const t = setup('CAPPROVALS');
    await t.ledger.insert(pendingRequest('req-5'));
    const post = t.port.postMessage;
    // An admin denies the request in the approval channel while the owner's copy is on its way.
    t.port.postMessage = async (channel, payload, threadTs) => {
      const ts = await post(channel, payload, threadTs);
      if (channel === 'DUMEMBER2')
        await t.ledger.transition('req-5', ['awaiting_approval'], 'denied', {
          at: new Date(),
          kind: 'denied',
          actorId: 'UADMIN01',
          actorName: 'grace',
          businessUnit: 'marketing',
          detail: 'denied by grace',
        });
      return ts;
    };
    await t.deliver(
      { kind: 'dm', userId: 'UMEMBER1', channelId: 'DMEMBER1' },
      { audience: 'unit-owner', outcome: note('card'), requestId: 'req-5', ownerEmail: 'alan@example.com' },
    );
    const update = t.calls.find((c) => c.method === 'chat.update');
    expect(update?.channel).toBe('DUMEMBER2');
    expect(update?.text).toContain('decided while this copy was being sent');
    expect(update?.raw).not.toContain('"type":"button"');
  });

  it('without an approval channel, cards go to each admin by DM and every copy is updated later', async () => {
    const t = setup(null);
    await t.ledger.insert(pendingRequest('req-1'));
    await t.deliver(
      { kind: 'dm', userId: 'UMEMBER1', channelId: 'DMEMBER1' },
      { audience: 'approvers', outcome: note('card'), requestId: 'req-1' },
    );
    const posted = t.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.channel);
    expect(posted).toEqual(['DUADMIN01', 'DUADMIN02']);
    t.calls.length = 0;
    await t.deliver(
      { kind: 'sweep' },
      { audience: 'replace-source', outcome: note('expired'), requestId: 'req-1' },
    );
    expect(t.calls.map((c) => [c.method, c.channel])).toEqual([
      ['chat.update', 'DUADMIN01'],
      ['chat.update', 'DUADMIN02'],
    ]);
  });

  it('refuses a secret anywhere but privately to the person who acted, and logs no secret', async () => {
    const t = setup('CAPPROVALS');
    const origin: Origin = { kind: 'dm', userId: 'UMEMBER1', channelId: 'DMEMBER1' };
    for (const audience of [
      'conversation',
      'approvers',
      'requester-dm',
      'replace-source',
      'unit-owner',
    ] as const) {
      await expect(t.deliver(origin, { audience, outcome: secret() })).rejects.toThrow(
        /Refused to deliver a secret/,
      );
    }
    await expect(
      t.deliver(origin, { audience: 'requester-dm', outcome: note(`looks like ${SECRET}`) }),
    ).rejects.toThrow(/Refused to deliver a secret/);
    await expect(
      t.deliver({ kind: 'sweep' }, { audience: 'requester-private', outcome: secret() }),
    ).rejects.toThrow(/nobody to show it to/);
    expect(t.calls.some((c) => c.raw.includes(SECRET))).toBe(false);
    expect(t.logs.lines.join('\n')).not.toContain(SECRET);
  });
});

function pendingRequest(id: string) {
  return {
    id,
    createdAt: new Date(),
    updatedAt: new Date(),
    expiresAt: new Date(),
    requesterId: 'UMEMBER1',
    requesterName: 'ada',
    requesterEmail: null,
    surface: 'dm' as const,
    intent: 'create_key' as const,
    businessUnit: 'marketing',
    state: 'awaiting_approval' as const,
    payload: {},
    context: {},
  };
}
