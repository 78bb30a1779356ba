/** Block Kit action_ids: `bedrock.<action>` and `bedrock.choose.<key>` (see core/engine-api.ts). */
import { ACTIONS, ACTION_ID_PREFIX, type ActionName } from '../core/engine-api.js';

export interface ParsedActionId {
  action: ActionName;
  choice?: string;
}

const KNOWN = new Set<string>(ACTIONS);

/** Returns null for anything that is not one of our action_ids. */
export function parseActionId(actionId: string): ParsedActionId | null {
  if (!actionId.startsWith(ACTION_ID_PREFIX)) return null;
  const rest = actionId.slice(ACTION_ID_PREFIX.length);
  const dot = rest.indexOf('.');
  const name = dot === -1 ? rest : rest.slice(0, dot);
  if (!KNOWN.has(name)) return null;
  const action = name as ActionName;
  if (action === 'choose') {
    const choice = dot === -1 ? '' : rest.slice(dot + 1);
    return choice === '' ? null : { action, choice };
  }
  return dot === -1 ? { action } : null;
}
