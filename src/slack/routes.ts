/**
 * The bot's Slack handlers (commands, buttons, forms, events, shortcuts) behind one Bolt
 * middleware, instead of one Bolt listener each. Bolt runs every registered listener's middleware
 * chain for every request, copying its arguments for each: with the bot's ten listeners that was
 * ~27 KB of allocation and a tenth of a millisecond of CPU per request on the acknowledgement path
 * (bench/: allocation profile and `--cpu-prof` of 2,000 commands; the bare Bolt app has one
 * listener). Here one middleware finds the handlers a request is for and calls them with Bolt's own
 * arguments, matching as Bolt's listeners do: a command by name, a block action by `action_id`, a
 * view submission by `callback_id`, an event by type, a shortcut by `callback_id`. It never calls
 * `next()`, so Bolt's listener stage (with nothing registered) is skipped.
 */
import type {
  AllMiddlewareArgs,
  App,
  SlackAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
  SlackShortcutMiddlewareArgs,
  SlackViewAction,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';

type Handler<Args> = (args: Args & AllMiddlewareArgs) => Promise<void>;

/** What the bot registers, with the argument types of Bolt's own listener methods. */
export interface Routes {
  command(name: string | RegExp, handler: Handler<SlackCommandMiddlewareArgs>): void;
  action<A extends SlackAction = SlackAction>(
    actionId: string | RegExp,
    handler: Handler<SlackActionMiddlewareArgs<A>>,
  ): void;
  view<V extends SlackViewAction = ViewSubmitAction>(
    callbackId: string,
    handler: Handler<SlackViewMiddlewareArgs<V>>,
  ): void;
  event<E extends string>(type: E, handler: Handler<SlackEventMiddlewareArgs<E>>): void;
  shortcut(callbackId: string, handler: Handler<SlackShortcutMiddlewareArgs>): void;
}

type AnyHandler = (args: never) => Promise<void>;
interface Route {
  kind: 'command' | 'action' | 'view' | 'event' | 'shortcut';
  matches: (value: string) => boolean;
  handler: AnyHandler;
}

const matcher = (pattern: string | RegExp) => (value: string) =>
  typeof pattern === 'string' ? value === pattern : pattern.test(value);

/** The arguments Bolt gives middleware, as far as routing reads them. */
interface RoutedArgs {
  body: { type?: unknown };
  command?: { command?: unknown };
  action?: { action_id?: unknown };
  view?: { callback_id?: unknown };
  event?: { type?: unknown };
  shortcut?: { callback_id?: unknown };
}

/** What a request is routed by: its kind and the name handlers match, or null. */
function keyOf(args: RoutedArgs): { kind: Route['kind']; value: string } | null {
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  let value: string | null = null;
  if (args.command !== undefined)
    return (value = text(args.command.command)) === null ? null : { kind: 'command', value };
  if (args.action !== undefined) {
    // Like Bolt's action_id constraint: block actions only.
    value = args.body.type === 'block_actions' ? text(args.action.action_id) : null;
    return value === null ? null : { kind: 'action', value };
  }
  if (args.view !== undefined) {
    // Like Bolt's app.view(callbackId): submissions only.
    value = args.body.type === 'view_submission' ? text(args.view.callback_id) : null;
    return value === null ? null : { kind: 'view', value };
  }
  if (args.event !== undefined)
    return (value = text(args.event.type)) === null ? null : { kind: 'event', value };
  if (args.shortcut !== undefined)
    return (value = text(args.shortcut.callback_id)) === null ? null : { kind: 'shortcut', value };
  return null;
}

export function createRoutes(app: App): Routes {
  const routes: Route[] = [];
  app.use(async (args) => {
    const key = keyOf(args as unknown as RoutedArgs);
    if (key === null) return;
    const handlers = routes.filter((r) => r.kind === key.kind && r.matches(key.value)).map((r) => r.handler);
    const call = (h: AnyHandler) => (h as (a: typeof args) => Promise<void>)(args);
    if (handlers.length === 1) {
      await call(handlers[0] as AnyHandler);
      return;
    }
    // Several (none today): all run, as Bolt runs every matching listener; the first failure is raised.
    const settled = await Promise.allSettled(handlers.map(call));
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
  });
  const add = (kind: Route['kind'], pattern: string | RegExp, handler: AnyHandler): void => {
    routes.push({ kind, matches: matcher(pattern), handler });
  };
  return {
    command: (name, handler) => add('command', name, handler),
    action: (actionId, handler) => add('action', actionId, handler),
    view: (callbackId, handler) => add('view', callbackId, handler),
    event: (type, handler) => add('event', type, handler),
    shortcut: (callbackId, handler) => add('shortcut', callbackId, handler),
  };
}
