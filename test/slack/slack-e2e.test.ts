/**
 * End to end through the real code paths: signed HTTP requests into the real Slack app, the real
 * engine, parser, renderers and SQLite ledger; Slack's Web API and AWS faked at their edges.
 *
 * After every scenario the canary check runs: every secret AWS handed out must appear in exactly
 * one Slack call, an ephemeral one for the requester, and nowhere in the logs (debug level) or the
 * ledger.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../support/fake-slack.js';
import { ADMIN, MEMBER, MEMBER2, startE2EBot, withButton, type E2EBot } from '../support/e2e-bot.js';
import { limitViolations } from '../../src/render/limits.js';
import { buttonIn, textOf } from '../support/slack-blocks.js';
import { APPROVAL_CHANNEL, BOT_TOKEN, SIGNING_SECRET } from '../support/slack-harness.js';

let bot: E2EBot | null = null;

async function start(options: Parameters<typeof startE2EBot>[0] = {}): Promise<E2EBot> {
  bot = await startE2EBot({ logLevel: 'debug', ...options });
  return bot;
}

/** How each secret reached Slack: only privately, once, to the person it was for. */
async function assertSecretsOnlyShownPrivately(
  b: E2EBot,
  owners: Map<string, string> = new Map(),
): Promise<void> {
  const secrets = b.aws.issuedSecrets;
  // The whole value, and its distinctive core (FakeAws secrets look like "<kind>-SECRET-000042-xxxx…").
  const probes = (secret: string): string[] => [secret, ...(/SECRET-\d+/.exec(secret) ?? [])];
  for (const secret of secrets) {
    const carriers = b.slack.calls.filter((c) => probes(secret).some((p) => c.raw.includes(p)));
    // Seeded keys were never handed out by the bot: they must not show up at all.
    expect(
      carriers.length,
      `secret ${probes(secret).at(-1)} should be shown at most once`,
    ).toBeLessThanOrEqual(1);
    const [call] = carriers;
    if (call === undefined) continue;
    const privateResponse =
      call.method === 'response_url' &&
      call.body.response_type === 'ephemeral' &&
      call.body.replace_original !== true;
    expect(privateResponse || call.method === 'chat.postEphemeral', `secret went out by ${call.method}`).toBe(
      true,
    );
    expect(String(call.body.text)).not.toContain(secret);
    const owner = owners.get(secret);
    if (owner !== undefined) {
      const shownTo =
        call.method === 'chat.postEphemeral' ? String(call.body.user) : (call.responseId ?? '').split('-')[0];
      expect(shownTo).toBe(owner);
    }
  }
  const logs = b.logs.lines.join('\n');
  const ledger = await b.ledgerDump();
  for (const secret of [...secrets, BOT_TOKEN, SIGNING_SECRET]) {
    for (const probe of probes(secret)) {
      expect(logs.includes(probe), 'a secret is in the logs').toBe(false);
      expect(ledger.includes(probe), 'a secret is in the ledger').toBe(false);
    }
  }
}

afterEach(async () => {
  if (bot !== null) {
    try {
      await assertSecretsOnlyShownPrivately(bot);
    } finally {
      await bot.stop();
      bot = null;
    }
  }
});

const posts = (calls: RecordedCall[], method: string) => calls.filter((c) => c.method === method);

