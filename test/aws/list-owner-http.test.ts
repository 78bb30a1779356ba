/**
 * `list` by owner over 1,045 units through the real AWS adapter: the real IAM client signs and
 * sends every call to a local server standing in for IAM (ListUsers with opaque Markers, GetUser
 * with the owner tag, the key lists). IAM cannot search users by tag, so each page must read a
 * bounded number of owner tags (GetUser) and keys only for the units that match; following "More"
 * from the first page to the last must show every one of the owner's units exactly once.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/core/outcome.js';
import { LIST_FILTER_CHECK_CAP, LIST_PAGE_SIZE, listBusinessUnits } from '../../src/core/read-flows.js';
import { emptyParse, type ParseResult } from '../../src/core/request.js';
import { type FakeIamUser, type FakeIamUsers, startFakeIamUsers } from '../support/fake-iam-users.js';
import { readDepsOver } from './helpers.js';

const unit = (i: number): string => `unit-${String(i).padStart(4, '0')}`;
// 1,030 units under the bot's path and 15 legacy ones at the root; one unit in 40 (and one legacy
// unit) belongs to sre@acme.io, its tag written in mixed case; a few have no owner at all.
const ownerOf = (i: number): string | null =>
  i % 40 === 7 ? 'SRE@Acme.io' : i % 97 === 0 ? null : `owner-${i}@acme.io`;
const USERS: FakeIamUser[] = [
  ...Array.from({ length: 1030 }, (_, i) => ({
    name: `${unit(i)}-bedrock-user`,
    path: '/bedrock/',
    owner: ownerOf(i),
  })),
  ...Array.from({ length: 15 }, (_, i) => ({
    name: `legacy-${String(i).padStart(2, '0')}-bedrock-user`,
    path: '/',
    owner: i === 3 ? 'sre@acme.io' : null,
  })),
  { name: 'alice', path: '/', owner: 'sre@acme.io' }, // not the bot's user: never listed
];
const SRE_UNITS = [
  ...Array.from({ length: 1030 }, (_, i) => i)
    .filter((i) => ownerOf(i) === 'SRE@Acme.io')
    .map(unit),
  'legacy-03',
];

let iam: FakeIamUsers;
const count = (action: string): number => iam.calls.filter((c) => c.action === action).length;

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

type UnitsOutcome = Extract<Outcome, { type: 'business-units' }>;

describe('list by owner over real HTTP', () => {
  it('reads at most the cap of owner tags per page, keys only for matches, every match once', async () => {
    const d = deps();
    let parse: ParseResult | null = emptyParse({ intent: 'list', owner: 'sre@acme.io', confidence: 1 });
    const shown: string[] = [];
    const perPage: { getUser: number; keyReads: number; wholeAccount: number }[] = [];
    let last: UnitsOutcome | null = null;
    while (parse !== null) {
      iam.calls.length = 0;
      const page = await listBusinessUnits(d, 'us-east-1', parse, LIST_PAGE_SIZE, 'sre@acme.io');
      last = page.outcome as UnitsOutcome;
      shown.push(...last.units.map((u) => u.businessUnit));
      perPage.push({
        getUser: count('GetUser'),
        keyReads: count('ListAccessKeys') + count('ListServiceSpecificCredentials'),
        wholeAccount: iam.calls.filter((c) => c.action === 'ListUsers' && c.pathPrefix === '/').length,
      });
      parse = page.next;
    }
    expect(shown).toEqual(SRE_UNITS);
    expect(new Set(shown).size).toBe(SRE_UNITS.length);
    expect(Math.max(...perPage.map((p) => p.getUser))).toBe(LIST_FILTER_CHECK_CAP);
    // Two key listings (access keys, API keys) per matching unit, never for the others.
    expect(perPage.reduce((n, p) => n + p.keyReads, 0)).toBe(2 * SRE_UNITS.length);
    // 1,045 units at 100 a page: 11 pages; the whole account is listed only once the path runs out.
    expect(perPage).toHaveLength(Math.ceil(1045 / LIST_FILTER_CHECK_CAP));
    expect(perPage.slice(0, 10).every((p) => p.wholeAccount === 0)).toBe(true);
    expect(last?.filter).toEqual({ owner: 'sre@acme.io', checked: 1045 });
    expect(last?.page).toMatchObject({ total: SRE_UNITS.length });
  });
});
