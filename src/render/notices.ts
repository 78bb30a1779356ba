/** Short notices: cancelled, expired, dismissed, and the apology for a crashed listener. */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Message } from './block-kit.js';
import { context, message } from './blocks.js';
import { code, esc } from './format.js';
import { packLines, sections } from './limits.js';

export function renderCancelled(o: Extract<Outcome, { type: 'cancelled' }>, ctx: RenderContext): Message {
  const text = `Cancelled: ${esc(o.title)}. Nothing was changed.`;
  return message(text, [
    ...sections(`✖ *Cancelled:* ${esc(o.title)}\nNothing was changed.`),
    context(`Changed your mind? Ask again any time, e.g. ${code(`${ctx.commandName} help`)}.`),
  ]);
}

export function renderExpiredNotice(
  o: Extract<Outcome, { type: 'expired-notice' }>,
  _ctx: RenderContext,
): Message {
  const text = `Expired: ${esc(o.title)}. Nothing was changed.`;
  return message(
    text,
    sections(
      `⌛ *Expired:* ${esc(o.title)}\nNobody acted on it in time, so nothing was changed. Ask again if you still need it.`,
    ),
  );
}

export function renderDismissed(_o: Extract<Outcome, { type: 'dismissed' }>, _ctx: RenderContext): Message {
  const text = 'Dismissed. The credentials are no longer shown here.';
  return message(
    text,
    sections(
      '🧹 Dismissed. The credentials are no longer shown here; if you saved them, they keep working until they expire or are revoked.',
    ),
  );
}

/** Replaces the buttons of a card copy posted while its request was being decided. */
export function renderDecidedMeanwhile(): Message {
  const text = 'This request was decided while this copy was being sent; see the approval channel.';
  return message(text, sections(text));
}

/** For a listener that crashed: no detail, only a reference the operator can find in the logs. */
export function renderApology(reference: string): Message {
  const ref = reference.trim() === '' ? 'unknown' : reference;
  const text = `Sorry, something went wrong on my side (reference ${esc(ref)}).`;
  return message(text, [
    ...sections(
      `😵 *Sorry, something went wrong on my side.* Nothing secret was shown, and your request may not have been completed.`,
    ),
    context(`Try again in a moment. If it keeps happening, give an admin this reference: ${code(ref)}`),
  ]);
}

/** Replaces a confirmation or approval card once its request ran: what was done and by whom, never a secret. */
export function renderDone(o: Extract<Outcome, { type: 'done' }>, _ctx: RenderContext): Message {
  const head = o.succeeded ? `✅ *Done:* ${esc(o.title)}` : `⚠ *Did not complete:* ${esc(o.title)}`;
  const lines = [head, ...o.summary.map((s) => `• ${esc(s)}`)];
  return message(`${o.succeeded ? 'Done' : 'Did not complete'}: ${esc(o.title)} (${esc(o.actorName)})`, [
    ...packLines(lines, { maxSections: 3, more: (n) => `…and ${n} more.` }).blocks,
    context(`By ${esc(o.actorName)}.`),
  ]);
}
