/**
 * `list` by owner: only the units whose owner tag is the person asked about, compared ignoring
 * case; a mention becomes an email through the front end's people lookup, "me" is the person
 * asking. Paging stays bounded: a page reads at most LIST_FILTER_CHECK_CAP users' tags, and "More"
 * resumes where it stopped, so every match is shown exactly once.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import type { Reply } from '../../src/core/engine-api.js';
import type { Outcome } from '../../src/core/outcome.js';
import { LIST_FILTER_CHECK_CAP, LIST_PAGE_SIZE, listBusinessUnits } from '../../src/core/read-flows.js';
import type { ParseResult } from '../../src/core/request.js';
import type { Requester } from '../../src/core/requester.js';
import { renderReply } from '../../src/render/render-reply.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';
import { tableParser } from '../fakes/fake-parse.js';
import { createMemoryLedger } from '../fakes/memory-ledger.js';
import { ADMIN, MEMBER, OTHER, parsed, settings } from './helpers.js';

type UnitsOutcome = Extract<Outcome, { type: 'business-units' }>;
const unit = (i: number): string => `unit-${String(i).padStart(3, '0')}`;

/** `count` units; every `every`-th is owned by sre@acme.io (its tag in mixed case), the rest by others. */
function seed(aws: FakeAws, count: number, every: number): string[] {
  const owned: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const mine = i % every === 0;
    if (mine) owned.push(unit(i));
    aws.seedUser({
      userName: `${unit(i)}-bedrock-user`,
      tags: [
        { key: 'business-unit', value: unit(i) },
        { key: 'owner', value: mine ? 'SRE@Acme.io' : `owner-${i}@acme.io` },
      ],
    });
    if (mine) aws.seedApiKey(`${unit(i)}-bedrock-user`);
  }
  return owned;
}

const LIST: ParseResult = parsed({ intent: 'list' });

describe('listBusinessUnits with an owner', () => {
  it('shows only the owner’s units, matched ignoring case, and says it is filtered', async () => {
    const clock = new FakeClock();
    const aws = new FakeAws({ clock });
    const owned = seed(aws, 12, 4);
    const deps = { aws, settings: settings(), now: clock.now(), reference: () => 'REF' };
    const { outcome, next } = await listBusinessUnits(deps, 'us-east-1', LIST, LIST_PAGE_SIZE, 'sre@acme.io');
    const o = outcome as UnitsOutcome;
    expect(o.units.map((u) => u.businessUnit)).toEqual(owned);
    expect(o.units.every((u) => u.owner === 'SRE@Acme.io' && u.apiKeyCount === 1)).toBe(true);
    expect(o.filter).toEqual({ owner: 'sre@acme.io', checked: 12 });
    expect(o.page).toBeUndefined();
    expect(next).toBeNull();
    // Keys are read for the matching units only.
    expect(aws.callsTo('listApiKeys')).toHaveLength(owned.length);
  });

  it('pages a sparse owner over 250 units: at most the cap of tags per page, every match once', async () => {
    const clock = new FakeClock();
    const aws = new FakeAws({ clock });
    const owned = seed(aws, 250, 25); // 10 matches, one in 25
    const deps = { aws, settings: settings(), now: clock.now(), reference: () => 'REF' };
    const pages: UnitsOutcome[] = [];
    const tagReads: number[] = [];
    let parse: ParseResult | null = LIST;
    while (parse !== null) {
      const before = aws.callsTo('getUser').length;
      const page = await listBusinessUnits(deps, 'us-east-1', parse, LIST_PAGE_SIZE, 'sre@acme.io');
      tagReads.push(aws.callsTo('getUser').length - before);
      pages.push(page.outcome as UnitsOutcome);
      parse = page.next;
      // The next page carries the resolved email, and the counts so far.
      if (parse !== null) expect(parse.owner).toBe('sre@acme.io');
    }
    expect(tagReads.every((n) => n <= LIST_FILTER_CHECK_CAP)).toBe(true);
    expect(tagReads).toEqual([100, 100, 50]);
    expect(pages.flatMap((p) => p.units.map((u) => u.businessUnit))).toEqual(owned);
    expect(pages.map((p) => p.page)).toEqual([
      { first: 1, total: null },
      { first: 5, total: null },
      { first: 9, total: 10 },
    ]);
    expect(pages.map((p) => p.filter?.checked)).toEqual([100, 200, 250]);
    const header = (o: UnitsOutcome) => renderReply(outcomeReply(o), '/bedrock').deliveries[0]?.message.text;
    expect(header(pages[0] as UnitsOutcome)).toBe('Units owned by sre@acme.io: 1–4, more…');
    expect(header(pages[2] as UnitsOutcome)).toBe('Units owned by sre@acme.io: 9–10 of 10');
  });

  it('stops at a page of matches when the owner has many units (no more tags read than needed)', async () => {
    const clock = new FakeClock();
    const aws = new FakeAws({ clock });
    const owned = seed(aws, 60, 1);
    const deps = { aws, settings: settings(), now: clock.now(), reference: () => 'REF' };
    const first = await listBusinessUnits(deps, 'us-east-1', LIST, LIST_PAGE_SIZE, 'sre@acme.io');
    const o = first.outcome as UnitsOutcome;
    expect(o.units.map((u) => u.businessUnit)).toEqual(owned.slice(0, LIST_PAGE_SIZE));
    expect(aws.callsTo('getUser')).toHaveLength(LIST_PAGE_SIZE);
    const shown = renderReply(outcomeReply(o), '/bedrock').deliveries[0]?.message;
    expect(JSON.stringify(shown?.blocks)).toContain(
      'Showing the first 20 matches, from the 20 units checked so far',
    );
    expect(first.next?.page).toMatchObject({ page: 2, matched: 20, checked: 20 });
  });

  it('says plainly when nobody matches, and what to try', async () => {
    const clock = new FakeClock();
    const aws = new FakeAws({ clock });
    seed(aws, 5, 100);
    const deps = { aws, settings: settings(), now: clock.now(), reference: () => 'REF' };
    const { outcome } = await listBusinessUnits(deps, 'us-east-1', LIST, LIST_PAGE_SIZE, 'nobody@acme.io');
    const message = renderReply(outcomeReply(outcome), '/bedrock').deliveries[0]?.message;
    expect(message?.text).toBe('No units owned by nobody@acme.io.');
    const body = JSON.stringify(message?.blocks);
    expect(body).toContain('None of the 5 units has this email in its `owner` tag');
    expect(body).toContain('/bedrock list');
  });
});

