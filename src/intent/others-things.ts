/**
 * Another trade's things read with our read words (round nineteen): the history, spend, list or
 * models of something that is not ours. All read the prepared text (lowercase, hyphenated names
 * glued with `_`, a stated period as `xxperiod`).
 *  - a record's number as the object: "history of CKT-88213", "the folio history for PNR QX7Z2L",
 *    "history of room 412 minibar charges", "spend at PAR-03 was up 12%", "history of WO-4471": a
 *    circuit, a booking, a work order, a room, a part is numbered so; a unit of ours is named as a
 *    name ("hack-2025", "poc2", "line-3-vision"), never as letters and a number alone;
 *  - a list of another trade's people or things: "list of arrivals for tomorrow", "list of refunds for
 *    today" (not "list of units", nor a list for a unit: "list keys for growth");
 *  - models of products: "12 models of safety glasses", "which models of card readers do the branches
 *    use?" (not "which models of deepseek": a provider is ours).
 */

import { LEXICON } from './lexicon.js';

/** Nouns that name a unit of ours with a number ("team 42", "squad 7"), and words of time or rank. */
const NOT_RECORD = new Set(
  (
    'team teams unit units squad pod crew group lab project bu desk line cell hub the a an our my ' +
    'last past next first top over under about around since in of for on at per every each only ' +
    'week weeks day days month months year years quarter hour hours minute minutes q fy cost centre center'
  ).split(' '),
);

/**
 * A record's number after a preposition: a short word and a number ("mrn 88231", "room 412"), or a
 * word and a code of letters and digits mixed ("pnr qx7z2l"): a unit is never named so. Letters and a
 * number glued ("ckt_88213", "wo_4471") may be a unit's name ("hack-09", "cogs-108"): such a code is a
 * record only beside a plain noun the read is of ("history of downtime on cnc_07").
 */
const RECORD_CODE =
  /\b(?:of|for|on|at|per|in)\s+(?:the\s+)?(?:([a-z]{2,4})_(\d{2,})|([a-z]{2,6})\s+(\d{2,}|[a-z]*\d[a-z][a-z0-9]*|\d+[a-z]+))\b(?![_-])/g;

/** Prefixes of a reference to tracked work (a ticket, a change, an incident, a sprint): why a read is asked. */
const WORK_REF = new Set(
  'inc chg jira cr change sprint ticket tkt req ritm story task issue pr mr'.split(' '),
);

/** Is the unit the object of a read word ("history of ads", "audit log for growth", "spend for kyc")? */
function readWordsObject(text: string, unit: string): boolean {
  const esc = unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(String.raw`\b([a-z]+)\s+(?:of|for|on)\s+(?:the\s+)?${esc}\b`, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const tag = LEXICON[m[1] ?? ''];
    if (tag === 'History' || tag === 'Spend') return true;
  }
  return false;
}

/**
 * A read of a record of another trade's: a record's number is named after a preposition, and the
 * unit found is a single plain word beside the record ("minibar" of "history of room 412 minibar
 * charges", "price" of "price history for sku 448812", "downtime" of "history of downtime on cnc_07"),
 * the spaced number itself, or (for a spaced one) none. A plain unit that is the read word's own object
 * is the unit read when the number is a reference to tracked work, which only says why ("history of
 * ads for INC-4412", "spend for kyc on JIRA-221", "history of payments for change 10442"); another
 * number is the thing's own record ("downtime on cnc_07", "history of complaints for order 55821").
 */
export function readOfRecord(text: string, unit: string | null): boolean {
  if (!/\d/.test(text)) return false;
  const plain = unit !== null && !unit.includes('-');
  const object = plain && readWordsObject(text, unit);
  RECORD_CODE.lastIndex = 0;
  for (let m = RECORD_CODE.exec(text); m !== null; m = RECORD_CODE.exec(text)) {
    // ("for the ISO 27001 audit": a standard named before the read word is what the read is for.)
    const next = /^\s+([a-z]+)/.exec(text.slice(m.index + m[0].length))?.[1] ?? '';
    if (LEXICON[next] === 'History') continue;
    if (object && WORK_REF.has(m[1] ?? m[3] ?? '')) continue;
    if (m[1] !== undefined) {
      if (plain || unit === null) return true;
    } else if (!NOT_RECORD.has(m[3] ?? '') && (unit === null || plain || spacedUnit(unit, `${m[3]}-${m[4]}`)))
      return true;
  }
  return false;
}

/** The unit read from a spaced record's number, alone or with the noun after it ("bed-12-admissions"). */
const spacedUnit = (unit: string, code: string): boolean => unit === code || unit.startsWith(`${code}-`);

