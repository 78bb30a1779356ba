/**
 * Substitutions typed the way editors and Slack users correct a message: "s/billing/billing-api/",
 * "s/1h/6h/ on my token request". The new text replaces the old wherever the message states it
 * ("create a key for billing. s/billing/billing-api/" is a key for billing-api); when the old text is
 * not in the message (it was in an earlier one), the new text stands where the substitution was.
 */

/** "s/old/new/" (the closing slash may be left out before a space or the end). */
const SUBSTITUTION = /(?<![\w/])s\/([^/\n]{1,60})\/([^/\n]{0,60})(?:\/g?|(?=\s|$))/g;

export function applySubstitutions(text: string): string {
  if (!text.includes('s/')) return text;
  let out = text;
  for (const m of text.matchAll(SUBSTITUTION)) {
    const [all, before = '', after = ''] = m;
    const old = before.trim();
    const now = after.trim();
    if (old === '' || /^\s*$/.test(now)) continue;
    const at = out.indexOf(all);
    if (at < 0) continue;
    // The substitution itself goes; the old text, where it stands as a word, becomes the new.
    const rest = `${out.slice(0, at)} ${out.slice(at + all.length)}`;
    const word = new RegExp(String.raw`(?<![\w-])${escape(old)}(?![\w-])`, 'gi');
    out = word.test(rest)
      ? rest.replace(word, now)
      : `${out.slice(0, at)} ${now} ${out.slice(at + all.length)}`;
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
