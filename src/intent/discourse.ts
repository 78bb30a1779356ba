/**
 * How a message is put together, read on the prepared text (lowercase, values as placeholders):
 *  - story sentences around a request ("We had an outage in Frankfurt last week. Token for 2h?"): a
 *    sentence of four words or more that asks nothing is context, and its values are not the request's;
 *  - a second request ("list all units, then revoke keys for legacy-etl"; requests22: "key for x please, and a
 *    token for me for 2h"): the first is the request;
 *  - corrections ("token 6h, no wait, 8h", "in mumbai, sorry I meant sydney", "make it 3"): the value
 *    stated last wins, and a bare number after a correction takes the unit of the duration before it.
 */
import { ACTION_TAGS, CHANGE_TAGS, LEXICON, VERB_TAGS } from './lexicon.js';
import { asksAboutApprovals } from './mood.js';
import { asksNow, REGION_QUESTION, statesRequestValue } from './request-sentence.js';
import { matchesOf } from './match-all.js';
import { unitsOwnedAsked } from './owner.js';
import { KEEPS_BACK } from './withdrawal.js';
import { whatsOnNamedAsked } from './whats-on.js';
import { wordsIn } from './words-in.js';

/** Tags of words that make a sentence part of a request. */
const CUE_TAGS = new Set([
  ...ACTION_TAGS,
  'Help',
  'TokenNoun',
  'KeyNoun',
  'Api',
  'Aws',
  'Bedrock',
  'Owner',
  'Provider',
]);
const CUE_WORDS = new Set([
  'xxemail',
  'xxkeyid',
  'please',
  'pls',
  'plz',
  'thanks',
  'owner',
  'bu',
  'team',
  // A withdrawal is no story: "token 2h pls... oh wait never mind" takes the request back.
  'mind',
  'nvm',
  'jk',
  'kidding',
  'nevermind',
  'scratch',
  'disregard',
  'belay',
  // … and so is taking it back or putting it off: "hmm on second thought no", "wait no. false alarm".
  'nope',
  'nah',
  'second',
  'alarm',
  'hold',
  'wait',
  'undo',
]);

/**
 * A read asked of a unit, or of a time, however few words of ours it has: what happened ("what
 * happened with payroll-ai two months ago?"; not "what happened at the offsite?"), what a unit has
 * ("what do we have for talent-acquisition?", "what does kyc have?"); dev26a: what one did in a period ("what did I
 * do in the last 2 weeks? I need it for my timesheet notes": the reason after it is the story).
 */
const CHANGES_ASKED =
  /\bwhat\s+(?:do|does)\s+(?:we|you|[a-z0-9]+_[a-z0-9_]+)\s+(?:currently\s+|still\s+)?have\s+(?:(?:for|on|in)\s+(?:the\s+)?[a-z0-9]+_[a-z0-9_]+|(?:set\s+up\s+)?(?:for|on)\s+(?:the\s+)?[a-z0-9]+\s+(?:team|unit|desk|pod|squad|crew|office)\b)|\bwhat\s+does\s+(?:the\s+)?[a-z0-9]+_[a-z0-9_]+\s+have\b|\bwhat\s+(?:has\s+)?(?:changed|happened)\s+(?:with|to|for|in|on)\s+(?:the\s+)?(?:[a-z0-9]+_[a-z0-9_]+|xxperiod)\b|\bwhat\s+(?:has\s+)?(?:changed|happened)\b[^?]*\bxxperiod\b|\bwhat\s+(?:did|have)\s+(?:i|we)\s+(?:do|done)\b[^?]*\bxxperiod\b/;

function hasCue(sentence: string): boolean {
  for (const w of wordsIn(sentence)) {
    if (CUE_WORDS.has(w)) return true;
    const tag = LEXICON[w];
    if (tag !== undefined && CUE_TAGS.has(tag)) return true;
  }
  return false;
}

/** Tags of words that ask for something: a sentence with none of them only gives context. */
const ASKING_TAGS = new Set([...ACTION_TAGS, 'Help', 'TokenNoun', 'KeyNoun', 'Api']);
const ASKING_WORDS = new Set(['xxkeyid', 'please', 'pls', 'plz']);

function asks(sentence: string): boolean {
  // (train29: "can I have a new one, just 2h this time" asks for the credential told of before it.)
  if (sentence.includes(' one') && NEW_ONE_ASKED.test(sentence)) return true;
  for (const w of wordsIn(sentence)) {
    if (ASKING_WORDS.has(w)) return true;
    const tag = LEXICON[w];
    if (tag !== undefined && ASKING_TAGS.has(tag)) return true;
  }
  return false;
}

