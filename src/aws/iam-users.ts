/** The business-unit IAM users: look-up, listing (with tags), creation, tagging and removal. */
import {
  CreateUserCommand,
  DeleteLoginProfileCommand,
  DeleteUserCommand,
  GetLoginProfileCommand,
  GetUserCommand,
  ListGroupsForUserCommand,
  ListUsersCommand,
  ListUserTagsCommand,
  TagUserCommand,
  type User as SdkUser,
} from '@aws-sdk/client-iam';
import type { AwsFailure, AwsPort, AwsResult, IamUser, Tag, UserPage } from '../core/aws-port.js';
import { err, ok } from '../core/result.js';
import { isBedrockUserName } from '../core/validation.js';
import { mapLimit } from '../core/map-limit.js';
import { toSdkTags, toTags, toUser, type IamContext } from './iam-context.js';

export type IamUserPort = Pick<
  AwsPort,
  | 'getUser'
  | 'listBedrockUsers'
  | 'listBedrockUserPage'
  | 'createUser'
  | 'tagUser'
  | 'deleteUser'
  | 'deleteLoginProfile'
  | 'listGroupsForUser'
  | 'hasLoginProfile'
>;

/**
 * `userPath`: the IAM path of the business-unit users (IAM_USER_PATH). `tagCacheMs`: how long tags
 * read by `listBedrockUsers` are reused (0: never); the bot's own changes to a user clear its entry,
 * and `getUser`, which decisions use, always asks IAM.
 */
/** `listBedrockUserPage` cursors: resume the bot's path at IAM's Marker, or the root path after a name. */
const PATH_CURSOR = 'path:';
const ROOT_CURSOR = 'root:';

export function createIamUsers(ctx: IamContext, userPath: string, tagCacheMs = 0): IamUserPort {
  const { iam, clock, concurrency } = ctx;
  const { call, voidCall, paginate } = ctx.caller;
  const tagCache = new Map<string, { tags: Tag[]; until: number }>();

  async function listUserTags(userName: string): Promise<AwsResult<Tag[]>> {
    const cached = tagCache.get(userName);
    if (cached !== undefined && cached.until > clock.now().getTime()) return ok(cached.tags);
    const r = await paginate(
      'iam:ListUserTags',
      userName,
      (Marker) => iam.send(new ListUserTagsCommand({ UserName: userName, Marker })),
      (p) => p.Tags,
    );
    if (!r.ok) return r;
    const tags = toTags(r.value);
    if (tagCacheMs > 0) tagCache.set(userName, { tags, until: clock.now().getTime() + tagCacheMs });
    return ok(tags);
  }

  return {
    async getUser(userName) {
      const r = await call('iam:GetUser', userName, () =>
        iam.send(new GetUserCommand({ UserName: userName })),
      );
      if (!r.ok) return r.error.code === 'NoSuchEntity' ? ok(null) : r;
      return r.value.User === undefined ? ok(null) : ok(toUser(r.value.User));
    },

    async listBedrockUsers(options) {
      // Only the bot's own users: `*-bedrock-user` under its IAM path (ListUsers, 1,000 a page),
      // and those with no path, made by the original hand-run workflow. Tags are read for those
      // users only (IAM's ListUsers carries none), never for every user of the account, and not at
      // all with `withTags: false` (a page of a list reads its own).
      const listed = async (pathPrefix: string): Promise<AwsResult<SdkUser[]>> =>
        paginate(
          'iam:ListUsers',
          undefined,
          (Marker) => iam.send(new ListUsersCommand({ PathPrefix: pathPrefix, MaxItems: 1000, Marker })),
          (p) => p.Users,
        );
      // Users without a path sit at "/", which IAM can only list together with every other path;
      // that one listing holds the users under the bot's path too, so it is the only one made.
      const all = await listed('/');
      if (!all.ok) return all;
      const byName = new Map<string, SdkUser>();
      for (const u of all.value) {
        const name = u.UserName ?? '';
        const path = u.Path ?? '/';
        if (isBedrockUserName(name) && (path.startsWith(userPath) || path === '/') && !byName.has(name))
          byName.set(name, u);
      }
      const candidates = [...byName.values()];
      if (options?.withTags === false)
        return ok(candidates.map((u) => toUser(u, [])).sort((a, b) => a.userName.localeCompare(b.userName)));
      let firstFailure: AwsFailure | null = null;
      const withTags = await mapLimit(candidates, concurrency, async (u): Promise<IamUser | null> => {
        const tags = await listUserTags(u.UserName ?? '');
        if (!tags.ok) {
          if (tags.error.code === 'NoSuchEntity') return null; // deleted meanwhile
          firstFailure ??= tags.error;
          return null;
        }
        return toUser(u, tags.value);
      });
      if (firstFailure !== null) return err(firstFailure);
      return ok(
        withTags.filter((u): u is IamUser => u !== null).sort((a, b) => a.userName.localeCompare(b.userName)),
      );
    },

    listBedrockUserPage: (input) => listUserPage(ctx, userPath, input),

    async createUser(input) {
      tagCache.delete(input.userName);
      const r = await call('iam:CreateUser', input.userName, () =>
        iam.send(
          new CreateUserCommand({ UserName: input.userName, Path: input.path, Tags: toSdkTags(input.tags) }),
        ),
      );
      if (!r.ok) return r;
      const u = r.value.User;
      if (u === undefined) {
        return ok({
          userName: input.userName,
          userId: '',
          arn: '',
          path: input.path,
          createdAt: clock.now(),
          tags: input.tags,
        });
      }
      return ok(toUser(u, u.Tags === undefined || u.Tags.length === 0 ? input.tags : toTags(u.Tags)));
    },

    tagUser: (userName, tags) => {
      tagCache.delete(userName);
      return voidCall('iam:TagUser', userName, () =>
        iam.send(new TagUserCommand({ UserName: userName, Tags: toSdkTags(tags) })),
      );
    },

    deleteUser: (userName) => {
      tagCache.delete(userName);
      return voidCall('iam:DeleteUser', userName, () =>
        iam.send(new DeleteUserCommand({ UserName: userName })),
      );
    },

    async deleteLoginProfile(userName) {
      const r = await voidCall('iam:DeleteLoginProfile', userName, () =>
        iam.send(new DeleteLoginProfileCommand({ UserName: userName })),
      );
      return !r.ok && r.error.code === 'NoSuchEntity' ? ok(undefined) : r;
    },

    async listGroupsForUser(userName) {
      const r = await paginate(
        'iam:ListGroupsForUser',
        userName,
        (Marker) => iam.send(new ListGroupsForUserCommand({ UserName: userName, Marker })),
        (p) => p.Groups,
      );
      return r.ok ? ok(r.value.map((g) => g.GroupName ?? '').filter((n) => n !== '')) : r;
    },

    async hasLoginProfile(userName) {
      const r = await call('iam:GetLoginProfile', userName, () =>
        iam.send(new GetLoginProfileCommand({ UserName: userName })),
      );
      if (r.ok) return ok(true);
      return r.error.code === 'NoSuchEntity' ? ok(false) : r;
    },
  };
}

