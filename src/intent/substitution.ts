/**
 * Substitutions typed the way editors and Slack users correct a message: "s/billing/billing-api/",
 * "s/1h/6h/ on my token request". The new text replaces the old wherever the message states it
 * ("create a key for billing. s/billing/billing-api/" is a key for billing-api); when the old text is
 * not in the message (it was in an earlier one), the new text stands where the substitution was.
 */

/** "s/old/new/" (the closing slash may be left out before a space or the end). */
const SUBSTITUTION = /(?<![\w/])s\/([^/\n]{1,60})\/([^/\n]{0,60})(?:\/g?|(?=\s|$))/g;

/** Pasted code, where "s/…/…/" is a sed command, not a correction: fenced blocks and inline code. */
const CODE = /```[\s\S]*?(?:```|$)|`[^`\n]*`/g;
/** Verbs that change or remove credentials: a substitution that swaps one is a correction to ask about. */
const CHANGING_VERB =
  /^(?:revoke|rotate|roll|cycle|regenerate|delete|remove|deprovision|offboard|decommission|disable|deactivate|kill)$/i;

export function applySubstitutions(text: string): string {
  if (!text.includes('s/')) return text;
  const code = text.includes('`')
    ? [...text.matchAll(CODE)].map((c) => [c.index, c.index + c[0].length])
    : [];
  let out = text;
  for (const m of text.matchAll(SUBSTITUTION)) {
    const [all, before = '', after = ''] = m;
    const old = before.trim();
    const now = after.trim();
    if (old === '' || /^\s*$/.test(now)) continue;
    if (code.some(([from = 0, to = 0]) => m.index >= from && m.index < to)) continue;
    const at = out.indexOf(all);
    if (at < 0) continue;
    // "rotate the growth key s/rotate/revoke/": a verb swapped is said as a correction ("…, I meant
    // revoke"), which the parser asks about before doing anything, as it does when typed in words.
    if (CHANGING_VERB.test(old) || CHANGING_VERB.test(now)) {
      out = `${out.slice(0, at)}, I meant ${now} ${out.slice(at + all.length)}`;
      continue;
    }
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
