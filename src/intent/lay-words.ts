/**
 * Lay words: how people outside engineering name our credentials and actions, rewritten to the words
 * the rules and the classifier read. Runs in prepare.ts on the lowercased text, after the values are
 * lifted out (a lifetime is `xxdur` here).
 *  - a credential named by what it is for: "the AI password", "an AI pass", "my account for the AI",
 *    "a Claude login", "access to the AI tool", "the chatbot password", "a login for the AI" →
 *    `bedrock ai_credential` (the provider's name is kept: "claude bedrock ai_credential"). Whether it
 *    is a token or a team's key is decided by the rules (rules.ts, `credentials`): a lifetime in hours
 *    is a token, a unit or a long-term use a key, and nothing either way is asked about;
 *  - "take away" / "take back" a key → revoke; "change", "reset" or "replace" a key or a password of
 *    one → rotate, and "change it" or "a new one please" after the key was seen by others → rotate it;
 *  - "stop", "pause" or "freeze" a key → a revoke; "shut down", "close" or "wind down" everything for
 *    a unit, "clean it all up" → deprovision;
 *  - "a permanent password" or "an app password" next to a word for the AI → a long-term credential.
 * Other passwords, logins and accounts ("my Okta password", "a Midjourney account", "the wifi
 * password") are left as they are: only one next to a word for the AI is ours.
 */

import { isNameWord } from './business-unit.js';
import { nameBeforeGroup, premisesWord, TEAM_NOUNS } from './group-nouns.js';
import { FUNCTION_WORDS, LEXICON } from './lexicon.js';
import { systemTail } from './system-run.js';

/** Words for the AI the bot gives access to (not other vendors' products: "ChatGPT Plus", "Copilot"). */
const AI = String.raw`(?:a\.i\.?|ai|genai|gen\s+ai|llm|chatbot|claude|bedrock)`;
const AI_THING = String.raw`${AI}(?:\s+(?:tool|system|thing|thingy|assistant|platform|stuff|app|service|bot))?`;
/** Lay nouns for a credential after the AI word ("the AI password", "claude's login", "an AI pass"). */
const NOUN_AFTER = String.raw`(?:passwords?|pass|passes|passcodes?|logins?|log-ins?|logons?|accounts?|access|credentials?|creds)`;
/** … and before it ("a login for the AI", "access to Claude", "a pass for the AI thing"). */
const NOUN_BEFORE = String.raw`(?:passwords?|pass|passes|logins?|log-ins?|logons?|accounts?|access)`;
/** Not a lay credential: "the AI access key" (a kind), "the AI login page" (a web page). */
const NOT_AFTER = String.raw`(?![\w-])(?!\s+(?:keys?|page|pages|portal|screen|form|issues?|problems?|manager|policy|rules?|reset|request|requests)\b)`;
const LAY_AFTER_RE = new RegExp(
  String.raw`(?<![\w-])(${AI_THING})(?:'s)?\s+(?:temporary\s+|temp\s+)?${NOUN_AFTER}${NOT_AFTER}`,
  'g',
);
/** Not the AI's own credential: "a login for the chatbot vendor's admin portal". */
const NOT_OF_AI = String.raw`(?![\w-])(?!'s\b|\s+(?:vendor|vendors|vendor's|provider|company|admin|portal|page|website|site)\b)`;
const LAY_BEFORE_RE = new RegExp(
  String.raw`(?<![\w-])${NOUN_BEFORE}\s+(?:for|to|of|on|into|in)\s+(?:use\s+|using\s+)?(?:the\s+|our\s+|my\s+|your\s+)?(${AI_THING})${NOT_OF_AI}`,
  'g',
);
/**
 * Another vendor's AI named in the message ("the chatbot account on Intercom", "my ChatGPT login",
 * "the Copilot seat"): its passwords and accounts are not ours, whatever AI word stands next to them.
 */
export const OTHER_VENDOR =
  /\b(?:chatgpt|copilot|gemini|bard|midjourney|grammarly|jasper|perplexity|notion|intercom|zendesk|salesforce|hubspot|figma|canva|deepl|otter|zoom|teams\s+premium)\b/;

/**
 * fix37c, tuned-edtech: getting into the AI, asked as access to it ("could I get into the AI thing this afternoon?",
 * "can I log into the AI tool for an hour?"): a lay name's request, "get the AI access"; not another vendor's.
 */
const GET_INTO_AI_RE = new RegExp(
  // (review37: only asked for oneself, "can/could I", "I need to", "let me": "interns: sign into the AI tool for 30
  // minutes and try the prompts" tells people what to do, "I couldn't log into the AI tool yesterday" reports.)
  String.raw`(?<=(?:\b(?:can|could|may)\s+(?:i|we)(?:\s+(?:please|just|quickly))?|\b(?:i|we)\s*(?:need|want|have|would\s+like|'d\s+like|’d\s+like)\s+to(?:\s+(?:please|just|quickly))?|^\W*(?:need|have)\s+to|\blet\s+(?:me|us))\s+)(get|log|sign)\s+(?:in)?to\s+(?:the\s+|our\s+)?(${AI_THING})${NOT_OF_AI}`,
  'g',
);
/** A cheap test before the regular expressions: a lay noun and a word for the AI. */
const NOUN_HINT = /pass|log|account|access|cred|into/;
/** Lay words for a person's access to a product: a login, an account, a password, a seat, a licence. */
export const LOGIN_WORDS = /\b(?:logins?|accounts?|passwords?|seats?|licen[cs]es?)\b/;
const AI_HINT = /(?<![\w-])(?:ai|a\.i|genai|gen\s+ai|llm|chatbot|claude|bedrock)(?![\w-])/;

/**
 * Access to a model family other than Claude asked for a lifetime (prepared as "xxdur": "need access to llama for an
 * hour", "give me access to mistral for 30 min"); not asked bare or told ("who has access to llama?", "can I get
 * access to llama?", "we lost access to llama for an hour" stay as they were read).
 */
const MODEL_ACCESS_RE =
  /(?<![\w-])((?:need|needs|want|wants|get|give|like|request)\s+(?:me\s+|us\s+)?)access\s+to\s+(?:the\s+)?(llama|mistral|mixtral|titan|cohere|deepseek|jamba)(?:\s+\d[\w.]*)?(?=\s+for\s+xxdur\b)/g;

