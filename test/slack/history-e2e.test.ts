/**
 * History at scale, end to end: signed slash commands and button clicks into the real Slack app,
 * the real parser (history filters), engine and SQLite ledger. `history` pages through every
 * event with "Older events" (each page replaces the last, in place), and filters by unit, person,
 * kind and period; anyone may page through their own actions, only admins through everyone's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerEventKind } from '../../src/core/ledger-port.js';
import type { RecordedCall } from '../support/fake-slack.js';
import { ADMIN, MEMBER, MEMBER2, startE2EBot, type E2EBot } from '../support/e2e-bot.js';
import { buttonIn, textOf } from '../support/slack-blocks.js';

const DAY = 86_400_000;
const MORE = 'bedrock.choose.more';

let bot: E2EBot | null = null;
afterEach(async () => {
  await bot?.stop();
  bot = null;
});

interface Seeded {
  detail: string;
  at: Date;
  actorId: string;
  businessUnit: string;
  kind: LedgerEventKind;
}

/**
 * 45 events over the last 30 days, newest last: marketing by MEMBER (approvals and key changes),
 * sales by MEMBER2 (approvals and tokens). Written through a second handle on the bot's ledger file.
 */
async function seed(b: E2EBot): Promise<Seeded[]> {
  const ledger = await b.place.open();
  const now = b.clock.now().getTime();
  const seeded: Seeded[] = [];
  for (let i = 0; i < 45; i += 1) {
    const marketing = i % 3 !== 0;
    const kind: LedgerEventKind = i % 5 === 0 ? 'approved' : marketing ? 'key_created' : 'token_issued';
    const e: Seeded = {
      detail: `seed-${String(i).padStart(2, '0')}`,
      at: new Date(now - (30 - i * (29 / 44)) * DAY),
      actorId: marketing ? MEMBER : MEMBER2,
      businessUnit: marketing ? 'marketing' : 'sales',
      kind,
    };
    seeded.push(e);
    await ledger.record({ ...e, requestId: null, actorName: e.actorId });
  }
  await ledger.close();
  return seeded;
}

/** The seeded events a message shows, in its order. */
const shown = (call: RecordedCall | undefined): string[] => textOf(call).match(/seed-\d\d/g) ?? [];
const responses = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'response_url');
const newestFirst = (events: Seeded[]) => events.map((e) => e.detail).reverse();

describe('history in Slack', () => {
  it('pages through every event with "Older events", each page in place of the last', async () => {
    bot = await startE2EBot();
    const seeded = await seed(bot);
    const first = responses(await bot.slash(ADMIN, 'history')).at(-1);
    expect(textOf(first)).toContain('History (newest 20)');
    const pages = [shown(first)];
    let current = first;
    while (buttonIn(current, MORE) !== undefined) {
      const clicked = responses(await bot.press(ADMIN, current, MORE));
      expect(clicked).toHaveLength(1);
      current = clicked[0];
      // The next page replaces the message that had the button, privately.
      expect(current?.body).toMatchObject({ replace_original: true });
      expect(current?.body.response_type).not.toBe('in_channel');
      pages.push(shown(current));
    }
    expect(pages.map((p) => p.length)).toEqual([20, 20, 5]);
    expect(textOf(current)).toContain('History (page 3)');
    // Every event once, newest first, across the pages; clicks made meanwhile are newer than the cursor.
    expect(pages.flat()).toEqual(newestFirst(seeded));
  });

  it('filters by unit and period: "history for marketing last week"', async () => {
    bot = await startE2EBot();
    const seeded = await seed(bot);
    const weekAgo = bot.clock.now().getTime() - 7 * DAY;
    const answer = responses(await bot.slash(ADMIN, 'history for marketing last week')).at(-1);
    const expected = seeded.filter((e) => e.businessUnit === 'marketing' && e.at.getTime() >= weekAgo);
    expect(expected.length).toBeGreaterThan(3);
    expect(shown(answer)).toEqual(newestFirst(expected));
    expect(textOf(answer)).toContain('History for marketing');
    expect(textOf(answer)).toMatch(/Filtered: .* → now/);
    expect(buttonIn(answer, MORE)).toBeUndefined();
  });

  it('filters by person and kind, and keeps the filters on the next page', async () => {
    bot = await startE2EBot();
    const seeded = await seed(bot);
    const expected = seeded.filter((e) => e.actorId === MEMBER && e.kind === 'key_created');
    expect(expected.length).toBeGreaterThan(20);
    const first = responses(await bot.slash(ADMIN, `history of key changes for <@${MEMBER}>`)).at(-1);
    expect(textOf(first)).toContain(`by <@${MEMBER}>`);
    const second = responses(await bot.press(ADMIN, first, MORE)).at(-1);
    expect([...shown(first), ...shown(second)]).toEqual(newestFirst(expected));
    expect(buttonIn(second, MORE)).toBeUndefined();
  });

  it('anyone may page through their own actions ("my history"); everyone\'s is for admins', async () => {
    bot = await startE2EBot();
    const seeded = await seed(bot);
    const refused = responses(await bot.slash(MEMBER2, 'history')).at(-1);
    expect(textOf(refused)).toContain('Only bot admins can see the request history.');
    const mine = responses(await bot.slash(MEMBER2, 'my history')).at(-1);
    expect(shown(mine)).toEqual(newestFirst(seeded.filter((e) => e.actorId === MEMBER2)));
    expect(textOf(mine)).toContain(`by <@${MEMBER2}>`);
  });

  it('only the person who asked can turn the page', async () => {
    bot = await startE2EBot();
    await seed(bot);
    const first = responses(await bot.slash(ADMIN, 'history')).at(-1);
    const other = await bot.press(MEMBER, first, MORE);
    expect(textOf(responses(other).at(-1))).toContain('who made this request, can do that');
    expect(other.some((c) => c.body.replace_original === true)).toBe(false);
  });
});

describe('list in Slack', () => {
  it('shows 20 units a page and "More units" shows the rest in place', async () => {
    bot = await startE2EBot();
    for (let i = 0; i < 25; i += 1)
      bot.aws.seedUser({
        userName: `unit-${String(i).padStart(2, '0')}-bedrock-user`,
        tags: [{ key: 'owner', value: `owner${i}@example.com` }],
      });
    const first = responses(await bot.slash(ADMIN, 'list')).at(-1);
    expect(textOf(first)).toContain('Bedrock business units (1–20, more…)');
    expect(textOf(first)).toContain('unit-19');
    expect(textOf(first)).not.toContain('unit-20');
    const second = responses(await bot.press(ADMIN, first, 'bedrock.choose.more')).at(-1);
    expect(second?.body).toMatchObject({ replace_original: true });
    expect(textOf(second)).toContain('Bedrock business units (21–25 of 25)');
    expect(textOf(second)).toContain('owner24@example.com');
    expect(textOf(second)).not.toContain('unit-19');
    expect(buttonIn(second, 'bedrock.choose.more')).toBeUndefined();
  });
});
