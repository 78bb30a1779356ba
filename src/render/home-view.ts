/**
 * The App Home tab for one person, from the core's HomeSnapshot: their recent tokens (Region and
 * expiry only), their requests, the units they own (with Rotate and Details), and for admins the
 * approvals waiting (Approve / Deny) and the units with hygiene flags. Pure: Slack publishes it.
 */
import type { HomeRequest, HomeSnapshot, HomeUnit } from '../core/home.js';
import type { RequestState } from '../core/ledger-port.js';
import type { BusinessUnitSummary } from '../core/outcome.js';
import { BLOCK_LIMITS, VIEW_LIMITS, type Block, type ButtonElement } from './block-kit.js';
import { actions, button, context, divider, header } from './blocks.js';
import { code, daysBetween, esc, formatUtc, plural, relative } from './format.js';
import { clip, limitViolations, packLines, sections } from './limits.js';

/** Slack's limit for a Home tab view (messages allow 50). */
export const HOME_VIEW_MAX_BLOCKS = VIEW_LIMITS.blocksPerView;

/** Buttons that belong to no stored request: `bedrock.home.<what>`, the value is a business unit. */
export const HOME_ACTION_PREFIX = 'bedrock.home.';
export type HomeButton = 'rotate' | 'details' | 'request';

export interface HomeView {
  type: 'home';
  blocks: Block[];
}

export function homeButton(what: HomeButton, label: string, value: string, style?: 'primary'): ButtonElement {
  return {
    type: 'button',
    action_id: `${HOME_ACTION_PREFIX}${what}`,
    text: { type: 'plain_text', text: clip(label, BLOCK_LIMITS.buttonText), emoji: true },
    value: clip(value, BLOCK_LIMITS.buttonValue),
    ...(style !== undefined ? { style } : {}),
  };
}

const STATE_WORDS: Record<RequestState, string> = {
  awaiting_choice: 'waiting for your choice',
  awaiting_confirmation: 'waiting for your confirmation',
  awaiting_approval: 'waiting for approval',
  approved: 'approved: reveal it from the DM',
  executing: 'being carried out',
  awaiting_old_key_decision: 'waiting for your decision about the old key',
  completed: 'done',
  failed: 'failed',
  cancelled: 'cancelled',
  denied: 'denied',
  expired: 'expired',
};

const section = (text: string): Block[] => sections(text);

function requestLine(r: HomeRequest, now: Date): string {
  return `• ${esc(r.title)} — *${STATE_WORDS[r.state]}* (${relative(r.updatedAt, now)})`;
}

function keyLines(unit: HomeUnit, now: Date): string[] {
  const lines: string[] = [];
  for (const k of unit.apiKeys) {
    const expiry =
      k.expiresAt === null
        ? 'never expires'
        : k.expiresAt.getTime() <= now.getTime()
          ? `expired ${relative(k.expiresAt, now)}`
          : `expires ${relative(k.expiresAt, now)} (${formatUtc(k.expiresAt)})`;
    lines.push(`API key ${code(k.alias)}: ${daysBetween(k.createdAt, now)} days old, ${expiry}`);
  }
  for (const k of unit.accessKeys) {
    lines.push(
      `Access key ${code(`${k.accessKeyId.slice(0, 4)}…${k.accessKeyId.slice(-4)}`)} (${k.status}): ` +
        `${daysBetween(k.createdAt, now)} days old`,
    );
  }
  return lines.length > 0 ? lines : ['No keys yet.'];
}

export function flagWords(s: BusinessUnitSummary): string[] {
  const f = s.flags;
  const out: string[] = [];
  if (f.noOwner) out.push('no owner');
  if (f.neverExpiringKeys > 0) out.push(`${plural(f.neverExpiringKeys, 'key')} that never expire`);
  if (f.keysOlderThan90Days > 0) out.push(`${plural(f.keysOlderThan90Days, 'key')} older than 90 days`);
  if (f.keysExpiringWithin7Days > 0)
    out.push(`${plural(f.keysExpiringWithin7Days, 'key')} expiring within 7 days`);
  return out;
}

function unitBlocks(unit: HomeUnit, now: Date): Block[] {
  const bu = unit.summary.businessUnit;
  const lines = keyLines(unit, now).map((l) => `• ${l}`);
  return [
    ...section(`*${esc(bu)}* (${code(unit.summary.userName)})\n${lines.join('\n')}`),
    actions(homeButton('rotate', 'Rotate', bu), homeButton('details', 'Details', bu)),
  ];
}

