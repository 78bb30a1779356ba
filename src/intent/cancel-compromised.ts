/**
 * fix52g (tuned-styles-lay): "cancel it" said of a key told of as compromised ("someone outside the company is using our
 * claims-triage key!! please cancel it now", "the promo-gen key leaked in a public repo, please cancel it"): in lay
 * English a credential is cancelled as a card is, the key revoked; not "cancel that", the writer's own request taken
 * back (withdrawal.ts), which is what "cancel it" reads as everywhere else. Glossed to "revoke it" before the readers run
 * (surface.ts), only when a key, password or credential is said before it to be leaked, exposed or used by someone, and
 * the writer asked for nothing before it ("I asked for a key for promo-gen, please cancel it" stays taken back).
 */

/** Cheap gate: the words "cancel it" (lower case, as surface.ts tests). */
export const CANCEL_IT_TEST = /\bcancel\s+(?:it|that\s+key|the\s+key)\b/i;

const CANCEL_IT = /\bcancel(\s+(?:it|that\s+key|the\s+key)\b)/i;
const CREDENTIAL = String.raw`(?:keys?|api[\s_-]?keys?|access[\s_-]?keys?|passwords?|creds?|credentials?|logins?)`;
const HARM = String.raw`(?:leak(?:ed|s|ing)?|compromised|exposed|stolen|posted|pasted|committed|published|visible|public|hacked)`;
/** The key said to be compromised, or someone using it who should not. */
const COMPROMISED = new RegExp(
  String.raw`\b${CREDENTIAL}\b[^.?\n]{0,80}?\b${HARM}\b|\b${HARM}\b[^.?\n]{0,40}?\b${CREDENTIAL}\b|\b(?:someone|somebody|people|anyone|an?\s+(?:outsider|stranger|third\s+party))\b[^.?\n]{0,60}?\b(?:using|used|has|have|got)\b[^.?\n]{0,40}?\b${CREDENTIAL}\b`,
  'i',
);
/** The writer's own request before it, which "cancel it" takes back. */
const OWN_REQUEST =
  /\b(?:i|we)\s+(?:just\s+)?(?:asked|requested|ordered|applied)\b|\b(?:my|our)\s+(?:request|ask|order|ticket)\b|\b(?:token|create|make|generate|issue|rotate|give\s+me|need|want)\b/i;

/** The text with "cancel it" read as "revoke it" when it is said of a compromised key (see above). */
export function cancelCompromised(text: string): string {
  const m = CANCEL_IT.exec(text);
  if (m === null) return text;
  const before = text.slice(0, m.index);
  if (!COMPROMISED.test(before) || OWN_REQUEST.test(before)) return text;
  return `${before}revoke${m[1] ?? ''}${text.slice(m.index + m[0].length)}`;
}
