/**
 * A create-key command whose last argument, straight after the unit, is a usual key lifetime with no unit
 * word ("create key tender-assistant-prod 90", "/bedrock create-key growth 30"): its days, as the same
 * number after the key's kind is (durations.ts, commandWithDays). The whole message only, and only the
 * lifetimes keys are usually given (a small number after a name is the name's: "create key hack 12" →
 * `hack-12`; surface.ts keeps the same set from joining a name).
 */
/**
 * fix39f, train: also with the unit after "bu" or "unit" and an owner argument between it and the number ("create key
 * bu contract-tests owner <@U08PACT001> 30", "new key unit growth owner ana@acme.io 90"; the mention and the e-mail
 * are read here as their placeholders, " xxuser " and " xxemail ").
 */
const BARE_COMMAND_DAYS =
  /^([ \t]*(?:\/[a-z0-9_-]{1,30}[ \t]+)?(?:create|new)[-_ \t]key(?:[ \t]*:)?[ \t]+(?:(?:bu|unit)[ \t]+)?[a-z][a-z0-9_.-]{0,60}[ \t]+(?:owner[ \t]+(?:xxuser|xxemail)[ \t]+)?)(\d{2,3})((?:[ \t]+(?:please|pls|plz))?[.!]?)$/;

/** The lifetimes in days a key is usually given. */
const USUAL_DAYS = new Set(['14', '30', '45', '60', '90', '180', '365']);

/**
 * fix43b, tuned-styles-followups: a key asked in fields joined by " / " or " | ", opened by the key's word and a colon,
 * one field a usual lifetime alone ("key: route-planner / access key / 30 / mumbai"): its days, as a bare number in
 * an expiry field is (README "Forms"). Only one such number, and no lifetime with its unit in the text.
 */
const FIELDS_OPENING =
  /^[ \t]*(?:\/[a-z0-9_-]{1,30}[ \t]+)?(?:(?:create|new)[-_ \t])?(?:access[-_ \t]|api[-_ \t])?key[ \t]*:/;
const FIELD_NUMBER = /([ \t]*[/|][ \t]*)(\d{2,3})(?=[ \t]*(?:[/|]|$))/g;

function fieldDays(lower: string): string {
  if (!FIELDS_OPENING.test(lower) || /\b(?:days?|d|months?|weeks?|years?)\b/.test(lower)) return lower;
  const numbers = [...lower.matchAll(FIELD_NUMBER)].filter((m) => USUAL_DAYS.has(m[2] ?? ''));
  if (numbers.length !== 1 || (lower.match(/[/|]/g) ?? []).length < 2) return lower;
  const m = numbers[0];
  if (m === undefined) return lower;
  const at = m.index + (m[1] ?? '').length;
  return `${lower.slice(0, at)}${m[2]} days${lower.slice(at + (m[2] ?? '').length)}`;
}

/** The lowercase text with a bare create-key command's usual lifetime marked as days ("… 90 days"). */
export function withBareCommandDays(lower: string): string {
  if (lower.includes('key') && (lower.includes('/') || lower.includes('|')) && lower.includes(':')) {
    const fields = fieldDays(lower);
    if (fields !== lower) return fields;
  }
  // (Read on the text without its trailing spaces: no two runs of spaces side by side in the pattern.)
  const trimmed = lower.trimEnd();
  if (!lower.includes('key') || !/(?:\d|please|pls|plz)[.!]?$/.test(trimmed)) return lower;
  const m = BARE_COMMAND_DAYS.exec(trimmed);
  if (m === null || m[2] === undefined || !USUAL_DAYS.has(m[2])) return lower;
  return `${m[1]}${m[2]} days${m[3]}${lower.slice(trimmed.length)}`;
}
