/**
 * App Home over a large account, through the real AWS adapter: the real IAM client signs and sends
 * every call to a local server standing in for IAM (ListUsers with PathPrefix, MaxItems and Markers,
 * GetUser with tags, both key lists), with the real SQLite ledger. A member's first Home must cost
 * IAM calls for the units they own (found through their requests in the ledger), not one call per
 * unit of the account; an admin's first Home must read one page of units, however many there are.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAwsAdapter } from '../../src/aws/aws-adapter.js';
import { buildHome, HOME_UNITS_PAGE } from '../../src/core/home.js';
import type { Ledger, RequestRecord } from '../../src/core/ledger-port.js';
import type { Requester } from '../../src/core/requester.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { openSqliteLedger } from '../../src/ledger/sqlite-ledger.js';
import { renderHomeView } from '../../src/render/home-view.js';
import { type FakeIamUser, type FakeIamUsers, startFakeIamUsers } from '../support/fake-iam-users.js';
import { staticCredentials } from './helpers.js';

const NOW = new Date('2030-01-15T10:00:00Z');
const MIA = 'mia@example.com';
const unit = (i: number): string => `unit-${String(i).padStart(4, '0')}`;

/** The account: `count` units under the bot's path; Mia owns units 3, 500 and 1,001 (if there). */
function account(count: number): FakeIamUser[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${unit(i)}-bedrock-user`,
    path: '/bedrock/',
    created: '2029-01-01T00:00:00Z',
    // Every seventh unit has no owner tag (a hygiene flag).
    owner: [3, 500, 1001].includes(i) ? MIA : i % 7 === 0 ? null : `owner${i}@example.com`,
  }));
}

let users: FakeIamUser[] = [];
let iam: FakeIamUsers;
beforeAll(async () => {
  iam = await startFakeIamUsers(() => users);
});

afterAll(async () => {
  await iam.close();
});

let ledger: Ledger | null = null;
afterEach(async () => {
  await ledger?.close();
  ledger = null;
});

const mia: Requester = {
  userId: 'UMIA',
  email: MIA,
  displayName: 'Mia',
  isAdmin: false,
  isRestricted: false,
};
const admin: Requester = { ...mia, userId: 'UADMIN', email: 'root@example.com', displayName: 'Admin' };

function request(id: string, requester: Requester, businessUnit: string): RequestRecord {
  return {
    id,
    createdAt: NOW,
    updatedAt: NOW,
    expiresAt: NOW,
    requesterId: requester.userId,
    requesterName: requester.displayName,
    requesterEmail: requester.email,
    surface: 'slash',
    intent: 'create_key',
    businessUnit,
    state: 'completed',
    payload: { plan: { title: `API key for ${businessUnit}` } },
    context: {},
  };
}

/** A fresh bot (empty caches) over an account of `count` units; Mia asked about 3 units she owns, one she does not, one deleted. */
async function home(count: number, requester: Requester) {
  users = account(count);
  ledger = openSqliteLedger(':memory:');
  for (const [i, bu] of [unit(3), unit(500), unit(1001), unit(42), 'gone-unit'].entries())
    await ledger.insert(request(`r${i}`, mia, bu));
  const aws = createAwsAdapter({
    region: 'us-east-1',
    credentials: staticCredentials,
    clientOptions: { endpoints: { iam: iam.endpoint }, maxAttempts: 1 },
  });
  iam.calls.length = 0;
  const snapshot = await buildHome(requester, {
    aws,
    ledger,
    settings: { ...DEFAULT_SETTINGS, adminUserIds: ['UADMIN'] },
    now: NOW,
    reference: () => 'ref-1',
  });
  const text = JSON.stringify(renderHomeView(snapshot, '/bedrock').blocks);
  return { snapshot, text, calls: iam.calls.map((c) => c.action) };
}

const count = (list: string[], action: string): number => list.filter((a) => a === action).length;

describe('App Home over 1,000+ units, over real HTTP', () => {
  it("a member's first Home costs calls for the units they asked about, not for the account", async () => {
    const big = await home(1030, mia);
    expect(big.snapshot.awsProblem).toBeNull();
    expect(big.snapshot.ownedUnits.map((u) => u.summary.businessUnit)).toEqual([
      unit(3),
      unit(500),
      unit(1001),
    ]);
    // One ListUsers page (to learn the account is larger than a page), then the five units of her
    // requests: three owned, one owned by someone else, one deleted; three calls each.
    expect(count(big.calls, 'ListUsers')).toBe(1);
    expect(count(big.calls, 'GetUser')).toBe(5);
    expect(big.calls).toHaveLength(1 + 5 * 3);
    // The same with twice the units: the cost follows her units, not the account.
    const bigger = await home(2060, mia);
    expect(bigger.calls).toHaveLength(big.calls.length);
    // The view says the list may be incomplete, and how to find a unit that is not shown.
    expect(big.snapshot.ownedUnitsComplete).toBe(false);
    expect(big.text).toContain('may be missing');
    expect(big.text).toContain('/bedrock details <unit>');
    expect(big.text).not.toContain('For admins');
  });

  it('a small account is read whole: a unit tagged outside the bot still shows, without the note', async () => {
    const small = await home(12, { ...mia, userId: 'UNEW' }); // no request of hers in the ledger
    expect(small.snapshot.ownedUnits.map((u) => u.summary.businessUnit)).toEqual([unit(3)]);
    expect(small.snapshot.ownedUnitsComplete).toBe(true);
    expect(small.text).not.toContain('may be missing');
    // The bot's path, then the root path's listing (legacy units), then each unit's three calls.
    expect(count(small.calls, 'ListUsers')).toBe(2);
    expect(small.calls).toHaveLength(2 + 12 * 3);
  });

  it("an admin's first Home reads one page of units, with 1,030 as with 2,060, and says so", async () => {
    const big = await home(1030, admin);
    expect(big.snapshot.awsProblem).toBeNull();
    expect(big.snapshot.unitsChecked).toBe(HOME_UNITS_PAGE);
    expect(big.snapshot.moreUnits).toBe(true);
    // The flags of the first page's units: those without an owner (0, 7, 14).
    expect(big.snapshot.flaggedUnits.map((s) => s.businessUnit)).toEqual([unit(0), unit(7), unit(14)]);
    expect(count(big.calls, 'ListUsers')).toBe(1);
    expect(count(big.calls, 'GetUser')).toBe(HOME_UNITS_PAGE);
    expect(big.calls.length).toBeLessThanOrEqual(1 + 3 * HOME_UNITS_PAGE);
    const bigger = await home(2060, admin);
    expect(bigger.calls).toHaveLength(big.calls.length);
    expect(big.text).toContain(`Among the first ${HOME_UNITS_PAGE} units of`);
    expect(big.text).toContain('/bedrock list');
  });
});
