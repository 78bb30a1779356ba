/**
 * The natural-language request parser: turns what a person types to the bot (slash command text,
 * an app mention, a DM, a console line) into one intent with the slots the text states.
 *
 * Pure and deterministic. Steps:
 *  1. prepare.ts: decode Slack markup; lift e-mails, key IDs, Regions, periods and durations out
 *     into placeholder words; glue hyphenated names; correct small typos in keywords;
 *  2. discourse.ts: leave out story sentences around the request, and split off a second request;
 *  3. negation.ts: cut out negated or withdrawn clauses ("don't rotate …", "never mind");
 *  4. rules.ts: tokenize (terms.ts), tag with the lexicon, find the business unit (unit-finder.ts),
 *     owner, key kind and the rest, and read the intent with ordered rules;
 *  5. classifier.ts: a classifier trained on the corpus, with the rules' reading as one feature,
 *     picks the intent and gives the confidence;
 *  6. decide.ts: below CONFIDENT, a reading that would act becomes a question with buttons.
 */
import { vocativeColleague } from './vocative-colleague.js';
import { greekTakesBack } from './greek-take-back.js';
import { anyWayAsked } from './any-way-asked.js';
import { namesOnlyAsTyped, scanRegions } from './regions.js';
import { valuesLastLook } from './values-last-look.js';
import { cjkCountsAndPlaces, cjkTakenBack } from './cjk-words.js';
import { GREEK, greekCountsAndPlaces } from './greek-arabic.js';
import { otherScriptAsEnglish } from './other-scripts.js';
import { needMayCome, needWillCome } from './dropped-plan.js';
import { notLiveRequest } from './not-live-request.js';
import { romanceHelpAsked, romancePlaceRegion } from './romance-help.js';
import { credentialNotNeeded } from './declined-credential.js';
import { boundAskedWithNeed, limitAsked, peoplesHoursPastCap } from './limit-asked.js';
import { justMeAsked } from './just-me-asked.js';
import { falloutWondered } from './fallout-wondered.js';
import { kindAskedAbout, secretHandlingAsked } from './secret-handling-asked.js';
import { tokenForAnotherAsked, withoutAccountLacked } from './account-lacked.js';
import { colleagueAsked } from './colleague-asked.js';
import { namedColleagueAsked } from './named-colleague-asked.js';
import { botAskedByName } from './bot-asked-by-name.js';
import { possibleAskedAbroad } from './limit-asked-abroad.js';
import { memberRemoved } from './member-removed.js';
import { askedFirstRead } from './asked-first-read.js';
import { guidanceAsked } from './guidance-asked.js';
import {
  othersNeedAfterQuestion,
  othersNeedAskedHow,
  othersToldToAskBot,
  sentToAskBot,
  personNeedTold,
} from './others-need-told.js';
import { customersCredential } from './customers-credential.js';
import { METAL_KEY_REASON, OTHER_GRANT_REASON, keysOnlyAttached, notOurs } from './not-ours.js';
import { toldToPeople, toldToPeopleWhole } from './told-to-people.js';
import { remarkTold } from './remark-told.js';
import { ownClauses } from './own-clauses.js';
import { relayedRequest } from './relayed.js';
import { blankLetKnowPeople, passedOnToPeople } from './let-know.js';
import { deadlineAskedHeld, laterHeld, tokenOnSignOffHeld } from './later-held.js';
import { DECISION, DOUBTED_ACTION, NON_REQUESTS, SURE_ACTION, scoreOf } from './decision-lines.js';
import {
  ACQUIRING,
  EVERYDAY_READ,
  type Hold,
  type HoldCase,
  type HoldRead,
  disagrees,
  held,
  ASKED_IN_WORDS,
  BOUND_BESIDE_TOKEN,
  CHANGE_ON_ANSWER,
  COMMAND_TAIL,
  EVERYDAY,
  WHATS_ON_IDIOM,
  OWNER_CHANGE_AFTER_INFO,
  OWN_NEED_DEPROVISION,
  OWN_MACHINE_TOKEN,
  HOW_MANY_ALLOWED,
  REGIONS_OFFERED,
  WHO_RUNS,
  YOU_ASKED_CHANGE,
  KEY_NEEDS_CHANGE,
  KIND_CHOSEN,
  LEAK_REPORTED,
  LIST_THEM_ASKED,
  NEED_AFTER_DONE,
  ONE_UNIT_READ,
  OWN_LEAK_END,
  OWN_NEED,
  POLITE_KEY_CLOSED,
  POLITE_UNIT_KEY,
  PROPOSAL,
  ANY_WAY,
  RELAYED,
  REMOVAL_REASON,
  REQUEST_CHOSEN,
  SHORT_KEY,
  ERROR_THEN_ASKED,
  TOKEN_FIRST,
  UNIT_CORRECTED,
  UNIT_FIELD,
  UNIT_NEEDS_KEY,
  VALUE_LINES,
} from './rule-holds.js';
import { CREDENTIAL_HISTORY, PLEASE_DO, SPEND_ASKED_OF_US, TOKEN_PLACE_CORRECTED } from './said-outright.js';

export { tuneDecision } from './decision-lines.js';
import {
  ACTING_INTENTS as ACTING,
  CONFIDENT,
  emptyParse,
  type IntentName,
  type ParseOptions,
  type ParseResult,
  READ_INTENTS as READS,
} from '../core/request.js';
import { allFor } from './all-keys.js';
import { reasonAfterQuestion } from './asked-first.js';
import { type Scored, classifyPrepared } from './classifier.js';
import { decide, helpTopic } from './decide.js';
import {
  contextValueRanges,
  credentialQuestionAfterPlus,
  lentVerb,
  quoteAsks,
  quotedReply,
  repliesToQuote,
  secondRequestStart,
  storyRanges,
} from './discourse.js';
import { featuresOf } from './features.js';
import { addressedItem, storyStops } from './addressed-item.js';
import { tableHolds, tableRest } from './data-table.js';
import { readForm } from './form-fields.js';
import { withFormFields } from './form-reading.js';
import { CHANGE_TAGS, LEXICON } from './lexicon.js';
import { isNameWord, normalizeBusinessUnit } from './business-unit.js';
import { wordsIn } from './words-in.js';
import { withHistoryFilters } from './history-filters.js';
import {
  asksInWords,
  doubtedNeed,
  needDoubtedBefore,
  foreignKindOfKey,
  foreignObject,
  instructionStart,
  askedAfterSaying,
  isSaying,
  moodOf,
  namesOurObject,
  othersAccess,
  questionAboutUs,
  remarkForLater,
  futureNeedTold,
  withoutGreeting,
  ownNeedOfOurs,
  usersKey,
  WISHED_DONE,
  WISH_HELD,
} from './mood.js';
import { toldCommand } from './durations.js';
import {
  changeSaidInstead,
  findNegation,
  findReported,
  negatedChangeBare,
  insteadAskedOfUs,
  keyMadeBesides,
  type NegationCut,
} from './negation.js';
import { letterRanges, onlyDeviceFooter } from './letter.js';
import { historyOwner, tokensHolder, unitsHolder } from './owner.js';
import { changeIfNotDone, waitsForLater } from './later-condition.js';
import {
  MAX_TEXT_LENGTH,
  type Prepared,
  addressedToColleague,
  prepare,
  without,
  withoutStory,
} from './prepare.js';
import { rewriteSurface } from './surface.js';
import { arabiziAsEnglish } from './arabizi.js';
import { finglishAsEnglish } from './finglish.js';
import { markPasted, withoutPastedValues } from './pasted.js';
import { plainTypography } from './typography.js';
import {
  correctionRanges,
  getsFromYou,
  mayAsk,
  putOffAtEnd,
  requestText,
  storyValueRanges,
} from './request-sentence.js';
import {
  LAY_CREDENTIAL_ASKED,
  MAKERS_WEIGHED_AVAILABLE,
  OWN_BY_OTHER_NAME,
  applyRules,
  asksOwnUnits,
  committedToRepo,
} from './rules.js';
import { whatsOnThenChange, whatsOnTrouble, whatsOnUnit } from './whats-on.js';
import {
  betterKindAsked,
  KINDS_SAME_OR_NOT,
  kindAskedWhat,
  kindChosenAfter,
  tokenOrKindAsked,
} from './key-kind.js';
import { withSlots } from './slots.js';
import { slackQuoteMarks } from './slack-text.js';
import { maskSecrets } from './secrets.js';
import { withNumberedKey } from './numbered-key.js';
import { withPlaceholderKeyId } from './placeholder-key-id.js';
import { listsMine } from './list-mine.js';
import { ruleDueNow } from './rule-due-now.js';
import { askedOutOfCuriosity } from './token-asked-first.js';
import { commandAfterCondition, commandBeforeCondition } from './command-before-condition.js';
import { oneKeyAfterTakeBack } from './one-key-after-take-back.js';
import { listedUnits, withListedUnits } from './listed-units.js';
import { detailsAskedFirst, requestAskedFirst } from './details-first.js';
import { permittedTokenAsked } from './permission-told.js';
import { leakToldDealtWith } from './leak-reported.js';
import { withJoinedUnits } from './joined-units.js';
import { hedgedQuestion, hedgedUnmarked, reportOfUse } from './hedged.js';
import { asksWhetherPossible, onlyTheBotsQuestion } from './whether-possible.js';
import {
  askedOfPersonOnTheGo,
  askedPersonAfterBelief,
  askedPersonsTask,
  askedWithAnotherCopied,
  leadingAddressee,
  youAskedAnyLanguage,
} from './addressee.js';
import { askedOfPersonTiedUp } from './tied-up.js';
import { ourKindWeighed } from './our-kind-weighed.js';
import { onlyLockKeys } from './lock-keys.js';
import { lostPhysicalKeyAbroad } from './lost-key-abroad.js';
import { keyToThingEast } from './machine-keys.js';
import { withoutRetoldExchange } from './retold-exchange.js';
import { ownChecklist } from './own-checklist.js';
import { newTargetAfterTakeBack } from './new-target.js';
import { afterEverydayAside } from './everyday-aside.js';
import { pastTokenThenValue, tokenGotTold, tokenReceiptAsked } from './past-token-story.js';
import { needFrameDeferred, needFrameEnd } from './need-frame.js';
import { needAfterDone } from './need-after-done.js';
import { oursRuledOut, withoutOthersAside } from './contrast-ours.js';
import {
  askedAfterStory,
  lastSentenceAsked,
  lastSentencePutsOff,
  withSentenceBefore,
} from './asked-after-story.js';
import { questionAmidStory } from './question-amid-story.js';
import { withoutMadeClause } from './made-for.js';
import { periodAskedBefore } from './period-asked-before.js';
import { keyAskedFirst } from './key-asked-first.js';
import { replyWithQuotedOne } from './one-of-quote.js';
import { neutralPlaces } from './other-language-places.js';
import { precautionBeforeAnyChange } from './precaution-before.js';
import { unitTakenDown } from './unit-taken-down.js';
import { keyReadAsOtherAction } from './fresh-after-leak.js';
import {
  awayAside,
  changeAskedOfYou,
  changeWished,
  needMetAskedOfYou,
  plainChangeAsked,
} from './asked-of-you.js';

export { MAX_TEXT_LENGTH };

/** Intents that change something (or start a long-term key): never read out of a negated text. */
const DESTRUCTIVE = new Set<IntentName>(['rotate', 'revoke', 'deprovision', 'create_key']);

/** The classifier's features of a prepared text: its words, and what the rules made of it. */
function featuresWithRules(p: Prepared, ruled: ParseResult): Set<string> {
  // (What the classifier reads at run time: see classifiedText.)
  const features = featuresOf(withoutGreeting(classifiedText(p, ruled)));
  features.add(`rule=${ruled.intent}`);
  return features;
}

/**
 * Where a second request starts, when what follows the joining word asks or names a credential
 * without telling a story ("…, then on friday someone pasted the recsys key …" is no request):
 * "…done with bedrock after that, but that's their call. for now: what keys does growth-marketing
 * have?" has one request, not two.
 */
function requestSplit(text: string): number | null {
  const at = secondRequestStart(text);
  if (at === null) return null;
  const next = /^[\s.!?;,]*([^.!?;\n]*)/.exec(text.slice(at))?.[1] ?? '';
  // ("token 4h and also what's our spend this month?": "what's" opens a question as "what" does.)
  return mayAsk(next.includes('s') ? next.replace(WH_IS, '$1 is') : next) ? at : null;
}

/**
 * "please revoke Tom's access to the CRM", "<@U…> did you rotate it?", a handover's lines: another trade's
 * things or another system (not-ours.ts), or told to people (told-to-people.ts): why nothing is asked, or
 * null. (Not when another clause asks the bot for something: "history of RFI-0318, revoke the rfi key".)
 */
function notAskedReason(input: string, use: IntentReader, botUserId: string | undefined): string | null {
  const asked = input.slice(0, MAX_TEXT_LENGTH);
  const notAsked = notAskedOfBot(afterNeedFrame(asked), botUserId);
  return notAsked !== null &&
    (notAsked === OTHER_GRANT_REASON ||
      notAsked === METAL_KEY_REASON ||
      !requestInOwnClause(asked, use, botUserId))
    ? notAsked
    : null;
}

/**
 * requests24: after "what I need from you is", only the request ("jira is down again (not your problem) -
 * what I need from you is the spend for beer-recs"). (fix24c: the frame is found in the lowercased text; a
 * letter whose lowercase is longer, "İ", would move the offset, and then the whole text is read.)
 */
function afterNeedFrame(text: string): string {
  const lower = text.toLowerCase();
  const at = lower.length === text.length ? needFrameEnd(lower) : null;
  return at === null ? text : text.slice(at);
}

/** A question word joined to "is" ("what's", "whats", "how's"), read as the two words. */
const WH_IS = /\b(what|how|who|where|when)(?:'s|s)\b/;

/** Context value ranges, less those in a sentence that corrects the request (its values are the request's). */
function requestValues(text: string, ranges: [number, number][]): [number, number][] {
  if (ranges.length === 0) return ranges;
  // ("the key is 60 days old but …, 30 days for the new one": the new key's lifetime is the request's.)
  const own =
    text.includes(' the ') && (text.includes('new') || text.includes('replacement'))
      ? ranges.filter(([x]) => !NEW_KEY_VALUE.test(text.slice(x, x + 48)))
      : ranges;
  const kept = correctionRanges(text);
  return kept.length === 0 ? own : own.filter(([x]) => !kept.some(([a, b]) => x >= a && x < b));
}

/** A lifetime given to the new key: "30 days for the new one", "90d on the replacement". */
const NEW_KEY_VALUE = /^xxdur\s+(?:for|on)\s+the\s+(?:new|next|fresh|replacement)\b/;

/** The classifier's features of a text (for training the intent model; see features.ts). */
export function intentFeatures(text: string): string[] {
  // (The same steps as parseRequestWith, so that training sees what parsing sees.)
  let p = withoutPastedValues(prepare(markPasted(maskSecrets(cutForMasking(text)))));
  // Salutation, sign-off and signature, asides on who asks, a change board's refusal: letter.ts.
  const letter = letterRanges(p.text);
  if (letter.length > 0) p = { ...without(p, letter), blank: p.blank || onlyDeviceFooter(p.text) };
  const need = needFrameEnd(p.text);
  if (need !== null) p = withoutStory(p, [[0, need]]);
  const story = storyRanges(p.text);
  if (story.length > 0) p = withoutStory(p, story);
  const context = requestValues(p.text, contextValueRanges(p.text));
  if (context.length > 0) p = without(p, context);
  const storyValues = storyValueRanges(p.text);
  if (storyValues.length > 0) p = without(p, storyValues);
  const second = requestSplit(p.text);
  if (second !== null) p = without(p, [[second, p.text.length]]);
  return [...featuresWithRules(p, readRequest(p))];
}

/** Slots each intent can state; when the classifier overrules the rules, the others are dropped. */
const SLOTS_OF: Record<IntentName, (keyof ParseResult)[]> = {
  token: ['owner', 'ttlSeconds', 'region', 'keyKind', 'provider'],
  create_key: ['businessUnit', 'owner', 'region', 'keyKind', 'expiryDays', 'keyId'],
  rotate: ['businessUnit', 'owner', 'region', 'keyKind', 'expiryDays', 'keyId', 'all'],
  revoke: ['businessUnit', 'owner', 'region', 'keyKind', 'keyId', 'all'],
  deprovision: ['businessUnit', 'region'],
  details: ['businessUnit', 'owner', 'keyId', 'keyKind', 'region'],
  list: ['all', 'region', 'keyKind', 'owner'],
  history: ['businessUnit', 'owner', 'period', 'keyId', 'keyKind', 'region'],
  spend: ['businessUnit', 'period'],
  models: ['region', 'provider'],
  help: ['keyKind', 'region', 'provider'],
  unknown: [],
};

/** The parse with only the slots its intent can state ("a token has no business unit"). */
function onlySlotsOf(parse: ParseResult): ParseResult {
  const out: ParseResult = { ...parse };
  const keep = new Set<string>(SLOTS_OF[parse.intent]);
  for (const k of [
    'businessUnit',
    'owner',
    'expiryDays',
    'keyId',
    'period',
    'ttlSeconds',
    'provider',
  ] as const)
    if (!keep.has(k)) out[k] = null;
  return out;
}

/** post41d: the scripts whose readers gloss a place's name (greek-arabic.ts, hebrew-words.ts, cjk-words.ts, …). */
const READ_SCRIPTS =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Greek}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}]/u;

/**
 * Parses one request. Never throws; an empty text is a request for help.
 *
 * The rules (below) read the intent and the slots; the classifier, trained on the corpus with the
 * rules' reading as one of its features, then picks the intent. Its score is the confidence: when it
 * is too low for a reading that would do something, the parse carries a question instead (decide.ts).
 *
 * A negated or withdrawn clause ("don't rotate …", "never mind", "cancel that") is cut out and the
 * rest is parsed; if the rest asks for nothing, or for something destructive, the answer is unknown
 * ("negated request" / "request withdrawn"): a destructive intent never comes out of such a text.
 */
export function parseRequest(typed: string, options?: ParseOptions): ParseResult {
  const read = parseRequestWhole(typed, options);
  // (Round sixty: the value slots looked at once more against the message as typed, values-last-look.ts.)
  return typeof typed === 'string'
    ? valuesLastLook(plainTypography(typed).slice(0, MAX_TEXT_LENGTH), read)
    : read;
}

function parseRequestWhole(typed: string, options?: ParseOptions): ParseResult {
  const input = typeof typed === 'string' ? plainTypography(typed) : typed;
  const read = takenDownRead(input, parseRequestAs(input, 'both', options));
  // (post41d: a place named in another language ("Я в Лондоне, токен не нужен", "Olin Lontoossa, en tarvinnut
  // tokenia") is no word of that language: the text acts only where it acts with the place unknown, as before
  // fix41h; otherwise the reading without it stands. other-language-places.ts.)
  if (!ACTING.has(read.intent) || typeof input !== 'string') return read;
  const neutral = neutralPlaces(input);
  const without =
    neutral !== null
      ? parseRequestAs(neutral, 'both', options)
      : READ_SCRIPTS.test(input)
        ? namesOnlyAsTyped(input, () => forgettingForeign(() => parseRequestAs(input, 'both', options)))
        : null;
  // (The text acts where it acts without the place too, with the place's Region: "Give me a key for Barein".)
  if (without === null || ACTING.has(without.intent)) return read;
  // (No slot keeps the stand-in word: "details of Qzxv".)
  const out = { ...without } as unknown as Record<string, unknown>;
  for (const k of ['businessUnit', 'owner', 'keyId', 'provider', 'topic'])
    if (typeof out[k] === 'string' && /qzxv|ыщщ/i.test(out[k])) out[k] = null;
  return out as unknown as ParseResult;
}

/** The rules' reason for each action an imperative of ours on a unit's name asks for. */
const VERB_READ = {
  deprovision: 'deprovision verb',
  revoke: 'revoke or delete keys',
  rotate: 'rotate verb',
  create_key: 'credentials for a business unit',
} as const;

/** A word that may set a condition on the request ("once", "after", "when", "as soon as", "if"). */
const LATER_WORD = /\b(?:once|after|when|until|soon|if|unless)\b/i;

/** The quiet guards whose reading an imperative of ours on a unit's name gives way to (unit-taken-down.ts). */
const GUARDS_GIVING_WAY = /^(?:about something not ours|about everyday things)\b/;

/**
 * fix60 imperatives: "tear down everything for renewals week", "deprovision the Lyon Bikes Pilot", "take away the key
 * from the parking squad": an imperative of ours on a unit whose name sounds like an event, a crew or an everyday
 * thing, which a quiet guard read as about something not ours or everyday things (unit-taken-down.ts). Read after the
 * classifier (its features are the rules' reading, untouched), and only over those two guards' readings.
 */
function takenDownRead(input: string, read: ParseResult): ParseResult {
  if (read.intent === 'create_key' && typeof input === 'string') return freshKeyRead(input, read);
  if (read.intent === 'deprovision' && typeof input === 'string') return wholeNameRead(input, read);
  if (read.intent !== 'unknown' || typeof input !== 'string' || !GUARDS_GIVING_WAY.test(read.reason))
    return read;
  const asked = unitTakenDown(input.slice(0, MAX_TEXT_LENGTH));
  if (asked === null) return read;
  const reason = `${VERB_READ[asked.intent]}; a unit named like ${read.reason.replace(/^about /, '')}`;
  // (A condition not met yet, "… once the new deploy is live", is asked about before anything is done: README "Later".)
  // (So is a key named by a unit's words, which may still be a key of another kind: the reader's weakest.)
  const confidence = LATER_WORD.test(input) || asked.byKey ? 0.6 : 0.75;
  return decide(
    { ...emptyParse(), intent: asked.intent, businessUnit: asked.unit, confidence, reason },
    input,
  );
}

/**
 * fix60 imperatives: "tear down everything for lantern festival", "shut down everything for design sprint berlin": the
 * unit read from the name's first word only ("lantern", "design") is the whole name after "everything for" (README
 * "Units": a unit set up for an occasion is named by it; unit-taken-down.ts).
 */
function wholeNameRead(input: string, read: ParseResult): ParseResult {
  const unit = read.businessUnit;
  if (unit === null) return read;
  const asked = unitTakenDown(input.slice(0, MAX_TEXT_LENGTH));
  return asked?.whole === true && asked.unit.startsWith(`${unit}-`)
    ? { ...read, businessUnit: asked.unit }
    : read;
}

/**
 * fix60 imperatives: "a fresh key for pricing? our old one showed up in a Loom video" (a rotation) and "the grants-office
 * unit gone completely, keys and all" (the unit removed), read by the rules as a key to create (fresh-after-leak.ts):
 * the unit's change, with the unit and the key's own name and kind kept.
 */
function freshKeyRead(input: string, read: ParseResult): ParseResult {
  const instead = keyReadAsOtherAction(input.slice(0, MAX_TEXT_LENGTH));
  if (instead === null) return read;
  const { businessUnit, keyId } = read;
  const keyKind = instead === 'rotate' ? read.keyKind : null;
  const reason =
    instead === 'rotate'
      ? 'rotate verb; a new key for one seen by others'
      : 'deprovision verb; a unit gone with its keys';
  return decide(
    { ...emptyParse(), intent: instead, businessUnit, keyId, keyKind, confidence: 0.6, reason },
    input,
  );
}

/**
 * A message put to someone other than the bot by its leading mention (addressee.ts) or its leading name: with the bot's
 * ID, any other user's leading mention the bot is not spoken to after; without it, a person asked to
 * do something by someone away from their machine or tied up where they are.
 */
function putToAnother(input: string, botUserId: string | undefined): boolean {
  if (typeof input !== 'string') return false;
  const text = input.slice(0, MAX_TEXT_LENGTH);
  // (Round fifty-eight: "Themba, can you revoke the x key when you get a sec?": a colleague named first and asked to
  // do it, named-colleague-asked.ts.)
  if (namedColleagueAsked(text)) return true;
  if (!input.includes('<@')) return false;
  const to = leadingAddressee(text, botUserId);
  // ("<@U…> can you revoke the outage-assistant key? I'm up a pole": tied-up.ts.)
  return (
    to === 'another' ||
    (to === null &&
      (askedOfPersonOnTheGo(text) ||
        askedOfPersonTiedUp(text) ||
        askedPersonsTask(text) ||
        askedPersonAfterBelief(text)))
  );
}

/**
 * Help for a question only the bot answers: no slot but the provider, the Region named (README "Places": a
 * help question names it too) and a key kind asked about (none when two credentials are weighed), the
 * topic of the prepared text.
 */
function onlyTheBotsHelp(lowered: string, read: ParseResult, weighed: boolean): ParseResult {
  const keyKind = weighed ? null : read.keyKind;
  const help = {
    ...emptyParse(),
    intent: 'help' as const,
    provider: read.provider,
    keyKind,
    region: read.region,
  };
  return decide({ ...help, confidence: 0.8, reason: 'asks only the bot' }, prepare(markPasted(lowered)).text);
}

/**
 * Whether what follows the question put first, read on its own, asks for an action: "token or key? I'll
 * take a token for 3h", "is there a max? if not, 48h token for ads". Then the question only leads to the
 * request, and the whole message's reading stands. (The rest is cut from the message as written, at the
 * same question mark as in the lowercased text.)
 */
function requestAfter(input: string, lowered: string, end: number, use: IntentReader): boolean {
  if (end >= lowered.length) return false;
  let marks = 0;
  for (let i = 0; i < end; i++) if (lowered.charCodeAt(i) === 63) marks++;
  let at = 0;
  while (marks > 0 && at < input.length) if (input.charCodeAt(at++) === 63) marks--;
  const rest = input.slice(at);
  return /\w/.test(rest) && ACTING.has(parseRequestRead(rest, use).intent);
}

/**
 * The reading of what follows the text's first question, when it asks for an action on its own ("qué
 * modelos hay disponibles? y necesito un token por 2 horas"), or null.
 */
function actionAfterFirstQuestion(input: string, use: IntentReader): ParseResult | null {
  const end = input.indexOf('?') + 1;
  if (end === 0) return null;
  let at = end;
  while (at < input.length && input[at] === '?') at++;
  const rest = input.slice(at);
  if (!/\w/.test(rest)) return null;
  const read = parseRequestRead(rest, use);
  return ACTING.has(read.intent) ? read : null;
}

/**
 * fix50c: a question about the bot in a Romance language ("chi approva le chiavi?", "token o chiave?", "com es demana una
 * clau API?", "posso avere un token di più di 12 ore?"): help with its topic (romance-help.ts); a request read stands
 * unless the question asks what is possible (limits, regions), and an action asked after it wins. Two kinds weighed state
 * no kind; "clau API" states the API key; a Romance place name its Region.
 */
function romanceHelpRead(parsed: ParseResult, text: string, use: IntentReader): ParseResult | null {
  const lowered = text.toLowerCase();
  const romance = romanceHelpAsked(lowered);
  const possibleAsked = romance?.topic === 'limits' || romance?.topic === 'regions';
  if (
    romance === null ||
    (ACTING.has(parsed.intent) && (!possibleAsked || requestAfterFirstQuestion(text, use)))
  )
    return null;
  const region =
    parsed.region ??
    (romance.topic === 'regions' ? (regionNamed(lowered) ?? romancePlaceRegion(lowered)) : null);
  const keyKind = romance.kindsWeighed
    ? null
    : (parsed.keyKind ?? (romance.apiKey ? ('api-key' as const) : null));
  const help = { ...emptyParse(), intent: 'help' as const, region, keyKind, provider: parsed.provider };
  const topic = romance.topic ?? undefined;
  return { ...help, topic, confidence: 0.8, reason: 'a help question in a Romance language' };
}

