/** Temporary: a plain rendering for outcome types whose renderer is not written yet. Never shows a secret. */
import type { RenderContext } from '../core/engine-api.js';
import type { Outcome } from '../core/outcome.js';
import type { Message } from './block-kit.js';
import { message } from './blocks.js';
import { sections } from './limits.js';

export function renderFallback(outcome: Outcome, _ctx: RenderContext): Message {
  const text = `Result: ${outcome.type}`;
  return message(text, sections(text));
}
