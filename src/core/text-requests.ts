/**
 * Typed requests: a parse result in, a reply out. Reads answer at once; anything that changes AWS
 * becomes a stored request waiting for a choice, a confirmation or an approval.
 */
import { clarify } from './clarify.js';
import { authorize, isAdmin, isOwner, ownerOf } from './authorize.js';
import type { IamUser } from './aws-port.js';
import { choice } from './choices.js';
import type { TextInput } from './engine-api.js';
import { needsTwoApprovals } from './approval-policy.js';
import { actor, approvalCard, type Draft, type EngineKit } from './engine-kit.js';
import { explainFailure } from './explain-error.js';
import type { Choice, MoreButton, Outcome } from './outcome.js';
import type { Plan } from './plan.js';
import { planCreateKey, planDeprovision, planRevoke, planRotate, type PlanResult } from './planner.js';
import { historyText, onlyOwnHistory, readHistory } from './history-flow.js';
import { managedOrRefusal } from './managed-user.js';
import { ownerEmailFor } from './list-owner.js';
import { listBusinessUnits, listModels, unitDetails } from './read-flows.js';
import type { ParseResult } from './request.js';
import type { Requester } from './requester.js';
import { resolvePeriod, spendOverview, unitSpend } from './spend.js';
import { issueToken } from './token-flow.js';
import {
  businessUnitOf,
  checkRegion,
  invalid,
  userNameFor,
  validateKeyRequest,
  validateStatedSlots,
} from './validation.js';

const MAX_CHOICES = 10;

/** How each unit-scoped request is typed, for the choices that name a business unit. */
const UNIT_REQUEST_PREFIX: Record<string, string> = {
  details: 'details for',
  spend: 'spend for',
  rotate: 'rotate key for',
  revoke: 'revoke key for',
  deprovision: 'deprovision',
  create_key: 'create key for',
};

