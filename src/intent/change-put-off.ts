/**
 * fixfollowups30: a change named as a noun, set to a later time in a planner's note: "route-planner rotation:
 * not before the Christmas peak is over please", "depot-checkin deprovision → January, after stocktake", "the
 * billing key revocation - not until the audit closes", "ads offboarding: next quarter". The unit and its
 * change, then a colon, an arrow or a dash, then when (not before / not until / after …, a month, next week):
 * the writer schedules it and asks the bot not to act now (README: Later, "hold off on …" is `unknown`).
 * A time of now ("route-planner rotation: today please", "rotation → asap") is no such note, nor a verb
 * ("rotate route-planner after the peak" asks the change on a condition, later-condition.ts).
 */

const CHANGE_NOUN =
  '(?:rotation|rotations|revocation|revoke|deprovision|deprovisioning|deprov|offboarding|decommission|decommissioning|decom|teardown|tear-down)';
const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
/** When, put later: "not before …", "not until …", "after …", a month, next week, the new year, Q1. */
const LATER = String.raw`(?:not\s+(?:before|until|till|yet)\b|(?:only\s+)?after\b|(?:in\s+|from\s+|early\s+|mid[\s-]|end\s+of\s+)?${MONTH}\b|next\s+(?:week|month|quarter|year|sprint)\b|the\s+new\s+year\b|new\s+year\b|q[1-4]\b|later\b|post[\s-]\w+)`;

const PUT_OFF = new RegExp(
  String.raw`^[\s>*_~]*(?:the\s+)?[a-z0-9][a-z0-9_-]*(?:\s+[a-z0-9][a-z0-9_-]*){0,2}?(?:'s)?\s+(?:(?:api\s+|access\s+)?keys?\s+)?${CHANGE_NOUN}\s*(?::|→|->|=>|—|–|-)\s*${LATER}`,
);

/** Whether the lowercase text is a change of one of ours, named as a noun and put to a later time. */
export function changePutOff(lower: string): boolean {
  return PUT_OFF.test(lower);
}
