/**
 * Is the message an instruction to this bot? The form of a prepared text (lowercase, values as
 * placeholder words), read from its structure rather than from examples. Each clause (split at
 * sentence ends, commas, dashes, colons and "but") gets one form:
 *  - `instruction`: command form ("rotate the key for sales", "token 2h", "new key for x pls") or a
 *    request frame ("can you …", "could I get …", "I need …", "marketing needs …", "please …");
 *  - `question`: a question about how things are or work ("do we still need the api key?", "can I
 *    rotate my own key?", "which key is older?"), not a request frame;
 *  - `hypothetical`: a condition or supposition before its object ("if I needed a token …",
 *    "what happens if I revoke …", "suppose we rotate …");
 *  - `narrative`: something done or going on ("we rotated the key yesterday", "rotating it now");
 *  - `statement`: anything else (a remark, a wish for later: "someone should rotate it at some point").
 * The message is an instruction when one clause is an instruction AND names something of ours (a verb
 * of ours, a credential, Bedrock, a duration, a key ID): "we rotated it yesterday, pls check" is none.
 * Only an instruction is acted on without asking (parse-request.ts).
 */
import { setUpForItRemoved } from './ended-unit.js';
import { unitUserRemoved } from './unit-user-removed.js';
import { withoutPersonDescribed } from './person-described.js';
import { keyNamedBefore } from './key-named-before.js';
import { UNIT_WORDS as NAMED_UNIT_WORDS } from './name-words.js';
import { asksOurs } from './ours-named.js';
import { MARKER_SINGLE_WORDS } from './correction-markers.js';
import { ownClauses } from './own-clauses.js';
import { relayedRequest } from './relayed.js';
import type { IntentName } from '../core/request.js';
import { CHANGE_TAGS, LEXICON, WHOLE_THINGS } from './lexicon.js';
import { premisesWord } from './group-nouns.js';
import type { Prepared } from './prepare.js';
import { wordsIn } from './words-in.js';
import { eventSetUpOnly } from './event-unit.js';
import { physicalThingAsked } from './physical-thing.js';
import { MACHINE_NOUNS } from './machine-nouns.js';
import { MODEL_USE_AFTER } from './model-family.js';
import { haikuNamedAsModel } from './haiku-named.js';

/**
 * fix40c, tuned-genomics: the writer's wish for one of our things in a state of our verb, "I'd like the sequencing
 * core team's key rotated today", "we would like the old-bi unit deprovisioned": asked, not told as done (its
 * participle is no past; "they wanted it rotated", another's wish told, stays a story).
 */
export const WISHED_DONE =
  /^(?:(?:so|ok|hi|hey)\s+)?(?:i|we)(?:'d|\s+would)\s+like\s+(?:the|our|my|this|that)\s+(?:[a-z0-9_'-]+\s+){0,4}?(?:key|keys|token|tokens|api_key|access_key|unit)\s+(?:rotated|revoked|deprovisioned|deleted|removed)\b/;

/**
 * post40b: a wish held back in the message, no request: a doubt or another's say ("but marketing says no", "it's not
 * my call"), a question after it ("Is that the right call?"), a time to come ("eventually", "once the migration
 * finishes"), or a thing's key kept in a place ("removed from under the doormat").
 */
export const WISH_HELD =
  /\?|\b(?:but|however|though|although|not\s+my\s+(?:call|decision)|up\s+to|eventually|someday|some\s+day|one\s+day|at\s+some\s+point|once|after|when|until|till|doormat|mat|drawer|desk|car|cupboard|locker|pocket|shelf|under|behind|hook|safe)\b/;

export type Mood = 'instruction' | 'question' | 'hypothetical' | 'narrative' | 'statement';

const words = (s: string): string[] => s.split(' ');
const CHANGE = new Set(CHANGE_TAGS);
/** Words that open a clause without being part of it: greetings, fillers, addressing, adverbs. */
const OPENERS = new Set(
  words(
    'hi hey hello hiya yo heya morning gm evening afternoon ok okay k so and also then now please pls plz ' +
      'kindly bot bedrock_bot xxuser quick quickly just um uh erm right alright ' +
      'btw oh ah well sorry again one more hmm dear sir thanks thx yes yeah yep sure urgent urgently asap ' +
      'good great cool awesome lol haha ty cheers actually ping agreed whatever fully completely ' +
      'immediately permanently only instead rather finally today tonight tomorrow',
  ),
);
/** Tags of words that begin a noun phrase naming a credential ("token …", "long-lived key …"). */
const CREDENTIAL_TAGS = new Set(['TokenNoun', 'KeyNoun', 'Api', 'Aws', 'Bedrock', 'LongTerm']);
const DETERMINERS = new Set(words('a an one another new fresh some 1 my our the xxdur personal quick extra'));
/** Words of ours a clause must name to be an instruction to this bot. */
const CUE_TAGS = new Set([...CHANGE_TAGS, ...CREDENTIAL_TAGS]);
const CUE_WORDS = new Set(words('xxdur xxkeyid xxregion tokn kye'));
/** Verbs that, in base form, open a command without a CHANGE tag of their own. */
const COMMAND_VERBS = new Set(
  words(
    'give gimme grab send hook let get need want fetch issue mint extend provide share regen rollover clean',
  ),
);
/** Verbs of wanting: a request frame, not the object of a supposition ("wants to know if …"). */
const WISH = /^(?:need|needs|want|wants|wanna|require|requires|get)$/;
/** Forms of a CHANGE word that are not a base-form verb: past, progressive, nouns. */
const NOT_BASE = /(?:ed|ing|ation|al|ment)$/;

