/**
 * What the listeners' follow-up work does with a message or a click: resolve the person, call the
 * engine, deliver its reply and refresh the Home tabs it concerns.
 */
import type { ActionInput, BotEngine } from '../core/engine-api.js';
import type { Ledger } from '../core/ledger-port.js';
import type { Requester, Surface } from '../core/requester.js';
import type { Logger } from '../log/logger.js';
import type { WiredHome } from './app-home/wire-home.js';
import type { ListenerDeps } from './listeners.js';

export interface EngineCallDeps {
  resolver: { resolve(userId: string): Promise<Requester> };
  ledger: Pick<Ledger, 'get'>;
  loadEngine(): Promise<BotEngine>;
  logger: Logger;
  /** Enforced by the engine (CoreSettings); here only to note refused guests in the log. */
  allowRestrictedUsers: boolean;
  home: Pick<WiredHome, 'deliverAndRefresh' | 'placeOf'>;
}

export function createEngineCalls(deps: EngineCallDeps): Pick<ListenerDeps, 'handleText' | 'handleAction'> {
  const { resolver, home, logger } = deps;
  return {
    async handleText(origin, text, extra, botUserId) {
      const requester = await resolver.resolve(origin.userId);
      if (requester.isRestricted && !deps.allowRestrictedUsers) {
        logger.info(
          { userId: requester.userId },
          'request from a guest account (the engine decides what they may do)',
        );
      }
      const engine = await deps.loadEngine();
      const reply = await engine.handleText({
        requester,
        text,
        surface: origin.kind,
        context: { channelId: origin.channelId, userId: origin.userId, ...extra },
        // A mentioned person's email from their Slack profile (users.info, cached by the resolver).
        people: { emailOf: async (userId) => (await resolver.resolve(userId)).email },
        ...(botUserId !== undefined ? { botUserId } : {}),
      });
      await home.deliverAndRefresh(reply, origin, origin.userId);
    },

    async handleAction(origin, click) {
      const [requester, record] = await Promise.all([
        resolver.resolve(click.userId),
        deps.ledger.get(click.requestId),
      ]);
      const input: ActionInput = {
        requester,
        action: click.action,
        requestId: click.requestId,
        surface: surfaceOf(record?.surface, origin.channelId),
        ...(click.choice !== undefined ? { choice: click.choice } : {}),
      };
      const engine = await deps.loadEngine();
      const reply = await engine.handleAction(input);
      await home.deliverAndRefresh(reply, await home.placeOf(origin), click.userId, record?.requesterId);
    },
  };
}

function surfaceOf(recorded: string | undefined, channelId: string | null): Surface {
  if (recorded === 'slash' || recorded === 'mention' || recorded === 'dm') return recorded;
  return channelId?.startsWith('D') === true ? 'dm' : 'slash';
}
