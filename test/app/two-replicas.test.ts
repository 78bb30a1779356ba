/**
 * Two bot processes on one PostgreSQL ledger, as behind a load balancer: signed requests go to
 * both through Bolt's real HTTP receiver, the fake Slack Web API records what they send, and one
 * FakeAws (served to both processes) records what they do in AWS. Concurrent clicks, retried
 * events and approvals spread over both replicas: one execution, one key, one message each.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock } from '../fakes/fake-clock.js';
import { withButton } from '../support/e2e-bot.js';
import { startFakeSlack, type FakeSlack, type RecordedCall } from '../support/fake-slack.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres-db.js';
import { startReplicas, type Replica, type ReplicaSet } from '../support/replicas.js';
import { homeOpenedEvent } from '../support/home-client.js';
import { buttonIn } from '../support/slack-blocks.js';
import { mentionEvent } from '../support/slack-signing.js';

const SECRET = 'replicatestsigningsecret0123456789';
const BOT_TOKEN = 'xoxb-0000000000-replica-bot-token';
const ADMIN = 'UADMIN01';
const MEMBER = 'UMEMBER1';
const APPROVALS = 'CAPPROVALS';

let slack: FakeSlack;
let aws: FakeAws;
let db: TestDatabase;
let set: ReplicaSet;
let a: Replica;
let b: Replica;
let counter = 0;
/** Secrets of keys seeded before the replicas start (never handed out by the bot). */
let seeded = 0;

beforeAll(async () => {
  slack = await startFakeSlack();
  aws = new FakeAws({ clock: new FakeClock(new Date()) });
  // A unit whose API key expires in three days: its owner (ada, UMEMBER1) is due a 7-day reminder.
  aws.seedUser({
    userName: 'marketing-bedrock-user',
    tags: [
      { key: 'business-unit', value: 'marketing' },
      { key: 'owner', value: 'ada@example.com' },
    ],
  });
  aws.seedApiKey('marketing-bedrock-user', { expiresAt: new Date(Date.now() + 3 * 86_400_000) });
  seeded = aws.issuedSecrets.length;
  db = await createTestDatabase();
  set = await startReplicas({
    count: 2,
    aws,
    signingSecret: SECRET,
    env: {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: db.url,
      ADMIN_USER_IDS: ADMIN,
      APPROVAL_CHANNEL_ID: APPROVALS,
      LOG_LEVEL: 'debug',
      REMINDER_CHECK_INTERVAL: '10s',
    },
  });
  [a, b] = set.replicas as [Replica, Replica];
}, 60_000);

afterAll(async () => {
  await set?.stop();
  await slack?.close();
  await db?.drop();
});

async function settle(quietMs = 150): Promise<void> {
  let seen = -1;
  while (seen !== slack.calls.length) {
    seen = slack.calls.length;
    await new Promise((r) => setTimeout(r, quietMs));
  }
}

function slash(replica: Replica, userId: string, text: string) {
  counter += 1;
  return replica.client.command({
    userId,
    text,
    channelId: 'CTEAM001',
    responseUrl: slack.responseUrl(`${userId}-${counter}`),
  });
}

function click(
  replica: Replica,
  userId: string,
  button: { actionId: string; value: string },
  where: { channelId: string; messageTs?: string; isEphemeral?: boolean },
) {
  counter += 1;
  return replica.client.click({
    userId,
    actionId: button.actionId,
    value: button.value,
    responseUrl: slack.responseUrl(`${userId}-${counter}`),
    ...where,
  });
}

const since = (before: number): RecordedCall[] => slack.calls.slice(before);
const withButtonSince = (before: number, actionId: string): RecordedCall | undefined =>
  withButton(since(before), actionId);

