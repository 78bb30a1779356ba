/**
 * App Home end to end: the real Slack app (signed requests into Bolt's receiver), the real engine
 * and SQLite ledger, the fake Slack Web API recording every views.publish, each view checked
 * against Block Kit limits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../src/render/block-kit.js';
import { HOME_VIEW_MAX_BLOCKS, viewViolations } from '../../src/render/home-view.js';
import { ADMIN, MEMBER, MEMBER2, startE2EBot, withButton, type E2EBot } from '../support/e2e-bot.js';
import { clickInView, httpClient, homeOpenedEvent, lastHome, viewText } from '../support/home-client.js';
import { APPROVAL_CHANNEL, eventually } from '../support/slack-harness.js';

let bot: E2EBot | null = null;
afterEach(async () => {
  await bot?.stop();
  bot = null;
});

async function start(): Promise<E2EBot> {
  bot = await startE2EBot();
  return bot;
}

async function openHome(b: E2EBot, userId: string): Promise<Array<Record<string, unknown>>> {
  const before = b.slack.callsTo('views.publish').length;
  const res = await b.client.event(homeOpenedEvent(userId));
  expect(res.status).toBe(200);
  await b.slack.waitFor((calls) => calls.filter((c) => c.method === 'views.publish').length > before);
  const blocks = lastHome(b.slack.calls, userId);
  expect(viewViolations({ blocks: blocks as unknown as Block[] })).toEqual([]);
  expect(blocks.length).toBeLessThanOrEqual(HOME_VIEW_MAX_BLOCKS);
  return blocks;
}

function seedMarketing(b: E2EBot, owner = 'ada@example.com'): { apiKey: string; accessKey: string } {
  const day = 86_400_000;
  const now = b.clock.now().getTime();
  b.aws.seedUser({
    userName: 'marketing-bedrock-user',
    // A unit the bot made (it manages only those and the provisioning workflow's).
    tags: [
      { key: 'business-unit', value: 'marketing' },
      { key: 'owner', value: owner },
      { key: 'created-by', value: 'bedrock-bot' },
    ],
  });
  const apiKey = b.aws.seedApiKey('marketing-bedrock-user', {
    createdAt: new Date(now - 20 * day),
    expiresAt: new Date(now + 10 * day),
  });
  const accessKey = b.aws.seedAccessKey('marketing-bedrock-user', { createdAt: new Date(now - 120 * day) });
  return { apiKey, accessKey };
}

describe('App Home', () => {
  it('shows a member their tokens (Region and expiry, never the token), requests and owned units', async () => {
    const b = await start();
    const { accessKey } = seedMarketing(b);
    await b.slash(MEMBER, 'token for 2h in eu-west-1');
    await b.slash(MEMBER, 'create an api key for research');
    const blocks = await openHome(b, MEMBER);
    const text = viewText(blocks);
    expect(text).toContain('eu-west-1');
    expect(text).toMatch(/expires in 2 h/);
    expect(text).toContain('waiting for approval');
    expect(text).toContain('marketing-bedrock-user');
    expect(text).toMatch(/expires in 10 days/);
    expect(text).toMatch(/120 days old/);
    // The access key ID is masked, the token and every secret absent.
    expect(text).not.toContain(accessKey);
    for (const secret of b.aws.issuedSecrets) expect(text).not.toContain(secret.slice(-12));
    expect(text).toContain('bedrock.home.rotate');
    expect(text).toContain('bedrock.home.details');
    // Members see no admin section.
    expect(text).not.toContain('For admins');
    expect(text).not.toContain('bedrock.approve');
  });

  it('shows a unit owned by someone else to nobody but admins', async () => {
    const b = await start();
    seedMarketing(b, 'someone-else@example.com');
    const text = viewText(await openHome(b, MEMBER2));
    expect(text).not.toContain('marketing');
    expect(text).toContain('_None._ A unit is yours');
  });

  it('shows admins pending approvals and hygiene flags, and Approve there works and refreshes', async () => {
    const b = await start();
    seedMarketing(b, 'ada@example.com');
    b.aws.seedUser({ userName: 'orphans-bedrock-user', tags: [{ key: 'business-unit', value: 'orphans' }] });
    await b.slash(MEMBER, 'create an api key for research');
    const text = viewText(await openHome(b, ADMIN));
    expect(text).toContain('For admins');
    expect(text).toContain('bedrock.approve');
    expect(text).toContain('bedrock.deny');
    expect(text).toMatch(/\*orphans\*: no owner/);
    expect(text).toMatch(/\*marketing\*: .*older than 90 days/);

    // The member watches their Home tab too.
    await openHome(b, MEMBER);
    const blocks = lastHome(b.slack.calls, ADMIN);
    const approve = JSON.stringify(blocks).match(
      /"action_id":"bedrock\.approve","text":\{[^}]*\},"value":"([^"]+)"/,
    );
    const requestId = approve?.[1] ?? '';
    expect(requestId).not.toBe('');
    const published = b.slack.callsTo('views.publish').length;
    const res = await clickInView(httpClient(b), {
      userId: ADMIN,
      actionId: 'bedrock.approve',
      value: requestId,
    });
    expect(res.status).toBe(200);
    await eventually(() => {
      // The approval card in the channel is updated, the requester is told, both Home tabs refresh.
      expect(b.slack.callsTo('chat.update').some((c) => c.body.channel === APPROVAL_CHANNEL)).toBe(true);
      expect(b.slack.callsTo('views.publish').length).toBeGreaterThanOrEqual(published + 2);
    });
    expect(viewText(lastHome(b.slack.calls, ADMIN))).toContain('_Nothing waiting._');
    expect(viewText(lastHome(b.slack.calls, MEMBER))).toContain('approved: reveal it from the DM');
  });

  it('refreshes when something changes: a new token appears without reopening the tab', async () => {
    const b = await start();
    await openHome(b, MEMBER);
    expect(viewText(lastHome(b.slack.calls, MEMBER))).toContain('_None._ Ask for one');
    await b.dm(MEMBER, 'token for 1h in us-west-2');
    await eventually(() => expect(viewText(lastHome(b.slack.calls, MEMBER))).toContain('us-west-2'));
  });

  it('the expiry sweep refreshes the Home tabs of the requester and the admins', async () => {
    const b = (bot = await startE2EBot({ expirySweepMs: 40 }));
    await openHome(b, MEMBER);
    await openHome(b, ADMIN);
    await b.slash(MEMBER, 'create an api key for research');
    await eventually(() => expect(viewText(lastHome(b.slack.calls, ADMIN))).toContain('bedrock.approve'));
    b.clock.advance({ hours: 25 });
    await eventually(() => {
      expect(viewText(lastHome(b.slack.calls, MEMBER))).toContain('*expired*');
      expect(viewText(lastHome(b.slack.calls, ADMIN))).toContain('_Nothing waiting._');
    });
    // MEMBER2 never opened the tab: nothing is published for them.
    expect(b.slack.callsTo('views.publish').some((c) => c.body.user_id === MEMBER2)).toBe(false);
  });

  it('Rotate and Details in the Home tab answer in the DM through the same engine', async () => {
    const b = await start();
    seedMarketing(b);
    await openHome(b, MEMBER);
    await clickInView(httpClient(b), {
      userId: MEMBER,
      actionId: 'bedrock.home.details',
      value: 'marketing',
    });
    await eventually(() => {
      const details = b.slack
        .callsTo('chat.postEphemeral')
        .find((c) => c.raw.includes('marketing-bedrock-user'));
      expect(details?.body.channel).toBe('DMEMBER1');
      expect(details?.body.user).toBe(MEMBER);
    });
    await clickInView(httpClient(b), { userId: MEMBER, actionId: 'bedrock.home.rotate', value: 'marketing' });
    // The unit has both kinds of key: the engine asks which, privately in the DM, and changes nothing yet.
    await eventually(() =>
      expect(withButton(b.slack.callsTo('chat.postEphemeral'), 'bedrock.choose.api-key')).toBeDefined(),
    );
    expect(b.aws.mutatingCalls()).toHaveLength(0);
  });

  it('ignores the Messages tab and a Home button with a malformed unit', async () => {
    const b = await start();
    await b.client.event(homeOpenedEvent(MEMBER, 'messages'));
    await clickInView(httpClient(b), { userId: MEMBER, actionId: 'bedrock.home.details', value: '../etc' });
    await b.settle(150);
    expect(b.slack.callsTo('views.publish')).toHaveLength(0);
    expect(b.slack.callsTo('chat.postEphemeral')).toHaveLength(0);
  });
});
