/**
 * Who a `list` by owner means, as the email the units' owner tags hold (create_key stores the
 * owner as a lowercase email; isOwner compares ignoring case). A mention of someone else becomes
 * their email through the front end's people lookup (Slack: their profile); "me" and a mention of
 * the person asking use the requester's own email.
 */
import { err, ok, type Result } from './result.js';
import type { Requester } from './requester.js';
import { isEmail, isSlackUserId } from './validation.js';

/** A front end's directory of people: a person's email by their user ID (Slack: users.info). */
export interface PeopleLookup {
  /** Null when the person has no email the bot may read. */
  emailOf(userId: string): Promise<string | null>;
}

export async function ownerEmailFor(
  stated: string,
  requester: Requester,
  people: PeopleLookup | undefined,
): Promise<Result<string, string>> {
  const value = stated.trim();
  if (value.toLowerCase() === 'me' || value === requester.userId) {
    if (requester.email === null || requester.email.trim() === '')
      return err(
        'Your profile shows no email, and owners are recognised by the email in the owner tag, so I cannot tell which units are yours. Ask with the email instead: "list units owned by jane@example.com".',
      );
    return ok(requester.email.trim().toLowerCase());
  }
  if (isSlackUserId(value)) {
    const email = people === undefined ? null : await people.emailOf(value).catch(() => null);
    if (email === null || email.trim() === '')
      return err(
        `I can't find an email for the person you mentioned (${value}), and owners are recognised by the email in the owner tag. Ask with their email instead: "list units owned by jane@example.com".`,
      );
    return ok(email.trim().toLowerCase());
  }
  if (!isEmail(value))
    return err(
      `"${value}" is not an email address; owners are recognised by the email in the unit's owner tag (e.g. "list units owned by jane@example.com").`,
    );
  return ok(value.toLowerCase());
}