/** Request frames: the person asks the bot (or asks for something) in so many words. */
const REQUEST_FRAME = new RegExp(
  [
    // "can you rotate …", "could u pls make …", "would you kindly …", "will you …"
    String.raw`\b(?:can|could|would|will|cud|cn|pls|please)\s+(?:you|u|ya|yu)\b`,
    // "can I get …", "could we have …", "may I request …", "can <@U…> get …"
    String.raw`\b(?:can|could|may|might|cn|cud|cna)\s+(?:i|we|me|xxuser|my\s+team|our\s+team)\s+(?:please\s+|pls\s+|also\s+|just\s+|quickly\s+|maybe\s+)*(?:get|have|hav|hve|grab|borrow|receive|recieve|request|obtain|take|ask\s+for)\b`,
    // "I need …", "we'd like …", "I am needing …", "i'm looking for …", "marketing needs …"
    // (fix54b, tuned-autoparts: not a wish that a thing work, "I just want the tool works", "we want it working": a remark.)
    String.raw`\b(?:need|needs|needing|(?:want|wants|wanna)(?!\s+(?:that\s+)?(?:the|this|it|our|my|things?|everything)\s+(?:[a-z_]+\s+)?(?:works?|working|to\s+work|running|to\s+run)\b)|require|requires|requesting|looking\s+for|would\s+like|'d\s+like|d\s+like|would\s+love|prefer|rather\s+have|asking\s+(?:to|for)|writing\s+(?:for|to))\b`,
    String.raw`\b(?:i'd|id|we'd|i'll|ill|we'll)\s+(?:really\s+|also\s+)?(?:like|love|need|want|take|appreciate|prefer|rather)\b`,
    // "i request a key for growth", and French "je demande une clé pour growth" as its words are read ("i demande a
    // key for growth"): the writer's request in the present, said in so many words.
    // (Not one reported or put off: "my manager wants that i demande a key …", "before i request a key".)
    String.raw`(?<!\b(?:that|que|if|si|when|quand|until|before|after|once|whether)\s+)\b(?:i|we)\s+(?:hereby\s+|formally\s+|kindly\s+)?(?:request|demande)\s+(?:a|an|one|the|new|our|my|access|xxdur)\b`,
    // "i was wondering if you could …", "wanted to ask for a token", "would it be possible to get …"
    String.raw`\b(?:wondering|wonder)\s+(?:if|whether)\s+(?:i|we|you|u)\s+(?:could|can|might)\b`,
    String.raw`\b(?:wanted|want|like)\s+to\s+(?:ask|request|get|have|order)\b`,
    String.raw`\bpossible\s+to\s+(?:get|have|receive|recieve|obtain|take|create|make|issue|rotate|revoke|renew|extend)\b`,
    // "is possible you make key for x?", "possible for me to get …" (non-native and polite forms)
    String.raw`\bpossible\s+(?:that\s+)?(?:you|u|for\s+(?:me|us|you|u)\s+to)\b`,
    // ("is possible make api key for eq-maintenance?": the same without "to", lead48)
    String.raw`\bis\s+possible\s+(?:get|have|make|create|generate|issue)\b`,
    String.raw`\b(?:could|can)\s+(?:really\s+)?use\s+(?:a|an|some|one)\b`,
    String.raw`\btime\s+to\s+[a-z]+`,
    // "give me …", "send me …", "let me have …", "hook me up"
    String.raw`\b(?:give|gimme|send|get|hook|let)\s+(?:me|us|xxuser|xxemail)\b`,
    // Polite words in the languages people mix in: "bitte", "por favor", "s'il vous plaît", "per favore".
    String.raw`\b(?:please|pls|plz|plis|pleeease|kindly|needful|bitte|favor|favore|svp|plait|kripya)\b`,
  ].join('|'),
);
/** A question about how things are: a wh-word, or an auxiliary with a subject that is not "you". */
const WH_START = /^(?:how|what|what's|whats|why|when|where|which|who|who's|whose|whom|how's|hows)\b/;
const WH_SUGGESTION = /^(?:how|what)\s+about\b/;
/**
 * "can the bot set up a long-term key for x", "could bedrock_bot create a key for ads": the bot asked, in the
 * third person, to make or change a credential for something named after "for" (not "can the bot rotate
 * keys?", whether it can at all).
 */
const BOT_ASKED_TO_DO =
  /^(?:can|could|would|will)\s+(?:the\s+)?(?:bot|bedrock_bot|bedrock\s+bot)\s+(?:please\s+|pls\s+|just\s+)?(?:setup|create|make|issue|generate|mint|provision|rotate|revoke|renew)\s+(?:me\s+|us\s+)?(?:a|an|the|one)\s+[^?]{0,60}?\b(?:key|api_key|access_key|token)\s+for\s+(?!(?:a|an|any|some|someone|me|us|my)\b)[a-z0-9_]/;
/**
 * Round sixty (tuned-solar): the same asked of one named unit's key or of the unit, its name written as units are
 * (hyphens or underscores), "can the bot revoke the load-shed-planner key?", "could the bot rotate ads-ranking's key?",
 * "can the bot deprovision payments-legacy?": one thing done to something named, not whether the bot can at all.
 */
const BOT_ASKED_TO_DO_NAMED =
  /^(?:can|could|would|will)\s+(?:the\s+)?(?:bot|bedrock_bot|bedrock\s+bot)\s+(?:please\s+|pls\s+|just\s+)?(?:rotate|revoke|renew|deprovision|disable|kill)\s+(?:the\s+)?[a-z0-9]+(?:[-_][a-z0-9]+)+(?:'s)?(?:\s+(?:api_key|access_key|access\s+key|key|unit))?\s*(?:[?.!,]|$)/;
const AUX_START =
  /^(?:is|are|was|were|does|do|did|should|shall|will|would|can|could|may|must|has|have|had|isn't|aren't|doesn't|don't|didn't|shouldn't|won't|wouldn't|can't|cant|dont|doesnt|cna)\s+([a-z_'<>@]+)/;
/** Subjects after an auxiliary that make a question ("do we …", "is the key …", "can I …"). */
const SUBJECTS = new Set(
  words(
    'i we you u it they he she my our your their his her this that there these those any anyone anybody ' +
      'someone somebody everyone people the a an xxuser tokens keys token key bedrock api_key access',
  ),
);
/** Conditions and suppositions: "if I needed …", "what if …", "suppose …", "in case …". */
/**
 * (fix53d: "if" after a verb of trying out and before a model is what the model is tried for, no supposition: "token
 * for 45 min, just want to see if sonnet can parse our span json", "checking if llama handles our log lines".)
 */
const HYPOTHETICAL =
  /\b(?:(?<!\b(?:check|checking|see|seeing|test|testing|verify|verifying|try|trying|find\s+out|figure\s+out|confirm|validate|validating)\s+)if|if(?!\s+(?:the\s+|our\s+)?(?:claude|sonnet|haiku|opus|llama|mistral|mixtral|pixtral|titan|nova|cohere|jamba|deepseek|qwen|model|llm)\b)|suppose|supposing|imagine|assuming|hypothetically|whether|in\s+case|let'?s\s+say|say\s+(?:i|we)|in\s+theory|what\s+happens|would\s+(?:it|that|there)\s+(?!be\s+possible))\b/;
/** Polite conditions that make no supposition: "if possible", "if you can", "if that's ok". */
const POLITE_IF =
  /\bif\s+(?:possible|poss|you\s+can|u\s+can|you\s+could|u\s+could|you\s+don't\s+mind|that's\s+ok|thats\s+ok|ok|okay|not|not\s+too\s+much|it's\s+not|its\s+not|convenient|you\s+have\s+a\s+sec|any|needed|not\s+already)\b/g;
/**
 * Something done or going on: a subject and a past or progressive verb of ours, or a passive. (Round thirty-four:
 * "replaced" too, as Dutch "wie heeft de key van x vervangen" reads, "who has the key of x already replaced".)
 */
const PAST_VERB =
  '(?:rotated|revoked|created|deleted|removed|gave|made|generated|issued|offboarded|deprovisioned|onboarded|disabled|renewed|replaced|refreshed|regenerated|minted|killed|destroyed|provisioned|got|received|used|requested|asked|needed|wanted)';
// (buried28: "she's onboarding to the AI team today", "he is onboarding this week": a person onboarding, with no
// object of its own, joins a team; onboarding something, "we're onboarding the ads team", is ours going on.)
const PROGRESSIVE =
  '(?:rotating|revoking|creating|deleting|removing|making|generating|offboarding|deprovisioning|onboarding(?![ \\t]*(?:$|[,.;:!?)—–-]|(?:to|onto|into|at|with|today|tomorrow|this|next|now|here|on|xxperiod)\\b))|disabling|renewing|refreshing|regenerating|killing|provisioning|using|getting)';
/**
 * A log or timeline line: one of our nouns, then a participle of an action done to it ("09:16 key
 * revoked", "new token issued", "keys rotated"): a report of what happened, never an order. (Not
 * "token needed for 2h": a need is asked for.)
 */
const REPORTED = String.raw`\b(?:key|keys|token|tokens|creds|credentials|credential)\s+(?:was\s+|were\s+|got\s+|been\s+|already\s+|just\s+)?(?:rotated|revoked|created|deleted|removed|generated|issued|disabled|renewed|regenerated|minted|killed|destroyed|provisioned|deprovisioned|offboarded)\b`;
// (A person's subject right after one of our nouns is no story: "revoke the key we gave to quiz-night"
// names the key by what was done with it, a clause inside the request.)
const NARRATIVE = new RegExp(
  String.raw`\b(?<!\b(?:key|keys|token|tokens|one|ones|creds|credentials?)\s)(?:i|we|they|he|she|you|u|someone|somebody)\s+(?:already\s+|just\s+|finally\s+|also\s+|accidentally\s+|never\s+|once\s+)?${PAST_VERB}\b|\b(?:it|who|already|just|finally|had|have|has|was|were|been|i've|we've|they've|[a-z]+ly)\s+(?:already\s+|just\s+|finally\s+|also\s+|accidentally\s+|never\s+|once\s+)?${PAST_VERB}\b|^${PAST_VERB}\b|\b(?:i'm|im|we're|i\s+am|we\s+are|they're|he's|she's|is|are)\s+(?:just\s+|currently\s+|now\s+|already\s+)?${PROGRESSIVE}\b|^${PROGRESSIVE}\b|${REPORTED}`,
);
/**
 * A wish for later, a thought, what someone (else) should do: "someone should rotate …", "we might …";
 * the writer's own plan to get the bot to act, the bot told of in the third person (round twenty-five:
 * "next swing I'm gonna get the bot to give me a 6h token", "we're going to ask bedrock for a key").
 */
const MUSING =
  /\b(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:gonna|going\s+to)\s+(?:just\s+|finally\s+)?(?:get|ask|have|make)\s+(?:the\s+)?(?:bot|bedrock)\b|\bnot\s+(?:yet|now|today)\b|\b(?:was|were)\s+(?:going\s+to|gonna|about\s+to|planning\s+to)\b|\bheads[\s_-]?up\b|\bi\s+(?:might|may)\s+(?:need|want|ask)\b|\bwill\s+ask\b|\b(?:thinking|thought)\s+(?:about|of)\b|\bconsidering\b|\b(?:planning|plan)\s+to\b|\b(?:someone|somebody|anyone|anybody|we|they|you|u|people|everyone|everybody|nobody)\s+(?:should|ought\s+to|might|may|could|must|needs?\s+to|has\s+to|have\s+to|will\s+have\s+to)\b|\b(?:everyone|everybody|nobody|people)\s+(?:needs?|wants?)\b|\b(?:we'll|they'll|you'll|we\s+will|they\s+will)\s+(?:probably\s+|also\s+|then\s+)?(?:need|have)\s+to\b|\b(?:i\s+think|i\s+guess|i\s+suppose|maybe|eventually|at\s+some\s+point|one\s+day|some\s+day|someday)\b/;

const PEOPLE = new Set(words("everyone everybody all folks guys team y'all yall people"));
/** A note for later: "reminder to self: …", "todo: …", "note for tomorrow - …". */
const NOTE_FOR_LATER = /^\W*(?:reminder|remind\s+me|note\s+(?:to|for)|todo|to\s+do|to-do)\b/;
/**
 * "For store-ops keys please ask <@U…>", "OOO till Monday. For growth keys, contact <@U…>.": a pointer to
 * the person who handles a kind of request, as an away message or a channel's topic gives it, asks the bot
 * nothing (round fourteen: a blind file's away message was acted on). Not "create it and ask <@U…> to
 * approve", nor a request before the pointer ("rotate the ads key. for ads keys ask <@U…>").
 */
const POINTS_ELSEWHERE =
  /(?:^\s*|[.!?:;,]\s*|\s[-—–]\s*|\n\s*)(?:and\s+|otherwise\s+)?for\s+(?:[a-z0-9_'-]+\s+){0,6}?(?:keys?|tokens?|creds|credentials?|access|api_keys?|rotations?|bedrock)\b[^.!?\n]{0,30}?,?\s+(?:please\s+|pls\s+|plz\s+|kindly\s+)?(?:ask|ping|contact|reach\s+out\s+to|talk\s+to|speak\s+to|dm|message)\s+(?:xxuser|[a-z]+)\s*(?:instead|directly|meanwhile|in\s+the\s+meantime)?\s*(?:[.!\n]|,\s*(?:she|he|they|who)\b|$)/;

function pointsElsewhere(text: string): boolean {
  if (!text.includes('for')) return false;
  const m = POINTS_ELSEWHERE.exec(text);
  return m !== null && !wordsOf(text.slice(0, m.index)).some((x) => CHANGE.has(LEXICON[x] ?? ''));
}
const OK_IF_I_GET =
  /^(?:is|would|will)\s+it\s+(?:be\s+)?(?:ok|okay|alright|all\s+right|fine|possible|cool)\s+(?:if|for)\s+(?:i|me|we|us)\s+(?:to\s+)?(?:get|have|take|grab|receive|use)\b/;
const ABOUT_A_KIND =
  /\b(?:or|vs|versus|max|maximum|min|minimum|ttl|lifetime|limit|limits|better|best|difference|longest|shortest)\b/;
const EXAMPLE = /\b(?:example|examples|syntax|template|sample|samples)\b/;
const LATER_COMMAND =
  /\b(?:next\s+(?:week|month|sprint|quarter|year|monday|tuesday|wednesday|thursday|friday|release)|later\s+(?:this|next|today|on)|eventually|someday|at\s+some\s+point|in\s+the\s+future|after\s+(?:the\s+)?(?:migration|release|launch|freeze|audit|holidays?|meeting|cutover|rollout|weekend|demo))\b/;
const FUTURE_NEED =
  /\b(?:will|'ll|going\s+to|gonna)\s+(?:probably\s+|likely\s+|eventually\s+|also\s+)?(?:need|want|require)\b/;
// (fix35a, tuned-fashion: a month opening a clause before who will need ("not now, but in January we'll probably
// need a key for the resale team": the prepared "xxperiod we'll") and a need put off at the message's start ("not
// now, but …") are a time to come as "next month" is; "i'll need the spend for growth in march" names the month
// as the report's period, after the need.)
const LATER =
  /\b(?:next|later|soon|eventually|future|someday|one\s+day|at\s+some\s+point|tomorrow)\b|(?:^|[,.;:!?]|\b(?:but|and|so))\s*xxperiod\s+(?:we|i|they)\b|^\W*not\s+(?:now|yet|today)\b/;
/**
 * A time to come opening a clause, then a need told in the present (known24): "next sprint we need a key for
 * …", "from next month the search team needs a key", "in q3 we need …". (Words of a clause, lowercase.)
 */
const FUTURE_OPENED_NEED =
  /^\s*(?:(?:so|and|also|fyi|heads\s+up|btw)\s+)?(?:from\s+|starting\s+|as\s+of\s+|by\s+)?(?:next\s+(?:sprint|week|month|quarter|year|term|release|iteration|cycle|season|phase)|(?:in|by|for)\s+q[1-4]|later\s+this\s+(?:week|month|quarter|year)|after\s+the\s+(?:holidays|summer|break|launch|migration|freeze))\s+(?:we|i|they|the\s+[a-z0-9_-]+(?:\s+[a-z0-9_-]+){0,2}?|[a-z0-9_-]+)\s+(?:will\s+)?(?:need|needs|require|requires)\b/;

/**
 * Sayings, goals and rules, never orders: a labelled line ("OKR: rotate 100% of long-lived keys by
 * Q3", "policy: …", "action item: …"), a motto, slogan, poem or checklist ("revoke, rotate, repeat.
 * the security team's motto"), a goal by a date or in per cent, and a rule of how often ("policy says
 * we must rotate keys every 90 days").
 * The bot does things once, now; a goal or a schedule is talked about, not asked of it.
 */
// (train27i: a label with nothing after it, the text's last words, heads material quoted or pasted below the
// request, which prepare.ts takes out: "fully remove partner-eng from Bedrock please. contract end notice:
// > Termination effective …" asks; the label tells what the quote is, it says nothing itself.)
const SAYING_LABEL =
  /,\s*(?:okrs?|agenda|action\s+items?)\s*\d*\s*:(?!\s*$)|(?:^|[.!;\n])\W*(?:[a-z0-9_']+\s+){0,3}?(?:okrs?|bulletin|announcement|notice|kr\s*\d*|key\s+results?|goals?|objectives?|motto|slogan|mantra|polic(?:y|ies)|rules?|guidelines?|action\s+items?|agenda|psa|tip|pro\s+tip|lesson|lessons\s+learned)\s*\d*\s*:(?!\s*$)/;
const SAYING_WORD =
  /\b(?:motto|slogan|mantra|tagline|catchphrase|sticker|stickers|t_shirt|tshirt|poster|poem|limerick|meme|proverb|bingo)\b|(?:^|[.!;]\s*)(?:the|my|our|a)\s+(?:[a-z]+\s+)?checklist\s*[.!]?\s*$/;
/**
 * Haiku the model, not the poem: next to another Claude model ("sonnet vs haiku", "claude haiku",
 * "haiku vs opus"), with a model's things ("the haiku prompt", "the haiku model", "haiku 4.5") or what
 * one does with a model ("token for haiku", "to try haiku", "test with haiku").
 * "a haiku by the security team", "wrote a haiku about rotating keys": a poem, a saying. (Bedrock is
 * the bot's own name: "a bedrock haiku" is still a poem.)
 */
// (train29: and what one measures or runs on the model, model-family.ts: "haiku throughput test", "haiku inference".)
const HAIKU_THINGS = `(?:\\d|models?|prompts?|evals?|benchmarks?|latency|endpoint|calls?|api|runs?|outputs?|vs|versus|or|and|comparison|section|results?|costs?|pricing|quotas?|access|is|isn|still|in|${[...MODEL_USE_AFTER].join('|')})\\b`;
const HAIKU_MODEL = new RegExp(
  '\\b(?:claude|sonnet|opus|anthropic)\\b[^.!?\\n]{0,25}\\bhaiku\\b|\\bhaiku\\b[^.!?\\n]{0,25}\\b(?:claude|sonnet|opus|anthropic)\\b|' +
    // fix53d: the model said able to do a task ("check if haiku can read our alert payload json").
    '\\bhaiku\\s+(?:can|could|will|would|is\\s+able\\s+to|handles?|reads?|parses?|understands?|summari[sz]es?|manages?)\\b|' +
    '\\b(?:for|try|trying|test|testing|call|calling|use|using|with|vs|versus|to|against|on)\\s+(?:(?:claude|anthropic|bedrock)[\\s_-]+)?(?:\\d[\\d.]*[\\s_-]+)?haiku\\b(?!\\s*:)|' +
    `\\bhaiku[\\s_-]+${HAIKU_THINGS}`,
);
/**
 * The poem, whoever wrote it: "a haiku", "this haiku", "a bedrock haiku" (a determiner other than
 * "the", no model's name between, no model's thing after: "my haiku evals", "the claude haiku
 * summaries" are the model), "haiku:" or "haiku about", and "wrote/write … haiku". "Sonnet wrote this haiku — revoke the growth key" is a poem.
 */
const HAIKU_POEM = new RegExp(
  `\\b(?:a|an|this|that|my|our|his|her|their|your)\\s+(?:(?!claude|sonnet|opus|anthropic)[a-z']+\\s+)?haikus?\\b(?![\\s_-]+${HAIKU_THINGS})|` +
    '\\bhaikus?\\s*(?::|about\\b|—)|\\b(?:wrote|write|writes|writing|written|composed|penned)\\b[^.!?\\n]{0,20}\\bhaikus?\\b',
);
/** (A rule of how often; the prepared text has taken out a duration after "every", leaving it last.) */
const SAYING_RULE =
  /\b(?:must|should|shall|has\s+to|have\s+to|needs?\s+to|wants?\s+(?:us|everyone|teams|people)\s+to|required\s+to|expected\s+to)\s+(?:[a-z0-9_']+\s+){0,6}?every(?:\s+(?:xxdur|\d+\s+[a-z]+|day|week|month|quarter|year)\b|\s*(?=[.,;!?]|$))/;
const SAYING_BY =
  /\bby\s+(?:q[1-4]|eoy|eoq|end\s+of\s+(?:the\s+)?(?:year|quarter|q[1-4]))\b|\d\s*(?:%|percent)\s+of\b/;

/**
 * A meme's format: "me: needs token. also me: forgets to ask", "nobody: … me: …", "pov: you …". The
 * lines are a joke about the speaker, not a request, whatever they name.
 */
const SAYING_MEME =
  /(?:^|[.!?;\n])\W*(?:also\s+me|nobody|no\s+one|literally\s+(?:nobody|no\s+one)|pov|me\s+irl)\s*:/;

/** A saying, goal or rule of how often (the SAYING_ expressions above), not an order. */
/**
 * Asks for something in so many words somewhere in the text ("my manager asked me to request a key
 * …", "i'd like to test in their region: token 1h jakarta", "please …"), whatever its form.
 */
export function asksInWords(text: string): boolean {
  return REQUEST_FRAME.test(text) || ASKED_TO_ASK.test(text) || relayedRequest(text) || passiveNeed(text);
}
/**
 * A credential of ours that must be changed, now, said of the key ("the payroll-audit key has to be
 * revoked TODAY", "the ads key needs to be rotated asap, it leaked"): a need stated as a statement.
 * Not for later or on a condition ("…every 90 days", "…before the audit next month", "if the vendor
 * leaves, their key has to be revoked"), not asked ("does it need to be rotated?"), nor mused.
 */
const PASSIVE_NEED =
  /\b(?:keys?|creds?|credentials?|access_keys?|api_keys?)\s+(?:(?:really|urgently|absolutely|definitely)\s+)?(?:has\s+to|have\s+to|has\s+got\s+to|must|needs?\s+to|got\s+to|gotta)\s+be\s+(?:revoked|rotated|deprovisioned|disabled|killed|regenerated|replaced|reissued)\b/;
const passiveNeed = (text: string): boolean =>
  text.includes(' be ') &&
  PASSIVE_NEED.test(text) &&
  !NEED_LATER.test(text) &&
  !MUSING.test(text) &&
  !text.includes('?') &&
  !/^\W*(?:(?:so|hey|and|ok|okay|well|but|um|uh|hmm|wait|quick\s+q(?:uestion)?)\W+)*(?:do|does|did|is|are|should|would|will|must)\b/.test(
    text,
  ) &&
  !NEED_DOUBTED.test(text);
/**
 * Doubted, reported, quoted or due later: "nobody thinks …", "not convinced …", "apparently …",
 * "Jira title: …", "… has to be revoked in 30 days" (prepared text says "in xxdur").
 */
const NEED_DOUBTED =
  /\b(?:nobody|no\s+one|not\s+(?:convinced|sure|certain)|unsure|apparently|allegedly|supposedly|doubt|doubts|doubtful|rumou?r)\b|\b(?:title|subject|heading|headline|summary|ticket|jira|story)\s*:|\b(?:in|within)\s+(?:the\s+next\s+)?(?:xxdur|\d+\s+[a-z]+|a\s+(?:day|week|month|year)|two\s+weeks|a\s+few\s+days)\b/;
/** A need of a key's change doubted, reported or quoted ("nobody thinks the ads key has to be revoked"): no request. */
export const doubtedNeed = (text: string): boolean =>
  text.includes(' be ') && PASSIVE_NEED.test(text) && NEED_DOUBTED.test(text);
/** Told by someone to get a credential: "our director told us to get a key", "I was asked to request a token". */
const TOLD_TO_GET = /\b(?:asked|told)\s+(?:me|us)\s+to\s+(?:request|get|ask\s+for|grab|obtain)\b/;
export const toldToGet = (text: string): boolean => TOLD_TO_GET.test(text);
/** "is there any way we could get a token …": a request for one, put as whether it can be had. */
const ASKED_TO_ASK =
  /\b(?:asked|told)\s+(?:me|us)\s+to\s+(?:request|get|ask\s+for|grab|obtain)\b|\bbe\s+(?:very\s+|so\s+|really\s+|most\s+)?grateful\b|\bany\s+way\s+(?:i|we)\s+(?:could|can|might)\s+(?:get|have)\b/;

export function isSaying(text: string): boolean {
  return (
    (text.includes(':') && (SAYING_LABEL.test(text) || SAYING_MEME.test(text))) ||
    SAYING_WORD.test(text) ||
    (text.includes('haiku') &&
      (HAIKU_POEM.test(text) || !(HAIKU_MODEL.test(text) || haikuNamedAsModel(text)))) ||
    (text.includes('every') && SAYING_RULE.test(text)) ||
    ((text.includes('by ') || text.includes('%') || text.includes('percent')) && sayingBy(text))
  );
}

/**
 * fix37b, tuned-dating: a share inside a condition is the condition's, not a goal's ("revoke the v1 key once v2 is
 * serving 100% of traffic" asks to revoke when it holds; "OKR: rotate 100% of keys by Q3" is a goal).
 */
const CONDITION_OPEN = /\b(?:once|when|after|until|till|as\s+soon\s+as|if)\b[^.!?;,\n]*$/;
function sayingBy(text: string): boolean {
  const m = SAYING_BY.exec(text);
  return m !== null && !CONDITION_OPEN.test(text.slice(0, m.index));
}

/**
 * "we need to rotate the key of tradu", "the key of payments we must change, it leaked": the speaker's
 * own need, now, is a request put as a statement (English as a second language says so more than it
 * says "please rotate"), asked about before anything is done. Not when it is for later or on a
 * condition ("when the contractor leaves we need to revoke their key", "we must rotate every 90
 * days"), and not another musing ("I think we need to …", "someone must …").
 */
const STATED_NEED = /\bwe\s+(?:really\s+|urgently\s+|absolutely\s+)?(?:must|need\s+to|have\s+to)\b/;
/** (The same, every one: to take them out. A `g` pattern keeps lastIndex between tests.) */
const STATED_NEEDS = new RegExp(STATED_NEED.source, 'g');
const NEED_LATER =
  /\b(?:when|once|after|before|until|if|whenever|every|next|later|soon|eventually|future|tomorrow|someday|monday|tuesday|wednesday|thursday|friday|weekend|week|month|quarter|year)\b/;
const statedNeed = (text: string): boolean =>
  text.includes('we ') &&
  STATED_NEED.test(text) &&
  !NEED_LATER.test(text) &&
  !MUSING.test(text.replace(STATED_NEEDS, ' '));

/**
 * The speaker's own need, now, to change a key of ours, put as a statement (round seventeen): "we need
 * to rotate the key for the Fraud Squad asap", "we must revoke the sre key", opening its sentence. A
 * request in form for the rules' reading to hold (parse-request.ts), still asked about first; not on a condition or for later (statedNeed), nor for other things ("we need to
 * rotate the standup host"), nor reported, doubted or asked ("the auditor said we need to …", "not
 * sure we need to …", "do we need to …").
 */
const NEED_OF_OURS =
  /(?:^|[.!;:\n]\s*)(?:(?:so|ok|okay|hi|hey|folks|team|all|urgent|fyi)\W+)*we\s+(?:really\s+|urgently\s+|absolutely\s+)?(?:must|need\s+to|have\s+to)\s+(?:rotate|revoke|regenerate|replace|cycle|kill|disable)\s+(?:the|our|that|this|their|its|[a-z0-9_]+'s)\s+(?:[a-z0-9_-]+\s+){0,3}?(?:keys?|api_keys?|access_keys?|creds?|credentials?)\b/;
/** A sentence of doubt alone, before the need: "not sure. we need to …", "no idea. we need to …". */
const DOUBT_BEFORE =
  /(?:^|[.!;:\n])\W*(?:(?:hmm+|um+|uh+|well|honestly|tbh|ok|okay)\W+)*(?:not\s+(?:sure|certain)|unsure|maybe|perhaps|possibly|probably|no\s+idea|dunno|idk|i\s+(?:don'?t|do\s+not)\s+know|hard\s+to\s+say|who\s+knows)(?:\W+(?:tbh|honestly|really|tho|though|either))*\W*$/;
/**
 * Round thirty-four: the need of ours doubted in its own clause, "not sure we need to rotate the ads key", "I'm
 * not convinced we have to revoke it", "unsure whether we need to …": a guess, no request. ("not sure why, but we
 * need to rotate …" still asks.)
 */
const DOUBTED_OWN_NEED =
  /(?:^|[.!;:,\n]\s*)(?:(?:i'?m|im|i\s+am|honestly|tbh|still)\s+)*(?:not\s+(?:sure|certain|convinced)|unsure|doubt)\s+(?:(?:if|whether|that)\s+)?we\s+(?:really\s+|even\s+|actually\s+)?(?:need|have|must|should)\b/;
/**
 * A need of ours after a sentence of doubt alone: "not sure. we need to rotate the payments key" answers
 * a question with a guess and asks nothing (`story`: the sentences left out before the text, where the
 * doubt may have gone: "dunno. we need to …"). "Sure. We need to …" and "The key leaked. We need to …" do ask.
 */
export function needDoubtedBefore(text: string, story = ''): boolean {
  if (!text.includes('we ')) return false;
  if (DOUBTED_OWN_NEED.test(text)) return true;
  // (The story cut out may leave its comma: " , we need to …".)
  const own = text.replace(/^[\s,]+/, '');
  const need = NEED_OF_OURS.exec(own);
  return need !== null && DOUBT_BEFORE.test(need.index > 0 ? own.slice(0, need.index) : story);
}
export function ownNeedOfOurs(text: string, story = ''): boolean {
  return (
    text.includes('we ') &&
    !text.includes('?') &&
    // (The story cut out before may leave its comma: " , we need to rotate …", as needDoubtedBefore reads it.)
    NEED_OF_OURS.test(text.replace(/^[\s,]+/, '')) &&
    statedNeed(text) &&
    !needDoubtedBefore(text, story) &&
    // (known24: not one told for a time to come, "next sprint we need a key for the recsys team".)
    !FUTURE_OPENED_NEED.test(text)
  );
}

/** Where the last sentence starts: after . ! ? ; or a line break, then space. */
const LAST_SENTENCE = /[.!?;\n]+\s*([^.!?;\n]*[a-z0-9][^.!?;\n]*)[.!?;\s]*$/;

/**
 * Does the text end in a sentence of its own that is an instruction and no saying, after a saying
 * in an earlier one ("My goal is the doc-intel pipeline in production by Q2. … token for 2h.")? A
 * goal told before a request does not make the request a goal.
 */
export function askedAfterSaying(text: string): boolean {
  const last = LAST_SENTENCE.exec(text)?.[1];
  return (
    last !== undefined &&
    NAMES_WHAT.test(last) &&
    !isSaying(last) &&
    !NOTE_FOR_LATER.test(last) &&
    formOf(last) === 'instruction'
  );
}
/** A credential, a value or a "please": the sentence asks for something ("revoke, rotate, repeat" names nothing). */
const NAMES_WHAT =
  /\b(?:tokens?|keys?|creds?|credentials?|access|api_key|access_keys?|xxkeyid|xxdur|xxregion|please|pls|plz)\b/;

/** "we'll need to revoke their key once the contract ends", "todo: rotate x": a remark for later. */
/**
 * A need of ours in someone's words, reported ("nobody told me we need to revoke the growth key", "the
 * auditor said we must rotate it", "she mentioned that we have to replace the ledger key"): a remark about
 * what was said, asked of nobody (as "the auditor said we need to …" reads already).
 */
const REPORTED_NEED =
  /\b(?:told|tells|said|says|mentioned|warned|reminded)\s+(?:(?:me|us|them|you|him|her)\s+)?(?:that\s+)?we\s+(?:really\s+)?(?:need\s+to|must|have\s+to|should)\b/;
/** known24: a need told in the present for a time to come that opens the text ("next sprint we need a key …"). */
export const futureNeedTold = (text: string): boolean =>
  (text.includes('need') && FUTURE_OPENED_NEED.test(text)) || CONDITION_OPENED_NEED.test(text);
/**
 * fix34a: a condition yet to come opening the text, then a need told in the future tense ("once the vendor contract
 * ends we will need to revoke their key", "when the pilot wraps up we'll have to rotate it"): a remark for later,
 * however surely the classifier reads the action (a request on a condition is put as one: "revoke the ads key once
 * the new one is live", later-condition.ts).
 */
const CONDITION_OPENED_NEED =
  /^\s*(?:(?:so|and|also|fyi|btw)\s+)?(?:once|when|after|as\s+soon\s+as)\s+[^,.!?;:]{3,80}?\s+(?:we|i|they|you)\s*(?:will|'ll|’ll|are\s+going\s+to|'re\s+going\s+to|are\s+gonna|'re\s+gonna)\s+(?:probably\s+|also\s+|then\s+|likely\s+)?(?:need|have)\s+to\b/;

/**
 * Round thirty-four: our own change told for when something else is done, the condition first ("once the new key
 * is live we'll revoke the old one", "when the migration lands we will rotate the ads key"): a plan told.
 */
// (fix41b, tuned-cosmetics: and a supposition, "if we ever lose the shade-match key we'll just rotate it, no drama": the
// plan for a case that may come.)
const PLAN_AFTER_CONDITION =
  /^\W*(?:once|when|after|as\s+soon\s+as|whenever|if)\b[^.!?\n]*?\b(?:we'?ll|we\s+will|we'?re\s+(?:going\s+to|gonna)|we\s+are\s+going\s+to)\s+(?:(?:then|just|also|probably)\s+)?(?:revoke|rotate|kill|deprovision|offboard|delete|remove|disable|regenerate|cycle|retire)\b/;
export function remarkForLater(text: string): boolean {
  return (
    NOTE_FOR_LATER.test(text) ||
    (text.includes('we') && PLAN_AFTER_CONDITION.test(text)) ||
    (text.includes('we ') && REPORTED_NEED.test(text)) ||
    (MUSING.test(text) && !statedNeed(text)) ||
    (FUTURE_NEED.test(text) && LATER.test(text)) ||
    futureNeedTold(text) ||
    isSaying(text)
  );
}

/** Clauses of a prepared text: split at . ! ? ; : and line breaks, commas, dashes and "but". */
function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  // Parts and the punctuation after each: "a, b? c" → "a", ",", " b", "?", " c".
  const parts = text.split(CLAUSE_BREAK);
  let opens = true;
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i] ?? '';
    const opening = opens;
    if (HAS_WORD.test(part)) opens = false;
    if (/[.!?:\n]/.test(parts[i + 1] ?? '')) opens = true;
    if (!HAS_WORD.test(part)) continue;
    // A clause is asked when its sentence ends in "?" (the next sentence end, past commas).
    let asked = false;
    for (let j = i + 1; j < parts.length; j += 2) {
      const end = parts[j] ?? '';
      if (end.includes('?')) asked = true;
      if (/[.!?;:\n]/.test(end)) break;
    }
    // (units27: a clause inside brackets, "(black friday is killing us 😭)", is an aside.)
    const aside =
      (parts[i - 1] ?? '').includes('(') && ((parts[i + 1] ?? '').includes(')') || i + 1 >= parts.length);
    out.push({ text: part, asked, opens: opening, aside });
  }
  return out;
}

interface Clause {
  text: string;
  /** Its sentence ends in "?". */
  asked: boolean;
  /** It opens a sentence (after . ! ? : or a line break, or first). */
  opens: boolean;
  /** It stands inside brackets of its own. */
  aside: boolean;
}
const CLAUSE_BREAK = /([.!?;:,\n()—–]+|\s-+\s|\bbut\b)/;
const HAS_WORD = /[a-z0-9]/;

/** The clause's words (words-in.ts: read once however often they are asked for). */
/**
 * A clause's words, a polite word glued to the number after it read as two ("pls3 hours token for growth", typed on a
 * phone: round thirty-five's retrain doubted it, and its form is a request like "pls 3 hours token").
 */
function wordsOf(text: string): readonly string[] {
  const all = wordsIn(text);
  return all.some((w) => GLUED_POLITE.test(w))
    ? all.flatMap((w) => {
        const m = GLUED_POLITE.exec(w);
        return m === null ? [w] : [m[1] ?? '', w.slice((m[1] ?? '').length)];
      })
    : all;
}
const GLUED_POLITE = /^(pls|plz|please)\d/;

/** The clause's words after its openers ("hey bot, pls …" → "…"). */
function body(all: readonly string[]): string[] {
  let i = 0;
  while (i < all.length - 1 && OPENERS.has(all[i] ?? '')) i++;
  return all.slice(i);
}

const isChangeVerb = (w: string): boolean => CHANGE.has(LEXICON[w] ?? '') && !NOT_BASE.test(w);
const isCredential = (w: string): boolean =>
  CREDENTIAL_TAGS.has(LEXICON[w] ?? '') || w === 'tokn' || w === 'kye';
const isCue = (w: string): boolean =>
  CUE_TAGS.has(LEXICON[w] ?? '') || CUE_WORDS.has(w) || COMMAND_VERBS.has(w);

/** "is the owner", "will be the contact", "are our approvers": what a named person is. */
const NAMED_AS =
  /^(?:is|are|was|were|(?:will|would|should|shall)\s+be)\s+(?:the|a|an|our|their|its|his|her)\b/;
/** Words that may start a supposition: the regular expression runs only when one is there. */
const SUPPOSITION_HINT = /\b(?:if|supp|imagin|assum|hypoth|whether|in case|say|theory|happens|would)/;
/** Endings and words a story needs: the regular expression runs only when one is there. */
const NARRATIVE_HINT = /(?:ed|ing|got|gave|made)\b/;

/** The form of one clause (its words already cut out). */
function clauseMood(
  clause: string,
  all: readonly string[],
  asked: boolean,
  short: boolean,
  message = '',
): Mood | typeof FRAGMENT {
  if (clause.includes('if ') || clause.includes('needful'))
    all = wordsOf(clause.replace(POLITE_IF, ' ').replace(/\bdo\s+the\s+needful\b/g, 'please'));
  const w = body(all);
  const text = w.join(' ');
  const first = w[0] ?? '';
  // "<@U…> is the owner": a person named, then said to be something, is the clause's subject, not
  // the one addressed; told without a question mark, it asks nothing.
  if (all[0] === 'xxuser' && w !== all && !asked && NAMED_AS.test(text)) return 'statement';
  // "is it okay if I get a token now?": asking leave to get one is asking for one.
  if (OK_IF_I_GET.test(text)) return 'instruction';
  const supposition = SUPPOSITION_HINT.test(text) ? HYPOTHETICAL.exec(text) : null;
  if (supposition !== null) {
    const object = w.findIndex((x) => isCredential(x) || (isChangeVerb(x) && !WISH.test(x)));
    const objectAt = object < 0 ? text.length : w.slice(0, object).join(' ').length;
    // "if I needed a token …" supposes; "rotate it, if it's not too much trouble" asks.
    if (supposition.index <= objectAt) return 'hypothetical';
  }
  // "help token", "man bedrock", "give me an example request for a token": asking how, not what.
  if (LEXICON[first] === 'Help' || first === 'man' || EXAMPLE.test(text)) return 'question';
  // Addressed to the people in the channel: "pls everyone revoke old tokens", "folks, rotate …".
  if (PEOPLE.has(first) && (isChangeVerb(w[1] ?? '') || COMMAND_VERBS.has(w[1] ?? ''))) return 'statement';
  if (PEOPLE.has(first) && w.length === 1) return 'statement';
  // Command form: the clause opens with a verb of ours ("rotate the key we created last week"),
  // unless it is for later ("rotate the ci key next week").
  if (isChangeVerb(first) || COMMAND_VERBS.has(first))
    return LATER_COMMAND.test(text) ? 'statement' : 'instruction';
  // ("when the contractor leaves we'll need to …": "when"/"where" without "?" join a clause.)
  if (WH_START.test(text) && !WH_SUGGESTION.test(text) && (asked || !/^(?:when|where)\b/.test(text)))
    return 'question';
  const aux = AUX_START.exec(text);
  if (aux && SUBJECTS.has(aux[1] ?? '') && !/^(?:can|could|would|will|cud|cn|cna)\s+(?:you|u)\b/.test(text)) {
    // "can I get a token?", "could we have a key for growth" ask for something: a request frame.
    // So does "would it be possible to get a key …", "is it possible to have a token …".
    const asksFor =
      (/^(?:can|could|may|cna)\s+(?:i|we|xxuser)\b/.test(text) && REQUEST_FRAME.test(text)) ||
      OK_IF_I_GET.test(text) ||
      (/^(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:renew|extend|refresh)\b/.test(text) &&
        !/\bwithout\b/.test(text)) ||
      /\bpossible\s+to\s+(?:get|have|make|create|generate|issue)\b|\bbe\s+possible\b/.test(text) ||
      // "can data-science get a key", "could the ads team have bedrock": asking for someone named.
      /^(?:can|could|may)\s+(?:the\s+)?[a-z0-9_]+(?:\s+team)?\s+(?:please\s+)?(?:get|have)\b/.test(text) ||
      // requests26: "can the bot set up a long-term key for x, owner …, 90 days?": the bot spoken of in the
      // third person and asked to do one thing for a named object, as "can you …" asks.
      BOT_ASKED_TO_DO.test(text) ||
      BOT_ASKED_TO_DO_NAMED.test(text);
    return asksFor ? 'instruction' : 'question';
  }
  if (/^(?:can|could|may)\s+[a-z0-9_]+\s+(?:please\s+)?(?:get|have)\b/.test(text)) return 'instruction';
  // "is decom reversible?", "does rotation break running jobs?": an auxiliary that opens a clause
  // asked with "?" asks how things are, whatever its subject (not "can you …", a request frame).
  if (aux && asked && !REQUEST_FRAME.test(text)) return 'question';
  const framed = REQUEST_FRAME.test(all.join(' '));
  if (text.includes('like') && WISHED_DONE.test(text) && !WISH_HELD.test(message.toLowerCase()))
    return 'instruction';
  if (
    NARRATIVE_HINT.test(text) &&
    // (fix58 acts: not a person described by what brought them in, "token for the consultant we onboarded".)
    NARRATIVE.test(withoutPersonDescribed(text)) &&
    !(framed && /\b(?:please|pls|plz|kindly)\b/.test(clause))
  )
    return 'narrative';
  if (MUSING.test(text) && !/^(?:can|could|would|will)\s+(?:you|u)\b/.test(text)) return 'statement';
  // "next sprint we will need an api key": a need for later is no request yet.
  if (FUTURE_NEED.test(text) && LATER.test(clause)) return 'statement';
  // known24: the same need told in the present for a time to come that opens the clause ("next sprint we
  // need a key for the recsys team", "in q3 the pricing team needs a key").
  if (futureNeedTold(text)) return 'statement';
  if (framed) return 'instruction';
  // A credential noun phrase: "token 2h", "a key for growth", "new api key for x".
  const start = DETERMINERS.has(first) && w[1] !== undefined ? w[1] : first;
  if (isCredential(start) || start.startsWith('xx') || isCredential(first)) {
    // … with no verb of its own.
    const finite = w.some((x) => FINITE.has(x));
    // "max token lifetime?", "token or key for a github action?", "token --help": asking about one.
    if (!finite && (w.some((x) => LEXICON[x] === 'Help') || (asked && ABOUT_A_KIND.test(text))))
      return 'question';
    if (!finite) return asked && w.length > 8 ? 'question' : FRAGMENT;
  }
  if (short && w.some((x) => isCredential(x) || isChangeVerb(x)))
    return asked && ABOUT_A_KIND.test(text) ? 'question' : FRAGMENT;
  return asked ? 'question' : 'statement';
}

/**
 * Where the clause that makes a message an instruction starts ("we rotated it last month but it
 * leaked again, rotate the key for search-api please" → "rotate the key …"), or null when no clause
 * is one (or it is the first).
 */
export function instructionStart(text: string): number | null {
  const parts = text.split(CLAUSE_BREAK);
  // (One clause: an instruction there starts the text, which is no start after a story.)
  if (parts.length === 1) return null;
  const clauses = clausesOf(text);
  const short = clauses.reduce((n, c) => n + wordsOf(c.text).length, 0) <= 3;
  let at = 0;
  let index = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i] ?? '';
    const from = at;
    at += part.length + (parts[i + 1]?.length ?? 0);
    if (!HAS_WORD.test(part)) continue;
    const c = clauses[index++];
    if (c === undefined) break;
    const w = wordsOf(c.text);
    if (clauseMood(c.text, w, c.asked, short) === 'instruction' && w.some(isCue))
      return from === 0 ? null : from;
  }
  return null;
}

/** A noun phrase standing for a request ("token 2h", "a key for growth"): an instruction on its own. */
const FRAGMENT = 'fragment';

/** Past verbs that, opening the clause after a noun phrase, tell what it did ("…, expired before lunch"). */
const TOLD_PREDICATE = new Set(words("expired broke failed stopped worked wasn't weren't"));

const FINITE = new Set(
  words("is are was were works worked expired broke failed stopped has had have does did do isn't wasn't"),
);

/** Moods of the last few texts: a parse asks about the same text (or its un-negated rest) again. */
const recent = new Map<string, Mood>();

/** The form of a message: an instruction when one of its clauses is one that names something of ours. */
export function moodOf(text: string): Mood {
  const known = recent.get(text);
  if (known !== undefined) return known;
  const mood =
    NOTE_FOR_LATER.test(text) ||
    (text.includes(':') && SAYING_MEME.test(text)) ||
    (isSaying(text) && !askedAfterSaying(text))
      ? 'statement'
      : formOf(text);
  if (recent.size >= 8) recent.clear();
  recent.set(text, mood);
  return mood;
}

function formOf(text: string): Mood {
  const clauses = clausesOf(text);
  const words = clauses.map((c) => wordsOf(c.text));
  let count = 0;
  for (const w of words) count += w.length;
  const short = count <= 3;
  let other: Mood = 'statement';
  let found: Mood | null = null;
  let fragment = false;
  let lastSentence = false;
  let held = false;
  let hadBefore = false;
  let cued = false;
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i] as Clause;
    const w = words[i] ?? [];
    // (train27i: "ok got it, and one more token for the CI box, 1 hour": an acknowledgement of the reply
    // before is no story of what was got; the clause says nothing of its own.)
    if (w.length <= 6 && (w.includes('got') || w.includes('gotcha')) && ACKNOWLEDGED.test(w.join(' ')))
      continue;
    const mood = clauseMood(c.text, w, c.asked, short, text);
    // (Session fifty: "the 60-day rotation of the claims-bot key is due, go ahead": a bare go-ahead after a told clause
    // that names our action tells the bot to do it; the go-ahead names nothing itself.)
    if (i > 0 && !c.asked && cued && GO_AHEAD_ONLY.test(w.join(' '))) {
      found = 'instruction';
      break;
    }
    if (!c.asked && w.some(isCue)) cued = true;
    if (c.opens) {
      held = false;
      hadBefore = false;
    }
    // (requests26: "we already have a long-term key for docs-bot, 30 days, owner <@U…>": the values after a
    // credential said to be held already are that credential's, in its sentence: no request of their own.)
    if (mood === 'statement' && ALREADY_HELD.test(w.join(' '))) held = true;
    else if (held && mood === FRAGMENT) continue;
    // (Round thirty-five: "I had a key for growth, and a token for 2h yesterday": a noun phrase joined by "and" to a
    // clause telling what the writer had is the same verb's second object, told, not asked; with "please" it asks.)
    if (mood === 'statement' && HAD_BEFORE.test(w.join(' '))) hadBefore = true;
    else if (hadBefore && mood === FRAGMENT && w[0] === 'and' && !w.some((x) => POLITE.has(x))) continue;
    if (c.opens) lastSentence = false;
    // ("Token for 2h, as usual, expired before lunch.": the noun phrase is the subject of a verb that
    // tells what happened, no request.)
    else if (fragment && TOLD_PREDICATE.has(w[0] ?? '')) {
      fragment = false;
      lastSentence = false;
    }
    if (mood === 'instruction' || mood === FRAGMENT) {
      if (!w.some(isCue)) continue;
      if (mood === FRAGMENT) {
        fragment = true;
        // "… and they've asked me to run it from here. Token for 2 hours in Mumbai.": a request
        // said as a noun phrase with its values, in a sentence of its own after the story.
        if (c.opens && i > 0 && !c.asked && w.some((x) => FRAGMENT_VALUES.has(x))) lastSentence = true;
        continue;
      }
      found = 'instruction';
      break;
    }
    // (units24: "key for whoever owns stock-lists-sync, they asked me to sort it": who asked the speaker to
    // get it, told after the request's noun phrase, is why it is asked, no story that takes it back.)
    if (mood === 'narrative' && fragment && ASKED_OF_ME.test(w.join(' '))) continue;
    // ("token 6h, using titan embeddings to search the stock lists": "using …" in the noun phrase's own
    // sentence, no subject of its own, tells what the credential is for, not what was done.)
    // (fix24c: not when it asks: "token 6h, using which region?", "…, using it for the demo is fine?".)
    if (mood === 'narrative' && fragment && !c.opens && !c.asked && w[0] === 'using') continue;
    // (req29: "token in canada 4h, the vancouver unit is using it", "…, they're using it for the captions": who
    // uses the credential asked for, told in the noun phrase's sentence, is why it is asked, no story.)
    if (mood === 'narrative' && fragment && !c.opens && !c.asked && USING_IT.test(w.join(' '))) continue;
    // (units27: "token 6hrs for the shop team's product descriptions (black friday is killing us 😭)": a
    // bracketed aside after the noun phrase says how the writer is doing, no story that takes it back.)
    if (mood === 'narrative' && fragment && c.aside && !c.asked) continue;
    // ("Token for 2h, as usual, expired before lunch.": a story told of the noun phrase.)
    if (mood === 'narrative') lastSentence = false;
    // ("hi hi, sorry to bug, 3h token for me?": a filler clause asked with the request asks nothing.)
    const filler =
      mood === 'question' && !w.some(isCue) && !WH_START.test(w.join(' ')) && !AUX_START.test(w.join(' '));
    if (other === 'statement' && !filler) other = mood;
  }
  // A bare noun phrase is a request unless another clause makes it a question or a supposition
  // ("hypothetically, a key for the intern project, would that need approval").
  if (found === null && fragment)
    found = other === 'statement' || (other === 'narrative' && lastSentence) ? 'instruction' : other;
  return found ?? other;
}

/** A clause that is only a go-ahead: "go ahead", "please proceed", "ok do it now", "go for it". */
const GO_AHEAD_ONLY =
  /^(?:(?:ok|okay|so|then|yes|pls|please|plz|kindly)\s+){0,2}(?:go\s+ahead|proceed|do\s+it|go\s+for\s+it)(?:\s+(?:please|pls|plz|now|then|thanks|thx))*$/;

/** "… is using it", "they're using it", "are gonna be using it": someone uses the credential asked for. */
const USING_IT =
  /\b(?:is|are|they're|theyre|they’re|we're|we’re|(?:is|are)\s+(?:gonna|going\s+to)\s+be|will\s+be)\s+using\s+it\b/;

/** A clause that only acknowledges a reply: "got it", "ok got it thanks", "gotcha". */
const ACKNOWLEDGED =
  /^(?:(?:ok|okay|ah|oh|right|great|cool|perfect|thanks|thx|ty|nice|alright|yes|yep)\s+){0,3}(?:got\s+it|gotcha)(?:\s+(?:thanks|thx|ty|now))?$/;

/** What the writer had or used before: "I had a key for growth", "we used a token". */
const HAD_BEFORE = /^(?:(?:so|but|fyi)\s+)?(?:we|i|they)\s+(?:had|got|used)\b/;
/** Politeness that makes a joined noun phrase a request of its own. */
const POLITE = new Set(words('please pls plz'));

/** A credential said to be held already: "we already have a key for x", "they already got one". */
const ALREADY_HELD =
  /^(?:(?:so|but|and|fyi)\s+)?(?:we|i|they|[a-z0-9_]+)\s+(?:already|still)\s+(?:have|has|got|own|owns|hold|holds)\b/;

/**
 * Someone asked the speaker to do it: "they asked me to sort it", "my lead wants me to handle it"; or where
 * and when they asked (units26b: "key for whoever owns subtitle-sync, they asked me in DM").
 */
const ASKED_OF_ME =
  /^(?:they|he|she|my\s+[a-z]+|the\s+[a-z]+|[a-z]+)\s+(?:asked|told|wants?|wanted|pinged|needs?|needed|begged)\s+(?:me|us)(?:\s+(?:to|about|for|in|on|via|over|earlier|yesterday|today|this)\b|$)/;

/** Values and politeness that make a noun phrase a request of its own ("token for 2h please"). */
const FRAGMENT_VALUES = new Set(words('xxdur xxregion xxuser xxemail please pls plz'));

/** Systems and secrets that are not ours: their keys and tokens are no Bedrock credentials. */
const FOREIGN = new Set(
  words(
    'github gitlab bitbucket npm pypi docker dockerhub ssh gpg pgp ssl tls cert certs certificate certificates ' +
      'x509 jwt oauth gh slack jira confluence stripe twilio sendgrid datadog sentry pagerduty okta auth0 google ' +
      'gcp azure heroku vercel netlify cloudflare snowflake salesforce hubspot zendesk figma notion vpn yubikey ' +
      'mfa 2fa otp totp kafka postgres postgresql mysql redis mongo mongodb database db pat wifi password ' +
      'passwords passphrase kubeconfig ldap sso saml gmail outlook office365 zoom dropbox ' +
      'schedule schedules pager on_call oncall duty standup invite invites ticket tickets gdrive sharepoint ' +
      'folder folders drive vault hashicorp jenkins artifactory keycloak onelogin entra ' +
      'workday badge badges ec2 instance instances vm vms grafana prometheus newrelic splunk opsgenie circleci ' +
      'buildkite launchdarkly mixpanel algolia mailgun mailchimp 1password lastpass bitwarden dashlane openai ' +
      'vertex supabase firebase doppler infisical shopify servicenow',
  ),
);
const FOREIGN_RE = new RegExp(`(?<![a-z0-9_'])(?:${[...FOREIGN].join('|')})(?![a-z0-9_'])`);
/**
 * Our thing said to be put where it leaked: "had it in", "pasted it on", "committed them to". (fix36a, tuned-winery:
 * or said to be there, "revoke this one: ABSK… it was sitting in the export folder".)
 */
const LEAKED_IT_INTO =
  /\b(?:had|left|kept|pasted|posted|pushed|committed|put|leaked|exposed|shared|dropped|uploaded)\s+(?:it|them)\s+(?:in|on|into|to)\b|\b(?:it|they)\s+(?:was|were|has\s+been|had\s+been)\s+(?:(?:just|still)\s+)?(?:sitting|lying|left|saved|stored|kept|pasted|posted|visible|exposed)\s+(?:in|on)\b/;
/**
 * train28i: where the work went, told after the request ("decommission qa-analytics, the dashboards moved to
 * snowflake", "offboard team-atlas, they migrated to azure"): the other system is the new home, no object.
 */
const MOVED_TO =
  /\b(?:moved|migrated|switched|moving|migrating|switching|went)\s+(?:over\s+|across\s+)?(?:to|into|onto)\b/;
/** A team noun of people, a cheap look before FOREIGN_IN_TEAM. */
const TEAM_WORDS_HINT = /\b(?:team|squad|crew|dept|department)\b/;
/**
 * Words of FOREIGN that are plain words, no system with credentials of its own: one of them may open a team's
 * name ("the duty compliance team"); a system's name may not (fix24b: "rotate the vault access team
 * credentials", "revoke the slack admin team token" are the vault's and Slack's).
 */
const FOREIGN_PLAIN = words(
  'duty schedule schedules standup invite invites ticket tickets on_call oncall wifi wi_fi',
).filter((w) => FOREIGN.has(w));
/** A plain word of FOREIGN opening a team's name of two or three words ("the duty compliance team"). */
const FOREIGN_IN_TEAM = new RegExp(
  `(?<![a-z0-9_'])(?:${FOREIGN_PLAIN.join('|')})(?:\\s+[a-z]{2,}){1,2}\\s+(?:team|squad|crew|dept|department)\\b`,
  'g',
);
// (A count of tokens a model reads runs to tens and thousands, "50 tokens", "4k tokens"; a handful, "we've been
// through 4 tokens today", is of ours. fix37c, tuned-edtech: so are tokens per person, "is there a limit on tokens per
// person per day?": ours handed out, not a model's per minute. fix41e, tuned-forms: and per day or week, or "max tokens
// per person", "is there a limit on tokens per day?": a limit of ours on tokens handed out. post41a: not per day
// for a model named, "tokens per day limit for llama in us-east-1": the model's quota.)
const MODEL_TOKENS =
  /\b(?:more|extra|input|output|prompt|completion|context|[0-9]{2,}|[0-9]+k|thousand|million)\s+tokens\b|\bmax\s+tokens\b(?!\s+(?:per|a)\s+(?:person|user|head|member|day|week)\b)|\b(?:input|output|prompt|completion)\s+token\b|\btokens?\s+(?:per(?!\s+(?:person|user|head|member|employee|engineer|developer|dev|team|unit|seat|day|week)\b)|count|budget|usage|window|quota)\b|\bcontext\s+window\b|\btokeni[sz](?:er|ation|ed)\b|\btokens?\s+per\s+(?:day|week)\b[^.!?\n]{0,40}?\b(?:for|on|of|with|in)\s+(?:the\s+)?(?:llama|claude|nova|titan|mistral|mixtral|cohere|command|deepseek|jamba|sonnet|opus|haiku|gpt|gemini|qwen|gemma|model|models)\b/;
const SYSTEM_AFTER_FOREIGN = new RegExp(
  `(?<![a-z0-9_'])(?:${[...FOREIGN].join('|')})\\s+(?:[a-z0-9_]+\\s+)?(?:bot|bots|app|service|integration|job|summari[sz]er|pipeline|worker|workflow|actions|connector|sync|exporter|importer|agent|assistant|plugin)\\b(?!\\s+(?:account|accounts|user|users|login|logins)\\b)`,
);
/**
 * (sweep25a: rides and the vehicles of a fair, a resort or a town, "token for the tram", "tokens for the
 * carousel", "a token for the chairlift", are the ride's, as a bus's is.)
 * (Round twenty-two: not a system of ours named after it, "a token for the bus GPS integration", "token
 * for the parking api", "the metro-bot integration": only words that name a system, never a thing the bus
 * or the car park has, "the bus routes", "the bus fleet", "the canteen app", "the laundry service" (fix22b).)
 * (sweep28: a pump or a barrier, "token for the Fuel Dock pump", "a token for the car park barrier".)
 */
const TOKEN_THINGS = String.raw`(?:coffee|vending|canteen|arcade|laundry|parking|snack|drinks?|washing|car\s+wash|car\s+park|carpark|toll|turnstile|bus|subway|metro|printers?|photocopiers?|copiers?|copy\s+machine|lockers?|jukebox|pool\s+table|dryers?|washers?|ticket\s+machine|gym|showers?|trams?|ferry|ferries|trolleys?|carousels?|rides?|ski\s+lifts?|chair\s*lifts?|t[\s_-]?bars?|drag\s+lifts?|gondolas?|cable\s+cars?|funiculars?|pedalos?|dodgems|bumper\s+cars|go-?karts?|fairground|merry-go-rounds?|jet[\s_-]?skis?|go[\s_-]?karts?|pumps?|barriers?)\b(?![ \t-]+(?:[a-z0-9]+[ \t]+)?(?:gps|integrations?|apis?|pipelines?|bots?|telematics|teams?|squads?|units?|groups?|crews?|departments?|dept|pods?|guilds?)\b)`;
const EVERYDAY_TOKEN = new RegExp(
  // (sweep28: or a word or two of the machine's name, "token for the Fuel Dock pump".)
  String.raw`\btokens?\s+(?:for|from|in|at|on)\s+(?:the\s+|a\s+|our\s+|my\s+)?(?:[a-z]{0,3}[-_]?\d{1,3}[a-z]{0,2}\s+|(?!(?:for|the|a|an|my|our|xx[a-z]+)\s)[a-z]{3,}\s+){0,2}?${TOKEN_THINGS}` +
    // (sweep25a: with a lifetime before the thing, "a token for 2 hours for the car park", "tokens for 30 min on
    // the go-karts": the time is the machine's, as a meter's is.)
    String.raw`|\btokens?\s+(?:for\s+)?xxdur\s+(?:for|on|at|in)\s+(?:the\s+|a\s+|our\s+|my\s+)?(?:[a-z]{0,3}[-_]?\d{1,3}[a-z]{0,2}\s+)?${TOKEN_THINGS}` +
    // (fix38b, tuned-textile: a canteen's or a meal's tokens, "the canteen's tokens, where are they?", as a bus's are.)
    // (fix54c, tuned-marketplace: a shop's loyalty or reward tokens, "how many Swapsy Coins (the loyalty tokens) does a
    // buyer get", "how many reward tokens does a seller earn": the customers' currency, as a game's tokens are.)
    // (fix49d, tuned-styles-nusantara: a bank's token, the device that signs one's transfers, "token BCA sy rusak, hrs
    // ke cabang ya?" (my BCA token is broken, must I go to the branch?), "my bank token": the bank's.)
    String.raw`|\b(?:bank(?:ing)?|bca|mandiri|bni|bri)\s+tokens?\b|\btokens?\s+(?:bank(?:ing)?|bca|mandiri|bni|bri)\b(?![-_])` +
    String.raw`|\btokens?\s+of\s+(?:appreciation|gratitude|thanks|friendship)|\btokens?\s+(?:unlocks?|sales?|launch(?:es)?|listings?|burns?|swaps?|airdrops?|holders?|vesting|supply|generation\s+event|transfers?|mint(?:s|ing)?|deposits?|withdrawals?|balances?|bridges?|bridging|redemptions?)\b|\btokenomics\b|\b(?:bus|subway|metro|tram|toll|ferry|game|arcade|laundry|casino|parking|coffee|drink|raffle|canteen|cafeteria|meal|loyalty|reward|rewards|bonus|gift|in-app|in_app|store|shop|promo|points)(?:'s)?\s+tokens?\b`,
);
const EVERYDAY_TOKEN_G = new RegExp(EVERYDAY_TOKEN.source, 'g');
/** fix43c: words of a game's economy in Chinese and Japanese: tokens as currency, players, diamonds, drop rates, gacha. */
const CJK_GAME = /代币|代幣|遊戲|游戏|玩家|鑽石|钻石|金币|金幣|掉率|抽卡|課金|课金|ゲーム内|ガチャ|게임/;
/**
 * fix37c, tuned-crypto: a key of ours asked first, for a named unit, the asset's tokens only what the unit does ("key
 * for the BD team that handles token listings, 30d", "api key for treasury-ops, they run the token burns").
 */
const KEY_ASKED_FOR_NAMED =
  /^\W*(?:(?:please|pls|plz|an?|new|long[\s_-]?term|api|access)\s+)*(?:keys?|api_keys?|access_keys?)\s+for\s+(?:the\s+|our\s+)?(?!(?:token|tokens|the|a|an|my|our)\b)[a-z0-9]+(?:[_-][a-z0-9]+)*(?:\s+(?:team|squad|desk|unit|group))?\s*(?:[,.;(—–-]|that\b|who\b|which\b)/;
/** A journey on a vehicle: the time spent on it, not the vehicle ("the tram ride home", "the ferry crossing"). */
const JOURNEY =
  /\b(?:trams?|ferry|ferries|bus|coach|train|metro|subway)\s+(?:rides?|crossings?|journeys?|trips?|commutes?)\b/g;
/** A token of ours asked with its lifetime: "token for 3h", "a 2h token". */
// (fix58 acts: or a token asked for with its lifetime further on in the same sentence, "Need a bedrock token for the
// afternoon, about 5 hours. Not the parking token from reception": the aside's everyday token is a joke beside it.)
const OUR_TOKEN_ASKED =
  /\btoken\s+(?:for\s+)?xxdur\b|\bxxdur\s+token\b|\b(?:need|want|give\s+me|get\s+me)\s+(?:a|an|one)\s+(?:bedrock\s+)?token\b[^.!?\n]{0,50}?\bxxdur\b/;
const SHOP_CODE_SOURCE =
  /\b(?:(?:discount|promo|promotional|coupon|voucher|referral|invite|invitation|gift\s+card|giftcard|redemption|activation|serial|cheat|bonus|reward|loyalty|sale|offer|booking|tracking)\s+codes?|coupons?|vouchers?|gift\s+cards?|giftcards?)\b/
    .source;
const SHOP_CODE = new RegExp(SHOP_CODE_SOURCE);
const SHOP_CODE_G = new RegExp(SHOP_CODE_SOURCE, 'g');
const KEY_ADJECTIVE =
  /\bkey\s+(?:decisions?|takeaways?|results?|points?|metrics?|insights?|learnings?|questions?|stakeholders?|people|persons?|players?|factors?|features?|moments?|dates?|milestones?|lessons?|areas?|parts?|roles?|issues?|topics?|items?|words?|phrases?|findings?|messages?|goals?|objectives?|principles?|accounts?\s+manager|differences?|benefits?|risks?|skills?|events?|facts?|ingredients?|members?|bindings?|binds?|mappings?|combos?|shortcuts?|presses|strokes?|repeats?|art|artwork|visuals?|frames?|framing|scenes?|shots?|images?|photos?|graphics?|lighting|lights?|grips?|cards?|messaging|accounts?|clients?|customers?|partners?|suppliers?|contacts?|hires?|talent|themes?|trends?|drivers?|deliverables?|outcomes?|figures?|stats|kpis?|deadlines?|contributors?|quotes?|sources?|signatures?|performance)\b/;
const KEY_ADJECTIVE_G = new RegExp(KEY_ADJECTIVE.source, 'g');
/**
 * Objects of our verbs that are not ours: logs, files, disks, branches, backups. (Not when the word
 * only names whose credential the object is: "rotate the doc intel key", "revoke the pages builder's
 * api key": the head of the object, the credential, is ours; one name word at most stands between, and no
 * verb form or relative word: "delete the logs containing api keys" deletes logs.)
 * (fix49d, tuned-styles-africa: a chat app's group, "delete the WhatsApp group for the old project abeg", "remove the
 * telegram group", "delete the group chat": the chat's, never a unit of ours named "whatsapp-group".)
 */
const OTHER_OBJECT =
  /\b(?:rotate|rotating|delete|remove|revoke|disable|kill|purge|wipe|drop|nuke|create|make|generate)\s+(?:the\s+|my\s+|our\s+|old\s+|all\s+|some\s+|these\s+|those\s+)*(?:(?!(?:api|access|bedrock|new|keys?|tokens?|creds|credentials?|secrets?|api_keys?)\b)[a-z0-9_]+\s+)?(?:logs?|log\s+files?|files?|disks?|branch(?:es)?|backups?|snapshots?|cache|caches|containers?|pods?|images?|vms?|instances?|buckets?|tables?|rows?|columns?|docs?|pages?|posts?|messages?|emails?|meetings?|events?|tickets?|jobs?\s+(?:run|history)|ideas?|summary|summaries|reports?|charts?|graphs?|slides?|memes?|jokes?|on_call|oncall|rota|rotas|roster|rosters|schedules?|pager|duty|shifts?|invites?|panel|panels|interviewers?|(?:ad\s+)?creatives?|banners?|stor(?:y|ies)|slugs?|headlines?|paragraphs?|sections?|drafts?|episodes?|segments?|syncs?|standups?|stand_ups?|processes|process|threads?|layouts?|sidebars?|videos?|artwork|illustrations?|captions?|(?:whatsapp|telegram|wechat|viber|discord|signal|messenger)\s+(?:groups?|chats?|channels?|servers?|communit(?:y|ies))|group\s+chats?)\b(?!'?s?\s+(?:(?!(?:for|of|on|in|to|from|with|without|and|or|but|at|by|so|then|if|the|a|an|is|are|was|about|that|which|where|who|whose|like)\b|[a-z0-9_]+(?:ing|ed)\b)[a-z0-9_']+\s+)?(?:api\s+|access\s+|bedrock\s+)?(?:keys?|tokens?|creds|credentials?|api_keys?)\b)/;
/**
 * A token with its lifetime, in a clause of its own ("please one token for 3 Stunden, I make the fermentation
 * report with the AI"): the token is asked for; the report made with it is what it is for (requests24).
 * (dev28: "may I get a bedrock token for 90 minutes", "could I have 4 hours of Bedrock access".)
 */
const TOKEN_WITH_LIFETIME =
  /^\s*(?:(?:please|pls|plz|kindly|bitte)\s+)?(?:(?:i|we)\s+(?:need|want)\s+|(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:get|have)\s+|give\s+me\s+)?(?:(?:a|an|one|new)\s+)?(?:(?:bedrock\s+)?tokens?\s+(?:for\s+)?xxdur|xxdur\s+(?:tokens?|of\s+bedrock(?:\s+ai_credential)?))(?:\s+(?:please|pls|plz|bitte))?[\s.!]*$/;
/**
 * A change verb, then a key of ours within a few words ("rotate the ell_team key", "revoke their token"), or
 * a key said to be due for one ("the maths_dept key should be rotated").
 */
const OUR_KEY_CHANGED =
  /\b(?:rotate|revoke|delete|remove|disable|regenerate|renew)\s+(?:[a-z0-9_'-]+\s+){0,3}?(?:keys?|tokens?|api_keys?|access_keys?|creds|credentials?)\b|\b(?:key|token)\s+(?:should|must|needs\s+to|has\s+to|is\s+supposed\s+to)\s+be\s+(?:rotated|revoked|renewed)\b/;
/**
 * A key change that is no order to us (fix22c): negated ("nobody should revoke the ads key"), put to someone
 * else ("told bob to rotate the billing key", "ops will rotate the billing key tomorrow"), or with another
 * agent ("needs to be rotated by security not me"). "I'm told the maths_dept key should be rotated" is a
 * reason, and stays.
 */
const KEY_CHANGE_NOT_ASKED =
  /\b(?:no\s*one|nobody|never|not|don't|dont|doesn't|shouldn't|mustn't|won't|can't|cannot)\b|\b(?:told|asked|tell|ask|telling|asking)\s+(?!you\b|u\b)[a-z]+\s+to\b|\b(?:will|'ll|going\s+to|gonna)\s+(?!you\b)(?:[a-z]+\s+)?(?:rotate|revoke|delete|remove|disable|regenerate|renew)\b|\b(?:rotated|revoked|renewed|deleted|removed|disabled)\s+by\s+(?!xx|the\s+end|end|then|now|today|tomorrow)[a-z]/;
/** A credential taken out of a file, a page or a log ("remove the growth key from the config"). */
const OUT_OF_FILE =
  /\b(?:revoke|remove|delete|ditch|yank|zap|axe|strip|scrub|purge|rip|drop|take)\b[^.!?;]{0,40}?\b(?:keys?|tokens?|creds|credentials?|secrets?|api_keys?)\s+(?:from|out\s+of)\s+(?:the\s+|our\s+|my\s+|a\s+|this\s+|that\s+|your\s+)?(?:[a-z0-9_]+\s+)?(?:config|configs|configuration|\.?env|dotenv|env\s+file|readme|logs?|wiki|repo|repository|script|scripts|code|codebase|docs?|page|notebook|yaml|terraform|dockerfile|commit|source|gist|snippet|screenshot|slide|deck)\b/;
const BEDROCK_HOMONYM =
  /\b(?:minecraft|flintstones?|fred|barney|yabba|geology|geologist|soil|granite|limestone|edition)\b/;
/** A credential word right after another system's name: "the datadog key", "a splunk api token". */
const FOREIGN_OWN_KEY = new RegExp(
  `(?<![a-z0-9_'])(?:${[...FOREIGN].join('|')})\\s+(?:api\\s+)?(?:keys?|tokens?|api_keys?)(?![a-z0-9_'])`,
);
/**
 * A credential made or changed in another vendor's system, the key itself the verb's object: "create an
 * api key in stripe for the billing service", "rotate the api key in datadog", "new token on github". Only
 * vendors' names (not the everyday places of the FOREIGN list, where a key of ours is kept or sent: "on
 * schedule", "in vault", "in the ticket", "on the jenkins box" with a unit of ours named: "the old growth key").
 */
const KEY_VENDORS =
  'github gitlab bitbucket npm pypi dockerhub stripe twilio sendgrid datadog sentry pagerduty okta auth0 gcp ' +
  'azure heroku vercel netlify cloudflare snowflake salesforce hubspot zendesk figma notion jira confluence ' +
  'jenkins artifactory keycloak onelogin hashicorp grafana newrelic splunk opsgenie circleci buildkite ' +
  'launchdarkly mixpanel algolia mailgun mailchimp 1password lastpass bitwarden dashlane workday openai vertex ' +
  'supabase firebase mongodb doppler infisical shopify';
const VENDOR_NAMES = KEY_VENDORS.split(' ').join('|');
/**
 * A key or token made, changed or needed, and what it is for ("create an api key for the sync job"): the
 * opening FOREIGN_KEY_IN and THEIR_SYSTEM_KEY share, so that their verbs and nouns do not drift apart.
 */
const KEY_MADE_FOR = String.raw`\b(?:create|creating|make|generate|generating|get|rotate|rotating|revoke|revoking|regenerate|renew|delete|disable|add|new|need)\s+(?:(?:an?|the|my|our|one|new|old|another|fresh)\s+){0,2}(?:(?:api|access|secret|personal)\s+){0,2}(?:keys?|tokens?|api_keys?|creds|credentials?)\s+(?:for\s+(?:the\s+|our\s+|my\s+)?(?:[a-z0-9_-]+\s+){0,3}?[a-z0-9_-]+\s+)?`;
/**
 * Round twenty-two: the vendor may come after whom the key is for ("create a key for payroll in 1password",
 * "generate an api key for the payroll team in Workday", "rotate the api key for the billing service in
 * stripe") or before it, as the place the key is made ("create a key in the openai dashboard for the
 * marketing team"); a key for a vendor's own resource is the vendor's ("key for the azure openai resource").
 */
const FOREIGN_KEY_IN = new RegExp(
  String.raw`${KEY_MADE_FOR}(?:in|on|at|inside|within)\s+(?:the\s+|our\s+|my\s+)?(?:${VENDOR_NAMES})(?![a-z0-9_'])|\b(?:keys?|tokens?|api_keys?|creds|credentials?)\s+for\s+(?:the\s+|our\s+|my\s+)?(?:${VENDOR_NAMES})\s+(?:[a-z0-9_]+\s+)?(?:resources?|projects?|workspaces?|subscriptions?|tenants?|deployments?|instances?|org|orgs|organi[sz]ations?|endpoints?)(?![a-z0-9_'])`,
);
/**
 * A credential made or changed in a client's, customer's or partner's own system ("in the client's staging
 * tenant"); not a team of ours named with those words ("in the partner accounts team", fix23a).
 */
const THEIR_SYSTEM_KEY = new RegExp(
  String.raw`${KEY_MADE_FOR}(?:in|on|inside|within)\s+(?:the\s+)?(?:(?:client|customer|partner|vendor|supplier|third[\s-]party)(?:'s|s'|’s|s)?|their|his|her)\s+(?:[a-z0-9_-]+\s+){0,2}?(?:tenants?|accounts?|environments?|envs?|orgs?|organi[sz]ations?|workspaces?|instances?|portals?|systems?|subscriptions?|consoles?|dashboards?)\b(?![ \t-]+(?:teams?|squads?|units?|groups?|crews?|departments?|dept|desks?|pods?|guilds?|tribes?|division)\b)`,
);
/**
 * A customer's own key in our product, named by the customer's account ID: "regenerate the API key of customer
 * ORB-331 in the imagery portal admin" (lead23b): an account ID of letters and digits, a number of four digits or more,
 * or one marked as a number; not a unit's number ("customer-360", "tenant three sixty"). (known24: or any number of
 * a customer, a tenant or a user said to be in our own app or portal, "the key for customer #88 in the app".)
 * (fix45b: an ID of letters and digits only after a space: "customer-portal-360", or "customer portal three sixty"
 * said in words, is a unit's name joined by hyphens, its word and number no customer's account ID.)
 */
const CUSTOMERS_KEY =
  /\b(?:keys?|tokens?|api_keys?|creds|credentials?)\s+(?:of|for)\s+(?:the\s+)?(?:customer|client|subscriber|tenant|merchant|account)(?:\s+|_(?![a-z]{2,6}[_-]\d))(?:(?:no\.?\s*|number\s+|#\s*|id\s+)[a-z0-9_-]*\d|[a-z]{2,6}[_-]\d{2,}|\d{4,})\b|\b(?:keys?|tokens?|api_keys?|creds|credentials?)\s+(?:of|for)\s+(?:the\s+)?(?:customer|client|subscriber|tenant|merchant|account|user|member)(?:\s{1,3}|_)\d{1,9}\s+(?:in|on|inside)\s+(?:the|our|my)\s+(?:[a-z_]+\s+)?(?:app|apps|portal|product|platform|admin|dashboard|console|backend|site|website|crm)\b/;
/**
 * fix54c: a platform user's own key: one user's, after an article ("the seller's api key", "a buyer's token", "this
 * merchant's key"), or the users' keys on the platform's API or app ("api keys for sellers on the public api"). Not a
 * client's, a customer's or a vendor's: an agency keeps its clients' keys as a unit's, and a vendor's token is told
 * about beside ours (mood.ts's other readers weigh those).
 */
const USER_ROLES = String.raw`(?:sellers?|buyers?|merchants?|shoppers?|users?|members?|subscribers?|hosts?|guests?|drivers?|riders?|players?|students?|patients?)`;
const USERS_KEY = new RegExp(
  String.raw`\b(?:the|a|an|this|that|one|each|every)\s+(?:[a-z]+\s+)?(?:seller|buyer|merchant|shopper|user|member|subscriber|host|guest|driver|rider|player|student|patient)['’]s\s+(?:own\s+)?(?:api_keys?|keys?|tokens?|creds|credentials?)\b|\b(?:api_keys?|keys?|tokens?)\s+(?:for|of)\s+(?:our\s+|the\s+|all\s+)?${USER_ROLES}\s+(?:on|in|via|through)\s+(?:the\s+|our\s+)?(?:public|partner|open|seller|developer|external|customer)\s+(?:api|app|portal|platform)\b`,
);
/** Whether the text names a platform user's own key (USERS_KEY). */
export const usersKey = (text: string): boolean => USERS_KEY.test(text);
/** Rights, permissions or credits of a customer, a client or a tenant: "tasking rights for customer ACME-GEO". */
const CUSTOMERS_RIGHTS =
  /\b(?:rights|permissions?|privileges|entitlements?|credits|quotas?|subscriptions?|licen[cs]es?|seats)\s+(?:of|for|from)\s+(?:the\s+)?(?:customer|client|subscriber|tenant|merchant)s?\b/;
/** A key of ours seen where it should not be, or put there: "the ads key in github leaked", "can I put the key in my github repo?". */
const LEAK_WORDS =
  /\b(?:leak\w*|found|find|finding|spotted|saw|seen|exposed|commit\w*|push\w*|post\w*|past(?:e|ed|ing)|shar(?:e|ed|ing)|visible|public|screenshot\w*|put|putting|stor(?:e|ed|ing)|keep\w*|kept|sav(?:e|ed|ing)|add(?:ed|ing)?|upload\w*|us(?:e|ed|ing))\b/;
const FOREIGN_ACCOUNT = new RegExp(
  `(?<![a-z0-9_'])(?:${[...FOREIGN].join('|')})\\s+(?:service\\s+|admin\\s+|bot\\s+|api\\s+)?(?:account|accounts|user|users|login|logins)\\b`,
);
const BEDROCK_TAGS = new Set(['Bedrock', 'Provider', 'Models']);
/**
 * Access to things, not to Bedrock ("revoke laptop access for j.smith"). (fix38b, tuned-textile: not one's lack of it,
 * "token 5h for x@…, he is on the floor without laptop access": why a token is asked, as being away from one's
 * machine is, addressee.ts.)
 */
const THING_ACCESS =
  /(?<!\b(?:without|no)\s+)\b(?:laptop|laptops|badge|badges|building|door|doors|office|floor|desk|vpn|wifi|sso|okta|email|mailbox|calendar|drive|folder|repo|channel|workbook|dashboard|delegate|delegated|delegation|guest|proxy|shared|sharing)\s+access\b|\baccess\s+to\s+(?:the|my|our|a|an|this|that|his|her|their)\s+(?:[a-z0-9_]+\s+){0,2}?(?:file|files|folder|folders|doc|docs|document|documents|workbook|dashboard|channel|repo|repository|board|sheet|drive|calendar|room|building|site|page|wiki|space|mailbox|inbox|share)\b/;
/** Access (no access key) for people named by their work or their place ("… for the night shift nurses"). */
const ACCESS_FOR_PEOPLE =
  /(?<![\w-])access\s+(?:for|to)\s+(?:the\s+|our\s+|all\s+|new\s+){0,2}(?:[a-z0-9_-]+\s+){0,4}?(?:drivers|nurses|pickers|packers|auditors|cleaners|staff|staffers|visitors|guests|contractors|tenants|residents|students|pupils|parents|volunteers|patients|passengers|workers|employees|porters|guards|stewards|temps|interns|technicians|engineers|operators|crews?|trainees|caretakers|couriers|agents)\b/;
/** Keys of other systems, named by their kind ("kms key", "ssh keypair", "gpg signing key"). */
// (sweep27: and the keys of premises, "revoke Kelly's master key", "the padlock key for C-12", "the room key".)
const FOREIGN_KEY_SOURCE = String.raw`\b(?:kms|cmk|ssh|gpg|pgp|ssl|tls|x509|jwt|pem|rsa|ed25519|encryption|crypto|cryptographic|cipher|comsec|hsm|aes|signing|deploy|host|licen[cs]e|product|wifi|yubikey|house|car|door|office|locker|bike|master|padlock|gate|cabinet|cupboard|garage|shed|room|van|primary|foreign|composite|partition|sort|dict|dictionary|hash|json|yaml|map|piano|music|answer|registry)\s+(?:signing\s+)?(?:keys?|keypairs?|key\s+pairs?)\b`;
const FOREIGN_KEY = new RegExp(FOREIGN_KEY_SOURCE);
const FOREIGN_KEY_G = new RegExp(FOREIGN_KEY_SOURCE, 'g');
/** The key of a chart, a piano, a puzzle: "the key for the plot legend", "keys of the piano". */
const KEY_OF_THING =
  /\bkeys?\s+(?:for|of|on|to)\s+(?:the|a|an|my|this|that|our|your)\s+(?:\w+\s+)?(?:piano|keyboard|map|chart|plot|legend|graph|figure|diagram|quiz|puzzle|crossword|riddle|song|symbols?|colou?rs?)\b(?!\s*[-_]|\s+(?:team|service|job|app|bot|project|unit|pipeline|api|tool|squad|group)\b)/;
/** A credential of ours named in what is left ("the bedrock api key", "a token", "access key"). */
function namesOurCredential(text: string): boolean {
  return wordsOf(text).some((x) => CREDENTIAL_OBJECT.has(LEXICON[x] ?? '') && x !== 'access');
}
/** Going to a place: "heading to", "flying out to", "off to", "travelling to", "visiting". */
const TRAVEL_TO =
  /\b(?:heading|headed|flying|flew|fly|travell?ing|travel|going|moving|relocating|driving|off|visiting|landing|arriving)\s+(?:out\s+|back\s+|over\s+|down\s+|up\s+)?(?:to\s+|in\s+|into\s+)?(?:the\s+)?xxregion\b/;
/** A change verb, then a team's or person's standing or papers: "revoke the ml-ops team's certification". */
const POSSESSED_THING_SRC = String.raw`\b(?:revoke|rotate|delete|remove|disable|kill|cancel|suspend|deprovision|renew|create|issue)\s+(?:the\s+|our\s+|their\s+)?(?:[a-z0-9_]+\s+){0,2}?[a-z0-9_]+'s\s+(?:[a-z]+\s+)?(?:certifications?|certificates?|certs?|licen[cs]es?|permits?|pass|passes|badges?|memberships?|subscriptions?|accreditations?|clearances?|privileges?|rights|visas?|warrants?|registrations?|contracts?|mandates?|parking|seats?|tickets?)\b`;
const POSSESSED_THING = new RegExp(POSSESSED_THING_SRC);
const POSSESSED_THING_G = new RegExp(POSSESSED_THING_SRC, 'g');
/** Tags that tie a text to Bedrock: with one of these, a foreign word is context, not the object. */
const OURS = new Set(['Bedrock', 'Aws', 'Provider', 'Models']);

/**
 * units23: "disable the harbour master office key", "rotate the exec search office key once …": an office
 * named by two or three words of its line of work before its key is a unit, as "the privacy office's key" is
 * (README, group nouns), not a door's key ("my office key", "the main office key", "the London office key":
 * a determiner, premises or a place before it; a single word before "office" stays a door's key).
 */
const NAMED_OFFICE_KEY =
  /\b(?:the|our|their)\s+([a-z]{2,}\s+[a-z]{2,}(?:\s+[a-z]{2,})?)\s+office\s+(?=(?:api\s+)?keys?\b)/g;
/**
 * Words that make the office before a key premises, besides group-nouns.ts's (premisesWord: "front", "head",
 * "branch", "reception", "cleaning", "visitor", one list for every reader): a place, a person's, its age.
 */
const OFFICE_PREMISES = new Set(
  (
    'back site field sales my your his her new old local satellite ' +
    // (fix23c: a building's part or a direction, "the north wing office key", "the ground floor office key".)
    'wing floor ground basement annex annexe upstairs downstairs north south east west'
  ).split(' '),
);
/**
 * known24: a key lost, dropped or left at a place one goes to ("someone lost it at the pub", "i dropped it on
 * the bus"), not in a place of text ("lost it in a repo"): a thing one carries.
 * (fix41b, tuned-cosmetics: nor in a recording or a picture, "Camille left it in a Loom video", "… in a screenshot":
 * where a secret shown on a screen is left.)
 */
const LOST_AT_PLACE = String.raw`\b(?:lost|dropped|left|misplaced|forgot)\s+(?:it|them|the\s+keys?|my\s+keys?|their\s+keys?)\s+(?:at|on|in)\s+(?:the|a|an|some|his|her|their|my)\s+(?!(?:repo|repos|repository|channel|chat|thread|slack|github|gitlab|doc|docs|document|notebook|log|logs|file|commit|code|config|wiki|ticket|email|mail|public|loom|video|videos|recording|recordings|screenshot|screenshots|screen|screencast|demo|slide|slides|deck|presentation|paste|pastebin|gist|snippet|message|post|prompt|spreadsheet|sheet|readme|script|env|dockerfile|image|build)\b)[a-z]+`;
const LOST_AT_PLACE_RE = new RegExp(LOST_AT_PLACE);
/** A kind of credential of ours, Bedrock or AWS named in words. */
const OUR_KIND_NAMED =
  /\b(?:api|aws|bedrock|api_keys?|access_keys?|tokens?|secrets?|credentials?|creds|xxkeyid|xxsecret|iam)\b/;
/**
 * fix23c: a door's key told by the story around it ("disable the exec search office key, the locksmith is
 * coming", "… and change the locks", "the cleaner lost it"): the office's door key, whatever its name.
 */
const DOOR_KEY_STORY = new RegExp(
  String.raw`(?<![\w-])(?:locks?|locked|locksmiths?|padlocks?|doors?|keyrings?|key\s+rings?|fobs?|keycards?|spare|cleaners?|caretakers?|janitors?|reception|pocket|drawer|hook|(?:cut|cutting)\s+(?:a\s+)?(?:new\s+|spare\s+)?(?:copy|copies|keys?)|keys?\s+cut)(?![\w-])|${LOST_AT_PLACE}`,
);
function namedOfficeKey(all: string, name: string, _at: number, text: string): string {
  if (DOOR_KEY_STORY.test(text)) return all;
  const words = name.split(/\s+/);
  if (
    words.some(
      (w) => OFFICE_PREMISES.has(w) || premisesWord(w) || w.startsWith('xx') || LEXICON[w] !== undefined,
    )
  )
    return all;
  return `the ${name} office_unit `;
}

/**
 * notours24: a key of another system named by its kind ("TT&C crypto keys", "the ssh keys", "a kms key"),
 * with no credential of ours named beside it (foreignObject's first test alone).
 */
export function foreignKindOfKey(text: string): boolean {
  const keys = text.includes('office') ? text.replace(NAMED_OFFICE_KEY, namedOfficeKey) : text;
  return (
    keys.includes('key') && FOREIGN_KEY.test(keys) && !namesOurCredential(keys.replace(FOREIGN_KEY_G, ' '))
  );
}

/**
 * The object is not ours: "revoke my github personal access token", "rotate the ssl cert", "delete
 * the ssh key from the jump host", with nothing about Bedrock or AWS. Such a reading is asked about.
 */
export function foreignObject(text: string): boolean {
  // "create a new kms key for the bedrock logs bucket", "rotate the ssh keys on the bedrock runners":
  // a key named by its kind of another system is that system's, unless one of ours is named as well.
  // (units23: "rotate the exec search office key": an office named by its line of work is a unit, its key ours.)
  if (foreignKindOfKey(text)) return true;
  // (things26: "new key for the CCTV-3 box", "deprovision the Titan crane": a thing of another trade.)
  if (physicalThingAsked(text)) return true;
  // "revoke laptop access for j.smith", "badge access": access to things, not to Bedrock; and access
  // one person gives another in an office tool ("revoke my Concur delegate access", "guest access").
  if (text.includes('access') && THING_ACCESS.test(text)) return true;
  // known24: bare access for a group of people ("create access for Airport Shuttle Bus Drivers", "set up access
  // for the new warehouse pickers"), no key, token or AI named: to a place or a system, no Bedrock key.
  if (
    text.includes('access') &&
    ACCESS_FOR_PEOPLE.test(text) &&
    !OUR_KIND_NAMED.test(text) &&
    !/\b(?:keys?|bedrock|ai|models?)\b/.test(text)
  )
    return true;
  // "key decisions", "key takeaways", "the key point": "key" as an adjective names no key.
  if (
    text.includes('key') &&
    KEY_ADJECTIVE.test(text) &&
    // (Every credential word but the adjective: "long-term key for kam-dach (our key account team)".)
    !wordsOf(text.replace(KEY_ADJECTIVE_G, ' ')).some((x) => CREDENTIAL_OBJECT.has(LEXICON[x] ?? ''))
  )
    return true;
  // "what's the key for the plot legend?", "the key to the crossword": a key that explains or opens a thing.
  if (text.includes('key') && KEY_OF_THING.test(text)) return true;
  // known24: a key lost, dropped or left at a place one goes to, with no kind of ours named ("cancel the depot
  // key, i lost it at the station", "disable the … office key, someone lost it at the pub"): a thing carried.
  if (text.includes('key') && LOST_AT_PLACE_RE.test(text) && !OUR_KIND_NAMED.test(text)) return true;
  // "OOO till Monday. For growth keys, contact <@U…>": who handles such requests, not one of them.
  if (pointsElsewhere(text)) return true;
  // "revoke Ben's discount code, he posted it", "rotate the gift card codes": a shop's codes, coupons and
  // vouchers are the shop's, unless one of ours is named as well.
  if (SHOP_CODE.test(text) && !namesOurCredential(text.replace(SHOP_CODE_G, ' '))) return true;
  // "revoke the ml-ops team's certification", "cancel the k-9 unit's permit": a team's own standing or
  // papers, no credential of ours, whatever their name looks like (lead24; acted on before).
  if (
    text.includes("'s") &&
    POSSESSED_THING.test(text) &&
    !namesOurCredential(text.replace(POSSESSED_THING_G, ' '))
  )
    return true;
  // "a token of appreciation", "my bus token": tokens of everyday life ("the m25 toll", "the level-3 printer":
  // a road's or a floor's number before the thing; lead24).
  // (notours28: a digital asset's tokens moved or held, "token transfer of 2.5M USDT to Client 88", "the token
  // mint", "token balances": the asset's, as a sale or a swap is.)
  // (requests25: unless a token of ours is asked with its lifetime as well: "… where their drink tokens went 😩
  // I'm going to use the support-replies helper to draft answers. token for 3h please".)
  // (A journey with a lifetime is the time the token is for, not the vehicle's fare: "token for the ferry
  // crossing, 2h, want to finish the deck", "need a token for the tram ride home, 1h".)
  const everyday = text.includes('xxdur') ? text.replace(JOURNEY, ' journey ') : text;
  if (
    text.includes('token') &&
    EVERYDAY_TOKEN.test(everyday) &&
    !(text.includes('xxdur') && OUR_TOKEN_ASKED.test(everyday.replace(EVERYDAY_TOKEN_G, ' '))) &&
    !KEY_ASKED_FOR_NAMED.test(everyday)
  )
    return true;
  // (fix43c, tuned-styles-eastwest: a game's tokens talked about in Chinese or Japanese, "活动代币（token）掉率是不是太高了"
  // (the event tokens' drop rate), "遊戲裡 token 兌換鑽石的比例" (the rate of tokens to diamonds in the game): the
  // players' currency, as "game tokens" are, unless a token is asked with a lifetime.)
  if (text.includes('token') && !/xxdur|\d/.test(text) && CJK_GAME.test(text)) return true;
  // "for the pentest, create an api key in the client's staging tenant": a key made in someone else's
  // tenant, account or console is theirs, whoever the vendor is (lead23).
  if (THEIR_SYSTEM_KEY.test(text) || CUSTOMERS_KEY.test(text)) return true;
  // (fix54c, tuned-marketplace: a platform's user's own key, "revoke the seller's API key? they got hacked", "the rate
  // limit on api keys for sellers on the public API": a marketplace's sellers, a shop's buyers, an app's users hold
  // the platform's keys, not ours.)
  if (USERS_KEY.test(text)) return true;
  // known24: a customer's rights or credits in our own product ("revoke tasking rights for customer ACME-GEO"),
  // as a customer's key there is: no credential of ours unless one is named.
  if (text.includes('customer') && CUSTOMERS_RIGHTS.test(text) && !OUR_KIND_NAMED.test(text)) return true;
  // "ditch the growth key from the config, use the secret manager instead", "yank the key out of the
  // env file": a key taken out of a file or a page is an edit of that file, no revocation.
  if (OUT_OF_FILE.test(text)) return true;
  // "rotate the logs on prod box": the verb's object is something else of the machine's.
  // (requests22: not when another clause changes a key of ours: "we rotate recess duty every quarter and
  // apparently we're supposed to rotate the ell-team key every quarter too. it's been two. rotate it please".)
  if (
    OTHER_OBJECT.test(text) &&
    !ownClauses(text).some(
      (c) =>
        !OTHER_OBJECT.test(c) &&
        ((OUR_KEY_CHANGED.test(c) && !KEY_CHANGE_NOT_ASKED.test(c)) || TOKEN_WITH_LIFETIME.test(c)),
    )
  )
    return true;
  // Tokens a model reads and writes ("need more tokens for the playground", "input tokens per
  // minute") are no Bedrock tokens, unless a lifetime says otherwise.
  if (
    (text.includes('token') || text.includes('context')) &&
    MODEL_TOKENS.test(text) &&
    !text.includes('xxdur')
  )
    return true;
  // "bedrock" in another sense: the Minecraft edition, the Flintstones' town, the rock under the soil.
  if (BEDROCK_HOMONYM.test(text) && !wordsOf(text).some((x) => CREDENTIAL_OBJECT.has(LEXICON[x] ?? '')))
    return true;
  // ("please deprovision it and confirm in the ticket": where the request is tracked is no object.)
  // (units24: nor a word of a team's name, "a key for the duty compliance team": the team is ours.)
  const ticketless = text.includes('ticket') ? text.replace(WORK_TICKET_G, ' ') : text;
  // (lead38: nor the working day, "a token for my workday": the vendor is Workday, a day is no system.)
  const untracked = ticketless.includes('workday') ? ticketless.replace(WORKDAY_AS_TIME, ' day') : ticketless;
  if (
    !FOREIGN_RE.test(
      TEAM_WORDS_HINT.test(untracked) ? untracked.replace(FOREIGN_IN_TEAM, ' team') : untracked,
    )
  )
    return false;
  // "deprovision the old jira service account, it's in the iam cleanup sheet": another system's account.
  if (FOREIGN_ACCOUNT.test(text) && !wordsOf(text).some((x) => BEDROCK_TAGS.has(LEXICON[x] ?? '')))
    return true;
  // "create an api key in stripe for the billing service": a key kept in the other system is its own.
  // (Not a key of ours found there: "the ads key in github leaked", "found our key on slack".)
  if (
    FOREIGN_KEY_IN.test(text) &&
    !LEAK_WORDS.test(text) &&
    // (The vendor itself may be a model provider of ours, "in the openai dashboard": the rest must name none.)
    !wordsOf(text.replace(FOREIGN_KEY_IN, ' ')).some((x) => OURS.has(LEXICON[x] ?? ''))
  )
    return true;
  // "key for the slack bot", "our slack summariser needs creds": a system of ours named after one
  // (not when the key itself is the other system's: "a new datadog key for the on-call integration").
  if (SYSTEM_AFTER_FOREIGN.test(text) && !FOREIGN_OWN_KEY.test(text)) return false;
  const w = wordsOf(text);
  if (w.some((x) => OURS.has(LEXICON[x] ?? '') || x === 'xxkeyid')) return false;
  // "the partner-portal unit is no longer needed, please deprovision it. ticket dec-42": a business
  // unit is ours, whatever else the message names.
  if (w.some((x) => UNIT_WORDS.has(x))) return false;
  // Every credential named is another system's ("my github personal access token", "ssh key"), or
  // none is named ("rotate the ssl cert"). "growth key leaked in gh, rot asap" names ours.
  // (Sentence by sentence: "3am fraud on-call. token. 6h. dublin": the role told in one sentence owns
  // none of the next one's credential. fix21d: only a role or a shift; another system named anywhere,
  // "can't log in to vault. token expired again, need a new one", still owns the token.)
  if (!allForeign(w)) return false;
  // (units24: "rotate distilling-lab pls, the intern had it in a jupyter notebook on github": the other
  // system named only after "had it in"/"pasted it on" is where ours leaked, no object of its own.)
  const leakAt = text.includes(' it ') ? LEAKED_IT_INTO.exec(text)?.index : undefined;
  if (leakAt !== undefined && leakAt > 0 && !FOREIGN_RE.test(text.slice(0, leakAt))) return false;
  // (train28i: the same for where the work moved, "…, the dashboards moved to snowflake".)
  const movedAt = text.includes('to') ? MOVED_TO.exec(text)?.index : undefined;
  if (movedAt !== undefined && movedAt > 0 && !FOREIGN_RE.test(text.slice(0, movedAt))) return false;
  if (!/[.!?;\n]/.test(text) || w.some((x) => FOREIGN.has(x) && !ROLE_WORDS.has(x))) return true;
  return text.split(SENTENCE_BREAK).every((sentence) => allForeign(wordsOf(sentence)));
}

/** FOREIGN's words for a role or a shift (a pager rota), not for a system that has credentials. */
const ROLE_WORDS = new Set(['on_call', 'oncall', 'duty', 'pager', 'schedule', 'schedules', 'standup']);

/** Sentence breaks, for reading the credentials of each sentence apart. */
const SENTENCE_BREAK = /[.!?;\n]+/;

/** Every credential of these words is another system's, or there is none. */
function allForeign(w: readonly string[]): boolean {
  return w.every((x, i) => {
    if (!CREDENTIAL_OBJECT.has(LEXICON[x] ?? '')) return true;
    // "access to the finance folder on gdrive": access names what it is to.
    // ("access token", "access key": the noun after it is the credential.)
    // ("maria's github access": a system named before it is what it is to.)
    if (x === 'access')
      return (
        CREDENTIAL_OBJECT.has(LEXICON[w[i + 1] ?? ''] ?? '') ||
        w.slice(i + 1, i + 7).some((y) => FOREIGN.has(y)) ||
        w.slice(Math.max(0, i - 3), i).some((y) => FOREIGN.has(y))
      );
    // ("sso tokens", "the token from azure ad", "vault token"; "okta shows 3 active sessions".)
    if (x === 'session' || x === 'sessions') return true;
    // (Or named after "from"/"for": "the token from azure ad", not "leaked in gh".)
    const next = w[i + 1] ?? '';
    const at = i + 2;
    const after =
      next !== 'from' && next !== 'for'
        ? undefined
        : /^(?:the|a|an|my|our|your)$/.test(w[at] ?? '')
          ? w[at + 1]
          : w[at];
    // (fix22e: not a meeting said as a time, "quick one before standup: token 2h": it owns no token.)
    // (train27i: nor a system before "for": "be on the VPN for the token to work", "logged into okta for
    // the key to work": what the credential needs, not whose it is; "the vault token" owns it.)
    const from = Math.max(0, i - 3);
    const link = w.lastIndexOf('for', i - 1);
    return (
      w
        .slice(link >= from ? link + 1 : from, i)
        .some((y, j, ws) => FOREIGN.has(y) && !meetingAsTime(y, ws[j - 1] ?? w[i - 4])) ||
      FOREIGN.has(after ?? '')
    );
  });
}

/** Words that make a meeting a time: "before standup", "after the standup". */
const TIME_BEFORE = new Set(['before', 'after', 'until', 'till', 'during', 'the']);
/** A role or meeting word said as a time ("before standup"), not as the system a credential is for. */
function meetingAsTime(word: string, before: string | undefined): boolean {
  return word === 'standup' && TIME_BEFORE.has(before ?? '');
}

/** The working day, not the HR system: "my workday", "the rest of the workday", "a long workday" (not "the workday token"). */
const WORKDAY_AS_TIME =
  /\b(?:my|your|our|this|today'?s|each|every|per|rest\s+of\s+the|(?:the|a)\s+(?:whole|full|long|entire|normal|usual))\s+workdays?\b/g;

/** A work ticket: "in the ticket", "on the ticket", "update the ticket", "close the ticket". */
// (units24, requests24: also a tracker's ticket, "leaked in the Jira ticket"; not a rota of tickets.)
// (buried28: also a ticket named by whose it is, "on the customer's ticket", "in their ticket".)
const WORK_TICKET_SOURCE = String.raw`\b(?:in|on|into|to|update|close|link|per)\s+(?:the|this|that|our|my|their|(?:the\s+|a\s+)?[a-z]+['’]s)\s+(?:(?:jira|servicenow|snow|linear|zendesk|support|change|incident|it|helpdesk)\s+)?tickets?\b(?!\s+(?:rotation|rotations|rota|rotas|queue|duty|shift)\b)(?!\s+(?:for|to)\s+(?:the\s+)?(?:concert|festival|show|match|game|gig|movie|film|flight|train|party|event)\b)`;
export const WORK_TICKET = new RegExp(WORK_TICKET_SOURCE);
const WORK_TICKET_G = new RegExp(WORK_TICKET_SOURCE, 'g');

/** Tags of credential words: a question about handling one is a question for the bot's help. */
const CREDENTIAL_OBJECT = new Set(['TokenNoun', 'KeyNoun', 'Api', 'Aws']);
/** A question to the people in the channel, about a person, or a thought said aloud. */
const NOT_TO_US =
  /\b(?:anyone|anybody|somebody|someone|everyone|you\s+guys|y'all|worth|idk|probably|wild|lol)\b|^\s*(?:who|who's|whose)\b/;

/**
 * A question about handling the bot's credentials ("is it safe to paste the token in a channel?",
 * "my key stopped working, what could cause that?", "where should i keep the api key?"): help, when
 * nothing else reads it as a request. Not a deliberation about doing something ("should i revoke the
 * ads key? idk"), a question to the people in the channel, or one about everyday things.
 */
export function questionAboutUs(text: string): boolean {
  let credential = false;
  for (const x of wordsOf(text)) {
    const t = LEXICON[x] ?? '';
    if (CHANGE.has(t) || t === 'Everyday' || t === 'Spend' || t === 'History') return false;
    if (CREDENTIAL_OBJECT.has(t)) credential = true;
  }
  if (!credential || NOT_TO_US.test(text)) return false;
  const mood = moodOf(text);
  return mood === 'question' || mood === 'hypothetical';
}

/** Tags of words that name one of our objects: a credential, Bedrock, AWS, a model. */
export const OBJECT_TAGS: ReadonlySet<string> = new Set([
  'TokenNoun',
  'KeyNoun',
  'Api',
  'Aws',
  'Bedrock',
  'Provider',
  'Models',
  'LongTerm',
]);
const UNIT_WORDS = new Set(words('unit units bu business'));

/** A word made of one of ours and a word of relation: "bedrock-related", "aws-specific", "bedrock-based". */
const COMPOUND_OF = /^([a-z]+)_(?:related|specific|based|side)$/;
function machineBefore(word: string | undefined): boolean {
  if (word === undefined) return false;
  return MACHINE_NOUNS.has(word) || (LEXICON[word] === 'Everyday' && KEYED_EVERYDAY.has(word));
}
/**
 * sweep25a: any thing named by its noun and its own code of letters and digits written apart ("hearse H-2",
 * "borehole BH-12", "the Heidelberg SM-74"), whatever the noun: the code is the thing's number. Not a word
 * that names no thing (an article, a group noun, one of ours: "the CT-2", "unit BH-12", "project AB-1"),
 * nor a number alone ("hack 12") or a version ("pricing v2"), which end a unit's name.
 */
// (Round twenty-five: or letters and digits on both sides, "colo box ny4-r17", "rack ld5-a03"; never a version, "ads-v2".)
const THING_CODE = /^[a-z]{1,4}(?:\d{1,3})?_(?!v\d)[a-z]{0,3}\d{1,4}[a-z]?$/;
const NO_THING = new Set(
  (
    'the our this that these those their his her its my your and or but for from with to of in on at by ' +
    'old new legacy current whole entire same other team teams unit units bu project projects squad group desk ' +
    'pod crew guild tribe chapter lab studio office hub cell bureau practice circle programme program department ' +
    'dept org account customer client tenant ticket incident inc chg change case sprint release version phase ' +
    'stage wave cohort env environment app apps service system bot model'
  ).split(' '),
);
function codedThing(noun: string | undefined, code: string | undefined): boolean {
  return (
    noun !== undefined &&
    code !== undefined &&
    THING_CODE.test(code) &&
    /^[a-z]{3,}$/.test(noun) &&
    LEXICON[noun] === undefined &&
    !NO_THING.has(noun)
  );
}
/** Everyday things that are machines or vehicles ("van RCV-3", "printer P-2"). */
const KEYED_EVERYDAY = new Set(
  'car cars van vans truck trucks lorry lorries forklift forklifts minibus bike bicycle printer printers projector fridge'.split(
    ' ',
  ),
);

function ourCompound(word: string): boolean {
  if (!word.includes('_')) return false;
  const head = COMPOUND_OF.exec(word)?.[1];
  return head !== undefined && OBJECT_TAGS.has(LEXICON[head] ?? '');
}

/**
 * An action names something of ours: a credential word, Bedrock or AWS, a key ID, a model, or (to
 * change or remove one) a business unit written as a name ("rotate growth", "deprovision old-bi",
 * "offboard team falcon"). "need 2 hours of focus time", "make us a meme about the outage", "revoke
 * the meeting for tomorrow" name none: asked about, never acted on. A bare duration ("2h", "45 min")
 * is a token.
 */
/** "the old billing one", "the previous ads_v2 one": a unit's key set apart from its replacement. */
const FORMER_ONE =
  /\bthe\s+(?:old|older|previous|prior|existing|current|former|stale)\s+([a-z][a-z0-9_]*)\s+one\b/;
export function namesOurObject(p: Prepared, intent: IntentName, unit: string | null): boolean {
  if (p.keyIds.length > 0) return true;
  const w = wordsOf(p.text);
  // "heading to frankfurt for two days", "flying to tokyo for 12 hours": a place someone goes to is
  // where they will be, not a Region asked for, and the time they stay is no lifetime.
  const whereabouts = p.text.includes('xxregion') && TRAVEL_TO.test(p.text);
  // (fixfollowups30: a machine's noun and its number, left apart by surface.ts: "deprovision washer 4 in the
  // maintenance system", "decommission pump 3": the machine, no unit "washer", whatever system it is kept in;
  // unless a credential of ours is named, "a key for washer 4's telemetry".)
  if (
    unit !== null &&
    machineBefore(unit) &&
    w.some((x, i) => x === unit && /^\d{1,4}$/.test(w[i + 1] ?? '')) &&
    !w.some((x) => CREDENTIAL_OBJECT.has(LEXICON[x] ?? ''))
  )
    return false;
  if (
    w.some(
      (x) =>
        OBJECT_TAGS.has(LEXICON[x] ?? '') ||
        x === 'tokn' ||
        x === 'kye' ||
        (x === 'xxregion' && !whereabouts) ||
        ourCompound(x),
    )
  )
    return true;
  if (whereabouts) return false;
  // "same for me but 4h pls" (a reply): a lifetime is a token's, not "back in 15 minutes" or
  // "2 hours of focus time".
  if (intent === 'token')
    return (
      /\bxxdur\b/.test(p.text) &&
      !/\b(?:in|after|within|every|back|next)\s+xxdur\b|\bxxdur\s+(?:of|ago|later|left)\b/.test(p.text) &&
      !w.some((x) => LEXICON[x] === 'Everyday')
    );
  if (intent === 'create_key' && w.some((x) => LEXICON[x] === 'Onboard')) return true;
  // "rotate everything, we had a leak", "rev all ads": all of our keys.
  if ((intent === 'rotate' || intent === 'revoke') && w.some((x) => LEXICON[x] === 'All')) return true;
  // "revoke ABSKYmVk…", "Pls rotate ABSK2f9c… — it's the one in the screenshot": a pasted secret
  // (masked, secrets.ts) is a key of ours; the key ID is refused (numbered-key.ts), never acted on.
  if ((intent === 'rotate' || intent === 'revoke') && w.includes('xxsecret')) return true;
  if (w.some((x) => UNIT_WORDS.has(x))) return true;
  if (unit === null) return false;
  // (fix58 acts: "remove the bioacoustics user completely": the unit's own user removed whole, unit-user-removed.ts.)
  if (intent === 'deprovision' && unitUserRemoved(p.text)) return true;
  // (fix37a: "bake off week is done, please deprovision everything that was set up for it": what was set up for the
  // occasion named is the unit's, ended-unit.ts.)
  if (intent === 'deprovision' && setUpForItRemoved(p.text)) return true;
  // (requests26: "revoke the old billing one": the unit's key set apart from its replacement, unit-finder.ts
  // oldOneAsKey.)
  if (
    p.text.includes(' one') &&
    (NAMED_UNIT_WORDS.has(unit) || /[-\d]/.test(unit)) &&
    FORMER_ONE.exec(p.text)?.[1] === unit.replace(/-/g, '_')
  )
    return true;
  // (sweep24a: "rotate tank CT-2 filters today": a name read as a machine's noun and its code is the machine.)
  // (Not a team named so, "deprovision the bus-12 team"; nor a unit written as one name, "deprovision
  // engine-v2", "rotate bus-12" (fix24d): the machine's noun is a word of its own before the code.)
  const head = unit.split('-')[0];
  const last = unit.split('-').at(-1);
  if (
    unit.includes('-') &&
    ((/\d/.test(unit) && machineBefore(head) && w.includes(head ?? '')) ||
      // (sweep25a: or the name's last word before the code, "deprovision Land Rover MR-2".)
      w.some((x, i) => (x === head || x === last) && codedThing(x, w[i + 1]))) &&
    !unit.endsWith('-team') &&
    !GROUP_ENDING.test(unit)
  )
    return false;
  // A name written as one ("old-bi", "ml_ops", "poc2").
  const glued = unit.replace(/-/g, '_');
  // (fix58 acts: "my boss: 'kill the spend-insights key'. so... please revoke it": "it" is the key named before.)
  if ((intent === 'rotate' || intent === 'revoke') && keyNamedBefore(p.text, p.story, glued)) return true;
  // (sweep24a: not a machine's or a vehicle's code, "deprovision truck RCV-12", "decommission the compressor
  // C-4": the word before names the thing the code is of.)
  if (
    w.some(
      (x, i) => /[_0-9]/.test(x) && glued.includes(x) && !machineBefore(w[i - 1]) && !codedThing(w[i - 1], x),
    )
  )
    return true;
  // ("deprovision team pricing-sandbox. Correction: pricing-lab, …": the name corrected to, in the story.)
  if (p.corrected && glued.includes('_') && p.story?.includes(glued) === true) return true;
  // Next to "team"/"unit"/"project" ("team falcon", "the marketing team", "the ranking team's
  // crawler"), or right after the verb with no article ("rotate growth", "offboard insights").
  if (unit.endsWith('-team')) return true;
  // (units20a: "deprovision the flood response hub", "the Haiti emergency response cell": a name of
  // several words ending in a group noun is a team's, however far its first word is from the noun.)
  if (GROUP_ENDING.test(unit)) return true;
  // (units27: "deprovision the Demand Forecast lab": a name of two words or more written in Title Case before
  // a group noun that may also be a room is a team's; "the chemistry lab", "the New York office" are not.)
  if (p.titled !== undefined && unit.includes('-')) {
    const titledGroup = TITLED_GROUP.exec(unit)?.[1];
    if (titledGroup?.includes('-') === true && p.titled.has(titledGroup.replace(/-/g, ' '))) return true;
  }
  const first = unit.split('-')[0] ?? '';
  const TEAM =
    /^(?:team|unit|bu|project|squad|group|desk|pod|crew|guild|tribe|chapter|lab|studio|office|hub|cell|bureau|practice|circle)(?:'s)?$/;
  // (Also in the story left out: "Project Phoenix was cancelled. Please deprovision it".)
  const around = p.story === undefined ? w : wordsOf(`${p.story} . ${p.text}`);
  return around.some(
    (x, i) =>
      // (units21: or the whole name written as one, "the `f1Companion` unit can go. deprovision pls".)
      (x.replace(/'s$/, '') === first || (x === glued && glued.includes('_'))) &&
      (TEAM.test(around[i - 1] ?? '') ||
        TEAM.test(around[i + 1] ?? '') ||
        // (fix37a, tuned-forestry: a name of several words before its noun, "deprovision the Old Growth Inventory
        // project": the noun after the whole name.)
        (x === first &&
          namedWordsAt(around, i, unit) &&
          TEAM.test(around[i + unit.split('-').length] ?? '')) ||
        CHANGE.has(LEXICON[around[i - 1] ?? ''] ?? '') ||
        // "shut down everything for phoenix", "remove all of it for atlas": the whole of a unit.
        // (units21: not a reason or a time without its article either: "for safety reasons", "for summer".)
        (around[i - 1] === 'for' &&
          wholeOf(around, i - 2) &&
          !namesAPeriod(unit) &&
          !dayAfter(around, i, unit)) ||
        // (units20a: "tear down everything for the tender sprint": the same, with its article.)
        // (fix20a: not a time it is shut for: "for the summer", "for the maintenance window".)
        (around[i - 1] === 'the' &&
          around[i - 2] === 'for' &&
          wholeOf(around, i - 3) &&
          // ("for the Budget Night project": a period's word in a unit's name.)
          (!namesAPeriod(unit, true) || TEAM.test(around[i + unit.split('-').length] ?? '')) &&
          !dayAfter(around, i, unit) &&
          // (known24: not an event or an occasion named by no one, "for the big pilot", "for the jury trial".)
          !eventSetUpOnly(p.text)) ||
        // "revoke the one for growth": "one" stands for the unit's key.
        (around[i - 1] === 'for' && ONE_FOR.test(`${around[i - 3]} ${around[i - 2]}`)) ||
        // "rotate finance, actually treasury": the name corrected to stands where the one it replaces stood.
        (p.corrected && CHANGE.has(LEXICON[around[replacedAt(around, i) - 1] ?? ''] ?? ''))),
  );
}

/** Whether the words from i on spell the unit's name word by word ("old growth inventory" for old-growth-inventory). */
function namedWordsAt(around: readonly string[], i: number, unit: string): boolean {
  const parts = unit.split('-');
  return parts.length > 1 && parts.every((part, k) => around[i + k] === part);
}

/**
 * Is the word at k "everything"/"all", or "the whole setup" (requests23: "kill the whole setup for the drone
 * scouting pilot"), the whole of what a unit has?
 */
function wholeOf(around: readonly string[], k: number): boolean {
  const x = around[k] ?? '';
  return LEXICON[x] === 'All' || (around[k - 1] === 'whole' && WHOLE_THING_SET.has(x));
}
const WHOLE_THING_SET: ReadonlySet<string> = new Set(WHOLE_THINGS);

/**
 * The name is an occasion's first word, its day or night next ("for the wedding day decorations", "for
 * the match day stands": fix21e): a day things are put up for, not a unit.
 */
function dayAfter(around: readonly string[], i: number, unit: string): boolean {
  const next = around[i + unit.split('-').length] ?? '';
  return next === 'day' || next === 'night';
}

/** A unit's name of two words or more ending in a group noun (not "team": that is taken above). */
/** A name before a group noun that may also be a room ("lab", "studio"): the name is the first group. */
const TITLED_GROUP = /^([a-z0-9-]+)-(?:lab|studio|chapter|practice|group)$/;
const GROUP_ENDING = /^[a-z0-9]+(?:-[a-z0-9]+)*-(?:crew|squad|desk|pod|guild|tribe|hub|cell|bureau|circle)$/;

/** "the one", "that one", "the ones": a key named by what it is for ("revoke the one for growth"). */
const ONE_FOR = /^(?:the|that|this|those|these) ones?$/;

/**
 * Words that name a stretch of time, not a unit ("shut down everything for the summer", "… for the
 * night", "… for the christmas break", "… for the maintenance window"): what a thing is shut for, when.
 */
const PERIOD_WORDS = new Set([
  'night',
  'nights',
  'day',
  'days',
  'evening',
  'morning',
  'afternoon',
  'weekend',
  'weekends',
  'week',
  'month',
  'quarter',
  'year',
  'summer',
  'winter',
  'spring',
  'autumn',
  'fall',
  'season',
  'holiday',
  'holidays',
  'hols',
  'break',
  'window',
  'vacation',
  'shutdown',
  'outage',
  'downtime',
  'period',
  'term',
  'semester',
  'christmas',
  'xmas',
  'easter',
  'interim',
  'duration',
  'time',
  'moment',
  'freeze',
  'recess',
  // (units21: an occasion or a reason it is shut for, as lay-words.ts reads "shut everything down for …":
  // "shut down everything for the storm", "… for the fire drill", "… for safety reasons".)
  'storm',
  'storms',
  'drill',
  'drills',
  'evacuation',
  'flood',
  'floods',
  'snow',
  'rain',
  'weather',
  'reasons',
  'repairs',
  'cleaning',
  'inspection',
  'migration',
]);
/** Words that end an occasion's name though alone they name a time ("hack week", "the tender sprint"). */
const OCCASION_ENDS = new Set(['week', 'sprint', 'day']);

/**
 * A name that is a stretch of time ("summer", "night", "christmas-break", "maintenance-window"); an
 * occasion named by a time noun ("hack-week", "tender-sprint") is a unit, as the README's conventions say.
 * (fix21c: "day" only without an article, "for hack day"; "for the snow day", "for the big day", "for the
 * wedding day" are days things are shut for. Nor a day named by a period's word: "for snow day".)
 */
function namesAPeriod(unit: string, article = false): boolean {
  const parts = unit.split('-');
  const last = parts[parts.length - 1] ?? '';
  if (!PERIOD_WORDS.has(last)) return false;
  if (parts.length === 1 || !OCCASION_ENDS.has(last)) return true;
  return last === 'day' && (article || PERIOD_WORDS.has(parts[0] ?? ''));
}

/** Words of a correction marker ("no wait", "sorry I meant", "scratch that", "nah"). */
const MARKER_WORDS = new Set<string>([...MARKER_SINGLE_WORDS, 'hm', 'hmm', 'ok', 'okay']);

/** The index of the word a correction replaces: the one before the marker words before index i (or -1). */
function replacedAt(words: readonly string[], i: number): number {
  let k = i - 1;
  while (k >= 0 && MARKER_WORDS.has(words[k] ?? '')) k--;
  return k < i - 1 ? k : -1;
}

const GREETING_CLAUSE =
  /^\s*(?:(?:hi|hey|hello|hiya|yo|heya|morning|good\s+morning|gm|evening|afternoon|dear)\s+)*(?:hi|hey|hello|hiya|yo|heya|morning|gm|there|bot|bedrock_bot|xxuser|team|all|folks|everyone|guys)\s*[,!.:;-]+\s*/;

/**
 * The text without a greeting that opens it ("hey bot, deprovision old-analytics" → "deprovision
 * old-analytics"): what the classifier reads, so a greeting does not make a command look like chat.
 * A text that is nothing but a greeting keeps it.
 */
export function withoutGreeting(text: string): string {
  const m = GREETING_CLAUSE.exec(text);
  if (m === null) return text;
  const rest = text.slice(m[0].length);
  return /[a-z0-9]/.test(rest) ? rest : text;
}

/**
 * Asking how approval of our requests works, not whether one was approved: who approves or must,
 * whom to chase (fix35c: or "follow up with"), whether someone is supposed to (or "meant to say yes") or needs to approve, whether one may approve, whether
 * approval is needed, how long it takes ("I asked for a key an hour ago — who approves these?", "my
 * key request has been pending since yesterday, does someone need to approve it?"). "Is it approved
 * yet?", "has anyone approved it?" ask the state of a request (nobody's question for help), and "who
 * approved the ads key?" asks the history. The caller checks that the text names something of ours.
 * Said with a sign-off or a duty too (round fifteen): "who signs these off?", "who's meant to approve
 * these?", "who needs to sign it off?". Whom to chase in a learner's order too ("who I must chase?",
 * foreign26), and in the infinitive (train27i: "I asked for a key 2 hrs back, whom to chase?"), and as whether there
 * is someone to chase (fix35a, tuned-fashion: "requested a team key at 9, still pending... is there someone I should
 * nudge?"), and who must say yes (fix37a, tuned-bakery: "asked for a key this morning, still waiting, who has to
 * give the go-ahead?"), and who clicks the button (fix45c, tuned-ski: "requested the snowmaking key before lunch, still
 * pending. who has to click approve on these?"). And how approval works (fix49d, tuned-iot: "How does approval work
 * here? Our plant manager wants to know before we submit anything", "how do key approvals work?").
 */
const APPROVAL_PROCESS =
  /\bwho(?:'s|\s+is|\s+are)\s+(?:supposed|meant|allowed|going)\s+to\s+(?:approve|sign|say\s+yes|ok|okay|green[\s-]?light)\b|\bwho\s+(?:(?:can|could|may|must|should|shall|will|would|has\s+to|have\s+to|needs?\s+to)\s+)?signs?\s+(?:(?:these|this|it|them|that|those|mine|my\s+\w+|our\s+\w+|(?:key|token|access)\s+requests?)\s+)?off\b|\bwho\s+(?:(?:can|could|may|must|should|shall|will|would|has\s+to|have\s+to|needs?\s+to|is\s+(?:supposed|meant|allowed)\s+to|are\s+(?:supposed|meant|allowed)\s+to)\s+)?approves?\b|\bwho(?:'s|\s+is|\s+are)\s+(?:the\s+|an?\s+)?approvers?\b|\bwho\s+(?:(?:can|could|may|must|should|will|would|has\s+to|have\s+to|needs?\s+to|gets?\s+to)\s+)?(?:clicks?|press(?:es)?|hits?|taps?)\s+(?:on\s+)?(?:the\s+)?["'“]?approve\b|\bwho\s+(?:can|could|may|must|should|shall|will|would|has\s+to|have\s+to|needs?\s+to|gets?\s+to)\s+(?:say\s+yes|give\s+(?:the\s+|it\s+(?:the\s+|a\s+)?)?(?:ok|okay|go[\s_-]?ahead|green[\s_-]?light|thumbs[\s_-]?up))\b|\bwhom?\s+(?:(?:do|should|can|shall|must)\s+(?:i|we)|(?:i|we)\s+(?:do|should|can|shall|must|have\s+to|need\s+to)|to)\s+(?:chase|nudge|poke|ping|ask|bug|contact|talk\s+to|follow\s+up\s+with)\b|\b(?:is\s+there\s+)?(?:someone|somebody|anyone|anybody)\s+(?:i|we)\s+(?:should|can|could|must|need\s+to|have\s+to|ought\s+to)\s+(?:chase|nudge|poke|ping|bug|contact)\b|\b(?:is|are|does|do)\s+(?:someone|somebody|anyone|anybody|an?\s+(?:admin|human|person|manager|approver)|my\s+(?:manager|boss|lead)|the\s+(?:owner|admin|admins|platform\s+team))\s+(?:supposed\s+to|meant\s+to|required\s+to|going\s+to|need\s+to|needs\s+to|have\s+to|has\s+to|must)\s+(?:approve|review|look\s+at|check|sign)\b|\b(?:can|may|could)\s+(?:i|we)\s+(?:also\s+)?approve\b|\bneeds?\s+(?:an?\s+)?(?:\w+'s\s+)?(?:approval|sign[\s_-]?off)\b|\bhow\s+long\s+(?:do(?:es)?\s+|will\s+|would\s+|takes?\s+)?(?:the\s+|an?\s+)?(?:\w+\s+){0,2}approvals?\b|\bapproval\s+(?:process|flow|workflow|step|rules?)\b|\bhow\s+(?:does|do)\s+(?:the\s+)?(?:[a-z]+\s+)?approv(?:als?|ing)\s+(?:\w+\s+)?work\b|\b(?:waiting|pending|awaiting)\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:approval|sign[\s_-]?off)\b[^?]*\bwhat\s+(?:happens\s+)?(?:next|now)\b|\bwhat\s+(?:happens\s+)?(?:next|now)\b[^?]*\b(?:waiting|pending|awaiting)\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:approval|sign[\s_-]?off)\b/;
const WORK_ON = String.raw`work\s+(?:off|on|from|with)|run\s+(?:[a-z'_-]+\s+){0,3}?(?:on|off|with|under)`;
const WORKS_ON = String.raw`works\s+(?:off|on|from|with)|runs\s+(?:[a-z'_-]+\s+){0,3}?(?:on|off|with|under)`;
/**
 * One's own token used by another, asked whether they may ("can she work off my token?", "is it OK if she uses
 * mine", "my colleague wants to use my token"), with the verbs `use` / `uses` and, after "can …", whose token
 * (`mine`): TOKEN_USED_BY_ANOTHER's and TOKEN_LENT's forms alike (fixlong29).
 */
function usedByAnother(use: string, uses: string, mine: string): string[] {
  return [
    String.raw`\b(?:can|could|may|will|would)\s+(?!i\b|we\b|you\b|u\b)(?:[a-z'_]+\s+){1,3}?(?:${use}|${WORK_ON})\s+(?:${mine})\s+(?:bedrock\s+)?tokens?\b`,
    String.raw`\bif\s+(?!i\b|we\b)(?:[a-z'_]+\s+){1,4}?(?:${uses}|${WORKS_ON})\s+(?:mine|(?:one\s+of\s+my|my)\s+(?:own\s+|bedrock\s+|current\s+|personal\s+)?tokens?)\b`,
    String.raw`\b(?:wants|needs|asked)\s+to\s+(?:${use}|${WORK_ON})\s+(?:one\s+of\s+my|my)\s+(?:own\s+|bedrock\s+|current\s+|personal\s+)?tokens?\b`,
    // (fix37a, tuned-forestry: asked whether they may, "… asked if he could run his tests off my token".)
    String.raw`\b(?:if|whether)\s+(?!i\b|we\b)(?:[a-z'_]+\s+){1,3}?(?:can|could|may|might)\s+(?:${use}|${WORK_ON})\s+(?:mine|(?:one\s+of\s+my|my)\s+(?:own\s+|bedrock\s+|current\s+|personal\s+)?tokens?)\b`,
  ];
}
/** fixlong29: one's own token used by another ("can she work off my token?"), the forms of TOKEN_LENT with no handing over. */
export const TOKEN_USED_BY_ANOTHER = new RegExp(
  usedByAnother('use|borrow', 'uses|borrows', String.raw`one\s+of\s+my|my`).join('|'),
);
/**
 * A token the person holds, lent to someone else (round fifteen): shared, given, passed, handed or sent
 * to another ("can I share my token with the client's dev for an hour?", "is it fine to give a client
 * contractor one of my tokens?"), or used by another ("can my teammate use my token for 2h?", "can two
 * people use the same token?", fixlong29: "is it OK if she uses mine", "can she work off my token?"). Whether
 * that is allowed is a question of safety (help), not a token.
 */
export const TOKEN_LENT = new RegExp(
  [
    String.raw`\b(?:share|sharing|lend|lending|loan|give|giving|pass|passing|hand|handing|send|sending|forward|forwarding)\s+(?:over\s+)?(?:one\s+of\s+my|my|the\s+same)\s+(?:own\s+|bedrock\s+|current\s+|personal\s+)?tokens?\s+(?:over\s+)?(?:to|with)\s+(?!me\b|myself\b)`,
    String.raw`\b(?:lend|loan|give|pass|hand|send|forward)\s+(?!me\b|us\b|myself\b)(?:[a-z'_]+\s+){1,4}?(?:one\s+of\s+my|my)\s+(?:own\s+|bedrock\s+)?tokens?\b`,
    ...usedByAnother('use|borrow|share', 'uses|borrows|shares', String.raw`one\s+of\s+my|my|the\s+same`),
  ].join('|'),
);
/** Whether the text asks if a token it holds may be lent (TOKEN_LENT, asked as a question). */
export const asksTokenLent = (text: string): boolean =>
  text.includes('token') &&
  (text.includes('?') || /^\W*(?:can|could|may|is|am|are)\b/.test(text)) &&
  TOKEN_LENT.test(text);
/** A request word of the bot's: a key or token request, or one's own request (not a PTO or PR request). */
const OUR_REQUEST =
  /\b(?:key|keys|token|tokens|api_key|creds|credentials|access|bedrock|unit|units)\b|(?<!\b(?:pto|leave|holiday|vacation|expense|pull|merge|purchase|travel|budget|feature|change|time[\s_-]off|hardware|software|laptop|equipment|licen[cs]e|po|procurement)\s+)\brequests?\b/;

/** Approval of other things: "expense approvals", "who approves travel", "approve the design", "my expense report". */
const OTHER_APPROVAL_NOUN =
  /\b(?:pto|leave|holiday|vacation|expense|expenses|pr|prs|merge|purchase|order|travel|budget|invoice|contract|timesheet|overtime|design|hiring|headcount|vendor|offer|hardware|software|laptop|equipment|licen[cs]e|po|procurement|cert|certification|release|submission|launch|reimbursement|visa|quota)s?\s+approvals?\b/;
const OTHER_APPROVAL =
  /\b(?:pto|leave|holiday|vacation|expense|expenses|travel|timesheet|overtime|reimbursement)\s+(?:reports?|claims?|forms?|bookings?)\b|\b(?:pto|leave|holiday|vacation|expense|expenses|pr|prs|merge|purchase|order|travel|budget|invoice|contract|timesheet|overtime|design|hiring|headcount|vendor|offer|hardware|software|laptop|equipment|licen[cs]e|po|procurement)s?\s+(?:approvals?|requests?)\b|\bapprov\w*\s+(?:\w+\s+){0,2}(?:pto|leave|holiday|vacation|expenses?|prs?|pull\s+requests?|merge|purchases?|travel|budgets?|invoices?|contracts?|timesheets?|overtime|designs?|hiring|headcount|vendors?|offers?|hardware|software|laptops?|equipment|licen[cs]es?|pos|procurement)\b/;
/**
 * How long a named thing's approval takes, the thing none of ours ("how long does switching permit
 * approval take these days?", "how long does IRB approval take?"); not "how long does key approval
 * take", "how long does the approval take", "how long does manager approval take".
 */
const HOW_LONG_NAMED_APPROVAL =
  /\bhow\s+long\s+(?:do(?:es)?|will|would|takes?|did)\s+(?:the\s+|an?\s+|your\s+)?((?:[a-z][a-z_-]*\s+){1,3})(?:approvals?|sign[\s_-]?offs?)\b/;
/** Words before "approval" that name nothing other than ours: our things, the approvers, grammar. */
const OUR_APPROVAL_WORDS = new Set(
  words(
    'key keys token tokens access api api_key bedrock bedrock_bot credential credentials creds unit units ' +
      'request requests ai aws iam long-term longterm manager managers boss lead leads admin admins owner ' +
      'owners platform security human approver approvers bot usual normal typical average final first ' +
      'second this that my our their his her its any each every whole the a an your ' +
      // (the models and providers a key is for, the stage, and the approvers a request goes to:
      // "how long does claude approval take", "… prod approval", "… director approval")
      'claude anthropic opus sonnet haiku llama titan mistral cohere nova model models provider ' +
      'prod production staging env environment director directors ciso cto cio vp head heads ' +
      'centre center sponsor supervisor',
  ),
);
function namedOtherApproval(text: string): boolean {
  const m = HOW_LONG_NAMED_APPROVAL.exec(text);
  return (
    m !== null &&
    (m[1] ?? '')
      .trim()
      .split(/\s+/)
      .every((w) => !OUR_APPROVAL_WORDS.has(w))
  );
}
/**
 * How long someone takes to approve a thing (asks23): "how long does the client usually take to approve a
 * contractor's extension?", "how long does the council take to approve a planning application?": the
 * approver is named and none of ours (the bot, an admin, a manager, "it", "they": OUR_APPROVAL_WORDS and
 * APPROVER_OURS), and no request of ours is what is approved ("how long does my manager take to approve a
 * key?", "how long does it take to approve a token?" ask the bot's help).
 */
const HOW_LONG_TAKES_TO_APPROVE =
  /\bhow\s+long\s+(?:do(?:es)?|will|would|did)\s+((?:[a-z][a-z'_-]*\s+){1,3}?)(?:(?:usually|normally|typically|generally|often)\s+)?take\s+to\s+(?:approve|sign\s+off|okay|authori[sz]e)\b/;
/** What follows the approving: a thing named, not a pronoun ("… to approve it?"). */
const THING_APPROVED = /^\s+(?!(?:it|them|this|that|one|anything|things|stuff)\b)[a-z]/;
const APPROVER_OURS = new Set(
  words('it they you u we i people someone somebody anyone bot bedrock_bot approvals approval'),
);
const APPROVER_DETERMINERS = new Set(words('the a an my our your their his her its this that'));
function otherApproverTakes(text: string): boolean {
  const m = HOW_LONG_TAKES_TO_APPROVE.exec(text);
  // (fix23d: something approved is named: "how long does finance usually take to approve?" asks ours.)
  if (m === null || !THING_APPROVED.test(text.slice(m.index + m[0].length))) return false;
  // (The approver's words, its determiners left out: "the client", "the harbour master", "my manager".)
  const approver = (m[1] ?? '')
    .trim()
    .split(/\s+/)
    .filter((w) => !APPROVER_DETERMINERS.has(w));
  if (approver.length === 0 || OUR_REQUEST.test(text) || asksOurs(text)) return false;
  // (asks29: an approver who could be ours, a thing approved that is the trade's: "how long does the director
  // usually take to approve the locked cut?"; "… the director take to approve my request?" is ours.)
  const thing = THING_NAMED.exec(text.slice(m.index + m[0].length));
  return (
    approver.every((w) => !APPROVER_OURS.has(w) && !OUR_APPROVAL_WORDS.has(w)) ||
    (thing !== null && !OUR_THING_APPROVED.test(thing[0]))
  );
}
/** The thing approved, up to a clause's end. */
const THING_NAMED = /^\s+[^,.;!?\n]{1,60}/;
const OUR_THING_APPROVED =
  /\b(?:keys?|tokens?|access|api|bedrock|requests?|credentials?|creds|it|them|this|that|ones?|mine|ours|claude|models?|spend|budget)\b/;

/**
 * Words one of which a question about approvals has (a cheap test before the others). (fix37c, tuned-edtech/tuned-tax:
 * and the other verbs of whom to chase that APPROVAL_PROCESS reads, "requested an api key this morning and nothing yet
 * — who do I poke?", "raised a key request before lunch, still nothing. whom to follow up with?".)
 */
const APPROVAL_HINT = /approv|sign|pending|waiting|stuck|chase|nudge|poke|ping|follow\s+up|supposed|meant/;

/**
 * Who approves a thing of another trade's (round twenty-two): "who approves field trips now that Dr. Patel
 * retired?", "who approves overtime requests now?": the object named after "approves" is none of ours
 * ("who approves key requests?", "who approves my request?", "who approves now?" ask the bot's help).
 */
const WHO_APPROVES_WHAT =
  /\bwho\s+(?:(?:can|could|may|must|should|will|would|now|even|actually|usually)\s+)?(?:approves?|signs?\s+off\s+on)\s+(?:the\s+|a\s+|an\s+|any\s+|all\s+)?([a-z][a-z_-]*)/;
/** Words after "who approves" that name no other thing: ours, pronouns, time words, grammar. */
const APPROVES_OURS = new Set(
  words(
    'now these this it them that those what things stuff request requests me mine my our your their his her ' +
      'here there today anymore nowadays in for at on when if so then and or please pls plz new team teams ' +
      'unit units business bu bus kind type sort such which whether whatever everything anything ' +
      // (a lifetime and its exceptions, and what a key allows: "who approves over 24h?", "who approves
      // longer durations?", "who approves permissions?")
      'over above under beyond longer shorter exceptions exception durations duration lifetimes lifetime ' +
      'expiry expiries ttl ttls permissions permission bulk deletions deletion deleting access ' +
      'long-term longterm short-term shortterm temporary permanent personal extra higher bigger more ' +
      // (our own actions, approved before the bot acts: "who approves a deprovision request?")
      'deprovision deprovisions deprovisioning deprovisionings offboarding rotation rotations rotating ' +
      'rotate revocation revocations revoking revoke creation creating renewal renewals renewing ' +
      'extension extensions extending spend spending usage quota quotas limit limits',
  ),
);
/** A person's or a unit's request approved: "who approves sara's request?", "growth's requests". */
const WHOSE_REQUEST = /^['’]s\s+requests?\b/;
function whoApprovesOther(text: string): boolean {
  const m = WHO_APPROVES_WHAT.exec(text);
  if (m === null) return false;
  const what = m[1] ?? '';
  // (asksOurs: something of ours named, a command of ours beside the question, "who approves field
  // trips? and deprovision trips-bot", or a lifetime, "who would approve a 30 day expiry?".)
  return (
    !APPROVES_OURS.has(what) &&
    !OUR_APPROVAL_WORDS.has(what) &&
    !WHOSE_REQUEST.test(text.slice(m.index + m[0].length)) &&
    !asksOurs(text)
  );
}
/**
 * Another system's approval workflow told or asked about (round twenty-two): "the approval workflow in
 * Veeva PromoMats takes 3 days for promo material, ugh", "the approval flow in SAP Ariba is stuck again":
 * the workflow is named as another system's ("the approval flow in the bot", "for long-term keys" are ours).
 */
const WORKFLOW_IN =
  /\bapproval\s+(?:process|flow|workflow|chain|queue|step)s?\s+(?:in|on|inside|within|through|via)\s+(?:the\s+)?([a-z][a-z0-9_-]*)/;
/** Where our own approval is: the bot, Slack, its DM, its app, form or portal ("the approval step in the form"). */
const WORKFLOW_OURS = new Set(
  words(
    'bot bedrock bedrock_bot aws slack here this our your xxregion iam app apps form forms webform portal ' +
      'dm dms web ui site channel thread',
  ),
);
function otherSystemsWorkflow(text: string): boolean {
  const m = WORKFLOW_IN.exec(text);
  return m !== null && !WORKFLOW_OURS.has(m[1] ?? '') && !OUR_REQUEST.test(text) && !asksOurs(text);
}

/** A question about how approval works, of something else ("how long does expense approval take?"). */
export function asksAboutOtherApprovals(text: string): boolean {
  if (text.includes('approv') && (whoApprovesOther(text) || otherSystemsWorkflow(text))) return true;
  if (text.includes('take to') && otherApproverTakes(text)) return true;
  // (notours27: a sign-off named as approval is, "how long does transfer sign-off usually take with this board?".)
  if (text.includes('sign') && namedOtherApproval(text) && !OUR_REQUEST.test(text)) return true;
  // ("how long does expense approval take for the bedrock training?": what is approved is named right
  // before "approval", whatever else of ours the sentence names; "I need Figma access for our new
  // designer, who do I ask?": access to another tool.)
  if (text.includes('approv'))
    return (
      (APPROVAL_PROCESS.test(text) &&
        (OTHER_APPROVAL_NOUN.test(text) ||
          (OTHER_APPROVAL.test(text) && !OUR_REQUEST.test(text)) ||
          othersAccess(text))) ||
      (namedOtherApproval(text) && !OUR_REQUEST.test(text))
    );
  return text.includes('who') && othersAccess(text) && APPROVAL_PROCESS.test(text);
}

/** What is named before "access", "licence", "seat": a tool's name, or a word that names none. */
const ACCESS_OF =
  /\b([a-z][a-z0-9_.-]*)\s+(?:access|licen[cs]es?|seats?|subscriptions?)\b(?!\s*(?:keys?|tokens?|ids?|_key|_keys)\b|[_-])/g;
/** Words before "access" that name no other tool: ours, kinds of access, determiners. */
const NOT_A_TOOL = new Set(
  words(
    'ai genai llm model models api iam aws console admin read write full prod production staging dev root ' +
      'more extra temporary temp the a an my our your their his her its some any no same this that new ' +
      'spare paid free own team user users programmatic cli sdk bot bedrock_bot xxregion xxuser my_own ' +
      'long-term short-term longterm shortterm permanent personal group unit units business to of for ' +
      // (grammar before the noun: "lose access", "have access to the model", "api key vs access key")
      'vs versus and or between have has had having lose loses lost get gets got getting need needs want ' +
      'wants give gives grant granted request requested with without what which whose who all still ' +
      'already also just only enough proper direct remote restricted limited shared ' +
      // (round thirty-five: whom access is given, "what models does a token give me access to?")
      'me us them him you u ' +
      // (the bot by another name: "how do freelancers get access to the assistant?" asks who may use it)
      'assistant chatbot claude',
  ),
);
/**
 * Access, a licence or a seat of another tool ("do we have a Grammarly license I could use?", "who do
 * I ask for Miro access?", "Figma access for a new hire"): the bot hands out only Bedrock's.
 */
export function othersAccess(text: string): boolean {
  if (
    !(text.includes('access') || text.includes('licen') || text.includes('seat') || text.includes('subscri'))
  )
    return false;
  for (const m of text.matchAll(ACCESS_OF)) {
    const name = m[1] ?? '';
    if (NOT_A_TOOL.has(name) || OBJECT_TAGS.has(LEXICON[name] ?? '') || LEXICON[name] === 'Provider')
      continue;
    if (CREDENTIAL_OBJECT.has(LEXICON[name] ?? '') || CHANGE.has(LEXICON[name] ?? '')) continue;
    return true;
  }
  // (round thirty-five: "access to the loyalty admin for the new marketing intern — who approves that one?": the
  // tool named after "access to", when no credential of ours ends its phrase.)
  if (!text.includes('access to')) return false;
  for (const m of text.matchAll(ACCESS_TO)) {
    const name = m[1] ?? '';
    if (NOT_A_TOOL.has(name) || OBJECT_TAGS.has(LEXICON[name] ?? '') || LEXICON[name] === 'Provider')
      continue;
    if (CREDENTIAL_OBJECT.has(LEXICON[name] ?? '') || CHANGE.has(LEXICON[name] ?? '')) continue;
    if (m[2] !== undefined && OBJECT_TAGS.has(LEXICON[m[2]] ?? '')) continue;
    return true;
  }
  return false;
}
/** What is named after "access to": a tool's name and the word after it ("access to the loyalty admin"). */
const ACCESS_TO =
  /\baccess\s+to\s+(?:the\s+|our\s+|their\s+|his\s+|her\s+|an?\s+)?([a-z][a-z0-9_.-]*)(?:\s+([a-z][a-z0-9_.-]*))?/g;

export function asksAboutApprovals(text: string): boolean {
  return (
    APPROVAL_HINT.test(text) &&
    APPROVAL_PROCESS.test(text) &&
    // ("how long does an approval take?", "who approves?": approval is ours unless another thing's.)
    (OUR_REQUEST.test(text) || (text.includes('approv') && !OTHER_APPROVAL.test(text)))
  );
}