describe('short-term tokens', () => {
  it('by slash command: the token comes back ephemeral through the response_url only', async () => {
    const b = await start();
    const calls = await b.slash(MEMBER, 'token for 2h');
    expect(b.aws.issuedSecrets).toHaveLength(1);
    const [secret] = b.aws.issuedSecrets as [string];
    const carrier = calls.find((c) => c.raw.includes(secret));
    expect(carrier).toMatchObject({ method: 'response_url', body: { response_type: 'ephemeral' } });
    expect(posts(calls, 'chat.postMessage')).toHaveLength(0);
    await assertSecretsOnlyShownPrivately(b, new Map([[secret, MEMBER]]));
  });

  it('by mention: only a chat.postEphemeral to the person, in the thread; nothing secret in the channel', async () => {
    const b = await start();
    const calls = await b.mention(MEMBER, 'token please');
    const [secret] = b.aws.issuedSecrets as [string];
    const ephemeral = posts(calls, 'chat.postEphemeral');
    expect(ephemeral).toHaveLength(1);
    expect(ephemeral[0]?.body).toMatchObject({
      user: MEMBER,
      channel: 'CTEAM001',
      thread_ts: expect.any(String),
    });
    expect(ephemeral[0]?.raw).toContain(secret);
    for (const call of [...posts(calls, 'chat.postMessage'), ...posts(calls, 'chat.update')])
      expect(call.raw).not.toContain(secret);
    await assertSecretsOnlyShownPrivately(b, new Map([[secret, MEMBER]]));
  });

  it('by DM: works like the slash command, privately', async () => {
    const b = await start();
    const calls = await b.dm(MEMBER, 'token for 1h');
    expect(b.aws.issuedSecrets).toHaveLength(1);
    expect(posts(calls, 'chat.postEphemeral')[0]?.body).toMatchObject({ user: MEMBER, channel: 'DMEMBER1' });
  });

  it("a quoted request as Slack sends it (&gt; …) is someone else's words: no token, in a DM or a mention", async () => {
    const b = await start();
    await b.dm(MEMBER, '&gt; can I get a token for 2h please\nhaha, nice try');
    await b.mention(MEMBER, '\n&gt; token for 2h please\nlol');
    expect(b.aws.issuedSecrets).toHaveLength(0);
    // The same reply without the quote is a request.
    await b.dm(MEMBER, 'can I get a token for 2h please');
    expect(b.aws.issuedSecrets).toHaveLength(1);
  });

  it('a guest (restricted account) gets no token when guests are not allowed', async () => {
    const b = await start();
    const calls = await b.slash('UGUEST01', 'token for 1h');
    expect(b.aws.issuedSecrets).toHaveLength(0);
    expect(posts(calls, 'response_url')[0]?.body.response_type).toBe('ephemeral');
    expect(textOf(posts(calls, 'response_url')[0])).toMatch(/guest|restricted|not allowed/i);
  });

  it('/bedrock alone answers with help', async () => {
    const b = await start();
    const calls = await b.slash(MEMBER, '');
    expect(posts(calls, 'response_url')).toHaveLength(1);
    expect(textOf(calls[calls.length - 1])).toMatch(/\/bedrock/);
    expect(b.aws.mutatingCalls()).toHaveLength(0);
  });

  it('an AWS error is rendered with its fix, privately', async () => {
    const b = await start();
    b.aws.failNext('issueBearerToken', 'AccessDenied');
    const calls = await b.slash(MEMBER, 'token for 2h');
    const reply = posts(calls, 'response_url')[0];
    expect(reply?.body.response_type).toBe('ephemeral');
    const text = textOf(reply);
    expect(text).toMatch(/sts:AssumeRole|not allowed|permission/i);
    expect(text).toMatch(/fix|ask|add|grant|policy/i);
    expect(b.aws.issuedSecrets).toHaveLength(0);
  });
});

