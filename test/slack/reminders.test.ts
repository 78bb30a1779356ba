/**
 * Reminders end to end: the real Slack app, engine and SQLite ledger, the fake Slack Web API and
 * FakeAws, and a fake clock moved forward between passes. The unit's owner is found by email, gets
 * one DM per reminder (checked against Block Kit limits) whose Rotate and Details buttons work
 * through the real receiver; an admin who opted in gets the weekly digest once; no secret anywhere.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../src/render/block-kit.js';
import { limitViolations } from '../../src/render/limits.js';
import type { RecordedCall } from '../support/fake-slack.js';
import { ADMIN, MEMBER, MEMBER2, startE2EBot, withButton, type E2EBot } from '../support/e2e-bot.js';
import { buttonIn } from '../support/slack-blocks.js';
import { eventually } from '../support/slack-harness.js';

const DAY = 86_400_000;
let bot: E2EBot | null = null;
afterEach(async () => {
  await bot?.stop();
  bot = null;
});

function seed(b: E2EBot, owner: string, unit = 'marketing'): { apiKey: string; accessKey: string } {
  const now = b.clock.now().getTime();
  const userName = `${unit}-bedrock-user`;
  b.aws.seedUser({
    userName,
    tags: [
      { key: 'business-unit', value: unit },
      { key: 'owner', value: owner },
      // A unit the bot made (it manages only those and the provisioning workflow's).
      { key: 'created-by', value: 'bedrock-bot' },
    ],
  });
  const apiKey = b.aws.seedApiKey(userName, {
    createdAt: new Date(now - 4 * DAY),
    expiresAt: new Date(now + 10 * DAY),
  });
  const accessKey = b.aws.seedAccessKey(userName, { createdAt: new Date(now - 85 * DAY) });
  return { apiKey, accessKey };
}

const body = (c: RecordedCall | undefined): string => JSON.stringify(c?.body ?? null);

const posts = (b: E2EBot, channel?: string): RecordedCall[] =>
  b.slack.callsTo('chat.postMessage').filter((c) => channel === undefined || c.body.channel === channel);

function checkLimits(call: RecordedCall | undefined): void {
  expect(call).toBeDefined();
  const message = {
    text: String(call?.body.text),
    blocks: call?.body.blocks as Block[],
    containsSecret: false,
  };
  expect(limitViolations(message)).toEqual([]);
}

async function noSecrets(b: E2EBot): Promise<void> {
  const all = b.slack.calls.map((c) => c.raw).join('\n') + b.logs.lines.join('\n') + (await b.ledgerDump());
  for (const secret of b.aws.issuedSecrets) {
    expect(all).not.toContain(secret);
    expect(all).not.toContain(/SECRET-\d+/.exec(secret)?.[0] ?? secret);
  }
}

describe('reminders in Slack', () => {
  it('the owner gets one DM before the key expires, with Rotate and Details that work', async () => {
    const b = (bot = await startE2EBot({ logLevel: 'debug' }));
    const { apiKey } = seed(b, 'ada@example.com');
    await b.bot.remindNow();
    expect(posts(b)).toHaveLength(0);

    b.clock.advance({ days: 4 });
    await b.bot.remindNow();
    await b.bot.remindNow();
    const dms = posts(b, 'DMEMBER1');
    expect(dms).toHaveLength(1);
    const dm = dms[0];
    checkLimits(dm);
    expect(b.slack.callsTo('users.lookupByEmail')[0]?.body.email).toBe('ada@example.com');
    expect(String(dm?.body.text)).toMatch(/API key of marketing expires in 6 days/);
    expect(body(dm)).toContain('marketing-bedrock-user');
    expect(body(dm)).not.toContain(apiKey);
    expect(buttonIn(dm, 'bedrock.home.rotate')?.value).toBe('marketing');
    expect(buttonIn(dm, 'bedrock.home.details')?.value).toBe('marketing');

    // Details from the DM: the same engine, the answer privately in the DM.
    const details = await b.press(MEMBER, dm, 'bedrock.home.details');
    await eventually(() =>
      expect(
        [...details, ...b.slack.calls].some(
          (c) =>
            c.method === 'chat.postEphemeral' &&
            c.body.channel === 'DMEMBER1' &&
            c.body.user === MEMBER &&
            body(c).includes('Business unit marketing'),
        ),
      ).toBe(true),
    );
    // Rotate from the DM asks which key (the unit has both kinds) and changes nothing yet.
    await b.press(MEMBER, dm, 'bedrock.home.rotate');
    await eventually(() =>
      expect(withButton(b.slack.callsTo('chat.postEphemeral'), 'bedrock.choose.api-key')).toBeDefined(),
    );
    expect(b.aws.mutatingCalls()).toHaveLength(0);

    // The 1-day reminder, once; then the key expires and nothing more comes.
    b.clock.advance({ days: 5, hours: 12 });
    await b.bot.remindNow();
    await b.bot.remindNow();
    // The access key passed 90 days on the way: its rotation reminder came once too.
    const texts = posts(b, 'DMEMBER1').map((c) => String(c.body.text));
    expect(texts).toEqual([
      expect.stringMatching(/expires in 6 days/),
      expect.stringMatching(/API key of marketing expires in 12 h/),
      expect.stringMatching(/access key of marketing is due for rotation/),
    ]);
    b.clock.advance({ days: 2 });
    await b.bot.remindNow();
    expect(posts(b, 'DMEMBER1').map((c) => String(c.body.text))).toEqual(texts);
    await noSecrets(b);
  });

  it('an access key past its rotation age: one DM, key ID masked', async () => {
    const b = (bot = await startE2EBot({ settings: { reminderDaysBeforeExpiry: [] } }));
    const { accessKey } = seed(b, 'ada@example.com');
    b.clock.advance({ days: 6 });
    await b.bot.remindNow();
    await b.bot.remindNow();
    const dms = posts(b, 'DMEMBER1');
    expect(dms).toHaveLength(1);
    checkLimits(dms[0]);
    expect(String(dms[0]?.body.text)).toMatch(/access key of marketing is due for rotation/);
    expect(body(dms[0])).toContain(`${accessKey.slice(0, 4)}…${accessKey.slice(-4)}`);
    expect(body(dms[0])).not.toContain(accessKey);
  });

  it('an owner not in Slack is recorded and not asked again; a Slack failure is retried', async () => {
    const b = (bot = await startE2EBot());
    seed(b, 'nobody@example.com', 'ghosts');
    seed(b, 'alan@example.com', 'search');
    b.clock.advance({ days: 4 });
    b.slack.failNext('chat.postMessage', { error: 'fatal_error' });
    await b.bot.remindNow();
    expect(posts(b).filter((c) => c.response?.ok === true)).toHaveLength(0);
    await b.bot.remindNow();
    await b.bot.remindNow();
    expect(
      posts(b)
        .filter((c) => c.response?.ok === true)
        .map((c) => c.body.channel),
    ).toEqual(['DMEMBER2']);
    const dump = await b.ledgerDump();
    expect(dump).toMatch(/reminded nobody@example.com: .*not delivered: no such Slack member/);
    expect(
      b.slack.callsTo('users.lookupByEmail').filter((c) => c.body.email === 'nobody@example.com'),
    ).toHaveLength(1);
  });

  it('the weekly digest goes once to the admin who opted in, never to a member', async () => {
    const b = (bot = await startE2EBot({
      settings: {
        reminderDaysBeforeExpiry: [],
        accessKeyRotationDays: null,
        digestUserIds: [ADMIN, MEMBER2],
      },
    }));
    b.aws.seedUser({ userName: 'orphans-bedrock-user', tags: [{ key: 'business-unit', value: 'orphans' }] });
    // Whatever weekday it is, a week on is past Monday of the next ISO week.
    b.clock.advance({ days: 7 - ((b.clock.now().getUTCDay() + 6) % 7) });
    await b.bot.remindNow();
    await b.bot.remindNow();
    const digests = posts(b, 'DADMIN01');
    expect(digests).toHaveLength(1);
    checkLimits(digests[0]);
    expect(String(digests[0]?.body.text)).toMatch(
      /Weekly Bedrock digest \d{4}-W\d\d: 1 unit with hygiene flags/,
    );
    expect(body(digests[0])).toContain('orphans');
    expect(body(digests[0])).toContain('no owner');
    expect(posts(b, 'DMEMBER2')).toHaveLength(0);
    expect(b.logs.lines.some((l) => l.includes('names someone who is not an admin'))).toBe(true);
  });
});
