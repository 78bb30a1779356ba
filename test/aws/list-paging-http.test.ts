/**
 * `list` a page at a time over 1,000+ business units, through the real AWS adapter: the real IAM
 * client signs and sends every call to a local server standing in for IAM, which answers ListUsers
 * with PathPrefix, MaxItems and opaque Markers as IAM does (names in order, at most MaxItems, then
 * IsTruncated and a Marker), and GetUser, ListAccessKeys and ListServiceSpecificCredentials for
 * each unit. Following the "More" cursor from the first page to the last must show every unit
 * exactly once, never list the whole account before the bot's own path runs out, and show a total
 * only once it is known.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/core/outcome.js';
import { LIST_PAGE_SIZE, listBusinessUnits } from '../../src/core/read-flows.js';
import { emptyParse, type ParseResult } from '../../src/core/request.js';
import { renderBusinessUnits } from '../../src/render/business-units.js';
import { type FakeIamUser, type FakeIamUsers, startFakeIamUsers } from '../support/fake-iam-users.js';
import { readDepsOver } from './helpers.js';

const unit = (i: number): string => `unit-${String(i).padStart(4, '0')}`;
// 1,030 units under the bot's path, 15 made by hand at the root path (legacy), and users that are
// not the bot's: at the root, and one under the bot's path without the -bedrock-user suffix.
const PATH_UNITS = Array.from({ length: 1030 }, (_, i) => unit(i));
const LEGACY_UNITS = Array.from({ length: 15 }, (_, i) => `legacy-${String(i).padStart(2, '0')}`);
const owned = (name: string, path: string): FakeIamUser => ({
  name,
  path,
  owner: `owner-of-${name}@example.com`,
});
const USERS: FakeIamUser[] = [
  ...PATH_UNITS.map((u) => owned(`${u}-bedrock-user`, '/bedrock/')),
  ...LEGACY_UNITS.map((u) => owned(`${u}-bedrock-user`, '/')),
  ...['alice', 'ci-deployer', 'zed'].map((name) => owned(name, '/')),
  owned('svc-runner', '/bedrock/'),
];

let iam: FakeIamUsers;
/** The ListUsers calls made so far, with what each asked for. */
const listUsersCalls = (): { pathPrefix: string; maxItems: number }[] =>
  iam.calls
    .filter((c) => c.action === 'ListUsers')
    .map((c) => ({ pathPrefix: c.pathPrefix ?? '', maxItems: c.maxItems ?? 0 }));

beforeAll(async () => {
  iam = await startFakeIamUsers(() => USERS);
});

afterAll(async () => {
  await iam.close();
});

beforeEach(() => {
  iam.calls.length = 0;
});

const deps = () => readDepsOver(iam.endpoint);

const LIST: ParseResult = emptyParse({ intent: 'list', confidence: 1, reason: 'test' });

type UnitsOutcome = Extract<Outcome, { type: 'business-units' }>;
const header = (o: UnitsOutcome): string =>
  JSON.stringify(renderBusinessUnits(o, { commandName: '/bedrock' } as never).blocks[0]);

