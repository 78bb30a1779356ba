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

/** Slack mrkdwn control characters: `&`, `<`, `>` must be sent as entities (Slack shows them as typed). */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Inverse of `esc`, for the console. */
export function unesc(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Inline code in mrkdwn; backticks inside would end the span, so they are replaced. */
export function code(text: string): string {
  return `\`${esc(text.replace(/`/g, "'"))}\``;
}

/** A fenced code block in mrkdwn. */
export function codeBlock(text: string): string {
  return `\`\`\`${esc(text.replace(/```/g, "'''"))}\`\`\``;
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
