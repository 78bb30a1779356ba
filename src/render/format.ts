/**
 * Formatting helpers shared by the renderers: dates (always relative to the render context's
 * `now`, never the wall clock), relative times, masked key IDs and Slack mrkdwn escaping.
 */

import { humanDuration } from '../core/durations.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-11-21 14:05 UTC`. */
export function formatUtc(date: Date): string {
  return `${formatDay(date)} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/**
 * A whole number with thousands separators, `1,045`: what `toLocaleString('en-US')` prints, without
 * its first call's cost (loading ICU's number formats: ~100 ms on the first `list` after a start).
 */
export function groupDigits(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** `2026-11-21` (UTC). */
export function formatDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** "in 6 h", "3 days ago", "just now" relative to `now`. */
export function relative(date: Date, now: Date): string {
  const diff = Math.round((date.getTime() - now.getTime()) / 1000);
  if (Math.abs(diff) < 30) return 'just now';
  return diff > 0 ? `in ${humanDuration(diff)}` : `${humanDuration(-diff)} ago`;
}

/** `2026-11-21 14:05 UTC (in 6 h)`. */
export function when(date: Date, now: Date): string {
  return `${formatUtc(date)} (${relative(date, now)})`;
}

/** Whole days between two instants (floored, never negative). */
export function daysBetween(earlier: Date, later: Date): number {
  return Math.max(0, Math.floor((later.getTime() - earlier.getTime()) / 86_400_000));
}

/** `AKIA…WXYZ`: an access key ID shown everywhere except the one message that delivers it. */
export function maskKeyId(id: string): string {
  if (id.length <= 8) return id;
  return `${id.slice(0, 4)}…${id.slice(-4)}`;
}

/** `&`, `<`, `>` as entities: Slack then shows them as typed and reads no link or mention in them. */
function entities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Slack mrkdwn has no escape for its formatting characters, and applies them only at word
 * boundaries (`*bold*`, `_italic_`, `~strike~`, `` `code` ``; never inside jane_doe@example.com).
 * A formatting character at a boundary is swapped for a look-alike that never formats, so a
 * display name like "*Approved* by CEO" cannot fake formatting on a card.
 */
const LOOK_ALIKE: Record<string, string> = { '*': '\u2217', _: '\uFF3F', '~': '\u223C', '`': '\u02CB' };
const FORMATTING_AT_BOUNDARY = /(?<![\p{L}\p{N}])[*_~`]|[*_~`](?![\p{L}\p{N}])/gu;

/** Escapes text (user-supplied or not) for Slack mrkdwn: entities, and formatting at word boundaries. */
export function esc(text: string): string {
  return entities(text).replace(FORMATTING_AT_BOUNDARY, (c) => LOOK_ALIKE[c] ?? c);
}

/** Inverse of `esc`, for the console. */
export function unesc(text: string): string {
  return text
    .replace(
      /[\u2217\uFF3F\u223C\u02CB]/g,
      (c) => Object.entries(LOOK_ALIKE).find(([, v]) => v === c)?.[0] ?? c,
    )
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Inline code in mrkdwn (nothing formats inside it); backticks inside would end the span, so they are replaced. */
export function code(text: string): string {
  return `\`${entities(text.replace(/`/g, "'"))}\``;
}

/** A fenced code block in mrkdwn. */
export function codeBlock(text: string): string {
  return `\`\`\`${entities(text.replace(/```/g, "'''"))}\`\`\``;
}

/** A Slack user mention when `id` looks like a Slack user ID, otherwise the text itself (console, CLI). */
export function person(idOrName: string, name?: string): string {
  if (/^[UW][A-Z0-9]{2,}$/.test(idOrName)) return name ? `${esc(name)} (<@${idOrName}>)` : `<@${idOrName}>`;
  return esc(name ?? idOrName);
}

/** "1 key", "2 keys". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
