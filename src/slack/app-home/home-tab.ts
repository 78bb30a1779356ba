/**
 * The App Home tab: `app_home_opened` publishes the person's view (views.publish), its buttons
 * (Rotate, Details, Request credentials) become structured engine requests whose answers go to the
 * person's DM with the bot, and the views of the people a change concerns are published again
 * after every request and click. Slack payload shapes stay here; the view is src/render/home-view.ts.
 */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { BotEngine } from '../../core/engine-api.js';
import type { Ledger } from '../../core/ledger-port.js';
import type { Requester } from '../../core/requester.js';
import { emptyParse, type IntentName } from '../../core/request.js';
import type { Logger } from '../../log/logger.js';
import { HOME_ACTION_PREFIX, renderHomeView, viewViolations } from '../../render/home-view.js';
import { summariseError } from '../slack-logger.js';
import type { Routes } from '../routes.js';

export interface HomeTabDeps {
  client: App['client'];
  /** Who uses the Home tab is kept in the ledger, so every replica refreshes it after a change. */
  ledger: Pick<Ledger, 'noteHomeViewer' | 'homeViewers'>;
  now(): Date;
  logger: Logger;
  commandName: string;
  loadEngine(): Promise<BotEngine>;
  resolve(userId: string): Promise<Requester>;
}

export interface HomeTab {
  /** The person opened the tab: remembers (in the ledger) that they use it, and publishes it. */
  opened(userId: string): Promise<void>;
  /** Builds and publishes one person's Home tab from the ledger and AWS as they are now. */
  publish(userId: string): Promise<void>;
  /**
   * Publishes again for those of these people who use the Home tab, whichever replica they
   * opened it on: the view is rebuilt from the shared ledger, so it shows every change.
   */
  refresh(userIds: Iterable<string>): Promise<void>;
  /** The DM channel with one person: where Home-tab answers go. */
  dmChannel(userId: string): Promise<string>;
}

export function createHomeTab(deps: HomeTabDeps): HomeTab {
  const dms = new Map<string, string>();

  async function publish(userId: string): Promise<void> {
    const engine = await deps.loadEngine();
    if (engine.home === undefined) return;
    const snapshot = await engine.home(await deps.resolve(userId));
    const view = renderHomeView(snapshot, deps.commandName);
    const problems = viewViolations(view);
    if (problems.length > 0) deps.logger.error({ problems }, 'the Home view exceeds Slack limits');
    await deps.client.views.publish({
      user_id: userId,
      view: { type: 'home', blocks: view.blocks as never },
    });
  }

  return {
    publish,
    async opened(userId) {
      await deps.ledger.noteHomeViewer(userId, deps.now());
      await publish(userId);
    },
    async refresh(userIds) {
      const wanted = [...new Set(userIds)];
      if (wanted.length === 0) return;
      let viewers: string[];
      try {
        viewers = await deps.ledger.homeViewers(wanted);
      } catch (error) {
        deps.logger.warn({ error: summariseError(error) }, 'could not read who uses the Home tab');
        return;
      }
      for (const userId of viewers) {
        try {
          await publish(userId);
        } catch (error) {
          deps.logger.warn({ error: summariseError(error), userId }, 'could not refresh a Home tab');
        }
      }
    },
    async dmChannel(userId) {
      const known = dms.get(userId);
      if (known !== undefined) return known;
      const result = await deps.client.conversations.open({ users: userId });
      const channel = result.channel?.id;
      if (channel === undefined) throw new Error('conversations.open returned no channel');
      dms.set(userId, channel);
      return channel;
    },
  };
}

/** What a Home-tab button asks for, as the parser would have returned it. */
export function homeRequest(what: string, businessUnit: string): ReturnType<typeof emptyParse> | null {
  const intents: Record<string, IntentName> = { rotate: 'rotate', details: 'details' };
  const intent = intents[what];
  if (intent === undefined || !/^[a-z0-9-]{1,64}$/.test(businessUnit)) return null;
  return emptyParse({ intent, businessUnit, confidence: 1, reason: `App Home ${what} button` });
}

export interface HomeListenerDeps {
  home: HomeTab;
  logger: Logger;
  run(listener: string, userId: string, work: () => Promise<void>): void;
  /** Runs a structured request from a Home button; answers go to the person's DM. */
  handleHomeRequest(userId: string, request: ReturnType<typeof emptyParse>): Promise<void>;
  /** Opens the request form (the Request credentials button). */
  openForm(userId: string, triggerId: string): Promise<void>;
}

export function registerHomeListeners(routes: Routes, deps: HomeListenerDeps): void {
  routes.event('app_home_opened', async ({ event }) => {
    if (event.tab !== 'home') return;
    const userId = event.user;
    deps.run('app_home_opened', userId, () => deps.home.opened(userId));
  });

  routes.action<BlockAction<ButtonAction>>(/^bedrock\.home\./, async ({ ack, body, action }) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button') return;
    const what = action.action_id.slice(HOME_ACTION_PREFIX.length);
    const userId = body.user.id;
    const value = action.value ?? '';
    if (what === 'request') {
      const triggerId = body.trigger_id;
      deps.run('home_request_form', userId, () => deps.openForm(userId, triggerId));
      return;
    }
    const request = homeRequest(what, value);
    if (request === null) {
      deps.logger.warn({ actionId: action.action_id.slice(0, 80) }, 'ignored an unknown Home button');
      return;
    }
    deps.run('home_action', userId, () => deps.handleHomeRequest(userId, request));
  });
}
