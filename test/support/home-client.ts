/**
 * App Home as Slack drives it: the app_home_opened event, and clicks on buttons in the Home tab
 * (a block_actions payload whose container is a view: no channel, no message, no response_url).
 */
import { randomUUID } from 'node:crypto';
import type { RecordedCall } from './fake-slack.js';
import { TEAM_ID } from './fake-slack.js';
import { SIGNING_SECRET } from './slack-harness.js';
import { SignedSlackClient, type SignedResponse } from './slack-signing.js';

/** Signed HTTP requests into the bot's receiver, for the interactions the harness client does not send. */
export function httpClient(h: { baseUrl: string; clock?: { now(): Date } }): SignedSlackClient {
  const clock = h.clock;
  return new SignedSlackClient({
    baseUrl: h.baseUrl,
    signingSecret: SIGNING_SECRET,
    ...(clock !== undefined ? { now: () => clock.now() } : {}),
  });
}

export function homeOpenedEvent(userId: string, tab: 'home' | 'messages' = 'home'): Record<string, unknown> {
  return {
    type: 'app_home_opened',
    user: userId,
    channel: `D${userId.slice(1)}`,
    tab,
    event_ts: '1772445600.000100',
  };
}

export function viewActionBody(f: {
  userId: string;
  actionId: string;
  value: string;
  viewType?: string;
}): string {
  const payload = {
    type: 'block_actions',
    user: { id: f.userId, username: f.userId.toLowerCase(), name: f.userId.toLowerCase(), team_id: TEAM_ID },
    api_app_id: 'A0BEDROCK',
    token: 'deprecated-verification-token',
    container: { type: 'view', view_id: 'VHOME0001' },
    trigger_id: `trig.${randomUUID()}`,
    team: { id: TEAM_ID, domain: 'example' },
    enterprise: null,
    is_enterprise_install: false,
    view: { id: 'VHOME0001', type: f.viewType ?? 'home', blocks: [], state: { values: {} } },
    actions: [
      {
        type: 'button',
        action_id: f.actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'Button', emoji: true },
        value: f.value,
        action_ts: `${Math.floor(Date.now() / 1000)}.000100`,
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function clickInView(
  client: SignedSlackClient,
  f: { userId: string; actionId: string; value: string },
): Promise<SignedResponse> {
  return client.post(viewActionBody(f), 'application/x-www-form-urlencoded');
}

/** The blocks of the last Home view published for `userId`. */
export function lastHome(calls: RecordedCall[], userId: string): Array<Record<string, unknown>> {
  const call = [...calls].reverse().find((c) => c.method === 'views.publish' && c.body.user_id === userId);
  const view = call?.body.view as { blocks?: Array<Record<string, unknown>> } | undefined;
  if (view?.blocks === undefined) throw new Error(`no Home view published for ${userId}`);
  return view.blocks;
}

export function viewText(blocks: Array<Record<string, unknown>>): string {
  return JSON.stringify(blocks);
}

function interactiveBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

const userOf = (userId: string) => ({
  id: userId,
  username: userId.toLowerCase(),
  name: userId.toLowerCase(),
  team_id: TEAM_ID,
});

/** A global shortcut, as Slack sends it. */
export function shortcut(
  client: SignedSlackClient,
  userId: string,
  callbackId: string,
): Promise<SignedResponse> {
  return client.post(
    interactiveBody({
      type: 'shortcut',
      token: 'deprecated-verification-token',
      action_ts: `${Math.floor(Date.now() / 1000)}.000200`,
      team: { id: TEAM_ID, domain: 'example' },
      user: userOf(userId),
      is_enterprise_install: false,
      enterprise: null,
      callback_id: callbackId,
      trigger_id: `trig.${randomUUID()}`,
    }),
    'application/x-www-form-urlencoded',
  );
}

/** A modal submission: `values` maps block_id to the input's value (selects and radios by option value). */
export function submitView(
  client: SignedSlackClient,
  userId: string,
  callbackId: string,
  values: Record<string, string>,
  selects: readonly string[] = ['kind', 'unit', 'region', 'key_kind'],
  privateMetadata = '',
): Promise<SignedResponse> {
  const state: Record<string, Record<string, unknown>> = {};
  for (const [blockId, value] of Object.entries(values)) {
    state[blockId] = {
      value: selects.includes(blockId)
        ? { type: 'static_select', selected_option: { text: { type: 'plain_text', text: value }, value } }
        : { type: 'plain_text_input', value },
    };
  }
  return client.post(
    interactiveBody({
      type: 'view_submission',
      team: { id: TEAM_ID, domain: 'example' },
      user: userOf(userId),
      api_app_id: 'A0BEDROCK',
      token: 'deprecated-verification-token',
      trigger_id: `trig.${randomUUID()}`,
      view: {
        id: 'VFORM0001',
        team_id: TEAM_ID,
        type: 'modal',
        callback_id: callbackId,
        private_metadata: privateMetadata,
        blocks: [],
        state: { values: state },
        hash: 'h1',
        title: { type: 'plain_text', text: 'Request' },
        app_id: 'A0BEDROCK',
        bot_id: 'BBOT0001',
      },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    }),
    'application/x-www-form-urlencoded',
  );
}