describe('long-term keys', () => {
  it('by an admin: confirm, then the secret ephemeral and the confirmation card replaced', async () => {
    const b = await start();
    const offer = await b.slash(ADMIN, 'create an api key for sales');
    const card = withButton(offer, 'bedrock.confirm');
    expect(card?.method).toBe('response_url');
    expect(b.aws.mutatingCalls()).toHaveLength(0);
    const done = await b.press(ADMIN, card, 'bedrock.confirm');
    expect(b.aws.callsTo('createApiKey')).toHaveLength(1);
    const [secret] = b.aws.issuedSecrets as [string];
    const shown = done.find((c) => c.raw.includes(secret));
    expect(shown?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(done.find((c) => c.body.replace_original === true)?.raw).not.toContain(secret);
    await assertSecretsOnlyShownPrivately(b, new Map([[secret, ADMIN]]));
  });

  it('by a member: approval card in the approval channel, admin approves, requester reveals once', async () => {
    const b = await start();
    const asked = await b.slash(MEMBER, 'create an api key for research');
    const card = withButton(asked, 'bedrock.approve');
    expect(card).toMatchObject({ method: 'chat.postMessage', body: { channel: APPROVAL_CHANNEL } });
    expect(posts(asked, 'response_url')[0]?.body.response_type).toBe('ephemeral');
    const record = await b.ledger.get(buttonIn(card, 'bedrock.approve')?.value ?? '');
    expect(record?.context).toMatchObject({
      approvalChannel: APPROVAL_CHANNEL,
      approvalTs: String(card?.response?.ts),
    });

    const approved = await b.press(ADMIN, card, 'bedrock.approve');
    expect(posts(approved, 'chat.update')[0]?.body).toMatchObject({
      channel: APPROVAL_CHANNEL,
      ts: String(card?.response?.ts),
    });
    const notice = withButton(approved, 'bedrock.reveal');
    expect(notice).toMatchObject({ method: 'chat.postMessage', body: { channel: 'DMEMBER1' } });
    expect(b.aws.mutatingCalls()).toHaveLength(0);

    const revealed = await b.press(MEMBER, notice, 'bedrock.reveal');
    expect(b.aws.callsTo('createApiKey')).toHaveLength(1);
    const [secret] = b.aws.issuedSecrets as [string];
    expect(revealed.find((c) => c.raw.includes(secret))).toMatchObject({
      method: 'response_url',
      body: { response_type: 'ephemeral' },
    });

    const again = await b.press(MEMBER, notice, 'bedrock.reveal');
    expect(b.aws.callsTo('createApiKey')).toHaveLength(1);
    expect(textOf(again[again.length - 1])).toMatch(/already|shown once/i);
    await assertSecretsOnlyShownPrivately(b, new Map([[secret, MEMBER]]));
  });

  it('denial: the card says so, the requester is told, nothing is created', async () => {
    const b = await start();
    const card = withButton(await b.slash(MEMBER, 'create an api key for research'), 'bedrock.deny');
    const denied = await b.press(ADMIN, card, 'bedrock.deny');
    expect(textOf(posts(denied, 'chat.update')[0])).toMatch(/denied/i);
    expect(posts(denied, 'chat.postMessage')[0]?.body.channel).toBe('DMEMBER1');
    expect(b.aws.mutatingCalls()).toHaveLength(0);
    // A late approve after the denial changes nothing.
    await b.press(ADMIN, card, 'bedrock.approve');
    expect(b.aws.mutatingCalls()).toHaveLength(0);
  });

  it('self-approval and approval by a non-admin are refused, privately', async () => {
    const b = await start();
    const card = withButton(await b.slash(MEMBER, 'create an api key for research'), 'bedrock.approve');
    const own = await b.press(MEMBER, card, 'bedrock.approve');
    expect(posts(own, 'chat.update')).toHaveLength(0);
    expect(posts(own, 'response_url')[0]?.body.response_type).toBe('ephemeral');
    expect(textOf(posts(own, 'response_url')[0])).toMatch(/own request/i);
    const other = await b.press(MEMBER2, card, 'bedrock.approve');
    expect(textOf(posts(other, 'response_url')[0])).toMatch(/admins/i);
    expect((await b.ledger.get(buttonIn(card, 'bedrock.approve')?.value ?? ''))?.state).toBe(
      'awaiting_approval',
    );
  });

  it('an expired approval is refused and its card updated', async () => {
    const b = await start();
    const card = withButton(await b.slash(MEMBER, 'create an api key for research'), 'bedrock.approve');
    b.clock.advance({ hours: 25 });
    const late = await b.press(ADMIN, card, 'bedrock.approve');
    expect(textOf(posts(late, 'response_url')[0])).toMatch(/expired/i);
    expect(textOf(posts(late, 'chat.update')[0])).toMatch(/expired/i);
    expect(posts(late, 'chat.update')[0]?.body.ts).toBe(String(card?.response?.ts));
    expect(b.aws.mutatingCalls()).toHaveLength(0);
  });

  it('the expiry sweep expires a stale approval, updates its card and tells the requester', async () => {
    const b = await start({ expirySweepMs: 40 });
    const card = withButton(await b.slash(MEMBER, 'create an api key for research'), 'bedrock.approve');
    b.clock.advance({ hours: 25 });
    await b.slack.waitFor((calls) => calls.some((c) => c.method === 'chat.update'));
    await b.settle();
    const update = b.slack.callsTo('chat.update')[0];
    expect(update?.body).toMatchObject({ channel: APPROVAL_CHANNEL, ts: String(card?.response?.ts) });
    expect(textOf(update)).toMatch(/expired/i);
    expect(b.slack.callsTo('chat.postMessage').some((c) => c.body.channel === 'DMEMBER1')).toBe(true);
    expect((await b.ledger.get(buttonIn(card, 'bedrock.approve')?.value ?? ''))?.state).toBe('expired');
  });

  it('a double click (two concurrent approvals, then two concurrent reveals) executes once', async () => {
    const b = await start();
    const card = withButton(await b.slash(MEMBER, 'create an api key for research'), 'bedrock.approve');
    const approveButton = buttonIn(card, 'bedrock.approve');
    if (card === undefined || approveButton === undefined) throw new Error('no card');
    const where = { channelId: APPROVAL_CHANNEL, messageTs: String(card.response?.ts) };
    await Promise.all([b.click(ADMIN, approveButton, where), b.click(ADMIN, approveButton, where)]);
    await b.settle();
    const notices = b.slack
      .callsTo('chat.postMessage')
      .filter((c) => buttonIn(c, 'bedrock.reveal') !== undefined);
    expect(notices).toHaveLength(1);
    const reveal = buttonIn(notices[0], 'bedrock.reveal');
    if (reveal === undefined) throw new Error('no reveal');
    const dmWhere = { channelId: 'DMEMBER1', messageTs: String(notices[0]?.response?.ts) };
    await Promise.all([b.click(MEMBER, reveal, dmWhere), b.click(MEMBER, reveal, dmWhere)]);
    await b.settle();
    expect(b.aws.callsTo('createApiKey')).toHaveLength(1);
    expect(b.aws.issuedSecrets).toHaveLength(1);
  });

  it('rotate: a new key shown once, then the old key deleted on request', async () => {
    const b = await start();
    b.aws.seedUser({
      userName: 'research-bedrock-user',
      tags: [
        { key: 'business-unit', value: 'research' },
        { key: 'purpose', value: 'bedrock' },
        { key: 'created-by', value: 'bedrock-bot' },
      ],
    });
    const oldKey = b.aws.seedApiKey('research-bedrock-user');
    const offer = await b.slash(ADMIN, 'rotate the api key for research');
    const done = await b.press(ADMIN, withButton(offer, 'bedrock.confirm'), 'bedrock.confirm');
    expect(b.aws.callsTo('createApiKey')).toHaveLength(1);
    const secretMessage = withButton(done, 'bedrock.delete_old');
    expect(secretMessage?.body.response_type).toBe('ephemeral');
    const deleted = await b.press(ADMIN, secretMessage, 'bedrock.delete_old');
    expect(b.aws.callsTo('deleteApiKey').map((args) => args[1])).toEqual([oldKey]);
    // The secret message is replaced by a summary that holds no secret.
    expect(deleted.some((c) => c.body.replace_original === true)).toBe(true);
    expect(b.aws.userState('research-bedrock-user')?.apiKeys).toHaveLength(1);
  });

  it('revoke: every key of the unit deleted after confirmation', async () => {
    const b = await start();
    b.aws.seedUser({
      userName: 'research-bedrock-user',
      tags: [
        { key: 'business-unit', value: 'research' },
        { key: 'created-by', value: 'bedrock-bot' },
      ],
    });
    b.aws.seedApiKey('research-bedrock-user');
    b.aws.seedAccessKey('research-bedrock-user');
    const offer = await b.slash(ADMIN, 'revoke all keys for research');
    expect(b.aws.mutatingCalls()).toHaveLength(0);
    await b.press(ADMIN, withButton(offer, 'bedrock.confirm'), 'bedrock.confirm');
    expect(b.aws.userState('research-bedrock-user')?.apiKeys).toHaveLength(0);
    expect(b.aws.userState('research-bedrock-user')?.accessKeys).toHaveLength(0);
  });

  it('deprovision: the IAM user is removed after confirmation', async () => {
    const b = await start();
    b.aws.seedUser({
      userName: 'research-bedrock-user',
      tags: [
        { key: 'business-unit', value: 'research' },
        { key: 'created-by', value: 'bedrock-bot' },
      ],
    });
    b.aws.seedApiKey('research-bedrock-user');
    const offer = await b.slash(ADMIN, 'deprovision research');
    await b.press(ADMIN, withButton(offer, 'bedrock.confirm'), 'bedrock.confirm');
    expect(b.aws.userState('research-bedrock-user')).toBeUndefined();
  });
});

describe('transport', () => {
  it('refuses a bad signature, a stale and a future timestamp with 401; health stays 200 without secrets', async () => {
    const b = await start();
    const fields = { userId: MEMBER, text: 'token', responseUrl: b.slack.responseUrl('x') };
    const nowSeconds = Math.floor(b.clock.now().getTime() / 1000);
    expect((await b.client.command(fields, { signature: 'v0=00' })).status).toBe(401);
    expect((await b.client.command(fields, { timestampSeconds: nowSeconds - 301 })).status).toBe(401);
    expect((await b.client.command(fields, { timestampSeconds: nowSeconds + 301 })).status).toBe(401);
    await b.settle();
    expect(b.aws.calls).toHaveLength(0);
    const health = await fetch(`${b.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    const body = await health.text();
    expect(body).toBe('{"ok":true}');
    expect(body).not.toContain(BOT_TOKEN);
  });

  it('a retried mention (X-Slack-Retry-Num) issues no second token', async () => {
    const b = await start();
    const { mentionEvent } = await import('../support/slack-signing.js');
    const event = mentionEvent({ userId: MEMBER, text: 'token please' });
    await b.client.event(event, 'Ev0E2ERETRY');
    await b.client.event(event, 'Ev0E2ERETRY', {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    await b.client.event(event, 'Ev0E2ERETRY', {
      headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' },
    });
    await b.slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postEphemeral'));
    await b.settle();
    expect(b.aws.callsTo('issueBearerToken')).toHaveLength(1);
    expect(b.slack.callsTo('chat.postEphemeral')).toHaveLength(1);
  });
});

describe('canary', () => {
  it('every flow at debug level: secrets only in the one ephemeral response meant for the requester', async () => {
    // Owners may approve: the unit owner's DM copy of an approval card is one of the flows.
    const b = await start({ settings: { unitOwnersMayApprove: true } });
    const owners = new Map<string, string>();
    const track = (userId: string) => {
      for (const s of b.aws.issuedSecrets) if (!owners.has(s)) owners.set(s, userId);
    };
    await b.slash(MEMBER, 'token for 2h');
    track(MEMBER);
    await b.mention(MEMBER2, 'token for 1h');
    track(MEMBER2);
    await b.dm(ADMIN, 'token');
    track(ADMIN);
    await b.press(
      ADMIN,
      withButton(await b.slash(ADMIN, 'create an access key for sales'), 'bedrock.confirm'),
      'bedrock.confirm',
    );
    track(ADMIN);
    const card = withButton(await b.slash(MEMBER, 'create an api key for research'), 'bedrock.approve');
    const notice = withButton(await b.press(ADMIN, card, 'bedrock.approve'), 'bedrock.reveal');
    await b.press(MEMBER, notice, 'bedrock.reveal');
    track(MEMBER);
    await b.press(MEMBER, notice, 'bedrock.reveal');
    const rotation = await b.press(
      ADMIN,
      withButton(await b.slash(ADMIN, 'rotate the api key for research'), 'bedrock.confirm'),
      'bedrock.confirm',
    );
    track(ADMIN);
    await b.press(ADMIN, withButton(rotation, 'bedrock.delete_old'), 'bedrock.delete_old');
    await b.press(
      ADMIN,
      withButton(await b.slash(ADMIN, 'deprovision sales'), 'bedrock.confirm'),
      'bedrock.confirm',
    );
    // A unit alan (MEMBER2) owns: the card's DM copy goes to him, he approves there, the requester reveals.
    b.aws.seedUser({
      userName: 'marketing-bedrock-user',
      tags: [
        { key: 'business-unit', value: 'marketing' },
        { key: 'owner', value: 'alan@example.com' },
        { key: 'created-by', value: 'bedrock-bot' },
      ],
    });
    await b.slash(MEMBER, 'create an api key for marketing');
    await b.settle();
    const ownerCopy = b.slack
      .callsTo('chat.postMessage')
      .find((c) => c.body.channel === 'DMEMBER2' && buttonIn(c, 'bedrock.approve') !== undefined);
    const ownerNotice = withButton(await b.press(MEMBER2, ownerCopy, 'bedrock.approve'), 'bedrock.reveal');
    await b.press(MEMBER, ownerNotice, 'bedrock.reveal');
    track(MEMBER);
    await b.settle();
    await b.slash(ADMIN, 'history');
    await b.slash(ADMIN, 'list');
    await b.slash(ADMIN, 'list everything owned by alan@example.com');
    // Spend reads figures, never a secret, and changes nothing.
    b.aws.setCostAllocationTag('iamPrincipal/business-unit', 'Active');
    const spend = await b.slash(ADMIN, 'spend for research last 7 days');
    expect(textOf(spend[0])).toMatch(/Bedrock spend: research/);

    // The Home tab of everyone involved, and the reminder DMs (a seeded key near expiry and the
    // keys the flows made): seeded secrets must never show anywhere.
    b.aws.seedUser({
      userName: 'crm-bedrock-user',
      tags: [
        { key: 'business-unit', value: 'crm' },
        { key: 'owner', value: 'ada@example.com' },
      ],
    });
    b.aws.seedApiKey('crm-bedrock-user', { expiresAt: new Date(b.clock.now().getTime() + 2 * 86_400_000) });
    b.aws.seedAccessKey('crm-bedrock-user', {
      createdAt: new Date(b.clock.now().getTime() - 200 * 86_400_000),
    });
    for (const userId of [MEMBER, MEMBER2, ADMIN]) {
      await b.client.event({ type: 'app_home_opened', user: userId, tab: 'home', event_ts: '1.1' });
    }
    await b.bot.remindNow();
    await b.settle();
    expect(b.slack.callsTo('views.publish').length).toBeGreaterThanOrEqual(3);
    expect(
      b.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'DMEMBER1').length,
    ).toBeGreaterThanOrEqual(2);

    expect(owners.size).toBeGreaterThanOrEqual(5);
    for (const secret of owners.keys()) expect(b.slack.calls.some((c) => c.raw.includes(secret))).toBe(true);
    expect(b.logs.lines.some((l) => l.includes('"level":20'))).toBe(true);
    await assertSecretsOnlyShownPrivately(b, owners);
  });
});

describe('spend per business unit', () => {
  const TAG = 'iamPrincipal/business-unit';
  const seedUnit = (b: E2EBot): void => {
    b.aws.seedUser({
      userName: 'marketing-bedrock-user',
      tags: [
        { key: 'business-unit', value: 'marketing' },
        { key: 'owner', value: 'ada@example.com' },
      ],
    });
    b.aws.seedApiKey('marketing-bedrock-user');
  };

  it('"spend for marketing" by its owner: this month\'s Bedrock cost, privately, within Block Kit limits', async () => {
    const b = await start();
    seedUnit(b);
    b.aws.setCostAllocationTag(TAG, 'Active');
    const today = b.clock.now().toISOString().slice(0, 10);
    b.aws.seedCost({
      tagKey: TAG,
      tagValue: 'marketing',
      date: today,
      service: 'Amazon Bedrock',
      amount: 1.5,
    });
    b.aws.seedCost({
      tagKey: TAG,
      tagValue: 'marketing',
      date: today,
      service: 'Claude Sonnet 4.6 (Amazon Bedrock Edition)',
      amount: 41.25,
    });
    const calls = await b.slash(MEMBER, 'spend for marketing');
    const [reply] = posts(calls, 'response_url');
    expect(reply?.body.response_type).toBe('ephemeral');
    const text = textOf(reply);
    expect(text).toMatch(/Bedrock spend: marketing/);
    expect(text).toContain('$42.75');
    expect(text).toContain('Claude Sonnet 4.6 (Amazon Bedrock Edition): $41.25');
    expect(text).toContain('iamPrincipal/business-unit=marketing');
    expect(
      limitViolations({
        text: String(reply?.body.text),
        blocks: reply?.body.blocks as never,
        containsSecret: false,
      }),
    ).toEqual([]);
    expect(posts(calls, 'chat.postMessage')).toHaveLength(0);
  });

  it('"what did marketing spend on bedrock last month" in a mention: answered only to the admin', async () => {
    const b = await start();
    seedUnit(b);
    b.aws.setCostAllocationTag(TAG, 'Active');
    const calls = await b.mention(ADMIN, 'what did marketing spend on bedrock last month');
    const ephemeral = posts(calls, 'chat.postEphemeral');
    expect(ephemeral).toHaveLength(1);
    expect(ephemeral[0]?.body.user).toBe(ADMIN);
    expect(textOf(ephemeral[0])).toMatch(/\$0\.00\* in \w+ \d{4}/);
    const asked = b.aws.callsTo('getCostByService')[0]?.[0] as { granularity: string; end: string };
    expect(asked.granularity).toBe('MONTHLY');
    expect(asked.end.endsWith('-01')).toBe(true);
  });

  it('someone who neither owns the unit nor is an admin is refused, and Cost Explorer is not asked', async () => {
    const b = await start();
    seedUnit(b);
    b.aws.setCostAllocationTag(TAG, 'Active');
    const calls = await b.slash(MEMBER2, 'spend for marketing');
    expect(textOf(posts(calls, 'response_url')[0])).toMatch(/Only bot admins and the business unit's owner/);
    expect(b.aws.callsTo('getCostByService')).toEqual([]);
    expect(b.aws.callsTo('listCostAllocationTags')).toEqual([]);
  });

  it('a tag not yet activated for cost allocation: what the admin must do, with the command', async () => {
    const b = await start();
    seedUnit(b);
    b.aws.setCostAllocationTag(TAG, 'Inactive');
    const calls = await b.slash(MEMBER, 'spend for marketing');
    const text = textOf(posts(calls, 'response_url')[0]);
    expect(text).toMatch(/cost allocation tag iamPrincipal\/business-unit is not active/);
    expect(text).toContain('update-cost-allocation-tags-status');
    expect(b.aws.callsTo('getCostByService')).toEqual([]);
  });
});

describe('list by owner', () => {
  const seedUnits = (b: E2EBot): void => {
    for (const [unit, owner] of [
      ['marketing', 'Ada@Example.com'],
      ['research', 'ada@example.com'],
      ['sales', 'alan@example.com'],
    ] as const) {
      b.aws.seedUser({
        userName: `${unit}-bedrock-user`,
        tags: [
          { key: 'business-unit', value: unit },
          { key: 'owner', value: owner },
        ],
      });
    }
  };

  it('an admin asks about a mentioned person: their Slack email picks their units, privately', async () => {
    const b = await start();
    seedUnits(b);
    const calls = await b.slash(ADMIN, `which units does <@${MEMBER}> own`);
    const [reply] = posts(calls, 'response_url');
    expect(reply?.body.response_type).toBe('ephemeral');
    const text = textOf(reply);
    expect(text).toContain('Units owned by ada@example.com: 2');
    expect(text).toContain('marketing');
    expect(text).toContain('research');
    expect(text).not.toContain('sales');
    expect(b.slack.callsTo('users.info').some((c) => c.body.user === MEMBER)).toBe(true);
    expect(posts(calls, 'chat.postMessage')).toHaveLength(0);
  });

  it('a member lists their own units by email; another person’s are refused', async () => {
    const b = await start();
    seedUnits(b);
    const own = textOf(
      posts(await b.slash(MEMBER, 'list everything owned by ADA@example.com'), 'response_url')[0],
    );
    expect(own).toContain('Units owned by ada@example.com: 2');
    const other = textOf(
      posts(await b.slash(MEMBER, 'list everything owned by alan@example.com'), 'response_url')[0],
    );
    expect(other).toContain("Only bot admins can list another person's business units.");
    expect(other).not.toContain('sales');
  });
});

describe("the unit owner's copy of an approval card", () => {
  const OWNER_DM = 'DMEMBER2'; // alan (MEMBER2) owns marketing, by the email in its owner tag
  const seedMarketing = (b: E2EBot, owner = 'alan@example.com'): void => {
    b.aws.seedUser({
      userName: 'marketing-bedrock-user',
      tags: [
        { key: 'business-unit', value: 'marketing' },
        { key: 'owner', value: owner },
        { key: 'created-by', value: 'bedrock-bot' },
      ],
    });
  };
  const owners = { settings: { unitOwnersMayApprove: true } };
  /** Every post and update of one message, in order. */
  const history = (b: E2EBot, channel: string, ts: string): RecordedCall[] =>
    b.slack.calls.filter(
      (c) =>
        (c.method === 'chat.postMessage' && c.body.channel === channel && String(c.response?.ts) === ts) ||
        (c.method === 'chat.update' && c.body.channel === channel && c.body.ts === ts),
    );
  const liveButtons = (c: RecordedCall | undefined): boolean =>
    buttonIn(c, 'bedrock.approve') !== undefined || buttonIn(c, 'bedrock.deny') !== undefined;

  async function ask(b: E2EBot, who = MEMBER, text = 'create an api key for marketing') {
    const before = b.slack.calls.length;
    const asked = await b.slash(who, text);
    await b.settle();
    const cards = b.slack.calls
      .slice(before)
      .filter((c) => c.method === 'chat.postMessage' && buttonIn(c, 'bedrock.approve') !== undefined);
    const card = cards.find((c) => c.body.channel === APPROVAL_CHANNEL);
    const copy = cards.find((c) => c.body.channel === OWNER_DM);
    return { asked, card, copy };
  }

  it('the owner gets a DM copy with the same buttons; approving there updates both copies', async () => {
    const b = await start(owners);
    seedMarketing(b);
    const { card, copy } = await ask(b);
    expect(card).toBeDefined();
    expect(copy).toBeDefined();
    expect(buttonIn(copy, 'bedrock.approve')?.value).toBe(buttonIn(card, 'bedrock.approve')?.value);
    expect(buttonIn(copy, 'bedrock.deny')).toBeDefined();
    expect(textOf(copy)).toBe(textOf(card));
    // Both copies are recorded with the request.
    const requestId = buttonIn(card, 'bedrock.approve')?.value ?? '';
    const record = await b.ledger.get(requestId);
    expect(record?.context.approvalCopies?.split(',')).toEqual([
      `${APPROVAL_CHANNEL}:${card?.response?.ts}`,
      `${OWNER_DM}:${copy?.response?.ts}`,
    ]);

    await b.press(MEMBER2, copy, 'bedrock.approve');
    await b.settle();
    for (const [channel, posted] of [
      [APPROVAL_CHANNEL, card],
      [OWNER_DM, copy],
    ] as const) {
      const now = history(b, channel, String(posted?.response?.ts)).at(-1);
      expect(now?.method).toBe('chat.update');
      expect(textOf(now)).toMatch(/approved/i);
      expect(liveButtons(now)).toBe(false);
    }
    expect(await b.ledgerDump()).toMatch(/"kind":"approved","actor_id":"UMEMBER2"/);
    const notice = withButton(b.slack.calls, 'bedrock.reveal');
    await b.press(MEMBER, notice, 'bedrock.reveal');
    expect(b.aws.callsTo('createApiKey')).toHaveLength(1);

    // A click on the stale channel copy afterwards: told it is decided, nothing happens again.
    const late = await b.press(ADMIN, card, 'bedrock.approve');
    expect(textOf(posts(late, 'response_url')[0])).toMatch(/already (approved|carried out)/i);
    expect(b.aws.callsTo('createApiKey')).toHaveLength(1);
  });

  it('a denial in the channel, and the expiry sweep, update the owner’s copy too', async () => {
    const b = await start({ ...owners, expirySweepMs: 40 });
    seedMarketing(b);
    const first = await ask(b);
    await b.press(ADMIN, first.card, 'bedrock.deny');
    await b.settle();
    const denied = history(b, OWNER_DM, String(first.copy?.response?.ts)).at(-1);
    expect(denied?.method).toBe('chat.update');
    expect(textOf(denied)).toMatch(/denied/i);
    expect(liveButtons(denied)).toBe(false);
    // The owner's stale copy: already decided, nothing created.
    const late = await b.press(MEMBER2, first.copy, 'bedrock.approve');
    expect(textOf(posts(late, 'response_url')[0])).toMatch(/denied|already/i);
    expect(b.aws.mutatingCalls()).toHaveLength(0);

    const second = await ask(b);
    const copyTs = String(second.copy?.response?.ts);
    expect(copyTs).not.toBe(String(first.copy?.response?.ts));
    b.clock.advance({ hours: 25 });
    await b.slack.waitFor((calls) =>
      calls.some((c) => c.method === 'chat.update' && c.body.channel === OWNER_DM && c.body.ts === copyTs),
    );
    await b.settle();
    for (const [channel, ts] of [
      [APPROVAL_CHANNEL, String(second.card?.response?.ts)],
      [OWNER_DM, copyTs],
    ] as const) {
      const now = history(b, channel, ts).at(-1);
      expect(textOf(now)).toMatch(/expired/i);
      expect(liveButtons(now)).toBe(false);
    }
  });

  it('a double click on both copies at once decides once', async () => {
    const b = await start(owners);
    seedMarketing(b);
    const { card, copy } = await ask(b);
    const onCard = buttonIn(card, 'bedrock.approve');
    const onCopy = buttonIn(copy, 'bedrock.approve');
    if (onCard === undefined || onCopy === undefined) throw new Error('no buttons');
    await Promise.all([
      b.click(ADMIN, onCard, { channelId: APPROVAL_CHANNEL, messageTs: String(card?.response?.ts) }),
      b.click(MEMBER2, onCopy, { channelId: OWNER_DM, messageTs: String(copy?.response?.ts) }),
    ]);
    await b.settle();
    const notices = b.slack
      .callsTo('chat.postMessage')
      .filter((c) => buttonIn(c, 'bedrock.reveal') !== undefined);
    expect(notices).toHaveLength(1);
    expect((await b.ledgerDump()).match(/"kind":"approved"/g)).toHaveLength(1);
    for (const [channel, posted] of [
      [APPROVAL_CHANNEL, card],
      [OWNER_DM, copy],
    ] as const)
      expect(liveButtons(history(b, channel, String(posted?.response?.ts)).at(-1))).toBe(false);
  });

  it('no copy when the owner asks themself, when owners may not approve, or for a new unit', async () => {
    const own = await start(owners);
    seedMarketing(own);
    expect((await ask(own, MEMBER2)).copy).toBeUndefined();
    await own.stop();
    bot = null;

    const off = await start();
    seedMarketing(off);
    const asked = await ask(off);
    expect(asked.card).toBeDefined();
    expect(asked.copy).toBeUndefined();
    expect(off.slack.callsTo('users.lookupByEmail')).toHaveLength(0);
    await off.stop();
    bot = null;

    const fresh = await start(owners);
    expect(
      (await ask(fresh, MEMBER, 'create an api key for newteam owner alan@example.com')).copy,
    ).toBeUndefined();
  });

  it('an owner tag nobody in the workspace has: the card alone, no error', async () => {
    const b = await start(owners);
    seedMarketing(b, 'gone@example.com');
    const { card, copy } = await ask(b);
    expect(card).toBeDefined();
    expect(copy).toBeUndefined();
    expect(b.logs.lines.join('\n')).not.toMatch(/could not deliver/);
  });
});
