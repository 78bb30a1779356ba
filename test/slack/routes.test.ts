/**
 * The bot's handlers sit behind one Bolt middleware (src/slack/routes.ts). Through Bolt's real
 * App.processEvent: each request reaches the handlers Bolt's own listener methods would have
 * called, and no others.
 */
import { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createRoutes } from '../../src/slack/routes.js';

const silent = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  setLevel() {},
  getLevel: () => 'error' as never,
  setName() {},
};

function setUp() {
  const app = new App({
    authorize: async () => ({ botToken: 'xoxb-1-2-abc', botId: 'B1', botUserId: 'UBOT' }),
    signingSecret: 'secret',
    convoStore: false,
    logger: silent,
  });
  const routes = createRoutes(app);
  const calls: string[] = [];
  routes.command(/.*/, async ({ ack, command }) => {
    await ack();
    calls.push(`command ${command.command}`);
  });
  routes.action(/^bedrock\.(?!home\.)/, async ({ ack, action }) => {
    await ack();
    calls.push(`action ${'action_id' in action ? action.action_id : '?'}`);
  });
  routes.action(/^bedrock\.home\./, async ({ ack }) => {
    await ack();
    calls.push('home action');
  });
  routes.view('bedrock.form', async ({ ack, view }) => {
    await ack();
    calls.push(`view ${view.callback_id}`);
  });
  routes.event('app_mention', async ({ event }) => {
    calls.push(`mention ${event.text}`);
  });
  routes.shortcut('bedrock.request', async ({ ack }) => {
    await ack();
    calls.push('shortcut');
  });
  const send = async (body: Record<string, unknown>) => {
    let acked = false;
    await app.processEvent({
      body,
      ack: async () => {
        acked = true;
      },
    });
    return acked;
  };
  return { calls, send };
}

const user = { id: 'U1', team_id: 'T1' };
const team = { id: 'T1' };

describe('routes', () => {
  it('send each request to the handlers it names, and acknowledge through Bolt', async () => {
    const { calls, send } = setUp();
    expect(
      await send({ command: '/bedrock', text: 'help', user_id: 'U1', team_id: 'T1', channel_id: 'C1' }),
    ).toBe(true);
    const click = (actionId: string) => ({
      type: 'block_actions',
      user,
      team,
      actions: [{ type: 'button', action_id: actionId, block_id: 'b', value: 'r1', action_ts: '1' }],
    });
    expect(await send(click('bedrock.approve'))).toBe(true);
    expect(await send(click('bedrock.home.details'))).toBe(true);
    const view = (type: string, callbackId: string) => ({
      type,
      user,
      team,
      view: { id: 'V1', callback_id: callbackId, state: { values: {} }, private_metadata: '' },
    });
    expect(await send(view('view_submission', 'bedrock.form'))).toBe(true);
    await send({
      type: 'event_callback',
      team_id: 'T1',
      event_id: 'Ev1',
      event: { type: 'app_mention', user: 'U1', text: 'hi', channel: 'C1', ts: '1.0' },
    });
    expect(
      await send({ type: 'shortcut', callback_id: 'bedrock.request', user, team, trigger_id: 't' }),
    ).toBe(true);
    expect(calls).toEqual([
      'command /bedrock',
      'action bedrock.approve',
      'home action',
      'view bedrock.form',
      'mention hi',
      'shortcut',
    ]);
  });

  it('leave alone what no handler names: other buttons, other forms, closed forms, other shortcuts', async () => {
    const { calls, send } = setUp();
    const click = {
      type: 'block_actions',
      user,
      team,
      actions: [{ type: 'button', action_id: 'other', block_id: 'b', action_ts: '1' }],
    };
    expect(await send(click)).toBe(false);
    const view = (type: string, callbackId: string) => ({
      type,
      user,
      team,
      view: { id: 'V1', callback_id: callbackId, state: { values: {} }, private_metadata: '' },
    });
    expect(await send(view('view_submission', 'other.form'))).toBe(false);
    expect(await send(view('view_closed', 'bedrock.form'))).toBe(false);
    expect(await send({ type: 'shortcut', callback_id: 'other', user, team, trigger_id: 't' })).toBe(false);
    expect(calls).toEqual([]);
  });
});
