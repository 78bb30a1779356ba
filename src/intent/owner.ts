/** The owner a text names: an e-mail or a mentioned person, preferring the one named as owner. */
import { VERB_TAGS } from './lexicon.js';
import { GIVEN_NAMES } from './person-names.js';
import type { Term } from './terms.js';

/** Words before a mention that make it the one the credential is for ("for @ana", "give @ana a token"). */
const FOR_WORDS = new Set([
  'for',
  'give',
  'gave',
  'grant',
  'granted',
  'issue',
  'issued',
  'to',
  'by',
  'owned',
  'of',
  'let',
  'make',
]);
/** Words after a mention that make it the one who needs the credential ("@ana needs a key"). */
const NEEDS_WORDS = new Set(['needs', 'wants', 'requires', 'need', 'get', 'gets', 'have', 'has']);
/**
 * train29: a mention, then where the person is from, then what they need ("my colleague <@U…> from HR needs the AI
 * password", "<@U…> on the data team needs a token"): the aside says who they are, and they are the one the
 * credential is for. Only the words of need, not "has"/"gets" (what one has is told, not asked).
 */
const ASIDE_OPENERS = new Set(['from', 'in', 'on', 'at', 'of']);
const ASIDE_NEEDS = new Set(['needs', 'wants', 'requires', 'need']);
function needsAfterAside(after: readonly Term[]): boolean {
  if (!ASIDE_OPENERS.has(after[0]?.w ?? '') || after[0]?.stop === true) return false;
  for (let k = 1; k <= 4 && k < after.length; k++) {
    const t = after[k];
    if (t === undefined) return false;
    if (ASIDE_NEEDS.has(t.w)) return k > 1;
    if (t.stop || t.w.startsWith('xx')) return false;
  }
  return false;
}
/** Words between "for" and a mention that name the person's role ("a token for my colleague @ana"). */
const ROLE_WORDS = new Set(
  'my our the new colleague colleagues teammate manager boss lead intern contractor deputy friend'.split(' '),
);
/** "@ana will own it", "@ana is going to own it", "@ana will be the owner": the mention owns what is asked for. */
const WILL_OWN =
  /^(?:will|shall|should|would|is|can|'ll)?\s*(?:be\s+going\s+to\s+|going\s+to\s+)?(?:owns?|be\s+(?:the\s+)?owner)\b/;
/**
 * Verbs after a person that make them someone who did something ("bob@… did in March", "@ana
 * rotated it"), and the agent after "by" ("rotated by @ana"): whose actions, not an owner.
 */
const DID_WORDS = new Set(
  'did does done rotated revoked created deleted approved requested said asked wrote changed made ran used'.split(
    ' ',
  ),
);
/** "rotated by @ana", "@ana did …": the one mention is someone who acted, not whom a credential is for. */
const DID_AFTER_MENTION = /\bby\s+xxuser\b|\bxxuser\s+(?:did|rotated|revoked|created|deleted)\b/;

/** Words after an owner that tell of them: "the owner @ana is on leave", "owner @jo left". */
const TOLD_OF = new Set(['left', 'went', 'quit', 'moved', 'retired', 'resigned']);
const AWAY_STATE = new Set(
  'on out away off sick gone no not leaving left unavailable travelling traveling offline ooo moved retired'.split(
    ' ',
  ),
);

/** Words that say the value after them replaces one before ("… actually make it alice@…", "sorry, owner is jo@…"). */
// (fix41d, tuned-styles-relay: and "wrong", "token for <@U…> — sorry, wrong person, for <@U…>".)
const CORRECTING = new Set(['actually', 'sorry', 'meant', 'rather', 'instead', 'wait', 'no', 'wrong']);

/** "she's owner", "he is the owner", "they'll be the owners": a person mentioned before is the owner. */
const OWNER_PRONOUN =
  /\b(?:(?:she|he|they)(?:'s|'ll\s+be|\s+is|\s+are|\s+will\s+be)|with\s+(?:her|him|them))\s+(?:as\s+)?(?:the\s+)?owners?\b/;
/** "on behalf of @ana": the one asked for, not the owner (README). */
const ON_BEHALF = new Set(['behalf']);
/** "asking for @ana", "requesting this for @jo": a request made by proxy. */
const PROXY_ASKING = new Set(['asking', 'ask', 'requesting', 'request', 'writing', 'posting', 'this']);
const asksForToken = (terms: Term[]): boolean => terms.some((t) => t.tag === 'TokenNoun');

/** "get @ana a 2 hour token": a verb with the person, then the credential given them. */
const GIVING = new Set(['get', 'give', 'make', 'grant', 'send']);
const GIVEN = new Set(['a', 'an', 'one', 'new', 'another', 'the', 'their', 'her', 'his']);
/**
 * "@ana is on a call and her token expired, can you give her a new one", "my manager @jo asked me to
 * get her a token": a pronoun given the credential stands for the person mentioned before.
 */
const GIVE_PRONOUN =
  /\b(?:give|get|make|grant|send|issue|create|generate|mint|request|provision)\s+(?:her|him|them)\s+(?:a|an|one|new|another|the)\b|\b(?:token|tokens|key|keys|one|creds?|credentials?)\s+for\s+(?:her|him)\b/;
/** "now that @ana owns legal-ops", "since @ana owns it": a fact of the story, not the owner asked for. */
const STORY_OPENERS = new Set(['that', 'since', 'because', 'as', 'now', 'while']);

/**
 * "for my colleague @ana", "for our new intern @jo": "for", then only words for the person's role;
 * or "my"/"our" and any one or two words, which can only say who the person is to the one asking
 * ("for my bestie @ana", "for my pair buddy @jo").
 */
function forRole(terms: Term[], i: number): boolean {
  // ("token for our 1:1 with <@U…>", "token for my eval ty <@U…>": the thing is the speaker's.)
  if (NOT_BESIDE.has(terms[i - 1]?.w ?? '')) return false;
  let known = true;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = terms[k]?.w ?? '';
    // (fix50a, tuned-styles-romance: "a token of two hours for Luca <@U…>?": the person's given name, then their mention.)
    if ((w === 'for' || w === 'give') && k === i - 2 && GIVEN_NAMES.has(terms[i - 1]?.w ?? '')) return true;
    if (w === 'for' || w === 'give')
      return (
        k < i - 1 &&
        (known ||
          (PERSONAL.has(terms[k + 1]?.w ?? '') && (k >= i - 4 || PERSON_NOUNS.has(terms[i - 1]?.w ?? ''))))
      );
    if (terms[k]?.stop && !PERSONAL.has(w)) return false;
    if (!ROLE_WORDS.has(w)) known = false;
  }
  return false;
}
const PERSONAL = new Set(['my', 'our']);
/**
 * fix41d, tuned-styles-relay: a word for a person ending three words after "my"/"our" ("token 4h for our NY sales rep
 * <@U…>"): the one mentioned is that person.
 */
