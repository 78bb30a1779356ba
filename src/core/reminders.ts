/**
 * Reminders, as values and one run: the owner of a business unit is reminded a configured number
 * of days before one of its long-term Bedrock API keys expires, and when an access key passes the
 * rotation age; admins who opted in get a weekly digest of the units with hygiene flags.
 *
 * Each reminder has a stable key (what, which key or week, which threshold). Before anything is
 * sent the key is claimed in the ledger (`claimReminder`, a unique row that is never pruned), so a
 * reminder goes out once however many replicas run this and however often; a message that could
 * not be sent gives its claim back for the next run. Sending is a port: the core never knows Slack.
 */
import type { AccessKeyInfo, ApiKeyInfo, AwsPort, IamUser } from './aws-port.js';
import { ownerOf } from './authorize.js';
import type { Ledger } from './ledger-port.js';
import type { BusinessUnitSummary } from './outcome.js';
import { isLegacyUser } from './planner.js';
import { keyFlags } from './read-flows.js';
import type { CoreSettings } from './settings.js';
import { businessUnitOf } from './validation.js';

const DAY = 86_400_000;

interface ReminderBase {
  /** The ledger key that makes this reminder go out once. */
  key: string;
  businessUnit: string;
  userName: string;
  /** The unit's owner tag: who gets the DM. */
  ownerEmail: string;
}

export type Reminder =
  | (ReminderBase & {
      kind: 'api-key-expiry';
      /** The key's public alias (never a secret). */
      keyLabel: string;
      expiresAt: Date;
      /** The threshold reached (a value of REMINDER_DAYS_BEFORE_EXPIRY). */
      daysBefore: number;
    })
  | (ReminderBase & {
      kind: 'access-key-age';
      /** The access key ID, masked (AKIA…WXYZ). */
      keyLabel: string;
      createdAt: Date;
      rotationDays: number;
    });

export interface HygieneDigest {
  key: string;
  /** The admin it goes to. */
  userId: string;
  /** ISO week, e.g. "2026-W49". */
  week: string;
  units: BusinessUnitSummary[];
}

/** What became of one message: sent; nobody to send it to (kept as done); or a failure (retried). */
export type SendResult = 'sent' | 'no-recipient' | 'failed';

export interface ReminderPort {
  /** A DM to the person whose email is `reminder.ownerEmail`, with Rotate and Details. */
  remindOwner(reminder: Reminder, now: Date): Promise<SendResult>;
  /** A DM to an admin who opted in; 'no-recipient' when that person is not an admin. */
  sendDigest(digest: HygieneDigest, now: Date): Promise<SendResult>;
}

export interface ReminderRun {
  sent: number;
  /** Already sent (claimed by this or another replica) before. */
  alreadySent: number;
  undeliverable: number;
  failed: number;
  /** Why AWS could not be read, when it could not (nothing was sent then). */
  awsProblem: string | null;
}

export interface ReminderDeps {
  aws: AwsPort;
  ledger: Ledger;
  settings: CoreSettings;
  now: Date;
  reference: () => string;
}

const maskAccessKey = (id: string): string => `${id.slice(0, 4)}…${id.slice(-4)}`;

/** The reminders due now for one unit's user, given its keys. Pure. */
export function remindersFor(
  user: IamUser,
  keys: { apiKeys: ApiKeyInfo[]; accessKeys: AccessKeyInfo[] },
  settings: Pick<CoreSettings, 'reminderDaysBeforeExpiry' | 'accessKeyRotationDays'>,
  now: Date,
): Reminder[] {
  const ownerEmail = ownerOf(user);
  if (ownerEmail === null) return [];
  const base = { businessUnit: businessUnitOf(user), userName: user.userName, ownerEmail };
  const t = now.getTime();
  const out: Reminder[] = [];
  const thresholds = [...new Set(settings.reminderDaysBeforeExpiry)].sort((a, b) => a - b);
  for (const k of keys.apiKeys) {
    if (k.status !== 'Active' || k.expiresAt === null || k.expiresAt.getTime() <= t) continue;
    const left = k.expiresAt.getTime() - t;
    // The tightest threshold reached: a key found 12 hours before expiry gets the 1-day reminder,
    // not a late 7-day one too. Wider ones can never come due later, as time only runs on.
    const daysBefore = thresholds.find((d) => left <= d * DAY);
    if (daysBefore === undefined) continue;
    out.push({
      ...base,
      kind: 'api-key-expiry',
      key: `expiry:${user.userName}:${k.credentialId}:${daysBefore}d`,
      keyLabel: k.alias,
      expiresAt: k.expiresAt,
      daysBefore,
    });
  }
  const rotation = settings.accessKeyRotationDays;
  if (rotation !== null) {
    for (const k of keys.accessKeys) {
      if (k.status !== 'Active' || t - k.createdAt.getTime() <= rotation * DAY) continue;
      out.push({
        ...base,
        kind: 'access-key-age',
        key: `rotation:${user.userName}:${k.accessKeyId}:${rotation}d`,
        keyLabel: maskAccessKey(k.accessKeyId),
        createdAt: k.createdAt,
        rotationDays: rotation,
      });
    }
  }
  return out;
}

