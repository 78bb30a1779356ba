/** The list of business units as an aligned table (Slack has no tables), with flags and a "needs attention" summary. */
import type { RenderContext } from './render-reply.js';
import type { BusinessUnitSummary, Outcome } from '../core/outcome.js';
import { userNameFor } from '../core/validation.js';
import type { Block, Message } from './block-kit.js';
import { actions, button, context, header, message } from './blocks.js';
import { code, esc, formatDay, groupDigits, plural } from './format.js';
import { clip, packLines, sections } from './limits.js';

const MAX_TABLE_SECTIONS = 6;
/** Rows shown before "…and N more": past this a list is no longer read, only searched. */
const MAX_ROWS = 100;
const MAX_ATTENTION = 15;

/** Short flags for one unit, e.g. ["⚠ never expires ×1", "old >90 d ×2"]. */
export function unitFlags(u: BusinessUnitSummary): string[] {
  const f: string[] = [];
  if (u.flags.neverExpiringKeys > 0) f.push(`⚠ never expires ×${u.flags.neverExpiringKeys}`);
  if (u.flags.keysOlderThan90Days > 0) f.push(`old >90 d ×${u.flags.keysOlderThan90Days}`);
  if (u.flags.keysExpiringWithin7Days > 0) f.push(`expires ≤7 d ×${u.flags.keysExpiringWithin7Days}`);
  if (u.flags.noOwner) f.push('no owner');
  if (u.legacy) f.push('legacy');
  return f;
}