/** Questions and plans: what a request that changes AWS waits on before anything happens. */
function createOffers(kit: EngineKit) {
  const { aws, ledger, settings } = kit;

  async function unitChoices(requester: Requester, parse: ParseResult, prefix: string): Promise<Choice[]> {
    const users = await aws.listBedrockUsers();
    if (!users.ok) return [];
    const admin = isAdmin(requester, settings);
    return users.value
      .filter((u) => admin || isOwner(requester, u))
      .map((u) => businessUnitOf(u))
      .sort()
      .slice(0, MAX_CHOICES)
      .map((bu) => choice(`bu-${bu}`, bu, { ...statedSlots(parse), businessUnit: bu }, `${prefix} ${bu}`));
  }

  /** Stores a request waiting for one of `choices` and records that it was asked; returns its ID. */
  async function awaitChoice(
    input: TextInput,
    parse: ParseResult,
    choices: Choice[],
    businessUnit: string | null,
    detail: string,
  ): Promise<string> {
    const ttl = settings.confirmationTtlSeconds;
    const record = await kit.store.open(input, 'awaiting_choice', { parse, choices }, ttl, businessUnit);
    await ledger.record({
      at: kit.now(),
      requestId: record.id,
      kind: 'requested',
      ...actor(input.requester),
      businessUnit,
      detail,
    });
    return record.id;
  }

  async function ask(
    input: TextInput,
    parse: ParseResult,
    question: string,
    choices: Choice[],
    businessUnit: string | null,
  ): Promise<Draft> {
    if (choices.length === 0) {
      const example =
        parse.intent === 'create_key' ? 'create key for marketing' : `${parse.intent} for marketing`;
      return kit.privately(
        invalid([question], `Say it in one message, e.g. "${kit.commandName} ${example}".`),
      );
    }
    const requestId = await awaitChoice(input, parse, choices, businessUnit, `asked: ${question}`);
    return kit.privately({ type: 'question', question, choices, requestId }, requestId);
  }

  async function askBusinessUnit(input: TextInput, parse: ParseResult): Promise<Draft> {
    const prefix = UNIT_REQUEST_PREFIX[parse.intent] ?? `${parse.intent} for`;
    const choices = await unitChoices(input.requester, parse, prefix);
    if (parse.intent === 'create_key') {
      choices.unshift(
        choice('token', 'A short-term token for me (recommended)', { intent: 'token' }, 'token', 'primary'),
      );
      return ask(
        input,
        parse,
        `Is this for you, or for a system? For a system, which business unit? (Or type "${prefix} <business unit>".)`,
        choices,
        null,
      );
    }
    return ask(input, parse, `Which business unit? (Or type "${prefix} <business unit>".)`, choices, null);
  }

  /** The slots-full outcome is stored as a question with its own choices (e.g. "Rotate instead"). */
  async function offerChoices(
    input: TextInput,
    parse: ParseResult,
    outcome: Extract<Outcome, { type: 'slots-full' }>,
    businessUnit: string,
  ): Promise<Draft> {
    const detail = `slots full for ${outcome.keyKind}: offered rotation`;
    const requestId = await awaitChoice(input, parse, outcome.choices, businessUnit, detail);
    return kit.privately({ ...outcome, requestId }, requestId);
  }

  async function offerPlan(
    input: TextInput,
    parse: ParseResult,
    result: PlanResult,
    approval: boolean,
    businessUnit: string,
  ): Promise<Draft> {
    if (result.kind === 'question') return ask(input, parse, result.question, result.choices, businessUnit);
    if (result.kind === 'outcome') {
      if (result.outcome.type === 'slots-full')
        return offerChoices(input, parse, result.outcome, businessUnit);
      if (result.outcome.type === 'refused')
        return kit.refuse(input.requester, result.outcome.reason, result.outcome.hint, businessUnit);
      return kit.privately(result.outcome);
    }
    const plan = result.plan;
    const state = approval ? 'awaiting_approval' : 'awaiting_confirmation';
    const ttl = approval ? settings.approvalTtlSeconds : settings.confirmationTtlSeconds;
    const reason = input.reason !== undefined && input.reason !== '' ? { reason: input.reason } : {};
    const record = await kit.store.open(input, state, { parse, plan, ...reason }, ttl, businessUnit);
    await ledger.record({
      at: kit.now(),
      requestId: record.id,
      kind: approval ? 'approval_requested' : 'requested',
      ...actor(input.requester),
      businessUnit,
      detail: input.reason ? `${plan.title}; reason: ${input.reason}` : plan.title,
    });
    const mode = approval ? 'approval-requested' : 'confirm';
    const toRequester = kit.delivery(
      'requester-private',
      { type: 'plan', plan, requestId: record.id, mode, expiresAt: record.expiresAt },
      { requestId: record.id },
    );
    if (!approval) return { deliveries: [toRequester] };
    const pending = approvalCard(record, plan, 'pending', undefined, needsTwoApprovals(plan, kit.settings));
    const card = kit.delivery('approvers', pending, { requestId: record.id });
    const owner = await ownerWhoMayDecide(plan, input.requester);
    if (owner === null) return { deliveries: [toRequester, card] };
    const copy = kit.delivery('unit-owner', pending, { requestId: record.id, ownerEmail: owner });
    return { deliveries: [toRequester, card, copy] };
  }

  /**
   * Whom the unit's owner copy of an approval card goes to: the email in the owner tag of the unit's
   * IAM user as it is now (the user approval-flow reads to judge an owner's click), when owners may
   * decide (UNIT_OWNERS_MAY_APPROVE) and the owner is not the requester (who may never decide on
   * their own request). A unit that does not exist yet has no owner to ask.
   */
  async function ownerWhoMayDecide(plan: Plan, requester: Requester): Promise<string | null> {
    if (!settings.unitOwnersMayApprove) return null;
    const found = await aws.getUser(plan.userName);
    if (!found.ok || found.value === null) return null;
    const owner = ownerOf(found.value);
    if (owner === null || isOwner(requester, found.value)) return null;
    return owner;
  }

  /**
   * The "More" button of a long answer: a stored request whose one choice is the next page. Not
   * recorded as an event of its own (reading is not a change); picking it is, like every choice.
   */
  async function offerMore(
    input: TextInput,
    next: ParseResult,
    label: string,
    text: string,
  ): Promise<MoreButton> {
    const more = choice('more', label, next, text);
    const record = await kit.store.open(
      input,
      'awaiting_choice',
      { parse: next, choices: [more] },
      settings.confirmationTtlSeconds,
      next.businessUnit,
    );
    return { requestId: record.id, choiceKey: more.key };
  }

  return { ask, askBusinessUnit, offerPlan, offerMore };
}

export interface TextRequests {
  handleParsed(input: TextInput, parse: ParseResult): Promise<Draft>;
}

type OfferMore = ReturnType<typeof createOffers>['offerMore'];

/** History, a page at a time: anyone may page through their own actions; everything else is for admins. */
async function answerHistory(kit: EngineKit, offerMore: OfferMore, input: TextInput, parse: ParseResult) {
  const { requester } = input;
  if (!onlyOwnHistory(parse, requester)) {
    const decision = authorize('history', requester, kit.settings);
    if (decision.kind === 'refuse') return kit.refuse(requester, decision.reason, decision.hint, null);
  }
  const page = await readHistory(kit.ledger, parse, requester, kit.now());
  if (page.next === null) return kit.privately(page.outcome);
  const more = await offerMore(input, page.next, 'Older events', historyText(page.next));
  return kit.privately({ ...page.outcome, more }, more.requestId);
}