const PERSON_NOUNS = new Set(
  'rep reps assistant producer analyst editor temp freelancer designer engineer developer intern lead manager colleague contractor'.split(
    ' ',
  ),
);

/**
 * A token asked "for" a person named first in words, the mention set beside them ("token for Ravi
 * (<@U…>)", "half a day token for the CFO's chief of staff please — <@U…>"): the mention is that person.
 * Only right after the word for a token (a token is a person's; "a key for growth, <@U…>" may name
 * anyone), with at most six words between "for" and the mention, no phrase ending before the last of
 * them nor a sentence at it, the mention set beside them (setBeside) and ending its phrase ("token for
 * the demo <@U…> please" speaks; "token for pairing with <@U…>" is the speaker's, with a colleague).
 */
function forPersonNamed(terms: Term[], i: number): boolean {
  for (let k = i - 2; k >= Math.max(0, i - 7); k--) {
    const t = terms[k];
    if (t === undefined || (t.stop && k < i - 1)) return false;
    if (t.w === 'for')
      return (
        k < i - 1 &&
        tokenBefore(terms, k) &&
        !forAPurpose(terms, k, i) &&
        !placeholderBetween(terms, k, i) &&
        terms[i - 1]?.end !== true &&
        setBeside(terms, i) &&
        (terms[i]?.stop === true || i === terms.length - 1 || fieldLineAfter(terms, i))
      );
  }
  return false;
}
/**
 * fix52g, tuned-forms: the mention ends its line and a form's field follows on the next ("Token for the intern,
 * <@U…>⏎Length: 3h"): the line ends there as a phrase would. A field's label is one or two words before a colon.
 */
const fieldLineAfter = (terms: Term[], i: number): boolean =>
  terms[i + 1]?.colon === true || (terms[i + 1]?.stop !== true && terms[i + 2]?.colon === true);

/**
 * The word for a token right before "for", or before its lifetime or Region (fixrelay30: "bearer token 3h for
 * the permissions desk temp, <@U…>", "token 6h mumbai for the proofing lead, <@U…>"): up to two values between.
 */