describe('list, a page at a time, over real HTTP', () => {
  it('pages through 1,045 units: each once, in order, the whole account listed only at the end', async () => {
    const { aws } = deps();
    const pages: string[][] = [];
    const callsPerPage: { pathPrefix: string; maxItems: number }[][] = [];
    let cursor: string | null = null;
    do {
      const before = listUsersCalls().length;
      const page = await aws.listBedrockUserPage({ limit: LIST_PAGE_SIZE, cursor });
      if (!page.ok) throw new Error(page.error.message);
      pages.push(page.value.users.map((u) => u.userName.replace(/-bedrock-user$/, '')));
      callsPerPage.push(listUsersCalls().slice(before));
      cursor = page.value.next;
    } while (cursor !== null);
    const shown = pages.flat();
    // Every unit once, no other user: the bot's path in IAM's order, then the legacy ones by name.
    expect(shown).toEqual([...PATH_UNITS, ...LEGACY_UNITS]);
    expect(new Set(shown).size).toBe(1045);
    expect(pages).toHaveLength(Math.ceil(1045 / LIST_PAGE_SIZE));
    expect(pages.slice(0, -1).every((p) => p.length === LIST_PAGE_SIZE)).toBe(true);

    // The first page asks IAM for its 20 users only (and one more for the user under the bot's path
    // that is not the bot's), never for the whole account; so does every page until the path runs out.
    expect(callsPerPage[0]).toEqual([
      { pathPrefix: '/bedrock/', maxItems: LIST_PAGE_SIZE },
      { pathPrefix: '/bedrock/', maxItems: 1 },
    ]);
    expect(callsPerPage[1]).toEqual([{ pathPrefix: '/bedrock/', maxItems: LIST_PAGE_SIZE }]);
    const wholeAccount = callsPerPage.map((calls) => calls.filter((c) => c.pathPrefix === '/').length);
    const pathRunsOut = Math.floor(1030 / LIST_PAGE_SIZE); // the page holding the last path users
    expect(wholeAccount.slice(0, pathRunsOut)).toEqual(new Array(pathRunsOut).fill(0));
    // Its 1,049 users are two ListUsers answers of at most 1,000.
    expect(wholeAccount.slice(pathRunsOut)).toEqual([2, 2]);
  });

  it('numbers the pages, reads each shown unit, and shows the total only on the last page', async () => {
    const d = deps();
    const first = await listBusinessUnits(d, 'us-east-1', LIST);
    const o1 = first.outcome as UnitsOutcome;
    expect(o1.units.map((u) => u.businessUnit)).toEqual(PATH_UNITS.slice(0, 20));
    // Owners come from each shown unit's own tags (GetUser), one unit at a time.
    expect(o1.units[0]?.owner).toBe('owner-of-unit-0000-bedrock-user@example.com');
    expect(o1.page).toMatchObject({ first: 1, total: null });
    expect(header(o1)).toContain('Bedrock business units (1–20, more…)');
    expect(first.next?.page?.page).toBe(2);

    const second = await listBusinessUnits(d, 'us-east-1', first.next);
    const o2 = second.outcome as UnitsOutcome;
    expect(o2.units.map((u) => u.businessUnit)).toEqual(PATH_UNITS.slice(20, 40));
    expect(header(o2)).toContain('Bedrock business units (21–40, more…)');

    // The page before the last (the adapter's own cursor), then the last one through "More".
    let cursor: string | null = null;
    for (let page = 1; page <= 51; page += 1) {
      const r = await d.aws.listBedrockUserPage({ limit: LIST_PAGE_SIZE, cursor });
      cursor = r.ok ? r.value.next : null;
    }
    const before = await listBusinessUnits(d, 'us-east-1', {
      ...LIST,
      page: { after: cursor ?? '', page: 52 },
    });
    const o52 = before.outcome as UnitsOutcome;
    // The path's last ten units, then the first legacy ones, in the listing's order.
    expect(o52.units.map((u) => u.businessUnit)).toEqual([
      ...PATH_UNITS.slice(1020),
      ...LEGACY_UNITS.slice(0, 10),
    ]);
    expect(header(o52)).toContain('Bedrock business units (1,021–1,040, more…)');
    const last = await listBusinessUnits(d, 'us-east-1', before.next);
    const o53 = last.outcome as UnitsOutcome;
    expect(o53.units.map((u) => u.businessUnit)).toEqual(LEGACY_UNITS.slice(10));
    expect(o53.page).toMatchObject({ first: 1041, total: 1045 });
    expect(header(o53)).toContain('Bedrock business units (1,041–1,045 of 1,045)');
    expect(last.next).toBeNull();
  });

  it('a "More" button from an older version (a unit name as cursor) starts over at 1–20', async () => {
    const d = deps();
    const old = await listBusinessUnits(d, 'us-east-1', { ...LIST, page: { after: 'unit-0019', page: 2 } });
    const o = old.outcome as UnitsOutcome;
    expect(o.units.map((u) => u.businessUnit)).toEqual(PATH_UNITS.slice(0, 20));
    expect(header(o)).toContain('Bedrock business units (1–20, more…)');
    expect(old.next?.page?.page).toBe(2);
  });

  it('the same page again comes from the read cache; "all" (listBedrockUsers) still lists every unit', async () => {
    const d = deps();
    const first = await listBusinessUnits(d, 'us-east-1', LIST);
    const calls = listUsersCalls().length;
    const again = await listBusinessUnits(d, 'us-east-1', LIST);
    expect(listUsersCalls().length).toBe(calls);
    expect(again.outcome).toEqual(first.outcome);

    const all = await d.aws.listBedrockUsers({ withTags: false });
    expect(all.ok && all.value.map((u) => u.userName)).toEqual(
      [...PATH_UNITS, ...LEGACY_UNITS].map((u) => `${u}-bedrock-user`).sort((a, b) => a.localeCompare(b)),
    );
  });
});