/**
 * Every business unit, a page at a time (admins only); or one owner's units: admins may ask about
 * anyone, everyone else about their own units only (the owner tag is their email).
 */
async function answerList(kit: EngineKit, offerMore: OfferMore, input: TextInput, parse: ParseResult) {
  const { requester } = input;
  let owner: string | null = null;
  if (parse.owner !== null) {
    const resolved = await ownerEmailFor(parse.owner, requester, input.people);
    if (!resolved.ok) return kit.privately(invalid([resolved.error], 'Nothing was listed.'));
    owner = resolved.value;
  }
  const ownUnits = owner !== null && owner === requester.email?.trim().toLowerCase();
  if (!ownUnits) {
    const decision = authorize(parse.intent, requester, kit.settings);
    if (decision.kind === 'refuse') {
      if (owner === null) return kit.refuse(requester, decision.reason, decision.hint, null);
      return kit.refuse(
        requester,
        "Only bot admins can list another person's business units.",
        `You can list your own: "${kit.commandName} list units owned by ${requester.email ?? '<your email>'}".`,
        null,
      );
    }
  }
  const region = parse.region ?? kit.settings.defaultRegion;
  const page = await listBusinessUnits(kit.readDeps(), region, parse, undefined, owner);
  if (page.next === null || page.outcome.type !== 'business-units') return kit.privately(page.outcome);
  const more = await offerMore(
    input,
    page.next,
    'More units',
    owner === null ? 'list' : `list units owned by ${owner}`,
  );
  const paged = page.outcome.page;
  return kit.privately(
    { ...page.outcome, ...(paged !== undefined ? { page: { ...paged, more } } : {}) },
    more.requestId,
  );
}