/**
 * One page of `listBedrockUsers`'s users, names only (AwsPort.listBedrockUserPage): the bot's path
 * a ListUsers page of at most what the page still needs at a time, then the root path's.
 */
async function listUserPage(
  { iam, caller }: IamContext,
  userPath: string,
  { limit, cursor }: { limit: number; cursor: string | null },
): Promise<AwsResult<UserPage>> {
  const { call, paginate } = caller;
  const want = Math.max(1, Math.floor(limit));
  const users: IamUser[] = [];
  // A cursor this adapter did not make (e.g. from a button of an older version): the first page,
  // said so, so that it is numbered as the first.
  const restarted = cursor !== null && !cursor.startsWith(ROOT_CURSOR) && !cursor.startsWith(PATH_CURSOR);
  const rootAfter = cursor?.startsWith(ROOT_CURSOR) ? cursor.slice(ROOT_CURSOR.length) : null;
  const marked = (p: UserPage): UserPage => (restarted ? { ...p, restarted } : p);
  if (rootAfter === null) {
    // The bot's own path in IAM's order, never asking for more users than the page still needs:
    // IAM's Marker after the last answer is then exactly where the next page starts, and the
    // first page parses 20 users, not every user of the account.
    let marker = cursor?.startsWith(PATH_CURSOR) ? cursor.slice(PATH_CURSOR.length) : undefined;
    // Bounded like `paginate`: each answer but the last holds at least one user.
    for (let page = 0; page < 1000; page++) {
      const r = await call('iam:ListUsers', undefined, () =>
        iam.send(
          new ListUsersCommand({ PathPrefix: userPath, MaxItems: want - users.length, Marker: marker }),
        ),
      );
      if (!r.ok) return r;
      for (const u of r.value.Users ?? [])
        if (isBedrockUserName(u.UserName ?? '') && (u.Path ?? '/').startsWith(userPath))
          users.push(toUser(u, []));
      if (r.value.IsTruncated !== true || r.value.Marker === undefined) break;
      marker = r.value.Marker;
      if (users.length >= want) return ok(marked({ users, next: PATH_CURSOR + marker }));
    }
    if (userPath === '/') return ok(marked({ users, next: null }));
  }
  // Then the users at the root path (made by the original hand-run workflow), by name. IAM lists
  // them only together with every other user, so this one listing is made when the bot's path has
  // run out: on its last page, to know whether another follows.
  const after = rootAfter ?? '';
  const all = await paginate(
    'iam:ListUsers',
    undefined,
    (Marker) => iam.send(new ListUsersCommand({ PathPrefix: '/', MaxItems: 1000, Marker })),
    (p) => p.Users,
  );
  if (!all.ok) return all;
  const rest = all.value
    .filter(
      (u) => (u.Path ?? '/') === '/' && isBedrockUserName(u.UserName ?? '') && (u.UserName ?? '') > after,
    )
    .map((u) => toUser(u, []))
    .sort((a, b) => (a.userName < b.userName ? -1 : a.userName > b.userName ? 1 : 0));
  const room = want - users.length;
  const taken = rest.slice(0, room);
  users.push(...taken);
  return ok(
    marked({
      users,
      next: rest.length > room ? ROOT_CURSOR + (taken.at(-1)?.userName ?? after) : null,
    }),
  );
}
