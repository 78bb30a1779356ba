/**
 * A question about whether, where or how a request can be made, not the request (round sixteen; README
 * "A question that asks for a token is a request"): "just curious, can i get a token for 3h from my
 * phone or do i need the laptop", "can I revoke a key from the mobile app or only from desktop?", "is it
 * possible to get a token from home or do I need to be on VPN". The alternative ("or do I need …", "or
 * does it have to …", "or only …", "or must I be …") weighs two ways of asking, so the answer is how it
 * works (help), never the credential. Also a question hedged as curiosity without its question mark
 * ("just curious, could I get a 12h token"): hedged.ts reads it with the mark. Reads the prepared text
 * (lowercase, a lifetime as `xxdur`). "token for 3h please, I'm on my phone", "can i get a token for 3h?
 * on my phone so keep it short" and "can I get a token for 3h or 4h?" stay requests.
 */
import type { KeyKind } from '../core/request.js';

/** A hedge or an opening that may stand before the question ("quick q:", "just curious,", "hey"). */
const LEAD = String.raw`(?:(?:hey|hi|hello|so|ok|okay|also|and|quick\s+(?:q|qq|question)|q|question|just\s+curious|curious|i'?m\s+curious|out\s+of\s+(?:pure\s+)?curiosity|(?:just|only)\s+wondering|random\s+(?:q|question))\b[\s,:;.!—–-]*)*`;

/** A question whether something can be done: "can i …", "is it possible to …", "does it work …". */
const CAN_OPENING = String.raw`(?:can|could|may|am\s+i\s+able\s+to|are\s+we\s+able\s+to|is\s+it\s+possible\s+to|is\s+there\s+a\s+way\s+to|does\s+(?:it|this|the\s+bot|the\s+command)|will\s+(?:it|this|the\s+bot)|do\s+(?:you|tokens|keys|requests)|would\s+(?:it|that))\b`;

/**
 * The other way weighed: "or do I need (to) …", "or does it have to …", "or must I be …", "or only on
 * …", "or is it only …", "or does it only work …".
 */
const ALTERNATIVE = String.raw`\bor\s+(?:(?:do|does|would|will|must)\s+(?:i|we|it|you|one|they|this|that)\s+(?:(?:still|also|only|always|really|absolutely)\s+)?(?:need|have\s+to|has\s+to|got\s+to|require|work|be|gotta)\b|(?:must|have\s+to|has\s+to|need\s+to)\s+(?:i|we|it)\b|(?:do|does)\s+(?:i|we|it|this)\s+need\b|(?:is\s+it|it'?s|it\s+is)\s+only\b|only\s+(?:on|from|via|through|with|in|at|when|while|if|over|by|inside|within|when)\b|(?:just|only)\s+(?:the|my|a|an)\s+(?:laptop|desktop|computer|pc|mac|browser|office|vpn|channel|dm|web)\b)`;

const WHETHER = new RegExp(String.raw`^\W*${LEAD}${CAN_OPENING}[^.?!\n]*?${ALTERNATIVE}`);

/**
 * foreign26: a place asked, then the nearest one offered as the other way ("can I have a token in Manila? or
 * the closest is Singapore?", "could we get a key in Lagos? or is the nearest Cape Town?"): whether the bot
 * offers it there, help on Regions, never the credential.
 */
const NEAREST_INSTEAD = new RegExp(
  String.raw`^\W*${LEAD}${CAN_OPENING}[^.?!\n]{0,60}?\bin\s+[^?.!\n]{1,30}\?\s*(?:or|else)\s+(?:is\s+|would\s+be\s+|will\s+be\s+)?(?:the\s+)?(?:closest|nearest)\b`,
);
/** Whether the lowercase text asks for a thing in a place, the nearest place offered as the other way. */
export const asksNearestInstead = (lower: string): boolean =>
  (lower.includes('closest') || lower.includes('nearest')) && NEAREST_INSTEAD.test(lower);

/** Curiosity said, then a question whether it can be had, without its question mark. */
const CURIOUS_UNMARKED = new RegExp(
  String.raw`^\W*(?:(?:hey|hi|hello|so|ok|okay)\b[\s,:;.!—–-]*)?(?:just\s+curious|i'?m\s+curious|out\s+of\s+(?:pure\s+)?curiosity|(?:just|only)\s+wondering)\b[\s,:;.!—–-]*(?:can|could|may|would|is\s+it\s+possible\s+to)\s+(?:i|we|you|u|someone|one|a|an)\b`,
);

/** Words after the question that ask for it all the same: "… either way, token for 3h please". */
const ASKED_ALL_THE_SAME = /\b(?:please|pls|plz|go\s+ahead|either\s+way|anyway|just\s+do\s+it|asap)\b/;