export function createTextRequests(kit: EngineKit): TextRequests {
  const { aws, ledger, settings } = kit;
  const { ask, askBusinessUnit, offerPlan, offerMore } = createOffers(kit);

  async function fetchUnit(
    businessUnit: string,
  ): Promise<{ ok: true; user: IamUser | null } | { ok: false; outcome: Outcome }> {
    const got = await aws.getUser(userNameFor(businessUnit));
    if (got.ok) return { ok: true, user: got.value };
    const failure = explainFailure(got.error, {
      doing: `look up ${businessUnit}`,
      businessUnit,
      iamUserPath: settings.iamUserPath,
    });
    return { ok: false, outcome: { type: 'failure', failure, reference: kit.reference() } };
  }

  async function handleUnitIntent(
    input: TextInput,
    parse: ParseResult,
    businessUnit: string,
  ): Promise<Draft> {
    const { requester } = input;
    const fetched = await fetchUnit(businessUnit);
    if (!fetched.ok) return kit.privately(fetched.outcome);
    const user = fetched.user;
    const decision = authorize(parse.intent, requester, settings, user);
    if (decision.kind === 'refuse')
      return kit.refuse(requester, decision.reason, decision.hint, businessUnit);
    if (user === null) {
      return kit.privately(
        invalid(
          [`There is no business unit "${businessUnit}" (no IAM user ${userNameFor(businessUnit)}).`],
          isAdmin(requester, settings) ? 'Ask for "list" to see them all.' : undefined,
        ),
      );
    }
    const region = parse.region ?? settings.defaultRegion;
    const unit = { businessUnit, user, region };
    const planner = { aws, settings };
    if (parse.intent === 'details')
      return kit.privately(await unitDetails(businessUnit, user, kit.readDeps()));
    if (parse.intent === 'spend') {
      // A read, like details: no managed-user check (legacy units have costs too).
      const deps = kit.readDeps();
      const period = resolvePeriod(parse.period, deps.now);
      if (!period.ok) return kit.privately(invalid([period.error]));
      return kit.privately(await unitSpend(businessUnit, user, period.value, deps));
    }
    // The bot acts only on users it manages (core/managed-user.ts): refuse before planning anything.
    const managed = await managedOrRefusal(aws, user, settings, businessUnit, kit.reference);
    if (managed.kind === 'failure') return kit.privately(managed.outcome);
    if (managed.kind === 'refused') return kit.refuse(requester, managed.reason, managed.hint, businessUnit);
    const planned =
      parse.intent === 'rotate'
        ? await planRotate(unit, parse, planner)
        : parse.intent === 'revoke'
          ? await planRevoke(unit, parse, planner)
          : await planDeprovision(unit, planner);
    if (planned.kind === 'plan') planned.plan.unitState = managed.unitState;
    return offerPlan(input, parse, planned, false, businessUnit);
  }

  async function handleToken(input: TextInput, parse: ParseResult): Promise<Draft> {
    const { requester } = input;
    const decision = authorize('token', requester, settings);
    if (decision.kind === 'refuse') return kit.refuse(requester, decision.reason, decision.hint, null);
    const result = await issueToken(parse, requester, { aws, settings, reference: kit.reference });
    if (result.eventDetail !== null) {
      await ledger.record({
        at: kit.now(),
        requestId: null,
        kind: 'token_issued',
        ...actor(requester),
        businessUnit: null,
        detail: result.eventDetail,
      });
    }
    return kit.privately(result.outcome);
  }

  async function handleCreateKey(input: TextInput, parse: ParseResult): Promise<Draft> {
    const { requester } = input;
    if (parse.businessUnit === null) return askBusinessUnit(input, parse);
    const valid = validateKeyRequest(parse, settings, requester);
    if (!valid.ok) return kit.privately(valid.error);
    const decision = authorize('create_key', requester, settings);
    if (decision.kind === 'refuse')
      return kit.refuse(requester, decision.reason, decision.hint, valid.value.businessUnit);
    const result = await planCreateKey(valid.value, requester, { aws, settings });
    return offerPlan(input, parse, result, decision.kind === 'needs-approval', valid.value.businessUnit);
  }

  async function handleParsed(input: TextInput, parse: ParseResult): Promise<Draft> {
    const { requester } = input;
    // Decide before acting: impossible stated values are refused, an unsure parse is asked about.
    const decision = clarify(parse);
    if (decision.kind === 'refuse') return kit.privately(decision.outcome);
    if (decision.kind === 'ask') return ask(input, parse, decision.question, decision.choices, null);
    // Every value the text states is checked first, before any AWS call, whatever the intent.
    const stated = validateStatedSlots(parse, settings, requester);
    if (stated !== null) return kit.privately(stated);
    switch (parse.intent) {
      case 'help':
        return kit.privately({
          type: 'help',
          isAdmin: isAdmin(requester, settings),
          ...(parse.topic ? { topic: parse.topic } : {}),
        });
      case 'unknown':
        return kit.privately({ type: 'unknown', text: input.text });
      case 'models': {
        const region = parse.region ?? settings.defaultRegion;
        const problems = checkRegion(region, settings);
        if (problems.length > 0) return kit.privately(invalid(problems));
        return kit.privately(await listModels(region, parse.provider, kit.readDeps()));
      }
      case 'history':
        return answerHistory(kit, offerMore, input, parse);
      case 'list':
        return answerList(kit, offerMore, input, parse);
      case 'token':
        return handleToken(input, parse);
      case 'create_key':
        return handleCreateKey(input, parse);
      case 'spend': {
        // The stated period is checked before any AWS call, like every stated value.
        const period = resolvePeriod(parse.period, kit.now());
        if (!period.ok) return kit.privately(invalid([period.error]));
        if (parse.businessUnit !== null) return handleUnitIntent(input, parse, parse.businessUnit);
        // No unit named: admins see every unit at once (authorize allows spend without a unit to
        // them alone); an owner is asked which of theirs.
        if (authorize('spend', input.requester, settings).kind === 'allow')
          return kit.privately(await spendOverview(period.value, kit.readDeps()));
        return askBusinessUnit(input, parse);
      }
      case 'details':
      case 'rotate':
      case 'revoke':
      case 'deprovision':
        if (parse.businessUnit === null) return askBusinessUnit(input, parse);
        return handleUnitIntent(input, parse, parse.businessUnit);
    }
  }

  return { handleParsed };
}

/**
 * What a request stated besides its unit, kept when the unit is chosen from buttons: "revoke ACCA…"
 * with no unit must revoke that key of the unit picked, not every key of it.
 */
function statedSlots(parse: ParseResult): Partial<ParseResult> & Pick<ParseResult, 'intent'> {
  const kept: Partial<ParseResult> & Pick<ParseResult, 'intent'> = { intent: parse.intent };
  if (parse.keyId !== null) kept.keyId = parse.keyId;
  if (parse.keyKind !== null) kept.keyKind = parse.keyKind;
  if (parse.all) kept.all = true;
  if (parse.expiryDays !== null) kept.expiryDays = parse.expiryDays;
  if (parse.owner !== null) kept.owner = parse.owner;
  if (parse.region !== null) kept.region = parse.region;
  if (parse.period !== null) kept.period = parse.period;
  if (parse.longTerm) kept.longTerm = true;
  return kept;
}