// (fix41d, tuned-styles-relay: also a value ending its phrase right before "for", "token 6h mumbai — for the proofing
// lead, <@U…>", and a temporary credential, "temp access for Rowan (<@U…>)": temporaryCredential.)
function tokenBefore(terms: Term[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const t = terms[j];
    if (t?.tag === 'TokenNoun' || temporaryCredential(terms, j)) return true;
    if (
      t === undefined ||
      (t.stop && j < k - 1) ||
      !t.w.startsWith('xx') ||
      t.w === 'xxuser' ||
      t.w === 'xxemail'
    )
      return false;
  }
  return false;
}
/** fix41d, tuned-styles-relay: a credential said to be temporary, "temp access", "temporary creds": a token. */
const temporaryCredential = (terms: Term[], j: number): boolean =>
  terms[j]?.tag === 'KeyNoun' && terms[j - 1]?.tag === 'TokenNoun' && terms[j - 1]?.stop !== true;

/**
 * A token for a purpose or an event, not a person (round seventeen, leftovers17): "token for the
 * workshop — <@U…>", "token for the offsite, <@U…>": the one mentioned is whom it is shared with or
 * who is told (README "Owner"); the token is the asker's.
 */
function forAPurpose(terms: Term[], k: number, i: number): boolean {
  for (let j = k + 1; j < i; j++) {
    const t = terms[j];
    if (t !== undefined && (t.tag === 'Purpose' || EVENT_WORDS.has(t.w))) return true;
  }
  return false;
}
// (fix38c, tuned-aerospace: and the occasions a team holds, "token 1h for the FHA walkthrough — <@U…>", a review, a
// demo, a rehearsal, a briefing.)
const EVENT_WORDS = new Set(
  // (fix54b, tuned-autoparts: and the work a token is for on a shop floor or in an office, "token 3h for the gemba walk
  // summary — <@U…>": a walk, an audit, an inspection, a trial, a summary, a report, a draft, slides.)
  'offsite onsite session sessions training trainings class classes sprint retro meeting call migration batch job eval walkthrough review demo presentation rehearsal briefing standup huddle webinar walk audit inspection trial pilot poc experiment test tests summary report draft analysis deck slides writeup notes minutes kaizen visit tour workshop hackathon'.split(
    ' ',
  ),
);

/**
 * The mention set beside the person named, not read on from the words: in brackets ("Ravi (<@U…>)") or
 * after a dash or comma ("our new analyst — <@U…>"), and not after a word that makes it someone else
 * ("pairing with <@U…>", "the workshop per <@U…>", "my eval ty <@U…>", "testing via <@U…>").
 */
const setBeside = (terms: Term[], i: number): boolean =>
  (terms[i]?.close === true || terms[i - 1]?.brk === true) && !NOT_BESIDE.has(terms[i - 1]?.w ?? '');
const NOT_BESIDE = new Set(
  'with per via from by to at on in as of cc thanks thank thx ty tysm discussed and or w'.split(' '),
);
const placeholderBetween = (terms: Term[], from: number, to: number): boolean =>
  terms
    .slice(from + 1, to)
    .some(
      (t, j) => t.w.startsWith('xx') || (t.tag === 'TokenNoun' && !tempWorker(t, from + 1 + j === to - 1)),
    );
/**
 * fix41d, tuned-styles-relay: "temp" ending the words for a person, a temporary worker ("token 3h for the permissions
 * desk temp, <@U…>"), not a token.
 */
const tempWorker = (t: Term, last: boolean): boolean => last && (t.w === 'temp' || t.w === 'temps');

/** "user <@U…> is asking for a token", "<@U…> asked for a token": whom a token is asked for by (README: a token is theirs). */
const ASKING_AFTER = new Set(['asking', 'requesting', 'asked', 'requested', 'asks', 'requests']);
function asksForOwnToken(terms: Term[], i: number): boolean {
  const a = terms[i + 1]?.w ?? '';
  const b = terms[i + 2]?.w ?? '';
  const asking = ASKING_AFTER.has(a) || (['is', 'was', 'has'].includes(a) && ASKING_AFTER.has(b));
  return asking && asksForToken(terms);
}

/** Words that open a sentence before the one spoken to: "sorry <@U…> that was me", "thanks <@U…>!". */
const ADDRESS_OPENERS = new Set(
  // (units24: and words that turn to someone mid-sentence, "could someone... actually <@bot> could I get …".)
  'sorry thanks thx ty ok okay hey hi hello yes yep yeah no nope cool great perfect done actually so also btw anyway well oh'.split(
    ' ',
  ),
);
/** Words before a mention that speak to it, whatever follows: "sorry <@U…> my bad", "thanks <@U…> for …". */
const APOLOGY = new Set(['sorry', 'thanks', 'thx', 'ty']);
/** Words after a mention that speak to it: "<@U…> please …", "<@U…> that was me", "<@U…> can you …". */
const SPOKEN_TO = new Set('please pls plz that this then so can could would ok okay thanks just'.split(' '));

