/**
 * fix52g (tuned-styles-anglo, the lay and long styles): a change of ours given the go-ahead in the passive, of one named
 * thing, "ad-copy-gen can be fully deprovisioned — keys, unit, the lot", "the churn-watch key can be revoked now, the
 * vendor is gone": the writer, who owns it, asks for the change as "please deprovision ad-copy-gen" does; the readers
 * of mood take the passive for a statement. Glossed to the imperative before the readers run (surface.ts), only with
 * one named thing as its subject (a hyphenated name, or "the X key/unit"), and nothing after that makes it a rule or a
 * condition ("… can be revoked only by admins", "… can be rotated from the console", "… once the audit is done") or a
 * question ("can promo-gen be deprovisioned?" is help's).
 */

/** Cheap gate (lower case): "can be" and one of the verbs. */
export const PASSIVE_GO_AHEAD_TEST =
  /\bcan\s+(?:now\s+|safely\s+|finally\s+)?be\s+(?:fully\s+|completely\s+|safely\s+)?(?:deprovisioned|offboarded|revoked|rotated|decommissioned)\b/i;

const BASE: Record<string, string> = {
  deprovisioned: 'deprovision',
  offboarded: 'offboard',
  revoked: 'revoke',
  rotated: 'rotate',
  decommissioned: 'decommission',
};

/**
 * A named thing (a hyphenated name, "the X key", "X's key") as subject, then the passive; a clause's start before it
 * (not "and": "both valentines-2025 and valentines-2024 can be deprovisioned" names two, which the readers ask about).
 */
const PASSIVE_GO_AHEAD =
  /(^|[.!;:\n]\s*|,\s*(?:so\s+)?|\bso\s+)((?:the\s+|our\s+)?(?:[a-z0-9]+(?:[-_][a-z0-9]+)+(?:'s)?(?:\s+(?:key|keys|unit|api\s+key|access\s+key))?|[a-z0-9]+(?:'s)?\s+(?:key|keys|api\s+key|access\s+key)))\s+can\s+(?:now\s+|safely\s+|finally\s+)?be\s+(?:fully\s+|completely\s+|safely\s+)?(deprovisioned|offboarded|revoked|rotated|decommissioned)\b(?!\s+(?:if|only|by|when|from|once|after|before|in|via|through|with|unless|later|next|tomorrow|too|as|at|on)\b)/i;

/** The text with such a go-ahead read as the imperative ("please deprovision ad-copy-gen"), unless it is a question. */
export function passiveGoAhead(text: string): string {
  const m = PASSIVE_GO_AHEAD.exec(text);
  if (m === null) return text;
  const end = text.slice(m.index + m[0].length);
  const clause = /^[^.!?\n]*/.exec(end)?.[0] ?? '';
  if (end.startsWith(clause) && end.charAt(clause.length) === '?') return text;
  const verb = BASE[(m[3] ?? '').toLowerCase()] ?? 'revoke';
  return `${text.slice(0, m.index)}${m[1] ?? ''}please ${verb} ${m[2] ?? ''}${end}`;
}
