/**
 * The request form end to end: opened from the global shortcut, the Home tab and `/bedrock request`
 * (views.open, checked against Slack's limits), submission problems shown inline
 * (response_action: errors), and a valid submission going through the same engine: the reason
 * on the approval card and in the ledger, a token privately in the DM.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { modalViolations, REQUEST_FORM_CALLBACK, type ModalView } from '../../src/render/request-form.js';
import { MEMBER, startE2EBot, type E2EBot } from '../support/e2e-bot.js';
import { clickInView, httpClient, shortcut, submitView } from '../support/home-client.js';
import { APPROVAL_CHANNEL, eventually } from '../support/slack-harness.js';

let bot: E2EBot | null = null;
afterEach(async () => {
  await bot?.stop();
  bot = null;
});

async function start(): Promise<E2EBot> {
  bot = await startE2EBot();
  bot.aws.seedUser({
    userName: 'marketing-bedrock-user',
    // A unit the bot made (it manages only those and the provisioning workflow's).
    tags: [
      { key: 'business-unit', value: 'marketing' },
      { key: 'created-by', value: 'bedrock-bot' },
    ],
  });
  return bot;
}

async function openedModal(b: E2EBot, before: number): Promise<ModalView> {
  await b.slack.waitFor((calls) => calls.filter((c) => c.method === 'views.open').length > before);
  const call = b.slack.callsTo('views.open').at(-1);
  expect(String(call?.body.trigger_id)).toMatch(/^trig\./);
  const view = call?.body.view as ModalView;
  expect(modalViolations(view)).toEqual([]);
  return view;
}

describe('request form', () => {
  it('opens from the global shortcut, the Home tab button and /bedrock request', async () => {
    const b = await start();
    expect((await shortcut(httpClient(b), MEMBER, 'bedrock_request')).status).toBe(200);
    const view = await openedModal(b, 0);
    expect(view.callback_id).toBe(REQUEST_FORM_CALLBACK);
    const text = JSON.stringify(view.blocks);
    // Units suggested from the existing ones; Regions from the one table, the default preselected.
    expect(text).toContain('"value":"marketing"');
    expect(text).toContain('eu-west-1');
    expect(text).toMatch(/"initial_option":\{"text":\{"type":"plain_text","text":"us-east-1/);
    expect(view.blocks.map((bl) => bl.block_id)).toEqual([
      'kind',
      'unit',
      'new_unit',
      'lifetime',
      'region',
      'key_kind',
      'reason',
    ]);

    await clickInView(httpClient(b), { userId: MEMBER, actionId: 'bedrock.home.request', value: 'form' });
    await openedModal(b, 1);
    await b.slash(MEMBER, 'request');
    await openedModal(b, 2);
    // The slash command opened the form instead of answering in the channel.
    expect(b.slack.callsTo('response_url')).toHaveLength(0);

    // Help carries the same button, and a click on it (in a message, not the Home tab) opens the form.
    const help = await b.slash(MEMBER, 'help');
    const answer = help.find((c) => c.method === 'response_url');
    expect(JSON.stringify(answer?.body)).toContain('"action_id":"bedrock.home.request"');
    await b.press(MEMBER, answer, 'bedrock.home.request');
    await openedModal(b, 3);
  });

  it('shows problems next to their fields and changes nothing', async () => {
    const b = await start();
    const res = await submitView(httpClient(b), MEMBER, REQUEST_FORM_CALLBACK, {
      kind: 'key',
      lifetime: 'forever',
    });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors).sort()).toEqual(['lifetime', 'reason', 'unit']);
    expect(body.errors.reason).toMatch(/reason/);
    const tooLong = JSON.parse(
      (await submitView(httpClient(b), MEMBER, REQUEST_FORM_CALLBACK, { kind: 'token', lifetime: '48h' }))
        .body,
    ) as { errors: Record<string, string> };
    expect(tooLong.errors.lifetime).toMatch(/longer than/);
    const badUnit = JSON.parse(
      (
        await submitView(httpClient(b), MEMBER, REQUEST_FORM_CALLBACK, {
          kind: 'key',
          new_unit: 'Bad Unit!',
          reason: 'for the nightly summarisation batch',
        })
      ).body,
    ) as { errors: Record<string, string> };
    expect(Object.keys(badUnit.errors)).toEqual(['new_unit']);
    await b.settle(100);
    expect(b.aws.mutatingCalls()).toHaveLength(0);
    expect(b.slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('a long-term key request carries its reason to the approval card and the ledger', async () => {
    const b = await start();
    const reason = 'Nightly summarisation batch for the CRM export';
    const res = await submitView(httpClient(b), MEMBER, REQUEST_FORM_CALLBACK, {
      kind: 'key',
      unit: 'marketing',
      lifetime: '14',
      region: 'eu-west-1',
      key_kind: 'api-key',
      reason,
    });
    expect(res.body).toBe('');
    await eventually(() => {
      const card = b.slack.callsTo('chat.postMessage').find((c) => c.body.channel === APPROVAL_CHANNEL);
      expect(JSON.stringify(card?.body.blocks)).toContain(`*Reason:* ${reason}`);
    });
    expect(await b.ledgerDump()).toContain(reason);
    // The requester is told privately, in the DM.
    expect(b.slack.callsTo('chat.postEphemeral').some((c) => c.body.channel === 'DMEMBER1')).toBe(true);
    // Nothing happens before an admin approves, as with a typed request.
    expect(b.aws.mutatingCalls()).toHaveLength(0);
  });

  it('a token from the form comes back only privately, in the Region picked', async () => {
    const b = await start();
    await submitView(httpClient(b), MEMBER, REQUEST_FORM_CALLBACK, {
      kind: 'token',
      lifetime: '90m',
      region: 'us-west-2',
    });
    await eventually(() => expect(b.aws.issuedSecrets).toHaveLength(1));
    const [secret] = b.aws.issuedSecrets as [string];
    await eventually(() => expect(b.slack.calls.some((c) => c.raw.includes(secret))).toBe(true));
    const carriers = b.slack.calls.filter((c) => c.raw.includes(secret));
    expect(carriers.map((c) => c.method)).toEqual(['chat.postEphemeral']);
    expect(carriers[0]?.body.user).toBe(MEMBER);
    expect(b.aws.callsTo('issueBearerToken')[0]?.[0]).toMatchObject({
      region: 'us-west-2',
      ttlSeconds: 5400,
    });
  });
});
