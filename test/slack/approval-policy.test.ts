/**
 * The approval policy end to end (real receiver, engine and ledger; fake Slack and AWS): two
 * distinct approvers for access keys, the unit's owner as an approver, and break glass (a form
 * that requires a reason, an approval alone, a loud post to the approval channel). Every card and
 * the form are checked against Slack's limits; no secret leaves except the one private reveal.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../src/render/block-kit.js';
import { limitViolations } from '../../src/render/limits.js';
import { BREAK_GLASS_CALLBACK, modalViolations, type ModalView } from '../../src/render/request-form.js';
import type { RecordedCall } from '../support/fake-slack.js';
import { ADMIN, MEMBER, MEMBER2, startE2EBot, withButton, type E2EBot } from '../support/e2e-bot.js';
import { httpClient, submitView } from '../support/home-client.js';
import { buttonIn } from '../support/slack-blocks.js';
import { APPROVAL_CHANNEL, eventually } from '../support/slack-harness.js';

let bot: E2EBot | null = null;
afterEach(async () => {
  await bot?.stop();
  bot = null;
});

const body = (c: RecordedCall | undefined): string => JSON.stringify(c?.body ?? null);

function checked(call: RecordedCall | undefined): RecordedCall {
  expect(call).toBeDefined();
  const message = {
    text: String(call?.body.text),
    blocks: call?.body.blocks as Block[],
    containsSecret: false,
  };
  expect(limitViolations(message)).toEqual([]);
  return call as RecordedCall;
}

/** The approval card as it stands now (posted, then updated in place). */
function card(b: E2EBot): RecordedCall | undefined {
  return [...b.slack.calls]
    .reverse()
    .find(
      (c) =>
        (c.method === 'chat.postMessage' || c.method === 'chat.update') &&
        c.body.channel === APPROVAL_CHANNEL &&
        String(c.body.text).match(/Approval needed|Approved|Denied/) !== null,
    );
}

const revealNotices = (b: E2EBot): RecordedCall[] =>
  b.slack.calls.filter((c) => c.body.channel === 'DMEMBER1' && buttonIn(c, 'bedrock.reveal') !== undefined);

describe('two approvers for access keys', () => {
  it('the first approval is recorded, the same approver cannot give the second, another can', async () => {
    const b = (bot = await startE2EBot({
      settings: { accessKeysNeedTwoApprovals: true, adminUserIds: [ADMIN, MEMBER2] },
    }));
    const posted = withButton(await b.slash(MEMBER, 'create an access key for research'), 'bedrock.approve');
    expect(body(checked(posted))).toContain('Needs two approvals');
    expect(buttonIn(posted, 'bedrock.glass')).toBeDefined();

    const first = await b.press(ADMIN, posted, 'bedrock.approve');
    expect(body(checked(card(b)))).toContain('1 of 2 approvals');
    expect(revealNotices(b)).toHaveLength(0);
    expect(first.some((c) => body(c).includes('Your approval of'))).toBe(true);

    // The same admin again: refused, still waiting.
    const again = await b.press(ADMIN, card(b), 'bedrock.approve');
    expect(again.some((c) => body(c).includes('second, different approver'))).toBe(true);
    expect(revealNotices(b)).toHaveLength(0);

    // The requester cannot be the second approver either (nor any member).
    await b.press(MEMBER, card(b), 'bedrock.approve');
    expect(revealNotices(b)).toHaveLength(0);

    await b.press(MEMBER2, card(b), 'bedrock.approve');
    await eventually(() => expect(revealNotices(b)).toHaveLength(1));
    expect(body(checked(card(b)))).toMatch(/Approved\* by grace and by/);
    await b.press(MEMBER, revealNotices(b)[0], 'bedrock.reveal');
    expect(b.aws.callsTo('createAccessKey')).toHaveLength(1);
    const approvals = (await b.ledgerDump()).match(/first of two approvals/g) ?? [];
    expect(approvals).toHaveLength(1);
  });

  it('an API key still needs one approval', async () => {
    const b = (bot = await startE2EBot({ settings: { accessKeysNeedTwoApprovals: true } }));
    const posted = withButton(await b.slash(MEMBER, 'create an api key for research'), 'bedrock.approve');
    expect(body(posted)).not.toContain('Needs two approvals');
    expect(buttonIn(posted, 'bedrock.glass')).toBeUndefined();
    await b.press(ADMIN, posted, 'bedrock.approve');
    await eventually(() => expect(revealNotices(b)).toHaveLength(1));
  });
});