/**
 * Values stated in context sentences of a message that asks in another sentence: "last quarter the
 * support team tried OpenAI. This quarter we move to bedrock. Create a key for support-assist".
 * A sentence that names a team, a provider or bedrock but asks for nothing may name the unit
 * ("the weekly export job (team: analytics) ran from dublin. it needs a long-term key"), so it stays;
 * its durations, Regions, periods and providers are the story's, not the request's: their ranges
 * (in a sentence of six words or more that is not a question).
 */
export function contextValueRanges(text: string): [number, number][] {
  const all = sentences(text);
  if (all.length < 2) return [];
  const asking = all.map(([a, b]) => asks(text.slice(a, b)));
  if (!asking.includes(true)) return [];
  const out: [number, number][] = [];
  const regionAsked = REGION_QUESTION.test(text);
  all.forEach(([a, b], i) => {
    const sentence = text.slice(a, b);
    // Short lines ("Validity 180 days.", "2h", "start with oregon") and questions are the request's.
    if (asking[i] || /\?\s*$/.test(sentence) || wordsIn(sentence).length < 6) return;
    if (statesRequestValue(sentence)) return;
    for (const m of text.slice(a, b).matchAll(/[a-z0-9_']+/g)) {
      const w = m[0];
      if (
        w === 'xxdur' ||
        (w === 'xxregion' && !regionAsked) ||
        w === 'xxperiod' ||
        LEXICON[w] === 'Provider'
      )
        out.push([a + m.index, a + m.index + w.length]);
    }
  });
  return out;
}

/**
 * Sentence ranges: split at . ! ? ; and line breaks, and before "anyway". (Not at "edit:": what
 * follows corrects the sentence it ends, "a key for the growth team *edit:* growth-analytics".)
 */
const SENTENCE_END =
  /[.!?;]+(?=\s|$)|\n+|\banyway\b[,:]?|:(?<=(?:[a-z0-9_']+[\s,]+){4}[a-z0-9_']+:)(?<!\b(?:edit|edited|correction|update)\s*:)(?=\s)/g;

/** The sentence ranges of the text split last (story and context are read from the same text). */
let lastText: string | null = null;
let lastSentences: readonly (readonly [number, number])[] = [];

function sentences(text: string): readonly (readonly [number, number])[] {
  if (text !== lastText) {
    lastSentences = sentencesOf(text);
    lastText = text;
  }
  return lastSentences;
}

function sentencesOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  // A colon after four words or more also ends a sentence ("I want to check something: details for x").
  // (The colon is matched before the look-behind, which would otherwise run at every position.)
  for (const m of matchesOf(text, SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim() !== '') out.push([start, end]);
    start = end;
  }
  if (text.slice(start).trim() !== '') out.push([start, text.length]);
  return out;
}

/**
 * A question about the bot itself ("What exactly can this bot do?", "what is bedrock-bot?", "what can
 * you actually do?", "uh, hi. how does this work?"): never story.
 */
const ABOUT_THE_BOT =
  /\b(?:this|the)\s+bot\b|\bbedrock_bot\b|\b(?:can|could|do|does)\s+(?:you|u)\s+(?:actually\s+|really\s+|even\s+)?(?:do|help|handle|offer)\b|\bhow\s+(?:does|do)\s+(?:this|it|you)\s+(?:even\s+|actually\s+)?work\b(?!\s+(?:with|for|in|on|from|when|if|now)\b)|\bhow\s+(?:do|can|should)\s+(?:i|we)\s+use\s+(?:this|you)\b/;

/**
 * fixlay30: the things named before asked apart ("token, key, access key... what's the difference between them
 * all?", "api key, token - what's the difference between these?"): the message's question, never story.
 */
const DIFFERENCE_OF_THEM =
  /\b(?:difference|differences|differ)\b[^.!?]{0,20}\b(?:them|these|those|the\s+(?:two|three)|both)\b/;
/** (Only when what was named before is ours: "pallet, crate, tote... what's the difference between them?" is not.) */
const OUR_KINDS_NAMED = /\b(?:tokens?|keys?|api_keys?|access_keys?|credentials?)\b/;

/** A question with a word that qualifies it after it: "what is there in Tokyo? model-wise". */
const QUALIFIED_QUESTION = /\?\s*[a-z]+_wise\W*$/;

/** A sentence that leaves the thing as it is or to a later time: "leave it until Monday", "hmm, leave that be". */
const LEFT_TO_LATER =
  /^\W*(?:(?:hm+|ok|okay|actually|no|nah|nope|wait|so|ah|oh)\W+)*(?:(?:just|let'?s|we'?ll|better)\s+)?leave\s+(?:it|that|them|this)\s+(?:be|alone|as\s+is|until|till|til|after)\b/;

/**
 * A sentence that keeps what the request would change, with more said after it ("rotate the ads key?
 * hmm keep that one. rotate the growth key"): a take-back that the request after it goes past, not
 * story (left out, the kept request was read alone). (At the end, "undo? no, leave it as is", the
 * take-back is read on the whole message: putOffAtEnd.)
 */
function keepsBeforeMore(text: string, s: string, end: number): boolean {
  return (
    (s.includes('keep') || s.includes('leave')) && KEEPS_BACK.test(s) && /[a-z0-9]/.test(text.slice(end))
  );
}

/**
 * (round twenty-six) A sentence that says whom or what the thing asked for is for, spelled out ("can I get an api
 * key? it is for growth", "this is for the search team"): the request's own, as "it's for growth" (too short to
 * be story) already was.
 */
const WHAT_IT_IS_FOR =
  /^\W*(?:(?:and|oh|btw|fyi|also)\W+)?(?:it|this|that)\s+(?:is|would\s+be|will\s+be)\s+for\s+/;

/**
 * train29: which units there are, or which are the asker's, asked in a question of its own ("what are my units? I
 * forget", "what are all the teams?? lost track"): the question is the request, and the remark after it the story.
 * (Only the question that ends at its noun: "what are the teams doing for the offsite?" asks about people.)
 */
const UNITS_QUESTION =
  /^\W*(?:(?:and|so|ok|okay|hey|hi)\W+)?(?:what|which|wat)\s+(?:are|r|is)\s+(?:my\s+|our\s+|the\s+|all\s+(?:of\s+)?(?:the\s+|my\s+|our\s+)?)(?:own\s+)?(?:business\s+)?(?:units|teams|bus)(?:\s+again)?\s*\?/;
/**
 * train29: a new one of what was told of before asked for in a sentence of its own ("My previous token was for 12h
 * but I closed the terminal. can I have a new one, just 2h this time"): the sentence that asks is the request,
 * whose credential the story names; what the "one" is stays the whole message's to say ("my phone died, can I
 * have a new one?" names none).
 */
const NEW_ONE_ASKED =
  /\b(?:(?:can|could|may)\s+(?:i|we)\s+(?:have|get|grab)|(?:can|could)\s+(?:you|u)\s+(?:give|issue|make|send)\s+(?:me|us)|i\s+(?:need|want)|i'?d\s+like|give\s+me|gimme)\s+(?:a\s+)?(?:new|fresh|another)\s+one\b/;
/** "xxsecret it's the match-reports one", "that's the ads one": which key "it" is, told (a secret masked first). */
const WHICH_ONE =
  /^\W*(?:xxsecret\W*)?(?:it'?s|it\s+is|that'?s|that\s+is|this\s+is)\s+(?:the\s+)?[a-z0-9_]+\s+(?:one|key)\b/;

/** Ranges of story sentences to leave out, or none when the message is one sentence or all story. */
/** A note told for the record, no question: "for the log: …", "for the record, …", "fyi: …". */
const NOTE_TOLD =
  /^\W*(?:for\s+the\s+(?:log|logs|record|records)|fyi)\s*[:,—–-]\s*(?!(?:what|which|who|when|where|how|why|can|could|would|please|pls)\b)/;

export function storyRanges(text: string): [number, number][] {
  const all = sentences(text);
  if (all.length < 2) return [];
  // ("My report asked for a key on Tuesday, it still says pending. Who do I chase?": a question about
  // approvals is the message's question, whatever words it has.)
  const approvals = asksAboutApprovals(text);
  // ("what can I use in Singapore? model-wise": a word added after the question qualifies it.)
  const qualified = text.includes('wise') && QUALIFIED_QUESTION.test(text);
  // (A line of values with a reason in brackets is the request's only when a sentence asks.)
  // (train28s: so is a line of values with what it is for after a comma, "token pls. 3h. in ohio, for reasons".)
  const asked =
    (text.includes('(') || (text.includes(',') && text.includes('for '))) &&
    all.some(([a, b]) => asksNow(text.slice(a, b)));
  // (asks25: "is a token tied to a region? I fly to Sydney tomorrow": where the asker will be is the place
  // a question about Regions asks for; README "Places", a help question that names a Region states it.)
  const regionAsked = text.includes('xxregion') && REGION_QUESTION.test(text);
  const story = all.filter(([a, b], at) => {
    const s = text.slice(a, b);
    // (dev26a: "Token, 4.5h, Ireland. For the log: the old one was issued at 08:02 …": a note told for the
    // record after the request is story, whatever words of ours it has.)
    if (at > 0 && (s.includes('fyi') || s.includes('for the')) && !s.includes('?') && NOTE_TOLD.test(s))
      return true;
    return (
      wordsIn(s).length >= 4 &&
      !hasCue(s) &&
      !statesRequestValue(s, asked) &&
      !keepsBeforeMore(text, s, b) &&
      // (fix54a: "revoke the ward-rota key. leave it until Monday": the thing left as it is, or to a later time, after
      // the request is its take-back, never story: cut, it left the request acted on.)
      !(at > 0 && s.includes('leave') && LEFT_TO_LATER.test(s)) &&
      !(regionAsked && s.includes('xxregion') && !s.includes('?')) &&
      !(s.includes(' for ') && WHAT_IT_IS_FOR.test(s)) &&
      // (buried27: "revoke it pls!! ABSK… it's the match-reports one": the key pasted, or which one it is, names
      // the request's object.)
      !(s.includes(' one') && WHICH_ONE.test(s)) &&
      !(s.includes('?') && CHANGES_ASKED.test(s)) &&
      // (buried27: "what units does <@U…> own? she's off on the scouting trip": a person's units asked.)
      !unitsOwnedAsked(s) &&
      !(s.includes('?') && UNITS_QUESTION.test(s)) &&
      // (fix40c: "what's on the hazmat-check unit? need to know before the audit": what a unit holds, asked.)
      !whatsOnNamedAsked(s) &&
      !(s.includes(' one') && NEW_ONE_ASKED.test(s)) &&
      !(s.includes('?') && (approvals || qualified || ABOUT_THE_BOT.test(s))) &&
      !(s.includes('?') && DIFFERENCE_OF_THEM.test(s) && OUR_KINDS_NAMED.test(text))
    );
  });
  // ("/bedrock ??? how do i use this thing": a sentence of punctuation alone is no request to keep.)
  const worded = all.filter(([a, b]) => /[a-z0-9]/.test(text.slice(a, b))).length;
  return story.length >= worded ? [] : story.map(([a, b]) => [a, b]);
}

/**
 * Where a second request may start: a joining word ("also", "then", "btw", "and can you", …), and (dev26a) a
 * second request announced, "… token. and sorry, one more: what models I can use?", "one more thing: …".
 */
const SECOND =
  /[.!?;,…]\s*(?:(?:and|oh\s+and|also)\s+)?(?:sorry,?\s+)?one\s+more(?:\s+(?:thing|question|q))?\s*(?=[:,—–-])|(?:[.!?;,]\s*|\s)(?:and\s+)?(?:also|(?<!\b(?:ok|okay|alright|fine|good|right|so|well)[,]?\s+)then|after\s+that|afterwards|plus|oh\s+and|btw|and\s+(?=(?:can|could)\s+you\b))\b|\s\+\s+(?=(?:what|what's|whats|how|which|who|when|where|can|could)\b)|[.!?;]\s*(?:second(?:ly)?|next|finally|lastly)(?=\s*[,:])|(?:,|\splease|\spls)\s+and\s+(?:while\s+you(?:'re|\s+are)\s+at\s+it,?\s+)?(?=(?:a|an)\s+(?:xxdur\s+|new\s+)?(?:tokens?|keys?|api_key|access_keys?)\b)|\sand\s+(?=(?:create|generate|rotate|revoke|delete|remove|deprovision|offboard|list|show)\s+(?:a|an|the|all|every|new|their|its|keys?|tokens?)\b|(?:send|show|give|tell)\s+me\s+(?:the|its|their|what|how)\b)(?!(?:remove|revoke|delete|disable)\s+the\s+old\b)(?!(?:create|generate)\s+(?:a\s+)?(?:the\s+)?new\s+one\s+(?:last|good|valid|expire|for\s+xxdur))/g;

/** Only a credential's name, asked for with nothing of its own: "token", "a new key please". */
const BARE_CREDENTIAL =
  /^\W*(?:(?:a|an|the|new|one|please|pls)\s+)*(?:tokens?|keys?|api_key|access_keys?|creds|credentials?)(?:\s+(?:please|pls))?\W*$/;

/** Whether the question's own sentence names a credential or points back to one ("it", "one"). */
function credentialAsked(after: string): boolean {
  const sentence = /^[^.!?;\n]*/.exec(after)?.[0] ?? '';
  if (/\b(?:it|its|one|that|this|them)\b/.test(sentence)) return true;
  for (const w of wordsIn(sentence)) {
    const tag = LEXICON[w];
    if (tag === 'TokenNoun' || tag === 'KeyNoun') return true;
  }
  return false;
}

/** "+" before a question word (see SECOND). */
const PLUS_QUESTION = /\s\+\s+(?=(?:what|what's|whats|how|which|who|when|where)\b)/;
/**
 * Round thirty-four: a request, then "+" and a question about a credential ("revoke growth + what's a key"): the
 * question is about what the request does, so the request is asked about, never carried out (parse-request.ts).
 */
export function credentialQuestionAfterPlus(text: string): boolean {
  if (!text.includes('+')) return false;
  const m = PLUS_QUESTION.exec(text);
  // (A credential named in the question itself: "token 4h + what's our spend this month?" asks two things.)
  const sentence = m === null ? '' : (/^[^.!?;\n]*/.exec(text.slice(m.index + m[0].length))?.[0] ?? '');
  return /\b(?:tokens?|keys?|api_key|access_keys?|creds|credentials?)\b/.test(sentence);
}

/** A first request with an object of its own before "and": a credential, or a name after "for". */
const OBJECT_BEFORE =
  /\b(?:keys?|tokens?|xxkeyid|api_key|access_keys?|creds|credentials)\b|\bfor\s+[a-z0-9_]+/;

/**
 * A report asked for after "and": "send me the final spend", "tell me what it spent". (fix23b: not the
 * credential the first verb makes or changes, "rotate and show me the new key for gate-ops", "rotate it and
 * send me the new one": that is the first request's own result, its object after both verbs.)
 */
const REPORT_ASKED =
  /^(?:send|show|give|tell)\s+me\s+(?!(?:the\s+|its\s+|their\s+|that\s+|this\s+)?(?:new|fresh|rotated|resulting|replacement|keys?|tokens?|api_key|access_keys?|creds|credentials?|secrets?|xxkeyid|ids?)\b)/;
/** "send me …", "show me …" after "and": what REPORT_ASKED reads further. */
const REPORT_TOLD = /^(?:send|show|give|tell)\s+me\b/;
/** A verb alone (or with "it"/"them") before "and": its object is the one after ("rotate and …", "revoke it and …"). */
const BARE_VERB_BEFORE =
  /^\W*(?:(?:please|pls|plz|can\s+you|could\s+you|kindly)\s+)?[a-z]+(?:\s+(?:it|them|this|that))?\s*$/;
/** Whether the sentence before "and" is a verb alone (read in its last 60 characters: a longer one is not). */
function bareVerbBefore(before: string): boolean {
  const tail = before.slice(-60);
  const cut = Math.max(
    tail.lastIndexOf('.'),
    tail.lastIndexOf('!'),
    tail.lastIndexOf('?'),
    tail.lastIndexOf('\n'),
  );
  if (cut < 0 && before.length > 60) return false;
  return BARE_VERB_BEFORE.test(tail.slice(cut + 1));
}

/** Where a second request starts ("…, then revoke keys for x", ". also what models are in …"), or null. */
export function secondRequestStart(text: string): number | null {
  for (const m of matchesOf(text, SECOND)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    // ("please deactivate and delete the key": one request with two verbs, its object after both.)
    // (requests23: "deprovision harvest-pilot and send me its final spend": a report asked of the writer
    // after "and" is a request of its own, with or without an object before; fix23b: but not the credential
    // the first request makes, nor after a verb alone: "rotate the key and show me the new one for gate-ops",
    // "rotate and send me the spend for x" are one request.)
    if (
      m[0].trim() === 'and' &&
      REPORT_TOLD.test(after) &&
      (!REPORT_ASKED.test(after) || bareVerbBefore(before))
    )
      continue;
    if (m[0].trim() === 'and' && !OBJECT_BEFORE.test(before) && !REPORT_ASKED.test(after)) continue;
    // (fix24c: "token + how long does a token last?", "revoke growth + what's a key": "+" before a question
    // joins a second request only to a first with more than a credential's name, and only when the question
    // is not about a credential, or the one just named: otherwise the whole is the one question.)
    if (m[0].trim() === '+' && (BARE_CREDENTIAL.test(before) || credentialAsked(after))) continue;
    // (dev26a: "one more:" splits only after a request with an object of its own; "Thanks! One more: access key
    // for …" asks once.)
    if (m[0].includes('more') && !OBJECT_BEFORE.test(before)) continue;
    if (hasCue(before) && hasCue(after) && /[a-z]/.test(after)) return m.index;
  }
  return text.includes(' and ') || text.includes(' + ') ? otherKindAfterAnd(text) : null;
}

/**
 * known25: a second credential of the other kind joined by a bare "and" ("a key for growth 90 days and a token
 * for 4h", requests26: also asked with its verb, "create key for tm-cleanup and give me a token 2h too"): two
 * requests, the first handled. Only a token after a key or a key after a token: one kind for
 * two units ("a key for growth and a key for ads") is one action the bot asks about, never split.
 */
const OTHER_KIND_AFTER_AND =
  /\s(?:and|\+|&)\s+(?:also\s+)?(?:(?:give|get|send|make)\s+(?:me|us)\s+)?(?:(?:a|an|one)\s+)(?:(?:xxdur|new|short[\s-]lived|temp|temporary)\s+)?(tokens?|keys?|api_key|access_keys?)\b/g;
/** Two kinds weighed, not asked: "the diff between a token and an api key", "both a token and a key?". */
const WEIGHED = /\b(?:between|diff|difference|vs|versus|compare|comparing|either|both|whether)\b/;
/**
 * fix36b, tuned-esports: the two kinds told apart after them, in the same sentence ("so a token and an api key are
 * different things??", "a key and a token are the same, right?"): weighed, not asked.
 */
const WEIGHED_AFTER =
  /^[^.!?\n]{0,30}?\b(?:are|r|is)\s+(?:(?:really|actually|totally|completely|two)\s+)?(?:different|differing|separate|distinct|identical|(?:the\s+)?same)\b/;
/** The kind of a credential's word: a token, or a key of any sort. */
const credentialKind = (w: string) => (w.startsWith('token') ? 'token' : 'key');
/** Every credential word of the text before the "and". */
const CREDENTIAL_WORDS = /\b(?:tokens?|keys?|api_key|access_keys?)\b/g;

function otherKindAfterAnd(text: string): number | null {
  for (const m of matchesOf(text, OTHER_KIND_AFTER_AND)) {
    const before = text.slice(0, m.index);
    const kinds = new Set((before.match(CREDENTIAL_WORDS) ?? []).map(credentialKind));
    const after = credentialKind(m[1] ?? '');
    if (
      kinds.size === 1 &&
      !kinds.has(after) &&
      OBJECT_BEFORE.test(before) &&
      !WEIGHED.test(before) &&
      !WEIGHED_AFTER.test(text.slice(m.index + m[0].length))
    )
      return m.index;
  }
  return null;
}

/**
 * A bare number that corrects a duration, then why or how long it holds ("90 days, no wait, make it 30 until we know
 * it behaves", "make it 2 for now", "make it 30 to start with"; fix43b, tuned-styles-long): no count of things.
 */
const HOLDS_AFTER = String.raw`until|till|for\s+now|for\s+the\s+moment|to\s+start(?:\s+with)?|to\s+begin\s+with|while|because|since`;
/**
 * "create key for x, 30d... on reflection 45d", "token 2h, on second thought 3h": the writer thinking again, then the
 * value meant (fix43b, tuned-styles-followups); only before a value (after it alone, "on second thought, leave it"
 * takes the request back: withdrawal.ts).
 */
const THOUGHT_AGAIN =
  /\bon\s+(?:second\s+thoughts?|reflection|further\s+thought)\b[,.:]?\s+(?:(?:make\s+(?:it|that)|let'?s\s+(?:say|do)|maybe|better|rather)\s+)?(?=xx|\d)/;
const CORRECTION =
  /\b(?:i\s+meant|i\s+mean|make\s+(?:it|that)|no\s+wait|wait\s+no|actually|sorry|correction|typo|or\s+rather|rather|instead|scratch\s+that|edit|should\s+be)\b|\bno\b[,.]?\s+(?=xx|\d|make|[a-z]+\s*$)|\bno\b[,.]?\s+(?:better|rather|let'?s\s+say)\s+(?=xx|\d)|\bwait\b[,.:]?\s+(?=xx|\d)|\?\s*(?:no|nope|nah)\b[\s,.:;—–-]*(?=(?:the\s+|for\s+)?[a-z][a-z0-9_]*(?:'s)?(?:\s+(?:key|keys|one|team|unit))?\s*[.!]?\s*$|the\s+[a-z][a-z0-9_]*\s+[a-z][a-z0-9_]*\s+(?:key|one|team)(?:\s+(?:please|pls|plz))?\s*[.!]?\s*$)/;

/**
 * A value said again as a choice after one already stated ("token 8h. let's do 6h", "token 8h, go with 6h", "8h? no,
 * do 6h", "token in tokyo 2h, switch to seoul", "change region to seoul", "update: 6h", "ok 6h then"): the writer
 * settles on the later value, as after "make it" (fix53f, the English styles' corrections). Only before a value, and
 * only after a value of the same kind ("switch to the new dashboard" corrects nothing).
 */
const CHOSEN_AGAIN =
  /\bxx(dur|region)\b.*?(?:\b(?:let'?s\s+(?:do|go\s+(?:with|for)|use)|(?:we\s+can\s+|i'?ll\s+|just\s+)?go\s+(?:with|for)|(?:change|switch|move|bump|drop|cut|lower|reduce|shorten|extend|raise|up)\s+(?:(?:it|that|this|(?:the\s+)?(?:region|duration|lifetime|ttl|time|length|expiry))\s+)?to|(?:no|nah|nope|ok|okay|hm+)[,.]?\s+(?:just\s+)?do|update\s*:)\s+(?:(?:in|for|a|an)\s+)?(?:xx\1\b|\d+(?:\.\d+)?(?=\s*(?:$|[,.!?)]|\s+(?:please|pls|plz|instead|then|days?)\b)))|\b(?:ok|okay|fine|alright)[,.]?\s+xx\1\s+(?:then|it\s+is)\b)/;

export function isCorrected(text: string): boolean {
  return (
    CORRECTION.test(text) ||
    (text.includes('xx') && CHOSEN_AGAIN.test(text)) ||
    ((text.includes('thought') || text.includes('reflection')) && THOUGHT_AGAIN.test(text))
  );
}

const NUMBER_AFTER_CORRECTION = new RegExp(
  String.raw`(\bxxdur\b.*?(?:\b(?:make\s+(?:it|that)|no|nah|nope|wait|actually|sorry|meant|rather|instead|edit|should\s+be|let'?s\s+(?:do|say|go\s+with)|go\s+with|(?:change|switch|bump|drop|cut|lower|reduce|shorten|extend|raise)\s+(?:it|that)\s+to|on\s+second\s+thoughts?)\b)[\s,.:;-]*(?:(?:make\s+(?:it|that)|wait|actually|just|only|do|let'?s\s+(?:do|say))\s+)*)(\d+(?:\.\d+)?)(?=\s*(?:is\s+enough|$|[,.!?)]|\s+(?:please|pls|plz|instead|then|is|will|should|${HOLDS_AFTER})\b))`,
);

/**
 * A bare number that corrects a duration ("token for 2h... actually make it 3", "4h, no, 3 is enough"):
 * the number with the unit of the duration before it, in seconds, and the text with it as a
 * placeholder; or null.
 */
export function correctedNumber(text: string, unitSeconds: number): { text: string; seconds: number } | null {
  const m = NUMBER_AFTER_CORRECTION.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const at = m.index + m[1].length;
  return {
    text: `${text.slice(0, at)}xxdur${text.slice(at + m[2].length)}`,
    seconds: Math.round(Number(m[2]) * unitSeconds),
  };
}

const UNIT_CORRECTION =
  /\b(?:i\s+meant|i\s+mean|sorry,?\s+(?:i\s+meant\s+)?|not\s+[a-z0-9_]+,?\s+but)\s+(?:for\s+)?(?:the\s+)?([a-z][a-z0-9_]*(?:\s+team)?)\s*(?:[,.!?)]|$)/;

/** The name a unit is corrected to ("key for marketing — I meant growth"), or null. */
export function correctedName(text: string): string | null {
  const m = UNIT_CORRECTION.exec(text);
  return m?.[1] && !m[1].startsWith('xx') ? m[1] : null;
}

const QUOTE_LINE = /^\s*(?:>|&gt;)\s?/;

/** The message's own lines: those quoting an earlier message (`> …`, `&gt; …` as Slack sends it) left out. */
export function unquotedLines(input: string): string {
  return input
    .split('\n')
    .filter((line) => !QUOTE_LINE.test(line))
    .join('\n');
}

/**
 * A reply that quotes an earlier message ("> rotate key for card-ops\nsorry, I meant card-disputes"):
 * the quoted lines and the reply's own lines, or null when the text quotes nothing or says nothing
 * of its own. (Read on the raw text: the quote is dropped when the text is prepared.)
 */
export function quotedReply(input: string): { quote: string; reply: string } | null {
  const quote: string[] = [];
  const reply: string[] = [];
  for (const line of input.split('\n'))
    if (QUOTE_LINE.test(line)) quote.push(line.replace(QUOTE_LINE, ''));
    else reply.push(line);
  const own = reply.join('\n');
  // (fix43c, tuned-styles-eastwest: a reply in a script of its own says something too, "同じく、私も4時間でお願いします".)
  return quote.length === 0 || !/\p{L}/u.test(own) ? null : { quote: quote.join('\n'), reply: own };
}

/**
 * A reply that corrects the request it quotes, from its first words: "sorry, I meant card-disputes",
 * "no, for tax-reporting", "not revoke — just rotate it", "make it 4h", "actually the ads one".
 */
const CORRECTS_QUOTE =
  /^[\s,.!]*(?:(?:no+|nope|nah|oops|sorry|err+|ah+|oh|hm+|wait|actually|correction)\b[\s,.!:-]*)*(?:(?:sorry|oops)\b[\s,.!:-]*)?(?:i\s+meant\b|i\s+mean\b|meant\b|not\s+(?!(?:me|us|you|u|him|her|them|yet|now|really|sure|quite|exactly|that|this|today)\b)[a-z]+\s*[,.!:—–-][\s,.!:—–-]*(?:just\s+|only\s+|but\s+)?[a-z]|make\s+(?:it|that)\b|should\s+(?:be|have\s+been)\b|(?<=\b(?:no|nope|nah|sorry|oops|err|actually|correction)\b[\s,.!:-]*)(?:for|in|the)\b)/i;

/** A quote that names a credential ("we will need the key for geo-routing next sprint"). */
const NAMES_CREDENTIAL = /\b(?:keys?|tokens?|creds|credentials?)\b/i;

/** Is the quoted message a request, or does it name a credential a reply may ask for? */
export function quoteAsks(quote: string, asks: boolean): boolean {
  return asks || NAMES_CREDENTIAL.test(quote);
}

/** "ok then please create it now", "yes, rotate them": a reply that points back at what it quotes. */
const POINTS_BACK = /\b(?:it|them|that\s+one|those|this\s+one|the\s+same)\b/i;

/** Does the reply correct the quoted request, or ask for it again by pointing back at it? */
export function repliesToQuote(reply: string, asksWithoutUnit: boolean): boolean {
  return (
    CORRECTS_QUOTE.test(reply.replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, ' ')) ||
    (asksWithoutUnit && POINTS_BACK.test(reply))
  );
}

const ADDED =
  /^[\s.!?;,]*(?:and\s+|oh\s+and\s+)?(?:also|plus)\b|^[\s.!?;,]*and\s+(?:the|my|our|their|a|an)\b/;
const CHANGE = new Set(CHANGE_TAGS);
const CREDENTIAL_TAGS = new Set(['KeyNoun', 'TokenNoun', 'Api', 'Aws']);

/**
 * The verb a joke or look-alike clause lends to the request added after it ("rotate… my sanity. and
 * also the key for claims-ai", "revoke my gym membership lol, and the ads key too"): the first
 * clause's verb of ours, when it names no credential (its object is not ours) and the added part
 * names no verb of its own. Null otherwise.
 */
export function lentVerb(first: string, added: string): string | null {
  if (!ADDED.test(added)) return null;
  for (const w of wordsIn(added)) if (VERB_TAGS.has(LEXICON[w] ?? '')) return null;
  let verb: string | null = null;
  for (const w of wordsIn(first)) {
    const tag = LEXICON[w] ?? '';
    if (CREDENTIAL_TAGS.has(tag) || w === 'xxkeyid') return null;
    if (verb === null && CHANGE.has(tag) && !/(?:ed|ing)$/.test(w)) verb = w;
  }
  return verb;
}
