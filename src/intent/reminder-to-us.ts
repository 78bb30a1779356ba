/**
 * Round thirty-four: "make sure we rotate the ads key once the migration is done", "let's make sure we revoke growth
 * after the audit": a reminder to the team of one of our changes, on a condition not met yet, is no request now
 * (review-fixes-twenty-fix20c finding 5). Read so before only by the classifier's margin, which the retrain moved.
 * Only "we": "make sure you rotate …" or "can you make sure the key is rotated" may be put to the bot, and without a
 * condition ("make sure we rotate the ads key today") the reminder may be the request itself.
 */
import { laterConditionAt } from './later-condition.js';

/** "make sure we", "let's make sure we", "remember to make sure we", then one of our changes. */
const REMINDER_TO_US =
  /^\W*(?:(?:ok|okay|so|also|and|reminder|note)\W+)?(?:let'?s\s+|pls\s+|please\s+|remember\s+to\s+)?make\s+sure\s+(?:that\s+)?we\s+(?:also\s+)?(?:rotate|revoke|deprovision|create|renew|regenerate|offboard)\b/;

/** Whether the text (lowercase) is such a reminder, on a condition not met yet. */
export function reminderToUs(lower: string): boolean {
  return lower.includes('make sure') && REMINDER_TO_US.test(lower) && laterConditionAt(lower) > 0;
}
