/**
 * Who is asking, from Slack: users.info for the email, display name and guest status; admin when
 * listed in ADMIN_USER_IDS or a member of the admin user group. Both lookups are cached for a few
 * minutes, so a burst of clicks costs one API call, and a removed admin loses the role soon after.
 */
import type { App } from '@slack/bolt';
import type { Logger } from '../log/logger.js';
import type { Requester } from '../core/requester.js';
import { summariseError } from './slack-logger.js';

export const REQUESTER_CACHE_TTL_MS = 5 * 60 * 1000;

type WebClient = App['client'];

export interface RequesterResolverOptions {
  client: WebClient;
  adminUserIds: readonly string[];
  adminUserGroupId: string | null;
  now: () => Date;
  logger: Logger;
  ttlMs?: number;
}

export interface RequesterResolver {
  resolve(userId: string): Promise<Requester>;
  /** Every admin: ADMIN_USER_IDS and the members of the admin user group (when it can be read). */
  admins(): Promise<string[]>;
}

interface Cached<T> {
  until: number;
  value: Promise<T>;
}

interface SlackProfile {
  email?: string;
  display_name?: string;
  real_name?: string;
}

interface SlackUser {
  id?: string;
  team_id?: string;
  /** Set for people from other organisations seen through a shared (Slack Connect) channel. */
  is_stranger?: boolean;
  enterprise_user?: { enterprise_id?: string };
  name?: string;
  real_name?: string;
  is_restricted?: boolean;
  is_ultra_restricted?: boolean;
  profile?: SlackProfile;
}

export function createRequesterResolver(options: RequesterResolverOptions): RequesterResolver {
  const ttl = options.ttlMs ?? REQUESTER_CACHE_TTL_MS;
  const users = new Map<string, Cached<SlackUser>>();
  let group: Cached<ReadonlySet<string>> | null = null;
  const admins = new Set(options.adminUserIds);

  function cached<T>(
    entry: Cached<T> | undefined | null,
    load: () => Promise<T>,
    store: (c: Cached<T> | null) => void,
  ): Promise<T> {
    const now = options.now().getTime();
    if (entry !== undefined && entry !== null && entry.until > now) return entry.value;
    const value = load();
    const fresh = { until: now + ttl, value };
    store(fresh);
    // A failed lookup is not remembered.
    value.catch(() => store(null));
    return value;
  }

  const userInfo = (userId: string): Promise<SlackUser> =>
    cached(
      users.get(userId),
      async () => {
        const result = await options.client.users.info({ user: userId });
        if (result.user === undefined) throw new Error(`users.info returned no user for ${userId}`);
        return result.user as SlackUser;
      },
      (c) => (c === null ? users.delete(userId) : users.set(userId, c)),
    );

  const adminGroup = (groupId: string): Promise<ReadonlySet<string>> =>
    cached(
      group,
      async () => {
        try {
          const result = await options.client.usergroups.users.list({ usergroup: groupId });
          return new Set(result.users ?? []);
        } catch (error) {
          // Fail closed: nobody is an admin through the group until the lookup works again.
          options.logger.warn(
            { error: summariseError(error), usergroup: groupId },
            'could not list the admin user group',
          );
          throw error;
        }
      },
      (c) => {
        group = c;
      },
    );

  /** Our own workspace (and Enterprise Grid org), from auth.test, once. */
  let home: Promise<{ teamId: string | null; enterpriseId: string | null }> | null = null;
  const homeTeam = (): Promise<{ teamId: string | null; enterpriseId: string | null }> => {
    home ??= options.client.auth
      .test()
      .then((r) => ({
        teamId: typeof r.team_id === 'string' ? r.team_id : null,
        enterpriseId: typeof r.enterprise_id === 'string' && r.enterprise_id !== '' ? r.enterprise_id : null,
      }))
      .catch((error: unknown) => {
        home = null;
        throw error;
      });
    return home;
  };

  /** Slack Connect: a stranger, or someone whose home team is neither ours nor in our org. */
  async function isExternal(user: SlackUser): Promise<boolean> {
    if (user.is_stranger === true) return true;
    if (user.team_id === undefined) return false;
    const ours = await homeTeam();
    if (ours.teamId === null || user.team_id === ours.teamId) return false;
    return ours.enterpriseId === null || user.enterprise_user?.enterprise_id !== ours.enterpriseId;
  }

  async function isAdmin(userId: string): Promise<boolean> {
    if (admins.has(userId)) return true;
    if (options.adminUserGroupId === null) return false;
    try {
      return (await adminGroup(options.adminUserGroupId)).has(userId);
    } catch {
      return false;
    }
  }

  return {
    async admins() {
      if (options.adminUserGroupId === null) return [...admins];
      const members = await adminGroup(options.adminUserGroupId).catch(() => new Set<string>());
      return [...new Set([...admins, ...members])];
    },
    async resolve(userId) {
      const [user, admin] = await Promise.all([userInfo(userId), isAdmin(userId)]);
      const external = await isExternal(user);
      const profile = user.profile ?? {};
      const displayName =
        firstNonEmpty(profile.display_name, profile.real_name, user.real_name, user.name) ?? userId;
      return {
        userId,
        email: firstNonEmpty(profile.email) ?? null,
        displayName,
        isAdmin: admin,
        isRestricted: user.is_restricted === true || user.is_ultra_restricted === true,
        ...(external ? { isExternal: true } : {}),
      };
    },
  };
}

function firstNonEmpty(...values: Array<string | undefined>): string | undefined {
  return values.find((v) => typeof v === 'string' && v.trim() !== '')?.trim();
}
