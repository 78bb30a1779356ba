/** Who is asking. Front ends fill this in (Slack from users.info, the console as the local operator). */
export interface Requester {
  /** Slack user ID, or "local-operator" on the console and CLI. */
  userId: string;
  /** The person's email (from Slack's profile), used to match the business unit owner tag. */
  email: string | null;
  /** A display name for messages and audit rows. */
  displayName: string;
  /** Member of ADMIN_USER_IDS or the admin user group (the local operator always is). */
  isAdmin: boolean;
  /** Slack guest or restricted account. */
  isRestricted: boolean;
  /** From another organisation (Slack Connect): refused unless ALLOW_EXTERNAL_USERS. */
  isExternal?: boolean;
}

/** Where a request came from; front ends decide how "private to the requester" is delivered. */
export type Surface = 'slash' | 'mention' | 'dm' | 'console' | 'cli';