/**
 * A mention spoken to, not talked about: it opens a sentence (or follows "sorry", "thanks", "ok" there)
 * and a command, a comma or words said to someone follow ("wrong unit, sorry! <@bot> create a key for
 * brand-studio", "sorry <@U…> that was me"). Whom one speaks to is no owner; the owner is named ("for
 * <@U…>", "owner <@U…>", "<@U…> needs one").
 */
function spokenTo(terms: Term[], i: number): boolean {
  const before = terms[i - 1];
  // (Openers one to three in a row, "ok so <@U…> token for 2h", after a sentence's end or at the start.)
  let k = i - 1;
  while (k >= 0 && k > i - 4 && ADDRESS_OPENERS.has(terms[k]?.w ?? '') && !terms[k]?.stop) k--;
  const opens = before === undefined || before.stop || (k < i - 1 && (k < 0 || (terms[k]?.stop ?? true)));
  if (!opens) return false;
  const t = terms[i];
  const next = terms[i + 1];
  if (t === undefined || next === undefined || NEEDS_WORDS.has(next.w)) return false;
  // ("sorry <@U…> my bad, that was me": the one apologised to or thanked is spoken to.)
  return (
    t.brk ||
    SPOKEN_TO.has(next.w) ||
    VERB_TAGS.has(next.tag ?? '') ||
    APOLOGY.has(before?.w ?? '') ||
    tokenCommandAfter(terms, i + 1)
  );
}

/**
 * fix39g, tuned-cruise: the bot's command for a token written after the mention, the word for a token and then its
 * lifetime ("me too actually — <@U…> token 2h"): the mention is the bot spoken to, even after a word that corrects.
 */
function tokenCommandAfter(terms: Term[], j: number): boolean {
  return terms[j]?.tag === 'TokenNoun' && (terms[j + 1] === undefined || terms[j + 1]?.w === 'xxdur');
}

const phraseOf = (terms: Term[]): string => terms.map((t) => (t.possessive ? `${t.w}'s` : t.w)).join(' ');

/**
 * Prefers the e-mail or person named as owner: after "owner" / "owned by" / "contact" ("owner is
 * @ana", "the contact for billing is still @ana") or before "as (the) owner" ("with @ana as the
 * owner", "@ana is the owner"); else the first e-mail, else a mention that names who the credential
 * is for ("for @ana", "give @ana a token", "@ana needs a key", "can @ana get a key"). When the text
 * corrects itself, the owner named last wins ("owner bob@… — actually make it alice@…").
 */
/**
 * A mention as the last argument of the bot's command written out ("create key: clause-library /
 * api-key / 90 / <@U…>", "create-key ads api-key 30 <@U…>"): the new key's owner.
 */
// (Review fix seventeen: a rotation's command names an owner only with its kind argument written out,
// "rotate key search / api-key / 45 / <@U…>"; "rotate key growth 30 <@U…>" is no command's owner.)
const COMMAND_VERBS = new Set(['create', 'new', 'rotate', 'create_key', 'new_key', 'rotate_key']);
const ARGUMENT_BEFORE = /^(?:xxdur|\d{1,5}|api_key|access_key|access-key|api-key)$/;
const KIND_ARGUMENT = /^(?:api_key|access_key|access-key|api-key)$/;
function commandArgument(terms: Term[], i: number): boolean {
  if (i !== terms.length - 1 || i < 3) return false;
  const first = terms[0]?.w ?? '';
  if (!COMMAND_VERBS.has(first) || (!first.endsWith('_key') && terms[1]?.w !== 'key')) return false;
  if (!ARGUMENT_BEFORE.test(terms[i - 1]?.w ?? '')) return false;
  return !first.startsWith('rotate') || terms.slice(1, i).some((q) => KIND_ARGUMENT.test(q.w));
}

/**
 * The words before a mention that say it will own what is asked: "… will own it:", "… owns it —". (fix23b:
 * not "nobody will own it", "no one owns it", nor asked, "who will own it <@U…> or me".)
 */