/**
 * Round fifty-seven (help or not): whether the bot is down or only the asker's own connection ("is the bot down or is
 * it just me?") is asked of the channel, never help (just-me-asked.ts); a token question in another language asked in
 * theory, on a condition, against the limit or about a bound is help, topic limits (limit-asked-abroad.ts). Null when
 * neither holds.
 */
function helpOrNotRead(parsed: ParseResult, text: string): ParseResult | null {
  const lowered = text.toLowerCase();
  if (parsed.intent === 'help' && justMeAsked(lowered))
    return { ...emptyParse(), confidence: 0.8, reason: 'whether the fault is only the asker’s asked' };
  // Round sixty: a supposition asking how people would take it, or what would break (fallout-wondered.ts). Round
  // sixty-one: read as whatever the words name ("hypothetically, if we shut down the pricing unit, what would
  // break?" as that unit's details), it is still the team weighing a supposition, never a request.
  if (parsed.intent !== 'unknown' && falloutWondered(lowered))
    return { ...emptyParse(), confidence: 0.8, reason: 'the fallout of a supposition wondered' };
  // Round fifty-eight: a help question or a read put to a colleague or the channel asks nothing of the bot
  // (colleague-asked.ts).
  if ((parsed.intent === 'help' || READS.has(parsed.intent)) && colleagueAsked(text))
    return { ...emptyParse(), confidence: 0.8, reason: 'a question put to a colleague' };
  // Round sixty: a token for a colleague with no account yet, or on someone's behalf, asked about (account-lacked.ts).
  if (
    (parsed.intent === 'unknown' ||
      (parsed.intent === 'token' && parsed.ttlSeconds === null && (parsed.problems ?? []).length === 0)) &&
    tokenForAnotherAsked(lowered)
  )
    return {
      ...emptyParse(),
      intent: 'help',
      topic: 'token',
      confidence: 0.8,
      reason: 'a token for another asked about',
    };
  // Round sixty: how to handle one of our credentials safely, or while its holder is away (secret-handling-asked.ts).
  if ((parsed.intent === 'unknown' || READS.has(parsed.intent)) && secretHandlingAsked(lowered))
    return {
      ...emptyParse(),
      intent: 'help',
      topic: 'general',
      keyKind: kindAskedAbout(lowered),
      confidence: 0.8,
      reason: 'how to handle a credential asked',
    };
  if (parsed.intent === 'token' && possibleAskedAbroad(lowered))
    return {
      ...emptyParse(),
      intent: 'help',
      topic: 'limits',
      confidence: 0.8,
      reason: 'what is possible asked',
    };
  return null;
}

/**
 * Round fifty-eight: a question to the bot by name, or on what its commands do, read as nothing ("hey bot, what are you
 * for?", "what does 'deprovision' do exactly?"): help, with the Region it names (bot-asked-by-name.ts). Null otherwise.
 */
function botAskedRead(parsed: ParseResult, lowered: string): ParseResult | null {
  if (parsed.intent !== 'unknown' || !botAskedByName(lowered)) return null;
  const region = regionNamed(lowered);
  const topic = region === null ? undefined : ('regions' as const);
  const help = { ...emptyParse(), intent: 'help' as const, region, topic };
  return { ...help, confidence: 0.8, reason: 'asks the bot about itself' };
}

/** Whether what follows the text's first question asks for an action on its own. */
function requestAfterFirstQuestion(input: string, use: IntentReader): boolean {
  return actionAfterFirstQuestion(input, use) !== null;
}

/**
 * "not a parking token 😅 a bedrock token, 2h please", "bedrock spend — not market-data spend, the AI one":
 * the trade's thing set aside, ours asked (read without the aside); "not the bedrock key, the kennel key":
 * ours set aside, nothing asked of the bot (contrast-ours.ts). Null when the text has no such aside.
 */
function readAroundContrast(input: string, use: IntentReader, options?: ParseOptions): ParseResult | null {
  if (typeof input !== 'string' || input.length >= MAX_TEXT_LENGTH || !/not\s/i.test(input)) return null;
  if (oursRuledOut(input))
    return decide({ ...emptyParse(), confidence: 0.8, reason: 'ours set aside for another thing' }, input);
  const rest = withoutOthersAside(input);
  return rest !== null && /\w/.test(rest) ? parseRequestAs(rest, use, options) : null;
}

/** Set while a message with a request after its story is read whole (readAfterStory), so it is read once. */
let inAfterStory = false;

/**
 * How many times the readers of a message's parts have begun (readStoryParts): a count only compared before and after
 * one parse, to tell whether inAfterStory could change anything in it (wholeReading).
 */
let storyReadings = 0;

/**
 * One message's reading as a whole, for the readers of its parts (readStoryParts), made at most once a parse (round
 * thirty-one: three readers read the whole message again, one each, before the main path read it a fourth time).
 */
interface WholeReading {
  readonly input: string;
  readonly use: IntentReader;
  readonly options: ParseOptions | undefined;
  /** The whole message read with inAfterStory set (no part of it read on its own), once. */
  read(): ParseResult;
  /**
   * That reading, when the main path of parseRequestAs would make the same one (null when it was not made). inAfterStory
   * is read only by readPartOf, under readStoryParts: when no readers began inside the reading but its own (no part of
   * the text was parsed and read for its story: a contrast, a let-know or a tell-me tail), the flag changed nothing in
   * it. And the steps before the readers (the CJK, put-to-another, spare-moment and taken-on heads, a made-for clause,
   * a retold exchange) found nothing in the same text, or the readers would not have run.
   */
  sameAsMainPath(): ParseResult | null;
}

function wholeReading(input: string, use: IntentReader, options: ParseOptions | undefined): WholeReading {
  let read: ParseResult | null = null;
  let alone = false;
  return {
    input,
    use,
    options,
    read() {
      if (read !== null) return read;
      const before = storyReadings;
      const was = inAfterStory;
      inAfterStory = true;
      try {
        read = parseRequestAs(input, use, options);
      } finally {
        inAfterStory = was;
      }
      alone = storyReadings === before + 1;
      return read;
    },
    sameAsMainPath: () => (alone ? read : null),
  };
}

/**
 * Whether a part of a message, read on its own, asks something: not nothing or help, and an action only with what it
 * acts on named (a token needs nothing).
 */
function asksOnItsOwn(tail: ParseResult): boolean {
  if (tail.intent === 'unknown' || tail.intent === 'help') return false;
  return !(
    ACTING.has(tail.intent) &&
    tail.intent !== 'token' &&
    tail.businessUnit === null &&
    tail.keyId === null
  );
}

/**
 * buried27: the request after a story ("… but while I'm here can you show me the spend for fan-help-bot last week"),
 * read on its own, when the whole message reads as no request (help or nothing); an action only with what it acts
 * on named there. Null when the text has no such request; else the reading (the whole message's when that is one).
 */
function readAfterStory(whole: WholeReading): ParseResult | null {
  const { input, use, options } = whole;
  const marked = readPartOf(input, askedAfterStory, (rest) => {
    const tail = parseRequestAs(rest, use, options);
    if (!asksOnItsOwn(tail)) return null;
    const read = whole.read();
    return read.intent === 'unknown' || read.intent === 'help' ? tail : read;
  });
  if (marked !== null) return marked;
  // fixlong29: a command in the last sentence after a story (asked-after-story.ts lastSentenceAsked), read on its
  // own, when the whole message is nothing only by the classifier's reading of the story, or as a request told
  // (the story's "Finance asked for …"); never over a rule's reading of a report, a saying or a take-back.
  // (The whole message first: it is read here once, and given back when it asks something, rather than read again
  // below; the last sentence is read only when the whole is nothing by its story.)
  const read = readPartOf(input, lastSentenceAsked, (rest) => {
    const read = whole.read();
    // fix54c (tuned-marketplace): a story the classifier reads as a question about the bot, then a plea to be shown
    // something ("Spreadsheet says seller-insights has two keys but I only see one …, which is it? can you show what
    // seller-insights actually has?"): the plea's reading, when it only shows (never an action over help).
    if (read.intent === 'help' && read.reason.endsWith('classifier: help')) {
      const shown = parseRequestAs(rest, use, options);
      return READS.has(shown.intent) &&
        shown.intent !== 'help' &&
        asksOnItsOwn(shown) &&
        shown.businessUnit !== null
        ? shown
        : read;
    }
    if (read.intent !== 'unknown') return read;
    if (!lastSentenceMayStand(read.reason, input, rest)) return null;
    const tail = parseRequestAs(rest, use, options);
    if (asksOnItsOwn(tail)) return tail;
    // fix54c (tuned-marketplace): "… he owned the za-collections key. Please revoke it.": an ask that points back
    // ("it", "them") is read with the sentence before it, which names what it acts on.
    const back = BACK_REFERENCE.test(rest) ? withSentenceBefore(input, rest) : null;
    if (back === null) return null;
    const pointed = parseRequestAs(back, use, options);
    return asksOnItsOwn(pointed) ? pointed : null;
  });
  if (read !== null) return read;
  // fixstyles30: an action put off in the last sentence stands over a reading of the story's words ("… they want to
  // look at the logs first. so please hold off on revoking the key until they say so"; asked-after-story.ts).
  return readPartOf(
    input,
    (t) => (lastSentencePutsOff(t) ? t : null),
    (text) =>
      READS.has(whole.read().intent)
        ? decide({ ...emptyParse(), confidence: 0.8, reason: 'an action put off' }, text)
        : null,
  );
}

/** Whether the last sentence (`rest`, the end of `input`) may stand over a reading of the whole as nothing. */
type LastSentenceStands = (input: string, rest: string) => boolean;
const ALWAYS: LastSentenceStands = () => true;
/**
 * The whole message's reasons for nothing that a last sentence's command may stand over (readAfterStory), each with
 * what that sentence must have to stand: a reason (exactly, or a pattern found in it) and its condition, one row each.
 * (fix34a: a remark about an action too, the whole read so for the last sentence's lead-in, "… We should rotate the
 * key for dock-scanner", which the classifier no longer gives SURE_ACTION after round thirty-four's retrain.)
 */
