/**
 * dev26a: a past act told, then a need of a new credential stated after "so": "we revoked the old one so
 * log-triage needs a fresh key, 6 months", "I revoked the old key so billing-api needs a new key for 90 days",
 * "we deleted the old key, so growth-lab needs a new one". What was done is why; the need after "so" is the
 * request now, which mood.ts reads as a story of what was done (the first clause's past verb). Only a need in
 * the present ("needs", "need", "wants", "requires"): "so log-triage will need one next quarter", "so they
 * needed a new key" tell a need put off or met. Word tests first, then one regular expression with no two
 * unbounded runs side by side.
 */
const NEED_AFTER_DONE =
  /\bso\s+(?:now\s+)?(?:we|i|they|the\s+[a-z0-9_]+(?:\s+(?:team|service|app|bot|unit))?|[a-z0-9_]+(?:\s+team)?)\s+(?:now\s+|still\s+|urgently\s+)?(?:needs?|wants?|requires?)\s+(?:a|an|another)\s+(?:(?:new|fresh|replacement|working)\s+)?(?:long_term\s+)?(?:keys?|api_key|access_key|one)\b/;
/** A past act told before it: a key revoked, deleted, rotated, killed, expired, leaked or lost. */
const DONE_BEFORE =
  /\b(?:revoked|deleted|removed|rotated|killed|disabled|expired|leaked|lost|deprovisioned)\b/;

/** Whether the lowercased, prepared text tells a past act and then, after "so", a need of a new credential now. */
export function needAfterDone(text: string): boolean {
  if (!text.includes('so ') || (!text.includes('need') && !text.includes('want') && !text.includes('requir')))
    return false;
  const m = NEED_AFTER_DONE.exec(text);
  return m !== null && DONE_BEFORE.test(text.slice(0, m.index));
}
