/**
 * A rule or a habit stated with how often, not asked now (review D of round twenty, fix20f): "change our
 * key every quarter", "rotate the finance key every 90 days", "rotate keys quarterly", told or quoted
 * ("…, said the auditor", "the auditor: …", "… - reminder for the team"). A word of now keeps the
 * request: "rotate our key now, policy says every quarter", "please rotate the ads key, we do it every
 * quarter", "… every quarter and it's that time" (rule-due-now.ts). "quarterly hygiene", "the quarterly
 * policy" (an adjective) and "every key" are no frequency.
 */
import { ruleDueNow } from './rule-due-now.js';

/**
 * How often: "every quarter", "each 90 days", "every six months", "keys quarterly" ending its clause (not a
 * unit's name: "etl-nightly", "for etl nightly").
 */
const FREQUENCY =
  /\b(?:every|each)[ \t]+(?:(?:\d{1,3}|two|three|four|six|twelve|other|few|single)[ \t]+)?(?:quarter|month|year|week|day|night|sprint)s?\b|\b(?:keys?|tokens?|it|them|credentials?|creds)[ \t]+(?:quarterly|monthly|weekly|yearly|annually|nightly|daily)(?=[ \t]*(?:[,.;!?]|$)|[ \t]+[—–-])/m;

/** Our verb in the same clause before the frequency. */
const OUR_VERB =
  /\b(?:rotate|rotated|rotating|change|changed|revoke|revoked|renew|refresh|cycle|roll|regenerate|replace|deprovision)\b/;

/**
 * A policy's rule quoted: "per policy, revoke keys of leavers within 24h", "policy: rotate keys after a leak":
 * keys in general (plural, "all", "any"), not one unit's key ("per policy, revoke the growth key on friday"
 * asks it, fix23a).
 */
const POLICY_RULE =
  /^[ \t]*(?:(?:per|as[ \t]+per|according[ \t]+to)[ \t]+(?:the[ \t]+|our[ \t]+)?(?:[a-z]+[ \t]+)?(?:policy|policies|standard|rules?|guidelines?)[ \t]*,|(?:the[ \t]+)?(?:[a-z]+[ \t]+)?(?:policy|rule|standard|guideline)[ \t]*(?:is|says)?[ \t]*:)[ \t]*(?:rotate|revoke|deprovision|disable|delete|remove|renew|create|issue)[ \t]+(?:(?:all|any|every|each)[ \t]+)?(?:(?:the|such|those)[ \t]+)?(?:(?:old|stale|unused|idle|inactive|leaked|compromised|expired|shared|personal|api|access|user|staff|contractor|leaver)[ \t]+)?(?:keys|tokens|credentials|creds|access|api[ \t]+keys)\b[^.!?\n]*\b(?:within|after|before|upon|on|when|of|for[ \t]+(?:all|any|every))\b/;

/** The same rule with the policy named after it: "revoke keys of leavers within 24h, per policy". */
const POLICY_RULE_AFTER =
  /^[ \t]*(?:rotate|revoke|deprovision|disable|delete|remove|renew|create|issue)[ \t]+(?:(?:all|any|every|each)[ \t]+)?(?:(?:the|such|those)[ \t]+)?(?:(?:old|stale|unused|idle|inactive|leaked|compromised|expired|shared|personal|api|access|user|staff|contractor|leaver)[ \t]+)?(?:keys|tokens|credentials|creds|access|api[ \t]+keys)\b(?=[^.!?\n]*\b(?:within|after|before|upon|on|when|of|for[ \t]+(?:all|any|every))\b)[^.!?\n]*[ \t,;(—–-](?:(?:as[ \t]+)?per|according[ \t]+to)[ \t]+(?:the[ \t]+|our[ \t]+)?(?:[a-z]+[ \t]+)?(?:policy|policies|standard|rules?|guidelines?)[ \t)]*[.!]?[ \t]*$/;

/** A word that asks now. */
const NOW =
  /\b(?:now|today|tonight|asap|please|pls|plz|thanks|thx|ty|urgent|urgently|overdue|due|time\s+to)\b/;

/** A question's opening word. */
const WH_OPENING =
  /^[ \t]*(?:<@[^>]{1,40}>[ \t,]*)?(?:who|what|when|which|why|how|did|has|have|does|do|is|are|was|were)\b/;

/** Whether the lowercase text states a rule with a frequency and asks nothing now. */
export function ruleNotNow(lower: string): boolean {
  // (lead23: "per policy, revoke keys of leavers within 24h": a policy's rule, quoted; not "per policy,
  // please rotate the ads key now".)
  // (fix23a: in Slack markup or code, "`per policy, revoke keys …`", or with the policy named last, "revoke
  // keys of leavers within 24h, per policy", the same rule.)
  if (/polic|rule|standard|guideline/.test(lower)) {
    const plain = lower.replace(/[`*_~]/g, ' ');
    if ((POLICY_RULE.test(plain) || POLICY_RULE_AFTER.test(plain)) && !NOW.test(plain)) return true;
  }
  if (!/every|each|ly\b/.test(lower)) return false;
  const m = FREQUENCY.exec(lower);
  if (m === null) return false;
  const before = lower.slice(0, m.index);
  // The verb in the frequency's own clause ("rotate the risk api key, each team uses it daily" is a reason).
  const start = Math.max(...['.', '!', '\n', ',', ';', ':', '—', '–'].map((c) => before.lastIndexOf(c)));
  if (!OUR_VERB.test(before.slice(start + 1))) return false;
  // A question about it ("who has been rotating … every night?") is read as one.
  if (WH_OPENING.test(lower)) return false;
  // (known27: a whole message that asks our change of one named key on a schedule, "rotate the key for the
  // gate-scanning unit every 30 days", "can you rotate the doc-ai key every 60 days?", is asked, not a rule
  // stated: read as the change, asked about first as a later one is, later-condition.ts.)
  if (SCHEDULE_ASKED.test(lower)) return false;
  return !NOW.test(lower) && !ruleDueNow(lower);
}

/**
 * Our change first (after "please" or "can you"), of one key or unit (not keys in general: "rotate keys every
 * 90 days", "rotate them …"), with the schedule ending the message.
 */
const SCHEDULE_ASKED =
  /^\W*(?:(?:please|pls|plz|kindly|can\s+you|could\s+you|can\s+we|could\s+we)\s+)?(?:rotate|renew|regenerate|cycle)\s+(?!(?:all\s+|every\s+|any\s+|our\s+|the\s+|your\s+)?(?:keys|tokens|credentials|creds|them|it|passwords?|secrets?)\b)[^,.;!?\n]{1,60}?\s(?:every|each)\s+(?:(?:\d{1,3}|two|three|four|six|twelve|other)\s+)?(?:days?|weeks?|months?|quarters?|years?)[ \t]*(?:,?[ \t]*(?:please|pls|plz|thanks|thx))?[ \t.!?]*$/;