/**
 * "list of arrivals for tomorrow", "list of refunds for today": a list of a plural noun, found as a
 * unit by its place alone, for a day or a time (what comes and goes on a day is no unit of ours).
 */
export function listOfOthers(text: string, unit: string | null): boolean {
  if (unit === null || unit.includes('-') || !unit.endsWith('s') || !text.includes('list')) return false;
  return new RegExp(
    String.raw`\blist\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?${unit}\s+(?:for|on|from|due|this|next|today|tomorrow|tonight|xxperiod)\b`,
  ).test(text);
}

/** Words that make models ours whatever follows "models of" (singular or plural: "embeddings", "chatbots"). */
export const OUR_MODEL_WORDS =
  /\b(?:ai|llms?|language|foundation|embeddings?|bedrock|claude|genai|gen_ai|chatbots?|rerank(?:ers?|ing)?|image\s+(?:models?|generators?|generation))\b/;
/**
 * A question to the bot about what it serves ("which models of transformers can I call", "what models of
 * X do you support?"): the models are ours whatever their family is called ("the branches use" is no
 * question to the bot).
 */
const ASKED_OF_US =
  /\b(?:can|could|may)\s+(?:we|i)\s+(?:call|invoke|access|use\s+(?:via|through|with|on)\s+(?:you|the\s+bot))\b|\bdo\s+you\s+(?:support|offer|serve|host|have)\b|\bavailable\s+(?:via|through|on|with|from)\s+(?:you|the\s+bot|here)\b/;
/** "models of safety glasses", "12 models of printers": a product's models, of a plural noun. */
const MODELS_OF_THINGS =
  /\bmodels\s+of\s+(?:the\s+|our\s+|these\s+|those\s+|their\s+|your\s+)?(?:new\s+|old\s+|current\s+)?(?:[a-z]+\s+)?[a-z]{3,}s\b/;
/**
 * notours28: models a trade stocks, sells or fits ("which lock models are we stocking for the council job?", "what
 * boiler models do we fit"): a product's models, which the bot neither stocks nor fits. fix33a: the product named after
 * "of", singular or plural ("which models of turntable are we stocking for the Christmas bundle?").
 */
const MODELS_STOCKED =
  /\bmodels?\s+(?:of\s+(?:[a-z]+\s+){1,2}?)?(?:are|do|did|does|is|should|will)\s+(?:we|you|they|i)\s+(?:stock(?:ing)?|sell(?:ing)?|fit(?:ting)?|install(?:ing)?|carry(?:ing)?|order(?:ing)?|supply(?:ing)?)\b/;
export function modelsOfThings(text: string): boolean {
  if (MODELS_STOCKED.test(text) && !OUR_MODEL_WORDS.test(text)) return true;
  return (
    text.includes('models of') &&
    MODELS_OF_THINGS.test(text) &&
    !OUR_MODEL_WORDS.test(text) &&
    !ASKED_OF_US.test(text)
  );
}

/** A product's code: letters and a number ("x7", "rx_450", "s24", "xc40"), not a model family of ours. */
const PRODUCT_CODE = /\b(?!o\d\b|gpt\d|v\d\b|g\d\b)[a-z]{1,3}_?\d{1,4}\b/g;
/**
 * Models named as a product's codes (round nineteen): "models on the floor this week: X7 base, X7
 * sport, and the X5 facelift", "models in stock: S23, S24 ultra, A54": two codes or more after
 * "models" name a car's, a phone's, a drill's models (a model of ours is named by a provider's word).
 */
export function modelsAsProducts(text: string, story = ''): boolean {
  const at = text.indexOf('models');
  if (at < 0 || OUR_MODEL_WORDS.test(text) || OUR_MODEL_WORDS.test(story)) return false;
  // (A list after the question or the colon is told apart as the story: "models on the line: rx_450, …".)
  const codes = (text.slice(at).match(PRODUCT_CODE)?.length ?? 0) + (story.match(PRODUCT_CODE)?.length ?? 0);
  return codes >= 2;
}

/**
 * Another system's feature asked about (round nineteen): "does the Salto system let us revoke cards
 * remotely?", "can the Opera PMS let us rotate room rates?": our verbs in what another system lets one
 * do ("does the bot let us revoke keys?" asks the bot's help).
 */
const OTHER_SYSTEM_LETS =
  /^\W*(?:does|do|can|could|will|would)\s+(?:the\s+|our\s+|their\s+|your\s+)?((?:[a-z0-9_]+\s+){0,3}?)(?:system|app|platform|portal|software|tool|pms|crm|erp|suite|service|site|website|server|controller|reader|terminal)s?\s+(?:let|lets|allow|allows|support|permit|enable)\b/;