describe("the unit's owner as an approver", () => {
  function seedMarketing(b: E2EBot): void {
    b.aws.seedUser({
      userName: 'marketing-bedrock-user',
      tags: [
        { key: 'business-unit', value: 'marketing' },
        { key: 'owner', value: 'alan@example.com' },
        { key: 'created-by', value: 'bedrock-bot' },
      ],
    });
  }

  it('may approve requests for their unit when UNIT_OWNERS_MAY_APPROVE is on', async () => {
    const b = (bot = await startE2EBot({ settings: { unitOwnersMayApprove: true } }));
    seedMarketing(b);
    const posted = withButton(await b.slash(MEMBER, 'create an api key for marketing'), 'bedrock.approve');
    // Someone who neither owns the unit nor is an admin: refused.
    await b.press('UOWNER01', posted, 'bedrock.approve');
    expect(revealNotices(b)).toHaveLength(0);
    expect(b.slack.calls.some((c) => body(c).includes("Only bot admins and the unit's owner"))).toBe(true);
    // The owner (alan is MEMBER2, by the email in the owner tag).
    await b.press(MEMBER2, posted, 'bedrock.approve');
    await eventually(() => expect(revealNotices(b)).toHaveLength(1));
    expect(await b.ledgerDump()).toMatch(/"kind":"approved","actor_id":"UMEMBER2"/);
  });

  it('may not when it is off (the default)', async () => {
    const b = (bot = await startE2EBot());
    seedMarketing(b);
    const posted = withButton(await b.slash(MEMBER, 'create an api key for marketing'), 'bedrock.approve');
    await b.press(MEMBER2, posted, 'bedrock.approve');
    expect(revealNotices(b)).toHaveLength(0);
    expect(b.slack.calls.some((c) => body(c).includes('Only bot admins can approve or deny requests.'))).toBe(
      true,
    );
  });
});

describe('break glass', () => {
  it('an admin approves alone with a reason; the approval channel is told loudly', async () => {
    const b = (bot = await startE2EBot({
      settings: { accessKeysNeedTwoApprovals: true, adminUserIds: [ADMIN, MEMBER2] },
    }));
    const posted = withButton(await b.slash(MEMBER, 'create an access key for research'), 'bedrock.glass');
    const requestId = buttonIn(posted, 'bedrock.glass')?.value ?? '';
    await b.press(ADMIN, posted, 'bedrock.glass');
    await eventually(() => expect(b.slack.callsTo('views.open')).toHaveLength(1));
    const view = b.slack.callsTo('views.open')[0]?.body.view as ModalView & { private_metadata: string };
    expect(view.callback_id).toBe(BREAK_GLASS_CALLBACK);
    expect(view.private_metadata).toBe(requestId);
    expect(modalViolations(view)).toEqual([]);
    // The generic button listener did not treat the click as an engine action.
    expect(b.slack.calls.filter((c) => body(c).includes("I can't find this request"))).toHaveLength(0);

    const client = httpClient(b);
    const short = await submitView(client, ADMIN, BREAK_GLASS_CALLBACK, { reason: 'urgent' }, [], requestId);
    expect(JSON.parse(short.body)).toMatchObject({
      response_action: 'errors',
      errors: { reason: expect.any(String) },
    });
    expect(revealNotices(b)).toHaveLength(0);

    const reason = 'Production outage: the CI deploy key expired and the second approver is asleep';
    // A member cannot break the glass, even with a crafted submission.
    await submitView(client, MEMBER, BREAK_GLASS_CALLBACK, { reason }, [], requestId);
    await b.settle();
    expect(revealNotices(b)).toHaveLength(0);

    expect((await submitView(client, ADMIN, BREAK_GLASS_CALLBACK, { reason }, [], requestId)).body).toBe('');
    await eventually(() => expect(revealNotices(b)).toHaveLength(1));
    const loud = checked(
      b.slack
        .callsTo('chat.postMessage')
        .find((c) => c.body.channel === APPROVAL_CHANNEL && String(c.body.text).startsWith('🚨 Break glass')),
    );
    expect(body(loud)).toContain(reason);
    expect(body(checked(card(b)))).toContain('breaking the glass');
    // The card, not the loud notice, is still what later updates replace.
    expect((await b.ledger.get(requestId))?.context.approvalTs).toBe(String(posted?.response?.ts));
    expect(await b.ledgerDump()).toContain(`BREAK GLASS, approved alone`);
    expect(await b.ledgerDump()).toContain(reason);
    await b.press(MEMBER, revealNotices(b)[0], 'bedrock.reveal');
    expect(b.aws.callsTo('createAccessKey')).toHaveLength(1);
  });
});