/** A question whether (where, how, from what) a request can be made: help, not the request. */
export function asksWhetherPossible(text: string): boolean {
  if (!(text.includes(' or ') || /curio|wonder/.test(text))) return false;
  const m =
    WHETHER.exec(text) ?? (text.includes('?') ? NEAREST_INSTEAD.exec(text) : CURIOUS_UNMARKED.exec(text));
  if (m === null) return false;
  return !ASKED_ALL_THE_SAME.test(text.slice(m.index + m[0].length));
}

/**
 * A question, put first, that only the bot's help can answer (round nineteen; README "Help or unknown",
 * "Whether the bot offers something", "Help carries no lifetime"), however the rest reads ("… they get
 * passed between shifts", "… if a tablet got stolen", "I only need 5 min"):
 *  - two of our commands weighed: "rotate vs revoke — which one if a tablet got stolen?";
 *  - two of our credentials weighed: "token or key for the maintenance tablets?";
 *  - what one command does: "what does deprovision do exactly? does it delete the logs too?";
 *  - the bounds of a lifetime: "is there a minimum? I only need 5 min to test one reply" (the need that
 *    follows tells why it is asked; a lifetime or a token must be named after it, so "is there a minimum
 *    order?" is not ours);
 *  - a credential for another person, no one named: "can you issue a token to another person?", "can I
 *    get a token for my offsider? he's new and not on slack yet" (a person by a pronoun, no mention);
 *  - whether there is a way to see or check something: "is there a way to see how much we've spent?";
 *  - whether Bedrock is had in a place at all: "can we have Bedrock in Dubai at all?" (help regions, with
 *    the Region: a help question names it too; README "Places");
 *  - what one of our words means here, anywhere in the message: "what exactly is a 'token' in this
 *    context? not a cloakroom token" (WORD_IN_CONTEXT);
 *  - which models a credential can call, or what a model can do through us ("which claude models can a
 *    token use?", "can claude read PDFs through bedrock? which model would that be?").
 * Read on the raw message lowercased (as later-condition.ts is: "api key", "5 min" as written). A
 * request after the question ("… ? token for 3h please", "token or key? I'll take a token for 3h": what
 * follows, read on its own, acts; parse-request.ts reads it) is asked all the same, and a request put
 * first ("token for 2h please, is there a maximum btw?") is a request.
 */