const OWN_IT_BEFORE =
  /(?:^|\s)(?<!(?:^|\s)(?:nobody|noone|one|none|who|never)\s)(?:will\s+own|'ll\s+own|shall\s+own|owns)\s+(?:it|this|that|them)$/;

/** Roles of people around a request that are not its owner ("my manager is …", "approver: …"). */
const OTHER_ROLES = new Set(
  (
    'manager managers boss lead approver approvers reviewer reviewers supervisor director pm vp cto cfo ceo ' +
    'requester requestor sponsor architect mentor'
  ).split(' '),
);
/** Is the value at `i` said to be someone of another role: "ROLE is|was X", "ROLE: X"? */
function givenAsRole(terms: Term[], i: number): boolean {
  const prev = terms[i - 1];
  if (prev === undefined) return false;
  if (prev.colon === true) return OTHER_ROLES.has(prev.w);
  return (prev.w === 'is' || prev.w === 'was') && !prev.stop && OTHER_ROLES.has(terms[i - 2]?.w ?? '');
}

/** "owner is|will be|should be the …": the owner word, a copula and an article, then the person described. */
const OWNER_COPULA = /^(?:is|will|should|shall|'ll|would)$/;
const DESCRIBED = new Set(['the', 'my', 'our', 'a', 'an']);
function ownerDescribed(terms: Term[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 9); k--) {
    const t = terms[k];
    if (t === undefined || (t.stop && k < i - 1)) return false;
    if (t.tag === 'Owner') {
      if (!OWNER_COPULA.test(terms[k + 1]?.w ?? '')) return false;
      const j = terms[k + 2]?.w === 'be' ? k + 3 : k + 2;
      return j < i - 1 && DESCRIBED.has(terms[j]?.w ?? '');
    }
  }
  return false;
}

/**
 * fix41d, tuned-styles-relay: the one person a relayed request is for, named by a pronoun and then mentioned: "she's
 * <@U…>" after someone is said to need something ("our producer needs access …, 8 hours. She's <@U…>"), or the mention
 * set beside at a phrase's end after "he/she wants|needs a …" ("He wants a token for the board prep, 2h — <@U…>").
 */
const PRONOUNS = new Set(['she', 'he']);
const THANKS_AFTER = new Set([
  'thanks',
  'thank',
  'you',
  'thx',
  'ty',
  'cheers',
  'please',
  'pls',
  'much',
  'so',
  'a',
  'lot',
]);
function pronounNamed(terms: Term[], i: number): boolean {
  const before = terms[i - 1];
  if (before !== undefined && PRONOUNS.has(before.w) && before.possessive)
    return terms.slice(0, i - 1).some((t) => ASIDE_NEEDS.has(t.w));
  if (!setBeside(terms, i) || !(terms[i]?.stop === true || i === terms.length - 1)) return false;
  // (post41b) Set beside within the sentence, with at most thanks after it: "he needs the token today. <@U…>", "she
  // wants a token, 2h — <@U…>, can you approve?" address a colleague.
  if (terms[i - 1]?.end === true || !terms.slice(i + 1).every((t) => THANKS_AFTER.has(t.w))) return false;
  return terms
    .slice(0, i)
    .some(
      (t, k) =>
        PRONOUNS.has(t.w) &&
        !t.possessive &&
        ASIDE_NEEDS.has(terms[k + 1]?.w ?? '') &&
        GIVEN.has(terms[k + 2]?.w ?? ''),
    );
}

/** Words between "for me and" and the second "for": what the second request is ("one", "3h", "another one"). */
const SECOND_THING = new Set(['one', 'another', 'more', 'xxdur', 'a', 'token', 'tok', 'key']);

/**
 * fix33b: "token 2h for me and one for <@U…> too", "token 3h for me and 3h for <@U…> too pls": the asker's
 * own request first, then a second for the person mentioned: the request read is the asker's, whose
 * owner is the asker (README, "Two requests": the first is read).
 */
function secondForAfterMe(terms: Term[], i: number): boolean {
  if (terms[i - 1]?.w !== 'for') return false;
  let j = i - 2;
  while (j >= 0 && i - 2 - j < 3 && SECOND_THING.has(terms[j]?.w ?? '')) j--;
  return (
    terms[j]?.w === 'and' &&
    ['me', 'myself'].includes(terms[j - 1]?.w ?? '') &&
    terms[j - 2]?.w === 'for' &&
    !terms[j - 1]?.stop
  );
}

export function pickOwner(
  terms: Term[],
  emails: string[],
  mentions: string[],
  corrected = false,
): string | null {
  let emailIndex = 0;
  let mentionIndex = 0;
  let firstEmail: string | null = null;
  let firstMention: string | null = null;
  let named: string | null = null;
  let correction: string | null = null;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (!t) continue;
    let value: string | null = null;
    if (t.w === 'xxemail') value = emails[emailIndex++] ?? null;
    else if (t.w === 'xxuser') value = mentions[mentionIndex++] ?? null;
    else continue;
    if (value === null) continue;
    const before = terms.slice(Math.max(0, i - 5), i);
    const after = terms.slice(i + 1, i + 4);
    // (A comma right before the value sets it in apposition: "the owner will be my deputy, @ana".)
    const ownerBefore =
      before.slice(-3).some((p) => p.tag === 'Owner') ||
      // (requests23: "Marco will own it: <@U…>": the person named, then who they are.)
      OWN_IT_BEFORE.test(
        before
          .slice(-4)
          .map((p) => p.w)
          .join(' '),
      ) ||
      // "is the contact for billing still @ana": the owner word a few words back, in the same phrase.
      (before.some((p) => p.tag === 'Owner') &&
        !before
          .slice(
            before.findIndex((p) => p.tag === 'Owner'),
            -1,
          )
          .some((p) => p.stop)) ||
      // (units25: "owner is the site security lead <@U…>", "owner will be the head of security <@U…>": the
      // owner said to be a person described at length, then mentioned, in one phrase.)
      ownerDescribed(terms, i);
    const ownerAfter =
      // (units28: one word more for "… as the key owner", "… is the new owner".)
      (['as', 'is', 'will', 'should'].includes(after[0]?.w ?? '') &&
        terms.slice(i + 1, i + 5).some((p) => p.tag === 'Owner')) ||
      (WILL_OWN.test(
        terms
          .slice(i + 1, i + 6)
          .map((p) => p.w)
          .join(' '),
      ) &&
        !STORY_OPENERS.has(terms[i - 1]?.w ?? ''));
    // "on behalf of @ana": the one asked for, not the owner; "(cc @ana)": a person copied in.
    if (['for', 'of'].includes(terms[i - 1]?.w ?? '') && ON_BEHALF.has(terms[i - 2]?.w ?? '')) continue;
    if (terms[i - 1]?.w === 'cc') continue;
    if (secondForAfterMe(terms, i)) continue;
    // "asking for @ana: she needs a key for translation-svc": who a unit's key is asked for by proxy
    // is the requester, not its owner; a token asked for so is hers ("token 1h, asking for @ana").
    if (terms[i - 1]?.w === 'for' && PROXY_ASKING.has(terms[i - 2]?.w ?? '') && !asksForToken(terms))
      continue;
    // ("the owner @ana is on leave", "owner bob@… left the company": what the owner is or did, a story.)
    const toldOf =
      ownerBefore &&
      !ownerAfter &&
      (TOLD_OF.has(after[0]?.w ?? '') ||
        (['is', 'was', 'has', "'s"].includes(after[0]?.w ?? '') && AWAY_STATE.has(after[1]?.w ?? '')));
    if (toldOf) continue;
    if (ownerBefore || ownerAfter) {
      if (!corrected) return value;
      named = value;
    }
    // (fix41d: the person a pronoun stood for, mentioned alone between stops, is named, not spoken to.)
    if (t.w === 'xxuser' && mentions.length === 1 && pronounNamed(terms, i)) {
      firstMention ??= value;
      continue;
    }
    // (fix52g, tuned-forms: "Token for the intern, <@U…>⏎Length: 3h": the mention set beside the person a token is for,
    // its line ending before a form's field, is that person, not one spoken to before the field.)
    if (t.w === 'xxuser' && fieldLineAfter(terms, i) && forPersonNamed(terms, i)) {
      firstMention ??= value;
      continue;
    }
    if (t.w === 'xxuser' && spokenTo(terms, i)) continue;
    if (corrected && terms.slice(Math.max(0, i - 3), i).some((p) => CORRECTING.has(p.w))) correction = value;
    // "show what bob@… did in March", "rotated by @ana", "@ana has been using it": a person who
    // did something, not the owner.
    const did =
      DID_WORDS.has(after[0]?.w ?? '') ||
      // "what did bob@… create", "what has @ana rotated": the person after "did" is the one who acted.
      ['did', 'does', 'has', 'have'].includes(terms[i - 1]?.w ?? '') ||
      (terms[i - 1]?.w === 'by' && terms[i - 2]?.w !== 'owned') ||
      after[1]?.w === 'been';
    if (did) continue;
    // (sweep24b: "my manager is bob@…", "the approver is dan@…", "Lead: kim@…": a person given as another
    // role, said so, is who they are to the asker, not the owner; named owner before it wins above.)
    if (givenAsRole(terms, i)) continue;
    if (t.w === 'xxemail') firstEmail ??= value;
    // A mention names the owner only as the one the credential is for ("for @ana", "give @ana a token",
    // "for my colleague @ana", "@ana needs a key"); "ping @x", "pairing with @x", "@x said it's fine"
    // are people talked about.
    else if (
      FOR_WORDS.has(terms[i - 1]?.w ?? '') ||
      NEEDS_WORDS.has(after[0]?.w ?? '') ||
      needsAfterAside(terms.slice(i + 1, i + 7)) ||
      forPersonNamed(terms, i) ||
      asksForOwnToken(terms, i) ||
      forRole(terms, i) ||
      commandArgument(terms, i) ||
      (GIVING.has(terms[i - 1]?.w ?? '') && GIVEN.has(after[0]?.w ?? ''))
    )
      firstMention ??= value;
  }
  // "as @anna said above, new key for the translation service, she's owner": the person last mentioned.
  if (named === null && mentionIndex > 0 && OWNER_PRONOUN.test(phraseOf(terms)))
    named = mentions[mentionIndex - 1] ?? null;
  // "@ana's token expired, can you give her a new one": the one mentioned, when only one is.
  if (named === null && firstEmail === null && firstMention === null && mentions.length === 1) {
    const phrase = phraseOf(terms);
    if (phrase.includes('her') || phrase.includes('him') || phrase.includes('them'))
      if (GIVE_PRONOUN.test(phrase) && !DID_AFTER_MENTION.test(phrase)) named = mentions[0] ?? null;
  }
  return correction ?? named ?? firstEmail ?? firstMention;
}

