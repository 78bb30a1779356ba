/** The owner a text names: an e-mail or a mentioned person, preferring the one named as owner. */
import type { Term } from './terms.js';

/**
 * Prefers the e-mail or person named after "owner" / "owned by" / "contact"; else the first e-mail,
 * else a mention that names who the credential is for ("for @ana", "give @ana a token", "@ana needs a key").
 */
export function pickOwner(terms: Term[], emails: string[], mentions: string[]): string | null {
  let emailIndex = 0;
  let mentionIndex = 0;
  let firstEmail: string | null = null;
  let firstMention: string | null = null;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (!t) continue;
    let value: string | null = null;
    if (t.w === 'xxemail') value = emails[emailIndex++] ?? null;
    else if (t.w === 'xxuser') value = mentions[mentionIndex++] ?? null;
    else continue;
    if (value === null) continue;
    const window = terms.slice(Math.max(0, i - 3), i);
    if (window.some((p) => p.tag === 'Owner')) return value;
    if (t.w === 'xxemail') firstEmail ??= value;
    // A mention names the owner only as the one the credential is for ("for @ana", "give @ana a token",
    // "@ana needs a key"); "ping @x", "pairing with @x", "@x said it's fine" are people talked about.
    else if (
      ['for', 'give', 'to', 'by', 'owned'].includes(terms[i - 1]?.w ?? '') ||
      ['needs', 'wants', 'requires', 'need'].includes(terms[i + 1]?.w ?? '')
    )
      firstMention ??= value;
  }
  return firstEmail ?? firstMention;
}
