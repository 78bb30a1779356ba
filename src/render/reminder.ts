/**
 * Reminder DMs: a long-term key about to expire, an access key past its rotation age (both to the
 * unit's owner, with Rotate and Details), and the weekly digest of units with hygiene flags for
 * admins who asked for it. Pure: src/slack/reminder-sender.ts sends them.
 */
import type { HygieneDigest, Reminder } from '../core/reminders.js';
import type { Block, Message } from './block-kit.js';
import { actions, context, header, message } from './blocks.js';
import { code, daysBetween, esc, formatUtc, relative } from './format.js';
import { flagWords, homeButton } from './home-view.js';
import { packLines, sections } from './limits.js';

export function renderReminder(r: Reminder, now: Date, commandName: string): Message {
  const unit = esc(r.businessUnit);
  const what =
    r.kind === 'api-key-expiry'
      ? `The Bedrock API key ${code(r.keyLabel)} of *${unit}* expires ${relative(r.expiresAt, now)} (${formatUtc(r.expiresAt)}).`
      : `The access key ${code(r.keyLabel)} of *${unit}* is ${daysBetween(r.createdAt, now)} days old, past the ${r.rotationDays}-day rotation age.`;
  const advice =
    r.kind === 'api-key-expiry'
      ? 'Rotate it before then so nothing that uses it stops working: the new key comes first, the old one is deleted only when you say so.'
      : 'Rotate it: the new key comes first, the old one is deleted only when you say so.';
  const text =
    r.kind === 'api-key-expiry'
      ? `Reminder: a Bedrock API key of ${r.businessUnit} expires ${relative(r.expiresAt, now)}`
      : `Reminder: an access key of ${r.businessUnit} is due for rotation`;
  const blocks: Block[] = [
    header(r.kind === 'api-key-expiry' ? '⏰ A key expires soon' : '⏰ Time to rotate a key'),
    ...sections(`${what}\n${advice}`),
    actions(
      homeButton('rotate', 'Rotate', r.businessUnit, 'primary'),
      homeButton('details', 'Details', r.businessUnit),
    ),
    context(
      `You get this because you own ${code(r.userName)} (its owner tag is your email). Or type ${code(`${commandName} rotate key for ${r.businessUnit}`)}.`,
    ),
  ];
  return message(text, blocks);
}

export function renderDigest(d: HygieneDigest, commandName: string): Message {
  const count = d.units.length;
  const blocks: Block[] = [
    header(`Weekly Bedrock hygiene digest (${d.week})`),
    ...(count === 0
      ? sections('_All units look healthy._ Nothing to do this week.')
      : packLines(
          d.units.map((s) => `• *${esc(s.businessUnit)}*: ${flagWords(s).join(', ')}`),
          { maxSections: 6, more: (n) => `…and ${n} more: ask \`${commandName} list\`` },
        ).blocks),
    context(
      `You get this because you asked for it (HYGIENE_DIGEST_USER_IDS). ${code(`${commandName} list`)} shows every unit.`,
    ),
  ];
  return message(
    count === 0
      ? `Weekly Bedrock digest ${d.week}: all units look healthy`
      : `Weekly Bedrock digest ${d.week}: ${count} unit${count === 1 ? '' : 's'} with hygiene flags`,
    blocks,
  );
}