function credential(ai: string): string {
  return ai.startsWith('claude') ? ' claude bedrock ai_credential ' : ' bedrock ai_credential ';
}

/**
 * "take away the key", "take the key away from …", "take back the key": a revoke. ("I take that back",
 * "take it back", "take me back through …" take back words or walk through something: no revoke.)
 */
const TAKE_AWAY_RE =
  /(?<![\w-])take\s+(?:(away|back)\s+|(?!(?:it|that|this|me|us|them|him|her|everything|all)\s)((?:[\w'-]+\s+){1,4}?)(?:away|back)(?![\w-]))/g;
/**
 * units23: "take the key off the agronomy desk", "take the api key off hiring-ops": the key taken off its
 * holder, a revoke for them. Only when what follows "off" names a unit (offHolder): a key taken off a hook,
 * a counter, a peg or a laptop is no revoke ("take the key off the hook", "take the keys off the peg").
 */
const TAKE_OFF_RE =
  /(?<![\w-])take\s+((?:the|their|its|our|that|this)\s+(?:[\w-]+\s+){0,2}?(?:keys?|api_key|access_keys?|credentials?|creds))\s+off\s+(?=[a-z])/g;
/** Things a physical key hangs or lies on, named without their article ("take the key off hook"). */
const KEY_RESTS_ON = new Set(
  'hook hooks peg pegs nail nails rack board keyboard shelf counter table wall lanyard keyring ring chain desk'.split(
    ' ',
  ),
);
/** Determiners that may open the holder's name after "off" ("off the growth team", "off our payroll desk"). */
const HOLDER_OPENERS = new Set(['the', 'their', 'our', 'its', 'that', 'this']);
/** Group nouns that are also furniture or premises ("the front desk", "the back office", "the transport hub"). */
const PLACE_GROUPS = new Set(['desk', 'office', 'hub']);
/** Words that may follow the holder's name and end it: courtesy, a time ("off hiring-ops please", "… today"). */
const HOLDER_AFTER = new Set([
  'please',
  'pls',
  'plz',
  'now',
  'asap',
  'today',
  'tomorrow',
  'tonight',
  'thanks',
  'entirely',
]);

/**
 * fix23c: does the text after "take the key off" name a unit? A name alone ("off hiring-ops", "off
 * growth"), or a determiner, one to three name words and a team's or a system's noun ("off the agronomy
 * desk", "off the invoice bot"), not premises or furniture ("off the front desk", "off the coffee desk").
 * Anything else is a thing a key hangs on or lies on ("off the hook", "off the counter", "off the laptop").
 */
function offHolder(rest: string): boolean {
  const words: string[] = [];
  // (Whether the holder's last word is cut by a possessive: "off the growth team's desk" is the desk.)
  let possessive = false;
  for (const raw of rest.split(/\s+/, 6)) {
    const w = /^[a-z0-9][\w-]*/.exec(raw)?.[0];
    if (w === undefined) break;
    words.push(w);
    if (w.length < raw.length) {
      possessive = /^'s?\b|^\u2019s?\b/.test(raw.slice(w.length));
      break;
    }
  }
  // (The holder ends its phrase: "off the growth team hook" is the hook, "off the growth team please" the team.)
  const endsAt = (k: number): boolean => {
    const next = words[k + 1];
    if (k === words.length - 1) return !possessive;
    return next === undefined || FUNCTION_WORDS.has(next) || HOLDER_AFTER.has(next) || !isNameWord(next);
  };
  const first = words[0];
  if (first === undefined) return false;
  // (A person mentioned, "take the key off @jane": their key. known24: not a thing a key hangs on with its
  // article dropped, "take the key off hook".)
  if (!HOLDER_OPENERS.has(first))
    return (
      (first === 'xxuser' ||
        (isNameWord(first) && LEXICON[first] === undefined && !KEY_RESTS_ON.has(first))) &&
      endsAt(0)
    );
  for (let k = 2; k < words.length && k <= 4; k++) {
    const w = words[k] ?? '';
    const team = TEAM_NOUNS.has(w);
    if (!team && !systemTail(w)) continue;
    const name = words.slice(1, k);
    if (!endsAt(k) || premisesWord(name[0] ?? '') || name.some((n) => FUNCTION_WORDS.has(n))) return false;
    // (A tool of software may be named by an everyday word, "off the invoice bot"; a team, a desk or a
    // system of premises not: "off the coffee desk", "off the door entry system".)
    if (!team && w !== 'system') return true;
    // (A group of people may be named by its work, "off the contractor onboarding squad", "off the board
    // team", but by no everyday thing; a desk, an office or a hub is furniture or premises unless a name
    // word stands before it.)
    if (team && !PLACE_GROUPS.has(w))
      return name.every((n) => LEXICON[n] !== 'Everyday' && LEXICON[n] !== 'Greeting');
    return name.every(isNameWord) && nameBeforeGroup(name[name.length - 1] ?? '', w);
  }
  return false;
}

/** What a revoke takes away: a key of ours named in the message. */
const KEY_NAMED =
  /(?<![\w-])(?:keys?|api_key|ai_credential|credentials?|creds|bedrock|access_keys?)(?![\w-])/;
/**
 * "change the AI key of support-ops", "reset the password of brand-studio's key", "replace the
 * key": the verb, then up to five words of the object (no owner, name, date or place of it: "change
 * the owner of the key" is no rotation), then a word for the key. (fix50b, tuned-printing: a word of the object may be
 * a service's dotted name, "reset the quote.estimator key pls", as "quote_estimator" is.)
 */
const CHANGE_KEY_RE =
  /(?<![\w-])(?<!\b(?:a|an|the|any|no|this|that|key)\s)(?:change|reset|replace|swap\s+out|swap)\s+(?=(?:(?!(?:owner|owners|name|names|expiry|lifetime|region|email|contact|description|tags?|to|into|with|in|at|on|from|meeting|date|time|log|logs|history|request|requests|ticket|tickets|management|freeze|window|board|advisory|process|policy)\s)[\w'-]+(?:\.[\w-]+)*\s+){0,6}?(?:keys?|api_key|ai_credential|credentials?|creds|secret)(?![\w-]))/g;
/**
 * train28i: the same change said in the passive, "can project Phoenix's key be changed?", "the ads key needs to
 * be reset": the key word right before "be", and no new value after it ("be changed to bob" changes an owner).
 * Rewritten to "rotated", which the rules read as they read it written so (asked about, as a question).
 */
const KEY_BE_CHANGED_RE =
  /((?<![\w-])(?:keys?|api_key|ai_credential|credentials?|creds)\s+be\s+)(?:changed|reset|replaced|swapped)(?![\w-])(?!\s+(?:to|into|with|from)\b)/g;
/**
 * fix43b, tuned-styles-lay: "don't take the quote-emails key away, just change it please": "change it" said instead
 * of a negated revoke (its lay words rewritten first) is the rotation of that key, as "just rotate it" is
 * (negation.ts changeSaidInstead reads the rest). Only after "just"/"only" and a revoke refused before it:
 * "don't change it, just leave it" and "just change it to bob" are no rotation.
 */
const JUST_CHANGE_IT_RE =
  /(?<=(?<![\w-])(?:just|only|simply)\s+)(?:change|reset|replace|swap)(?=\s+(?:it|them)(?![\w-])(?!\s+(?:to|into|with|from|for)\b))/g;
const REVOKE_REFUSED =
  /(?<![\w-])(?:don'?t|do\s+not|not|no\s+need\s+to)\s+(?:(?:please|pls|just|actually)\s+)?(?:revoke|suspend|cancel|delete|remove|kill|disable)(?![\w-])/;
/** "can you change it?" after the key was seen by others: a rotation of that key. */
const CHANGE_IT_RE = /(?<![\w-])(?:change|reset|replace|swap)\s+(?=(?:it|that|this|them)(?![\w-]))/g;
/**
 * requests21: more ways a key is seen by others: a screenshot or a photo taken of it, shown or visible on a
 * call or a screen, printed out or pinned on a noticeboard, or found in a log, a dump or a channel ("the
 * old one was shown on a Teams call", "a contractor photographed the lobby screen with it on", "pentest found
 * the dispute-bot key in a log file"); requests22: shared or forwarded in a thread, a chat or a group ("the old
 * one was shared in an email thread with the CRO").
 */
/**
 * Nouns after "key" that make it an adjective ("key metrics", "key takeaways", "the key demo"): no credential
 * (fix24c: shared by SEEN_MORE's "printed … key" and KEY_IN_CLAUSE, so that the two do not drift).
 */
const KEY_AS_ADJECTIVE = String.raw`(?:people|persons?|dates?|points?|metrics|findings|takeaways|slides?|milestones?|results?|numbers|figures|stats|statistics|insights|highlights|messages?|demos?|decisions?|moments?|learnings|themes?|terms|facts|details|areas?|trends?|kpis?|goals?|objectives?|deliverables?|stakeholders?|players?|questions?|issues?|risks?|features?|customers?|accounts?|partners?|words?|parts?|events?)`;
const SEEN_MORE = String.raw`(?:shared|forwarded)\s+(?:in|on|into|over|via)\s+(?:a|an|the|our|my|his|her|their|some)\s+(?:[\w-]+\s+){0,2}?(?:e-?mails?|mail|threads?|chats?|channels?|groups?|whatsapp|slack|teams|docs?|documents?|wiki|tickets?|calls?|decks?|slides?)|screenshott?(?:ed|ing)|photographed|filmed|(?:shown|showed|displayed|visible|showing)\s+(?:on|in|during)\s+(?:a|an|the|our|my|his|her|their|every)\s|printed(?:\s+out)?\s+(?:copy\s+of\s+)?(?:the\s+|a\s+|our\s+)?(?:[\w-]+\s+)?key(?![\w-]|\s+(?:handover|hand-over|docs?|documents?|list|rota|register|polic(?:y|ies)|process|sheets?|spreadsheet|template|guide|cards?|fobs?|box|ring|cabinet|safe|holders?|${KEY_AS_ADJECTIVE})\b)|(?:on|to)\s+the\s+(?:notice\s*board|whiteboard|lift\s+wall)|on\s+(?:a|the|our|my|their)\s+(?:big|main|shared|projector)\s+screen|projected|(?:was|were|is|are|got|ended\s+up|went|left|put|shown)\s+(?:up\s+)?(?:in|on)\s+(?:a|an|the|our|my|their)\s+(?:[\w-]+\s+)?(?:slide\s+deck|deck|slides|presentation)(?![\w-]|\s+(?:folder|folders|template|templates|room|rooms|drive|skills|day|dates?))|found\s+(?:the|a|an|our|their|that)\s+(?:[\w-]+\s+){0,2}?(?:key|api_key|access_key|secret|creds?|credentials?)\s+in\s+(?:a|an|the|some|our|their)\s+(?:[\w-]+\s+){0,2}?(?:logs?|log\s+files?|dumps?|repo|repository|gist|channel|ticket|wiki|screenshot|pastebin|bucket|file)`;
/**
 * A key seen by others: leaked, pasted, in a screenshot, on a screen, read out loud, on a sticky note, sent
 * to someone outside (a key, or "it", what was sent: "the laptop was sent to a contractor for repair" is no
 * key's; fix24c).
 */
export const SEEN_BY_OTHERS =
  /\b(?:leaked|leaking|leak|compromised|exposed|committed|pasted|posted|screenshots?|screen\s*shares?|screen_share|on\s+(?:a|my|the|his|her|their|our)\s+screen|out\s+loud|sticky\s+note|(?:was|been|were|got)\s+seen|(?:someone|somebody|people|they|he|she|everyone)\s+saw|emailed\s+to|(?:keys?|tokens?|api_keys?|access_keys?|secrets?|creds?|credentials?|passwords?|it|one)\s+(?:[\w-]+\s+){0,3}?sent\s+to\s+(?:a|an|the)\s+(?:customer|vendor|supplier|client|partner|external|distributor|reseller|agency|contractor|press)|(?:shared|sent|posted|put|forwarded)\b[^.?!\n]{0,40}\bby\s+(?:mistake|accident))\b/;
/** The words SEEN_MORE opens with, a cheap look before it. */
const SEEN_MORE_HINT =
  /screensho|photograph|filmed|shown|showed|displayed|visible|showing|printed|board|lift|found|shared|forwarded|deck|slides|presentation|screen|projected/;
const SEEN_MORE_RE = new RegExp(String.raw`\b(?:${SEEN_MORE})\b`, 'g');
/** A clause's edges: a sentence end, a colon, a semicolon, a comma, a line break. */
const CLAUSE_EDGE = /[.!?;:,\n]/;
/** Our key named in a clause: a key word (no adjective: "key metrics"), or "the old one" / "the new one". */
const KEY_IN_CLAUSE = new RegExp(
  String.raw`(?<![\w-])(?:keys?(?!\s+${KEY_AS_ADJECTIVE}(?![\w-]))|api_key|access_keys?|ai_credential|credentials?|creds|secrets?|tokens?|(?:(?:the|our|that|this)\s+)?(?:old|new|current|previous|leaked)\s+one)(?![\w-])`,
);
/** "screenshotted it", "it was shown on …", "with it on": "it" as what is seen. */
const IT_SEEN =
  /(?<![\w-])(?:(?:screenshott?(?:ed|ing)|photographed|filmed|printed(?:\s+out)?)\s+(?:it|them)|(?:it|they)\s+(?:was|were|got|is|are|being)\s+(?:shown|displayed|visible|showing|photographed|filmed|screenshotted|printed)|with\s+it\s+(?:on|showing|visible|open))(?![\w-])/;
/**
 * fix21d: one of SEEN_MORE's ways counts only when its own clause says it of a key of ours ("the old one
 * was shown on a Teams call", "photographed it"); "the slides were displayed on the big screen. new key
 * for growth please" and "put it on the noticeboard: new key for growth" tell of no key.
 */
function seenMoreOfKey(text: string): boolean {
  SEEN_MORE_RE.lastIndex = 0;
  for (let m = SEEN_MORE_RE.exec(text); m !== null; m = SEEN_MORE_RE.exec(text)) {
    let start = m.index;
    while (start > 0 && !CLAUSE_EDGE.test(text[start - 1] ?? '')) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !CLAUSE_EDGE.test(text[end] ?? '')) end++;
    const clause = text.slice(start, end);
    if (KEY_IN_CLAUSE.test(clause) || IT_SEEN.test(clause)) return true;
  }
  return false;
}
/** A key seen by others (SEEN_BY_OTHERS, or one of SEEN_MORE's ways said of a key). */
export function seenByOthers(text: string): boolean {
  return SEEN_BY_OTHERS.test(text) || (SEEN_MORE_HINT.test(text) && seenMoreOfKey(text));
}
const VERB_HINT = /take|chang|reset|replac|swap/;
/**
 * "…, a new one please", "new key pls", "can we get a fresh key": a new key asked for after the key
 * was seen by others is its rotation (a new one told of, "we made a new one", is not rewritten).
 */
const NEW_ONE_RE =
  /(?<![\w-])(?:(?:an?\s+)?(?:new|fresh|replacement)\s+(?:one|key)(?=\s*[,.!]*\s*(?:please|pls|plz|asap|now|today)(?![\w-]))|(?<=(?:need|needs|want|wants|(?:can|could)\s+(?:we|i|you|u)\s+(?:get|have|make|issue|create)|give\s+(?:me|us|them))\s+)(?:an?\s+)?(?:new|fresh|replacement)\s+(?:one|key))(?![\w-])/g;
/**
 * requests21: "new key for loan-docs-extract please, the old one was shown on a Teams call", "need a new key
 * for pricing-engine, someone pasted it …": a new key for a unit, asked (opening the message or a sentence,
 * or after "need"/"please"), after its key was seen by others, is that key's rotation. ("we made a new key
 * for growth after …" tells of one, and "new key for the padlock" is another trade's: not rewritten.)
 */
const NEW_KEY_FOR_RE =
  /(?<=^\s*|[.!?;:]\s*|(?<![\w-])(?:need|needs|want|please|pls|plz|(?:can|could)\s+(?:we|i|you|u)\s+(?:get|have))\s+)(?:an?\s+)?(?:new|fresh|replacement)\s+key\s+(?=for\s(?!\s*(?:the\s+|a\s+|my\s+|our\s+)?(?:padlock|lock|door|front\s+door|back\s+door|gate|locker|car|van|house|flat|shed|bike|cupboard|cabinet|safe|room|server\s+room|boiler\s+room|office)s?\b))/g;

const REPLACING = /\b(?:replacing|to\s+replace|in\s+place\s+of)\b/;

/**
 * "a permanent password for the invoice tool", "an app login for our robot": a long-lived password
 * for a system is a key, when the message names the AI or a unit ("unit: finance-ap"); "a permanent
 * password for the guest wifi" names neither.
 */
const LASTING_PASSWORD_RE =
  /(?<![\w-])(permanent|long_term|long_lived|non_expiring|app|application|service|system|robot|bot)\s+(?:passwords?|logins?|log-ins?|logons?)(?![\w-])/g;
const UNIT_FIELD = /\b(?:unit|bu|business\s+unit|team\s+name|team\s+is)\b\s*[:=]?\s*[a-z0-9]/;

/**
 * "shut down everything for phoenix", "close down the AI access for vendor-x", "wind down all of it
 * for old-crm": the whole of a unit's setup ended, a deprovisioning ("the server shut down for
 * maintenance" has no object of ours after it).
 */
const SHUT_DOWN_RE =
  /(?<![\w-])(?:shut|close|wind)\s+down\s+(?=(?:everything|all|it\s+all|all\s+of\s+it|the\s+whole\s+thing|(?:the\s+|their\s+|its\s+|our\s+)?(?:bedrock|access|setup|account|accounts|stuff)(?![\w-])|(?:the\s+)?(?:whole|entire)\s+(?:of\s+)?(?:the\s+)?[a-z0-9]+(?:[-_][a-z0-9]+)+(?![\w-])|[\w-]+(?:'s)?\s+(?:bedrock|access|setup|account|stuff)(?![\w-])))/g;
/**
 * units20a: "shut everything down for the tender sprint unit", "close it all down for atlas": the same
 * order with its object inside the verb; only before "for", which names whose setup it is, and only
 * as an order: opening the text or a sentence, or after "please"/"can you" ("the server shut everything
 * down for maintenance" tells what a thing did; "did you shut …", "I just shut …", "do not, I repeat,
 * shut …" are not orders). The lookahead first, so the lookbehind is tried only before the verb.
 * fix20d: after "for" only a unit-like name: a coded name ("vendor-x", "tender-sprint-24"), an occasion
 * or group ending in week/sprint/hackathon/team/unit/project/pilot ("hack week", "the growth team"), or
 * one bare word closing the order ("atlas"); not an event, a disaster or a reason ("the storm", "the fire
 * drill", "safety reasons"), and not "site 14" (its number would be lost): those stay unknown.
 * requests23: "tear everything down for the crane vision poc" is the same order (and a poc or a trial an
 * occasion a unit is set up for).
 */
const SHUT_AROUND_RE =
  /(?<![\w-])(?=(?:shut|close|wind|tear)\s)(?<=^\s*|[.!?;]\s+|(?<![\w-])(?:please|pls|plz|kindly)\s+|(?<![\w-])(?:can|could|would|will)\s+(?:you|u)\s+(?:(?:please|pls|just)\s+)?)(?:shut|close|wind|tear)\s+(everything|it\s+all|all\s+of\s+it)\s+down(?=\s+for\s+(?:(?:the\s+|our\s+|their\s+)?[a-z0-9]+(?:[-_][a-z0-9]+)+(?![\w'-])|(?:the\s+|our\s+|their\s+)?(?:[a-z0-9-]+\s+){0,3}(?:week|sprint|hackathon|team|unit|project|pilot|poc|trial|tour|camp|trip|launch|campaign|festival|roadshow)(?![\w'-])|(?!(?:the|a|an|our|their|good|now|today|tonight|lunch|real|safety|security|maintenance|repairs?|cleaning|christmas|easter|holidays?|winter|summer|weather|snow|rain|storms?|fire|floods?|evacuation|inspection|audit|outage|migration|demo)(?![\w-]))[a-z][a-z0-9]*(?=\s*(?:[.,;!?)]|$|(?:please|pls|plz|now|asap|today|thanks|thx)(?![\w-])))))/g;
/**
 * fix46c, tuned-styles-long: the same order on a unit named as one, by its coded name and the word "unit" ("shut the
 * whole tender-booking unit down", "close down the kiosk-assist unit"): the unit ended, a deprovisioning. Not a ward
 * or a machine ("shut down the intensive care unit", "the cooling unit shut down"): only a coded name, as an order
 * (opening the text or a sentence, or after "please"/"so"/"just"). The lookahead first, so the lookbehind is tried
 * only before the verb.
 */
const SHUT_UNIT_RE =
  /(?=(?:shut|close|wind)\s)(?<=^\s*|[.!?;:—–-]\s*|(?<![\w-])(?:please|pls|plz|kindly|so|just|now)\s+)(?:shut|close|wind)\s+(?:down\s+((?:the\s+|our\s+|their\s+)?(?:whole\s+|entire\s+)?[a-z0-9]+(?:[-_][a-z0-9]+)+\s+unit)(?![\w-])|((?:the\s+|our\s+|their\s+)?(?:whole\s+|entire\s+)?[a-z0-9]+(?:[-_][a-z0-9]+)+\s+unit)\s+down(?![\w-]))/g;
/**
 * fix38a, tuned-fashion: the same order after its occasion is said to be over, in the clause before ("hack 9 is over,
 * shut it all down", "the pilot's done — close everything down please"): what was set up for it torn down, as
 * ended-unit.ts reads the occasion named first; only when the order ends the text.
 */
const SHUT_AFTER_ENDED_RE =
  /(?<=(?:\bis|\bwas|'s|\bhas\s+been)\s+(?:now\s+|officially\s+|finally\s+)?(?:over|done|finished|wrapped(?:\s+up)?|ended)\s*[,.;:!—–-]+\s*(?:(?:so|please|pls|now|just)\s+)*)(?:shut|close|wind|tear)\s+(everything|it\s+all|all\s+of\s+it)\s+down(?=\s*(?:please|pls|plz|now|thanks|thx)?\s*[.!]*\s*$)/g;
/**
 * fix20a: the order told, quoted or put to a person ("ops said: shut down everything for atlas", "my
 * manager told me: …", "Dave, can you shut everything down for atlas", fix20d: "Dave please shut …" with no
 * comma): someone else's order, so the lay
 * words are left as they are (unknown) rather than made an order to the bot.
 */
const TOLD_OR_ADDRESSED_RE =
  /(?<![\w-])(?:said|says|told|tells|asked|asks|wrote|writes|messaged|mentioned)(?:\s+(?:me|us|them|him|her|you|everyone|the\s+team))?\s*[:,"“]|^\s*(?!(?:hi|hey|hello|hiya|yo|ok|okay|ah|oh|so|and|also|then|now|right|sure|cool|great|thanks|thx|ty|morning|team|all|folks|everyone|guys|bot|bedrock_bot|xxuser|please|pls|plz|urgent|update|fyi|note|reminder|heads|just|bedrock|kindly)\b)[a-z]+(?:\s*,\s*|\s+)(?:can|could|would|will|pls|please|plz|kindly)(?![\w-])/;
/** Is an order in the text told, quoted or put to a person ("ops said: …", "Dave, can you …")? (units21) */
export const toldOrAddressed = (lower: string): boolean => TOLD_OR_ADDRESSED_RE.test(lower);

/**
 * "stop the doc-search key", "pause the key for growth-lab", "freeze their keys": a key stopped is a
 * key suspended, a revoke ("stop sharing keys", "stop using the key" stop a habit, not a key).
 * (train28i: a habit's verb is a word of its own; a unit's name opening with one is no habit: "stop
 * billing-svc's key", "pause the pricing-engine key".)
 */
const STOP_KEY_RE =
  /(?<![\w-])(?:stop|pause|freeze|halt)\s+(?=(?!\w+ing(?![\w'-]))(?:(?!(?:to|in|on|with|from|using|sharing|posting|pasting)\s)[\w'-]+\s+){0,4}?(?:keys?|api_key|ai_credential|credentials?|creds|access_keys?)(?![\w-]))/g;
/**
 * "put the review-replies-gr key on pause", "put their keys on pause for now": a key paused, a revoke like "pause
 * the key" (round thirty-five). Only "on pause": "put the rotation on hold" puts an action off (later-held.ts).
 */
const PUT_ON_PAUSE_RE =
  /(?<![\w-])put\s+((?:(?:the|their|its|our|that|this|both|all(?:\s+the)?|every)\s+)?(?:[\w'-]+\s+){0,3}?(?:keys?|api_key|ai_credential|access_keys?|creds|credentials?))\s+on\s+pause(?![\w-])/g;
/**
 * "pull the plug on the ads-ml access key", "pull the plug on the key for search-v2": a key switched off
 * for good, a revoke (round fifteen; "they pulled the plug on the project", "pull the plug on the coffee
 * machine" name no key of ours after it). The credential word ends its phrase: "the api key pilot", "the
 * key partnership", "the api keys approach" name a pilot, a partnership, an approach ("key" only tells
 * which one), and "key" as an adjective (mood.ts's KEY_ADJECTIVE) is left as it is.
 */
const PLUG_KEY_RE =
  /(?<![\w-])pull\s+the\s+plug\s+on\s+(?=(?:(?!(?:to|in|with|from|using)\s)[\w'-]+\s+){0,4}?(?:keys?|api_key|ai_credential|credentials?|creds|access_keys?)(?![\w-])(?=\s*(?:[.,;:!?)—–-]|$|(?:for|of|from|'s|that|which|used|too|as|and|please|pls|now|asap|today|right|immediately|then|thanks|thx)\b)))/g;
/**
 * "pull the key for hr-assist, the contract ended", "pull all keys from finance-reports": a key pulled is
 * taken away, a revoke (round nineteen; every such line in the corpus is one). Not a record of it pulled
 * ("pull the key details", "pull the key history"), not "pull up" or "pull out", and not a key fetched from
 * where it is kept ("pull the key from the vault").
 */
const PULL_KEY_RE =
  /(?<![\w-])pull\s+(?=(?:(?:the|their|its|our|that|this|both|all(?:\s+(?:the|of\s+the))?|every)\s+)?(?:(?!(?:up|out|down|over|in|together|through|back|off|apart)\s)[\w'-]+\s+)?(?:keys?|api_key|access_keys?|creds|credentials?)(?![\w-])(?!\s+(?:details?|history|logs?|list|info|information|usage|spend|report|expiry|owners?|metadata|inventory|ids?|names?|status|values?)\b|\s+(?:from|out\s+of)\s+(?:the\s+|our\s+|my\s+)?(?:vault|secrets?|1password|keychain|keyring|ssm|parameter|env|config|repo|s3|bitwarden|lastpass)\b))/g;
/**
 * A key pulled to be used, not taken away (review of round nineteen): fetched from where it is kept ("from
 * secrets manager", "out of the team vault"), handed over ("send it to me", "paste them here", "dm it"), for
 * a use ("so we can debug", "I need it for"), or a key that does not exist yet ("a key", "the new key").
 */
const PULL_FETCH_RE =
  /(?<![\w-])(?:(?:from|out\s+of|into|in)\s+(?:[\w'-]+\s+){0,3}?(?:vault|secrets?|1password|keychain|keyring|ssm|parameter|env|\.env|config|repo|s3|bitwarden|lastpass|doppler|password\s+manager|notebook)(?![\w-])|send|paste|dm|share|post|email|copy|give|hand|so\s+(?:i|we|they|he|she|you)\s+can|need\s+(?:it|them|one)\s+(?:for|to)|to\s+me|pull\s+(?:a|an|one|another)\s|(?:new|latest|current|fresh|working)\s+(?:[\w-]+\s+)?(?:keys?|api_key|access_keys?|creds|credentials?)(?![\w-]))/;
/**
 * Why a key is pulled away: the work it served ended ("the contract ended", "the pilot's done", "project is
 * over", "shutting down", "no longer need it"), harm ("hammering claude", "compromised", "audit finding"),
 * urgency ("now", "asap"), or pulled from a unit ("from risk-scoring-v2"; a store is a fetch, above).
 */
const PULL_AWAY_RE =
  /(?<![\w-])(?:end(?:s|ed)?|done|over|finished|wrapp?ed\s+up|shut(?:ting)?\s+down|wound\s+down|closed?|cancell?ed|no\s+longer|(?:don't|do\s+not|doesn't|dont|not)\s+(?:need|use|using)|not\s+needed|any\s*more|left|leaving|gone|retired?|offboard\w*|compromised|leaked|exposed|abuse\w*|hammering|runaway|flagged|audit\s+finding|security|now|asap|immediately|right\s+away|from\s+(?!(?:the|our|my|your|a)\s)[\w-]+|from\s+the\s+[\w-]+\s+(?:unit|team|squad|project))(?![\w-])/;
/**
 * fix54a (tuned-adtech): "bin the api key for legacy-crm", "scrap the key for intern-demo", "nix their keys": British
 * and American slang for throwing a thing away, said of a key of ours, is a revoke. Only as an order, opening the text
 * or a sentence or after "please"/"just"/"can you" ("we binned the old keys", "scrapping the key idea" tell), and only
 * with the key as its object within four words ("bin the printer" names none).
 */
const BIN_KEY_RE =
  /(?=(?:bin|scrap|nix|junk|ditch)\s)(?<=^\s*|[.!?;:]\s+|(?<![\w-])(?:please|pls|plz|kindly|just|so|then)\s+|(?<![\w-])(?:can|could|would|will)\s+(?:you|u|we)\s+(?:(?:please|pls|just)\s+)?)(?:bin|scrap|nix|junk|ditch)\s+(?=(?:(?:the|their|its|our|that|this|those|these|both|all(?:\s+(?:the|of\s+the))?)\s+)(?:[\w'-]+\s+){0,3}?(?:keys?|api_key|access_keys?|creds|credentials?|ai_credential)(?![\w-]))/g;
/** "clean up everything for X", "clean it all up": the whole setup removed. */
const CLEAN_UP_RE =
  /(?<![\w-])clean(?:\s*up\s+(?=everything|all\s+of\s+it|it\s+all|the\s+whole\s+thing)|\s+(?:it|everything)\s+(?:all\s+)?up(?![\w-]))/g;
/** A shutting down told of ("we shut down the project last month"): no outage ("down") of Bedrock. */
const TOLD_DOWN_RE = /(?<![\w-])(?:shut|shutting|closed?|closing|wound|wind|winding)\s+down(?![\w-])/g;
/** "teardown everything for …" (prepare.ts joins "tear down"), the whole setup of a unit removed. */
const TOLD_TEARDOWN_RE = /(?<![\w-])teardown(?=\s+(?:everything|it\s+all|all\s+of\s+it)\s+for\s)/g;
const STOP_HINT = /down|stop|pause|freeze|halt|clean|plug|pull|bin|scrap|nix|junk|ditch/;

/** The text with lay names and verbs rewritten (returned as it is when none is there). */
/**
 * fix48e (tuned-styles-lay): the models named as the AI's brains, "What AI brains have we got? (sorry, don't know the
 * proper word)", "which AI brain is the smartest?": the models, as the word the writer did not know.
 */
const AI_BRAINS_RE = /(?<![\w-])(a\.i\.?|ai|genai|llm)\s+brain(s?)(?![\w-])/g;

/**
 * fix54a (tuned-adtech): a lifetime said to be enough in the words of British, Irish and Australian English, "3 hours
 * should be loads", "2h is heaps", "90 days is grand", "an hour's ample": read as "plenty", which the readers of a
 * lifetime said to suffice know (else "loads" was read as a unit's name). Only right after a lifetime.
 */
const SUFFICES_RE =
  /(?<=xxdur\d*\s*(?:'s\s+|\s+(?:is|are|should\s+be|would\s+be|will\s+be|ought\s+to\s+be|must\s+be|'d\s+be|'ll\s+be)\s+)(?:(?:more\s+than|probably|surely|totally|defo|def)\s+)?)(?:loads|heaps|ample|grand|bags|tons|lots)(?![\w-])/g;

/**
 * fix54a: what was done to a unit's keys asked in everyday English, "who's been messing with the keys for vendor-sync?",
 * "who's been fiddling about with …", "what's changed on the pricing-engine keys lately?", "the log of actions on
 * hr-chatbot": read as "who changed", "what changed", "the log on", which the history readers know. (The contraction
 * "what's changed" is "what has changed", not "what is". Not before a group noun: "audit trail of the events team" names
 * the events team.)
 */
const WHO_MESSED_RE =
  /(?<![\w-])who(?:'s|\s+has|\s+have|'ve)\s+been\s+(?:messing|mucking|fiddling|tinkering|playing|meddling|faffing|monkeying|futzing)(?:\s+(?:about|around))?\s+with(?![\w-])/g;
const WHAT_HAS_CHANGED_RE = /(?<![\w-])what(?:'s|\s+has)\s+(changed|happened)(?![\w-])/g;
const LOG_OF_ACTIONS_RE =
  /(?<![\w-])(log|logs|history|trail)\s+of\s+(?:(?:all\s+)?(?:the\s+)?)(?:actions|changes|events|activity|activities)(?![\w-])(?!\s+(?:team|squad|unit|group|crew|desk|pod|dept|department|guild|tribe|office|lab)\b)/g;
/**
 * fix54a: time spent on a task, "spend some time on the onboarding doc", "spent ages on the deck", "spend xxdur on the
 * pitch": an hour of someone's day, not money asked about; read as "put".
 */
const SPEND_TIME_RE =
  /(?<![\w-])(?:spend|spent|spending)(?=\s+(?:(?:some|a\s+bit\s+of|a\s+little|a\s+lot\s+of|lots\s+of|loads\s+of|more|less|extra|too\s+much|much|all|half|the\s+whole|the\s+rest\s+of)\s+)?(?:time|ages|a\s+while|xxdur|the\s+(?:day|morning|afternoon|evening|weekend|week)|a\s+(?:day|morning|afternoon|few\s+(?:hours|days|minutes))|(?:a\s+)?couple\s+of\s+(?:hours|days))(?![\w-]))/g;

/**
 * fix54a: a key of the kind whose IDs open with "AKIA", said as its style, "an AKIA-style key for the log-replay job",
 * "AKIA type creds": the access-key kind (README: "AKIA" standing for the kind), read as the bare "akia", never a
 * unit named "akia-style".
 */
const AKIA_STYLE_RE = /(?<![\w-])akia[-_\s]?(?:style|type|like|kind|shaped|flavou?red)(?![\w-])/g;

/**
 * fix54a (tuned-adtech): a key-value pair, ad targeting's and a data store's ("is the key-value for 'weather=rain' still
 * live?", "add a key-value for daypart=evening on the Nike line item", "key/value pairs", "a key value store"): no key of ours,
 * read as "targeting tag" (else "add a key-value for …" was a key created for a unit "key-value").
 */
const KEY_VALUE_RE =
  /(?<![\w-])key(?:[-_/]|\s+(?=values?\s+(?:pairs?|stores?|targeting|targets?|maps?)(?![\w-])))values?(?:\s+pairs?)?(?![\w-])/g;

/**
 * fix54a (tuned-adtech): what a unit costs asked as whether it is dear, "is deal-desk's AI usage pricey?", "is the
 * ward-rota unit expensive to run?", "how costly has kiosk-app been?": read as "how much is X costing us", which the
 * spend readers know. Only of a unit's coded name ("x-y") or a name with "unit"/"team"; "is the coffee pricey" is
 * left as it is.
 */
const UNIT_PRICEY = String.raw`((?:the\s+)?(?:[a-z0-9]+[-_][a-z0-9_-]+(?:\s+(?:unit|team))?|[a-z0-9]+\s+(?:unit|team))(?:'s)?)`;
const PRICEY_RE = new RegExp(
  String.raw`(?<![\w-])(?:is|are|was)\s+${UNIT_PRICEY}\s+(?:(?:ai|bedrock|claude|llm)\s+)?(?:(?:usage|use|spend|bill)\s+)?(?:(?:getting|a\s+bit|too|very|really|quite|that)\s+)?(?:pricey|expensive|costly|dear)(?:\s+to\s+run)?(?![\w-])|(?<![\w-])how\s+(?:pricey|expensive|costly|dear)\s+(?:is|are|was|has|have)\s+(?:been\s+)?${UNIT_PRICEY}(?:\s+(?:(?:ai|bedrock|claude|llm)\s+)?(?:usage|use))?(?:\s+been)?(?![\w-])`,
  'g',
);

export function rewriteLayWords(s: string): string {
  let out = s;
  if (/pricey|expensive|costly|dear/.test(out))
    out = out.replace(
      PRICEY_RE,
      (_m, a?: string, b?: string) => `how much is ${(a ?? b ?? '').replace(/'s$/, '')} costing us`,
    );
  if (out.includes('key') && out.includes('value')) out = out.replace(KEY_VALUE_RE, 'targeting tag');
  if (out.includes('akia')) out = out.replace(AKIA_STYLE_RE, 'akia');
  if (out.includes('spen')) out = out.replace(SPEND_TIME_RE, 'put');
  if (out.includes('who')) out = out.replace(WHO_MESSED_RE, 'who changed');
  if (out.includes('what')) out = out.replace(WHAT_HAS_CHANGED_RE, 'what $1');
  if (out.includes(' of ')) out = out.replace(LOG_OF_ACTIONS_RE, '$1');
  if (out.includes('xxdur') && /loads|heaps|ample|grand|bags|tons|lots/.test(out))
    out = out.replace(SUFFICES_RE, 'plenty');
  if (out.includes('brain')) out = out.replace(AI_BRAINS_RE, '$1 model$2');
  if (NOUN_HINT.test(out)) {
    const ai = AI_HINT.test(out) && !OTHER_VENDOR.test(out) && !out.includes('openai');
    if (ai)
      out = out
        .replace(LAY_AFTER_RE, (_m, word: string) => credential(word))
        .replace(LAY_BEFORE_RE, (_m, word: string) => credential(word))
        .replace(
          GET_INTO_AI_RE,
          (_m, verb: string, word: string) => `${verb === 'get' ? 'get' : 'need'}${credential(word)}`,
        );
    // (fix45c, tuned-airport: "need access to llama for an hour, comparing it for the PRM chatbot": access to a model
    // family named bare, as to Claude, is the lay name of a token for it; the family's name is kept for its maker.)
    if (out.includes('access to') && !OTHER_VENDOR.test(out))
      out = out.replace(
        MODEL_ACCESS_RE,
        (_m, verb: string, family: string) => `${verb}${family}${credential('')}`,
      );
    if ((out.includes('pass') || out.includes('log')) && (ai || UNIT_FIELD.test(out)))
      out = out.replace(LASTING_PASSWORD_RE, (_m, kind: string) =>
        kind.startsWith('perm') || kind.startsWith('long') || kind.startsWith('non')
          ? ` ${kind} bedrock ai_credential `
          : ` long_term bedrock ai_credential `,
      );
  }
  if (STOP_HINT.test(out)) {
    if (out.includes('down') && !TOLD_OR_ADDRESSED_RE.test(out))
      out = out
        .replace(SHUT_AROUND_RE, 'deprovision $1')
        .replace(SHUT_AFTER_ENDED_RE, 'deprovision $1')
        .replace(SHUT_DOWN_RE, 'deprovision ')
        .replace(
          SHUT_UNIT_RE,
          (_m, after?: string, inside?: string) => `deprovision ${after ?? inside ?? ''}`,
        )
        .replace(TOLD_DOWN_RE, 'closed');
    // (fix21c: "ops said: tear down everything for hack week" is someone else's order, as "ops said: shut
    // everything down for atlas" is: the whole setup torn down, told, left a story.)
    else if (out.includes('teardown ') && TOLD_OR_ADDRESSED_RE.test(out))
      out = out.replace(TOLD_TEARDOWN_RE, 'closed');
    if (out.includes('clean')) out = out.replace(CLEAN_UP_RE, 'deprovision ');
    if (KEY_NAMED.test(out))
      out = out.replace(STOP_KEY_RE, 'suspend ').replace(PUT_ON_PAUSE_RE, 'suspend $1');
    if (out.includes('plug') && KEY_NAMED.test(out)) out = out.replace(PLUG_KEY_RE, 'revoke ');
    if (KEY_NAMED.test(out) && /bin|scrap|nix|junk|ditch/.test(out)) out = out.replace(BIN_KEY_RE, 'revoke ');
    if (out.includes('pull ') && KEY_NAMED.test(out) && !PULL_FETCH_RE.test(out) && PULL_AWAY_RE.test(out))
      out = out.replace(PULL_KEY_RE, 'revoke ');
  }
  if (VERB_HINT.test(out)) {
    if (out.includes('take') && out.includes(' off ') && KEY_NAMED.test(out))
      out = out.replace(TAKE_OFF_RE, (m, object: string, at: number, all: string) =>
        offHolder(all.slice(at + m.length)) ? `revoke ${object} for ` : m,
      );
    if (out.includes('take') && KEY_NAMED.test(out))
      out = out.replace(TAKE_AWAY_RE, (_m, _bare: string | undefined, object: string | undefined) =>
        object === undefined ? 'revoke ' : `revoke ${object}`,
      );
    out = out.replace(CHANGE_KEY_RE, 'rotate ');
    if ((out.includes('just') || out.includes('only')) && KEY_NAMED.test(out) && REVOKE_REFUSED.test(out))
      out = out.replace(JUST_CHANGE_IT_RE, 'rotate');
    if (out.includes(' be ')) out = out.replace(KEY_BE_CHANGED_RE, '$1rotated');
    // (Not someone else's order, told or put to a person: "ops said: … found the key in a log, reset it".)
    if (KEY_NAMED.test(out) && seenByOthers(out) && !TOLD_OR_ADDRESSED_RE.test(out))
      out = out.replace(CHANGE_IT_RE, 'rotate ');
  }
  if ((out.includes('new') || out.includes('fresh') || out.includes('replacement')) && seenByOthers(out)) {
    if (KEY_NAMED.test(out) && !TOLD_OR_ADDRESSED_RE.test(out)) {
      // ("new key for data-science, replacing the leaked one": the asker replaces it, a new key.)
      const replacing = REPLACING.test(out);
      out = out.replace(NEW_ONE_RE, ' rotate it ');
      if (!replacing) out = out.replace(NEW_KEY_FOR_RE, ' rotate the key ');
    }
  }
  return out;
}
