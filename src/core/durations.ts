/**
 * Every way the bot writes a duration, in one place (parsing lives in intent/durations.ts for free
 * text and config/duration-setting.ts for settings).
 *
 * - `formatDuration`: words, exact ("1 hour 30 minutes"), in sentences the core writes;
 * - `humanDuration`: short and rounded to two units ("5 h 59 min"), on cards;
 * - `compactDuration`: the setting syntax ("6h", "90m", "45s"), which the parser and settings read back;
 * - `durationAdjective`: "12-hour", for limits;
 * - `limitDuration`: "12h", "15 minutes", for the limit a person should ask within.
 */

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "24 hours", "30 minutes", "1 hour 30 minutes", "45 seconds", "14 days". */
export function formatDuration(seconds: number): string {
  if (seconds % 86_400 === 0 && seconds >= 2 * 86_400) return plural(seconds / 86_400, 'day');
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const parts: string[] = [];
  if (h > 0) parts.push(plural(h, 'hour'));
  if (m > 0) parts.push(plural(m, 'minute'));
  if (s > 0 || parts.length === 0) parts.push(plural(s, 'second'));
  return parts.join(' ');
}

/**
 * A duration in words, at most two units: "45 s", "15 min", "5 h 59 min", "12 h", "3 days 4 h", "120 days".
 * Seconds are only shown under a minute.
 */
export function humanDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const restMin = minutes % 60;
  if (hours < 48) return restMin === 0 ? `${hours} h` : `${hours} h ${restMin} min`;
  // From two days on, the smallest unit shown is the hour (or the day): round to it, so a key that
  // expires in 30 days reads "30 days" a few seconds after it was made, not "29 days".
  const roundedHours = Math.round(s / 3600);
  if (roundedHours >= 14 * 24) return `${Math.round(roundedHours / 24)} days`;
  const days = Math.floor(roundedHours / 24);
  const restH = roundedHours % 24;
  if (restH === 0) return `${days} days`;
  return `${days} days ${restH} h`;
}

/** "6h", "90m", "45s": the largest unit that divides it exactly, as settings and the parser read it. */
export function compactDuration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

/** "12-hour", "15-minute", "90-minute": the adjective form used in limits. */
export function durationAdjective(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}-hour`;
  if (seconds % 60 === 0) return `${seconds / 60}-minute`;
  return `${seconds}-second`;
}

/** "12h", "15 minutes", "90 seconds": a limit to ask within. */
export function limitDuration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60} minutes`;
  return `${seconds} seconds`;
}