/** ISO 8601 week of `date` (UTC), e.g. "2026-W49". */
export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / DAY + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Whether this week's digest is due: on the configured weekday or later in the same ISO week
 * (a bot that was down on Monday still sends it on Tuesday, once).
 */
export function digestDue(now: Date, weekday: number): boolean {
  const isoDay = (d: number): number => (d === 0 ? 7 : d);
  return isoDay(now.getUTCDay()) >= isoDay(weekday);
}

const reminderDetail = (r: Reminder): string =>
  r.kind === 'api-key-expiry'
    ? `reminded ${r.ownerEmail}: API key ${r.keyLabel} expires ${r.expiresAt.toISOString()} (${r.daysBefore}-day reminder)`
    : `reminded ${r.ownerEmail}: access key ${r.keyLabel} is older than ${r.rotationDays} days`;

/** Claims, sends and records one reminder; gives the claim back when sending failed. */
async function sendOnce(
  key: string,
  deps: ReminderDeps,
  send: () => Promise<SendResult>,
  record: { businessUnit: string | null; detail: string },
  run: ReminderRun,
): Promise<void> {
  if (!(await deps.ledger.claimReminder(key, deps.now))) {
    run.alreadySent += 1;
    return;
  }
  let result: SendResult;
  try {
    result = await send();
  } catch {
    result = 'failed';
  }
  if (result === 'failed') {
    await deps.ledger.releaseReminder(key);
    run.failed += 1;
    return;
  }
  if (result === 'no-recipient') run.undeliverable += 1;
  else run.sent += 1;
  await deps.ledger.record({
    at: deps.now,
    requestId: null,
    kind: 'reminded',
    actorId: 'system',
    actorName: 'bedrock-bot',
    businessUnit: record.businessUnit,
    detail: result === 'sent' ? record.detail : `${record.detail}; not delivered: no such Slack member`,
  });
}

/** One pass: every reminder and digest due now, each sent once across runs and replicas. */
export async function runReminders(deps: ReminderDeps, port: ReminderPort): Promise<ReminderRun> {
  const run: ReminderRun = { sent: 0, alreadySent: 0, undeliverable: 0, failed: 0, awsProblem: null };
  const { settings } = deps;
  const wantsDigest = settings.digestUserIds.length > 0 && digestDue(deps.now, settings.digestWeekday);
  const wantsReminders =
    settings.reminderDaysBeforeExpiry.length > 0 || settings.accessKeyRotationDays !== null;
  if (!wantsDigest && !wantsReminders) return run;

  const users = await deps.aws.listBedrockUsers();
  if (!users.ok) return { ...run, awsProblem: users.error.message };
  const flagged: BusinessUnitSummary[] = [];
  for (const user of [...users.value].sort((a, b) => a.userName.localeCompare(b.userName))) {
    const [apiKeys, accessKeys] = await Promise.all([
      deps.aws.listApiKeys(user.userName),
      deps.aws.listAccessKeys(user.userName),
    ]);
    if (!apiKeys.ok || !accessKeys.ok) {
      run.awsProblem = `could not read the keys of ${user.userName}`;
      continue;
    }
    if (wantsDigest) {
      const summary = summaryOf(user, apiKeys.value, accessKeys.value, deps);
      if (hasFlags(summary)) flagged.push(summary);
    }
    const due = remindersFor(
      user,
      { apiKeys: apiKeys.value, accessKeys: accessKeys.value },
      settings,
      deps.now,
    );
    for (const reminder of due) {
      await sendOnce(
        reminder.key,
        deps,
        () => port.remindOwner(reminder, deps.now),
        { businessUnit: reminder.businessUnit, detail: reminderDetail(reminder) },
        run,
      );
    }
  }
  if (wantsDigest) {
    const week = isoWeek(deps.now);
    flagged.sort((a, b) => a.businessUnit.localeCompare(b.businessUnit));
    for (const userId of new Set(settings.digestUserIds)) {
      const digest: HygieneDigest = { key: `digest:${userId}:${week}`, userId, week, units: flagged };
      await sendOnce(
        digest.key,
        deps,
        () => port.sendDigest(digest, deps.now),
        {
          businessUnit: null,
          detail: `weekly hygiene digest ${week} to ${userId}: ${flagged.length} flagged units`,
        },
        run,
      );
    }
  }
  return run;
}

function summaryOf(
  user: IamUser,
  apiKeys: ApiKeyInfo[],
  accessKeys: AccessKeyInfo[],
  deps: ReminderDeps,
): BusinessUnitSummary {
  const owner = ownerOf(user);
  return {
    businessUnit: businessUnitOf(user),
    userName: user.userName,
    owner,
    createdAt: user.createdAt,
    accessKeyCount: accessKeys.length,
    apiKeyCount: apiKeys.length,
    flags: { ...keyFlags(accessKeys, apiKeys, deps.now), noOwner: owner === null },
    legacy: isLegacyUser(user, deps.settings),
  };
}

export const hasFlags = (s: BusinessUnitSummary): boolean =>
  s.flags.noOwner ||
  s.flags.neverExpiringKeys > 0 ||
  s.flags.keysOlderThan90Days > 0 ||
  s.flags.keysExpiringWithin7Days > 0;
