/** A business unit's Bedrock spend: the total, per month (and day), per Bedrock service, and what the figures include. */
import { MONTH_NAMES } from '../core/calendar.js';
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Block, Message } from './block-kit.js';
import { context, header, message } from './blocks.js';
import { code, esc, plural } from './format.js';
import { fieldSections, packLines, sections } from './limits.js';

const MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3));
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "$1,234.56" for USD, "1,234.56 EUR" otherwise; "< $0.01" for a positive amount that rounds to zero. */
export function money(amount: number, currency: string): string {
  const tiny = amount > 0 && amount < 0.005;
  const text = (tiny ? 0.01 : amount).toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const withUnit = currency === 'USD' ? `$${text}` : `${text} ${currency}`;
  return tiny ? `< ${withUnit}` : withUnit;
}

/** "2026-11" → "Nov 2026". */
function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** "2026-11-23" → "Mon 23 Nov". */
function dayLabel(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** The last day a period covers ("end" is exclusive). */
function lastDay(end: string): string {
  return new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

export function renderSpend(o: Extract<Outcome, { type: 'spend' }>, ctx: RenderContext): Message {
  const s = o.spend;
  const c = ctx.commandName;
  const cur = (n: number): string => money(n, s.currency);
  const est = (e: boolean): string => (e ? ' _(estimated)_' : '');
  const blocks: Block[] = [
    header(`Bedrock spend: ${s.businessUnit}`),
    ...sections(`*${cur(s.total)}* in ${esc(s.period.label)}${est(s.estimated)}`),
    ...fieldSections([
      `*Period (UTC)*\n${s.period.start} to ${lastDay(s.period.end)}`,
      `*IAM user*\n${code(s.userName)}`,
      `*Cost allocation tag*\n${code(`${s.tagKey}=${s.tagValue}`)}`,
      `*Owner*\n${s.owner ? esc(s.owner) : 'none'}`,
    ]),
  ];
  if (s.months.length > 1) {
    blocks.push(
      ...sections(
        [
          '*By month*',
          ...s.months.map((m) => `• ${monthLabel(m.month)}: ${cur(m.amount)}${est(m.estimated)}`),
        ].join('\n'),
      ),
    );
  }
  if (s.days.length > 0) {
    const lines = s.days.map((d) => `• ${dayLabel(d.date)}: ${cur(d.amount)}`);
    blocks.push(
      ...packLines(['*By day*', ...lines], {
        maxSections: 2,
        more: (n) => `…and ${plural(n, 'more day')}.`,
      }).blocks,
    );
  }
  if (s.services.length > 0) {
    blocks.push(
      ...packLines(['*By service*', ...s.services.map((x) => `• ${esc(x.service)}: ${cur(x.amount)}`)], {
        maxSections: 1,
        more: (n) => `…and ${plural(n, 'more service')}.`,
      }).blocks,
    );
  }
  if (s.otherServices.length > 0) {
    blocks.push(
      ...packLines(
        [
          '*Other services under the same tag (not in the total)*',
          ...s.otherServices.map((x) => `• ${esc(x.service)}: ${cur(x.amount)}`),
        ],
        { maxSections: 1, more: (n) => `…and ${plural(n, 'more service')}.` },
      ).blocks,
    );
  }
  if (s.notes.length > 0) blocks.push(context(...s.notes.slice(0, 5).map(esc)));
  blocks.push(
    context(
      `Usage cost before credits, discounts and tax (Cost Explorer, unblended), of calls made with ${esc(s.businessUnit)}'s long-term keys; short-term tokens are not in it. Answers are kept for an hour. Other periods: ${code(`${c} spend for ${s.businessUnit} last month`)}, ${code(`${c} spend for ${s.businessUnit} last 7 days`)}.`,
    ),
  );
  return message(`Bedrock spend for ${s.businessUnit}: ${cur(s.total)} in ${s.period.label}`, blocks);
}

/** Every unit's Bedrock spend in a period, largest first, with what no unit carries. */
export function renderSpendOverview(
  o: Extract<Outcome, { type: 'spend-overview' }>,
  ctx: RenderContext,
): Message {
  const s = o.overview;
  const c = ctx.commandName;
  const cur = (n: number): string => money(n, s.currency);
  const est = (e: boolean): string => (e ? ' _(estimated)_' : '');
  const share = (n: number): string => (s.total > 0 ? ` (${Math.round((100 * n) / s.total)}%)` : '');
  const blocks: Block[] = [
    header('Bedrock spend by business unit'),
    ...sections(`*${cur(s.total)}* in ${esc(s.period.label)}${est(s.estimated)}`),
    ...fieldSections([
      `*Period (UTC)*\n${s.period.start} to ${lastDay(s.period.end)}`,
      `*Cost allocation tag*\n${code(s.tagKey)}`,
      `*Units with spend*\n${s.units.length}`,
      `*Not attributed to a unit*\n${cur(s.unattributed)}`,
    ]),
  ];
  if (s.units.length > 0) {
    blocks.push(
      ...packLines(
        [
          '*By unit*',
          ...s.units.map(
            (u) => `• ${esc(u.businessUnit)}: ${cur(u.amount)}${share(u.amount)}${est(u.estimated)}`,
          ),
        ],
        { maxSections: 3, more: (n) => `…and ${plural(n, 'more unit')}.` },
      ).blocks,
    );
  }
  if (s.notes.length > 0) blocks.push(context(...s.notes.slice(0, 5).map(esc)));
  blocks.push(
    context(
      `Usage cost before credits, discounts and tax (Cost Explorer, unblended). A unit's cost is that of calls made with its long-term keys; "not attributed" is Bedrock cost with no unit tag: short-term tokens and callers the bot does not manage. Answers are kept for an hour. One unit in detail: ${code(`${c} spend for <unit>`)}; other periods: ${code(`${c} spend last month`)}.`,
    ),
  );
  const top = s.units[0];
  const lead =
    top === undefined ? 'no unit had Bedrock spend' : `${top.businessUnit} spent most, ${cur(top.amount)}`;
  return message(`Bedrock spend by unit in ${s.period.label}: ${cur(s.total)}; ${lead}`, blocks);
}