const COMMAND_WORD = String.raw`(?:rotate|rotation|revoke|revocation|deprovision|deprovisioning|deprov)`;
const CREDENTIAL_WORD = String.raw`(?:tokens?|tok|api[\s_-]?keys?|keys?|access[\s_-]keys?|long[\s_-]term\s+keys?|short[\s_-]term\s+tokens?|bearer\s+tokens?)`;
const LIFETIME = String.raw`(?:\d+(?:\.\d+)?\s*(?:h|hr|hrs|hours?|m|min|mins|minutes?|d|days?)\b|(?:an?|one|two|three|few|couple\s+of)\s+(?:hours?|minutes?|days?)\b)`;
/** The message's start, not a quoted line: "> rotate or revoke?" is someone else's question, quoted. */
const OPENING = String.raw`^(?!\s*>)\W*(?:<@[\w|.-]+>[\s,:]*)?${LEAD}`;
const MODEL_NAME = String.raw`(?:claude|llama|mistral|mixtral|titan|nova|cohere|sonnet|haiku|opus|deepseek)`;
/** Two credentials weighed ("token or key for …?"): the question states no kind (README "Key kinds"). */
const WEIGHED = String.raw`(?:an?\s+)?${CREDENTIAL_WORD}\s+(?:vs\.?|versus|or)\s+(?:an?\s+)?${CREDENTIAL_WORD}\b[^.?!\n]*\?`;
const ONLY_THE_BOT = new RegExp(
  `${OPENING}(?:${[
    String.raw`${COMMAND_WORD}\s+(?:vs\.?|versus|or)\s+${COMMAND_WORD}\b`,
    `(?<weighed>${WEIGHED})`,
    String.raw`what\s+(?:exactly\s+)?(?:does|do|will)\s+(?:the\s+)?['"\`‘’“”]?\s*${COMMAND_WORD}\s*['"\`‘’“”]?\s+(?:command\s+)?(?:actually\s+|really\s+|exactly\s+)?(?:do|does|mean)\b(?:\s+(?:exactly|actually|here|again))?\s*\?`,
    String.raw`(?<bounds>(?:is\s+there\s+(?:a|an|any)|what'?s\s+the|what\s+is\s+the|any)\s+(?:minimum|maximum|min|max|limit|cap|shortest|longest)(?:\s+(?:on|for|to)\s+(?:the\s+|a\s+)?(?:tokens?|tok|lifetime|duration|ttl|expiry|length|keys?|api[\s_-]?keys?))?\s*\?(?=[^?]*(?:${LIFETIME}|\btokens?\b|\btok\b)))`,
    String.raw`(?:can|could|may|will|would)\s+(?:you|u|i|we|the\s+bot|it)\s+(?:issue|give|get|make|create|request|hand\s+out)\s+(?:an?\s+)?(?:tokens?|tok|keys?|api[\s_-]?keys?)\s+(?:to|for)\s+(?:(?:another|other|a\s+different)\s+(?:person|people|user|users|colleagues?|teammates?|team\s+members?|members?|employees?|humans?|one|ones)|someone\s+else|somebody\s+else|others)\b`,
    // (a person told of by a pronoun next, never named: "can I get a token for my offsider? he's not on slack")
    String.raw`(?![^@]*@)(?:can|could|may)\s+(?:i|we)\s+(?:get|have|grab|request|ask\s+for)\s+(?:an?\s+|one\s+)?(?:tokens?|tok)\s+for\s+(?:my|our|a|an)\s+(?:new\s+)?[a-z]+(?:-[a-z]+)?(?:\s+[a-z]+)?\s*(?:\?+\s*(?:(?:he|she|they)(?:'s|'re|’s|\s+is|\s+are|\s+has|\s+have|\s+isn'?t|\s+aren'?t|\s+doesn'?t|\s+don'?t)|(?:he|she|they)\s+(?:is|are|has|have|does|do)\s+not)\b|\s+who(?:'s|’s|\s+is|\s+isn'?t|\s+has)\s+(?:not|no|n't)\b)`,
    String.raw`(?:is\s+there\s+(?:a|any|some)\s+way|any\s+way)\s+(?:to|i\s+can|we\s+can|for\s+(?:me|us)\s+to)\s+(?:see|check|view|find\s+out|look\s+up|track|list|show|tell)\b(?=[^?\n]*\b(?:bedrock|aws|ai|keys?|tokens?|api|creds?|credentials?|units?|teams?|history|audit|logs?|approvals?|models?|regions?|expir\w*|spend(?:ing)?|usage|bill)\b)`,
    String.raw`(?:can|could|do|does)\s+(?:we|i|you|u|one)\s+(?:even\s+)?(?:have|get|use|access|run)\s+(?:bed\s?rock|bedrok)\s+in\s+[^?.!\n]{1,40}?(?:\s+at\s+all|,?\s+or\s+not)\s*\?`,
    String.raw`(?:which|what)\s+(?:${MODEL_NAME}\s+)?models?\s+(?:can|could|will|does|do)\s+(?:an?\s+|my\s+|our\s+|the\s+)?(?:tokens?|tok|keys?|api[\s_-]?keys?|access[\s_-]keys?|ai\s+password|credentials?)\s+(?:use|call|reach|access|hit|talk\s+to)\b`,
    String.raw`(?:can|could|does|will)\s+${MODEL_NAME}\s+(?:read|see|handle|process|understand|parse|summari[sz]e|translate|write|take)\b[^?\n]*\?\s*(?:(?:and|so)\s+)?(?:which|what)\s+model\b`,
  ].join('|')})`,
);
/**
 * What one of our words means here (asks25b): "What exactly is a 'token' in this context? Not a cloakroom
 * token, I gather.", "what do you mean by token in this channel? like a voucher?": the bot's vocabulary,
 * asked anywhere in the message (a newcomer's apology may come first), help on the kinds of credential.
 */
const WORD_IN_CONTEXT =
  /\bwhat(?:\s+(?:exactly|exacly|actually|even|precisely))?(?:['’]s|\s+is|\s+are|\s+does|\s+do\s+(?:you|u|we|they|people)\s+mean\s+by)\s+(?:exactly\s+|actually\s+|really\s+)?(?:an?\s+|the\s+)?[`'"‘’“”*_]?(?:tokens?|tok|keys?|api[\s_-]?keys?|access[\s_-]?keys?)[`'"‘’“”*_]?\s+(?:(?:actually|exactly|really|even)\s+)?(?:mean\s+)?(?:in\s+(?:this|the)\s+(?:context|channel|bot|case)|here|around\s+here)\b[^?\n]{0,60}\?/;
/**
 * The word's other sense named instead, a model's tokens or a piece's key ("what does token mean in this
 * context? the LLM output said 900 tokens"): not the bot's vocabulary.
 */
