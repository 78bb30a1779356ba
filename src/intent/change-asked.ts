/**
 * Questions about a change in the record (round seventeen; README "When a change happened"), in forms
 * the rules' other history patterns miss. All read the prepared text (lowercase, units joined with `_`,
 * a mention as `xxuser`, a stated period as `xxperiod`):
 *  - who has kept changing a key: "who's been rotating the obs-charting key so often?", "who has been
 *    revoking the ads keys lately?";
 *  - whether a change fell before or after a time or event: "was the trust-safety key rotated before or
 *    after 02:00?", "has the kyc key been rotated since the incident?" (not "has anyone rotated …", put
 *    to the people in the channel, nor "was it you who revoked …");
 *  - when the last change was, its noun first: "when was the last rotation on payments-gateway?", or the noun
 *    alone asked (fix37a): "latest rotation for ads-ml?";
 *  - what a person did: "what did <@U…> do tonight?", "what has <@U…> changed?";
 *  - every change of a kind over a span: "every rotate/revoke on checkout in the past 3 days".
 */

const CHANGED = String.raw`(?:rotat|revok|deprovision|delet|regenerat|renew|offboard|cycl|disabl|roll)[a-z]*`;

const WHO_KEPT_CHANGING = new RegExp(
  String.raw`\bwho(?:'s|’s|\s+is|\s+has|\s+have)\s+been\s+(?:(?:busy|constantly|repeatedly|always)\s+)?${CHANGED}\b`,
);

const BEFORE_OR_AFTER = new RegExp(
  String.raw`^\W*(?:(?:so|and|also|btw|ok|hey|hi|quick\s+q)\W+)?(?:was|were|has|have|had)\s+(?!(?:any|some|every|no)(?:one|body)\b|(?:you|u|we|they|he|she|i|it|that|this)\b)(?:[\w'-]+\s+){0,4}?(?:been\s+)?(?:(?:already|ever|actually|really)\s+)?(?:rotated|revoked|deprovisioned|offboarded|regenerated|renewed|rolled|cycled)\s+(?:(?:right|just|shortly|well|only|long)\s+)?(?:before|after|prior\s+to|since)\b`,
);

const WHEN_LAST =
  /\bwhen(?:'s|\s+was|\s+is|\s+did)\s+(?:the\s+|our\s+|its\s+)?(?:last|latest|most\s+recent|previous|first)\s+(?:rotation|revocation|regeneration|renewal|rollover|key\s+change)\s+(?:of|for|on|to|at)\b/;

/**
 * fix37a, tuned-forestry: the same asked with no "when", the noun phrase alone as the question ("latest rotation
 * for ads-ml?", "last revocation on growth?"): the record's last change asked after, not a change asked for.
 */
const LAST_CHANGE_BARE =
  /^\W*(?:(?:so|and|ok|hey|hi)\W+)?(?:the\s+)?(?:last|latest|most\s+recent|previous)\s+(?:rotation|revocation|regeneration|renewal|rollover|key\s+change)\s+(?:of|for|on|at)\s+(?:the\s+)?[^\s?.!]+(?:\s+(?:key|keys|team|unit))?\s*\?/;

const WHAT_PERSON_DID =
  /(?:^|[.!?;:\n]\s*)(?:so\s+|and\s+|ok\s+)?what\s+(?:did|has|have)\s+xxuser\s+(?:(?:just|actually|even)\s+)?(?:do|done|change|changed|touch|touched|rotate|rotated|revoke|revoked)\b/;

const EVERY_CHANGE = new RegExp(
  String.raw`\b(?:every|all|each|any)\s+(?:the\s+)?(?:rotations?|revocations?|rotates?|revokes?|deletions?|key\s+changes)(?:\s*(?:[_/,&+]|and|or)\s*(?:rotations?|revocations?|rotates?|revokes?|deletions?|creations?))*\s+(?:on|of|for|to|in|at)\s+[^.!?\n]{1,40}?xxperiod`,
);

/**
 * One of our changes said as a command at the head of a later clause: "… ? if not, rotate it now
 * please", "… ? if not please rotate it", "… ? rotate them now if not" (not "asking because we need to
 * rotate it", nor "don't rotate it").
 */
const COMMAND_OF_OURS =
  /(?:^\s*|[.!?;,\n]\s*|\b(?:if\s+not|otherwise|then|so|now|please|pls|plz|just)\s+)(?:(?:please|pls|plz|just|now)\s+)?(?:rotate|revoke|deprovision|regenerate|renew|cycle|roll|disable|delete|offboard)\s+(?:it|them|that|this|the|a|an|my|our|their|its|all|both|xx[a-z]+|[a-z0-9_-]+'s)\b/;

/**
 * Whether a question read by `pattern` is asked and no later sentence gives a command of ours ("was
 * the ads key rotated after the leak? if not, rotate it now please" asks for the rotation).
 */
function askedAlone(pattern: RegExp, text: string): boolean {
  const asked = pattern.exec(text);
  if (asked === null) return false;
  const after = asked.index + asked[0].length;
  const end = text.slice(after).search(/[.!?\n]/);
  return end < 0 || !COMMAND_OF_OURS.test(text.slice(after + end + 1));
}

/** A question about a change in the record of a key or a unit (`named`: a key or a unit is named). */
export function changeAsked(text: string, named: boolean): boolean {
  if (WHAT_PERSON_DID.test(text) || EVERY_CHANGE.test(text)) return true;
  return (
    named &&
    (askedAlone(WHO_KEPT_CHANGING, text) ||
      askedAlone(BEFORE_OR_AFTER, text) ||
      askedAlone(WHEN_LAST, text) ||
      askedAlone(LAST_CHANGE_BARE, text))
  );
}
