/**
 * Short-lived reuse of the IAM reads that lists and summaries make over every business unit
 * (`list`, App Home): the names of the bot's users (whole, or a page of `list`), and each unit's user and keys read
 * with `{ summary: true }`. Without it an admin's App Home costs two IAM calls per unit on every
 * refresh (bench/: 2,000 calls over 1,000 units).
 *
 * Safe because nothing that changes AWS reads through it: plans and executions call
 * `listAccessKeys`/`listApiKeys` without `summary`, which always asks IAM (and refreshes the
 * entry). Every change the bot makes to a user (keys, tags, the user itself) forgets that user's
 * entries and the name lists at once; changes made elsewhere show within `seconds`.
 */
import type { Clock } from '../core/clock.js';
import type { AccessKeyInfo, ApiKeyInfo, AwsPort, AwsResult, IamUser, UserPage } from '../core/aws-port.js';

interface Entry<T> {
  value: T;
  until: number;
}

/** The calls that change a user: the first argument names it (or holds its name). */
const CHANGES = [
  'createUser',
  'tagUser',
  'deleteUser',
  'createAccessKey',
  'setAccessKeyStatus',
  'deleteAccessKey',
  'createApiKey',
  'setApiKeyStatus',
  'deleteApiKey',
] as const satisfies ReadonlyArray<keyof AwsPort>;

export function withReadCache(port: AwsPort, options: { clock: Clock; seconds: number }): AwsPort {
  const ms = options.seconds * 1000;
  if (ms <= 0) return port;
  const now = (): number => options.clock.now().getTime();
  let names: Entry<IamUser[]> | null = null;
  // Pages of `list` by limit and cursor (a listing has a few dozen pages; forgotten with the names).
  const pages = new Map<string, Entry<UserPage>>();
  const users = new Map<string, Entry<IamUser | null>>();
  const accessKeys = new Map<string, Entry<AccessKeyInfo[]>>();
  const apiKeys = new Map<string, Entry<ApiKeyInfo[]>>();
  const fresh = <T>(entry: Entry<T> | null | undefined): T | null =>
    entry !== null && entry !== undefined && entry.until > now() ? entry.value : null;
  const keep = <T>(map: Map<string, Entry<T>>, key: string, result: AwsResult<T>): AwsResult<T> => {
    if (result.ok) map.set(key, { value: result.value, until: now() + ms });
    return result;
  };
  const forget = (userName: string): void => {
    names = null;
    pages.clear();
    users.delete(userName);
    accessKeys.delete(userName);
    apiKeys.delete(userName);
  };

  const cached: AwsPort = {
    ...port,
    async listBedrockUsers(opts) {
      if (opts?.withTags !== false) return port.listBedrockUsers(opts);
      const hit = fresh(names);
      if (hit !== null) return { ok: true, value: hit };
      const result = await port.listBedrockUsers(opts);
      if (result.ok) names = { value: result.value, until: now() + ms };
      return result;
    },
    async listBedrockUserPage(input) {
      const key = `${input.limit} ${input.cursor ?? ''}`;
      const hit = fresh(pages.get(key));
      if (hit !== null) return { ok: true, value: hit };
      if (pages.size >= 256) pages.clear();
      return keep(pages, key, await port.listBedrockUserPage(input));
    },
    async getUser(userName, opts) {
      const entry = opts?.summary === true ? users.get(userName) : undefined;
      if (entry !== undefined && entry.until > now()) return { ok: true, value: entry.value };
      return keep(users, userName, await port.getUser(userName, opts));
    },
    async listAccessKeys(userName, opts) {
      const hit = opts?.summary === true ? fresh(accessKeys.get(userName)) : null;
      if (hit !== null) return { ok: true, value: hit };
      // A full read (with last use) serves summaries too; a summary read only summaries.
      return keep(accessKeys, userName, await port.listAccessKeys(userName, opts));
    },
    async listApiKeys(userName, opts) {
      const hit = opts?.summary === true ? fresh(apiKeys.get(userName)) : null;
      if (hit !== null) return { ok: true, value: hit };
      return keep(apiKeys, userName, await port.listApiKeys(userName, opts));
    },
  };
  for (const name of CHANGES) {
    const inner = port[name] as (first: unknown, ...rest: unknown[]) => Promise<unknown>;
    (cached as unknown as Record<string, unknown>)[name] = (first: unknown, ...rest: unknown[]) => {
      forget(typeof first === 'string' ? first : ((first as { userName?: string }).userName ?? ''));
      return inner.call(port, first, ...rest);
    };
  }
  return cached;
}