function approvalBlocks(r: HomeRequest, now: Date): Block[] {
  return [
    ...section(`${esc(r.title)}\n_asked ${relative(r.updatedAt, now)}_`),
    actions(
      button('approve', 'Approve', r.id, { style: 'primary' }),
      button('deny', 'Deny', r.id, { style: 'danger' }),
    ),
  ];
}

export function renderHomeView(home: HomeSnapshot, commandName: string): HomeView {
  const now = home.now;
  const blocks: Block[] = [
    header('Bedrock access'),
    actions(homeButton('request', 'Request credentials', 'form', 'primary')),
    context(`Updated ${formatUtc(now)} · type ${code(`${commandName} help`)} for everything the bot can do`),
    divider(),
    ...section('*Your recent tokens* (last 7 days; the token itself is never shown again)'),
  ];
  blocks.push(
    ...(home.tokens.length === 0
      ? section('_None._ Ask for one with the button above or `token 2h`.')
      : section(
          home.tokens
            .map(
              (t) =>
                `• ${code(t.region)} — issued ${relative(t.issuedAt, now)}, ` +
                `${t.expiresAt.getTime() > now.getTime() ? 'expires' : 'expired'} ${relative(t.expiresAt, now)}`,
            )
            .join('\n'),
        )),
    divider(),
    ...section('*Your requests*'),
    ...(home.requests.length === 0
      ? section('_None yet._')
      : packLines(
          home.requests.map((r) => requestLine(r, now)),
          { maxSections: 1, more: (n) => `…and ${n} more` },
        ).blocks),
    divider(),
    ...section('*Business units you own*'),
  );
  if (home.ownedUnits.length === 0)
    blocks.push(...section('_None._ A unit is yours when its owner tag is your email.'));
  if (!home.ownedUnitsComplete)
    blocks.push(
      context(
        'Shown: the units you asked the bot about whose owner tag is your email. ' +
          `A unit given to you by someone else or set up outside the bot may be missing: ask \`${commandName} details <unit>\`.`,
      ),
    );
  // Each unit takes two blocks; keep room for the admin sections.
  const unitBudget = home.isAdmin ? 20 : 40;
  for (const unit of home.ownedUnits.slice(0, unitBudget)) blocks.push(...unitBlocks(unit, now));
  if (home.ownedUnits.length > unitBudget)
    blocks.push(context(`…and ${home.ownedUnits.length - unitBudget} more: ask \`${commandName} list\`.`));

  if (home.isAdmin) {
    blocks.push(divider(), header('For admins'), ...section('*Waiting for approval*'));
    if (home.pendingApprovals.length === 0) blocks.push(...section('_Nothing waiting._'));
    for (const r of home.pendingApprovals) blocks.push(...approvalBlocks(r, now));
    blocks.push(...section('*Units with hygiene flags*'));
    if (home.moreUnits)
      blocks.push(
        context(
          `Among the first ${plural(home.unitsChecked, 'unit')} of \`${commandName} list\` (read ${formatUtc(now)}); ` +
            `ask \`${commandName} list\` for every unit.`,
        ),
      );
    blocks.push(
      ...(home.flaggedUnits.length === 0
        ? section(home.moreUnits ? '_None among these._' : '_All units look healthy._')
        : packLines(
            home.flaggedUnits.map((s) => `• *${esc(s.businessUnit)}*: ${flagWords(s).join(', ')}`),
            { maxSections: 2, more: (n) => `…and ${n} more: ask \`${commandName} list\`` },
          ).blocks),
    );
  }
  if (home.awsProblem !== null)
    blocks.push(context(`:warning: AWS could not be read just now: ${esc(clip(home.awsProblem, 200))}`));
  return { type: 'home', blocks: blocks.slice(0, HOME_VIEW_MAX_BLOCKS) };
}

/** Every way a view breaks a Slack limit (the message checks, with the Home tab's block limit). */
export function viewViolations(view: { blocks: Block[] }): string[] {
  const problems = limitViolations({
    text: 'view',
    blocks: view.blocks.slice(0, BLOCK_LIMITS.blocksPerMessage),
    containsSecret: false,
  });
  const rest = view.blocks.slice(BLOCK_LIMITS.blocksPerMessage);
  if (rest.length > 0)
    problems.push(...limitViolations({ text: 'view', blocks: rest, containsSecret: false }));
  if (view.blocks.length > HOME_VIEW_MAX_BLOCKS) problems.push(`${view.blocks.length} blocks in a view`);
  return problems;
}