const STORY_READ_AS_NOTHING: readonly (readonly [reason: string | RegExp, stands: LastSentenceStands])[] = [
  [/classifier: unknown/, ALWAYS],
  ['reported request', ALWAYS],
  ['tells what was done', ALWAYS],
  ['a remark about an action', ALWAYS],
  // (A story about another system's credential, "can't log in to vault. new token for 3h pls": the last sentence's
  // token is that system's unless it names ours or a unit.)
  ['about something not ours', (_input, rest) => NAMES_OURS.test(rest)],
  // (Nor a document's line after its source, "from the pentest report: rotate every key for payments", unless it is
  // put to us: "please …", "can you show me …".)
  ['copied from a document', (input, rest) => PLEA.test(rest) || putToUs(input, rest)],
];
/** The row of STORY_READ_AS_NOTHING for a reason, and whether its last sentence stands (false: no row). */
function lastSentenceMayStand(reason: string, input: string, rest: string): boolean {
  const row = STORY_READ_AS_NOTHING.find(([r]) => (typeof r === 'string' ? r === reason : r.test(reason)));
  return row !== undefined && row[1](input, rest);
}
/** A sentence that names our service or a unit's name as written ("bedrock", "claude", "for pricing-engine"). */
const NAMES_OURS =
  /\b(?:bedrock|claude|anthropic|llama|mistral|titan|nova|cohere|haiku|sonnet|opus|unit)\b|[a-z\d][-_][a-z\d]|`/i;
/** An ask that points back to what the sentence before it names: "revoke it", "rotate them", "deprovision that one". */
const BACK_REFERENCE = /\b(?:it|them|that\s+one|this\s+one)\b/i;

/**
 * A part of the text read on its own: found by `find` (null when there is none), then read with inAfterStory set,
 * so that no part of it is read on its own again. Not while a part is being read, and not past the length limit.
 */
function readPartOf<Part>(
  input: string,
  find: (text: string) => Part | null,
  read: (part: Part) => ParseResult | null,
): ParseResult | null {
  if (inAfterStory || typeof input !== 'string' || input.length >= MAX_TEXT_LENGTH) return null;
  const part = find(input);
  if (part === null) return null;
  inAfterStory = true;
  try {
    return read(part);
  } finally {
    inAfterStory = false;
  }
}

/** What a message's story may have been read as, over which its one question about the bot stands. */
const STORY_READ_AS = new Set<IntentName>(['token', 'create_key', 'details', 'list']);
/** A lifetime in the question, or a question that asks to be given one ("Can I get token? the old one expired"). */
const QUESTION_ASKS_FOR =
  /\d\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\b|^\W*(?:can|could|may)\s+(?:i|we)\s+(?:get|have|grab)\b/i;
/** A plea, an owner or a lifetime in days in the story: it states the request's values ("owner po si <@…>, 90 days"). */
const PLEA = /\b(?:please|pls|plz|kindly|owner)\b|\d\s*(?:days?|d)\b|\w@\w/i;
/** Words that put what follows to the bot: "can you", "could you please", "please". */
const PUT_TO_US =
  /(?:\b(?:can|could|would|will)\s+(?:you|u)(?:\s+(?:please|pls|kindly))?|\b(?:please|pls|plz|kindly))\s*$/i;
/** Whether the sentence `rest` (the end of `input`, its lead-in taken off) was put to the bot ("Can you show me …"). */
function putToUs(input: string, rest: string): boolean {
  const at = input.lastIndexOf(rest);
  return at > 0 && PUT_TO_US.test(input.slice(Math.max(0, at - 40), at));
}

/**
 * fixstyles30: the one question about the bot in a story ("is Beijing even possible for tokens? we're talking to a
 * shipyard …"; question-amid-story.ts), read on its own: help, when it is help alone, the story alone asks nothing,
 * and the whole message was read as a credential or a read from the story's words.
 */
function readQuestionAmidStory(whole: WholeReading): ParseResult | null {
  const { input, use, options } = whole;
  return readPartOf(input, questionAmidStory, ({ question, rest }) => {
    // (Not a lifetime in the question, "would it be ok to get a 4h token?", which asks for it; not a plea in the
    // story, "is it ok if I get a token? if yes, 1 hour please". Tested before the whole is read: round thirty-one.)
    if (QUESTION_ASKS_FOR.test(question) || PLEA.test(rest) || !STORY_READ_AS.has(whole.read().intent))
      return null;
    const asked = parseRequestAs(question, use, options);
    if (asked.intent !== 'help' || /empty|bare mention/.test(asked.reason)) return null;
    return parseRequestAs(rest, use, options).intent === 'unknown' ? asked : null;
  });
}

/**
 * The parts of a message read on their own, or the message rewritten: "everything we made for X" read as
 * "everything for X" (fixstyles30, made-for.ts); a retold exchange left out (acted30, retold-exchange.ts); a request
 * after a story, a key asked first, one question about the bot in a story. Else the whole message's reading the
 * readers made, when the main path would make the same (round thirty-one); null when none applies.
 */
function readStoryParts(whole: WholeReading): ParseResult | null {
  storyReadings += 1;
  const { input, use, options } = whole;
  const unmade =
    typeof input === 'string' && input.length < MAX_TEXT_LENGTH ? withoutMadeClause(input) : null;
  if (unmade !== null) return parseRequestAs(unmade, use, options);
  return (
    readWithoutRetoldExchange(input, use, options) ??
    readAfterStory(whole) ??
    readKeyAskedFirst(whole) ??
    readQuestionAmidStory(whole) ??
    readGuidanceAsked(whole) ??
    whole.sameAsMainPath()
  );
}

/**
 * fix54c: a story about our credentials that ends by asking how the bot is meant to be used, or who should hold a key
 * while its holder is away (guidance-asked.ts): help, where the whole message reads as nothing (a request told or
 * withdrawn by the story's words); never over a plea in the story.
 */
function readGuidanceAsked(whole: WholeReading): ParseResult | null {
  const { input } = whole;
  return readPartOf(
    input,
    (t) => (guidanceAsked(t) && !PLEA.test(t) ? t : null),
    (text) => {
      const read = whole.read();
      if (read.intent !== 'unknown') return null;
      return decide(
        { ...emptyParse(), intent: 'help', confidence: 0.8, reason: 'asks how the bot is meant to be used' },
        prepare(markPasted(text.toLowerCase())).text,
      );
    },
  );
}

/** The lexicon's tags of each action a story's word may be read as ("swap" a rotation, "retired" a deprovisioning). */
const STORY_VERB_TAGS: Partial<Record<IntentName, ReadonlySet<string>>> = {
  rotate: new Set(['Rotate']),
  deprovision: new Set(['Deprovision']),
  revoke: new Set(['Revoke', 'Delete']),
};
/** Whether the story names the action the whole message was read as, in a word of its own. */
function storyVerbOf(intent: IntentName, story: string): boolean {
  const tags = STORY_VERB_TAGS[intent];
  return tags !== undefined && wordsIn(story.toLowerCase()).some((w) => tags.has(LEXICON[w] ?? ''));
}

/**
 * buried27: "key for whoever owns the fan-help-bot, they lost theirs in the laptop swap": the key asked for first,
 * read on its own, when the whole message reads as another thing (a story's "swap" or "retired" as the verb).
 * Null when the text has no such ask; else the reading (the whole message's when that is the same ask).
 */
function readKeyAskedFirst(whole: WholeReading): ParseResult | null {
  const { input, use, options } = whole;
  return readPartOf(input, keyAskedFirst, (head) => {
    const first = parseRequestAs(head, use, options);
    if (first.intent !== 'create_key' || first.businessUnit === null) return null;
    // (Only against another action read from the story: a message read as nothing, "…, they already have one,
    // never mind", keeps that reading.)
    const read = whole.read();
    return ACTING.has(read.intent) && storyVerbOf(read.intent, input.slice(head.length)) ? first : read;
  });
}

/**
 * "me: token 2h\nbot: here you go\nme: *forgets to copy it*\nclassic monday": an exchange retold with speaker labels
 * asks nothing; what follows on a line of its own is read as usual (retold-exchange.ts). Null when none is retold.
 */
function readWithoutRetoldExchange(
  input: string,
  use: IntentReader,
  options?: ParseOptions,
): ParseResult | null {
  if (typeof input !== 'string' || input.length >= MAX_TEXT_LENGTH) return null;
  const untold = withoutRetoldExchange(input);
  if (untold === null) return null;
  if (!/[\p{L}\p{N}]/u.test(untold))
    return decide({ ...emptyParse(), confidence: 0.8, reason: 'an exchange retold' }, input);
  return parseRequestAs(untold, use, options);
}

/**
 * A lock's key only, no credential: "key safe code changed at SS-Kingsway, ask control for it" (lock-keys.ts), or one
 * lost in another language, "Ich hab meinen Spindschlüssel verloren, hat den jemand gefunden?" (lost-key-abroad.ts).
 */
// (fix50d: or a vending machine's or a store's key in Polish, Czech, Ukrainian or Romanian, "potrzebuję klucza do
// automatu na 2 godziny", whatever is said of it: machine-keys.ts.)
function lockKeyOnly(text: string): boolean {
  return onlyLockKeys(text) || lostPhysicalKeyAbroad(text) || keyToThingEast(text);
}

/**
 * The whole parse with the chosen reader of the intent (`parseRequest` reads with both): what the
 * evaluation scores, so that its figures are those of the parse the bot runs.
 */
/**
 * fix49a, tuned-styles-southasia: the team's own plan put to the team for a yes, "if suppose the key leaks, then we will
 * rotate, right? just planning", "we'll revoke it after the audit, no?": a promise ending on a tag question asks the
 * people in the channel to agree, nothing of the bot (README: the team weighing what it should do), where the rules
 * left it to the classifier's lean between help and nothing. Only when nothing else is asked: "we'll rotate it,
 * right? how do I rotate a key?" and "… pls give me a token meanwhile" still ask.
 */
const OWN_PLAN_CONFIRMED =
  /\bwe(?:'ll|\s+will|\s+shall)\s+(?:just\s+|then\s+|also\s+)?(?:rotate|revoke|delete|remove|deprovision|renew|regenerate|replace|disable)\b[^.?!\n]{0,40}?[\s,]+(?:right|no|na|correct|yes|yeah|ok|okay|isn'?t\s+it|won'?t\s+we)\s*\?/;
const ASKED_BESIDE_PLAN =
  /\b(?:please|pls|plz|can|could|need|give|want|create|make|how|what|which|where|when|does|do\s+i|should\s+i|who)\b/;

/** A help reading of the team's own plan put to the team (OWN_PLAN_CONFIRMED), with nothing else asked. */
function ownPlanPutToTeam(text: string, read: ParseResult): boolean {
  if (read.intent !== 'help' || !text.includes('?') || !(text.includes('will') || text.includes("'ll")))
    return false;
  const lower = text.toLowerCase();
  const m = OWN_PLAN_CONFIRMED.exec(lower);
  return m !== null && !ASKED_BESIDE_PLAN.test(lower.replace(m[0], ' '));
}

export function parseRequestAs(typed: string, use: IntentReader, options?: ParseOptions): ParseResult {
  // ("I’m locked out, token 2h": typographic quotes and spaces read as plain ones, typography.ts.)
  const text = typeof typed === 'string' ? plainTypography(typed) : typed;
  const read = parseTypedAs(text, use, options);
  return typeof text === 'string' && ownPlanPutToTeam(text, read)
    ? decide({ ...emptyParse(), confidence: 0.8, reason: 'asks the people in the channel' }, text)
    : read;
}

/** A message in another script or in Arabizi as the English it says (null: neither). */
// (fix47g, tuned-styles-cjk: a Japanese or Chinese one not read whole still says its lifetime and Region: "麻煩給我
// 一個token，三小時就好，謝謝" is read with "3 hours", its other Chinese letters kept, so it asks and is never acted on;
// cjk-words.ts.)
function otherScriptOrArabizi(text: string): string | null {
  // (fix48f, tuned-styles-aegean: a Greek one not read whole likewise, "token για μιάμιση ώρα παρακαλώ, έχω demo στον
  // πελάτη" with "90 minutes", greek-arabic.ts.)
  return (
    otherScriptAsEnglish(text) ??
    arabiziAsEnglish(text) ??
    // (fix50e, tuned-styles-mideast: Finglish, Persian in Latin letters, read whole, finglish.ts.)
    finglishAsEnglish(text) ??
    cjkCountsAndPlaces(text) ??
    greekCountsAndPlaces(text)
  );
}

/**
 * fix61: what asks nothing of the bot, read before a script is read as English words (which loses the name and the
 * take-back): a colleague called first and asked ("Yui-san, 明日 x のキー作ってもらえますか？", "Γιώργο, μπορείς να …",
 * vocative-colleague.ts), or a request taken back in Greek ("κάνε rotate το κλειδί του x. άκυρο, …", greek-take-back.ts).
 */
function notAskedBeforeScript(text: string): string | null {
  if (vocativeColleague(text)) return 'put to another person';
  return greekTakesBack(text.toLowerCase()) ? 'request withdrawn' : null;
}

/** A text nothing asks of (above), else one in another script or Arabizi read as its English words, else null. */
function readOtherScript(text: string, use: IntentReader, options?: ParseOptions): ParseResult | null {
  const notAsked = notAskedBeforeScript(text);
  if (notAsked !== null) return decide({ ...emptyParse(), confidence: 0.8, reason: notAsked }, text);
  const english = otherScriptOrArabizi(text);
  return english === null ? null : parseRequestAs(english, use, options);
}

function parseTypedAs(input: string, use: IntentReader, options?: ParseOptions): ParseResult {
  // "トークンを2時間お願いします", "match-ranker 키 교체해 주세요", "إلغاء مفتاح menu-copy-ar-test": a request in a
  // script the parser does not read word by word, read as the English words it is made of when every word is one
  // of ours (other-scripts.ts).
  // (fix45e, tuned-styles-arabizi: Arabizi, Arabic in Latin letters and digits, "3ayez token sa3tein law sama7t", "api
  // key lel fraud scoring, 90 yom", read as the English it says the same way, arabizi.ts.)
  const other =
    typeof input === 'string' ? readOtherScript(input.slice(0, MAX_TEXT_LENGTH), use, options) : null;
  if (other !== null) return other;
  // "<@U02B7XW4L> can you revoke the payments key? I'm on my phone in a cab": put to a colleague.
  if (putToAnother(input, options?.botUserId))
    return decide({ ...emptyParse(), confidence: 0.9, reason: 'put to another person' }, input);
  // known25: "when you get a chance, rotate the growth-ml key", no one mentioned first: the spare moment is
  // asked of the bot, politeness, no condition; the request is read without it ("<@U…> when you get a sec
  // …" is put to that person, above).
  if (typeof input === 'string' && input.length < MAX_TEXT_LENGTH && SPARE_MOMENT_HEAD.test(input)) {
    const rest = input.replace(SPARE_MOMENT_HEAD, '');
    if (/\w/.test(rest)) return parseRequestAs(rest, use, options);
  }
  if (typeof input === 'string' && input.length < MAX_TEXT_LENGTH && TAKEN_ON_HEAD.test(input))
    return parseRequestAs(input.replace(TAKEN_ON_HEAD, '$1'), use, options);
  // "tear down everything we made for snow week" (made-for.ts), a retold exchange ("me: token 2h / bot: here you go
  // …") and "… laptop is already wiped, but pls rotate the lot-genealogy key anyway": a request after a story that
  // the whole message is not read as (asked-after-story.ts). (Or the readers' reading of the whole message, when it
  // is the one the main path below would make: wholeReading.)
  const afterStory = readStoryParts(wholeReading(input, use, options));
  if (afterStory !== null) return afterStory;
  // "not a parking token 😅 a bedrock token, 2h please": an aside setting the trade's thing against ours.
  const contrasted = readAroundContrast(input, use, options);
  if (contrasted !== null) return contrasted;
  // "rotate the finance key lol no", "Sam, token for 2h?", "for example: …", "Status: done": nothing
  // asked of the bot (not-live-request.ts).
  const notLive = typeof input === 'string' ? notLiveRequest(input.slice(0, MAX_TEXT_LENGTH)) : null;
  if (notLive !== null) return decide({ ...emptyParse(), confidence: 0.8, reason: notLive }, input);
  // "let the ads team know to rotate the key": a change passed on to people; "rotate the ads key and
  // let the finance team know": the people to tell blanked, never the unit; the rest of the message is
  // still read whole ("…, jk", "… once the migration is done") (let-know.ts).
  if (typeof input === 'string') {
    const text = input.slice(0, MAX_TEXT_LENGTH);
    if (passedOnToPeople(text.toLowerCase()))
      return decide({ ...emptyParse(), confidence: 0.8, reason: 'a change passed on to people' }, input);
    const blanked = blankLetKnowPeople(text);
    if (blanked !== null) return parseRequestAs(blanked, use, options);
    // ("rotate the key for growth and ping me": the writer asks to be told when it is done; the request is
    // read without it.)
    const untold = endsWithWord(text, TELL_ME_MARKS, TELL_ME_WORDS) ? text.replace(TELL_ME_TAIL, '') : text;
    if (untold !== text && untold.trim() !== '') return parseRequestAs(untold, use, options);
  }
  if (typeof input === 'string' && lockKeyOnly(input.slice(0, MAX_TEXT_LENGTH)))
    return decide({ ...emptyParse(), confidence: 0.8, reason: "a lock's key, no credential" }, input);
  const notAsked = typeof input === 'string' ? notAskedReason(input, use, options?.botUserId) : null;
  if (notAsked !== null) return decide({ ...emptyParse(), confidence: 0.8, reason: notAsked }, input);
  if (typeof input === 'string' && memberRemoved(input.slice(0, MAX_TEXT_LENGTH)))
    return decide({ ...emptyParse(), confidence: 0.8, reason: 'a person taken off a team' }, input);
  // (A key ID written as a placeholder, "revoke ABSKXXXXXXXX", is refused: placeholder-key-id.ts.)
  const whole = withPlaceholderKeyId(parseRequestRead(input, use));
  // "rotate the ads key? actually no — it's the billing key that leaked": the new target (new-target.ts).
  const parsed = typeof input === 'string' ? (newTargetOf(input, whole, use) ?? whole) : whole;
  // "in theory could I get a 12h token? not now", "is bedrock even available in cape town?": what is
  // possible asked, not the thing (limit-asked.ts): help with its topic (and the place asked about).
  if (typeof input === 'string') {
    const text = input.slice(0, MAX_TEXT_LENGTH);
    const lowered = text.toLowerCase();
    if (parsed.intent === 'help' && peoplesHoursPastCap(lowered))
      return decide({ ...emptyParse(), confidence: 0.8, reason: "people's hours past the cap asked" }, input);
    const topic = limitAsked(lowered);
    // (A help reading that names a place stays: "can I get a token in tokyo? asking before I promise it".)
    // (Nor an action asked for after the question: "is bedrock live in us-east-1? need a token there for 3h".)
    if (
      topic !== null &&
      !(parsed.intent === 'help' && parsed.region !== null) &&
      !(ACTING.has(parsed.intent) && !boundAskedWithNeed(lowered) && requestAfterFirstQuestion(text, use))
    ) {
      const { keyKind, provider } = parsed;
      // (foreign26: the Region named in the question's other way, "… or the closest is Singapore?", which
      // the request's reading leaves out as an alternative offered.)
      const region = parsed.region ?? (topic === 'regions' ? regionNamed(lowered) : null);
      const help = { ...emptyParse(), intent: 'help' as const, topic, region, keyKind, provider };
      return decide({ ...help, confidence: 0.8, reason: 'what is possible asked' }, input);
    }
    // Round fifty-seven: the help/unknown line, by the question's addressee and what it asks about (helpOrNotRead).
    const helpOrNot = helpOrNotRead(parsed, text);
    if (helpOrNot !== null) return decide(helpOrNot, input);
    // fix50c: a question about the bot in a Romance language: help with its topic (romanceHelpRead).
    // (Round fifty-eight: else a question to the bot by name or on what its commands do, botAskedRead.)
    const botQuestion = romanceHelpRead(parsed, text, use) ?? botAskedRead(parsed, lowered);
    if (botQuestion !== null) return decide(botQuestion, input);
    // "who at Veltrax has bedrock already? our plant …", "which of these bots are mine? …", "qué modelos
    // hay disponibles? …", "I leaked my token in a screen share, what do I do": a read or a help question
    // put first, what follows its story (asked-first-read.ts), unless an action is asked.
    const asked = askedFirstRead(lowered);
    // "who here has bedrock already? our plant team needs a token for 2h", "who has bedrock here? @Priya
    // please get a token": a need told of others, or a colleague asked, after the question (fix22e): the
    // action is offered, never carried out (others-need-told.ts).
    if (ACTING.has(parsed.intent) && parsed.question === undefined && othersNeedAfterQuestion(lowered)) {
      if (asked !== null) return decide({ ...emptyParse(), ...asked, confidence: 0.8 }, input, [parsed]);
      return decide(
        {
          ...parsed,
          confidence: Math.min(parsed.confidence, LATER_CONFIDENCE),
          reason: `${parsed.reason}; a need told of others after a question`,
        },
        input,
      );
    }
    // "Sam wants a token for 2h, can he DM you directly?": a question on another's behalf about how they may
    // ask, nothing asked now; "Sam needs a token for 2h", told with no ask, and keys only in an attachment are
    // asked about (known24).
    if (ACTING.has(parsed.intent) && othersNeedAskedHow(lowered))
      return decide({ ...emptyParse(), confidence: 0.8, reason: "another's need, how they may ask" }, input);
    // "my manager wants me to get an api key … I told him to ask the bot himself": told to ask it themselves.
    // ("I will tell my team to ask you for a token for 4 hours": another sent to ask, others-need-told.ts sentToAskBot.)
    if (ACTING.has(parsed.intent) && (othersToldToAskBot(lowered) || sentToAskBot(lowered)))
      return decide(
        { ...emptyParse(), confidence: 0.8, reason: "another's need, told to ask the bot" },
        input,
      );
    const heldReason = heldUnseenOrTold(parsed, lowered);
    if (heldReason !== null)
      return decide(
        {
          ...parsed,
          confidence: Math.min(parsed.confidence, LATER_CONFIDENCE),
          reason: `${parsed.reason}; ${heldReason}`,
        },
        input,
      );
    // (An action read anywhere in the message stands: "I leaked my token, give me a new one for 2h".)
    if (
      asked !== null &&
      !(parsed.intent === asked.intent && parsed.owner === asked.owner && parsed.topic === asked.topic) &&
      !ACTING.has(parsed.intent)
    ) {
      // (One asked after the question is offered too, the question first, as two requests are: "qué
      // modelos hay disponibles? y necesito un token por 2 horas". Help carries no alternatives (decide.ts),
      // so after a help question the action is asked about, help the other button: "my token got posted,
      // what now? also revoke the ads key", fix22b.)
      const after = actionAfterFirstQuestion(text, use);
      const read = { ...emptyParse(), ...asked, confidence: 0.8 };
      if (asked.intent === 'help' && after !== null)
        return decide({ ...after, confidence: Math.min(after.confidence, LATER_CONFIDENCE) }, input, [read]);
      return decide(read, input, after === null ? [] : [after]);
    }
    // "which models are there? and I need a token for 2h": the models asked first, the action after it
    // offered (fix22e; as the Spanish form is, above). Only a models or list read with more after "?".
    if (
      (parsed.intent === 'models' || parsed.intent === 'list') &&
      parsed.alternatives === undefined &&
      text.indexOf('?') < text.trimEnd().length - 1
    ) {
      const after = actionAfterFirstQuestion(text, use);
      if (after !== null) return decide(parsed, input, [after]);
    }
  }
  // "<@U…> can you revoke the aml key? cc <@U…>": without the bot's ID, the one asked "can you" is the
  // person, and the one copied at the end the bot (README "Whom a message is put to": "cc <@bot>" only
  // copies it): put to the person, nothing asked of the bot (round twenty-three; the app, which knows the
  // ID, tells the two apart in putToAnother).
  if (
    ACTING.has(parsed.intent) &&
    options?.botUserId === undefined &&
    typeof input === 'string' &&
    askedWithAnotherCopied(input.slice(0, MAX_TEXT_LENGTH))
  )
    return decide({ ...emptyParse(), confidence: 0.8, reason: 'one mention asked, another copied' }, input);
  // "I got a token this morning. 2h": a story of a token got before, then its value (past-token-story.ts).
  const got = typeof input === 'string' ? tokenGotParse(parsed, input) : null;
  if (got !== null) return got;
  // "don't run this: /bedrock create-key ads api-key 90", "what does this do? /bedrock create-key …": a
  // bot command told or quoted is not asked for (durations.ts toldCommand); a question about it is help.
  if (ACTING.has(parsed.intent) && typeof input === 'string') {
    const lowered = input.slice(0, MAX_TEXT_LENGTH).toLowerCase();
    if (toldCommand(lowered)) {
      const intent = lowered.includes('?') ? ('help' as const) : ('unknown' as const);
      return decide({ ...emptyParse(), intent, confidence: 0.8, reason: 'a command told, not asked' }, input);
    }
  }
  // "is there a minimum? I only need 5 min", "token or key for the tablets?": a question put first that
  // only the bot's help answers is help, whatever the rest reads as (whether-possible.ts).
  if (
    typeof input === 'string' &&
    input.includes('?') &&
    parsed.intent !== 'help' &&
    !CUT_REASONS.has(parsed.reason)
  ) {
    const lowered = input.slice(0, MAX_TEXT_LENGTH).toLowerCase();
    const asked = onlyTheBotsQuestion(lowered);
    if (asked !== undefined && !requestAfter(input, lowered, asked.end, use))
      return onlyTheBotsHelp(lowered, { ...parsed, keyKind: parsed.keyKind ?? asked.kind }, asked.weighed);
  }
  // "revoke the ads key once the new one is live", "When: after the migration": the bot cannot wait
  // for the condition, so the action it names is asked about, not done now (later-condition.ts).
  // ("create key for the Safety Office once the SMS audit is signed off", read as talk of an office: the
  // command before the condition is the request, asked about; command-before-condition.ts.)
  // ("once the new surveil-triage-prod key is live, revoke the old surveil-triage one": the command after a
  // condition that opens the message is the request, its condition's names story; requests26.)
  if (typeof input === 'string' && !CUT_REASONS.has(parsed.reason)) {
    const waiting = commandBesideCondition(parsed, input.slice(0, MAX_TEXT_LENGTH), use);
    if (waiting !== null) return decide(waiting, input);
  }
  if (!ACTING.has(parsed.intent) || parsed.question !== undefined || typeof input !== 'string') return parsed;
  // ("was the ads key rotated after the leak? if not, rotate it now please": the answer decides.)
  const lower = input.slice(0, MAX_TEXT_LENGTH).toLowerCase();
  const hedged =
    (endsWithWord(lower, HEDGED_MARKS, HEDGES) && HEDGED_TAIL.test(lower)) ||
    (endsWithWord(lower, OPINION_MARKS, OPINION_WORDS) && OPINION_TAIL.test(lower));
  if (!hedged && !putOffOrDoubted(lower)) return parsed;
  return decide(
    {
      ...parsed,
      confidence: Math.min(parsed.confidence, LATER_CONFIDENCE),
      reason: `${parsed.reason}; ${hedged ? 'hedged, or put to others for their view' : 'waits for a condition'}`,
    },
    input,
  );
}

/**
 * A request that waits for a condition or an answer ("revoke the ads key once the new one is live", "was it rotated?
 * if not, rotate it now"), put off in a need frame ("not now — later what I need from you is a token 3h",
 * need-frame.ts) or followed by "+" and a question about a credential ("revoke growth + what's a key", discourse.ts).
 */
const putOffOrDoubted = (lower: string): boolean =>
  waitsForLater(lower) ||
  changeIfNotDone(lower) ||
  needFrameDeferred(lower) ||
  credentialQuestionAfterPlus(lower);

/**
 * The new target after a take-back (new-target.ts), its head read by the rules alone when only the classifier read
 * the whole as nothing.
 */
function newTargetOf(input: string, whole: ParseResult, use: IntentReader): ParseResult | null {
  return newTargetAfterTakeBack(
    input.slice(0, MAX_TEXT_LENGTH),
    whole,
    (t) => withPlaceholderKeyId(parseRequestRead(t, use)),
    (t) => withPlaceholderKeyId(parseRequestRead(t, 'rules')),
  );
}

/** Why a text asks nothing of the bot (not-ours.ts, told-to-people.ts), or null. */
function notAskedOfBot(text: string, botUserId: string | undefined): string | null {
  const lowered = text.toLowerCase();
  // (A leading mention known to be the bot's is put to the bot, whatever it asks.)
  return (
    notOurs(lowered) ??
    (customersCredential(text) ? "a customer's own credential" : null) ??
    (remarkTold(lowered) ? 'a remark, nothing asked' : null) ??
    toldToPeople(text, lowered, leadingAddressee(text, botUserId) === 'bot')
  );
}

/**
 * Whether a clause of the text that no "not ours" reader claims, read on its own, asks the bot to act
 * ("history of RFI-0318, revoke the rfi key"): then the whole text is read as usual (own-clauses.ts). A
 * listing is not enough ("what did the engineer say about the drainage detail" reads as one). A
 * handover, a pasted report or a mention put to a person is the whole text's reading, never undone by
 * its lines.
 */
function requestInOwnClause(text: string, use: IntentReader, botUserId: string | undefined): boolean {
  const lowered = text.toLowerCase();
  if (toldToPeopleWhole(text, lowered, leadingAddressee(text, botUserId) === 'bot')) return false;
  return ownClauses(text).some((clause) => {
    if (notAskedOfBot(clause, botUserId) !== null) return false;
    // (Round twenty-one: a heading or a fragment of the clause claimed, "Access review" or "just for an
    // hour" beside "can somebody DM me their key", is no request of its own; a clause that names a
    // credential or a verb of asking is one, asked about or not: "does anyone know if the canteen is
    // open? I need a token".)
    const read = parseRequestRead(clause, use);
    // (Round twenty-three: a statement about a credential, "the Navis API key for the N4 integration
    // expires in 30 days" beside "vendor will send a new one", asks nothing by itself: only with a verb
    // of asking or of ours.)
    if (read.question !== undefined && read.reason.endsWith(TOLD_CLAUSE) && !CLAUSE_VERB.test(clause))
      return false;
    return ACTING.has(read.intent) && (read.question === undefined || CLAUSE_ASKS.test(clause));
  });
}

/**
 * A token got before and its value told, a token got told as a story, or whether one was got asked of a person
 * (past-token-story.ts): nothing asked of the bot. ("Wei asked for a 12h token and got it in like 5 seconds,
 * impressive": a token got, told; story26.) (fix47d: also when the classifier leans away from the rules' token,
 * "Kolega v Londýně včera dostal token", a colleague got a token yesterday, which a retrain read as help: the getting
 * told decides, not the lean; "did you get the token?", "トークンもらった？": whether a token was got, asked of a
 * person.)
 */
function tokenGotParse(parsed: ParseResult, input: string): ParseResult | null {
  if (
    parsed.intent !== 'token' &&
    !(parsed.reason.startsWith(TOKEN_ASKED_REASON) && !QUESTION_WORD_FIRST.test(input))
  )
    return null;
  const lowered = input.slice(0, MAX_TEXT_LENGTH).toLowerCase();
  if (pastTokenThenValue(lowered))
    return decide({ ...emptyParse(), confidence: 0.8, reason: 'a token got before, told' }, input);
  if (tokenGotTold(lowered))
    return decide({ ...emptyParse(), confidence: 0.8, reason: 'a token got, told as a story' }, input);
  if (tokenReceiptAsked(lowered))
    return decide({ ...emptyParse(), confidence: 0.8, reason: 'whether a token was got, asked' }, input);
  return null;
}

/**
 * A credential said not to be needed (credentialNotNeeded), or a token got told (tokenGotGlossed): nothing asked.
 * fix49b: nor a step before any change of ours, nothing named ("on devrait prévenir la DSI avant de révoquer quoi que
 * ce soit, non ?", "we should tell IT before revoking anything"): a remark among people, decided here, not left to
 * the classifier's lean (precaution-before.ts).
 */
function credentialNotAsked(text: string, ruled: ParseResult): ParseResult | null {
  if (ACTING.has(ruled.intent) && credentialNotNeeded(text.toLowerCase()))
    return decide({ ...emptyParse(), confidence: 0.8, reason: 'a credential not needed' }, text);
  if (ACTING.has(ruled.intent) && precautionBeforeAnyChange(text, ruled))
    return decide({ ...emptyParse(), confidence: 0.8, reason: 'a step before any change' }, text);
  if (ruled.intent === 'token' && tokenGotGlossed(text))
    return decide({ ...emptyParse(), confidence: 0.8, reason: 'a token got, told as a story' }, text);
  return null;
}

/**
 * fix47d: a token got, told or asked of a person, in another language as glossed ("Kolega v Londýně včera dostal
 * token": "a colleague in London got token"; past-token-story.ts): nothing, whatever the classifier leans to. (A
 * question word first asks for history: "who got tokens this week"; "please" asks for one.)
 */
function tokenGotGlossed(text: string): boolean {
  return (
    !text.includes('please') &&
    !QUESTION_WORD_FIRST.test(text) &&
    // (One sentence: a token got, then more, is the whole message's to read, parseTypedAs's tokenGotParse; round
    // nineteen's "my colleague got a token for the audit. 6h (the longest allowed)".)
    !/[.!;]\s+\S/.test(text) &&
    (tokenGotTold(text) || tokenReceiptAsked(text))
  );
}

/** The reason a statement's reading carries (chooseIntent): told, not asked. */
const TOLD_CLAUSE = 'statement, not an instruction';
/** A question word first: "who got tokens this week" asks for history, not whether a token was got. */
const QUESTION_WORD_FIRST = /^\W*(?:who|whose|which|what|when|how)\b/i;
/** The rules' reason for a token asked for (rules.ts), with whatever the classifier added after it. */
const TOKEN_ASKED_REASON = 'short-term token asked for';
/** A verb of asking or of ours, or a polite word: the clause asks something. */
const CLAUSE_VERB =
  /\b(?:need|needs|want|get|give|please|pls|plz|can|could|would|rotate|revoke|deprovision|offboard|create|issue|generate|renew|extend|make)\b/i;

/** A clause that asks by itself: a credential named, or a verb of asking or of ours. */
const CLAUSE_ASKS =
  /\b(?:tok(?:en|n)?s?|keys?|credentials?|creds|need|want|get|give|rotate|revoke|deprovision|offboard|create|issue|generate)\b/i;

/**
 * Why an action read is asked about rather than done (known24; one helper, so parseRequestAs stays under the
 * lint's length: fix24a): "Sam needs a token for 2h", told with no ask; "list of keys attached, revoke all of
 * them", keys the bot cannot see, named by no unit or ID. Null when neither.
 */
function heldUnseenOrTold(parsed: ParseResult, lowered: string): string | null {
  if (!ACTING.has(parsed.intent) || parsed.question !== undefined) return null;
  if (personNeedTold(lowered)) return "a person's need told";
  if (parsed.businessUnit === null && parsed.keyId === null && keysOnlyAttached(lowered))
    return 'keys only in an attachment';
  return null;
}

/**
 * A command that ends on a hedge (lead24): "revoke the ads key maybe?", "rotate growth key, perhaps?": a
 * guess put to the reader, no go-ahead, so the action is asked about ("token for 2h, maybe 3h" hedges a value;
 * Slack's bold or italic around the hedge is the same hedge, "— _maybe_": fix24a).
 */
const HEDGED_TAIL = /[\s,.…—–*_-](?:maybe|perhaps|possibly)[\s?.!…*_]*$/;
/**
 * A command that ends by asking others' view (fix24a): "revoke the ads key? @dana what do you think", "rotate
 * the growth key, thoughts?", "deprovision old-chatbot, wdyt?": put to the channel, no go-ahead yet, so the
 * action is asked about as a hedged one is (a mention may stand before the question). Round thirty-one: so is a
 * chance left to object, "revoke the growth key and let legal know in case they object".
 */
const OPINION_TAIL =
  /[\s,.?…—–-](?:(?:<@[a-z0-9]+>|@[\w.-]+|[a-z]+,)[ \t]*)?(?:what\s+do\s+(?:you|u|y'?all|we|people|folks)\s+think|thoughts|wdyt|any\s+objections|objections|agreed|agree|sound\s+(?:good|right|ok|okay)|in\s+case\s+(?:they|anyone|someone|somebody|he|she|you|legal|security)\s+(?:objects?|disagrees?|minds?|has\s+(?:concerns|objections)|have\s+(?:concerns|objections)))[\s?.!…]*$/;
/** A closing ask to be told when it is done: "… and ping me", "… & let me know when done". */
/** A spare moment asked at the head of the text, no mention before it: "when you have a sec, …", "whenever u get a chance …". */
const SPARE_MOMENT_HEAD =
  /^\s*(?:(?:hey|hi|hello|hiya|ok|okay|so)[\s,!]+)?(?:when|whenever|if)\s+(?:you|u)\s+(?:get|have|find|got)\s+(?:a\s+)?(?:spare\s+)?(?:sec|second|chance|minute|min|moment|mo|tick)\b[\s,.:;!—–-]*/i;

/**
 * train29: a task taken on in the channel, then the bot spoken to ("I've got it — bot, token 3h in ap-southeast-2
 * for me", "leave it with me. <@bot> key for growth"): what the bot is told after the address is the request;
 * "I've got it" is no token got. (Only with the bot addressed right after: "I've got it — the token works now"
 * tells.) Quoted lines before it stay.
 */
const TAKEN_ON_HEAD =
  /^((?:[^\S\n]*(?:>|&gt;)[^\n]*\n)*)\s*(?:(?:ok|okay|np|sure|yep|yes)[\s,!]+)?(?:i'?ve\s+got\s+(?:it|this)|i\s+got\s+(?:it|this)|got\s+(?:it|this)|on\s+it|leave\s+it\s+(?:with|to)\s+me|i'?ll\s+(?:take|handle|do)\s+(?:it|this|that))(?:\s+one)?[\s!]*(?:[—–-]+|[,.:;])\s*(?=(?:@?bot|bedrock[\s_-]?bot|<@[UW][A-Z0-9]+(?:\|[^>]*)?>)\s*[,:—–-]?\s+\S)/i;

const TELL_ME_TAIL =
  /[\s,]+(?:and|&)\s+(?:(?:ping|tell|notify|dm|message|msg|update)\s+me|let\s+me\s+know)(?:\s+when\s+(?:done|it'?s\s+done|finished))?[\s.!]*$/i;

/**
 * speed42c: the last words of the tails above, and the marks each may end on (their last class before `$`): a text
 * that does not end on one of the words, past those marks, has no such tail (endsWithWord). (TELL_ME_TAIL's "i" flag
 * matches only ASCII letters as letters of another case: the end is compared lowered.)
 */
const TELL_ME_MARKS = /[\s.!]/;
const TELL_ME_WORDS = ['me', 'know', 'done', 'finished'] as const;
const HEDGED_MARKS = /[\s?.!…*_]/;
const HEDGES = ['maybe', 'perhaps', 'possibly'] as const;
const OPINION_MARKS = /[\s?.!…]/;
const OPINION_WORDS = [
  'think',
  'thoughts',
  'wdyt',
  'objections',
  'agreed',
  'agree',
  'good',
  'right',
  'ok',
  'okay',
  'object',
  'objects',
  'disagree',
  'disagrees',
  'mind',
  'minds',
  'concerns',
] as const;

/**
 * Whether the text, less the run of `marks` characters at its end, ends on one of `words` (lower case; the end is
 * compared lowered). A pattern anchored at the end (`$`, no "m" flag) whose last word is one of `words`, followed only
 * by `marks` repeated, matches only when this holds: the word's last letter is no mark, so the marks it matches are
 * the whole run at the end. A cheap test before such a pattern, which is tried from every character of the text.
 */
function endsWithWord(text: string, marks: RegExp, words: readonly string[]): boolean {
  let end = text.length;
  while (end > 0 && marks.test(text.charAt(end - 1))) end--;
  const tail = text.slice(Math.max(0, end - 12), end).toLowerCase();
  return words.some((w) => tail.endsWith(w));
}

/** Confidence of an action asked for on a condition not met yet: below CONFIDENT, so it is asked about. */
const LATER_CONFIDENCE = 0.6;

/**
 * The command beside a condition not met yet, read alone and asked about (the bot cannot wait): the one after
 * a condition that opens the message, whatever the whole read as (command-before-condition.ts
 * commandAfterCondition), or the one before it when the whole read as nothing (commandBeforeCondition).
 */
function commandBesideCondition(parsed: ParseResult, text: string, use: IntentReader): ParseResult | null {
  const read = (t: string) => withPlaceholderKeyId(parseRequestRead(t, use));
  const waiting =
    (parsed.intent === 'unknown' || ACTING.has(parsed.intent) ? commandAfterCondition(text, read) : null) ??
    (parsed.intent === 'unknown' ? commandBeforeCondition(text, read) : null);
  return waiting === null
    ? null
    : {
        ...waiting,
        confidence: Math.min(waiting.confidence, LATER_CONFIDENCE),
        reason: `${waiting.reason}; waits for a condition`,
      };
}

function parseRequestRead(input: string, use: IntentReader): ParseResult {
  // A pasted secret is replaced before any reader sees the text (secrets.ts): never a value, never
  // shown back. (A quote as Slack sends it, "&gt; …", is a quote for every step, the form reader's too.)
  const text = slackQuoteMarks(maskSecrets(cutForMasking(input)));
  // A request typed as a form ("Team: x / Duration: 3h", a workflow submission): its fields decide
  // over the prose reading (form-fields.ts, form-reading.ts).
  // (Cut first, as prepare.ts cuts: the form reader's work stays bounded on any input.)
  const form = typeof text === 'string' ? readForm(text.slice(0, MAX_TEXT_LENGTH)) : null;
  // History filters (unit, person, kind, period) are read around the parser: history-filters.ts.
  // A key named by a bare number ("revoke key #3 for growth") is refused: numbered-key.ts. One action
  // for two units ("revoke the growth key and the ads key") is asked about: joined-units.ts.
  const read = (t: string): ParseResult =>
    withJoinedUnits(
      t,
      withNumberedKey(
        t,
        withHistoryFilters(t, (rest) => parseRequestWith(rest, use)),
      ),
    );
  // Data pasted as a table or a mapping asks nothing; the words around it may (data-table.ts).
  const rest = typeof text === 'string' ? tableRest(text.slice(0, MAX_TEXT_LENGTH)) : null;
  // (Rows that hold or cancel, "| rotate | Dana | cancelled, don't do it |", make what is asked a question.)
  if (rest !== null)
    return rest.trim() === ''
      ? decide({ ...emptyParse(), confidence: 0.8, reason: 'data pasted as a table' }, text)
      : tableHolds(text)
        ? cutAskedFirst(read(rest), rest, 'rows of the table hold or cancel')
        : read(rest);
  // Units listed under a request's header ("revoke these keys:\n- growth\n- ads"): the request's units,
  // the first read, each offered (listed-units.ts).
  const listed =
    typeof text === 'string' && form === null ? listedUnits(text.slice(0, MAX_TEXT_LENGTH)) : null;
  const ofList = listed === null ? null : withListedUnits(listed, read(listed.header));
  if (ofList !== null) return ofList;
  // A list whose one open item is put to the bot: that item is the request (addressed-item.ts).
  if (typeof text === 'string' && (form === null || form.tasks === true)) {
    const item = addressedItem(text.slice(0, MAX_TEXT_LENGTH));
    // (The words outside the list may take the item back, put it off, or show the list as a story.)
    const stops = item === null ? null : storyStops(item);
    if (stops !== null)
      return decide(
        {
          ...emptyParse(),
          confidence: 0.8,
          reason: stops === 'withdrawn' ? 'request withdrawn' : 'a list told as a story',
        },
        text,
      );
    if (item !== null) return cutAskedFirst(read(item.text), item.text, "a list's item put to the bot");
    // A checklist of the team's own to-dos, put to no one (own-checklist.ts).
    if (ownChecklist(text.slice(0, MAX_TEXT_LENGTH)))
      return decide({ ...emptyParse(), confidence: 0.8, reason: "a checklist of one's own tasks" }, text);
  }
  if (form === null) return read(text);
  const parsed = read(form.text);
  // (The classifier's choice for the form's text, before any other reading: form-reading.ts.)
  return withFormFields(parsed, form, read, lastDecision, () => lastDecision);
}

/**
 * The text masked for secrets: cut well past MAX_TEXT_LENGTH first (the work stays bounded), but not at
 * it, so that a secret across the cut is masked whole before the readers cut there.
 */
function cutForMasking(input: string): string {
  return typeof input === 'string' && input.length > MAX_TEXT_LENGTH + 1000
    ? input.slice(0, MAX_TEXT_LENGTH + 1000)
    : input;
}

/**
 * Who reads the intent: the rules alone, the classifier alone (with the rules' slots), or both (the
 * default, chosen by measurement on dev; `npm run eval:parser -- --use rules|classifier|both`).
 */
export type IntentReader = 'rules' | 'classifier' | 'both';

export function parseRequestWith(input: string, use: IntentReader): ParseResult {
  lastDecision = null;
  const text = slackQuoteMarks(input);
  // (Before a quoted reply is read: "> <@bot> create a key …\n<@U…colleague> why an access key?" asks
  // the colleague, not the bot the quote spoke to.)
  if (
    typeof text === 'string' &&
    (addressedToColleague(text) || askedOfAGroup(text) || putToPeople(text) || repliesToAnother(text))
  )
    return decide({ ...emptyParse(), confidence: 0.8, reason: 'addressed to someone else' }, text);
  const replying = typeof text === 'string' && text.includes('>') ? quotedReply(text) : null;
  if (replying !== null) {
    const joined = readQuotedReply(replying, use);
    if (joined !== null) return joined;
  }
  let p = withoutPastedValues(prepare(markPasted(typeof text === 'string' ? text : '')));
  // Only quotes or struck-through text ("> token 2h", "~tok 3h~"): something was said, none of it
  // to the bot now. Asks nothing (an empty text or a bare mention asks for help).
  if (p.blank && typeof text === 'string' && SAID.test(text.replace(MENTIONS, ' ').replace(ADDRESSING, ' ')))
    p = { ...p, blank: false };
  // ("<@bot> ?", "/bedrock ??": the bot addressed with a question mark alone asks what it can do, as a
  // bare mention does; "?" to no one asks nothing.)
  else if (
    !p.blank &&
    typeof text === 'string' &&
    text.length < 40 &&
    (ADDRESSED_ASKED.test(text) || (text.includes('?') && ADDRESSED_KNOCK.test(text)))
  )
    p = { ...p, text: '', blank: true };
  // Salutation, sign-off and signature, asides on who asks, a change board's refusal: letter.ts.
  const letter = letterRanges(p.text);
  // ("rotate the payments key. Decision: REJECTED. Please do not proceed.": the refusal the letter
  // cuts takes back what was asked before it, when nothing new is asked after it.)
  const refusedText = letter.length > 0 && REFUSED.test(p.text) ? p.text : null;
  if (letter.length > 0) p = { ...without(p, letter), blank: p.blank || onlyDeviceFooter(p.text) };
  const read = readStoryAndRequest(p, use);
  // "Could you deprovision old-analytics? Not today though, I'll ping you when …", "token 2h pls..
  // wait, my old one still works, ignore me": a request put off or made pointless is not acted on.
  if (ACTING.has(read.intent) && (putOffAtEnd(p.text) || (refusedText !== null && putOffAtEnd(refusedText))))
    return decide({ ...emptyParse(), confidence: 0.8, reason: 'request put off' }, p.text);
  // "我明天请假, token 的事情找小王": the parser reads English; a word of ours inside a message written
  // mostly in a script it does not read is not enough to act on, so it asks.
  // (review28: so is one with a Chinese or Japanese word cjk-words.ts does not know, however few its letters:
  // "我不需要 token" (I don't need a token), "token 的事情" (the token matter); a message whose every such word
  // is known was read in English before this, parseRequestAs.)
  // (fix48c: "算了，token不要了", "先不要 revoke，等新的 key 上線再說": taken back or put off in Chinese or Japanese,
  // cjk-words.ts; nothing asked.)
  if (ACTING.has(read.intent) && typeof text === 'string' && cjkTakenBack(text))
    return decide({ ...emptyParse(), confidence: 0.8, reason: 'request taken back or put off' }, p.text);
  // (fix48f: so is one with a Greek word greek-arabic.ts does not know: one it knows every word of was read in English.)
  if (
    ACTING.has(read.intent) &&
    read.question === undefined &&
    (mostlyUnread(text) || CJK_LETTER.test(text) || GREEK.test(text) || RTL_LETTER.test(text))
  )
    return decide({ ...read, confidence: Math.min(read.confidence, UNREAD_CONFIDENCE) }, p.text);
  return replying !== null && read.intent === 'help' ? withQuotedTopic(read, replying) : read;
}

/**
 * A reading cut from its context that is asked about first: a list's item put to the bot (the list around
 * it is story the parser reads only in part; addressed-item.ts), or words over a table whose rows hold or
 * cancel (data-table.ts).
 */
function cutAskedFirst(read: ParseResult, text: string, why: string): ParseResult {
  if (!ACTING.has(read.intent) || read.question !== undefined) return read;
  return decide(
    {
      ...read,
      confidence: Math.min(read.confidence, 0.6),
      reason: `${read.reason}; ${why}`,
    },
    text,
  );
}

/** A refusal or "do not proceed" (withdrawal.ts's TAKE_BACK has the words), a cheap look. */
const REFUSED = /\bproceed\b|\b(?:rejected|declined|denied|vetoed)\b/;

/** "I have the same question", "same here, how does it work?", "+1": the quote's question is asked again. */
const SAME_QUESTION =
  /\b(?:same\s+(?:question|q|here|problem)|me\s+too|wondering\s+the\s+same|i\s+(?:was\s+)?(?:also|too)\s+(?:wondering|wanted\s+to\s+ask))\b|^\s*\+1\b/i;

/**
 * "> how do I get a token?\n<@bot> I have the same question, how does it work?": a reply that asks
 * the quoted question again takes its topic from the quote.
 */
function withQuotedTopic(read: ParseResult, q: { quote: string; reply: string }): ParseResult {
  if (!SAME_QUESTION.test(q.reply) || !q.quote.includes('?')) return read;
  const topic = helpTopic(prepare(q.quote).text);
  if (topic === undefined || topic === 'general') return read;
  return { ...read, topic };
}

/**
 * "<!subteam^S04PLAT|platform-team> who approves bedrock keys these days?": a question that opens by
 * naming a group of people (a Slack user group) is put to them, not to the bot.
 */
const ASKED_OF_A_GROUP = /^\s*<!subteam\^[^>]*>[^]*\?/;
function askedOfAGroup(text: string): boolean {
  return text.startsWith('<!subteam', text.search(/\S/)) && ASKED_OF_A_GROUP.test(text);
}

/** Confidence of a reading taken from the few English words of a message in another script. */
const UNREAD_CONFIDENCE = 0.5;
/** Any character past Latin (Greek, Cyrillic, Arabic, Devanagari, CJK, Hangul…): the cheap guard. */
const PAST_LATIN = /[\u0370-\u1dff\u2e80-\uffef]/;
const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

/** A letter of Japanese or Chinese (kana, CJK ideographs), as cjk-words.ts reads them. */
const CJK_LETTER = /[\u3040-\u30ff\u3400-\u9fff]/;
/**
 * fix49f, tuned-styles-mideast: a letter of Arabic, Persian, Kurdish or Hebrew. A message with one still in it was not
 * read whole (one whose every such word is known was read in English before this, parseRequestAs), so its English
 * words alone are not enough to act on: "deprovision the unit tarjama? لا لا خلوها، لسا نحتاجها" (no no, leave it, we
 * still need it) takes the request back in words the parser does not read.
 */
const RTL_LETTER = /[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]/;

/** True when most letters of the message are in scripts other than Latin. */
function mostlyUnread(text: string): boolean {
  if (typeof text !== 'string' || !PAST_LATIN.test(text)) return false;
  const letters = text.match(LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  return letters - latin > latin;
}

/** A greeting opening the text, a cheap look before reading the whole as a remark after one. */
const GREETING_OPENS = /^\W*(?:hi|hello|hey|hiya|morning|good\s+(?:morning|afternoon|evening))\b/;

/** A second request that is only a credential added (discourse.ts SECOND): ", and a key …", " please and a token …". */
const CREDENTIAL_ADDED = /^(?:,|\s(?:please|pls))\s+and\s+(?:while\s+you(?:'re|\s+are)\s+at\s+it,?\s+)?an?\s/;

/** Reads a prepared message: the request sentence, its values, and a second request split off. */
function readStoryAndRequest(prepared: Prepared, use: IntentReader): ParseResult {
  const read = readStoryThenRequest(prepared, use);
  // ("what's the damage this week? bedrock spend pls": the span asked in the question cut before the request.)
  if (
    read.period === null &&
    (read.intent === 'spend' || read.intent === 'history') &&
    prepared.text.includes('xxperiod') &&
    prepared.text.includes('?')
  ) {
    const period = periodAskedBefore(prepared, storyRanges(prepared.text));
    if (period !== null) return { ...read, period };
  }
  return read;
}

/** post40e: the writer's own plan: "I'll", "we will", "I'm going to", "we plan to". */
const OWN_PLAN =
  /\b(?:i|we)(?:'ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|\s+are\s+going\s+to|\s+plan\s+to|'m\s+gonna|'re\s+gonna)\b/;
/** post40e: the next step of a plan: "then …", "and then …", "after that …". */
const PLAN_STEP = /^[\s,;.]*(?:and\s+)?(?:then|after\s+that|afterwards)\b/;

function readStoryThenRequest(prepared: Prepared, use: IntentReader): ParseResult {
  let p = prepared;
  // ("… that's a different problem — what I need from you is the spend for x": the request after the frame.)
  const need = needFrameEnd(p.text);
  if (need !== null) p = withoutStory(p, [[0, need]]);
  const story = storyRanges(p.text);
  // (train28i: "hello! standup moved to 10:30 today": the remark is cut as story and leaves the greeting alone,
  // which would ask for help; the whole, a greeting before a remark, asks nothing: rules.ts remarkAfterGreeting.)
  if (story.length > 0 && GREETING_OPENS.test(p.text)) {
    const whole = applyRules(p);
    if (whole.reason === 'a remark after a greeting') return { ...whole, confidence: 0.9 };
  }
  // (fix33a: "release regions for the EP: UK, Ireland, Germany, Australia. US waits two weeks": the trade's regions
  // cut as story leave a lifetime told of them, read as a token; the whole is our word in another sense, which the
  // rules read only when nothing of ours is named.)
  if (story.length > 0 && p.text.includes('region') && p.text.includes('xxdur')) {
    const whole = applyRules(p);
    if (whole.reason === 'our word in another sense')
      return decide({ ...emptyParse(), confidence: 0.9, reason: whole.reason }, p.text);
  }
  if (story.length > 0) p = withoutStory(p, story);
  const context = requestValues(p.text, contextValueRanges(p.text));
  if (context.length > 0) p = without(p, context);
  const storyValues = storyValueRanges(p.text);
  if (storyValues.length > 0) p = without(p, storyValues);
  const second = requestSplit(p.text);
  if (second === null) return askedFirst(p, withAskedTopic(readMessage(p, [], use), p), use);
  const then = readMessage(without(p, [[0, second]]), [], use);
  const first = readMessage(
    without(p, [[second, p.text.length]]),
    then.intent === 'unknown' ? [] : [then],
    use,
  );
  // (foreign26: "Olá, the bot can make also the keys for machines, or only the tokens for people?": a first part
  // read as only a greeting asks nothing either; the question after it is what the message asks, topic and all.)
  if (first.intent === 'help' && first.reason === 'greeting' && then.intent === 'help') return then;
  // "fyi the office is closed monday. also, could you list the units?": the first part asks nothing.
  if (first.intent !== 'unknown' || then.intent === 'unknown') return first;
  // (post40e: "tomorrow I'll create a key for growth, then rotate ads": a change of ours in the writer's own plan,
  // "then" the next step of it, whatever the classifier makes of the plan: asked about, never done as it stands.)
  if (
    ACTING.has(then.intent) &&
    then.question === undefined &&
    OWN_PLAN.test(p.text.slice(0, second)) &&
    PLAN_STEP.test(p.text.slice(second)) &&
    ACTING.has(applyRules(without(p, [[second, p.text.length]])).intent)
  )
    return decide(
      {
        ...then,
        confidence: Math.min(then.confidence, 0.6),
        reason: `${then.reason}; a step of the writer's plan`,
      },
      p.text,
    );
  // (fix22c: "security revoked my token, and a key for the growth team this morning": ", and a <credential>"
  // adds a second request only to a first that asks; after a story it is the story's object, and the
  // whole message is read as one, and at most asked.)
  if (CREDENTIAL_ADDED.test(p.text.slice(second, second + 48))) {
    const whole = askedFirst(p, withAskedTopic(readMessage(p, [], use), p), use);
    // (What the story names is asked about, never done at once: "the script printed a token, and a key …".)
    return ACTING.has(whole.intent) && whole.question === undefined
      ? decide(
          { ...whole, confidence: Math.min(whole.confidence, 0.6), reason: `${whole.reason}; after a story` },
          p.text,
        )
      : whole;
  }
  // "rotate… my sanity. and also the key for claims-ai": a joke lends its verb to what is added after
  // it; a verb lent by a joke is asked about before anything is done.
  const verb = lentVerb(p.text.slice(0, second), p.text.slice(second));
  if (verb === null) return then;
  const added = without(p, [[0, second]]);
  const lent = readMessage({ ...added, text: `${verb} ${added.text}` }, [], use);
  return ACTING.has(lent.intent) && lent.question === undefined
    ? decide(
        { ...lent, confidence: Math.min(lent.confidence, 0.6), reason: `${lent.reason}; verb lent` },
        p.text,
      )
    : lent;
}