export function renderBusinessUnits(
  o: Extract<Outcome, { type: 'business-units' }>,
  ctx: RenderContext,
): Message {
  const c = ctx.commandName;
  // A page keeps the listing's order, which runs on across the pages; a whole list is sorted here.
  const units =
    o.page === undefined
      ? [...o.units].sort((a, b) => a.businessUnit.localeCompare(b.businessUnit))
      : o.units;
  const filter = o.filter;
  if (units.length === 0 && filter !== undefined) return noneOwned(o, filter, ctx);
  if (units.length === 0) {
    return message('No business units yet.', [
      ...sections(
        `No business units with Bedrock credentials yet (users named ${code(userNameFor('*'))} or tagged ${code('purpose=bedrock')}).`,
      ),
      context(`Create one: ${code(`${c} key for <business-unit> owner <email>`)}`),
    ]);
  }
  const count = (pred: (u: BusinessUnitSummary) => boolean): number => units.filter(pred).length;
  const summary = [
    plural(units.length, 'business unit'),
    `${count((u) => u.flags.neverExpiringKeys > 0)} with never-expiring keys`,
    `${count((u) => u.flags.keysOlderThan90Days > 0)} with keys older than 90 days`,
    `${count((u) => u.flags.keysExpiringWithin7Days > 0)} with keys expiring within 7 days`,
    `${count((u) => u.flags.noOwner)} without owner`,
  ].join(' · ');

  const page = o.page;
  const range =
    page === undefined
      ? String(units.length)
      : `${groupDigits(page.first)}–${groupDigits(page.first + units.length - 1)}${page.total === null ? ', more…' : ` of ${groupDigits(page.total)}`}`;
  const blocks: Block[] = [
    header(
      filter === undefined
        ? `Bedrock business units (${range})`
        : `Units owned by ${filter.owner}: ${page === undefined ? units.length : range}`,
    ),
    ...(page?.total === null && filter !== undefined
      ? [
          context(
            `Showing the first ${plural(page.first + units.length - 1, 'match', 'matches')}, from the ${groupDigits(filter.checked)} units checked so far; *More units* checks the next ones.`,
          ),
        ]
      : []),
    ...sections(
      `${page === undefined ? '' : 'On this page: '}${summary}\nRegion for new keys: ${esc(o.region)}`,
    ),
  ];

  const attention = units.filter((u) => unitFlags(u).length > 0 && !(unitFlags(u).length === 1 && u.legacy));
  if (attention.length > 0) {
    const lines = attention
      .slice(0, MAX_ATTENTION)
      .map((u) => `• *${esc(u.businessUnit)}*: ${unitFlags(u).map(esc).join(', ')}`);
    if (attention.length > MAX_ATTENTION) lines.push(`…and ${attention.length - MAX_ATTENTION} more.`);
    blocks.push(...sections(`*Needs attention*\n${lines.join('\n')}`));
  }

  const w = {
    unit: Math.min(24, Math.max(4, ...units.map((u) => u.businessUnit.length))),
    owner: Math.min(28, Math.max(5, ...units.map((u) => (u.owner ?? '–').length))),
  };
  const row = (
    unit: string,
    owner: string,
    created: string,
    api: string,
    ak: string,
    flags: string,
  ): string =>
    `${clip(unit, w.unit).padEnd(w.unit)}  ${clip(owner, w.owner).padEnd(w.owner)}  ${created.padEnd(10)}  ${api.padStart(3)}  ${ak.padStart(3)}  ${flags}`.trimEnd();
  const head = row('UNIT', 'OWNER', 'CREATED', 'API', 'AK', 'FLAGS');
  const lines = units.map((u) =>
    esc(
      row(
        u.businessUnit,
        u.owner ?? '–',
        formatDay(u.createdAt),
        String(u.apiKeyCount),
        String(u.accessKeyCount),
        unitFlags(u).join(', '),
      ),
    ),
  );
  const wrapHead = esc(head);
  blocks.push(
    ...packLines(lines, {
      maxSections: MAX_TABLE_SECTIONS,
      maxItems: MAX_ROWS,
      wrap: (body) => `\`\`\`${wrapHead}\n${body}\`\`\``,
      wrapOverhead: wrapHead.length + 8,
      more: (n) => `…and ${n} more; ask for details of one unit: ${code(`${c} details for <unit>`)}`,
    }).blocks,
  );
  if (page?.more !== undefined)
    blocks.push(
      actions(button('choose', 'More units', page.more.requestId, { choiceKey: page.more.choiceKey })),
    );
  blocks.push(
    context(
      `API = Bedrock API keys, AK = access keys. Details: ${code(`${c} details for <unit>`)} · rotate: ${code(`${c} rotate key for <unit>`)} · new key: ${code(`${c} key for <unit>`)}`,
    ),
  );
  return message(
    filter === undefined
      ? `${plural(units.length, 'business unit')} with Bedrock credentials`
      : `Units owned by ${filter.owner}: ${page === undefined ? units.length : range}`,
    blocks,
    false,
    `ask for details of one unit: ${c} details for <unit>`,
  );
}

/** A list by owner that found nothing (yet): says so plainly, and what to try. */
function noneOwned(
  o: Extract<Outcome, { type: 'business-units' }>,
  filter: { owner: string; checked: number },
  ctx: RenderContext,
): Message {
  const c = ctx.commandName;
  const more = o.page?.more;
  const earlier = o.page !== undefined && o.page.first > 1;
  const checked = `${groupDigits(filter.checked)} ${filter.checked === 1 ? 'unit' : 'units'}`;
  const headline = more
    ? `No units owned by ${filter.owner} among the ${checked} checked so far`
    : earlier
      ? `No more units owned by ${filter.owner}`
      : `No units owned by ${filter.owner}`;
  const why = more
    ? `*More units* checks the next ones (each page reads a bounded number of units, since IAM cannot search by tag).`
    : earlier
      ? `All ${checked} were checked; the earlier pages showed every match.`
      : `None of the ${checked} has this email in its ${code('owner')} tag (compared ignoring case).`;
  const blocks: Block[] = [
    header(`${headline}.`),
    ...sections(why),
    ...(more !== undefined
      ? [actions(button('choose', 'More units', more.requestId, { choiceKey: more.choiceKey }))]
      : []),
    context(
      `Try: check the spelling of the email, ${code(`${c} details for <unit>`)} to see one unit's owner, or (admins) ${code(`${c} list`)} for every unit and its owner.`,
    ),
  ];
  return message(`${headline}.`, blocks, false);
}
