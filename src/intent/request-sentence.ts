/**
 * Which sentence of a message is the request, and which values belong to the story around it. A
 * long message tells what happened ("on thursday the ml-ops folks in frankfurt rotated their key,
 * then someone pasted the recsys key for about 10 minutes") before it asks ("please rotate the
 * recsys key and give the new one 30 days"): the durations and Regions of the story are not the
 * request's. Works on the prepared text (lowercase, values as placeholder words).
 */
import { withoutPersonDescribed } from './person-described.js';
import { permissionLeadOut } from './permission-told.js';
import { anyOf, CORRECTS, markersOf, WITHDRAWS } from './correction-markers.js';
import { ACTION_TAGS, CHANGE_TAGS, LEXICON } from './lexicon.js';
import { matchesOf } from './match-all.js';
import { takenBackAtEnd } from './negation.js';
import { PUT_OFF, PUT_OFF_GUARD } from './withdrawal.js';
import { wordsIn } from './words-in.js';

/** Where a sentence ends. */
/**
 * fix24c: "+" before a question word ("token 4h + what's our spend this month?") ends a sentence, as
 * discourse.ts's SECOND splits a second request there: the question's values are not the first's story.
 */
const SENTENCE_BREAK =
  /[.!?;]+(?=\s|$)|\n+|\s\+(?=\s+(?:what|what's|whats|how|which|who|when|where|can|could)\b)/g;

/** Tags of verbs that ask the bot to do something (in the present: "rotated" tells, "rotate" asks). */
const ASKING_VERB_TAGS = new Set([...ACTION_TAGS, 'Onboard', 'Help']);
/** Tags of words that open a question or a polite request ("could you…", "which keys…"). */
const OPENING_TAGS = new Set(['Polite', 'Question']);
/** Tags of words about credentials: a sentence with them but no asking verb is about the request. */
const ABOUT_TAGS = new Set(['KeyNoun', 'TokenNoun', 'Api', 'Aws', 'Bedrock']);
/** "here's what happened", "that's why": a question word that opens no question. */
const NOT_A_QUESTION = new Set(["here's", 'heres', "that's", 'thats', 'is', 'know', 'wonder', 'see']);

/** "before deleting it", "after rotating": an -ing verb after these words tells, it does not ask. */
const AFTER_WHICH_ING_TELLS = new Set([
  'before',
  'after',
  'while',
  'without',
  'from',
  'since',
  'by',
  'of',
  'when',
]);

/** Who did something: "we spent", "the team burnt". */
const SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she', 'you', 'someone', 'somebody', 'team', 'folks']);

/**
 * Articles: a change word after one, or after one and a word of no tag of ours, is a noun ("a grant",
 * "a 3-year grant", "the big request"; "the list" still asks).
 */
const ARTICLES = new Set(['a', 'an', 'the']);
const CHANGES = new Set(CHANGE_TAGS);

/**
 * units26: verbs of paying before "the bill", "the cost" ("the ads team and the ranking team split the bill",
 * "finance will foot the bill"): a spend word there is what is paid, told, not a spend asked about. (Not
 * "share": "kindly share the spend of pricing-ml" asks to be shown it.)
 */
const PAYING = new Set([
  'split',
  'splits',
  'splitting',
  'pay',
  'pays',
  'paying',
  'foot',
  'foots',
  'cover',
  'covers',
]);
/** Is words[i], a spend word, what is paid ("split the bill", "foot the cost")? */
export const paidSpendWord = (words: readonly string[], i: number): boolean =>
  ARTICLES.has(words[i - 1] ?? '') && PAYING.has(words[i - 2] ?? '');

/** Possessive determiners: the action word after them is a noun ("their setup"). */
const POSSESSIVES = new Set(['their', 'our', 'my', 'your', 'its', 'his', 'her']);

/**
 * A clause that tells what happened: a past tense, a time gone by, someone else's request ("the
 * customer in São Paulo asked for a pilot that lasts six weeks").
 */
const PAST =
  /\b(?:had|(?:was|were)(?!\s+(?:told|asked))|happened|went|did|saw|said|yesterday|earlier|ago|used\s+to|xxperiod|last\s+night|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\b(?:i|we|they|he|she|someone|somebody|folks|people|team|it)\s+(?:\w+\s+){0,3}?[a-z]{2,}[^e]ed\b|\b(?:i|we|they|he|she|someone|somebody|folks|people|team)\s+(?:(?:just|already|also|then|finally|actually)\s+)?(?:ran|got|gave|made|took|sent|spent|went|came|found|lost|left|wrote|built|broke|bought|began|kept|told|thought|knew|saw|met|paid|brought|sold|won|held|forgot|flew|drove)\b|(?:^|,\s*|\bthen\s+)[a-z]{2,}[^e]ed\s+(?:it|them|everything|all|the|our|their)\b|(?<!\b(?:i|we|was|were|been|have|has|had)\s+)\b(?:asked|requested)\s+(?:for|me|us|about)\b/;
/** "we'd like …", "I would like …": a wish said politely asks. */
const WANTS = /\b(?:i|we)(?:'d|\s+would)\s+(?:really\s+)?like\b/;
/** A sentence that describes how things are now ("the service is still running with that key in …"). */
const STATE = /\b(?:still|currently|at\s+the\s+moment|these\s+days)\b/;

export type Tier = 0 | 1 | 2;

/**
 * requests21: "my manager said to ask you for the AI password for 2 hours", "I was told to ask you for a
 * token": sent to ask the bot, the writer asks it now (the sentence is the request's, its values too).
 * fix21d: only the writer sent ("told me", "I was told", "said to", "said I should"); "I told my intern to
 * ask you for a token" sends someone else, who will ask.
 */
const TO_ASK_YOU_FOR =
  /\b(?:(?:(?:told|asked|wants?|wanted|needs?|needed|got)\s+(?:me|us)|(?:i|we)\s+(?:(?:was|were|am|are|have\s+been)\s+(?:told|asked|supposed)|(?:'m|'re|'ve\s+been)\s+(?:told|asked|supposed))|said|says|suggested)\s+to|said\s+(?:i|we)\s+should)\s+ask\s+(?:you|u|the\s+bot)\s+for\b/;

/**
 * requests22: "my manager said I can get a token from you for the territory planning deck": the writer told
 * the bot gives them one, asking for it now (as "said to ask you for"). Not doubted or turned: "…, is that
 * true?", "… but I never needed one". (A past "… back in march" is not checked: the parse of it is asked.)
 */
const GET_FROM_YOU =
  /\b(?:said|says|told\s+me)\s+(?:that\s+)?(?:i|we)\s+(?:can|could|should|may)\s+get\s+(?:a|an|the|my|our|one)\b[a-z_ ]{0,40}?\bfrom\s+(?:you|u|the\s+bot)\b/;

/** "my manager said I can get a token from you …", not doubted ("?") nor turned ("but"). */
export function getsFromYou(text: string): boolean {
  return text.includes(' from ') && GET_FROM_YOU.test(text) && !text.includes('?') && !/\bbut\b/.test(text);
}

/** 0: the sentence asks; 1: it is about credentials without asking; 2: it tells a story. */
export function tierOf(sentence: string): Tier {
  if (sentence.includes('like') && WANTS.test(sentence)) return 0;
  if (sentence.includes('ask') && TO_ASK_YOU_FOR.test(sentence)) return 0;
  if (getsFromYou(sentence)) return 0;
  const words = wordsIn(sentence);
  let tier: Tier = 2;
  for (const [i, w] of words.entries()) {
    if (w === 'please' || w === 'pls' || w === 'plz' || w === 'xxkeyid') return 0;
    const tag = LEXICON[w];
    if (tag === undefined) continue;
    // ("I spent 4 hours debugging in Tokyo": a past tense that ends in no -ed tells.)
    if ((w === 'spent' || w === 'burnt') && SUBJECTS.has(words[i - 1] ?? '')) continue;
    if (tag === 'Spend' && paidSpendWord(words, i)) continue;
    if (
      ASKING_VERB_TAGS.has(tag) &&
      !/[a-z]{2}[^e]ed$/.test(w) &&
      // "nobody has used their setup since", "our rotation broke": after a possessive it is a noun;
      // so after an article ("got a 3-year grant", "the rotation failed").
      !POSSESSIVES.has(words[i - 1] ?? '') &&
      !(
        CHANGES.has(tag) &&
        (ARTICLES.has(words[i - 1] ?? '') ||
          (ARTICLES.has(words[i - 2] ?? '') &&
            (words[i - 1] === 'xxdur' || LEXICON[words[i - 1] ?? ''] === undefined)))
      ) &&
      !(/ing$/.test(w) && AFTER_WHICH_ING_TELLS.has(words[i - 1] ?? '')) &&
      !plannedByOthers(words, i)
    )
      return 0;
    if (OPENING_TAGS.has(tag) && i < 3 && !NOT_A_QUESTION.has(words[i - 1] ?? '')) return 0;
    if (ABOUT_TAGS.has(tag)) tier = 1;
  }
  return tier;
}

/**
 * train29: what another team will do later, told after a request ("deprovision `creative-ai`. the internal team
 * will request their own", "they'll create a new one next week"): the verb is their plan, not asked of the bot.
 * ("will you create …", "I will need …" are not: the subject before "will" is a third party's.)
 */
const THIRD_PARTIES = new Set(
  'they he she team teams group squad crew pod folks people guys vendor vendors contractor contractors department dept org unit owners owner'.split(
    ' ',
  ),
);
const THIRD_PARTY_WILL = new Set(["they'll", "he'll", "she'll", 'theyll']);
function plannedByOthers(words: readonly string[], i: number): boolean {
  const before = words[i - 1] ?? '';
  if (THIRD_PARTY_WILL.has(before)) return true;
  return before === 'will' && THIRD_PARTIES.has(words[i - 2] ?? '');
}

/** Does a clause ask, or name a credential without telling what happened ("also a key for sales")? */
export function mayAsk(clause: string): boolean {
  const tier = tierOf(clause);
  return tier === 0 || (tier === 1 && !PAST.test(clause));
}

/**
 * A sentence that only gives the request a value: its lifetime ("Expiry 6 months if possible.", "It
 * should expire in 3 weeks.", "Something like 2 and a half hours would be perfect.", "make it 365
 * days", "we'd like it to expire after 60 days", "it'll live in their CI, so 90 days", "…, i.e. in 365
 * days") or its Region ("Region: Frankfurt."). It continues the request around it, whatever its
 * length; a sentence that tells what happened ("the old key was valid for 90 days") does not.
 */
/** A lifetime judged fine as it is asked for: "14 days is enough", "90 days expiry should be fine". */
const VALUE_JUDGED =
  /\bxxdur\s+(?:(?:expiry|validity|lifetime|ttl)\s+)?(?:is|should\s+be|would\s+be|will\s+be)\s+(?:(?:more\s+than|totally|plenty|quite|perfectly|absolutely)\s+)?(?:fine|enough|plenty|ok|okay|sufficient|good)\b/;
/**
 * fix52g: a lifetime given as someone's advice or wish, "xxdur is what IT recommends", "xxdur is what the vendor asked
 * for", "security suggests xxdur" (statesRequestValue). Not "what" asked ("is xxdur what you'd recommend?" ends on "?").
 */
const VALUE_ADVISED =
  /\bxxdur\s+(?:is|was|'s)\s+what\s+(?:[a-z_]+\s+){1,3}?(?:recommends?|recommended|suggests?|suggested|advises?|advised|wants?|wanted|asked\s+for|asks\s+for|requires?|required|allows?|allowed|needs?|told\s+us|says?|said|prescribes?)\b|\b(?:recommends?|recommended|suggests?|suggested|advises?|advised)\s+(?:(?:a|an|about|around|roughly|only|just)\s+)?xxdur\b/;
/** Who said so: "security said so", "they said". */
const SAID = /\b(?:said|says)\b(?:\s+so\b)?/g;
const VALUE_FOR_REQUEST =
  /\b(?:expir\w*|valid\w*|lifetime|ttl|duration|last|lasts|for|like|make\s+it|make\s+that|let'?s\s+say|say|with)[\s:=]+(?:(?:of|is|in|for|be|about|around|roughly|at\s+least|at\s+most|max|maybe|only|just|a|an|after|within)\s+){0,3}xxdur\b|\bxxdur\s+(?:validity|expiry|lifetime|ttl)\b|(?:^|[,;:-])\s*(?:so|ie|that\s+is|meaning|which\s+means)\s+(?:(?:in|for|about|around|roughly)\s+)?xxdur\s*[.!]?\s*$/;

/**
 * "in Dubai if possible.", "frankfurt pls", "the one in us-west-2" (which key: the one in that Region): a
 * line that only gives the request its Region.
 */
const REGION_LINE =
  /^[\s,.:;-]*(?:(?:oh|ah|btw|ps|and|but|also|preferably|ideally|maybe)(?:\s*,)?\s+)*(?:(?:the|that)\s+(?:one|key)\s+(?:(?:that's|thats|which\s+is|that\s+is)\s+)?)?(?:in|at|from|region:?)?\s*(?:the\s+)?xxregion\s*(?:region\s*)?(?:(?:if\s+(?:possible|you\s+can)|please|pls|plz|thanks|thx|too|as\s+well)\b[\s,.!]*)*[.!]?\s*$/;
/**
 * Words a line may hold around a value and still say nothing but the value: hedges ("so roughly",
 * "maybe", "or so"), where and how long ("in", "for", "from now"), politeness and conditions ("if
 * that's possible", "if that works", "ideally"). "so roughly 3 hours from now", "in Canada if that's
 * possible", "maybe frankfurt, if you can": the line only gives the request its value.
 */
const VALUE_LINE_WORDS = new Set(
  (
    'xxdur xxregion so roughly about around approx approximately maybe perhaps probably like say or ish ' +
    "from now at most least max tops in for the a region if possible that that's thats it it's its works " +
    'work is would be ok okay fine great nice good ideal ideally preferably please pls plz thanks thx ty ' +
    'too also and but then just only you can could i guess think enough should do exists available ' +
    // ("two and a half hours should do it this time", "3h will suffice", "4h instead")
    'instead hopefully plenty will suffice'
  ).split(' '),
);

/** Does the line hold a duration or Region and nothing but the words around a value? */
/** "… should do it this time", "same as before: 2h": when or how again, not what. */
const THIS_TIME =
  /\bthis\s+time(?:\s+round)?\b|\b(?:(?:the\s+)?same\s+as\s+(?:before|last\s+time|yesterday|usual|always|theirs|hers|his|yours|mine|ours|them|him|her|everyone(?:\s+else(?:'s)?)?|everybody(?:\s+else(?:'s)?)?|the\s+others?(?:'s)?|the\s+rest(?:\s+of\s+(?:the|my|our)\s+team)?|(?:my|our)\s+(?:team|colleagues?|teammates?)(?:'s)?|xxuser(?:'s)?)|as\s+(?:before|usual|always))\b/g;

/**
 * A line without its asides in brackets after its first word (round eighteen): "frankfurt (EU data
 * residency, policyholder data)", "90 days (audit wants short-lived keys)" are a line of values with a
 * reason beside it; a line all in brackets stays whole.
 */
const withoutAside = (line: string): string =>
  /^\W*\(/.test(line) ? line : line.replace(/\([^)]*\)?/g, ' ');

/**
 * (train28s) What the credential is for, said after a comma at the end of a line of values: "3h. in ohio, for
 * reasons", "4 hours, frankfurt, for a workshop", "90 min in sydney, its for the offsite prep". A reason beside
 * the values, as an aside in brackets is; not a value of its own ("…, for 2h" is one).
 */
const PURPOSE_TAIL = /,\s*(?:(?:it'?s|its|it\s+is|this\s+is|that'?s)\s+)?for\s[^,()]*$/;

/** A line without its asides in brackets and a reason after a comma at its end (both only when another sentence asks). */
function withoutReason(sentence: string): string {
  const line = sentence.includes('(') ? withoutAside(sentence) : sentence;
  if (!line.includes('for ') || !line.includes(',')) return line;
  const m = PURPOSE_TAIL.exec(line);
  return m === null || m[0].includes('xx') ? line : line.slice(0, m.index);
}

/**
 * A line of values, its asides left out only when another sentence of the message asks (`asked`):
 * "need a token for the demo. 3h (the max)" gives the request its value, while "last time I
 * requested a token. 3h (the max at the time)" tells the value of the request told of, and the
 * bracket's reason is the story's.
 */
function valueLine(sentence: string, asked = true): boolean {
  const line = asked ? withoutReason(sentence) : sentence;
  const words =
    (line.includes('this time') || line.includes(' as ') ? line.replace(THIS_TIME, ' ') : line).match(
      /[a-z0-9_']+/g,
    ) ?? [];
  return (
    words.length <= 12 &&
    words.some((w) => w === 'xxdur' || w === 'xxregion') &&
    words.every((w) => VALUE_LINE_WORDS.has(w))
  );
}

/** "could I have one for the afternoon, maybe 4 hours?": a value added with a hedge to what is asked. */
const HEDGED_VALUE =
  /(?:^|[,:;-])\s*(?:(?:or|so|and)\s+)?(?:maybe|perhaps|probably|roughly|about|around|approx\w*|say|ideally|preferably)\s+(?:(?:in|for)\s+)?xx(?:dur|region)\b/;

/**
 * A sentence that opens with a lifetime hedged, then a comma or its end (requests22: "an AI pass for the
 * afternoon? about 4 hours, I'm doing the Q3 warranty trend deck"): the value answers the ask before it.
 * Not a time told ("about 4 hours ago, …", "the afternoon took about 4 hours").
 */
const OPENS_HEDGED =
  /^\s*(?:maybe|perhaps|probably|roughly|about|around|approx\w*|ideally|prob)\s+xxdur\s*(?:[,.!;]|$)/;

/**
 * fix39b, tuned-auction: a bare lifetime opening a sentence, then what its writer or the one it is for is doing ("could
 * i have a token for <@U…>? 4 hours, she is doing the essays"): the value answers the ask before it, as OPENS_HEDGED's.
 */
const VALUE_THEN_DOING =
  /^\s*xxdur\s*,\s*(?:i'm|i\s+am|we're|we\s+are|she's|she\s+is|he's|he\s+is|they're|they\s+are)\s+(?:just\s+|still\s+)?[a-z]+ing\b/;

/** "she'd like to try Claude", "I'd like to play with Amazon Nova": what the credential is for. */
const PURPOSE =
  /\b(?:try|trying|play(?:ing)?\s+with|test(?:ing)?|experiment(?:ing)?\s+with|compare|comparing)\b/;

const PURPOSE_GUARD = /try|play|test|experiment|compar/;
/**
 * fix45b, tuned-solar: a task the writer is about to do with a model, in the sentence after the ask ("can I grab a token
 * for 3 hrs? gotta tidy up the Logan quotes with claude this arvo"): what the token is for names its maker.
 */
const PLANNED_WITH =
  /^\W*(?:(?:i|we)\s+)?(?:gotta|gonna|going\s+to|need\s+to|have\s+to|got\s+to|wanna|want\s+to)\s+[^.?!]{0,60}?\b(?<!\b(?:meet|talk|chat|speak|sync|up|call|lunch|check|go)\s+)(?:with|using)\s+([a-z0-9_]+)(?!\s+(?:from|in|at|about)\b)/;
// (Not a person of that name met: "gotta meet with Claude from finance first".)
/** Does a wish or purpose name the provider the request is for ("I'd like to play with Amazon Nova")? */
function triesProvider(sentence: string): boolean {
  if (modelForPurpose(sentence)) return true;
  if ((sentence.includes('with') || sentence.includes('using')) && PLANNED_WITH.test(sentence)) {
    const m = PLANNED_WITH.exec(sentence);
    if (LEXICON[m?.[1] ?? ''] === 'Provider') return true;
  }
  if (!PURPOSE_GUARD.test(sentence)) return false;
  const m = PURPOSE.exec(sentence);
  if (m === null) return false;
  const after = sentence.slice(m.index + m[0].length).match(/[a-z0-9_']+/g) ?? [];
  return after.slice(0, 4).some((w) => LEXICON[w] === 'Provider');
}

/**
 * "llama 3 for the benchmark gist", "Claude for the release notes": a sentence that opens with a model
 * (a version, a size or a model's name after it) and says what it is for names what the credential is for.
 */
const MODEL_FOR =
  /^[\s,.:;-]*([a-z0-9_]+)(?:\s+(?:\d[\w.]*|[a-z]+_?\d[\w.]*|large|small|medium|mini|micro|lite|pro|premier|express|instant|plus|sonnet|haiku|opus|maverick|scout|embed))?\s+for\s+[a-z]/;
function modelForPurpose(sentence: string): boolean {
  const m = MODEL_FOR.exec(sentence);
  return m !== null && LEXICON[m[1] ?? ''] === 'Provider';
}

/** "has been running for two months", "we've been at it 3 weeks": how long something has been going on. */
const HAS_BEEN = /\b(?:has|have|had|'ve|'s)\s+been\b/;

/** "it's been stable for 3 months", "we've been without it for two months": how long something has been. */
/** (Not the "since" of a reason: "region frankfurt since most attendees are EU", "since we're in Ireland",
 * "live in eu-west-1 since our ACC hub is in Ireland": a thing of ours that is somewhere, round twenty.) */
const SINCE =
  /\b(?:been|since(?!\s+(?:most|all|everyone|everybody|we|we're|they|they're|i|i'm|you|he|she|it's|that's|there's)\b|\s+(?:our|their|my)\s+(?:[a-z-]+\s+)?[a-z-]+\s+(?:is|are)\s+(?:in|based|hosted)\b))\b|\bxxdur\s+already\b|\balready\s+for\s+xxdur\b/;

/**
 * A sentence about someone or something else, opened by it: "The customer runs everything in Tokyo
 * and their contract is for 12 months.", "the workshop is for 3 days", "our partners are in Brazil".
 */
const STORY_SUBJECT =
  /^[\s,.:;-]*(?:(?:so|and|but|also|btw|fyi|background|context)\W+)?(?:the|our|their|his|her|this|that)\s+(?:[a-z_'-]+\s+)?(?:customers?|clients?|vendors?|partners?|suppliers?|contracts?|meetings?|workshops?|offsites?|events?|projects?|pilots?|trips?|flights?|conferences?|trainings?|courses?|migrations?|deploy(?:ment)?s?|outages?|incidents?|reviews?|demos?|calls?|hackathons?|offices?|company|retros?|releases?)\b/;

/** "tokyo region", "region: eu-west-1": a Region named as such. */
/**
 * (fix43b, tuned-styles-long: also the same Region as the last time, told with the place it was, "same region as before
 * which was ireland": the Region asked now, named.)
 */
const NAMED_REGION =
  /\bxxregion\s+region\b|\bregion\s*:?\s*xxregion\b|\bsame\s+region\s+as\s+(?:before|last\s+time|yesterday|usual)\s*[,(:—–-]?\s*(?:(?:which|that)\s+(?:was|is)|i\.?e\.?|so|=)?\s*xxregion\b/;

/** Whom the request is for, said on its own: "not for me, for <@U…>", "forgot to say: for <@U…>". */
const FOR_PERSON = /(?:^|[\s,.:;!-])for\s+xxuser\b(?!\s+(?:xx|[a-z]))/;

/** A field of a request said in a list: "unit is newsroom_tools", "owner: xxuser", "region = xxregion". */
const LISTED_FIELD =
  /^\s*(?:and\s+)?(?:the\s+)?(?:unit|team|bu|business\s+unit|project|service|app|owner|contact|region|kind|type|key\s+type|expiry|lifetime)\s*(?:is|:|=)\s*[a-z0-9_@.-]+(?:\s+[a-z0-9_@.-]+)?\s*$/;
/** A bare value in such a list: "365 days" (xxdur), "frankfurt" (xxregion). */
const LISTED_VALUE = /^\s*(?:and\s+)?(?:xxdur|xxregion)\s*[.!]?\s*$/;

/**
 * "Unit is newsroom-tools, owner is <@U…>, 365 days.": fields of the request listed in one sentence,
 * a bare value among them; the value is the request's (the sentence is no story told).
 */
function listsFields(sentence: string): boolean {
  if (!sentence.includes(',') || !sentence.includes('xx')) return false;
  const parts = sentence.replace(/[.!]\s*$/, '').split(/[,;]/);
  return (
    parts.length >= 2 &&
    parts.some((x) => LISTED_VALUE.test(x)) &&
    parts.some((x) => LISTED_FIELD.test(x)) &&
    parts.every((x) => x.trim() === '' || LISTED_VALUE.test(x) || LISTED_FIELD.test(x))
  );
}

/** Is the sentence about a credential or asking, and no story told in the past ("token.", "I need one")? */
export const asksNow = (sentence: string): boolean => tierOf(sentence) < 2 && !PAST.test(sentence);

/** A "not" whose value was left out, ending the line: "…, not ,", "… rather than ." (statesRequestValue). */
const NOT_LEFT_AT_END = /[\s,;:—–-]*\b(?:not|instead\s+of|rather\s+than)[\s,;:.!—–-]*$/;

/**
 * Does the sentence state a value of the request? `asked`: whether another sentence of the message
 * asks (tier 0); a line of values with a reason in brackets states one only then (valueLine).
 */
export function statesRequestValue(sentence: string, asked = true): boolean {
  // fix43b, tuned-styles-followups: "token 2h... and it's for eu-central-1 this time, not virginia": the value said not
  // to be meant is left out before this is read (corrections.ts negatedValueRanges), and the "not" it leaves at the
  // end says nothing of the line ("… this time, not ,").
  if (sentence.includes('not')) sentence = sentence.replace(NOT_LEFT_AT_END, '');
  // ("our customers are all in japan so tokyo region" names the Region as the request's.)
  if (
    STORY_SUBJECT.test(sentence) &&
    !CREDENTIAL.test(sentence) &&
    !NAMED_REGION.test(sentence) &&
    tierOf(sentence) !== 0
  )
    return false;
  if (!sentence.includes('xx'))
    return triesProvider(sentence) && !PAST.test(sentence) && !SINCE.test(sentence);
  if (SINCE.test(sentence)) return false;
  if (valueLine(sentence, asked) || listsFields(sentence)) return true;
  // (A question states a value only when it asks: "could I have one for two hours?", not "oregon is
  // us-west-2, right?".)
  if (/\?\s*$/.test(sentence) && tierOf(sentence) !== 0) return false;
  const m = CORRECTING.exec(sentence);
  const corrects = m !== null && /\bxx(?:dur|region)\b/.test(sentence.slice(m.index));
  // fix43b, tuned-styles-long: where a system runs, stated in a clause of its own beside a clause that tells
  // ("the crew-roster-bot lambda runs in Ireland, it gets called every 15 minutes …"): the told clause makes no
  // story of the place.
  if (sentence.includes('xxregion') && statedRegionClause(sentence)) return true;
  // (fix45c, tuned-dental, tuned-ski: a lifetime judged fine now, with who said so, "6 months expiry is fine, security
  // said so", "they said 14 days is enough for the test": the saying tells who agreed to the value, no story of it.)
  if (sentence.includes('said') && VALUE_JUDGED.test(sentence) && !PAST.test(sentence.replace(SAID, ' ')))
    return true;
  // (fix52g, tuned-styles-lay: a lifetime given as what someone advises, "90 days is what IT recommends", "60 days is
  // what the vendor asked for", "security recommends 30 days": the value the request takes, whoever advised it.)
  if (VALUE_ADVISED.test(sentence)) return true;
  return (
    (corrects ||
      VALUE_FOR_REQUEST.test(sentence) ||
      STATED_REGION.test(sentence) ||
      REGION_LINE.test(sentence) ||
      (HEDGED_VALUE.test(sentence) && tierOf(sentence) === 0) ||
      OPENS_HEDGED.test(sentence) ||
      (asked && VALUE_THEN_DOING.test(sentence)) ||
      (sentence.includes('xxuser') && !sentence.includes('xxdur') && FOR_PERSON.test(sentence)) ||
      triesProvider(sentence)) &&
    !PAST.test(sentence)
  );
}

/**
 * Ranges of sentences that correct a value stated before them ("token in tokyo for 2 hours. sorry I
 * meant sydney, the client is in AU"): their values are the request's, whatever else they say.
 */
export function correctionRanges(text: string): [number, number][] {
  const corrects = CORRECTING.test(text);
  const there = text.includes('there') && text.includes('xxregion');
  if (!corrects && !there) return [];
  const all = sentences(text);
  const kept = corrects ? all.filter(([a, b]) => correctsBefore(text, a, b)) : [];
  return there ? [...kept, ...placeReferredTo(text, all)] : kept;
}

/** "I need a token for 2 hours there": the request points back at a place the story named. */
const THERE =
  /\b(?:tokens?|tok|keys?|creds?|credentials|access|xxdur)\b[^.!?\n]{0,24}\b(?:there|in\s+that\s+region|in\s+the\s+same\s+region)\b(?!\s+(?:is|are|was|were)\b)/;

/**
 * The sentences that name the one Region an asking sentence points back to ("everything we run is
 * in af-south-1. I need a token for 2 hours there."); none when the story names no Region, or the
 * request names its own.
 */
function placeReferredTo(text: string, all: [number, number][]): [number, number][] {
  const at = all.findIndex(([a, b]) => THERE.test(text.slice(a, b)) && tierOf(text.slice(a, b)) === 0);
  const asking = all[at];
  if (asking === undefined || text.slice(asking[0], asking[1]).includes('xxregion')) return [];
  return all.slice(0, at).filter(([a, b]) => text.slice(a, b).includes('xxregion'));
}

/**
 * Does the sentence at [a, b) correct a value stated before the correction: in an earlier sentence
 * ("token in tokyo. sorry I meant sydney") or earlier in itself ("6h, no wait, 2h is enough.")?
 */
function correctsBefore(text: string, a: number, b: number): boolean {
  const from = Math.max(0, a - 16);
  const m = CORRECTING.exec(text.slice(from, b));
  return m !== null && /\bxx(?:dur|region)\b/.test(text.slice(0, from + m.index));
}

/** Sentence ranges: split at . ! ? ; and line breaks. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of matchesOf(text, SENTENCE_BREAK)) {
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim() !== '') out.push([start, end]);
    start = end;
  }
  if (text.slice(start).trim() !== '') out.push([start, text.length]);
  return out;
}

/**
 * The sentences that ask and the short lines around them, joined (the whole text when none or all
 * do): "The finance key leaked in #general yesterday. Please revoke the finance keys." asks about
 * the keys, plural.
 */
let lastText = '';
let lastRequest = '';

export function requestText(text: string): string {
  if (!/[.!?;\n]/.test(text)) return text;
  if (text === lastText) return lastRequest;
  lastText = text;
  lastRequest = requestTextOf(text);
  return lastRequest;
}

function requestTextOf(text: string): string {
  const all = sentences(text);
  if (all.length < 2) return text;
  // (A short line without a verb continues the request: "not rotate, revoke. all keys for x".)
  const asking = all.filter(([a, b]) => {
    const sentence = text.slice(a, b);
    return tierOf(sentence) === 0 || wordsIn(sentence).length < 6;
  });
  return asking.length === 0 || asking.length === all.length
    ? text
    : asking.map(([a, b]) => text.slice(a, b)).join(' ');
}

const VALUE = /\bxx(?:dur|region)\b/g;
const CLAUSE_BREAK = /,|[()]|\b(?:and|then|but|so)\b/g;

/** A clause that names a credential and tells nothing that happened: the sentence holds the request. */
function hasRequestClause(sentence: string): boolean {
  let from = 0;
  for (const m of matchesOf(sentence, CLAUSE_BREAK)) {
    const clause = sentence.slice(from, m.index);
    if (CREDENTIAL.test(clause) && !PAST.test(clause)) return true;
    from = m.index + m[0].length;
  }
  const rest = sentence.slice(from);
  return CREDENTIAL.test(rest) && !PAST.test(rest);
}

/** A clause about someone or something else: "the release is for 45 minutes tonight". */
function storyClause(clause: string): boolean {
  return (
    STORY_SUBJECT.test(clause) &&
    !CREDENTIAL.test(clause) &&
    !NAMED_REGION.test(clause) &&
    tierOf(clause) !== 0
  );
}

/**
 * In a sentence that states the request's value, the values of a clause about something else, when
 * another clause holds one too: "the release is for 45 minutes tonight, I need access for 2 hours".
 */
function aboutOthers(text: string, at: number, sentence: string, out: [number, number][]): void {
  if (sentence.indexOf('xx') === sentence.lastIndexOf('xx') || !sentence.includes(',')) return;
  let from = 0;
  const found: [number, number][] = [];
  for (const m of [...matchesOf(sentence, CLAUSE_BREAK), { index: sentence.length }]) {
    const clause = sentence.slice(from, m.index);
    if (storyClause(clause)) valuesIn(text, at + from, at + m.index, found, false);
    from = m.index;
  }
  const all = [...matchesOf(sentence, VALUE)].length;
  if (found.length > 0 && found.length < all) out.push(...found);
}

function valuesIn(text: string, a: number, b: number, out: [number, number][], keepRegions: boolean): void {
  for (const m of matchesOf(text.slice(a, b), VALUE))
    if (!(keepRegions && m[0] === 'xxregion')) out.push([a + m.index, a + m.index + m[0].length]);
}

/**
 * Words of a credential: a sentence with one of them (and no story) is the request's core. (train29: so is "a new
 * one", the credential told of before asked for again: "… I closed the terminal. can I have a new one, just 2h".)
 */
const CREDENTIAL =
  /\b(?:tokens?|tok|tkn|tokn|keys?|api_key|access_keys?|creds?|credentials?|access|sts|xxkeyid|(?:new|fresh|another)\s+one)\b/;
/**
 * A sentence that corrects the request ("sorry I meant sydney", "no, make it osaka actually", "nvm, 5h in dub"),
 * or says its value suffices ("2h is plenty", "8 hours should cover her onboarding day": the lifetime asked
 * for, told with what it is for).
 */
const CORRECTING = new RegExp(
  String.raw`\b${anyOf(markersOf(CORRECTS), markersOf(WITHDRAWS))}\b|\bxx(?:dur|region)\s+(?:is|would\s+be|will\s+do)\s+(?:(?:also|really|totally|just|probably)\s+)?(?:enough|plenty|fine|sufficient)\b|\bxxdur\s+(?:should|will|would|ought\s+to)\s+(?:(?:easily|probably|really|just|definitely)\s+)?(?:cover|suffice)\b`,
);
/**
 * A Region stated as the request's: "tokyo region", "region: us-east-2", "it would run in oregon",
 * "the window runs overnight in Singapore" (one word of when or how between). (fix39a, tuned-mssp, tuned-forestry,
 * tuned-aerospace: also as what it runs as, "it runs as a lambda in us-west-2"; "out of" a place, "the job runs nightly
 * out of Calgary"; and where it calls Bedrock from, "their runner calls Bedrock from us-east-1". fix45a, tuned-bpo: and
 * what is run from a system there, "we'll run the post-call summaries from our own Lambda in Tokyo".)
 */
const STATED_REGION =
  /\bxxregion\s+region\b|\b(?:run|runs|running)\s+(?:[a-z_'-]+\s+){1,3}?(?:from|on)\s+(?:our|the|their|its|a|an)\s+(?:own\s+)?(?:[a-z_]+\s+)?(?:lambdas?|ecs|eks|ec2|fargate|cluster|servers?|vpc|functions?|containers?|instances?)\s+in\s+xxregion\b|\bregion\s*:?\s*xxregion\b|\b(?:run|runs|running|hosted|deployed|located|based|live|lives|be)\s+(?:(?:overnight|nightly|daily|hourly|weekly|mostly|mainly|only|entirely|all|[a-z]+ly)\s+)?(?:as\s+(?:a|an)\s+(?:[a-z_]+\s+){1,2}?(?:job\s+|function\s+|task\s+)?)?(?:in|from|out\s+of)\s+xxregion\b|\b(?:calls?|calling|hits?|hitting|reaches|queries|querying)\s+(?:bedrock|the\s+(?:bedrock\s+)?api|aws)\s+(?:from|in)\s+(?:(?:our|the|their|its)\s+(?:[a-z_]+\s+){1,2}?in\s+)?xxregion\b/;
/** A clause's edges inside a sentence: a comma, a semicolon, a bracket, a dash, "and"/"but"/"so". */
const CLAUSE_EDGE = /[,;()—–]|\s-\s|\b(?:and|but|so)\b/g;
/**
 * fix43b: the clause of a sentence where STATED_REGION stands (also "runs as a nightly ECS job in Frankfurt", two words
 * before "job"; "to call Bedrock from our Airflow in Oregon", what it calls from and where that is), told in the
 * present: its Region is the request's whatever the other clauses tell.
 */
function statedRegionClause(sentence: string): boolean {
  const m = STATED_REGION.exec(sentence);
  if (m === null) return false;
  let from = 0;
  let to = sentence.length;
  for (const e of matchesOf(sentence, CLAUSE_EDGE)) {
    if (e.index + e[0].length <= m.index) from = e.index + e[0].length;
    else if (e.index >= m.index + m[0].length) {
      to = e.index;
      break;
    }
  }
  const clause = sentence.slice(from, to);
  return !PAST.test(clause) && !SINCE.test(clause) && !/\?/.test(clause) && !IF_CLAUSE.test(clause);
}
/** A clause supposed, no fact: "if it runs in Oregon", "in case it runs in Tokyo", "when it moves to …". */
const IF_CLAUSE =
  /\b(?:if|unless|whether|once|when|in\s+case|might|could|would|may|maybe|perhaps|plan(?:s|ning)?\s+to)\b/;

/**
 * fix38a, tuned-ocean: a thing supposed in a place and asked whether it could be had, "if I wanted a token in Stockholm,
 * could I?": the place is the question's (help, Regions), not a story's.
 */
const PLACE_ASKED_POSSIBLE = /\bin\s+xxregion\s*,?\s+(?:could|can|would|may)\s+(?:i|we|one)\s*(?:\?|$)/;

/** A question about Regions themselves, by the word: "is a token tied to a region?", "region_specific?". */
export const REGION_QUESTION = /\bregion(?:s|_specific|_locked|_bound)?\b[^.!?\n]{0,20}\?/;

/**
 * Ranges of the duration and Region placeholders that belong to the story around the request:
 *  - in a sentence of six words or more that neither asks nor names a credential, or names one
 *    while telling what happened ("the ml-ops folks in frankfurt rotated their key");
 *  - in a clause that tells what happened ("we had an incident in ireland last night and …");
 *  - of a kind the request's own sentence states ("The hackathon runs 24 hours, but I only need
 *    access for the first part. Token for twelve hours please." → 12 hours).
 * A sentence that corrects the request, and a Region stated as such ("tokyo region"), are kept.
 */
export function storyValueRanges(text: string): [number, number][] {
  if (!text.includes('xx')) return [];
  // (fix58 acts: "token for the consultant we onboarded, …, 2h", "my manager said I can have token for 2 hour. Is ok?":
  // a person described by what brought them in, and who allowed a token, tell no story around the values.)
  let story = storyValuesOf(permissionLeadOut(withoutPersonDescribed(text)));
  // (asks25: "is a token tied to a region? I fly to Sydney tomorrow for the Aus leg": where the asker will
  // be is the place a question about Regions asks about; README "Places", a help question names its Region.)
  if (
    story.length > 0 &&
    ((text.includes('region') && REGION_QUESTION.test(text)) || PLACE_ASKED_POSSIBLE.test(text))
  )
    story = story.filter(([a, b]) => !text.slice(a, b).includes('xxregion'));
  if (text.includes('(') || text.includes('who')) personAsides(text, story);
  // ("the 24h token got rejected. fine, give me one for 12h": a past token's lifetime, another asked after.)
  const told = pastTokenLifetime(text);
  if (told !== null) story = [...story, told];
  if (!text.includes('every')) return story;
  const often = [...matchesOf(text, EVERY)].map((m): [number, number] => [
    m.index + m[0].length - 5,
    m.index + m[0].length,
  ]);
  return often.length === 0 ? story : [...story, ...often];
}

/**
 * The lifetime of a token told of as what happened to it ("the 24h token got rejected", "my 2h token
 * expired mid-run", "the 48h one was refused"), when a lifetime follows it: story (README "Story around a
 * request"), and the one asked for after it is the request's. Alone it stays, so a refused lifetime is
 * still reported rather than a token issued without one.
 */
const PAST_TOKEN_LIFETIME =
  /\b(?:the|my|our|that|this|your|a)\s+xxdur\s+(?:token|tok|one|key|api_key)\s+(?:(?:just|already|also|even)\s+)?(?:(?:got|was|were|has\s+been|have\s+been)\s+(?:rejected|refused|denied|declined|blocked)|expired|failed|died|ran\s+out|timed\s+out|errored|bounced)\b/;

function pastTokenLifetime(text: string): [number, number] | null {
  const m = PAST_TOKEN_LIFETIME.exec(text);
  if (m === null) return null;
  const at = m.index + m[0].indexOf('xxdur');
  return text.includes('xxdur', at + 5) ? [at, at + 5] : null;
}

/**
 * An aside about a person, in brackets or in a "who" clause between commas: "my manager (based in
 * Tokyo) asked me to get a token", "the new privacy officer (previously at a bank in Frankfurt)",
 * "my lead, who sits in Dublin, wants …". Where the person is or was is not where the credential is.
 */
const PERSON_ASIDE =
  /\b(?:manager|boss|lead|colleague|co_?worker|teammate|officer|hire|intern|contractor|director|head|ceo|cto|cfo|ciso|vp|analyst|engineer|developer|designer|consultant|auditor|lawyer|counsel|xxuser|person|guy)s?\s*(?:\(([^()\n]{1,120})\)|,\s*(who\s+[^,.;!?()\n]{1,100}),)/g;

/** Adds the values of asides about a person (PERSON_ASIDE) that ask nothing and name no credential. */
function personAsides(text: string, out: [number, number][]): void {
  for (const m of matchesOf(text, PERSON_ASIDE)) {
    const aside = m[1] ?? m[2] ?? '';
    // ("a token for my colleague (tokyo region)", "(2h, tokyo)": an aside of values is the request's.)
    // ("who" opens a relative clause here, no question.)
    const asks = tierOf(m[2] === undefined ? aside : aside.slice(4)) === 0;
    if (!aside.includes('xx') || CREDENTIAL.test(aside) || asks) continue;
    if (NAMED_REGION.test(aside) || valueLine(aside)) continue;
    const at = m.index + m[0].lastIndexOf(aside);
    valuesIn(text, at, at + aside.length, out, false);
  }
}

/**
 * "key rotation every 90 days", "rotated every 45 days": how often something is done, no lifetime
 * (the bot issues a key with a lifetime; it keeps no schedule).
 */
const EVERY = /\bevery\s+(?:other\s+|single\s+)?xxdur\b/g;

function storyValuesOf(text: string): [number, number][] {
  // (Only a sentence with a duration or a Region has story values: a text with neither has none, and
  // its sentences need no reading; most texts have only other values, e-mails, people, key IDs.)
  if (!text.includes('xxdur') && !text.includes('xxregion')) return [];
  const all = sentences(text);
  // (One sentence: only a clause that tells what happened can hold story values.)
  if (all.length === 1 && !PAST.test(text)) return [];
  const tiers = all.map(([a, b]) => tierOf(text.slice(a, b)));
  if (!tiers.some((t) => t < 2)) return [];
  const texts = all.map(([a, b]) => text.slice(a, b));
  // (The place a request points back to, "… in af-south-1. A token for 2 hours there.", is the request's.)
  const referred = text.includes('there') ? placeReferredTo(text, all) : [];
  const core = texts.map(
    (t, i) =>
      (tiers[i] ?? 2) < 2 && CREDENTIAL.test(t) && !PAST.test(t) && !(tiers[i] === 1 && STATE.test(t)),
  );
  const coreHas = (kind: string): boolean => texts.some((t, i) => core[i] && t.includes(kind));
  const askingCore = core.some((c, i) => c && tiers[i] === 0);
  const out: [number, number][] = [];
  all.forEach(([a, b], i) => {
    const sentence = texts[i] ?? '';
    if (!/\bxx(?:dur|region)\b/.test(sentence)) return;
    // A correction keeps its values when there is something before it to correct ("sorry, I was
    // away for 2 hours" corrects nothing).
    if (correctsBefore(text, a, b)) return;
    if (statesRequestValue(sentence, texts.some(asksNow))) {
      aboutOthers(text, a, sentence, out);
      return;
    }
    if (referred.some(([x]) => x === a)) return;
    const words = wordsIn(sentence).length;
    const long = words >= 6;
    const tier = tiers[i] ?? 2;
    // (A sentence about a credential that does not ask is the request's only when no other asks for one.)
    const tells = PAST.test(sentence) || STATE.test(sentence) || askingCore;
    // (A credential named in a clause that tells nothing, "token for 1h, us-east-1 (not eu-west-1,
    // that was the old default)", is the request: only its telling clauses are story.)
    const told = tier === 1 && !askingCore && !STATE.test(sentence) && hasRequestClause(sentence);
    if (long && !/\?\s*$/.test(sentence) && (tier === 2 || (tier === 1 && tells && !told))) {
      valuesIn(text, a, b, out, STATED_REGION.test(sentence));
      return;
    }
    // (A short line of values, "1 hour.", "2h, frankfurt", is the request's.)
    if (!core[i] && words >= 4) {
      for (const m of matchesOf(sentence, VALUE)) {
        const kind = m[0];
        if (coreHas(kind) && !(kind === 'xxregion' && STATED_REGION.test(sentence)))
          out.push([a + m.index, a + m.index + kind.length]);
      }
    }
    // Clauses of an asking sentence: "we had an incident in ireland last night and i want …".
    let from = 0;
    for (const m of [...matchesOf(sentence, CLAUSE_BREAK), { index: sentence.length }]) {
      const clause = sentence.slice(from, m.index);
      // (… and how long something has been: "the team has been running it by hand for two months".)
      // (… and what someone or something else is: "the release is for 45 minutes tonight, I need …".)
      if (
        (((PAST.test(clause) || HAS_BEEN.test(clause)) && tierOf(clause) !== 0) || storyClause(clause)) &&
        !(clause.includes('same') && NAMED_REGION.test(clause))
      )
        valuesIn(text, a + from, a + m.index, out, false);
      from = m.index;
    }
  });
  return out;
}

/**
 * train28i: "deprovision `creative-ai`. Keys are no longer needed", "revoke the growth-lab key, it is no longer
 * needed": after a removal asked, the keys (or "it", the unit) no longer needed is why they go, not the request
 * made pointless ("the request … is no longer needed", "never mind, no longer needed" still take it back).
 */
const REMOVAL_ASKED = /\b(?:revok|deprovision|delet|remov|disabl|deactivat|decommission|retir|offboard)/;
const THING_NOT_NEEDED =
  /(?:^|[\s,.;:—–-])(?:keys?|api_keys?|access_keys?|credentials?|creds|it|they|unit|account|user)\s+(?:(?:is|are|was|were)\s+)?$/;
/**
 * fixforeign29: the thing left out, right after the removal's own clause ("revoke key of X, not needed anymore",
 * "deprovision old-ocr — no longer needed", "… . not needed any more"): the same reason. A turn between
 * ("… nvm, not needed", "no wait, …") or a question mark before ("revoke the ads key? not needed anymore")
 * still takes the request back.
 */
const ELIDED_AFTER_CLAUSE = /[a-z0-9_*`'")\]][ \t]*[,.;:—–-][ \t]*$/;
const TURN_BEFORE =
  /\b(?:never\s*mind|nvm|wait|actually|no|nah|nope|hm+|oh|ok|okay|ah|sorry|scratch\s+that)[ \t]*[,.;:—–-][ \t]*$/;
function notNeededAsReason(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  if (!REMOVAL_ASKED.test(text.slice(0, at))) return false;
  return THING_NOT_NEEDED.test(before) || (ELIDED_AFTER_CLAUSE.test(before) && !TURN_BEFORE.test(before));
}

/** What corrects the request rather than withdrawing it: "nvm i mean voice-ai's", "… instead". */
const CORRECTED_AFTER = /\b(?:i\s+mean|i\s+meant|instead|rather|make\s+it|make\s+that)\b/;

/**
 * Is the request of a message put off or made pointless by what follows it ("Could you deprovision
 * old-analytics? Not today though, I'll ping you when the migration is done.")? Something must be
 * asked before those words, and nothing new asked after them ("never mind the token, a key for
 * ads-ml instead" asks again). Read on the prepared text before the story around the request is
 * left out: the words that put it off often stand in a sentence of their own. Both the words that
 * put a request off (PUT_OFF) and those that take it back ("hmm, take it back", "I retract that":
 * negation.ts's TAKE_BACK, one table in withdrawal.ts) count.
 */
export function putOffAtEnd(text: string): boolean {
  return putOffBy(text) || takenBackAtEnd(text);
}

/** The words of PUT_OFF (withdrawal.ts) after something asked, with nothing new asked after them. */
function putOffBy(text: string): boolean {
  if (!PUT_OFF_GUARD.test(text)) return false;
  const m = PUT_OFF.exec(text);
  if (m === null || m.index === 0) return false;
  if (tierOf(text.slice(0, m.index)) !== 0) return false;
  if (m[0].startsWith('no') && notNeededAsReason(text, m.index)) return false;
  const rest = text.slice(m.index + m[0].length);
  // ("ok nvm i mean voice-ai's": a correction, not a withdrawal.)
  return !((tierOf(rest) === 0 && CREDENTIAL.test(rest)) || CORRECTED_AFTER.test(rest));
}
