/**
 * What a form's fields (form-fields.ts) decide over the prose reading of the same text: a unit field
 * names the unit, an owner field the owner, a requester is never the owner, a duration in hours with
 * no key asked for is a token's, and a report written as a form ("Status: … / Blockers: …") asks
 * nothing. A field's value is read by the same parser as prose, so an impossible value is a problem
 * like any other.
 */
import { splitCamelCase } from './service-names.js';
import {
  ACTING_INTENTS as ACTING,
  type IntentName,
  type ParseResult,
  READ_INTENTS,
  emptyParse,
} from '../core/request.js';
import { isMeaningfulName, isNameWord, isSecretShaped } from './business-unit.js';
import { decide } from './decide.js';
import { type Form, type FormField, fieldValue, hasField } from './form-fields.js';
import { FUNCTION_WORDS, LEXICON } from './lexicon.js';
import { titleCaseName, titleCaseWord } from './title-case-field.js';

const WITH_UNIT = new Set<IntentName>([
  'create_key',
  'rotate',
  'revoke',
  'deprovision',
  'details',
  'history',
  'spend',
]);
/** The reasons of a withdrawn or negated request (parse-request.ts). */
const STOPPED = /^(?:negated request|request withdrawn)/;
const WITH_OWNER = new Set<IntentName>(['token', 'create_key', 'rotate', 'revoke', 'details', 'history']);

/** A unit's name as a field states it: one to three words of letters, digits, "-", "_" or ".". */
// ("Unit: 311 chatbot": three digits may open a name of words, as the unit finder reads it.)
const UNIT_VALUE =
  /^[`'"]?((?:\d{3}\s+)?[A-Za-z][A-Za-z0-9._-]*(?:\s+[A-Za-z0-9][A-Za-z0-9._-]*){0,2})[`'"]?$/;
/** A ticket or cost centre ("INC-20931", "CC-4410") is no unit's name. */
const TICKET = /^[A-Z]{2,}-?\d+$/;

/** Short-term lifetimes: minutes or hours (a key's lifetime is said in days or longer). */
const HOURS_VALUE =
  /^(?:~|about\s+)?(?:\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|mins?|minutes?)\b|(?:1[5-9]|[2-9]\d|\d{3,})\s*m\b|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half\s+an)\s+(?:hours?|minutes?))/i;
/** A kind field that names a token. */
const TOKEN_KIND = /^\W*(?:bedrock\s+)?(?:short[\s-]?term\s+)?tok(?:en|n)?\W*$/i;
/** A kind field that asks for a long-term key (not a token). */
const KEY_KIND = /\b(?:keys?|long[\s-]?term|permanent|access|api|iam)\b/i;

/** A field left blank in words ("TBD", "n/a", "none", "not sure"), its marks trimmed. */
const BLANK_WORDS = /^(?:tb[cda]|n\/?a|none|nil|unknown|pending|same|not\s+sure|to\s+be\s+\w+)$/i;

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** A field left blank: words that name nothing, or only marks with a dash or "?" ("-", "??"). Linear. */
function isBlank(value: string): boolean {
  let start = 0;
  let end = value.length;
  while (start < end && !isWordChar(value.charCodeAt(start))) start++;
  while (end > start && !isWordChar(value.charCodeAt(end - 1))) end--;
  if (start === end) return value.includes('-') || value.includes('?');
  return BLANK_WORDS.test(value.slice(start, end));
}

/** Our product's words: "Service: Amazon Bedrock" names no unit. */
const PRODUCT_WORDS = new Set(['bedrock', 'aws', 'amazon', 'iam', 'amazon-bedrock', 'aws-bedrock']);
/** Words for every unit: "Team: all" is all units (the prose reading says so), never a unit "all". */
const ALL_WORDS = new Set(['all', 'every', 'each', 'everyone', 'everybody', 'any', 'everything']);

/** Labels of fields that name the unit itself (they win over a service, app, system or project). */
const UNIT_LABELS = new Set([
  'team',
  'team name',
  'bu',
  'business unit',
  'unit',
  'unit name',
  'squad',
  'department',
  'dept',
]);

/** A secret or a key's ID among a value's words. */
function secretIn(value: string): boolean {
  return value
    .toLowerCase()
    .split(/\s+/)
    .some((w) => isSecretShaped(w));
}

/** Whether a field's words can name a unit, by the parser's own test of names. */
function namesUnit(words: string[]): boolean {
  if (words.some((w) => ALL_WORDS.has(w) || isSecretShaped(w))) return false;
  if (words.every((w) => PRODUCT_WORDS.has(w))) return false;
  return words.every((w) => isNameWord(w)) && isMeaningfulName(words);
}