const OURS_AS_SYSTEM = /\b(?:bot|bedrock|bedrock_bot|aws|amazon|slack|this|that|it)\b/;
export function otherSystemAsked(text: string): boolean {
  const m = OTHER_SYSTEM_LETS.exec(text);
  return m !== null && !OURS_AS_SYSTEM.test(m[1] ?? '');
}

/**
 * A message told as not for the bot (round nineteen): "revoke access for the ex-employee in the OSS —
 * fyi for the IAM team, not bedrock", "rotate the badge codes — fyi facilities, not the bot". "not
 * bedrock" alone may correct a provider ("a token for anthropic, not bedrock"): a note for someone
 * (fyi, heads up, cc) comes first then. "not the bot" ends its clause ("not the bot account" is whose).
 */
const NOT_FOR_THE_BOT =
  /\bnot\s+(?:for\s+)?(?:the\s+|this\s+)?(?:bedrock[\s_]+)?bot\s*(?=[.!?,;:)]|$)|\b(?:fyi|heads\s+up|cc)\b.*\bnot\s+(?:for\s+)?(?:the\s+)?bedrock\s*(?:[.!]|$)/;
export function notForTheBot(text: string): boolean {
  return (text.includes('not') && NOT_FOR_THE_BOT.test(text)) || notOursSaid(text);
}
/**
 * The whole message said to be not ours (round twenty-one): "Rightmove feed credentials need renewing,
 * not a bedrock thing, just flagging", "nothing to do with bedrock, fyi": a credential named in it is
 * another system's. ("not a bedrock key" is no such note: a thing, an issue, a question is.)
 */
const NOT_OURS_SAID =
  /\bnot\s+(?:an?\s+)?(?:bedrock|bot|aws)\s+(?:thing|issue|problem|question|request|matter|job|ticket)\b|\bnothing\s+to\s+do\s+with\s+(?:the\s+)?(?:bedrock|bot)\b|\bunrelated\s+to\s+(?:the\s+)?(?:bedrock|bot)\b/;
/**
 * Said of something else (fix21a): "the 500s are nothing to do with bedrock", "the outage was unrelated to
 * bedrock", the note ending the prefix before it; "it's"/"this is" say it of the credential named.
 */
const SAID_OF =
  /\b([a-z0-9]+)(?:\s+(?:is|are|was|were|had|has|have|seems?|seemed|looks?|looked)|['’](?:s|re))\s+(?:[a-z]+ly\s+)?$/;
const SAID_OF_IT = /^(?:it|this|that|which|they|these|those|who|what)$/;
/** The note opening the text: "not a bot problem, the key leaked: rotate the ads key". */
const OPENS = /^\W*(?:<@[a-z0-9|._-]+>\W*)?(?:(?:hey|hi|ok|okay|so|well)\W+)?$/;
/** A command of ours, put to the bot beside the note. */
const OUR_COMMAND =
  /\b(?:rotate|revoke|create|deprovision|offboard|issue|generate)\b|\b(?:need|get|give\s+me)\s+(?:a|an|one)\s+(?:new\s+)?(?:token|key)\b/;
/** Another provider's credential: the note is about it ("not a bedrock thing, rotate the zoopla key"). */
const OTHER_PROVIDERS =
  /\b(?:rightmove|zoopla|stripe|twilio|sendgrid|xero|mailchimp|hubspot|zendesk|salesforce|okta|github|google)\b/;

/**
 * Whether "not a bedrock thing" speaks of another thing than the command of ours the text asks: an
 * incident told as not ours, then "please rotate the payments key anyway". Only that note's own clause is
 * not ours then.
 */
function saidOfAnother(text: string, at: number): boolean {
  if (!OUR_COMMAND.test(text) || OTHER_PROVIDERS.test(text)) return false;
  const before = text.slice(Math.max(0, at - 60), at);
  if (at <= 60 && OPENS.test(before)) return true;
  const m = SAID_OF.exec(before);
  return m !== null && !SAID_OF_IT.test(m[1] ?? '');
}

export function notOursSaid(text: string): boolean {
  if (!text.includes('not') && !text.includes('unrelated')) return false;
  const m = NOT_OURS_SAID.exec(text);
  return m !== null && !saidOfAnother(text, m.index);
}
/** A note for someone: "fyi", "heads up", "cc". */
export const NOTE_FOR_SOMEONE = /\b(?:fyi|heads\s+up|cc)\b/;