const OTHER_SENSE =
  /\b(?:llms?|prompts?|outputs?|tokeni[sz]\w*|context\s+window|max_?tokens|\d[\d,.]*\s?k?\s+tokens|songs?|music|chords?|key\s+of\s+[a-g])\b/;

/**
 * What the bot must be given to make a request (fixlong29), asked anywhere in the message: "What do I need to give
 * the bot to create a key: unit, owner, expiry?", "what details do you need from me to create an access key?", "what
 * do i have to tell the bot to get a token?". A need told before it ("the Galley Systems squad needs bedrock for the
 * menu-planner job.") is why it is asked, and questions after it ("anything else?") ask the same: help on that
 * command, never the request. Read on the raw message lowercased or the prepared text ("api_key").
 */
export const INFO_ASKED =
  /\bwhat\s+(?:else\s+)?(?:(?:info|information|details|fields|data|values)\s+(?:do|does|would|will|should)\s+(?:you|u|i|we|the\s+bot|it)\s+(?:need|want|require|have\s+to\s+(?:give|provide|include|fill\s+in))|(?:do|should|must)\s+(?:i|we)\s+(?:need\s+to|have\s+to|gotta)\s+(?:give|tell|send|provide|type|include|supply|fill\s+in|put\s+in)|does\s+(?:the\s+bot|it|bedrock_bot)\s+(?:need|want|require))\b[^?.!\n]{0,40}?\bto\s+(?:create|get|make|request|set\s+up|order|issue)\s+(?:an?\s+|the\s+|one\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?<cred>keys?|api_keys?|tokens?|tok|creds|credentials?)\b/;
const infoAsked = (lower: string): RegExpExecArray | null =>
  lower.includes('what') && lower.includes(' to ') ? INFO_ASKED.exec(lower) : null;

/** A credential named: after a lifetime's bound, what asks for one rather than tells the need. */
const CREDENTIAL_NAMED = /\b(?:tokens?|tok|keys?|creds?|credentials?)\b/;

/**
 * A question put first that only the bot's help answers, with no request asked all the same after it:
 * where the question ends (after its question mark), or undefined. The caller reads what follows on its own: a
 * request there ("token or key? I'll take a token for 3h", "any limit? need a 3h token for growth") is
 * asked, the question only leads to it. After a lifetime's bound, a lifetime alone tells why it is asked
 * ("is there a max? we need about 14h for the batch"): only a credential named there asks for one, so
 * without one the end is given as the text's end (nothing left to read).
 */
export function onlyTheBotsQuestion(lower: string): OnlyTheBotsQuestion | undefined {
  if (!lower.includes('?')) return undefined;
  const bots = ONLY_THE_BOT.exec(lower);
  const m = bots ?? wordInContext(lower) ?? infoAsked(lower);
  if (m === null) return undefined;
  const after = m.index + m[0].length;
  if (ASKED_ALL_THE_SAME.test(lower.slice(after))) return undefined;
  const mark = lower.indexOf('?', m.index);
  const end = mark < 0 ? lower.length : mark + 1;
  const needOnly = m.groups?.bounds !== undefined && !CREDENTIAL_NAMED.test(lower.slice(end));
  return {
    end: needOnly ? lower.length : end,
    weighed: m.groups?.weighed !== undefined,
    kind: kindAsked(m[0]),
  };
}

/** The kind a question of what a word means asks about ("what is an api key here?"; README "Key kinds"). */
function kindAsked(question: string): KeyKind | null {
  if (!question.includes('key')) return null;
  if (/\bapi[\s_-]?keys?\b/.test(question)) return 'api-key';
  return /\baccess[\s_-]?keys?\b/.test(question) ? 'access-key' : null;
}

/**
 * Round thirty-one: one of our words asked what it means here, with its other sense named after ("what is a key in
 * this context? the song sheet says key of G", "what does token mean in this context? the LLM output said 900
 * tokens"): the word of a song or a model, not the bot's vocabulary (rules.ts reads it as nothing, decided).
 */
export function wordInOtherSense(lower: string): boolean {
  return lower.includes('context') || lower.includes('here')
    ? WORD_IN_CONTEXT.test(lower) && OTHER_SENSE.test(lower)
    : false;
}

function wordInContext(lower: string): RegExpExecArray | null {
  if (!lower.includes('what')) return null;
  const m = WORD_IN_CONTEXT.exec(lower);
  return m === null || OTHER_SENSE.test(lower) ? null : m;
}

/** Where the question put first ends, and whether it weighs two credentials (then it states no key kind). */
export interface OnlyTheBotsQuestion {
  end: number;
  weighed: boolean;
  /** The one kind of key the question names (only when what a word means is asked). */
  kind: KeyKind | null;
}