/**
 * "what do we have for talent-acquisition? the recruiter asked if the key still works": a message
 * that reads as no read, but whose first question, read alone, is a sure read, asks that read; what
 * is told after the question is why it is asked (asked-first.ts).
 */
function askedFirst(p: Prepared, read: ParseResult, use: IntentReader): ParseResult {
  if (READS.has(read.intent) || ACTING.has(read.intent) || !p.text.includes('?')) return read;
  // (post40b: "what's on the line-4 unit? it keeps jamming": a machine's trouble is no reason for a read.)
  if (whatsOnTrouble(p.text)) return read;
  const end = reasonAfterQuestion(p.text);
  if (end === null) return read;
  const first = readMessage(without(p, [[end, p.text.length]]), [], use);
  // (What it reads names its object: "who owns this? found it in the billing repo" points at a paste.)
  const named = first.businessUnit !== null || first.intent === 'list' || first.intent === 'models';
  return READS.has(first.intent) && named && first.confidence >= CONFIDENT && first.question === undefined
    ? { ...first, reason: `${first.reason}; the reason told after the question` }
    : read;
}

/** A character past ASCII, and the Romance words that open a correction ("scusa", "perdón", "désolé", "desculpa"). */
const NOT_ASCII = /[^\p{ASCII}]/u;
const FOREIGN_CORRECTION =
  /^[\s,.!]*(?:scusa|scusate|scusami|perdon|perdona|pardon|desole|desculpa|desculpe|entschuldigung|sorry|oops)\b/i;

/**
 * A reply that quotes a request and corrects it ("> rotate key for card-ops\nsorry, I meant
 * card-disputes") or asks for it again by pointing back ("> we will need the key for geo-routing
 * next sprint\nok then please create it now, 90 days"): the quote and the reply read as one
 * message, the reply last, so that its values win. Read through a quote, it is asked about before
 * anything is done. Null when the reply stands on its own (the quote is then no part of it).
 */
function readQuotedReply(q: { quote: string; reply: string }, use: IntentReader): ParseResult | null {
  const again = askedAgain(q, use);
  if (again !== null) return again;
  // ("> no keys yet ⏎ ok then create one for kyc": "one" is the quote's credential, one-of-quote.ts.)
  const one = replyWithQuotedOne(q.quote, q.reply);
  if (one !== null) {
    const read = parseRequestWith(one, use);
    if (ACTING.has(read.intent) && read.question === undefined)
      return decide(
        { ...read, confidence: Math.min(read.confidence, 0.6), reason: `${read.reason}; replies to a quote` },
        one,
      );
    if (ACTING.has(read.intent)) return read;
  }
  // (A reply that neither corrects the quote nor points back at it stands on its own, whatever it
  // asks: the cheap test first, so that such a reply is not parsed twice, here and as the message.)
  // (fix43c, tuned-styles-eastwest: a correction in another language, "> ruota la chiave di roast-profiler ⏎ scusa, non
  // roast-profiler: quality-lab", is read in the glossary's English too, "sorry, not roast-profiler: quality-lab".)
  const own = NOT_ASCII.test(q.reply) || FOREIGN_CORRECTION.test(q.reply) ? rewriteSurface(q.reply) : q.reply;
  const corrects = (asksWithoutUnit: boolean): boolean =>
    repliesToQuote(q.reply, asksWithoutUnit) || (own !== q.reply && repliesToQuote(own, asksWithoutUnit));
  if (!corrects(true)) return null;
  const reply = parseRequestWith(q.reply, use);
  // ("> the fraud-ml key was pasted in #random\n@bot please revoke it": the verb's object is the quote's.)
  const asksWithoutUnit =
    ((ACTING.has(reply.intent) || READS.has(reply.intent)) && reply.businessUnit === null) ||
    (reply.intent === 'unknown' && VERB_ON_QUOTE.test(q.reply));
  if (!corrects(asksWithoutUnit)) return null;
  const earlier = parseRequestWith(q.quote, use);
  if (!quoteAsks(q.quote, ACTING.has(earlier.intent) || READS.has(earlier.intent))) return null;
  const joined = ownValuesWin(parseRequestWith(`${q.quote}\n${q.reply}`, use), reply);
  if (!ACTING.has(joined.intent) || joined.question !== undefined) return joined;
  return decide(
    {
      ...joined,
      confidence: Math.min(joined.confidence, 0.6),
      reason: `${joined.reason}; replies to a quote`,
    },
    q.reply,
  );
}

/**
 * A reply that asks for what the quote asked, for someone or something else: "same for geo-web",
 * "do the same for marketing please", "+1, me too", "^ this but in ohio", "now do it for post-tools" (req29). Opened by "same"
 * (with what follows it), "me too", "ditto" or "^ this"; "+1" or "same" alone agree, and "lol same
 * energy" or "+1 to that" remark. Also one more asked with "and … too/as well" (fixthreads29: "+1, and one
 * for avalanche-bulletin too", "and pass-fraud-detector-v2 as well pls"); a reply that only tells ("the
 * lodging-sys one works fine too") opens with no "and"/"one for", and one that reads as nothing asked is
 * dropped below.
 */