/**
 * fix52g, tuned-styles-threads: a sentence or bracket of the story that opens by saying whom the credential asked for
 * is for, the person mentioned, then why ("token 2h⏎(for <@U…>, she lost hers when her laptop died)", "token 4h. it's
 * for <@U…>, he's covering nights"): cut as story for the why, it names the one the credential is for (README "Owner").
 * Only after a request naming a token or a key, and only the story's opening words ("thanks <@U…>, she told me to ask"
 * names nobody the credential is for).
 */
const FOR_MENTION_OPENS =
  /(?:^|\s\.\s)\(?\s*(?:(?:it|this|this\s+one|that|that\s+one)(?:'s|\s+is)\s+|(?:and\s+)?(?:it'?s\s+)?)?for\s+xxuser\b/;
/**
 * fix52g, tuned-styles-anglo: the owner named in a sentence cut as story for what else it tells, "Can I get an API key
 * for ad-copy-gen? It's for the Xmas campaign, owner's <@U…>": "owner's" is "owner is" (README "Owner").
 */
const OWNER_IN_STORY = /\bowner(?:'s|\s+is|\s+will\s+be|'ll\s+be)\s+xxuser\b/;
const ownerNamedInStory = (story: string, terms: Term[]): boolean =>
  story.includes('owner') &&
  terms.some((t) => t.tag === 'KeyNoun' || t.tag === 'TokenNoun') &&
  OWNER_IN_STORY.test(story);
const forMentionOpens = (story: string, terms: Term[]): boolean =>
  story.includes('xxuser') &&
  terms.some((t) => t.tag === 'TokenNoun' || t.tag === 'KeyNoun') &&
  FOR_MENTION_OPENS.test(story);

/**
 * The owner a pronoun names when the person was mentioned only in the story around the request
 * ("<@U…> is blocked on this. could you issue her a token?", "my report <@U…> leads it. a key for
 * esg-reporting with her as owner"): the one person mentioned there, when the request names none.
 */
export function storyOwner(
  terms: Term[],
  storyMentions: string[] | undefined,
  story?: string,
): string | null {
  if (storyMentions?.length !== 1) return null;
  if (story !== undefined && (forMentionOpens(story, terms) || ownerNamedInStory(story, terms)))
    return storyMentions[0] ?? null;
  const phrase = phraseOf(terms);
  if (!(phrase.includes('her') || phrase.includes('him') || phrase.includes('them'))) return null;
  return OWNER_PRONOUN.test(phrase) || GIVE_PRONOUN.test(phrase) ? (storyMentions[0] ?? null) : null;
}

/**
 * "tokens issued to @ana", "which tokens were given to bob@…", "which tokens went to @ana": the one credentials were
 * issued to. (fix37b, tuned-dating: also sent out, "which tokens went out to @ana this week?". fix40d: "given" as
 * prepare() leaves it, "were give to"; fix40g, tuned-mssp: "give" only after an auxiliary or the credential, the passive.)
 */
const ISSUED_TO =
  /\b(?:issued|issue|gave|given|give(?<=\b(?:was|were|been|is|are|be|being|tokens?|keys?|creds?|credentials?)\s+give)|granted|handed(?:\s+out)?|minted|created|(?:went|gone|sent|given|handed)\s+out|went|gone|assigned)\s+(?:(?:a|an|the|any|some)\s+)?(?:(?:tokens?|keys?|creds?|credentials?)\s+)?(?:to|for)\s+(xxuser|xxemail)\b|\b(?:gave|given|granted|issued)\s+(xxuser|xxemail)\s+(?:a|an|the|any|some)\b/;

/**
 * The owner of a history request: only the one credentials were issued to ("tokens issued to
 * @ana", or got them, TOKENS_GOT); a person named otherwise ("hist @ana", "history of approvals for @ana", "what @ana did")
 * is whose actions are asked for (history-filters.ts), not an owner.
 */
export function historyOwner(text: string, owner: string | null): string | null {
  return owner !== null && (ISSUED_TO.test(text) || TOKENS_GOT.test(text)) ? owner : null;
}

/**
 * Whose units a list asks for (round eighteen): a person named after the units ("list units for bob@…",
 * "the units of <@U…>", "units belonging to <@U…>"), asked what units they have ("what units has <@U…>
 * got?", "which teams does bob@… have"), said to belong to them ("which units belong to bob@…?", asks23) or named as their holder ("<@U…>'s units"), or (fix43a, tuned-seafood) said to be registered
 * to them ("what units are registered for `bob@…`?", "units listed under <@U…>"). A person the list is
 * sent to ("list all units, send it to bob@…") is not, nor a person whose someone is named ("units
 * for <@U…>'s manager": the manager's units).
 */
const UNITS_HOLDER =
  /\b(?:units|teams|bus)\s+(?:(?:are\s+|is\s+)?(?:registered|listed)\s+(?:for|to|under|with)|for|of|belonging\s+to|(?:that\s+|which\s+)?belongs?\s+to|held\s+by|under)\s+(xxuser|xxemail)\b(?!\s*'s\b)|\b(?:units|teams|bus)\s+(?:has|does)\s+(xxuser|xxemail)\s+(?:got|have|hold|run|own|manage)\b|\b(xxuser|xxemail)\s*'s\s+(?:business\s+)?(?:units|teams)\b/;

/** buried27: "what units does <@U…> own?", "which teams does bob@… run": whose units, asked as what a person owns. */
const UNITS_OWNED_BY =
  /\b(?:which|what)\s+(?:business\s+)?(?:units|teams|bus)\s+(?:does|do|did)\s+(?:xxemail|xxuser)\s+(?:own|have|run|manage)\b/;
/** Whether a (prepared) text asks which units a person owns (UNITS_OWNED_BY): a list with that owner. */
export const unitsOwnedAsked = (text: string): boolean => text.includes('xx') && UNITS_OWNED_BY.test(text);

/** The person whose units a list asks for (UNITS_HOLDER), or null. */
export function unitsHolder(text: string, emails: string[], mentions: string[]): string | null {
  if (!text.includes('xx')) return null;
  return personOf(text, UNITS_HOLDER.exec(text), emails, mentions);
}

/**
 * Whose tokens a history asks for, the person as the one who got them ("which tokens did <@U…> get?",
 * "what keys has bob@… got this month?"; fix38a, tuned-ocean/met: "how many tokens has bob@… been given?", "every token
 * bob@… got from the bot last month"; fix39b, tuned-auction: "how many tokens has <@U…> had this month"): the one credentials were issued to, as ISSUED_TO reads it in the passive. One who did something with keys ("which keys did <@U…> rotate?") is not.
 */
const TOKENS_GOT =
  /\b(?:tokens?|keys?|creds?|credentials?)\s+(?:(?:did|has|have)\s+(xxuser|xxemail)\s+(?:get|got|gotten|had|receive|received|request|requested|been\s+(?:given?|issued|granted|sent|handed))(?!\s+(?:revoked|rotated|deleted|removed)\b)|(xxuser|xxemail)\s+(?:got|received|requested|has\s+(?:got|gotten|received)|was\s+(?:given|issued|granted))(?!\s+(?:was|is|were|has|expired|leaked|broke)\b))\b/;

/**
 * The person whose tokens a history asks for (TOKENS_GOT), or the one they were issued to (ISSUED_TO: fix40d,
 * tuned-styles-southern, "how many tokens were given to bob@… last week?", which names no owner of its own), or null.
 */
export function tokensHolder(text: string, emails: string[], mentions: string[]): string | null {
  if (!text.includes('xx')) return null;
  return personOf(text, TOKENS_GOT.exec(text) ?? ISSUED_TO.exec(text), emails, mentions);
}

/** The mention or e-mail a match's first filled group stands for, counted in text order. */
function personOf(
  text: string,
  m: RegExpExecArray | null,
  emails: string[],
  mentions: string[],
): string | null {
  if (m === null) return null;
  const word = m[1] ?? m[2] ?? m[3] ?? '';
  const at = m.index + m[0].indexOf(word);
  const before = text.slice(0, at).split(word).length - 1;
  return (word === 'xxuser' ? mentions : emails)[before] ?? null;
}
