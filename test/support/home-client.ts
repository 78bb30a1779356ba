/**
 * App Home as Slack drives it: the app_home_opened event, and clicks on buttons in the Home tab
 * (a block_actions payload whose container is a view: no channel, no message, no response_url).
 */
import { randomUUID } from 'node:crypto';
import type { RecordedCall } from './fake-slack.js';
import { TEAM_ID } from './fake-slack.js';
import type { SignedResponse, SignedSlackClient } from './slack-signing.js';

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