const SAME_AGAIN =
  /^[\s,.!:]*(?:(?:ok|okay|oh|and|yes|yeah|please|pls|hi|hey)[\s,.!]+)*(?:\+1[\s,.!:]*)?(?:(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:do\s+)?(?:the\s+)?same(?:\s+thing)?(?:\s+here)?(?=[\s,]+(?:for|with|in|on|but|please|pls|plz|again|too)\b)|(?:and\s+)?(?:(?:one\s+)?for\s+)?me\s+too\b|(?:ditto|likewise)(?=[\s,]+(?:for|but|please|pls)\b)|\^+\s*(?:this|that)(?=[\s,]+(?:but|for|please|pls|plz|too)\b)|(?:now\s+)?(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?do\s+(?:it|that|this)(?:\s+again)?(?=[\s,]+for\b)|(?:(?:and|plus|also)(?:\s+also)?\s+(?:(?:one|another(?:\s+one)?)\s+)?|(?:one|another(?:\s+one)?)\s+(?=for\s))(?=(?:for\s+)?(?:the\s+)?[a-z0-9][a-z0-9_-]*(?:\s+(?:key|keys|one|unit|team|pls|please))?[\s,]+(?:too|as\s+well)\b))/i;
/**
 * req29: "^ that was last week. now do it for post-tools": a remark on when the quote was done, before the
 * reply asks it again; cut before SAME_AGAIN is tried.
 */
const WHEN_QUOTE_DONE = /^[\s^]*(?:that|this)\s+was\s+[^.!?\n]{1,40}[.!]+/i;

/** A clause of the writer's own told after "same": "I would have picked that name too", "I did the same". */
const OWN_REMARK_AFTER =
  /^(?:\s+(?:for|with)\s+(?:me|us))?[\s,;.!—–-]+(?:i|we)\s+(?:would|'d|would've|'ve|have|had|did|was|were|also|too|think|thought)\b/i;
/** The request of each intent in a few words, which what a reply adds completes. */
const SAID_AS: Partial<Record<IntentName, string>> = {
  token: 'token',
  create_key: 'create a key',
  rotate: 'rotate the key',
  revoke: 'revoke the key',
  deprovision: 'deprovision',
  details: 'details',
  history: 'history',
  spend: 'spend',
  models: 'models',
};

/**
 * "> <@bot> create a key for geo-routing, 90 days\nsame for geo-web": the quoted request asked
 * again, for what the reply names in its place. The quote lends its intent, not its values (quotes
 * are not the request: "same but for me, 1h is enough" under a token in oregon names no Region); read
 * through a quote, an action is asked about before anything is done. Null when the reply asks nothing
 * again, or asks it in its own words (then it is read as any reply).
 */
function askedAgain(q: { quote: string; reply: string }, use: IntentReader): ParseResult | null {
  const reply = q.reply.replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, ' ').replace(WHEN_QUOTE_DONE, ' ');
  // (A reply that asks the quote again is a line or two: a long one is read as any reply, without the three
  // more parses of quote, reply and the two together, fixthreads29.)
  if (reply.length > 400) return null;
  const same = SAME_AGAIN.exec(reply) ?? sameInOtherLanguage(reply);
  // (Round thirty-four: nor a remark of the writer's own after "same for me", "…, I would have picked that name
  // too": agreement told, nothing asked again.)
  if (same === null || OWN_REMARK_AFTER.test(reply.slice(same[0].length))) return null;
  // (fix43c: each part read as parseRequestAs reads a message in a script of its own, "トークン4時間ください".)
  const read = (t: string): ParseResult =>
    parseRequestWith(NOT_ASCII.test(t) ? (otherScriptAsEnglish(t) ?? t) : t, use);
  const earlier = read(q.quote);
  const said = SAID_AS[earlier.intent];
  if (said === undefined || read(q.reply).intent === earlier.intent) return null;
  const now = read(`${said} ${reply.slice(same[0].length)}`);
  if (now.intent !== earlier.intent) return null;
  const { question: _question, alternatives: _alternatives, ...out } = now;
  const confidence = ACTING.has(out.intent) ? Math.min(out.confidence, 0.6) : out.confidence;
  return decide({ ...out, confidence, reason: `${out.reason}; asks again what the quote asked` }, q.reply);
}

/**
 * fix43c, tuned-styles-eastwest and -southern: "me too" and "likewise" in other languages, opening a reply that asks
 * the quote again with a number of its own ("> トークン4時間ください ⏎ 同じく、私も4時間でお願いします" likewise, 4 hours
 * for me too; "> token lagbe 3 ghontar ⏎ ami o same, 2 ghonta holei hobe" me too, 2 hours will do). Only with a number
 * after it: alone ("私も", "同じく") it agrees, as "+1" and "same" do.
 */
const SAME_OTHER_LANGUAGE =
  /^[\s,.!、。，！]*(?:(?:同じく|同じで|私も|僕も|俺も|自分も|わたしも|我也|同上|저도|나도)[\s,.!、。，！]*)+|^[\s,.!]*(?:ami\s*o|amio|amar\s*o|amaro|mujhe\s+bhi|main\s+bhi|mera\s+bhi|hamein\s+bhi|yo\s+tambi[eé]n|moi\s+aussi|anch'?io|eu\s+tamb[eé]m|ich\s+auch)(?:\s+(?:same|too))?(?![\p{L}])[\s,.!]*/iu;
function sameInOtherLanguage(reply: string): RegExpExecArray | null {
  const m = SAME_OTHER_LANGUAGE.exec(reply);
  return m !== null && m[0].trim() !== '' && /\d/.test(reply.slice(m[0].length)) ? m : null;
}

/** Values a reply states in its own words, which win over the quote's ("2h singapore this time"). */
const OWN_VALUES = ['ttlSeconds', 'region', 'expiryDays', 'keyId', 'provider'] as const;

/**
 * The quote and reply read as one, with the values the reply states itself: "> token 3h in jakarta
 * pls\nthat one expired already. 2h singapore this time" is 2h in Singapore. (Read together, the
 * quote's values come first and would win.) A question is asked again with the values it offers.
 */
function ownValuesWin(joined: ParseResult, reply: ParseResult): ParseResult {
  if (joined.intent !== reply.intent || !ACTING.has(joined.intent)) return joined;
  const changed = OWN_VALUES.filter((k) => reply[k] !== null && reply[k] !== joined[k]);
  if (changed.length === 0) return joined;
  const { question: _question, alternatives: _alternatives, ...bare } = joined;
  const out: ParseResult = { ...bare };
  for (const k of changed) (out as unknown as Record<string, unknown>)[k] = reply[k];
  const fixed = new Set<string>(changed);
  const problems = joined.problems?.filter((x) => !fixed.has(x.slot));
  if (problems !== undefined && problems.length > 0) out.problems = problems;
  else delete out.problems;
  return decide(out, '');
}

/**
 * "is rotation automatic?", "does revoking break running jobs?": an auxiliary, then one of our
 * commands as subject, and a few words of how it behaves (none that names whose thing: "my phone
 * screen"); asksHowCommandWorks reads it besides the forms it lists.
 */
const COMMAND_SUBJECT =
  /^\s*(?:is|are|does|do|will|would|can|could)\s+(?:the\s+|a\s+)?([a-z]+)(?:\s+(?!(?:my|your|our|their|his|her|its|of|for|on|to)\b)[a-z']+){0,5}\s*\?\s*$/;

/** Is the text a question whose subject is one of our commands (not about something of others)? */
function commandAsSubject(text: string): boolean {
  const m = COMMAND_SUBJECT.exec(withoutGreeting(text));
  const word = m?.[1] ?? '';
  return (
    m !== null &&
    CHANGE_TAGS.includes(LEXICON[word] ?? '') &&
    /(?:ion|ing)$/.test(word) &&
    !notForOurHelp(text)
  );
}

/** A verb of ours whose object is a pronoun: "please revoke it", "rotate them now", "ok, kill it". */
// (fix52e, tuned-insurer: after a first short exclamation of its own, "> the x key is 400 days old ⏎ yikes. rotate it",
// "oof! revoke them": the feeling before the verb is no sentence of its own asked.)
const VERB_ON_QUOTE =
  /^(?:[^.!?\n]{1,20}[.!]+\s*)?[^.!?\n]{0,40}\b(?:revoke|rotate|roll|cycle|regenerate|renew|disable|deactivate|kill|delete|remove|deprovision|offboard|decommission)\s+(?:it|them|that\s+one|this\s+one|those)\b/i;

/** The one Region a lowercase text names (its code), or null when it names none or more than one. */
function regionNamed(lower: string): string | null {
  const codes = scanRegions(lower).found.flatMap((f) => (f.code === null ? [] : [f.code]));
  return codes.length === 1 ? (codes[0] ?? null) : null;
}

/**
 * A help question left out as story ("roughly how long do approvals take? need to plan the sprint"):
 * its topic is read from the question, which help-topic.ts finds among the sentences.
 */
const FIRST_NUMBERED_QUESTION = /(?:^|\n)[^\S\n]*1[^\S\n]*[.):][^\n?]*\?/;
function withAskedTopic(parse: ParseResult, p: Prepared): ParseResult {
  if (parse.intent !== 'help' || p.story === undefined || !p.story.includes('?')) return parse;
  // (The first of questions numbered one per line is in the request: what it asks is the subject.)
  if (FIRST_NUMBERED_QUESTION.test(p.text)) return parse;
  const topic = helpTopic(`${p.story} . ${p.text}`);
  if (topic === parse.topic) return parse;
  const { topic: _old, ...rest } = parse;
  return topic === undefined ? rest : { ...rest, topic };
}

/**
 * The intent and its score. The classifier's scores are calibrated probabilities (classifier.ts), so
 * where the rules and the classifier disagree, the classifier's reading wins only when it is sure
 * enough (measured out of fold on train and on dev, parse-request thresholds above):
 *  - between two actions, the classifier's when at least CONFIDENT, else the rules' verb reading
 *    ("credentails for marketing" is no rotation); either way not acted on without asking;
 *  - a confident non-acting reading of the rules ("lost my house keys" is about everyday things)
 *    becomes an action only at DECISION.sureOther, and is then asked about (the rules did not find it);
 *  - between help and nothing, the classifier's when at least CONFIDENT;
 *  - a confident action of the rules put as a request to us (`requestForm`: "can data-science get a
 *    key", "please create a key for ledger-sync; …") holds against a classifier that takes it for a
 *    non-request, unless the classifier is sure of that (DECISION.sureOther) AND the text asks a question;
 *    the action keeps the classifier's probability for it, so a held reading is asked about unless
 *    the classifier gives it SURE_ACTION.
 */
function chooseIntent(
  ruled: ParseResult,
  scored: Scored[],
  use: IntentReader,
  requestForm: () => boolean,
  asks: () => boolean,
  readCommand: () => boolean = () => false,
  readAfterStory: () => boolean = () => false,
): Scored | undefined {
  const best = scored[0];
  const scoreOf = (intent: IntentName): number => scored.find((x) => x.intent === intent)?.score ?? 0;
  if (use === 'rules') return { intent: ruled.intent, score: ruled.confidence >= CONFIDENT ? 0.9 : 0.5 };
  if (use === 'classifier' || best === undefined) return best;
  // Nothing but greetings ("hi all 👋", "morning folks"): whatever a word such as "all" leans to.
  if (GREETINGS.has(ruled.reason) || RULES_DECIDE.has(ruled.reason))
    return { intent: ruled.intent, score: Math.max(scoreOf(ruled.intent), 0.7) };
  if (ACTING.has(best.intent) && ACTING.has(ruled.intent) && best.intent !== ruled.intent)
    return best.score >= DECISION.actionOverAction
      ? best
      : { intent: ruled.intent, score: Math.min(best.score, scoreOf(ruled.intent) || 0.5) };
  // An action the classifier gives less than even odds, where the rules read none ("Out of office until
  // Monday. For Bedrock questions please contact the ml-ops team."), is not offered: the classifier's
  // likeliest reading that does nothing. (Out of fold no such action was right.)
  if (ACTING.has(best.intent) && !ACTING.has(ruled.intent) && best.score < DECISION.evenAction) {
    const still = scored.find((s) => !ACTING.has(s.intent));
    if (still !== undefined) return weakRead(ruled, still) ?? still;
  }
  // A read the classifier barely leans to, where the rules found no request ("same for me, I would have
  // picked that name too": details at 0.3), is no read either.
  const weak = weakRead(ruled, best);
  if (weak !== null) return weak;
  if (ruled.confidence < CONFIDENT || best.intent === ruled.intent) return best;
  // Between two reads ("who runs search-ranking nowadays": details or history?), likewise: the rules'
  // reading unless the classifier is confident. Train/dev exact 8077/1701 either way at 0.7; 8068/1701
  // at 0.9.
  if (READS.has(ruled.intent) && READS.has(best.intent) && best.score < DECISION.readOverRead)
    return { intent: ruled.intent, score: Math.max(scoreOf(ruled.intent), 0.5) };
  const ruledScore = { intent: ruled.intent, score: scoreOf(ruled.intent) };
  // Likewise the rules' reading that the text is about something else ("what does the sales team have
  // for lunch?" is about lunch) against a read the classifier is not sure of.
  if (CHIT_CHAT_REASONS.has(ruled.reason) && READS.has(best.intent) && best.score < DECISION.readOverRead)
    return { intent: ruled.intent, score: Math.max(ruledScore.score, 0.7) };
  if (!ACTING.has(ruled.intent) && ACTING.has(best.intent))
    return best.score >= DECISION.sureOther
      ? best
      : { intent: ruled.intent, score: Math.max(ruledScore.score, 0.5) };
  // Help or nothing: a confident rule ("hi" is a greeting, "is bedrock down?" asks nothing of us) stands
  // unless the classifier is confident of the other.
  if (NON_REQUESTS.has(ruled.intent) && NON_REQUESTS.has(best.intent))
    return best.score >= DECISION.helpOverNothing
      ? best
      : { intent: ruled.intent, score: Math.max(ruledScore.score, 0.7) };
  // A confident read of the rules ("who owns ml-ops these days") stands against a classifier that
  // gives "no request" little more than even odds (reads do nothing). Train/dev exact: 6503/1366 without,
  // 6503/1368 below 0.5, 6503/1366 below 0.6, 6501/1365 below 0.7, 6498/1361 below 0.8 (round four);
  // round seven, 8112/1733 below 0.5 and below 0.55, where "quelles clés a le team payroll?" (0.504)
  // stays the details it asks for. Round ten measured it out of fold: 0.4 (DECISION.readHolds).
  // (Nor against one that is not sure of it when the text opens with a command to read: "can you list
  // the units? I'm new in the platform team", "list every key, need to see what's exposed".)
  // Likewise a confident help reading ("who may see the list of teams?" asks who may, not for the list)
  // against a read the classifier gives little more than even odds: either only answers.
  if (ruled.intent === 'help' && READS.has(best.intent) && best.score < DECISION.readOverHelp)
    return { intent: 'help', score: Math.max(ruledScore.score, 0.5) };
  if (!ACTING.has(ruled.intent) && !NON_REQUESTS.has(ruled.intent) && NON_REQUESTS.has(best.intent))
    if (
      best.score < (best.intent === 'help' ? DECISION.readHoldsHelp : DECISION.readHolds) ||
      (best.score < DECISION.sureOther && readCommand()) ||
      readAfterStory()
    )
      return { intent: ruled.intent, score: Math.max(ruledScore.score, 0.5) };
  if (
    ACTING.has(ruled.intent) &&
    NON_REQUESTS.has(best.intent) &&
    ruledScore.score >= DECISION.holdMin &&
    requestForm() &&
    !(best.score >= DECISION.sureOther && asks())
  )
    return ruledScore;
  // A question that names one of our commands ("is rotation instant?"), which the classifier finds
  // no request, is about the bot when help is all but as likely as nothing: help, which only answers.
  // (Round seven: train/dev exact 9060/1936 with it at 0.05, 0.1 or 0.2 and without; it keeps two
  // unit sentences help that the grown corpus's retrain left at a tie, 0.464 each. Round eight's
  // corpus: train/dev exact 9996/2130 at 0.1 and at 0.2; at 0.2 "is rotation instant?" (help 0.357 to
  // nothing 0.472) stays help; see DECISION.helpMargin for round ten.)
  if (ACTING.has(ruled.intent) && best.intent === 'unknown' && asks()) {
    const help = scoreOf('help');
    if (help >= best.score - DECISION.helpMargin) return { intent: 'help', score: help };
  }
  return best;
}

/**
 * A history request names an owner only as the one credentials were issued to (owner.ts): "hist
 * @ana" and "history of approvals for @ana" ask for whose actions, as history-filters.ts reads them.
 */
function readMessage(p: Prepared, more: ParseResult[], use: IntentReader): ParseResult {
  const decided = readMessageAs(p, more, use);
  // (dev26b: a negation leaving only its reason, advice not to paste a secret: negatedOnlyTold.)
  const told = lastTrace === null ? null : negatedOnlyTold(p, lastTrace.ruled);
  if (told !== null) return told;
  // (The rules' reading and the classifier's scores of this message, as readMessageAs left them.)
  const read = kindsWeighed(unitKindAsked(decided, p.text, lastTrace), p);
  if (read.intent !== 'history') return read;
  // ("which tokens did <@U…> get?": the one they were issued to, owner.ts tokensHolder.)
  if (read.owner === null) {
    const holder = tokensHolder(p.text, p.emails, p.mentions);
    return holder === null ? read : { ...read, owner: holder };
  }
  return { ...read, owner: historyOwner(p.text, read.owner) };
}

/**
 * (reads26) "should I commit the key in our git repo?" is help (keeping a key safe); "what's on test-infra-team
 * right now" the unit's details; "what was deleted last week?" the record of changes. Read after the
 * classifier (see readMessageAs); none of them acts.
 */
function mendedRead(
  p: Prepared,
  ruled: ParseResult,
  top: Scored,
  scored: Scored[],
  reading: (intent: IntentName, confidence: number) => ParseResult,
): ParseResult | null {
  if (CUT_REASONS.has(ruled.reason)) return null;
  if (top.intent !== 'help' && committedToRepo(p.text)) {
    const help = reading('help', Math.max(scoreOf(scored, 'help'), 0.7));
    return decide({ ...help, reason: `${help.reason}; asks whether a key is kept safely` }, p.text);
  }
  // (post40b: "what's on the line-4 unit? it keeps jamming": a machine's trouble, no unit's details.)
  if (
    top.intent === 'details' &&
    ruled.intent === 'unknown' &&
    WHATS_ON_HEAD.test(p.text) &&
    whatsOnTrouble(`${p.text} ${p.story ?? ''}`)
  )
    return decide(
      { ...ruled, intent: 'unknown', confidence: 0.8, reason: 'a machine or place in trouble' },
      p.text,
    );
  // (post40b: "what's on the reefer-watch unit? rotate its key after": the change asked after it, asked about.)
  if (
    top.intent === 'details' &&
    ACTING.has(ruled.intent) &&
    WHATS_ON_HEAD.test(p.text) &&
    whatsOnThenChange(p.text)
  ) {
    const change = reading(ruled.intent, Math.min(Math.max(scoreOf(scored, ruled.intent), 0.5), 0.6));
    return decide({ ...change, reason: `${change.reason}; a change asked after what is on it` }, p.text);
  }
  if (top.intent !== 'details' && p.text.includes(' on ') && WHATS_ON_HEAD.test(p.text)) {
    const details = reading('details', Math.max(scoreOf(scored, 'details'), 0.7));
    if (whatsOnUnit(p.text, details.businessUnit))
      return decide({ ...details, reason: `${details.reason}; asks what a unit holds now` }, p.text);
  }
  // known27: "recsys?": one word of no tag of ours, asked, which the classifier reads as a unit's details: the word
  // is the unit (README corpus note: a bare unit name asks for details). Only where the classifier reads details:
  // no word list tells "kyc?" from "smh?".
  if (top.intent === 'details' && ruled.businessUnit === null && p.text.endsWith('?')) {
    const word = LONE_WORD_ASKED.exec(p.text)?.[1];
    const unit =
      word !== undefined && LEXICON[word] === undefined && isNameWord(word)
        ? normalizeBusinessUnit(word)
        : null;
    if (unit !== null)
      return decide(
        {
          ...reading('details', top.score),
          businessUnit: unit,
          reason: `${ruled.reason}; a unit's name asked alone`,
        },
        p.text,
      );
  }
  return null;
}
/** One word and question marks, nothing else ("recsys?"). */
const LONE_WORD_ASKED = /^[\s*_`]*([a-z][a-z0-9_]{1,30})[\s*_`]*\?+\s*$/;
/**
 * (train27i) "do I need to be on the VPN for the token to work?", "should I be logged into okta for the key
 * to work?": what one of our credentials needs to work, asked, is a question on using it (help), whether
 * the classifier reads a token or nothing; the credential is the subject of "to work", no object asked for.
 */
function credentialNeedsAsked(
  p: Prepared,
  ruled: ParseResult,
  top: Scored,
  scored: Scored[],
  reading: (intent: IntentName, confidence: number) => ParseResult,
): ParseResult | null {
  if (
    (ruled.intent !== 'token' && ruled.intent !== 'create_key' && ruled.intent !== 'help') ||
    top.intent === 'help' ||
    !p.text.includes('?') ||
    !p.text.includes(' to ') ||
    !CREDENTIAL_TO_WORK.test(p.text)
  )
    return null;
  const help = reading('help', Math.max(scoreOf(scored, 'help'), 0.7));
  return decide({ ...help, reason: `${help.reason}; asks what a credential needs to work` }, p.text);
}
/** One of our credentials as the subject of "to work": "for the token to work", "for my api key to work". */
const CREDENTIAL_TO_WORK =
  /\bfor\s+(?:the|my|our|a|an|this|that|your|ur)\s+(?:[a-z_]+\s+)?(?:tokens?|keys?|api_keys?|access_keys?|creds|credentials?)\s+to\s+(?:work|connect|authenticate)\b/;
/** Cheap gate for whatsOnUnit: the message opens by asking what is on something. */
const WHATS_ON_HEAD = /^\W*(?:(?:hey|hi|so|ok|and)\W+)?(?:what|wat|wht|whta)/;

/**
 * notours24: "generate new TT&C crypto keys for SAT-06 before launch": the rules' action on another system's
 * key (mood.ts foreignKindOfKey), which the classifier reads as a read of the unit, is about neither.
 */
/**
 * fix54c (tuned-marketplace): a platform user's own keys, read or changed, "what's the rate limit on api keys for
 * sellers on the public API?", "revoke the seller's API key? they got hacked": the platform's, not ours (mood.ts
 * usersKey). Null when the text names none.
 */
function usersKeyRead(p: Prepared, ruled: ParseResult): ParseResult | null {
  return p.text.includes('key') && usersKey(p.text)
    ? decide({ ...ruled, intent: 'unknown', confidence: 0.8, reason: 'about something not ours' }, p.text)
    : null;
}

function foreignKeyRead(p: Prepared, top: Scored, ruled: ParseResult): ParseResult | null {
  return READS.has(top.intent) && ACTING.has(ruled.intent) && foreignKindOfKey(p.text)
    ? decide({ ...ruled, intent: 'unknown', confidence: 0.8, reason: 'about something not ours' }, p.text)
    : null;
}

/**
 * dev26b: a negation that leaves only the reason told ("don't create a key for reporting, the job is being
 * retired": what is left is a statement whose verb is the story's, no value or unit stated; "no token pls, a
 * real key for ingest-worker" names what is meant), or advice not to show
 * a secret with no other ask ("don't paste your token in here pls, DM it if you must"): nothing is asked.
 * Read after the classifier's features (intentFeatures reads the rules' readRequest alone), so the trained
 * model's inputs are as they were.
 */
function negatedOnlyTold(p: Prepared, ruled: ParseResult): ParseResult | null {
  if (!ACTING.has(ruled.intent) || ruled.ttlSeconds !== null || ruled.expiryDays !== null) return null;
  if (p.durations.length > 0 || !/n['’]?t\b|\bno\b|\bnever\b/.test(p.text)) return null;
  const told =
    (ruled.reason.endsWith('after a negation') &&
      ruled.businessUnit === null &&
      !saidInstead(ruled) &&
      moodOf(unnegated(p)) === 'statement') ||
    (SECRET_SHOWING_NEGATED.test(p.text) && !OTHER_ASK.test(p.text.replace(SECRET_SHOWING_NEGATED, ' ')));
  return told
    ? decide({ ...emptyParse(), intent: 'unknown', confidence: 0.9, reason: REASON_OF_CUT.negated }, p.text)
    : null;
}
/** Advice not to show a secret: "don't paste your token in here", "never post keys", "do not share the api key". */
const SECRET_SHOWING_NEGATED =
  /\b(?:don'?t|do\s+not|never)\s+(?:ever\s+)?(?:paste|post|share|commit|send)\s+(?:(?:your|ur|the|any|our|my|their)\s+)?(?:[a-z]+\s+)?(?:tokens?|keys?|creds|credentials|secrets?)\b/;
/** Anything else asked beside it. */
const OTHER_ASK =
  /\b(?:need|want|give|get|rotate|revoke|deprovision|offboard|create|issue|generate|renew|make|instead|just)\b/;

/** The last text foreignObject read here, and what it found (foreignObjectOf); null when none is kept. */
let foreignText: string | null = null;
let foreignFound = false;

/**
 * speed42c: foreignObject (mood.ts) of a text, kept for the same text: one reading of a message asks it of the same
 * prepared text up to five times (the holds, the mood, the choice of intent), and it ran 2.5% of a parse. It reads
 * only the text and the module state of the place readers (regions.ts typedOnly), which changes only around
 * namesOnlyAsTyped; the kept answer is forgotten there (forgettingForeign), so it is always the answer of a call.
 */
function foreignObjectOf(text: string): boolean {
  if (text !== foreignText) {
    // (Round sixty: an account of another system said to be lacking is why, not what, is asked: account-lacked.ts.)
    foreignFound = foreignObject(withoutAccountLacked(text));
    foreignText = text;
  }
  return foreignFound;
}

/** Runs `read` with no answer of foreignObjectOf kept before or after it (the place readers' state changes there). */
function forgettingForeign<T>(read: () => T): T {
  foreignText = null;
  try {
    return read();
  } finally {
    foreignText = null;
  }
}

/**
 * The mood of the message the classifier reads as `top`: an instruction when it reads no action, or a change said
 * instead of a negated one (fix40g: "don't revoke it, a rotation will do" asks for the rotation) or set against one by
 * its noun (fix43b: "route-planner: a rotation, not a revoke"); about something
 * not ours when its object is not ours; else its form (mood.ts).
 */
function moodOfAction(p: Prepared, ruled: ParseResult, top: Scored): string {
  if (
    !ACTING.has(top.intent) ||
    ((saidInstead(ruled) || nounContrasted(p, ruled)) &&
      top.intent === ruled.intent &&
      !foreignObjectOf(p.text))
  )
    return 'instruction';
  return foreignObjectOf(objectOf(p, ruled)) ||
    (!namesOurObject(p, top.intent, ruled.businessUnit) && !saidInstead(ruled))
    ? 'about something not ours'
    : requestMood(p);
}

/**
 * fix58 acts: a token asked for by telling who allowed it and asking whether that is alright ("my manager Arjun said I
 * can have token for 2 hour for the rider experiment. Is ok?", permission-told.ts): the token with its lifetime,
 * whatever the classifier and the question's form make of it (help); at even odds, so it is asked about first.
 */
function permittedTokenRead(p: Prepared, ruled: ParseResult): ParseResult | null {
  if (ruled.intent !== 'token') return null;
  const text = p.story === undefined ? p.text : `${p.story} ${p.text}`;
  if (!permittedTokenAsked(text) || foreignObjectOf(p.text)) return null;
  // (The rules may leave the lifetime out of a question, "… token for 2 hour … Is ok?": lifted again, as asked for.)
  const token = onlySlotsOf(ruled.ttlSeconds === null ? withSlots(p, ruled) : ruled);
  if (token.ttlSeconds === null) return null;
  return decide(
    { ...token, confidence: 0.5, reason: `${ruled.reason}; a token one was allowed, asked for` },
    p.text,
  );
}

/** The readings settled before the classifier: a credential said not needed, a user's own key, a token allowed. */
function readBeforeClassifier(p: Prepared, ruled: ParseResult): ParseResult | null {
  return credentialNotAsked(p.text, ruled) ?? usersKeyRead(p, ruled) ?? permittedTokenRead(p, ruled);
}

function readMessageAs(p: Prepared, more: ParseResult[], use: IntentReader): ParseResult {
  lastTrace = null;
  const ruled = readRequest(p);
  // Nothing at all (a bare mention of the bot, "/bedrock") asks for help; emoji or noise ask nothing.
  if (ruled.reason === 'empty text')
    return decide(
      p.blank ? { ...ruled, confidence: 1 } : { ...ruled, intent: 'unknown', confidence: 0.9 },
      p.text,
    );
  // round forty-two: a credential said not to be needed in another language, read in its English gloss ("токен не
  // нужен", "token nie jest potrzebny": "token not needed"; declined-credential.ts), as notLiveRequest reads the
  // English one in the text as written.
  const notAsked = readBeforeClassifier(p, ruled);
  if (notAsked !== null) return notAsked;
  const scored = use === 'rules' ? [] : classifiedScores(p, ruled, use);
  lastTrace = { ruled, scored };
  const chosenTop =
    heldByRules(p, ruled, use, scored) ??
    chooseIntent(
      ruled,
      scored,
      use,
      () => (moodOf(p.text) === 'instruction' || ownNeedOfOurs(p.text, p.story)) && !foreignObjectOf(p.text),
      () => p.text.includes('?') || questionAboutUs(p.text),
      () => readCommandAsked(p.text, ruled),
      () => readClauseAfterStory(p.text, ruled),
    );
  const top = aboutUs(chosenTop, ruled, p);
  // "how do i rotate a video on my phone", "does anyone know how to export the Salesforce access
  // list?": a how-to question about something not ours, or put to the people in the channel.
  if (top?.intent === 'help' && !NON_REQUEST_HELP.has(ruled.reason) && notForOurHelp(p.text))
    return decide(
      { ...ruled, intent: 'unknown', confidence: 0.8, reason: 'a question not about the bot' },
      p.text,
    );
  // "in the demo i will show how to revoke a key", "when the contractor leaves we'll need to revoke
  // their key": a remark about one of our actions, neither asked nor an instruction, is no question.
  if (
    top?.intent === 'help' &&
    ACTING.has(ruled.intent) &&
    !p.text.includes('?') &&
    !(p.story ?? '').includes('?') &&
    !QUESTION_OPENING.test(withoutGreeting(p.text)) &&
    !((p.text.includes('start') || p.text.includes('begin')) && WHERE_TO_START.test(p.text)) &&
    statementNotDue(p.text)
  )
    return decide(
      { ...ruled, intent: 'unknown', confidence: 0.7, reason: 'a remark about an action' },
      p.text,
    );
  if (top === undefined) {
    // The classifier has nothing to say: the rules' reading, asked about, unless it is not about ours.
    if (
      ACTING.has(ruled.intent) &&
      (foreignObjectOf(objectOf(p, ruled)) || !namesOurObject(p, ruled.intent, ruled.businessUnit))
    )
      return decide(
        { ...ruled, intent: 'unknown', confidence: 0.8, reason: 'about something not ours' },
        p.text,
      );
    return decide({ ...onlySlotsOf(ruled), confidence: 0.5 }, p.text, more);
  }
  const others = scored.slice(1, 3).filter((s) => s.score >= 0.15);
  /**
   * A reading of the text as one intent: the slots that intent can state (a token has no business
   * unit; a unit named in "token for marketing" would be a key request, which is another reading).
   */
  const reading = (intent: IntentName, confidence: number): ParseResult => {
    const reason = intent === ruled.intent ? ruled.reason : `${ruled.reason}; classifier: ${intent}`;
    const filled = intent === ruled.intent ? ruled : withSlots(p, { ...ruled, intent, confidence, reason });
    const keep = SLOTS_OF[intent];
    const out: ParseResult = { ...emptyParse(), intent, confidence, reason, longTerm: ruled.longTerm };
    const slots = out as unknown as Record<string, unknown>;
    for (const k of keep) slots[k] = filled[k];
    // A list names an owner only as the owner of what it lists ("list keys owned by @ana"), not as
    // whom the list is sent to ("list all units, send it to bob@…").
    // ("list units for bob@…", "what units has <@U…> got?": whose units are listed, owner.ts unitsHolder.)
    if (intent === 'list' && out.owner !== null && !p.text.includes('own'))
      out.owner = unitsHolder(p.text, p.emails, p.mentions);
    // "my units", "the units I own": the person asking is the owner whose units are listed.
    else if (intent === 'list' && out.owner === null)
      out.owner = asksOwnUnitsOf(p) ? 'me' : unitsHolder(p.text, p.emails, p.mentions);
    out.all = allOf(intent, p);
    const problems = filled.problems?.filter((x) => (keep as string[]).includes(x.slot));
    return problems && problems.length > 0 ? { ...out, problems } : out;
  };
  // A negated, withdrawn or reported request stays unknown whatever the classifier says.
  if (CUT_REASONS.has(ruled.reason))
    return decide({ ...ruled, confidence: Math.max(top.score, 0.9) }, p.text);
  const early = layAsked(ruled, top, p.text, scored, reading) ?? toldOrHedged(ruled, top, p, scored, reading);
  if (early !== null) return early;
  // "OKR: rotate 100% of long-lived keys by Q3", "revoke, rotate, repeat. the security team's motto",
  // "the auditor wants us to rotate keys every 90 days": a goal, a saying or a rule, not an order
  // (its story sentence counts: the motto is named there).
  if (
    (ACTING.has(top.intent) || ACTING.has(ruled.intent)) &&
    !p.text.includes('?') &&
    (isSaying(p.text) || (p.story !== undefined && isSaying(p.story))) &&
    // ("… get the doc-intel pipeline into production by Q2. … token for 2h.": a goal told before a
    // request in a sentence of its own does not make the request a goal.)
    !(ACTING.has(ruled.intent) && askedAfterSaying(p.text)) &&
    !dueNow(p)
  )
    return decide({ ...ruled, intent: 'unknown', confidence: 0.8, reason: 'a saying, goal or rule' }, p.text);
  // "what would happen if we deprovision marketing?": a supposition about one of our actions, put as
  // a question, is for help, whether the classifier reads it as that action or as chit-chat.
  if (
    (ACTING.has(top.intent) || ACTING.has(ruled.intent)) &&
    !(top.intent === 'unknown' && top.score >= DECISION.supposedUnless) &&
    SUPPOSED.test(p.text) &&
    moodOf(unnegated(p)) === 'hypothetical' &&
    !notForOurHelp(p.text) &&
    !(top !== undefined && ACTING.has(top.intent) && toldRequest(top, p.text))
  ) {
    const help = reading('help', Math.max(scoreOf(scored, 'help'), 0.7));
    return decide({ ...help, reason: `${help.reason}; a supposition asked about` }, p.text);
  }
  // "rotate or revoke? it was only in a private repo", "`rotate --help`, does it keep the old key?":
  // two commands weighed in a question, or one with a help flag, ask about the commands; neither is
  // carried out, however sure the classifier is (out of fold both were acted on at 0.9 and more).
  if ((ACTING.has(top.intent) || ACTING.has(ruled.intent)) && asksAboutCommands(p.text)) {
    const help = reading('help', Math.max(scoreOf(scored, 'help'), 0.7));
    return decide({ ...help, reason: `${help.reason}; asks about the commands` }, p.text);
  }
  // The classifier alone never makes an action: a reading the rules did not find is asked about.
  // Nor does a reading the rules only guessed at ('low' from the rules caps the confidence), nor a
  // message that is no instruction in form: a question, a supposition, a story, a remark (mood.ts).
  const mood = moodOfAction(p, ruled, top);
  // "man, what a week", "could I get a token in Jakarta if I wanted to?": an action that is no
  // instruction in form and that the classifier doubts (below CONFIDENT) is no request to act on:
  // whichever of help and nothing the classifier finds likelier.
  // (Not when the text asks for it in so many words and the rules read the same action: "our
  // director told us to get a key for claims-triage" is asked about.)
  // (A need of ours stated now, "we have to replace the ledger key today", is a request in form, asked
  // about first at the odds needHeld gives it: mood.ts ownNeedOfOurs.)
  const statedNeedOfOurs = mood === 'statement' && needOrLeakOfOurs(p, top, ruled, use);
  if (ACTING.has(top.intent) && mood !== 'instruction' && !statedNeedOfOurs && doubtedAction(p, top, ruled)) {
    const intent = helpOrNothing(mood, p, scored);
    const non = reading(intent, Math.max(scoreOf(scored, intent), 0.5));
    return decide({ ...non, reason: `${non.reason}; ${mood}, and doubted` }, p.text);
  }
  // "my token keeps saying expired, what could be wrong?", "is a token for 12h too long for the eval?":
  // a question about handling a credential, not a request for one, is help.
  // With a business unit named, such a question asks what the unit has ("do we have a key for
  // billing-service?", "what's set up for checkout-api").
  if ((top.intent === 'token' || top.intent === 'create_key') && mood === 'question') {
    if (
      ruled.businessUnit !== null &&
      /^\s*(?:what|what's|whats|which|anything|do|does|is|are|has|have)\b/.test(p.text)
    ) {
      const details = reading('details', Math.max(scoreOf(scored, 'details'), 0.7));
      return decide({ ...details, reason: `${details.reason}; asks what a unit has` }, p.text);
    }
    // ("half an hour token for me?", "hand me a token for 2 hours?": a request put as a question,
    // which the classifier is sure of, is asked about with buttons; on train and dev every question
    // this turned into help at CONFIDENT or more was such a request, 9 of 9.)
    if (questionAboutUs(p.text) && top.score < CONFIDENT) {
      const help = reading('help', Math.max(scoreOf(scored, 'help'), 0.7));
      return decide({ ...help, reason: `${help.reason}; a question about credentials` }, p.text);
    }
  }
  // "rotate the screen pls", "gpg key expired again", "IT will deprovision my old laptop": our verbs
  // on things that are not ours ask nothing of this bot (measured on dev: 86.5% -> 87.2% exact).
  if (mood === 'about something not ours')
    return decide(
      { ...ruled, intent: 'unknown', confidence: 0.8, reason: 'about something not ours' },
      p.text,
    );
  // "rotating the sales key now, brb", "we revoked it yesterday": a story of what was done asks nothing.
  // (A request told as a story, "my manager asked me to request a key for finance-close", which the
  // classifier is sure of and which asks in so many words, is asked about instead: 5 of 5 on train.)
  if (mood === 'narrative' && !toldRequest(top, p.text) && !needHeldAfterDone(top, p))
    return decide({ ...ruled, intent: 'unknown', confidence: 0.8, reason: 'tells what was done' }, p.text);
  // ("the payments key was exposed, rotation done": a leak told of as dealt with asks for nothing.)
  if (mood === 'statement' && (laterRemarkTold(p, top) || leakToldDealtWith(p.text)))
    return decide(
      { ...ruled, intent: 'unknown', confidence: 0.7, reason: 'a remark about an action' },
      p.text,
    );
  // "is decom reversible?", "what happens to running jobs when you rotate?", "does revoking break
  // the pipeline?": a question about how a change works (no "can we …", which may ask for it) is help.
  if (
    mood === 'question' &&
    HOW_THINGS_ARE.test(withoutGreeting(p.text)) &&
    !notForOurHelp(p.text) &&
    !askedAfterAll(top, p, ruled)
  ) {
    const help = reading('help', Math.max(scoreOf(scored, 'help'), 0.7));
    return decide({ ...help, reason: `${help.reason}; asks how it works` }, p.text);
  }
  if (putOffNow(mood, p.text)) return putOffToATalk(ruled, p.text);
  // Every check but the classifier's probability: the form, and agreement with the rules.
  const evidence =
    mood === 'instruction' &&
    top.intent === ruled.intent &&
    ruled.confidence >= CONFIDENT &&
    !alwaysAsked(top.intent, p.text);
  lastDecision = { intent: top.intent, score: top.score, evidence };
  const score =
    ACTING.has(top.intent) && (!evidence || top.score < SURE_ACTION) ? Math.min(top.score, 0.6) : top.score;
  const chosen = reading(top.intent, score);
  if (mood !== 'instruction') chosen.reason = `${chosen.reason}; ${mood}, not an instruction`;
  return decide(chosen, p.text, withOthers(chosen, more, others, reading));
}

/**
 * (round twenty-six) "not sure if we need a key at all for the demo or if a token would do — let's talk it over": a
 * choice weighed and put off to a talk asks nothing yet (read so only by the classifier's margin before).
 */
const talkedOverLater = (text: string): boolean => text.includes('sure') && TALKED_OVER_LATER.test(text);
/**
 * fix40f, tuned-styles-northern: also a need hedged on a condition yet to come, "if we get the Volvo contract maybe we
 * need a key for it" (dropped-plan.ts's needMayCome): nothing asked yet. (fix59-quiet: a need told in the future after its
 * condition, "if the ministry signs, we'll need an api key for gov-portal sometime in Q1", reads as an instruction:
 * needWillCome is read whatever the mood.)
 */
const putOff = (text: string): boolean => talkedOverLater(text) || needMayCome(text);
const putOffNow = (mood: string, text: string): boolean =>
  (mood === 'hypothetical' && putOff(text)) || needWillCome(text);
const putOffToATalk = (ruled: ParseResult, text: string): ParseResult =>
  decide(
    {
      ...ruled,
      intent: 'unknown',
      confidence: 0.7,
      reason: talkedOverLater(text) ? 'a choice to be talked over' : 'a need that may come',
    },
    text,
  );
/**
 * Requests never done without asking: "cancel the marketing key" may withdraw a request as well as revoke a key.
 * (A request left to another, "revoke the ads key? unsure, ask the data owner", is taken back by withdrawal.ts's
 * TAKE_BACK: known27 removed the twin that stood here.)
 */
const alwaysAsked = (intent: IntentName, text: string): boolean =>
  intent === 'revoke' && CANCEL_ONLY.test(text);
/** Unsure whether, then a talk proposed: "not sure if we need X or Y — let's talk it over at the catch-up". */
const TALKED_OVER_LATER =
  /\b(?:not\s+sure|unsure)\s+(?:if|whether)\b[^.!?\n]{0,160}\blet'?s\s+(?:talk|discuss|chat|decide|sync|figure)\b/;

/**
 * The readings decide offers beside the chosen one: those given, and the classifier's next ones.
 * (decide keeps none for help or nothing: then the next ones are not read.)
 */
function withOthers(
  chosen: ParseResult,
  more: ParseResult[],
  others: Scored[],
  reading: (intent: IntentName, confidence: number) => ParseResult,
): ParseResult[] {
  // (concat, not spread: an empty list and a list of readings are arrays of two kinds, and spreading
  // both at one place threw away readMessage's optimised code twice while the parser warmed up.)
  return NON_REQUESTS.has(chosen.intent) ? more : more.concat(others.map((o) => reading(o.intent, o.score)));
}

/**
 * The kinds the rules' reading holds for, in the order they are tried (the first that holds decides). The functions
 * are kinds read in full below; the rest are the entries above.
 */
const HOLDS: readonly (Hold | HoldRead)[] = [
  RELAYED,
  ANY_WAY,
  OWN_NEED,
  OWN_NEED_DEPROVISION,
  OWN_MACHINE_TOKEN,
  HOW_MANY_ALLOWED,
  REGIONS_OFFERED,
  WHO_RUNS,
  UNIT_NEEDS_KEY,
  KEY_NEEDS_CHANGE,
  ({ p, ruled, top }) => laterHeld(p, ruled, disagrees(top, ruled)),
  ({ p, ruled, top }) => tokenOnSignOffHeld(p, ruled, disagrees(top, ruled)),
  ({ p, ruled, top }) =>
    deadlineAskedHeld(p, ruled, !(top?.intent === ruled.intent && top.score >= CONFIDENT)),
  ({ p, ruled }) => detailsHeld(p, ruled),
  LEAK_REPORTED,
  TOKEN_FIRST,
  VALUE_LINES,
  KIND_CHOSEN,
  OWN_LEAK_END,
  NEED_AFTER_DONE,
  LIST_THEM_ASKED,
  ({ p, ruled, scored }) => askedOfYouHeld(p, ruled, scored),
  ASKED_IN_WORDS,
  COMMAND_TAIL,
  YOU_ASKED_CHANGE,
  REQUEST_CHOSEN,
  CHANGE_ON_ANSWER,
  REMOVAL_REASON,
  UNIT_CORRECTED,
  ({ p, ruled, scored }) => askedAfterQuestionHeld(p, ruled, scored),
  ({ p, ruled, scored }) => clauseAskHeld(p, ruled, scored),
  BOUND_BESIDE_TOKEN,
  EVERYDAY,
  WHATS_ON_IDIOM,
  OWNER_CHANGE_AFTER_INFO,
  ONE_UNIT_READ,
  POLITE_UNIT_KEY,
  POLITE_KEY_CLOSED,
  PROPOSAL,
  UNIT_FIELD,
  SHORT_KEY,
  ERROR_THEN_ASKED,
  PLEASE_DO,
  SPEND_ASKED_OF_US,
  CREDENTIAL_HISTORY,
  TOKEN_PLACE_CORRECTED,
];

/**
 * The rules' reading, whatever the classifier says: a contrast after a negation, or one of the kinds in HOLDS. Only
 * a contrast, or a details or request asked first, when the rules read alone (the holds weigh the classifier).
 */
function heldByRules(p: Prepared, ruled: ParseResult, use: IntentReader, scored: Scored[]): Scored | null {
  const contrast = contrasted(p, ruled);
  if (contrast !== null) return contrast;
  if (use !== 'both') return detailsHeld(p, ruled);
  const c: HoldCase = { p, ruled, scored, top: scored[0] };
  for (const hold of HOLDS) {
    const h = typeof hold === 'function' ? hold(c) : held(hold, c);
    if (h !== null) return h;
  }
  return null;
}

/**
 * The credential named in what follows a question ("ok token then, 8h"): a need told without it ("training job
 * ~20h") tells why the question is asked.
 */
const CREDENTIAL_NAMED = /\b(?:tok(?:en|n)?s?|tkn|keys?|api_key|creds?|credentials?)\b/;
/** A fallback opening the request after a question: "if not", "otherwise", "failing that", "if nobody can". */
const FALLBACK_OPENING =
  /^[\s,.!—–-]*(?:if\s+not|if\s+no(?:t|body|one|\s+one)(?:\s+(?:can|does|has))?|otherwise|else|or\s+else|failing\s+that)\b[\s,]*/;
/** Why the question is asked: "asking before we offboard a squad", "because the job runs 20h". */
const WHY_ASKED =
  /^[\s,.!—–-]*(?:asking|because|coz|cause|since|as|for|so\s+that|just\s+(?:asking|curious|checking))\b/;

/**
 * Round thirty-one: a question put first, then a request in a sentence of its own that the classifier, reading it
 * alone, takes for the rules' action ("token or key? never mind, token for 3h", "token or key for the tablets? ok
 * token then, 8h"): the rules' action, whatever the classifier makes of the question before it (help), at the odds
 * of the request read alone; a question first is no instruction, so it is asked about. (The question alone, or a need that tells why it is asked, "is there a maximum? we
 * need 16h for the export", is help: whether-possible.ts reads it after.)
 */
function askedAfterQuestionHeld(p: Prepared, ruled: ParseResult, scored: Scored[]): Scored | null {
  if (!ACTING.has(ruled.intent) || ruled.confidence < CONFIDENT) return null;
  const top = scored[0];
  // (speed42c: the cheap tests first; foreignObject, which only ever returns null here, after them.)
  if (top === undefined) return null;
  if (!NON_REQUESTS.has(top.intent) && !(top.intent === ruled.intent && top.score < CONFIDENT)) return null;
  const q = /\?+/.exec(p.text);
  if (q === null) return null;
  const rest = p.text.slice(q.index + q[0].length);
  if (!CREDENTIAL_NAMED.test(rest) || WHY_ASKED.test(rest) || foreignObjectOf(p.text)) return null;
  // (post39c: a fallback opening the request, "can anyone share their token? if not I need a token", is no doubt of it:
  // read without it, as round thirty-nine's retrain reads "if not" as a condition.)
  const alone = classifyPrepared(withoutGreeting(rest.replace(FALLBACK_OPENING, '')), [
    `rule=${ruled.intent}`,
  ])[0];
  // (At the odds of the request read alone: a question first is no doubt of what follows it.)
  return alone?.intent === ruled.intent && alone.score >= CONFIDENT
    ? { intent: ruled.intent, score: alone.score }
    : null;
}

/**
 * Round thirty-one: one of our changes asked of "you" ("can you revoke the staging key?", "could you rotate the
 * lab-bookings key? I'm off tomorrow", asked-of-you.ts), no person asked in it: the rules' change, whatever the
 * classifier makes of the question (trained on the tuned files, it reads the form as put to a colleague mentioned
 * first, a mention it never sees); at even odds, so it is asked about. Only what the bot can act on: a token, or a
 * unit or key named ("could you please rotate the keys for me?" may be asked of anyone), and not on a condition
 * ("can you rotate ci-pipeline after the freeze?" is for a person who will be there then).
 */
function askedOfYouHeld(p: Prepared, ruled: ParseResult, scored: Scored[]): Scored | null {
  const top = scored[0];
  if (!ACTING.has(ruled.intent) || ruled.confidence < CONFIDENT || top === undefined) return null;
  if (ruled.intent !== 'token' && ruled.businessUnit === null && ruled.keyId === null) return null;
  // (The whole message that one change, "can you rotate the ads key?", "rotate growth, cc <@U…>": the rules
  // read all of it, and the classifier's doubt comes from the form alone; sure, as it was before the retrain.)
  const leans = top.intent === ruled.intent && top.score >= CONFIDENT && top.score < SURE_ACTION;
  // (speed42c: every answer below needs the classifier's nothing or its lean: else null, without the dearer tests.)
  if (top.intent !== 'unknown' && !leans) return null;
  if (waitsForLater(p.text) || foreignObjectOf(p.text)) return null;
  // (The writer's whereabouts told after it, "… key? I'm on the ferry", cut as story, ask nothing of their own.)
  const asked = p.story !== undefined && awayAside(p.story) ? p.text.replace(/[\s,;:—–-]+$/, '') : p.text;
  if ((top.intent === 'unknown' || leans) && plainChangeAsked(asked, leans))
    return { intent: ruled.intent, score: SURE_ACTION };
  // (Round thirty-four: a need told, then "can you make one for him?"; the writer's wish "I'd like the growth key
  // rotated please": the classifier leans to the rules' change.)
  if (leans && (needMetAskedOfYou(p.text) || changeWished(p.text)))
    return { intent: ruled.intent, score: SURE_ACTION };
  return top.intent === 'unknown' && changeAskedOfYou(p.text)
    ? { intent: ruled.intent, score: Math.max(scoreOf(scored, ruled.intent), 0.5) }
    : null;
}

/** Where a clause ends: a comma, semicolon or sentence mark, a dash between spaces, an emoji or its :code:. */
const CLAUSE_END = /\s*(?:[,;.!?]+\s+|\s[—–-]\s|\s*(?:\p{Extended_Pictographic}|:[a-z_]+:)\s*)/u;
/**
 * Words in any clause (or in the story sentences left out of the text) that may hold, take back or doubt the request (a no, a skip, a wait, a plan for later), or
 * another's thing it acts on ("rotate crews accordingly", "can you revoke your key for the wombats? you're the
 * owner", to a colleague whose mention was taken off): then the classifier's nothing may be right.
 */
const ASIDE_HOLDS =
  /\b(?:not|never|no|don'?t|didn'?t|doesn'?t|isn'?t|won'?t|skip\w*|hold|wait\w*|later|cancel\w*|ignore|scratch|forget|for\s+now|maybe|crews?|shifts?|rota|your|you'?re|herself|himself|themselves|themself)\b|n't\b/;
/** "the old key is not worth fixing, create a new key for x": the old one given up, no take-back of the new. */
const OLD_NOT_WORTH =
  /\b(?:the\s+|my\s+|our\s+)?old\s+(?:one|key|token|creds)\s+(?:is|'s)\s+not\s+worth\s+[a-z]+ing\b/g;
/** "if not, please rotate …": the request on a condition (asked, at even odds), no take-back. */
const IF_NOT = /\bif\s+not\b/g;
/** A clause put to the bot as a question: "could you make one for growth-eu too?". */
const PUT_TO_BOT = /^\W*(?:can|could|would|will)\s+(?:you|u)\s/;
/** Set while the clauses of a message are read on their own (clauseAskHeld), so that none is split again. */
let inClauseRead = false;

/**
 * fix31a2: "rotate the billing key now, anyone know if finance was told?", "the brochure was sent to the press, new
 * key for growth please", "the key for growth works great 🎉 could you make one for growth-eu too?": a request in a
 * clause of its own, beside an aside to the channel or a story. The rules, which weigh the whole message (its
 * put-offs, conditions, take-backs, reports), are sure of the request; the classifier, reading the aside's words, finds
 * nothing or help. When one clause read on its own asks the same (the same intent, no other unit), the rules'
 * reading holds, at even odds: an action is asked about, never carried out as it stands; a read answers. Not where
 * the rules doubt the request ("make sure we rotate the ads key once the migration is done", "rotate the ads key,
 * scheduled for tomorrow": below CONFIDENT), nor where no clause asks it alone ("the team offsite is cancelled"), nor a
 * message put to a person or the channel (a mention), with lines or code, or with a word that may hold the request.
 */
function clauseAskHeld(p: Prepared, ruled: ParseResult, scored: Scored[]): Scored | null {
  const top = scored[0];
  if (
    inClauseRead ||
    ruled.confidence < CONFIDENT ||
    !ACTING.has(ruled.intent) ||
    top?.intent !== 'unknown' ||
    p.mentions.length > 0 ||
    /[\n`@]/.test(p.text) ||
    ASIDE_HOLDS.test(`${p.text} ${p.story ?? ''}`.replace(IF_NOT, '').replace(OLD_NOT_WORTH, ''))
  )
    return null;
  const clauses = p.text.split(CLAUSE_END).filter((c) => /\w/.test(c));
  if (clauses.length < 2 || clauses.length > 4) return null;
  // (The message's own trace and decision, which the clauses' reading would overwrite, are kept.)
  const trace = lastTrace;
  const decision = lastDecision;
  inClauseRead = true;
  try {
    for (const clause of clauses) {
      if (moodOf(clause) !== 'instruction') continue;
      const read = parseRequestAs(clause, 'both');
      if (
        read.intent === ruled.intent &&
        (read.confidence >= CONFIDENT || (read.question !== undefined && PUT_TO_BOT.test(clause))) &&
        (read.businessUnit === null ||
          ruled.businessUnit === null ||
          read.businessUnit === ruled.businessUnit)
      )
        return { intent: ruled.intent, score: 0.5 };
    }
  } finally {
    inClauseRead = false;
    lastTrace = trace;
    lastDecision = decision;
  }
  return null;
}

/** dev26a: a need after "so" that the rules hold ("we revoked the old one so log-triage needs a fresh key"). */
function needHeldAfterDone(top: Scored, p: Prepared): boolean {
  return top.intent === 'create_key' && top.score === 0.5 && needAfterDone(p.text);
}

/** A need of ours stated now (mood.ts ownNeedOfOurs), or a named unit's key reported leaked (LEAK_REPORTED). */
function needOrLeakOfOurs(p: Prepared, top: Scored, ruled: ParseResult, use: IntentReader): boolean {
  return (
    ownNeedOfOurs(p.text, p.story) ||
    (top.intent === 'rotate' &&
      use === 'both' &&
      held(LEAK_REPORTED, { p, ruled, scored: [], top: undefined }) !== null)
  );
}

/**
 * Details asked first, spend after ("details for recs-ranking, and how much did they spend last
 * month?", details-first.ts): the rules' details is the first request, whatever the classifier makes
 * of the spend words after it. Details only reads, so nothing is done on it.
 */
function detailsHeld(p: Prepared, ruled: ParseResult): Scored | null {
  // (requests25: so is a token or one unit's key change asked first, "token 2h and what did assay-qc
  // spend this month?": the rules' request, the spend offered after it.)
  return (ruled.intent === 'details' && detailsAskedFirst(p.text)) ||
    ((ruled.intent === 'token' || ruled.intent === 'rotate' || ruled.intent === 'revoke') &&
      requestAskedFirst(p.text))
    ? { intent: ruled.intent, score: Math.max(ruled.confidence, 0.5) }
    : null;
}

/** Nothing, for a read the classifier gives less than DECISION.weakRead where the rules read nothing. */
function weakRead(ruled: ParseResult, read: Scored): Scored | null {
  return ruled.intent === 'unknown' && READS.has(read.intent) && read.score < DECISION.weakRead
    ? { intent: 'unknown', score: 0.5 }
    : null;
}

/**
 * An action the classifier doubts, or whose need is doubted, not asked for in so many words (readMessageAs).
 * (A need after a sentence of doubt alone, "no idea. we need to …", is a guess, asked in words or not: mood.ts.)
 */
function doubtedAction(p: Prepared, top: Scored, ruled: ParseResult): boolean {
  // (post40b: a wish for our thing held back, "I'd like the growth key rotated. Is that the right call?", is doubted.)
  const guessed = needDoubtedBefore(p.text, p.story) || wishHeld(p);
  return (
    (top.score < DOUBTED_ACTION || doubtedNeed(p.text) || guessed) &&
    (guessed ||
      !(
        ruled.intent === top.intent &&
        ruled.confidence >= CONFIDENT &&
        // (round thirty-four: or "you" asked in another language, "¿puedes dar de baja el equipo promo-invierno?".)
        (asksInWords(p.text) || youAskedAnyLanguage(p.text))
      ))
  );
}

/**
 * A report of how a credential did (unknown) or a question about getting one hedged as curiosity or on
 * someone else's say (help): hedged.ts.
 */
function toldOrHedged(
  ruled: ParseResult,
  top: Scored,
  p: Prepared,
  scored: Scored[],
  reading: (intent: IntentName, confidence: number) => ParseResult,
): ParseResult | null {
  // (Round thirty-four: "can I get token? asking for a friend who's curious how it works": the question asks
  // whether, which the retrained classifier, reading the question alone, took for a token; token-asked-first.ts.)
  if (ACQUIRING.has(top.intent) && p.durations.length === 0 && askedOutOfCuriosity(p.text, p.story)) {
    const help = reading('help', Math.max(scoreOf(scored, 'help'), 0.7));
    return decide({ ...help, reason: `${help.reason}; asked out of curiosity` }, p.text);
  }
  // (reads26: readings mended after the classifier, help and reads only: mendedRead.)
  const mended = mendedRead(p, ruled, top, scored, reading);
  if (mended !== null) return mended;
  // (notours24: another system's key the classifier reads as a read of the unit: foreignKeyRead; train27i:
  // what one of ours needs to work, asked: credentialNeedsAsked.)
  const foreign = foreignKeyRead(p, top, ruled) ?? credentialNeedsAsked(p, ruled, top, scored, reading);
  if (foreign !== null) return foreign;
  // "just tested: a 12h token survives a whole conference day. 10/10": how a credential did, told
  // (hedged.ts), asks nothing, whatever the classifier and the rules read.
  // (The report may have been cut as story: "tried a 6h token yesterday, lasted through the demo".)
  if (
    (ACTING.has(top.intent) || ACTING.has(ruled.intent)) &&
    (reportOfUse(p.text) || (p.story !== undefined && reportOfUse(`${p.story} , ${p.text}`)))
  )
    return decide(
      { ...ruled, intent: 'unknown', confidence: 0.8, reason: 'a report of how a credential did' },
      p.text,
    );
  // "just curious, could I have a 12h token for my boss if he asked?": a question hedged as curiosity
  // or on someone else's say (hedged.ts) asks whether, not for one: help.
  if (
    (ACQUIRING.has(top.intent) || ACQUIRING.has(ruled.intent)) &&
    (SUPPOSED.test(p.text) ? hedgedQuestion(p.text) : hedgedUnmarked(p.text)) &&
    !notForOurHelp(p.text)
  ) {
    const help = reading('help', Math.max(scoreOf(scored, 'help'), 0.7));
    return decide({ ...help, reason: `${help.reason}; a hedged question` }, p.text);
  }
  // fix53e: "hypothetically, can you rotate all keys at once?", "just curious, could you revoke a key mid-job?": a change
  // asked about in theory (a question, curiosity said in so many words) asks whether it can be done: help.
  if (
    (CHANGING_IN_THEORY.has(top.intent) || CHANGING_IN_THEORY.has(ruled.intent)) &&
    p.text.includes('?') &&
    IN_THEORY_ASKED.test(p.text) &&
    !notForOurHelp(p.text)
  ) {
    const help = reading('help', Math.max(scoreOf(scored, 'help'), 0.7));
    return decide({ ...help, reason: `${help.reason}; a change asked about in theory` }, p.text);
  }
  // "just curious, can i get a token for 3h from my phone or do i need the laptop": whether, where or
  // how a request can be made (whether-possible.ts) is help.
  if ((ACTING.has(top.intent) || ACTING.has(ruled.intent)) && asksWhetherPossible(p.text)) {
    const help = reading('help', Math.max(scoreOf(scored, 'help'), 0.7));
    return decide({ ...help, reason: `${help.reason}; asks whether it can be done` }, p.text);
  }
  return null;
}

/**
 * "can I get the AI password?": a short request for a credential named only by what it is for, with
 * nothing that tells a token from a key, is asked about (a token, a key or help) however the
 * classifier leans to help (a question about it, "how long does the AI password last?", stays help).
 */
function layAsked(
  ruled: ParseResult,
  top: Scored,
  text: string,
  scored: Scored[],
  reading: (intent: IntentName, confidence: number) => ParseResult,
): ParseResult | null {
  if (ruled.reason !== LAY_CREDENTIAL_ASKED || top.intent !== 'help' || !SHORT_GET_ASKED.test(text))
    return null;
  return decide({ ...ruled, confidence: 0.5 }, text, [
    reading('create_key', scoreOf(scored, 'create_key')),
    reading('help', top.score),
  ]);
}
const SHORT_GET_ASKED =
  /^\W*(?:(?:hi|hey|hello)\W+)?(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:get|have)\b[^?]{0,30}\?\s*$/;

/**
 * Help or nothing for a doubted action, whichever the classifier finds likelier; nothing for a story
 * that asks nothing (told, with no "?" in the request or the story around it: "my token died after 2h,
 * getting 403s").
 */
function helpOrNothing(mood: string, p: Prepared, scored: Scored[]): 'help' | 'unknown' {
  const told = mood === 'narrative' && !p.text.includes('?') && !(p.story ?? '').includes('?');
  return !told && scoreOf(scored, 'help') > scoreOf(scored, 'unknown') ? 'help' : 'unknown';
}

/**
 * A question about our things that the rules and classifier take for chit-chat ("is it ok to commit
 * the key to a private repo?", "my key stopped working, what could cause that?") asks for help, unless
 * the classifier is sure it is chit-chat (DECISION.aboutUsUnless); so does how one of our commands
 * behaves ("is rotation instant?", "is offboarding permanent?"), whatever the classifier says.
 */
function aboutUs(chosen: Scored | undefined, ruled: ParseResult, p: Prepared): Scored | undefined {
  return chosen?.intent === 'unknown' &&
    !CHIT_CHAT_REASONS.has(ruled.reason) &&
    ((chosen.score < DECISION.aboutUsUnless && questionAboutUs(p.text)) || asksHowCommandWorks(p, ruled))
    ? { intent: 'help', score: 0.7 }
    : chosen;
}

/**
 * "does growth use an access key or an api key?", "is billing-api on access keys or api keys?":
 * which kind one unit has is what it has (details), not which kind to choose (help). No kind is
 * stated: both are named.
 */
function unitKindAsked(read: ParseResult, text: string, trace: Trace | null): ParseResult {
  const ruled = trace?.ruled;
  if (
    read.intent !== 'help' ||
    ruled?.businessUnit == null ||
    !text.includes(' or ') ||
    !UNIT_KIND_ASKED.test(text) ||
    !KINDS_WEIGHED.test(text)
  )
    return read;
  const scored = trace?.scored ?? [];
  return {
    ...emptyParse(),
    intent: 'details',
    businessUnit: ruled.businessUnit,
    region: ruled.region,
    confidence: Math.max(scoreOf(scored, 'details'), 0.7),
    reason: `${ruled.reason}; asks which kind a unit has`,
  };
}

/**
 * "token and api key, same thing?", "api keys / access keys - different?": two kinds of credential
 * weighed is a question about the kinds (help, key-kinds), with no kind stated (README: a token
 * weighed against an API key states none); never a request for either.
 */
function kindsWeighed(read: ParseResult, p: Prepared): ParseResult {
  // (round thirty-one: what one kind is, asked in a clause, "could you tell me what an api key is in bedrock terms?",
  // and a token weighed against a key as the whole question, "per-user tokens, or one shared api key for the
  // pipeline?": help on the kinds whatever the classifier made of them; key-kind.ts.)
  // (A Region named is the topic: "are access keys allowed in eu-south-2 or only tokens?" is regions.)
  const kindOnly =
    KIND_ONLY_READS.has(read.intent) &&
    p.durations.length === 0 &&
    p.keyIds.length === 0 &&
    p.regions.length === 0;
  const what = kindOnly ? kindAskedWhat(p.text) : null;
  // (The kind asked what it is, against a token, "what is an access key vs a token?", states it: below.)
  if (what !== null || (kindOnly && tokenOrKindAsked(p.text) && !KIND_ASKED_WHAT.test(p.text)))
    return {
      ...emptyParse(),
      // (The maker of a model named keeps: "can i use llama with a token or do i need an api key?".)
      provider: read.provider,
      intent: 'help',
      topic: 'key-kinds',
      keyKind: what?.kind ?? null,
      confidence: Math.max(read.confidence, 0.7),
      reason: `${read.reason}; ${what !== null ? 'asks what one kind is' : 'weighs a token against a key'}`,
    };
  // (notours27: a kind weighed against a token states none, "can i use llama with a token or do i need an api
  // key?"; the kind asked what it is does, "what is an access key vs a token?".)
  if (
    read.intent === 'help' &&
    read.topic === 'key-kinds' &&
    read.keyKind !== null &&
    p.text.includes('tok') &&
    TOKEN_AGAINST_KIND.test(p.text) &&
    !KIND_ASKED_WHAT.test(p.text)
  )
    return { ...read, keyKind: null };
  // (lead26: which kind is better, asked, whatever system it is for: key-kind.ts betterKindAsked.)
  if (
    !(read.intent === 'help' && read.keyKind === null && read.topic === 'key-kinds') &&
    (read.intent === 'help' ||
      read.intent === 'unknown' ||
      read.intent === 'token' ||
      read.intent === 'create_key') &&
    betterKindAsked(p.text)
  )
    return {
      ...emptyParse(),
      intent: 'help',
      topic: 'key-kinds',
      confidence: Math.max(read.confidence, 0.7),
      reason: `${read.reason}; asks which kind of credential is better`,
    };
  if (
    read.intent === 'help'
      ? read.keyKind === null && read.topic === 'key-kinds'
      : !(read.intent === 'token' || read.intent === 'create_key')
  )
    return read;
  if (
    !p.text.includes('?') ||
    p.durations.length > 0 ||
    read.businessUnit !== null ||
    !KINDS_SAME_OR_NOT.test(p.text)
  )
    return read;
  return {
    ...emptyParse(),
    intent: 'help',
    topic: 'key-kinds',
    confidence: Math.max(read.confidence, 0.7),
    reason: `${read.reason}; weighs two kinds of credential`,
  };
}

/**
 * The mood of a request's text (mood.ts), but a kind weighed in a question and chosen after it is an instruction
 * (round thirty-one: "key for sales-ops, access key or api key? api key": the question answered where it is asked).
 */
function requestMood(p: Prepared): string {
  if (kindChosenAfter(p.text)) return 'instruction';
  const mood = moodOf(unnegated(p));
  // (post40b: "I'd like the growth key rotated. Is that the right call, <@U…>?": a wish held back in the story
  // left out around it, as in its own sentence (mood.ts WISH_HELD), is no instruction.)
  return mood === 'instruction' && wishHeld(p) ? 'statement' : mood;
}

/** post40b: the writer's wish for our thing in a state of our verb, held back in the message (mood.ts WISH_HELD). */
function wishHeld(p: Prepared): boolean {
  return WISHED_DONE.test(p.text) && (WISH_HELD.test(p.text) || WISH_HELD.test(p.story ?? ''));
}

/** Readings a question about the kinds may come out as: help or nothing, a credential, or the unit it names. */
const KIND_ONLY_READS = new Set<IntentName>(['help', 'unknown', 'token', 'create_key', 'details']);

/** A token and a kind either side of "or"/"vs"/"instead of" in one sentence (a bearer token is the API key kind). */
const TOKEN_AGAINST_KIND =
  /(?<!bearer\s)\btok(?:en|n)?s?\b[^.!?\n]{0,40}?\b(?:or|vs|versus|than|instead\s+of)\b[^.!?\n]{0,40}?\b(?:api_keys?|access_keys?|access\s+keys?)\b|\b(?:api_keys?|access_keys?|access\s+keys?)\b[^.!?\n]{0,40}?\b(?:or|vs|versus|than|instead\s+of)\b[^.!?\n]{0,40}?(?<!bearer\s)\btok(?:en|n)?s?\b/;
/** The kind asked what it is: "what is an access key vs a token?". */
const KIND_ASKED_WHAT =
  /\bwhat(?:'s|\s+is|\s+are)\s+(?:an?\s+|the\s+)?(?:api_keys?|access_keys?|access\s+keys?)\b/;
/** A question whose subject is a unit: "does growth use …", "is the billing-api team on …". */
const UNIT_KIND_ASKED =
  /^\s*(?:(?:so|and|hey|quick\s+q)[\s,:]+)?(?:does|do|is|are)\s+(?:the\s+)?(?!(?:i|we|you|u|it|they|the\s+bot|bot|this|that|everyone|anyone)\b)[a-z0-9_-]+(?:\s+(?:team|unit|service|project|app))?\s+(?:still\s+|currently\s+)?(?:use|uses|using|have|has|run|runs|running|on|with)\b/;
/** Two kinds of credential weighed: "an access key or an api key", "api keys or access keys". */
const KINDS_WEIGHED =
  /\b(?:access|api|iam|bedrock)[\s_-]*keys?\s+or\s+(?:an?\s+)?(?:access|api|iam|bedrock)[\s_-]*keys?\b|\baccess_keys?\s+or\s+(?:an?\s+)?api_keys?\b|\bapi_keys?\s+or\s+(?:an?\s+)?access_keys?\b/;

/**
 * A question that asks for the thing after all: a request told as a question, or put politely as whether there is a
 * way to get it, its value stated ("is there any way I could get a token for like 2h? no rush": any-way-asked.ts).
 */
function askedAfterAll(top: Scored, p: Prepared, ruled: ParseResult): boolean {
  return (
    toldRequest(top, p.text) || anyWayAsked(p.text, p.durations.length > 0 || ruled.businessUnit !== null)
  );
}

/**
 * A request told as a story or a thought ("my manager asked me to request a key for finance-close",
 * "I think our HR chatbot needs a bedrock key"): the classifier is sure of the action and the text
 * asks in so many words. It is asked about (mood is no instruction), not dropped: on train, 7 of 7.
 */
function toldRequest(top: Scored, text: string): boolean {
  // (requests22: "my manager said I can get a token from you …": the writer's own ask, request-sentence.ts.)
  // (story26: "I got a 2h token but it expired already, another one pls": the story's end asks for another.)
  return (
    (top.score >= SURE_ACTION && asksInWords(text)) ||
    relayedRequest(text) ||
    getsFromYou(text) ||
    (text.includes('one') && ANOTHER_ASKED_LAST.test(text))
  );
}
/** "…, another one pls", "… so one more please": another of the same asked for at the message's end. */
const ANOTHER_ASKED_LAST =
  /(?:^|[,;.!]|\b(?:so|and|but|now))\s*(?:can\s+i\s+(?:get|have)\s+|i\s+need\s+)?(?:another|one\s+more|a\s+new)\s+one\s*(?:,?\s*(?:pls|please|plz|thanks|thx))?\s*[.!]*\s*$/;

/**
 * How the last parse decided (for scripts/evaluate-parser.mjs --calibration): the intent read, the
 * classifier's share for it, and whether every other check for acting passed.
 */
export let lastDecision: { intent: IntentName; score: number; evidence: boolean } | null = null;

/** The rules' reading and the classifier's scores of the last text read (for analysis scripts). */
export let lastTrace: Trace | null = null;
interface Trace {
  ruled: ParseResult;
  scored: Scored[];
}

const CANCEL_ONLY = /^(?!.*\b(?:revoke|delete|remove|disable|deactivate|kill|rvk|rev)\b).*\bcancel\b/s;
/**
 * Questions about how things are or work: what/how/why, or a be/do/have auxiliary whose subject is
 * not a person ("is decom reversible?"; "do we rotate the growth key?" may propose it: asked).
 */
const HOW_THINGS_ARE =
  /^\s*(?:(?:is|are|was|were|does|do|did|has|have|isn't|aren't|doesn't)\s+(?!(?:i|we|you|u|xxuser)\b)|(?:what|what's|how|why)\s)/;
const COMMAND = String.raw`(?:rotat\w*|revok\w*|deprovision\w*|offboard\w*|decom\w*|roll|delete)`;
const COMMANDS_WEIGHED = new RegExp(
  String.raw`(?:^|\s)--?help\b|^\s*help\s+${COMMAND}\s*(?:$|[,.;:!?])|\b${COMMAND}\s+(?:or|vs|versus)\s+${COMMAND}\b[^.!\n]*\?`,
);
/**
 * A help flag ("rotate --help", which prepare.ts turns into "help rotate"), or two commands weighed in
 * a question ("rotate or revoke?").
 */
function asksAboutCommands(text: string): boolean {
  return (
    ((text.includes('help') || text.includes(' or ') || text.includes(' v')) &&
      COMMANDS_WEIGHED.test(text)) ||
    (text.includes('same') && COMMAND_SAME_AS.test(text))
  );
}
/**
 * (reads26) One command asked to be the same as another, which the opening auxiliary makes a question with
 * or without its "?" ("is revoke the same as rotate", "is deprovision basically the same thing as revoke").
 */
const COMMAND_SAME_AS = new RegExp(
  String.raw`^\W*(?:is|isn't|are|aren't)\s+${COMMAND}\s+(?:(?:basically|really|just|actually|kind\s+of|kinda|exactly|the)\s+){0,2}same\s+(?:thing\s+)?(?:as|like)\s+(?:an?\s+)?${COMMAND}\b`,
);
/**
 * The bot addressed with nothing said: question marks, a filler or a greeting emoji ("<@bot> ?",
 * "/bedrock ??", "<@bot> um", "<@bot> :wave:"). Not thanks or a thumbs-up ("<@bot> thx", "👍"). (fix41d,
 * tuned-styles-relay/followups: also an ellipsis, "<@bot> …", and after the mark whom one asks for, one word,
 * "<@bot> ? asking for Maud"; post41b: a person only, not "asking for a token" or "it's for payments".)
 */
const ADDRESSED_ASKED =
  /^\s*(?:<@[UW][A-Z0-9]+(?:\|[^>]*)?>|\/[a-z0-9_-]+|@?bedrock[-_ ]bot)[\s,:]*(?:\?|…|\.{2,}|(?:um+|uh+m*|erm+|hm+)[\s,.!?]*|(?::(?:wave|hand|raised_hand|raising_hand|wave::skin-tone-\d|question|grey_question|thinking_face|eyes):|\u{1F44B}|\u{270B}|\u{1F64B}|\u{2753}|\u{2754}|\u{1F914}|\u{1F440})(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D|\u2640|\u2642)*)[\s?¿!.…]*(?:asking\s+for\s+(?:an?\s+(?:colleague|friend|teammate|team\s*mate|coworker|co-worker|mate|friend)|(?!(?:an?|the|my|our|some|token|tokens|tok|key|keys|access|creds?|credentials?|help|spend|models?|quota|budget|payments?|growth|it|this|that|rotat\w*|revok\w*|deprov\w*|delet\w*|remov\w*|new|api|aws|bedrock|bearer|temp)\b)\p{L}+)[\s?!.]*)?$/iu;
/**
 * The bot addressed to see whether it is there: "<@bot> hello?? anyone home", "<@bot> hi? you awake?",
 * "/bedrock hello?" (help, as a bare mention is; "hello?? anyone home" to no one greets the channel).
 */
const ADDRESSED_KNOCK =
  /^\s*(?:<@[UW][A-Z0-9]+(?:\|[^>]*)?>|\/[a-z0-9_-]+|@?bedrock[-_ ]bot)[\s,:]*(?:(?:hi|hello|hey|hiya|yo|helo|hallo)[\s,.!]*\?[\s?!.,]*)?(?:(?:are\s+|r\s+)?(?:you|u|anyone|anybody|somebody|someone)\s+(?:there|home|here|around|awake|alive|up|listening|working|online|in\s+there)|(?:hi|hello|hey|hiya|yo|helo|hallo))[\s?¿!.]*$/i;
/**
 * Put to the people in the channel at its opening: "folks, quick poll for the hackathon: tokens or
 * keys?", "question for the channel, not the bot: …", "show of hands: who has a long-term key?".
 */
const PUT_TO_PEOPLE =
  /^\W*(?:(?:hi|hey|hello|ok|so)\W+)?(?:(?:folks|all|everyone|team|guys|people|y'all|yall)\W+)?(?:(?:quick|straw|small|mini|tiny)\s+)?(?:poll|survey|show\s+of\s+hands)\b\s*(?:(?:for|on|about)\s+[^:?!\n]{0,40})?[:,-]|^\W*(?:(?:quick|small|genuine|honest|random|serious|a)\s+)?(?:question|q)\s+(?:for|to)\s+(?:the\s+)?(?:channel|team|room|group|folks|humans|people|everyone|all\s+of\s+you|you\s+all|y'all|yall)\b|^[^.!?\n]{0,60}\bnot\s+(?:for\s+|to\s+)?the\s+bot\s*[:,-]/i;
function putToPeople(input: string): boolean {
  const text = input.toLowerCase();
  return (
    (text.includes('poll') ||
      text.includes('survey') ||
      text.includes('hands') ||
      text.includes('bot') ||
      /\bq(?:uestion)?\s/i.test(text)) &&
    PUT_TO_PEOPLE.test(text)
  );
}
/**
 * A quoted command put to a bot ("> <@bot> create an access key for etl-team": a command word right
 * after the mention; "> <@U…>: please make sure …" names the quote's author), and the reply opening
 * with another mention.
 */
const QUOTE_THEN_MENTION =
  /^\s*(?:>|&gt;)\s*<@([UW][A-Z0-9]+)(?:\|[^>]*)?>\s+(?:create|rotate|revoke|deprovision|offboard|token|key|list|history|spend|models|details)\b[^\n]*\n(?:\s*(?:>|&gt;)[^\n]*\n)*\s*<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/;
/**
 * "> <@bot> create an access key for etl-team\n<@U…> why an access key and not an api key?": the reply
 * speaks to someone other than the bot the quoted command spoke to, a colleague.
 */
function repliesToAnother(text: string): boolean {
  if (!text.includes('<@') || !text.includes('>')) return false;
  const m = QUOTE_THEN_MENTION.exec(text);
  return m !== null && m[1] !== m[2];
}
/** `all` of a reading ("revoke tokens? no — revoke the crew-roster access key": the plural taken back for one key). */
const allOf = (intent: IntentName, p: Prepared): boolean =>
  allFor(intent, requestText(p.text), p.keyIds.length > 0) &&
  (intent === 'list' || !oneKeyAfterTakeBack(p.text));
/** "… we must change our AI key every quarter and it's that time": a rule said due now (rule-due-now.ts). */
const dueNow = (p: Prepared): boolean => ruleDueNow(p.text) || (p.story !== undefined && ruleDueNow(p.story));
/** A statement that is no rule said due now. */
const statementNotDue = (text: string): boolean => moodOf(text) === 'statement' && !ruleDueNow(text);
/**
 * A remark about an action for later, told and not asked in words; a need told for a time to come is told
 * however surely it asks in words ("next sprint we need a key for the recsys team", known24).
 */
const laterRemarkTold = (p: Prepared, top: Scored): boolean =>
  !p.text.includes('?') && laterRemark(p.text) && (!toldRequest(top, p.text) || futureNeedTold(p.text));
/** A remark about an action for later that is no rule said due now. */
const laterRemark = (text: string): boolean => remarkForLater(text) && !ruleDueNow(text);
/** The asker's own units asked, also in a question left out as story ("which projects do I own? cleaning up …"). */
const asksOwnUnitsOf = (p: Prepared): boolean =>
  asksOwnUnits(p.text) || listsMine(p.text) || (p.story !== undefined && OWN_BY_OTHER_NAME.test(p.story));
/** Put as a question: a question mark, or a question word first. */
const SUPPOSED = /\?|^\s*(?:how|what|why|when|where|which)\b/;
/** fix53e: the changes a question in theory asks about, and the words that put it in theory. */
const CHANGING_IN_THEORY: ReadonlySet<string> = new Set(['rotate', 'revoke', 'deprovision']);
const IN_THEORY_ASKED =
  /\b(?:hypothetically|theoretically|in\s+(?:theory|principle)|out\s+of\s+(?:pure\s+)?curiosity|just\s+curious|(?:just|only)\s+wondering)\b/;
const MENTIONS = /<[@#!][^>]*>/g;
const ADDRESSING = /^\s*(?:\/[a-z0-9_-]+|@[a-z0-9_.-]+|bedrock[-_ ]bot\b)[\s,:]*/i;
const SAID = /[\p{L}\p{N}]/u;
/** A question without its "?": opened by a question word or an auxiliary ("can revoke be undone"). */
const QUESTION_OPENING =
  /^\s*(?:(?:and|so|but|also|then)\s+)?(?:how|what|what's|whats|why|when|where|which|who|is|are|was|were|does|do|did|can|could|should|will|would|may|has|have)\b/;
/**
 * Non-requests the rules read with a pattern of their own that few corpus texts teach the classifier
 * (rules.ts: a model's tokens, a question about approvals): the rules' reading stands.
 */
const RULES_DECIDE = new Set([
  MAKERS_WEIGHED_AVAILABLE,
  'tokens a model reads',
  'reports a token that fails',
  "another product's subscription",
  'asks whether the bot works',
  'asks about approvals',
  'a bare question word',
  'asks the people in the channel',
  'an away message',
  'asks about approval of other things',
  'tells who owns what',
  'our word in another sense',
  'a how-to in another system',
  // (round forty-three's retrain: "would somebody on the data team explain the difference between mean and median?"
  // went to help at 0.74; rules.ts PEOPLE_OF_A_TEAM.)
  'asks people of a team to explain',
  'asks where credentials are made',
  'an event of Bedrock named',
  'asks for a record of changes',
  'asks about a change in the record',
  'asks what a unit spent',
  // (fix34x, the classifier trained on the tuned files: "what has the regional budgets unit spent this quarter?" went
  // to help, "spend per unit for the HIPAA assessment" to nothing; rules.ts spend.)
  "asks a named unit's spend",
  'asks the spend of each unit',
  // (fix34x: "the stripe-billing key expires tomorrow, renew it" went to nothing at 0.96; rules.ts renewal.)
  'renews a unit key about to expire',
  'asks which models there are',
  'asks which units there are',
  'asks who approved a key',
  'asks how to use a token it holds',
  'asks whether a token may be lent',
  'asks which model to pick',
  'asks whether a model is on the list',
  'asks when tokens expire',
  'asks who in the company has bedrock',
  'asks whether a key is kept safely',
  'asks when a change happened',
  "asks who holds a unit's keys",
  'asks whether the bot comes in another form',
  "asks about another thing's version",
  'asks which teams use another system',
  // (train28i: "good morning ☀️ nightly evals all green": the greeting only opens a remark to the channel.)
  'a remark after a greeting',
  // (round thirty-one's retrain: "what has been done to the track-ops keys this year?" went to nothing at 0.76; the
  // rules' history of what was done to a named unit.)
  'asks what was done to a unit',
  // (round twenty-seven's retrain: "what regions can I use claude in?" went to help by 0.05.)
  'asks which Regions offer a model',
  // (dev28: "who is the owner of the SharePoint 'Brand Guidelines'? I need edit rights": a unit's details by
  // 0.99, the word after the tool taken for a unit.)
  'whose a thing of another tool is',
  // (asks29: "customer's licence expiring next week, can he still rent for 10 days?": a token by its span alone.)
  'whether another may do their thing',
  // (asks29: "haha same, I do this every morning at unit call": help by the classifier, the unit's word.)
  'a habit told',
  // (and "I closed the window with my new key, can I get it again?" to nothing at 0.63, rules.ts keyShownAgain.)
  'asks whether a key is shown again',
  // (and "who keeps grabbing tokens? the bill doubled" to nothing at 0.57, rules.ts WHO_KEEPS_TAKING.)
  'asks who keeps taking credentials',
  // (merge45's retrain: "Was können Sie?" to nothing at 0.70, the rules' help of what the bot can do overruled.)
  'asks what the bot can do',
  // (and "send me the final spend for mooring-trial, we deprovision it next week" to nothing at 0.98, rules.ts.)
  'asks for the final spend',
  // (round thirty-one, the classifier trained on the tuned files: "what model of chatbot should we use for support?"
  // went to nothing, "¿qué modelos de coche hay disponibles?" to models; model-kind-asked.ts.)
  'asks about a model of ours',
  'models of another thing',
  // (round thirty-one: "which region does the ads account fall under?" went to nothing, "which region are the
  // checkout-api keys in?" too: the Region of one of ours, or of a named unit's key, rules.ts howToQuestion.)
  'asks which Region one of ours is in',
  "asks where a unit's key is",
  // (round thirty-one: "can contractors get access to the bot?" went to nothing, the people taken for a door system's.)
  'asks who may use the bot',
  // (round thirty-one's retrain: "keys expiring soon?" went to a unit's details by 0.83, no unit named; the whole
  // message's shape is fleet-query.ts's, a list of the units.)
  'asks which keys of all units are in a state',
  // (round thirty-four's retrain: "say I needed a token for 5h on the night of the final — any problem with that?"
  // went to nothing at 0.96; rules.ts supposedToken.)
  'asks whether a supposed token would do',
  // (round thirty-four's retrain: "does the bot work in DMs" went to nothing by 0.03; rules.ts botWorksWhere.)
  'asks where the bot works',
  // (round thirty-four's retrain: "is the token region-specific?? flying to Mumbai tonight" went to nothing by 0.14.)
  'asks whether a credential is bound to a Region',
  // (round thirty-four's retrain: "which of these mugs are mine?" went to list, "is the bus GPS integration safer
  // than the old radios?" to help, each at little more than even odds; not-ours-asked.ts.)
  'asks about a thing not ours in our words',
  // (round thirty-four, the classifier trained on the tuned files: "ditch the marketing token" went to nothing at 0.49;
  // a slang verb on one of ours is a removal, asked about, as rules.ts reads it.)
  'a slang verb of removal',
  // (round thirty-seven's retrain: "need bedrock for 2 hours for dave" went to a token at 0.6; the person named after
  // the lifetime is someone else's need, rules.ts forAPerson.)
  'bedrock for hours for another person',
]);
/** Readings of a text that is nothing but greetings (to the bot or to the channel). */
const GREETINGS = new Set(['greeting', 'greets the channel']);
/** Help readings that stand whatever else the text says. */
const NON_REQUEST_HELP = new Set([
  'empty text',
  'greeting',
  'asks what the bot can do',
  'asks about approvals',
]);
/** Asked of the people in the channel, or about things that are not the bot's. */
/**
 * Whether doing one of our changes to a named thing is wise ("is revoking growth a good idea?", "would rotating ads be
 * smart?"): an opinion asked, of the channel or of the bot, not how the change works (help-kinds-ten.test.ts; round
 * forty's retrain leaned it to help by the command's name alone).
 */
const OPINION_OF_DOING =
  /\b(?:is|would|will)\s+(?:\w+ing)\s+(?!(?:the|a|an|my|our|your|keys?|tokens?|it)\b)[\w-]+\s+(?:(?:be|really|actually)\s+)?(?:a\s+(?:good|bad|smart|wise|sensible)\s+(?:idea|call|move)|wise|smart|sensible|advisable)\b/;
function notForOurHelp(text: string): boolean {
  if (/\b(?:bot|bedrock|bedrock_bot)\b/.test(text)) return text.includes('not') && NOT_BEDROCK.test(text);
  if (
    /(?:^|[.!?;:,]\s*|\b(?:hey|hi|so|ok)\s+)(?:does|do|did|is|has)\s+(?:anyone|anybody|someone|somebody)\b|(?:^|[.!?;:,]\s*)(?:can|could|would)\s+(?:anyone|anybody|someone|somebody)\s+help\s+me\s+with\s+(?:my|our|the|this|a)\s+(?!(?:tokens?|keys?|api_keys?|access_keys?|creds|credentials?|bedrock)\b)|\b(?:anyone|anybody)\s+(?:know|knows|here|have|got|seen)\b/.test(
      text,
    )
  )
    return true;
  return (
    (foreignObjectOf(text) && !ourKindWeighed(text)) ||
    OPINION_OF_DOING.test(text) ||
    EVERYDAY_HELP.test(text) ||
    othersAccess(text) ||
    STATE_OF_APPROVAL.test(text)
  );
}
/**
 * Whether one request is approved yet, or someone has reviewed it (README, "Not the bot's to answer"):
 * the state of one request, not how approval works ("is our key request approved yet?", "has 2nd line
 * reviewed the results, or do we need to chase?"); asked as news of it (asks25b: "any word on whether the
 * procurement-assist key got approved? Sarah's chasing me", "any news if the assay-lab token was approved
 * yet?", "did you hear if the crm key was signed off?", "any update on the bookings key, approved or not?"); and
 * (fixfollowups30) a nudge after one's own request, asked as news of it and nothing more: "any update on the
 * churn-watch key? asked Tuesday", "any news on my token request?", "any progress on our api key?". (fix45a,
 * tuned-bpo: and its approval asked as through, "is the chat-deflection api key approval through yet?".) (fix59-help: and
 * weighed against still waiting, "has my api key request been approved or is it still pending?", "ya aprobaron mi key o
 * sigue pendiente?", and one's own request asked as approved in French, "est-ce que ma demande de clé est validée ?".)
 */
const STATE_OF_APPROVAL =
  /\b(?:approved|aprobaron|aprobad[ao]s?|aprovad[ao]s?|validee?s?|validated|signed\s+off|accepted)\b[^?.!\n]{0,40}?\bo(?:r|u)?\s+(?:is\s+it\s+|it'?s\s+|are\s+they\s+|is\s+that\s+|is\s+|still\s+)?(?:still\s+|sigue\s+|segue\s+|todavia\s+|ainda\s+|toujours\s+)?(?:pending|pendiente|pendente|en\s+attente|waiting|in\s+the\s+queue)\b|\b(?:ma|notre|mi|my|our)\s+demande\b[^?.!\n]{0,50}\b(?:is|est)\s+(?:deja\s+|already\s+)?(?:validee|approuvee|acceptee|approved|validated)\s*\?|\bany\s+(?:word|news|updates?|progress|movement)\s+on\s+(?:my|our|the|that|this)\s+(?:[\w-]+\s+){0,3}?(?:[\w-]*_)?(?:key|keys|token|tokens|request|requests|ask)\s*\?|\b(?:any\s+(?:word|news|updates?|luck)|(?:hear|heard|know|knows|find\s+out|found\s+out)\s+(?:whether|if))\b[^?.!\n]{0,80}?\b(?:approved|signed\s+off|okayed|ok'd|greenlit|green-lit|(?:gone|come|went|got)\s+through)\b|\b(?:is|are|was|were)\s+(?:it|that|this|they|my|our|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:approved|signed\s+off|okayed|ok'd|greenlit)\s+(?:yet|already)\b|\b(?:is|are)\s+(?:it|that|this|my|our|the|his|her|their)\s+(?:[\w-]+\s+){0,4}?(?:approval|sign_?off|request)\s+(?:through|done|granted|complete)\s+(?:yet|already)\b|^(?:has|have)\s+(?!(?:i|we|you|u|anyone|anybody|someone|somebody)\b)(?:[\w-]+\s+){1,3}?(?:reviewed|approved|signed\s+off|okayed)\b[^?]*\bor\s+(?:do|should|shall|must)\s+we\s+(?:need\s+to\s+)?(?:chase|nudge|ping|escalate)\b/;
/** Bedrock disowned: "a GitHub token question, not bedrock", "not a bedrock thing", "nothing to do with bedrock". */
const NOT_BEDROCK =
  /\b(?:not|nothing\s+to\s+do\s+with|unrelated\s+to)\s+(?:a\s+|an\s+|about\s+|for\s+|related\s+to\s+)?(?:the\s+)?(?:bedrock|bot)\b/;
/**
 * Everyday things with our words: a video rotated, a gym pass, and (asks25b) a pass of a show, a trip or a
 * venue ("how do I get a backstage pass for the show?"), never an AI pass of ours.
 */
const EVERYDAY_HELP =
  /\b(?:rotate|rotating|delete|list|revoke)\s+(?:a|an|the|my|this|that)?\s*(?:video|videos|pdf|pdfs|photo|photos|picture|pictures|image|images|page|pages|screen|document|doc|file|files|slide|slides|table|spreadsheet|sheet|playlist)\b|\b(?:expense|credit|debit|gym|library|parking)\s+(?:card|cards|limit|pass|membership)\b|\b(?:backstage|boarding|bus|train|rail|season|guest|visitor|press|vip|all_access|hall|festival|ski|crew|artist|wristband)\s+pass(?:es)?\b/;
/**
 * Where an object not ours is looked for: the text, or, when the rules read a request in what a negation or a
 * withdrawal leaves, only that rest (things26: "api key for vpn-gw (the vpn login is a separate problem,
 * ignore that)": the aside taken back names another system, the request stands).
 */
function objectOf(p: Prepared, ruled: ParseResult): string {
  if (!ACTING.has(ruled.intent) || !ruled.reason.endsWith('after a negation')) return p.text;
  return unnegated(p);
}

/** The text without its negated or withdrawn clauses: the form of what is left is what counts. */
/**
 * What the classifier reads: the text, or, when the rules read a request in what a negation leaves
 * ("do not offboard the ads team, only rotate their key"), only that rest.
 */
function classifiedText(p: Prepared, ruled: ParseResult): string {
  return ACTING.has(ruled.intent) && ruled.reason.endsWith('after a negation') ? unnegated(p) : p.text;
}

/**
 * The classifier's scores. A long story before the request can leave the classifier unsure ("we
 * rotated it last month but it leaked again, rotate the key for search-api please"): then it reads the
 * request from the clause that is an instruction on, and keeps that reading when it backs the rules'
 * reading more surely than the whole text does.
 */
function classifiedScores(p: Prepared, ruled: ParseResult, use: IntentReader): Scored[] {
  const extra = use === 'both' ? [`rule=${ruled.intent}`] : [];
  const text = withoutGreeting(classifiedText(p, ruled));
  const scored = classifyPrepared(text, extra);
  const whole = scoreOf(scored, ruled.intent);
  if (!ACTING.has(ruled.intent) || (whole >= SURE_ACTION && scored[0]?.intent === ruled.intent))
    return scored;
  const story = instructionStart(text);
  // (Only after a story: "OKR: rotate 100% of long-lived keys by Q3" is a slogan, not a request; or
  // after an everyday aside, everyday-aside.ts: "my car keys are in the drawer, can someone revoke …".)
  const at =
    story !== null && moodOf(text.slice(0, story)) === 'narrative' ? story : afterEverydayAside(text);
  if (at === null) return scored;
  // (Only when that clause backs the rules' reading: "who owns kyc? I need to route a form to
  // them" asks in its first sentence.)
  const clause = classifyPrepared(text.slice(at), extra);
  return clause[0]?.intent === ruled.intent && scoreOf(clause, ruled.intent) > whole ? clause : scored;
}

/** The reason's mark of a change said instead of a negated one of ours (negation.ts changeSaidInstead). */
const SAID_INSTEAD = ' said instead of a negated change of ours';
/** Whether the rules read a change said instead of a negated one: its object is the negated change's, ours. */
const saidInstead = (ruled: ParseResult): boolean => ruled.reason.includes(SAID_INSTEAD);

/** Change words of ours, one alternation (CONTRAST's, and NOUN_CONTRAST's). */
const CHANGE_WORDS = Object.keys(LEXICON)
  .filter((w) => CHANGE_TAGS.includes(LEXICON[w] ?? '') && /^[a-z]+$/.test(w))
  .join('|');
/** "only", "just", "instead", "rather" before a verb of ours: what is meant instead of the negated. */
const CONTRAST = new RegExp(
  String.raw`\b(?:just|only|instead|rather)\s+(?:please\s+|pls\s+)?(?:${CHANGE_WORDS})\b`,
);

/**
 * "do not offboard the ads team, only rotate their key", "not revoke, just rotate doc-ai": after a
 * negated clause, a contrast names what is meant. The rules' reading of it stands (and is asked
 * about, as every destructive reading next to a negation), whatever the classifier makes of the rest.
 */
const READ_AFTER_NEGATION = '; read asked after a negation';
const KEY_MADE_BESIDES_REASON = 'one more key for the unit of a negated change';

/**
 * fix43b, tuned-styles-followups: "route-planner: a rotation, not a revoke": a change of ours named by its noun and
 * set against another after "not a", the same contrast as "just rotate, not revoke" (the negated one is cut, and
 * what is left is asked about).
 */
const NOUN_CONTRAST = new RegExp(
  String.raw`\b(?:a|an)\s+(?:${CHANGE_WORDS})\s*[,;]?\s+(?:and\s+|but\s+)?not\s+(?:a|an)\s+(?:${CHANGE_WORDS})\b`,
);

function contrasted(p: Prepared, ruled: ParseResult): Scored | null {
  if (READS.has(ruled.intent) && ruled.reason.endsWith(READ_AFTER_NEGATION))
    return { intent: ruled.intent, score: 0.7 };
  if (!ACTING.has(ruled.intent) || !ruled.reason.endsWith('after a negation')) return null;
  return CONTRAST.test(unnegated(p)) || saidInstead(ruled) || nounContrasted(p, ruled)
    ? { intent: ruled.intent, score: 0.5 }
    : null;
}

/** The rules' action after a negation, set against the negated one by its noun (NOUN_CONTRAST). */
const nounContrasted = (p: Prepared, ruled: ParseResult): boolean =>
  ACTING.has(ruled.intent) &&
  ruled.reason.endsWith('after a negation') &&
  p.text.includes('not a') &&
  NOUN_CONTRAST.test(p.text);

function unnegated(p: Prepared): string {
  // (A reported or promised clause, "we will revoke the old one ourselves. a new key for x", too.)
  const cut = findNegation(p.text) ?? findReported(p.text);
  return cut === null ? p.text : without(p, cut.ranges).text;
}

/** A read asked for in what a negation leaves: a verb of reading or a question word. */
const READ_ASKED =
  /\b(?:show|list|display|pull|fetch|get|give|send|see|check|view|lookup|look|details?|status|info|what|whats|what's|which|who|when|where|how|tell)\b|(?:^|[,.;:!?]\s*)(?:just\s+|only\s+|but\s+)?(?:the\s+)?(?:history|hist|audit\s+log|log|logs|spend|cost)\s+(?:for|of|on)\b/;

/** A text that opens with a command to read: "list …", "can you show me …", "pls pull the …". */
const READ_COMMAND =
  /^\s*(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|kindly\s+)?|please\s+|pls\s+|plz\s+|kindly\s+)?(?:list|show|display|pull|fetch|send\s+me|give\s+me)\b/;

/**
 * Round thirty-one: a read asked by its noun first, for what it reads: "history for the access card platform",
 * "spend breakdown for growth this quarter". A command to read as READ_COMMAND is, held against a classifier not
 * sure of nothing. (Only "for": "history of the Acme account: …" and "spend on de-icing fluid …" tell a story; and
 * no article or verb of telling: "the spend for the Box Office team was approved by finance" is told.)
 */
const READ_NOUN_FOR =
  /^\s*(?:history|hist|audit\s+log|audit\s+trail|spend|spending|cost|costs)(?:\s+(?:breakdown|report|summary|figures|numbers|log))?\s+for\s+(?:the\s+)?[a-z0-9]/;

/**
 * fix49d, tuned-metro: a unit's spend asked in a short question, the unit's name (hyphened, or joined in camel case)
 * all it names: "what's the spend on fareAnalytics", "what is the cost of payroll-ml this month?". The read, as
 * READ_NOUN_FOR's is, held against a classifier not sure of nothing. (A thing's spend, "what's the spend on de-icing
 * fluid this winter", names more than one word and is left to the classifier.)
 */
const SPEND_QUESTION =
  /^\s*(?:what(?:['’]s|\s+is|\s+was)|whats|how\s+much\s+is)\s+(?:the\s+|our\s+)?(?:total\s+)?(?:spend|spending|cost|costs)\s+(?:on|for|of)\s+(?:the\s+)?[a-z0-9]+[-_][a-z0-9_-]+(?:\s+(?:unit|team))?(?:\s+(?:this|last)\s+(?:week|month|quarter|year))?\s*\?*\s*$/;

/**
 * fix53d: the same command in a clause of its own after a story, its read named by its noun: "the summarizer bill
 * looked wild in the finops sync, can you pull bedrock spend for incident-summarizer over the last month?", "anyone can
 * see who deleted the finops-pod unit? oh wait the bot can, history finops-pod". (Only a verb of fetching and the
 * read's noun, or the noun and a hyphened unit closing the text.)
 */
const READ_CLAUSE =
  /(?:[.,;!?—–]|\b(?:so|anyway|btw|wait|then))\s+(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|plz\s+|kindly\s+|just\s+|quickly\s+)?|please\s+|pls\s+|plz\s+|kindly\s+)?(?:pull|show|fetch|list|send\s+me|give\s+me|get\s+me)\s+(?:me\s+|us\s+)?(?:the\s+|our\s+)?(?:bedrock\s+|aws\s+|ai\s+)?(?:spend|spending|costs?|history|audit\s+(?:log|trail))\s+(?:for|of|on)\s+(?:the\s+)?[a-z0-9]/;
const READ_NOUN_CLOSING =
  /(?:[.,;!?—–]|\b(?:so|anyway|btw|wait|then))\s+(?:history|hist|audit\s+log|spend)\s+(?:(?:for|of)\s+)?(?:the\s+)?[a-z0-9]+(?:[-_][a-z0-9]+)+\s*[.!?]*\s*$/;

/**
 * fix53d: a read of a named unit commanded in a clause of its own after a story (READ_CLAUSE, READ_NOUN_CLOSING): it
 * stands even against a classifier sure of nothing, which reads the story ("the summarizer bill looked wild in the
 * finops sync, can you pull bedrock spend for incident-summarizer over the last month?"). A read only answers.
 */
function readClauseAfterStory(text: string, ruled: ParseResult): boolean {
  if (ruled.businessUnit === null) return false;
  if (ruled.intent !== 'spend' && ruled.intent !== 'history') return false;
  // ("note to self: pull the bedrock spend for treasury on the 1st": a reminder of the writer's own.)
  if (NOTE_TO_SELF.test(text)) return false;
  const unit = ruled.businessUnit;
  return (
    (text.includes(unit) || text.includes(unit.replace(/-/g, '_'))) &&
    (READ_CLAUSE.test(text) || READ_NOUN_CLOSING.test(text))
  );
}

const NOTE_TO_SELF = /\b(?:note\s+to\s+self|reminder|todo|to-do|remind\s+me)\b/;

/** A command to read opening the text, by its verb or its noun, or what one named unit holds asked. */
function readCommandAsked(text: string, ruled: ParseResult): boolean {
  const asked = withoutGreeting(text);
  return (
    READ_COMMAND.test(asked) ||
    ((ruled.intent === 'spend' || ruled.intent === 'history') &&
      (READ_CLAUSE.test(text) || READ_NOUN_CLOSING.test(text))) ||
    (ruled.intent === 'spend' &&
      (text.includes('spend') || text.includes('cost')) &&
      SPEND_QUESTION.test(asked)) ||
    (READ_NOUN_FOR.test(asked) && !TOLD_VERB.test(text)) ||
    unitHoldingsAsked(text, ruled)
  );
}

/** A verb that tells of the thing read rather than asking it: "… was approved", "… looks fine". */
const TOLD_VERB = /\b(?:was|were|is|are|has|have|had|got|looks?|looked|seems?|went|came)\b/;

/**
 * A yes/no question whose subject is one of our commands ("is rotation instant?", "does revoking
 * break running jobs?"), which the rules read as that command: how the command behaves, for help.
 * (Not "is it worth rotating the payments key?", "is revoking the growth key wise?": an object named.)
 */
function asksHowCommandWorks(p: Prepared, ruled: ParseResult): boolean {
  if (!ACTING.has(ruled.intent) || !p.text.includes('?')) return false;
  const text = withoutGreeting(p.text);
  // (The unit finder may take the adjective for a name: "instant" in "is rotation instant?".)
  return (
    COMMAND_IS.test(text) ||
    (ruled.businessUnit === null && (COMMAND_DOES.test(text) || commandAsSubject(p.text)))
  );
}
const ASKED_COMMAND = String.raw`(?:a\s+|the\s+)?(?:rotation|rotating|revocation|revoking|offboarding|deprovisioning|decommissioning)`;
const COMMAND_IS = new RegExp(
  String.raw`^\s*(?:is|are)\s+${ASKED_COMMAND}\s+(?:really\s+|always\s+|also\s+)?(?:instant\w*|immediate|final|permanent|reversible|irreversible|undoable|automatic|safe|destructive|logged|audited|free|quick|fast|slow)\b`,
);
const COMMAND_DOES = new RegExp(
  String.raw`^\s*(?:does|do|will|would|can)\s+${ASKED_COMMAND}\b(?!\s+(?:the|my|our|this|that|their|it|them)\b)`,
);

/**
 * fix43b, tuned-styles-followups: "never set up a key for a team before, where do I start": a how-to asked after a
 * clause, without its question mark, is still asked ("where do I start", "how do we even begin").
 */
const WHERE_TO_START =
  /(?:^|[,;:.!—–-]\s*)(?:so\s+)?(?:where|how)\s+(?:do|should|can|would)\s+(?:i|we)\s+(?:even\s+)?(?:start|begin)\b/;

/** Readings of the rules that are sure the text is no question to the bot. */
const CHIT_CHAT_REASONS = new Set([
  'about everyday things',
  'asks about Bedrock itself',
  'thanks or acknowledgement',
  'talks about their own spending',
  'negated request',
  'request withdrawn',
  'reported request',
  'tokens a model reads',
  'asks the people in the channel',
  'our word in another sense',
  'a how-to in another system',
]);

const REASON_OF_CUT = {
  negated: 'negated request',
  withdrawn: 'request withdrawn',
  reported: 'reported request',
} as const;
const CUT_REASONS = new Set<string>(Object.values(REASON_OF_CUT));

function readRequest(p: Prepared): ParseResult {
  const cut = findNegation(p.text) ?? findReported(p.text);
  if (cut === null) return applyRules(p);
  const left = without(p, cut.ranges);
  let rest = applyRules(left);
  // The rules' reading of the whole text, read once when needed.
  let wholeReading: ParseResult | undefined;
  const wholeText = (): ParseResult => {
    wholeReading ??= applyRules(p);
    return wholeReading;
  };
  // "rotate AKIA… for sanctions-check. actually wait, revoke it": the earlier command's unit and key.
  if (cut.pointsBack !== undefined) {
    const earlier = applyRules(without(p, [[cut.pointsBack, p.text.length]]));
    rest = {
      ...rest,
      businessUnit: earlier.businessUnit ?? rest.businessUnit,
      keyId: earlier.keyId ?? rest.keyId,
    };
  }
  // fix40g: "don't revoke the growth key, a rotation will do", "no revoke needed, just rotate": the change said
  // instead of the negated one (negation.ts changeSaidInstead), on the negated one's object.
  const cutText = cut.ranges.map(([a, b]) => p.text.slice(a, b)).join(' . ');
  const instead = cut.kind === 'negated' ? changeSaidInstead(cutText, left.text) : null;
  const whole = instead === null ? null : wholeText();
  if (
    instead !== null &&
    whole !== null &&
    (negatedChangeBare(cutText) || namesOurObject(p, instead, whole.businessUnit)) &&
    insteadAskedOfUs(p.text, cutText, negatedChangeBare(cutText))
  ) {
    rest = {
      ...rest,
      intent: instead,
      businessUnit: rest.businessUnit ?? whole.businessUnit,
      keyId: rest.keyId ?? whole.keyId,
      reason: `${instead}${SAID_INSTEAD}`,
    };
  }
  // "don't revoke support-tools, just rotate their key — the ticket summariser must keep working":
  // what is left points back at the unit named in the cut, so it is about ours, whatever everyday
  // word ("ticket", "office") its reason names; it is read with the unit in the pronoun's place.
  if (rest.reason === EVERYDAY_READ && rest.businessUnit === null) {
    const named = wholeText().businessUnit;
    const pointed = named === null ? null : pointedAtUnit(left.text, named);
    if (pointed !== null) rest = applyRules({ ...left, text: pointed });
  }
  // "don't deprovision growth, just revoke their old access key", "don't rotate the x key - revoke it":
  // "their" / "it" refer to the unit named in the cut.
  // So does a contrast's bare object (round thirteen): "don't deprovision ocr-pipeline, only revoke the
  // key", "not deprovisioning billing, just revoke the leaked key", "don't just revoke the X keys,
  // deprovision the whole unit": the unit named with the negated verb is the acting verb's.
  if (
    rest.businessUnit === null &&
    (/\b(?:their|theirs|them|they|it|its|his|her)\b/.test(left.text) || contrastsCut(rest, left.text))
  ) {
    const named = wholeText().businessUnit;
    if (named !== null) rest = { ...rest, businessUnit: named };
  }
  // fix45: "don't rotate cargo-ocr, just create a second api key for them", "no need to revoke the growth key, make
  // another one for it": one more key, the old one kept, for the unit named with the negated change (a token has
  // no unit: the rules' "key for them" is the writer's own, and "another one" alone asks nothing).
  const besides = cut.kind === 'negated' ? keyMadeBesides(cutText, left.text) : null;
  if (besides !== null && (rest.businessUnit === null || rest.intent !== 'create_key')) {
    const named = rest.businessUnit ?? wholeText().businessUnit;
    if (named !== null)
      rest = {
        ...rest,
        intent: 'create_key',
        businessUnit: named,
        keyKind: besides === 'any' ? rest.keyKind : besides,
        confidence: Math.max(rest.confidence, 0.8),
        reason: KEY_MADE_BESIDES_REASON,
      };
  }
  // "The CFO asked why the finance key changed in October. Please show the history for finance.": the
  // time a reported question looks at is the span the history or spend request lacks.
  if (
    rest.period === null &&
    (rest.intent === 'history' || rest.intent === 'spend') &&
    p.periods.length > 0
  ) {
    const period = wholeText().period;
    if (period !== null) rest = { ...rest, period };
  }
  // (reads26: "last time I asked for a token there I got an error. Does the bot work in Beijing at all?": the
  // cut leaves the story's scraps before the question; the sentences after the told request, read alone, ask.)
  if (cut.kind === 'reported' && rest.intent === 'unknown') {
    const asked = questionAfterCut(p, cut.ranges);
    if (asked !== null) rest = asked;
  }
  // "please don't revoke the legal-ops key yet, we're still using it for the audit": what is left
  // names a read's word ("audit", "log", "activity") but asks for no read: no verb of reading, no question.
  const asksNothing =
    rest.intent === 'unknown' ||
    (READS.has(rest.intent) &&
      cut.kind !== 'reported' &&
      !left.text.includes('?') &&
      !READ_ASKED.test(left.text)) ||
    (rest.intent === 'help' && (rest.reason === 'empty text' || rest.reason === 'greeting')) ||
    leakAnsweredNo(rest, cut, p.text);
  // "no token please — it's for a service that runs all week, X": the other kind of credential is meant.
  if (asksNothing && cut.refused !== undefined) {
    const whole = wholeText();
    if (
      cut.refused === 'token' &&
      whole.intent === 'token' &&
      (whole.businessUnit !== null || whole.longTerm)
    )
      return { ...whole, intent: 'create_key', reason: 'a long-term key, not a token' };
    if (
      (cut.refused === 'token' && whole.intent === 'create_key') ||
      (cut.refused === 'key' && whole.intent === 'token')
    )
      return whole;
  }
  if (asksNothing) {
    return {
      ...rest,
      intent: 'unknown',
      confidence: 0.9,
      reason: REASON_OF_CUT[cut.kind],
    };
  }
  // "don't revoke it yet, who owns marketing?": a question about one unit in what is left is what the
  // message asks; the classifier, which sees the negated verb too, does not overrule it (contrasted).
  if (
    READS.has(rest.intent) &&
    rest.intent !== 'models' &&
    rest.businessUnit !== null &&
    left.text.includes('?')
  )
    return { ...rest, reason: `${rest.reason}${READ_AFTER_NEGATION}` };
  // "don't rotate, revoke it": what is left may be meant, but a destructive reading of a text that
  // also says no is never acted on without asking.
  if (DESTRUCTIVE.has(rest.intent))
    return { ...rest, confidence: 0.5, reason: `${rest.reason} after a negation` };
  return rest;
}

/**
 * The sentences after a told request, when they are a question read alone as help or a read (never an action:
 * what a story lends a later sentence is not carried out): "… I got an error. Does the bot work in Beijing at
 * all?" asks whether the bot works there.
 */
function questionAfterCut(p: Prepared, ranges: [number, number][]): ParseResult | null {
  const end = Math.max(...ranges.map(([, b]) => b));
  const stop = p.text.slice(end).search(/[.!?\n]/);
  if (stop < 0) return null;
  const from = end + stop + 1;
  const tail = p.text.slice(from);
  if (!tail.includes('?') || !/\w/.test(tail)) return null;
  const read = applyRules(without(p, [[0, from]]));
  return read.intent === 'help' || READS.has(read.intent) ? read : null;
}

/** The rules' reason for a key told of as leaked, with no verb of ours (rules.ts, renewal). */
const LEAK_READ = 'reports a leaked key';

/**
 * "no need to rotate anything, the leaked key was the partner's one", "don't revoke anything — the key
 * that leaked was the vendor's" (round twenty-five): the leak told beside it is what the negated rotation
 * or revocation answers; no change is asked for it (one asked after it, "… rotate ours", has its verb).
 */
function leakAnsweredNo(rest: ParseResult, cut: NegationCut, text: string): boolean {
  if (rest.reason !== LEAK_READ || cut.kind === 'reported') return false;
  const cutText = cut.ranges.map(([a, b]) => text.slice(a, b)).join(' ');
  return CHANGE_SAID.rotate?.test(cutText) === true || CHANGE_SAID.revoke?.test(cutText) === true;
}

/** "the whole unit", "the entire team": the unit named before, all of it. */
const WHOLE_UNIT = /\b(?:whole|entire)\s+(?:unit|team|bu|thing)\b(?!\s*(?:'s|’s|'))/;

/** The verbs that say each change of ours, to check that what is left says the change it was read as. */
const CHANGE_SAID: Record<string, RegExp> = {
  deprovision: /\b(?:deprov\w*|offboard\w*|decommission\w*|remov\w*|tear\w*|shut\w*|kill\w*|delet\w*)\b/,
  revoke: /\b(?:revok\w*|kill\w*|delet\w*|disabl\w*|deactivat\w*|remov\w*|rvk)\b/,
  rotate: /\b(?:rotat\w*|roll\w*|cycl\w*|regenerat\w*|renew\w*|refresh\w*|replac\w*|reset\w*|rot)\b/,
};

/**
 * A change of ours said instead of the negated one ("just revoke the keys", "deprovision the whole
 * unit"), read as the change its own verb says ("just revoke the whole unit's keys" is no deprovision).
 */
function contrastsCut(rest: ParseResult, left: string): boolean {
  return (
    DESTRUCTIVE.has(rest.intent) &&
    (CONTRAST.test(left) || WHOLE_UNIT.test(left)) &&
    (CHANGE_SAID[rest.intent]?.test(left) ?? true)
  );
}

/** A verb of ours, then the pronoun that is its object or its owner: "rotate their key", "deprovision it". */
const VERB_THEN_PRONOUN =
  /\b((?:rotate|revoke|deprovision|offboard|decommission|remove|delete|kill|disable|roll|cycle|regenerate|renew|refresh|replace|reset)\s+)(?:their|its|it|them)\b(?!\s+(?:from|off|out\s+of|in|on|at|into)\b)/;

/**
 * What is left of a negated text with the pronoun after our verb replaced by the unit named in the
 * cut ("just rotate their key" → "just rotate support_tools key"); null when no verb of ours takes one.
 */
function pointedAtUnit(text: string, unit: string): string | null {
  const m = VERB_THEN_PRONOUN.exec(text);
  if (m === null) return null;
  const at = m.index + (m[1] ?? '').length;
  return `${text.slice(0, at)}${unit.replace(/-/g, '_')}${text.slice(at).replace(/^[a-z]+/, '')}`;
}

/** "what credentials does the Payments Risk team hold?", "which keys do growth have": what a unit holds. */
const HOLDINGS_ASKED =
  /^\s*(?:what|which)\s+(?:[a-z_]+\s+){0,2}?(?:do|does|did)\s+[^?.!]{1,60}?\s+(?:have|hold|own|keep|got)\b/;
/**
 * units21: "key holders for the ad ops pod?", "who holds keys for the credit risk pod": who holds a
 * team's keys is what its details show. Only a unit named as a team (a group noun ends it): "key holders
 * for the site office" are a building's.
 */
const HOLDERS_ASKED =
  /^\s*(?:the\s+)?key\s+holders?\s+(?:for|of)\s|^\s*who\s+(?:holds|has)\s+(?:the\s+)?keys\s+(?:for|of)\s/;
const TEAM_UNIT = /-(?:team|squad|pod|crew|desk|cell|hub|group|guild|tribe)$/;

/** A question of what one named unit holds: its details, which the rules read, not help. */
function unitHoldingsAsked(text: string, ruled: ParseResult): boolean {
  return (
    ruled.intent === 'details' &&
    ruled.businessUnit !== null &&
    (HOLDINGS_ASKED.test(withoutGreeting(text)) ||
      (TEAM_UNIT.test(ruled.businessUnit) && HOLDERS_ASKED.test(withoutGreeting(text))))
  );
}