function outcomeReply(outcome: Outcome): Reply {
  return { deliveries: [{ audience: 'requester-private', outcome }], at: new Date('2026-03-01T12:00:00Z') };
}

describe('list by owner through the engine', () => {
  const TABLE = {
    'list for sre': { intent: 'list' as const, owner: 'sre@acme.io' },
    'list for jane': { intent: 'list' as const, owner: 'jane.doe@EXAMPLE.com' },
    'list for bob': { intent: 'list' as const, owner: OTHER.userId },
    'list for me': { intent: 'list' as const, owner: 'me' },
    'list for not-an-email': { intent: 'list' as const, owner: 'sre at acme' },
  };

  function setup() {
    const clock = new FakeClock();
    const aws = new FakeAws({ clock });
    seed(aws, 6, 3);
    aws.seedUser({
      userName: 'web-bedrock-user',
      tags: [
        { key: 'business-unit', value: 'web' },
        { key: 'owner', value: 'jane.doe@example.com' },
      ],
    });
    aws.seedUser({
      userName: 'crm-bedrock-user',
      tags: [
        { key: 'business-unit', value: 'crm' },
        { key: 'owner', value: 'bob@example.com' },
      ],
    });
    const engine = createEngine({
      aws,
      ledger: createMemoryLedger(),
      clock,
      ids: new SequentialIds(),
      settings: settings(),
      parse: tableParser(TABLE),
      commandName: '/bedrock',
    });
    const emails: Record<string, string> = { [OTHER.userId]: 'Bob@Example.com' };
    const say = async (requester: Requester, text: string, withPeople = true) => {
      const reply = await engine.handleText({
        requester,
        text,
        surface: 'slash',
        ...(withPeople ? { people: { emailOf: async (id: string) => emails[id] ?? null } } : {}),
      });
      const delivery = renderReply(reply, '/bedrock').deliveries[0];
      return { outcome: delivery?.outcome, text: delivery?.message.text ?? '', message: delivery?.message };
    };
    return { say };
  }

  const units = (o: Outcome | undefined): string[] =>
    o?.type === 'business-units' ? o.units.map((u) => u.businessUnit) : [];

  it('admins list anyone’s units, by email or by mention (looked up as an email)', async () => {
    const { say } = setup();
    const sre = await say(ADMIN, 'list for sre');
    expect(units(sre.outcome)).toEqual(['unit-000', 'unit-003']);
    expect(sre.text).toBe('Units owned by sre@acme.io: 2');
    const bob = await say(ADMIN, 'list for bob');
    expect(units(bob.outcome)).toEqual(['crm']);
    expect(bob.text).toBe('Units owned by bob@example.com: 1');
  });

  it('a member lists their own units (by email or "me"), never someone else’s', async () => {
    const { say } = setup();
    expect(units((await say(MEMBER, 'list for jane')).outcome)).toEqual(['web']);
    expect(units((await say(MEMBER, 'list for me')).outcome)).toEqual(['web']);
    const other = await say(MEMBER, 'list for sre');
    expect(other.outcome).toMatchObject({
      type: 'refused',
      reason: "Only bot admins can list another person's business units.",
    });
    expect(JSON.stringify(other.message)).toContain('list units owned by Jane.Doe@example.com');
    expect((await say(MEMBER, 'list for bob')).outcome?.type).toBe('refused');
  });

  it('a mention that cannot become an email, or a value that is not one, is a clear error', async () => {
    const { say } = setup();
    const noDirectory = await say(ADMIN, 'list for bob', false);
    expect(noDirectory.outcome?.type).toBe('invalid');
    expect(JSON.stringify(noDirectory.message)).toContain(
      `I can't find an email for the person you mentioned (${OTHER.userId})`,
    );
    const notEmail = await say(ADMIN, 'list for not-an-email');
    expect(JSON.stringify(notEmail.message)).toContain('\\"sre at acme\\" is not an email address');
    const noEmail = await say({ ...MEMBER, email: null }, 'list for me');
    expect(JSON.stringify(noEmail.message)).toContain('Your profile shows no email');
  });
});