describe('two replicas on one PostgreSQL', () => {
  it('both are ready: the shared ledger answers, Slack is up, the AWS identity is known', async () => {
    for (const replica of [a, b]) {
      await expect
        .poll(async () => (await fetch(`${replica.baseUrl}/readyz`)).status, { timeout: 15_000 })
        .toBe(200);
    }
  });

  it('an approval clicked on both replicas at once, then a reveal clicked on both: one key, shown once', async () => {
    const before = slack.calls.length;
    expect((await slash(a, MEMBER, 'create an api key for research')).status).toBe(200);
    await slack.waitFor((calls) => withButton(calls.slice(before), 'bedrock.approve') !== undefined, 10_000);
    const card = withButtonSince(before, 'bedrock.approve') as RecordedCall;
    const approve = buttonIn(card, 'bedrock.approve');
    if (approve === undefined) throw new Error('no approve button');
    const onCard = { channelId: APPROVALS, messageTs: String(card.response?.ts) };

    const clicks = await Promise.all([
      click(a, ADMIN, approve, onCard),
      click(b, ADMIN, approve, onCard),
      click(a, ADMIN, approve, onCard),
      click(b, ADMIN, approve, onCard),
    ]);
    expect(clicks.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    await slack.waitFor((calls) => withButton(calls.slice(before), 'bedrock.reveal') !== undefined, 10_000);
    await settle();
    const notices = since(before).filter((c) => buttonIn(c, 'bedrock.reveal') !== undefined);
    expect(notices).toHaveLength(1);
    // Every click re-renders the card, and all of them show the one decision that was taken.
    const cardUpdates = since(before).filter((c) => c.method === 'chat.update');
    expect(cardUpdates.length).toBeGreaterThanOrEqual(1);
    expect(new Set(cardUpdates.map((c) => String(c.body.text))).size).toBe(1);
    expect(String(cardUpdates[0]?.body.text)).toMatch(/approved/i);

    const reveal = buttonIn(notices[0], 'bedrock.reveal');
    if (reveal === undefined) throw new Error('no reveal button');
    const inDm = { channelId: 'DMEMBER1', messageTs: String(notices[0]?.response?.ts) };
    const revealedFrom = slack.calls.length;
    await Promise.all([
      click(a, MEMBER, reveal, inDm),
      click(b, MEMBER, reveal, inDm),
      click(b, MEMBER, reveal, inDm),
      click(a, MEMBER, reveal, inDm),
    ]);
    await slack.waitFor(
      (calls) => calls.slice(revealedFrom).filter((c) => c.method === 'response_url').length >= 4,
      10_000,
    );
    await settle();
    expect(aws.callsTo('createApiKey')).toHaveLength(1);
    expect(aws.issuedSecrets.slice(seeded)).toHaveLength(1);
    const [secret] = aws.issuedSecrets.slice(seeded) as [string];
    const carriers = slack.calls.filter((c) => c.raw.includes(secret));
    expect(carriers).toHaveLength(1);
    expect(carriers[0]).toMatchObject({ method: 'response_url', body: { response_type: 'ephemeral' } });
  });

  it('an admin confirm clicked on both replicas at once creates one access key', async () => {
    const before = slack.calls.length;
    await slash(b, ADMIN, 'create an access key for sales');
    await slack.waitFor((calls) => withButton(calls.slice(before), 'bedrock.confirm') !== undefined, 10_000);
    const offer = withButtonSince(before, 'bedrock.confirm') as RecordedCall;
    const confirm = buttonIn(offer, 'bedrock.confirm');
    if (confirm === undefined) throw new Error('no confirm button');
    const where = { channelId: 'CTEAM001', isEphemeral: true };
    const keysBefore = aws.callsTo('createAccessKey').length;
    await Promise.all([
      click(a, ADMIN, confirm, where),
      click(b, ADMIN, confirm, where),
      click(a, ADMIN, confirm, where),
      click(b, ADMIN, confirm, where),
    ]);
    await slack.waitFor(
      (calls) => calls.slice(before).filter((c) => c.method === 'response_url').length >= 5,
      10_000,
    );
    await settle();
    expect(aws.callsTo('createAccessKey').length - keysBefore).toBe(1);
    const secret = aws.issuedSecrets.at(-1) as string;
    expect(slack.calls.filter((c) => c.raw.includes(secret))).toHaveLength(1);
  });

  it('a mention retried by Slack to the other replica issues one token and one message', async () => {
    const before = slack.calls.length;
    const tokensBefore = aws.callsTo('issueBearerToken').length;
    const event = mentionEvent({ userId: MEMBER, text: 'token for 1h please' });
    const retry = (n: number) => ({
      headers: { 'x-slack-retry-num': String(n), 'x-slack-retry-reason': 'http_timeout' },
    });
    const answers = await Promise.all([
      a.client.event(event, 'Ev0REPLICA01'),
      b.client.event(event, 'Ev0REPLICA01', retry(1)),
      a.client.event(event, 'Ev0REPLICA01', retry(2)),
      b.client.event(event, 'Ev0REPLICA01', retry(3)),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    await slack.waitFor(
      (calls) => calls.slice(before).some((c) => c.method === 'chat.postEphemeral'),
      10_000,
    );
    await settle();
    expect(aws.callsTo('issueBearerToken').length - tokensBefore).toBe(1);
    expect(since(before).filter((c) => c.method === 'chat.postEphemeral')).toHaveLength(1);
  });

  it('the metrics of both replicas add up to what happened, without names or secrets', async () => {
    const texts = await Promise.all([a, b].map(async (r) => (await fetch(`${r.baseUrl}/metrics`)).text()));
    const total = (pattern: RegExp): number =>
      texts.reduce((sum, text) => sum + Number(pattern.exec(text)?.[1] ?? 0), 0);
    expect(total(/^bedrock_bot_credentials_issued_total\{kind="api_key"\} (\d+)$/m)).toBe(1);
    expect(total(/^bedrock_bot_credentials_issued_total\{kind="access_key"\} (\d+)$/m)).toBe(1);
    expect(total(/^bedrock_bot_credentials_issued_total\{kind="bearer_token"\} (\d+)$/m)).toBe(1);
    for (const text of texts) {
      for (const word of [MEMBER, ADMIN, 'ada', 'grace', 'research', 'sales', ...aws.issuedSecrets])
        expect(text).not.toContain(word);
    }
  });

  it('a change made on one replica shows on the Home tab opened on the other', async () => {
    const before = slack.calls.length;
    const publishedFor = (from: number, userId: string, text: string) =>
      slack.calls
        .slice(from)
        .some(
          (c) =>
            c.method === 'views.publish' &&
            c.body.user_id === userId &&
            JSON.stringify(c.body).includes(text),
        );
    await a.client.event(homeOpenedEvent(MEMBER), 'Ev0HOMEOPEN1');
    await a.client.event(homeOpenedEvent(ADMIN), 'Ev0HOMEOPEN2');
    await slack.waitFor(() => publishedFor(before, MEMBER, 'Bedrock access'), 10_000);
    await slack.waitFor(() => publishedFor(before, ADMIN, 'For admins'), 10_000);
    await settle();

    // Replica A saw the tabs opened; B handles what comes next, and publishes from the shared ledger.
    const afterOpen = slack.calls.length;
    await slash(b, MEMBER, 'token for 2h in us-west-2');
    await slack.waitFor(() => publishedFor(afterOpen, MEMBER, 'us-west-2'), 10_000);
    const afterToken = slack.calls.length;
    await slash(b, MEMBER, 'create an api key for billing');
    await slack.waitFor(() => publishedFor(afterToken, ADMIN, 'billing'), 10_000);
    await slack.waitFor(() => publishedFor(afterToken, MEMBER, 'waiting for approval'), 10_000);
    await settle();
    // Nobody else opened the tab: nothing is published for people who do not use it.
    const users = new Set(slack.callsTo('views.publish').map((c) => c.body.user_id));
    expect([...users].sort()).toEqual([ADMIN, MEMBER]);
  });

  it('both replicas look for reminders on their timers: the owner gets the expiry reminder once', async () => {
    const reminders = () =>
      slack
        .callsTo('chat.postMessage')
        .filter((c) => c.body.channel === 'DMEMBER1' && /expires in/.test(String(c.body.text)));
    await slack.waitFor(() => reminders().length > 0, 30_000);
    // Each replica's timer fires every 10 s; wait for both to have had another go.
    await new Promise((r) => setTimeout(r, 12_000));
    expect(reminders()).toHaveLength(1);
    expect(String(reminders()[0]?.body.text)).toMatch(/API key of marketing expires in 3 days/);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query("SELECT detail FROM events WHERE kind = 'reminded'");
    await client.end();
    expect(rows).toHaveLength(1);
  }, 60_000);

  it('stop gracefully on SIGTERM; no secret in either log or in the database', async () => {
    expect(await a.stop()).toBe(0);
    expect(await b.stop()).toBe(0);
    const logs = a.output() + b.output();
    expect(logs).toContain('"replicaReady"');
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const dump = JSON.stringify(
      await Promise.all(
        ['requests', 'events', 'claims'].map(async (t) => (await client.query(`SELECT * FROM ${t}`)).rows),
      ),
    );
    await client.end();
    expect(dump).toContain('research');
    for (const secret of [...aws.issuedSecrets, BOT_TOKEN, SECRET]) {
      expect(logs).not.toContain(secret);
      expect(dump).not.toContain(secret);
    }
  });
});