/** A name with its code in brackets: "Customer 360 (`customer-360`)", "Data Protection Office (dpo)". */
const NAMED_CODE = /^[A-Za-z][\w .&'-]{0,60}?\s*\(\s*`?([A-Za-z][A-Za-z0-9._-]*)`?\s*\)\s*$/;

/** Words of a sentence's grammar, never a word of a name in a unit field ("growth please", "ads now"). */
const GRAMMAR_TAGS = new Set(['Polite', 'Thanks', 'Greeting', 'Ack', 'TokenNoun', 'KeyNoun', 'Question']);

/**
 * fix53d: nouns of our reads that open a unit field's name of several words ("BU: log pipeline", "Team: cost control",
 * "Unit: docs search"): in the field they are the name's, as a plain word is.
 */
const NOUN_FIRST_TAGS = new Set(['History', 'Spend', 'Help']);

/** A word a unit field's name of several words may hold: no word of grammar, no time, digits only after a word. */
function fieldNameWord(word: string, first: boolean): boolean {
  if (isNameWord(word)) return true;
  if (FUNCTION_WORDS.has(word) || ALL_WORDS.has(word) || isSecretShaped(word)) return false;
  if (/^\d+$/.test(word)) return first ? word.length === 3 : word.length <= 4;
  const tag = LEXICON[word];
  return (
    /^[a-z][a-z0-9-]*$/.test(word) &&
    (tag === undefined ||
      tag === 'Everyday' ||
      (!first && !GRAMMAR_TAGS.has(tag)) ||
      (first && NOUN_FIRST_TAGS.has(tag)))
  );
}

/**
 * A unit field's name of two or three words that the prose test of names refuses for one of its words
 * ("supply chain", "member services", "revenue cycle", "Doc Intel", "customer 360"): in the field, the
 * words are the name unless one is of the sentence's grammar ("growth please", "ads today").
 */
function severalWords(words: string[]): boolean {
  return (
    words.length >= 2 &&
    !words.every((w) => PRODUCT_WORDS.has(w)) &&
    words.every((w, i) => fieldNameWord(w, i === 0)) &&
    isMeaningfulName(words)
  );
}

/**
 * A unit field that describes who holds a thing ("whoever owns billing", "whichever team has the ads
 * key"): the thing's unit is named (README, "Units"); "whoever" alone names none.
 */
const HOLDER_VALUE =
  /^\s*(?:whoever|whomever|(?:whichever|whatever)(?:\s+(?:team|unit|bu|group|squad|department|dept|org|one))?)\b(?:\s+(?:currently\s+|now\s+|still\s+)?(?:owns|runs|has|holds|manages|handles|maintains|is\s+responsible\s+for|looks\s+after|is\s+behind)\s+(?:the\s+)?(.+?)(?:\s+(?:key|keys|credentials?))?)?\s*$/i;

function unitOf(value: string): string | null {
  if (value.includes('ever')) {
    const held = HOLDER_VALUE.exec(value);
    if (held !== null) return held[1] === undefined ? null : unitOf(held[1]);
  }
  const code = NAMED_CODE.exec(value.trim());
  if (code !== null) {
    const named = unitOf(code[1] ?? '');
    if (named !== null) return named;
  }
  const m = UNIT_VALUE.exec(value.trim());
  if (m === null || TICKET.test(m[1] ?? '') || isBlank(value)) return null;
  const words = (m[1] ?? '').toLowerCase().split(/\s+/);
  // ("Business unit: Temporary Works": a Title Case value is the name whole, its words none of ours.)
  if (!namesUnit(words) && !severalWords(words)) return titleCaseName(m[1] ?? '');
  // ("Team: fraudDetector" is fraud-detector: service-names.ts.)
  return splitCamelCase(m[1] ?? '')
    .toLowerCase()
    .replace(/[\s_.]+/g, '-')
    .replace(/[^a-z0-9-]/g, '');
}

/** The unit the prose reading made of a blank field's words ("tbd", "n-a"). */
function blankUnit(value: string, parse: ParseResult): boolean {
  const words = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return parse.businessUnit === words || parse.businessUnit === words.replace(/-/g, '');
}

/** The e-mail or Slack user a value names, as the parser states owners. */
function personOf(value: string): string | null {
  const mention = /<@([UW][A-Z0-9]+)(?:\|[^<>]*)?>/.exec(value);
  if (mention !== null) return mention[1] ?? null;
  if (!value.includes('@')) return null;
  // (The look-behind starts a match only where a run of address characters starts: linear.)
  const mail = /(?<![\w.+-])([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/.exec(value);
  return mail === null ? null : (mail[1] ?? '').toLowerCase();
}

/**
 * A report in a form's shape: report fields and none that names what is asked for, and no line out
 * of the fields that asks for something ("Incident: key leaked / Team: ads / please revoke the key").
 */
function isReport(form: Form, reread: (text: string) => ParseResult): boolean {
  if (!hasField(form, 'report') || hasField(form, 'kind')) return false;
  if (form.plain === undefined || form.plain === '') return true;
  return !ACTING.has(reread(form.plain).intent);
}

/** A value put in until one is known ("TBD", "N/A", "Coming Soon", "Not Sure"): no unit's name. */
const PLACEHOLDER =
  /^(?:tb[dca]|n\/?a|none|unknown|unsure(?:\s+yet)?|not\s+sure(?:\s+yet)?|coming\s+soon|to\s+be\s+(?:confirmed|decided|announced)|will\s+confirm|pending|\?+|-+)[.!]?$/i;
/** The unit a form's fields name: a team, BU or unit field first, then a service, app, system or project. */
function unitField(form: Form): { value: string | null; named: string | null } {
  const fields = form.fields.filter((f) => f.role === 'unit');
  const ordered = [
    ...fields.filter((f) => UNIT_LABELS.has(f.label)),
    ...fields.filter((f) => !UNIT_LABELS.has(f.label)),
  ];
  for (const f of ordered) {
    if (PLACEHOLDER.test(f.value.trim())) continue;
    const named = unitOf(f.value) ?? (UNIT_LABELS.has(f.label) ? titleCaseWord(f.value) : null);
    if (named !== null && named !== '') return { value: f.value, named };
  }
  return { value: fields[0]?.value ?? null, named: null };
}

/** The days a key's expiry field states as a bare number ("Expiry: 90"), or 0. */
function expiryDaysOf(form: Form): number {
  const expiry = /^\s*(\d{1,6})\s*(?:days?)?\s*\.?\s*$/.exec(fieldValue(form, 'expiry') ?? '');
  const days = Number(expiry?.[1] ?? 0);
  return days >= 1 && days <= 36_600 ? days : 0;
}

/** A form that asks for a token: a duration in minutes or hours, no expiry, no key kind asked. */
function asksToken(form: Form): boolean {
  const duration = fieldValue(form, 'duration');
  if (duration === null || !HOURS_VALUE.test(duration.trim()) || hasField(form, 'expiry')) return false;
  const kind = fieldValue(form, 'kind');
  return kind === null || !KEY_KIND.test(kind);
}

/** The form as a token request: "token" first, its unit fields left out (a token has no unit). */
function asToken(form: Form): string {
  const lines = form.text.split('\n').filter((l) => !unitLine(l, form.fields));
  return `token\n${lines.join('\n')}`;
}

/** A form's line of a story or asker field ("Purpose: …", "Requested by: …"). */
function storyOrAskerLine(line: string, fields: FormField[]): boolean {
  const label = labelOfLine(line);
  return (
    label !== null && fields.some((f) => (f.role === 'story' || f.role === 'asker') && f.label === label)
  );
}

/** The label of a form's line as its fields name it, or null when the line has no colon. */
function labelOfLine(line: string): string | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  return line
    .slice(0, colon)
    .replace(/[*_`~\-•·]/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

function unitLine(line: string, fields: FormField[]): boolean {
  const colon = line.indexOf(':');
  if (colon < 0) return false;
  const label = line
    .slice(0, colon)
    .replace(/[*_`~\-•·]/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
  return fields.some((f) => f.role === 'unit' && f.label === label);
}

/** The classifier's last choice and whether every other check agreed (parse-request.ts `lastDecision`). */
export interface Decision {
  intent: IntentName;
  score: number;
  evidence: boolean;
}

/** A kind field's words for an action ("Request type: rotation", "Action: deprovision business unit"). */
const ACTION_KIND: Partial<Record<IntentName, RegExp>> = {
  rotate: /\brotat/i,
  revoke: /\brevo(?:k|cation)/i,
  deprovision: /\b(?:deprovision|offboard|decommission)/i,
  create_key: /\b(?:new|create)\b.*\bkey/i,
};
/**
 * The classifier's score at which a form that states the action in its kind field and the unit in its
 * unit field is acted on (in prose an action needs SURE_ACTION, 0.9): the fields say in two words
 * what prose says in a sentence, and the rules and the mood agree. (Round forty-one: 0.8, not 0.85; the retrain put a
 * form that states both, "Team: atlas / Request: deprovision / When: now", at 0.827, just under the old line, where the
 * fields say no less than they did.)
 */
const FORM_SURE = 0.8;

/** A reading stated by a form's fields, at the classifier's score (no question). */
function sure(parse: ParseResult, score: number, form: Form): ParseResult {
  const { question: _asked, ...rest } = parse;
  return decide(
    { ...rest, confidence: score, reason: `${parse.reason}; stated by a form's fields` },
    form.text,
  );
}

/** A form whose kind and unit fields state what the parse asks about, read with every check agreeing. */
function statedByForm(parse: ParseResult, form: Form, decision: Decision | null): boolean {
  const action = ACTION_KIND[parse.intent];
  return (
    decision !== null &&
    action !== undefined &&
    parse.question !== undefined &&
    (parse.problems ?? []).length === 0 &&
    decision.evidence &&
    decision.intent === parse.intent &&
    decision.score >= FORM_SURE &&
    !form.text.includes('?') &&
    form.fields.some((f) => f.role === 'kind' && action.test(f.value)) &&
    parse.businessUnit !== null &&
    unitField(form).named === parse.businessUnit
  );
}

/**
 * A form's reading checked against its story (form-fields.ts `full`): a withdrawal, negation or
 * put-off there ("Reason: just testing, please ignore") stops the action, a question there ("Context:
 * is this safe?") questions it, and a unit named there ("Context: ads key leaked / Request: please
 * revoke it") is the unit when the fields name none.
 */
function storyOf(
  parse: ParseResult,
  form: Form,
  reread: (text: string) => ParseResult,
  decided: () => Decision | null,
): ParseResult {
  if (form.full === undefined || parse.intent === 'help') return parse;
  const told = reread(form.full);
  const toldDecision = decided();
  // (The fields alone ask nothing we read, "Request: please revoke it": the story may name what.)
  // (A token the fields alone ask for stands over the prose's telling, "Requested by: …"; so do fields
  // that ask one of our actions over a story read as nothing, fieldsAskOurs; a story that stops it still
  // does, below.)
  if (
    parse.intent === 'unknown' ||
    (told.intent === 'unknown' &&
      !parse.reason.endsWith(TOKEN_OF_FIELDS) &&
      !fieldsAskOurs(parse, told, form))
  )
    return told;
  // The story alone withdraws or negates ("Reason: do not rotate until the migration ends"), or asks.
  const alone = reread(form.story ?? '');
  if (alone.intent === 'unknown' && STOPPED.test(alone.reason))
    return decide(
      { ...emptyParse(), confidence: 0.8, reason: `${alone.reason} in a form's story` },
      form.full,
    );
  if (told.intent === 'unknown') return toldNothing(parse, form);
  // (A story that tells the action done reports it: asked, never carried out.)
  if (ACTING.has(parse.intent) && parse.question === undefined && storyDone(parse.intent, form.story ?? ''))
    return toldNothing(parse, form);
  if ((form.story ?? '').includes('?') && ACTING.has(parse.intent)) {
    const { question: _q, ...rest } = parse;
    const asked = Math.min(parse.confidence, 0.6);
    return decide(
      { ...rest, confidence: asked, reason: `${parse.reason}; a question in a form's story` },
      form.full,
    );
  }
  if (parse.question !== undefined && told.intent === parse.intent && statedByForm(told, form, toldDecision))
    return sure(parse, toldDecision?.score ?? parse.confidence, form);
  // (The whole message read as prose is sure of the same action on the same unit, as it was before the
  // forms reader: "Dear Support, / Request type: rotation / Business unit: actuarial / … / Thank you".)
  if (
    parse.question !== undefined &&
    told.question === undefined &&
    ACTING.has(told.intent) &&
    told.intent === parse.intent &&
    told.businessUnit === parse.businessUnit &&
    (told.problems ?? []).length === 0
  )
    return withFieldSlots(told, parse);
  if (told.question !== undefined && form.full.includes('?')) return told;
  if (told.intent === parse.intent && parse.businessUnit === null && told.businessUnit !== null)
    return decide({ ...parse, businessUnit: told.businessUnit }, form.text);
  return parse;
}

/** The slots a form's fields state that the prose reading of the whole message left empty. */
const FIELD_SLOTS = ['expiryDays', 'keyKind', 'owner', 'region'] as const;

/**
 * The whole message's prose reading, sure of the fields' action, with the slots only the fields state
 * (fix40c, tuned-logistics: "*Request type:* access key / *Team:* Linehaul Planning / *Expiry:* 60 /
 * *Justification:* … can't babysit tokens": the prose reads the key and its unit, the bare "60" of the
 * expiry field is read as days only from the field).
 */
function withFieldSlots(told: ParseResult, fields: ParseResult): ParseResult {
  const changed: Partial<ParseResult> = {};
  for (const slot of FIELD_SLOTS)
    if (told[slot] === null && fields[slot] !== null) Object.assign(changed, { [slot]: fields[slot] });
  return Object.keys(changed).length === 0 ? told : { ...told, ...changed };
}

/**
 * Fields that ask for an action of ours in a kind field, the whole form read as nothing for its story
 * but not as withdrawn or negated ("Reason: just testing, please ignore" stops it).
 */
function fieldsAskOurs(parse: ParseResult, told: ParseResult, form: Form): boolean {
  return (
    ACTING.has(parse.intent) &&
    hasField(form, 'kind') &&
    !STOPPED.test(told.reason) &&
    // (fix61: "Ticket type: token / Duration: 2h / Region: Stockholm / Reason: store texts for Season 7": a kind field
    // that names a token names ours, whatever the story's words read as, "store" here; it is asked of us.)
    (!TOLD_AS.test(told.reason) || TOKEN_KIND.test(fieldValue(form, 'kind') ?? ''))
  );
}

/**
 * The whole form's readings that its fields do not override: everyday things ("Why: rotate the tyres on
 * the van"), something not ours, a request put off ("Reason: sorry wrong channel"). (A story telling the
 * action done is asked about: storyDone.)
 */
const TOLD_AS = /^(?:about everyday things|about something not ours|request put off)/;

/**
 * Story words that may hold or take back what the fields ask: STORY_STOPS's ("already", "not", "until")
 * and "ignore", "don't", "stop", "nothing"; and the action told as done ("the ticket bot rotated it at
 * 9am", "revoked yesterday", "fyi", "logging for the audit").
 */
const STORY_HOLDS = /\b(?:ignore|don'?t|do\s+not|stop|nothing)\b/i;
/** A story that tells the action done, its own verb in the past ("the ticket bot rotated it at 9am"). */
const DONE_OF: Partial<Record<IntentName, RegExp>> = {
  rotate: /\b(?:rotated|regenerated)\b/i,
  revoke: /\b(?:revoked|deleted|disabled)\b/i,
  create_key: /\b(?:created|issued)\b/i,
  deprovision: /\b(?:deprovisioned|offboarded|decommissioned)\b/i,
};
/** Whether a form's story tells its own action done, or is logged for the record ("fyi", "logging"). */
const storyDone = (intent: IntentName, story: string): boolean =>
  DONE_OF[intent]?.test(story) === true || /\b(?:fyi|logging|logged)\b/i.test(story);

/**
 * A form whose fields ask for an action of ours, read whole as nothing (the story drowns them: "*Why*:
 * legacy giving propensity model (PRJ-KEN-07 has nothing to do with this, ignore the old ticket)"): the
 * reason field is story, never the request, so the fields' reading stands; asked about when the story
 * has words that may hold or take it back, or asks a question ("Context: is this safe? should we?"). A form that asks for nothing of ours is read whole, as before.
 */
function toldNothing(parse: ParseResult, form: Form): ParseResult {
  const story = form.story ?? '';
  if (
    !STORY_HOLDS.test(story) &&
    !STORY_STOPS.test(story) &&
    !storyDone(parse.intent, story) &&
    !story.includes('?')
  )
    return parse;
  const { question: _q, ...rest } = parse;
  return decide(
    {
      ...rest,
      confidence: Math.min(parse.confidence, 0.6),
      reason: `${parse.reason}; a form's story may hold it`,
    },
    form.full ?? form.text,
  );
}

/** The parse of a form's text with what its fields state put over the prose reading, checked against its story. */
export function withFormFields(
  first: ParseResult,
  form: Form,
  reread: (text: string) => ParseResult,
  decision: Decision | null = null,
  decided: () => Decision | null = () => null,
): ParseResult {
  return recordProse(
    placeholderUnit(storyOf(fieldsOver(first, form, reread, decision), form, reread, decided), form),
    form,
  );
}

/**
 * Prose around a form's fields that tells of the fields as a record, of the past or of a need in doubt ("for
 * reference, last quarter we used", "what we had before was", "not sure we still need it", "fyi, the old ticket
 * had"): the fields are shown, not asked for. Not prose that asks as well ("last time it ran out, can I get it
 * again?", "same as last time please").
 */
const RECORD_PROSE =
  /\b(?:for\s+(?:reference|the\s+record|context|posterity|info(?:rmation)?)|fyi|(?:last|previous)\s+(?:quarter|month|year|week|sprint|time|round|request|ticket)|previously|earlier\s+(?:this|that|in)|used\s+to|back\s+in|(?:we|i|they|he|she)\s+(?:used|had|ran|requested|got|asked\s+for)|old\s+(?:ticket|request|form|setup|config|one)|(?:as\s+an?|for)\s+example|so\s+you\s+can\s+see)\b/i;
/**
 * (review37: asking in so many words, not a word that may tell of it: "another team used it", "we will ask again
 * when …", "(same as last time)" still tell; "please", "can I", "get me another" ask.)
 */
const PROSE_ASKS =
  /\b(?:please|pls|plz|can\s+(?:i|we|you)|could\s+(?:i|we|you)|would\s+you|give\s+me|(?:i|we)\s+(?:need|want|would\s+like|'d\s+like)|need\s+(?:another|a\s+new|one\s+more|more)|(?:get|give|issue|make)\s+(?:me|us)\s+(?:another|a\s+new|one\s+more)\b)/i;
/** Doubt of the need itself: "not sure we still need it", "do we still need this?" — asked, however it is put. */
const NEED_IN_DOUBT =
  /\b(?:not\s+sure|unsure|no\s+idea|dunno|whether|if)\s+(?:we|i|they)\s+(?:still\s+)?need\b/i;

/** An action a form's fields ask for, its prose telling of a record or the past: offered as a question, never done. */
function recordProse(parse: ParseResult, form: Form): ParseResult {
  const prose = form.plain ?? '';
  if (!ACTING.has(parse.intent) || prose.trim() === '') return parse;
  // (A need in doubt asks, however it is put; a record only when the prose does not ask as well.)
  if (!NEED_IN_DOUBT.test(prose) && (!RECORD_PROSE.test(prose) || PROSE_ASKS.test(prose))) return parse;
  const { question: _q, ...rest } = parse;
  return decide(
    {
      ...rest,
      confidence: Math.min(parse.confidence, 0.6),
      reason: `${parse.reason}; a form told as a record`,
    },
    form.full ?? form.text,
  );
}

/**
 * A form whose unit field holds a placeholder ("Team: TBD", "Team: Coming Soon", "Team: Unsure Yet"):
 * its unit is missing, whatever the prose made of the words, and the action is asked about.
 */
function placeholderUnit(parse: ParseResult, form: Form): ParseResult {
  if (!ACTING.has(parse.intent)) return parse;
  const units = form.fields.filter((f) => f.role === 'unit');
  if (units.length === 0 || !units.every((f) => PLACEHOLDER.test(f.value.trim()))) return parse;
  const { question: _q, ...rest } = parse;
  return decide(
    {
      ...rest,
      businessUnit: null,
      confidence: Math.min(parse.confidence, 0.6),
      reason: `${parse.reason}; a form's unit left to fill in`,
    },
    form.full ?? form.text,
  );
}

/** The owner an owner field names, and none a requester field names (into `changed`). */
function ownerChange(parse: ParseResult, form: Form, changed: Partial<ParseResult>): void {
  const ownerValue = fieldValue(form, 'owner');
  const owner = ownerValue === null ? null : personOf(ownerValue);
  if (owner !== null && WITH_OWNER.has(parse.intent) && owner !== parse.owner) changed.owner = owner;
  const askerValue = fieldValue(form, 'asker');
  const asker = askerValue === null ? null : personOf(askerValue);
  if (asker !== null && parse.owner === asker && owner === null) changed.owner = null;
}

/** A token request reread from a form, with the owner its fields state. */
function ownerOver(token: ParseResult, form: Form): ParseResult {
  const changed: Partial<ParseResult> = {};
  ownerChange(token, form, changed);
  return withChanged(token, changed, form);
}

/** A parse with what a form's fields changed put over it and decided again (the same parse when nothing changed). */
function withChanged(parse: ParseResult, changed: Partial<ParseResult>, form: Form): ParseResult {
  if (Object.keys(changed).length === 0) return parse;
  const { question: _question, ...rest } = parse;
  return decide({ ...rest, ...changed, reason: `${parse.reason}; read from a form's fields` }, form.text);
}

/** The words an action field's intent is said in, with the unit after them. */
const SAID: Partial<Record<IntentName, string>> = {
  rotate: 'rotate the key for',
  revoke: 'revoke the key for',
  deprovision: 'deprovision',
};

/** A letter's salutation or sign-off line. */
const SIGN_OFF =
  /^\s*(?:(?:many\s+)?thanks?(?:\s+you)?|thank\s+you|cheers|(?:kind\s+|best\s+)?regards|best)\b[^:]*$/i;
const LETTER_LINE = new RegExp(`${SIGN_OFF.source}|^\\s*(?:dear|hi|hello|hey)\\b[^:]*$`, 'i');
/** A plea alone after a pasted form ("pls", "← that's what I need please"; units24). */
const PLEA_LINE = /^[\s←<>=-]*(?:(?:that'?s\s+what\s+(?:i|we)\s+need|please|pls|plz)[\s,.!]*){1,3}$/i;
/** A name alone under a sign-off ("Martin"). */
const NAME_LINE = /^\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*$/;
/** A story field's words that report, hold or refuse ("already done", "not until the audit"). */
const STORY_STOPS =
  /\b(?:done|already|completed|finished|cancell?ed|cancel|hold|not|no|never|rejected|declined|later|after|until|wait|maybe|if)\b/i;

/**
 * The fields a bare form of an action may hold besides its action and unit: an owner that names a person,
 * an expiry. Any other line ("State: done", "Approved: no", "Asset: TLS certificate", "for: the SSH
 * deploy key") is story the fields alone cannot weigh.
 */
function onlyActionFields(form: Form): boolean {
  // (A letter's salutation and sign-off, "Dear Bedrock Support," … "Thank you,\nMartin", are no story.)
  // (units24: nor the headline that is the form's kind, "Deprovisioning request" above "Unit: `x`".)
  const head = form.fields.find((f) => f.label === 'headline')?.value;
  const plain = (form.plain ?? '').split('\n').filter((l) => l.trim() !== '' && l.trim() !== head);
  if (
    plain.some(
      (l, i) =>
        !LETTER_LINE.test(l) &&
        !PLEA_LINE.test(l) &&
        !(i > 0 && SIGN_OFF.test(plain[i - 1] ?? '') && NAME_LINE.test(l)),
    )
  )
    return false;
  let kinds = 0;
  let units = 0;
  for (const f of form.fields) {
    if (f.role === 'kind') kinds++;
    else if (f.role === 'unit') units++;
    else if (f.role === 'story' && !STORY_STOPS.test(f.value)) continue;
    // (units24: who asked names no slot and stops nothing: "Requested by: <@U…>".)
    else if (f.role === 'asker' && personOf(f.value) !== null) continue;
    else if (!(f.role === 'expiry' || (f.role === 'owner' && personOf(f.value) !== null))) return false;
  }
  return (kinds === 1 || (kinds === 0 && expiryDaysOf(form) > 0)) && units === 1;
}

/** The fields a form asking for a token may hold besides its duration: none that asks or reports. */
const TOKEN_FORM_ROLES = new Set(['duration', 'story', 'asker', 'owner', 'region']);

/**
 * "TTL: 4h / Purpose: winter ops briefing summaries / Requested by: <@U…>": a form of a duration in hours
 * and only the fields around it (why, who asks, for whom, where), read as telling ("requested") rather
 * than asking, asks for a token (README "Forms": a duration in minutes or hours and no key asked for).
 * Null when the form holds anything else, a line that is no field, a question or a story that stops.
 * `regionField`: a Region field (not another trade's form) that, read as an AWS Region in the token, names
 * the credential as a token's word does (awsRegionField).
 */
function tokenOfFields(
  first: ParseResult,
  form: Form,
  reread: (text: string) => ParseResult,
  regionField = false,
): ParseResult | null {
  const named = namesToken(form);
  if (
    STOPPED.test(first.reason) ||
    form.tasks === true ||
    form.text.includes('?') ||
    (form.plain ?? '').trim() !== '' ||
    !form.fields.every((f) => TOKEN_FORM_ROLES.has(f.role) || tokenKindField(f)) ||
    form.fields.some((f) => f.role === 'story' && STORY_STOPS.test(f.value)) ||
    !asksToken(form) ||
    !(named || regionField)
  )
    return null;
  // (Only the lines that state the token's values: who asked and why tell no value, and "requested"
  // reads as told.)
  // (fix61: nor the kind field that names the token, "Ticket type: token", whose other words read as another trade's.)
  const lines = form.text
    .split('\n')
    .filter((l) => !storyOrAskerLine(l, form.fields) && !tokenKindLine(l, form.fields));
  const token = reread(`token\n${lines.join('\n')}`);
  if (token.intent !== 'token' || (!named && token.region === null)) return null;
  const owned = ownerOver(token, form);
  return { ...owned, reason: `${owned.reason}${TOKEN_OF_FIELDS}` };
}
/** fix61: a kind field that names a token ("Ticket type: token", "Request: token"): the form asks for one. */
const tokenKindField = (f: FormField): boolean => f.role === 'kind' && TOKEN_KIND.test(f.value);
/** A form's line of such a kind field. */
function tokenKindLine(line: string, fields: FormField[]): boolean {
  const label = labelOfLine(line);
  return label !== null && fields.some((f) => tokenKindField(f) && f.label === label);
}
/** A duration label that is a token's own ("TTL", "Token duration"). */
const TOKEN_LABEL = /^(?:ttl|token\s+(?:duration|ttl))$/;
/**
 * Words that name a token, a credential or the service ("temporary credentials", "Bedrock", "Claude"), or work
 * done with a model ("prompt tuning", "eval notebook", "benchmark run"; requests26: a meeting's purpose, "sprint
 * planning", names none).
 */
const TOKEN_WORDS =
  /\b(?:tokens?|ttl|bedrock|credentials?|creds|api|keys?|access|claude|llms?|models?|ai|summari[sz]\w*|anthropic|prompts?|prompting|evals?|inference|embeddings?|fine[\s-]?tun\w*|benchmark\w*)\b/i;

/**
 * fix39b, tuned-auction: a text put into another language or speech written out is a model's work as a summary is,
 * "Duration: 4h / Purpose: translate the Geneva press kit into German"; the verb, not "the translation team".
 * (fix61: subtitles as well, "Duration: 4h / Purpose: subtitle QC for the delivery / Requested by: <@U…>".)
 * (post39c: not where a person does it, an interpreter, a court reporter, a booking, a deposition or a visit:
 * "Interpreter booking / Duration: 2h / Purpose: translating for the Lyon client visit" books a person.)
 */
const LANGUAGE_WORK = /\b(?:translat(?:e|es|ing)|transcrib(?:e|es|ing)|subtitl(?:e|es|ing))\b/i;
const PEOPLES_LANGUAGE_WORK =
  /\b(?:interpret\w*|translators?|reporters?|stenograph\w*|transcriptionists?|captioners?|court|depositions?|hearings?|bookings?|booked|visits?|in[\s-]?person|on[\s-]?site)\b/i;

/**
 * Whether a form of a duration names a token: a token's duration label, a word for one, or a unit's field
 * ("Team: ads / Duration: 30 min", round thirteen's forms: a team asking for a time is asking us). "Duration:
 * 2 hours / Purpose: quarterly planning offsite / Requested by: Dana" is a meeting, read whole.
 */
function namesToken(form: Form): boolean {
  return (
    form.fields.some((f) => (f.role === 'duration' && TOKEN_LABEL.test(f.label)) || f.role === 'unit') ||
    TOKEN_WORDS.test(form.text) ||
    (LANGUAGE_WORK.test(form.text) && !PEOPLES_LANGUAGE_WORK.test(form.text)) ||
    (DOCUMENT_WORK.test(form.text) && !PEOPLES_WORK.test(form.text) && !PEOPLES_LANGUAGE_WORK.test(form.text))
  );
}
/**
 * fix52e, tuned-insurer: as a translation is, work read or written over documents is a model's ("Duration: 2h / Purpose:
 * reviewing water-damage claims for the Southeast region", "drafting the renewal letters", "summarising the audit
 * notes", "tagging support tickets"; fix61: done again, "re-annotate the panel", "re-check the filings"): a verb of that work opening the purpose, and no gathering of people, a booking or
 * another trade's work in the form ("Duration: 2 hours / Purpose: reviewing the budget at the quarterly planning
 * offsite" is a meeting, read whole).
 */
const DOCUMENT_WORK =
  /\b(?:purpose|reason|why|justification|use\s+case|description|notes?)\s*:\s*(?:to\s+)?(?:re-?)?(?:review|draft|writ|rewrit|summar|analy[sz]|classif|tag|triag|extract|proofread|label|annotat|categori[sz]|sort|compar|check|read)\w*\s+(?!(?:with|at|in|for)\b)/i;
const PEOPLES_WORK =
  /\b(?:meetings?|offsite|off-site|workshops?|planning|stand-?ups?|calls?|interviews?|lunch|dinner|trainings?|sessions?|visits?|shifts?|rooms?|venues?|appointments?|breaks?|leave|holidays?|vacations?|onboarding|huddle|retro|retrospective|town\s*hall|all-?hands|webinar|demo|presentation|party|event)\b/i;
/**
 * requests21: "*Duration*: 90 minutes / *Region*: eu-west-3 / *Reason*: tagging the french catalogue for
 * the geo-blocking review": a Region field that the parser reads as an AWS Region names where the
 * credential is, so a form of a duration and a Region asks for a token (its reason is story, no unit);
 * "Region: North" of a property form is no Region of ours and leaves the form as it was.
 */
function awsRegionField(first: ParseResult, form: Form): boolean {
  return first.region !== null && form.fields.some((f) => f.role === 'region') && !otherOpsForm(form);
}
/** A form of a Region that names another trade's work and no token (OTHER_OPS_WORK, namesToken). */
function otherOpsForm(form: Form): boolean {
  return (
    form.fields.some((f) => f.role === 'region') &&
    OPS_HINT.test(form.text) &&
    OTHER_OPS_WORK.test(form.text) &&
    !namesToken(form)
  );
}
/**
 * fix21d: the work of another trade that a form of a duration and an AWS Region also fits: a maintenance
 * window, a spot fleet, a DR drill, a change ticket, an outage ("*Maintenance* / *Duration*: 2 hours /
 * *Region*: eu-west-2 / *Reason*: patching the fraud-ml cluster" is no token; it stays asked).
 */
const OTHER_OPS_WORK =
  /\b(?:maintenance|patch(?:ing|es|ed)?|fleet|drill|dr|failover|fail-over|incident|outage|downtime|instances?|clusters?|database|db|replicas?|change\s+(?:ticket|request|window)|migration|backups?|restore|rollout|upgrade|resiz(?:e|ing)|rebalanc(?:e|ing)|deploy(?:ment)?)\b/;
/** The letters OTHER_OPS_WORK's words hold, a cheap look before it. */
const OPS_HINT =
  /mainten|patch|fleet|drill|dr\b|fail|incident|outage|downtime|instance|cluster|database|db|replica|change|migrat|backup|restore|rollout|upgrade|resiz|rebalanc|deploy/;
/** The reason of a read the classifier chose where the rules read nothing asked of us. */
const CLASSIFIER_OVER_NOTHING = 'not a request to this bot; classifier: ';
/** The reason's mark of a token read from a form's fields alone (storyOf keeps it over the prose reading). */
const TOKEN_OF_FIELDS = "; a token from a form's fields";

/**
 * A form of two fields the prose reads as nothing ("Project: recsys / Type: rotate"): an action field and
 * a unit field say the request in two words, read as the sentence they stand for, and asked about first
 * (two words are little to act on) unless a story field says why ("Reason: annual rotation per policy"). Not a stopped request, a report or a question, nor a form with
 * other lines (onlyActionFields).
 */
function actionOfFields(first: ParseResult, form: Form, reread: (text: string) => ParseResult): ParseResult {
  if (
    STOPPED.test(first.reason) ||
    form.tasks === true ||
    hasField(form, 'report') ||
    form.text.includes('?') ||
    !onlyActionFields(form)
  )
    return first;
  const kind = fieldValue(form, 'kind');
  const named = unitField(form).named;
  if (named === null || named === '') return first;
  // (units24: "Business unit: duty-calc / Owner: … / Expiry: 90": a unit and a key's expiry in days, no kind
  // field, ask for a key for the unit, as a form of a duration in hours asks for a token.)
  const days = expiryDaysOf(form);
  const intent =
    kind === null
      ? days > 0
        ? ('create_key' as const)
        : undefined
      : (Object.keys(SAID) as IntentName[]).find((i) => ACTION_KIND[i]?.test(kind) === true);
  if (intent === undefined) return first;
  const said = intent === 'create_key' ? `key for ${named}, expiry ${days} days` : `${SAID[intent]} ${named}`;
  const read = reread(said);
  if (read.intent !== intent || read.businessUnit !== named) return first;
  const changed: Partial<ParseResult> = {};
  ownerChange(read, form, changed);
  const { question: _question, ...rest } = { ...read, ...changed };
  return decide(
    {
      ...rest,
      confidence: hasField(form, 'story') ? read.confidence : Math.min(read.confidence, 0.6),
      reason: `${read.reason}; read from a form's two fields`,
    },
    form.text,
  );
}

/**
 * fix31a2: "Duration: 2h / Notes: parking bay reserved for the delivery van / Contact: reception", "Meeting: sprint
 * retro / Duration: 1h / Notes: went fine": a form of a duration whose other fields say what the time is for (and who
 * asks, whom to contact, where), and name no token, no credential, no model work and no unit of ours, is a booking or a meeting told, not a token asked
 * (README "Forms": the duration asks for a token only with something of ours beside it). The classifier, trained on
 * many token forms, reads the shape alone as a token; the form's words decide. Not a form that names a token
 * ("Duration: 2h / Purpose: Bedrock testing"), a unit ("Team: ads / Duration: 30 min") or an AWS Region, nor a
 * form of a duration alone ("Duration: 3h"), which has nothing but the token's value, nor one of work that may be
 * done with a credential ("Purpose: quick curl test"). Null when it does not apply.
 */
/** Work that may be done with our credential though it names none: a test, a curl call, a script, a demo, a run. */
// (fix54b, tuned-autoparts: and the document work a model does, "Purpose: PFMEA review Line 7": summarising, drafting,
// extracting, classifying, evaluating, a review of a document (an FMEA, a PPAP, an 8D, code, a contract,
// a drawing, a spec), a root-cause analysis; "design review" and "sprint retro" stay meetings; translating is
// LANGUAGE_WORK's, which knows an interpreter booked.)
const API_WORK =
  /\b(?:curl|tests?|testing|debug\w*|scripts?|notebooks?|demos?|experiments?|poc|pilot|prototyp\w*|sandbox|calls?|requests?|runs?|jobs?|batch|pipelines?|dev|integration|summar(?:y|ies|i[sz]e|i[sz]ing)|draft(?:s|ing)?|extract\w*|classif\w*|evaluat\w*|evals?|embeddings?|prompts?|ocr|rca|root[\s-]cause|(?:fmea|pfmea|dfmea|ppap|8d|code|doc|document|contract|drawing|spec)\s+reviews?)\b/i;

function durationOfOtherThing(parse: ParseResult, first: ParseResult, form: Form): ParseResult | null {
  if (
    (parse.intent !== 'token' && parse.intent !== 'create_key') ||
    !asksToken(form) ||
    !form.fields.some((f) => f.role === 'story') ||
    !form.fields.every((f) => TOKEN_FORM_ROLES.has(f.role)) ||
    namesToken(form) ||
    API_WORK.test(form.text) ||
    awsRegionField(first, form)
  )
    return null;
  return decide(
    { ...emptyParse(), confidence: 0.8, reason: 'a form of a duration for another thing' },
    form.text,
  );
}

/** What the reason ends in when the classifier alone chose help over the rules' low reading. */
const CLASSIFIER_HELP = '; classifier: help';

/** What parse-request.ts adds to the reason of a reading the message's mood doubted ("statement, and doubted"). */
const DOUBTED = ', and doubted';

/**
 * Round thirty-six: a form of a unit and a token's own duration ("App = chat-assist\nTTL = 4h") whose prose the mood
 * doubted as a statement, the classifier retrained on round thirty-five's blind files no longer sure of a key: the
 * token the fields ask for, as the same form is read when the prose reads a credential (fieldsOver, below). Not a
 * question, nor another trade's form, nor fields with prose around them; offered as a question, never issued as it
 * stands.
 */
function doubtedTokenForm(
  first: ParseResult,
  form: Form,
  reread: (text: string) => ParseResult,
): ParseResult | null {
  if (!first.reason.endsWith(DOUBTED) || form.text.includes('?') || otherOpsForm(form)) return null;
  // (Only the fields: a line of prose around them, "for reference, last quarter we used", tells of a form; review36.
  // post40f: prose that tells of the fields as a record reads the token they state, offered as a question by
  // recordProse, never carried out, as before the retrain moved the doubt.)
  const prose = (form.plain ?? '').trim();
  if (prose !== '' && !RECORD_PROSE.test(prose) && !NEED_IN_DOUBT.test(prose)) return null;
  if (STOPPED.test(first.reason) || form.tasks === true) return null;
  if (form.fields.some((f) => f.role === 'story' && STORY_STOPS.test(f.value))) return null;
  if (!asksToken(form) || !namesToken(form)) return null;
  const token = reread(asToken(form));
  if (token.intent !== 'token') return null;
  // (post40f: a form of nothing but a unit field and a token's own duration label, "App = doc-search / TTL = 2h",
  // states the token in so many words: the fields' reading stands whatever the classifier's doubt, lead37.)
  if (prose === '' && tokenLabelled(form)) return ownerOver(token, form);
  // (The mood doubted it: offered and asked about, never issued as it stands.)
  const { question: _q, ...rest } = ownerOver(token, form);
  return decide(
    {
      ...rest,
      confidence: Math.min(token.confidence, DOUBTED_FORM),
      reason: `${token.reason}; a form read past a doubt`,
    },
    form.text,
  );
}
/** post40f: a form of only a unit field and a duration under a token's own label ("App = doc-search / TTL = 2h"). */
function tokenLabelled(form: Form): boolean {
  return (
    form.fields.length === 2 &&
    form.fields.some((f) => f.role === 'unit') &&
    form.fields.some((f) => f.role === 'duration' && TOKEN_LABEL.test(f.label))
  );
}
/** Below CONFIDENT: a form read past the mood's doubt is asked about. */
const DOUBTED_FORM = 0.6;

function fieldsOver(
  first: ParseResult,
  form: Form,
  reread: (text: string) => ParseResult,
  decision: Decision | null,
): ParseResult {
  // (fix31a2: "Purpose: berth schedule summary test / Duration: 3h / Region: Ireland", which the prose reads as a
  // token of something not ours, the Region's place named in no slot of it: the fields' Region read as an AWS
  // Region names the credential, as below for a look-up; a place that is none, "Location: Room 4B", names none.)
  if (first.intent === 'unknown')
    return (
      tokenOfFields(first, form, reread, hasField(form, 'region') && !otherOpsForm(form)) ??
      doubtedTokenForm(first, form, reread) ??
      actionOfFields(first, form, reread)
    );
  const parse = statedByForm(first, form, decision)
    ? sure(first, decision?.score ?? first.confidence, form)
    : first;
  if ((form.tasks === true || isReport(form, reread)) && !form.text.includes('?'))
    return decide({ ...emptyParse(), confidence: 0.8, reason: 'a report written as a form' }, form.text);
  // requests23: "Purpose: berth schedule summary test / Duration: 3h / Region: Ireland": a form of a duration
  // and only the fields around it that the prose reads as a look-up (details, models, spend) took that
  // look-up from its story ("summary", "model"); the form asks for a token (README "Forms").
  if (READ_INTENTS.has(parse.intent)) {
    const token = tokenOfFields(first, form, reread, hasField(form, 'region') && !otherOpsForm(form));
    if (token !== null) return token;
    // (Round thirty-four's retrain: "{\"team\": \"ops-ml\", \"expiry_days\": 30} pls", which the rules read as
    // nothing, went to a unit's details by the classifier at 0.42: the look-up is the classifier's guess alone, so the
    // form's two fields say the request, as they do where the prose reads nothing.)
    if (first.reason.startsWith(CLASSIFIER_OVER_NOTHING)) {
      const action = actionOfFields({ ...first, intent: 'unknown' }, form, reread);
      if (action.intent !== 'unknown') return action;
    }
  }
  const tokenAsked = parse.intent === 'help' && TOKEN_KIND.test(fieldValue(form, 'kind') ?? '');
  // (post39c: help that is the classifier's guess alone over a form of a duration for another thing, "How long: 2h /
  // Reason: dentist appointment / Approver: my manager" after round thirty-nine's retrain, is that form told.)
  if (parse.intent === 'help' && !tokenAsked && first.reason.endsWith(CLASSIFIER_HELP)) {
    const other = durationOfOtherThing({ ...parse, intent: 'token' }, first, form);
    if (other !== null) return other;
  }
  if (parse.intent === 'help' && !tokenAsked) return parse;
  const told = durationOfOtherThing(parse, first, form);
  if (told !== null) return told;
  // (A form the prose only guesses a token from, "Duration: 45 minutes / Purpose: fire drill walkthrough",
  // is made one only when it names a token: namesToken.)
  if (
    (parse.intent === 'create_key' || parse.intent === 'token' || tokenAsked) &&
    asksToken(form) &&
    (first.question === undefined || namesToken(form) || awsRegionField(first, form))
  ) {
    const token = reread(asToken(form));
    if (token.intent === 'token' && otherOpsForm(form)) {
      // (fix21d: "*Maintenance window* / *Duration*: 2 hours / *Region*: eu-west-2 / *Reason*: RDS
      // patching" is another trade's form that names no token: asked about, never issued as it stands.)
      const { question: _q, ...rest } = ownerOver(token, form);
      return decide(
        {
          ...rest,
          confidence: Math.min(rest.confidence, 0.6),
          reason: `${rest.reason}; another trade's form`,
        },
        form.text,
      );
    }
    if (token.intent === 'token') return ownerOver(token, form);
  }
  const changed: Partial<ParseResult> = {};
  const { value: unit, named } = unitField(form);
  if (named !== null && WITH_UNIT.has(parse.intent) && named !== parse.businessUnit)
    changed.businessUnit = named;
  // ("Unit: TBD": a unit field left blank in words names none, and the prose reading of it neither; nor
  // of a secret or a key's ID in a unit field, "Project: sk_test_4eC3…", which is never repeated.)
  else if (
    unit !== null &&
    (isBlank(unit) || secretIn(unit)) &&
    parse.businessUnit !== null &&
    blankUnit(unit, parse)
  )
    changed.businessUnit = null;
  ownerChange(parse, form, changed);
  // ("*Expiry:* 90": a key's expiry field counts days, its unit left out.)
  const days = expiryDaysOf(form);
  if (parse.intent === 'create_key' && parse.expiryDays === null && days > 0) changed.expiryDays = days;
  return withChanged(parse, changed, form);
}
