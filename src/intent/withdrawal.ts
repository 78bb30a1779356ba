/**
 * The one table of words that take a request back after it was made, read twice: by negation.ts on
 * the request as the parser reads it (TAKE_BACK cuts the whole message when nothing is asked after
 * it), and by request-sentence.ts's putOffAtEnd on the whole message before the story around the
 * request is left out. A withdrawal often stands in a sentence of its own ("create a key for growth.
 * hmm, take it back"), which asks nothing and so reads as story: read only after that cut, it was
 * lost and the request acted on. Works on the prepared text (lowercase).
 */
import { pick, REFERS_BACK } from './correction-markers.js';
import { NO_LONGER_NEEDED } from './no-longer-needed.js';
import { COMMON_GIVEN_NAMES, GIVEN_NAMES } from './person-names.js';

/**
 * The polite words that may open a keeping ("thanks, please keep it", "pls leave it"), and the keeping
 * itself ("just keep", "let's leave"): one source for KEEP_BACK here and negation.ts's KEPT.
 */
export const POLITE_BEFORE_KEEP = String.raw`(?:(?:thanks|thank\s+you|thx|ty)[\s,.!:;—–…-]+)?(?:(?:please|pls|plz|kindly)[\s,]+)?`;
export const KEEP_OR_LEAVE = String.raw`(?:(?:just|let'?s|we'?ll|better|rather)\s+)?(?:keep|leave)\s`;

/**
 * A reply in the same message that keeps the thing the request would change ("deprovision growth? no,
 * keep the unit", "tear down risk-ml. wait no, keep risk-ml", "rotate the ledger key? actually leave
 * it, it's fine"): after "no", "actually", "wait", "on second thought" or a question mark, "keep" or
 * "leave" its object, with nothing more said of it ("no, keep it for 30 days" sets a lifetime; "keep
 * growth, deprovision ads" opens with it and takes nothing back).
 */
const KEEP_BACK = keepBack();

/**
 * KEEP_BACK's source. Each look back stands after the word it looks back from, and repeats that word:
 * a pattern whose alternative opens with a look back is tried at every position of every text (the
 * engine cannot skip to a word's first letters), which made these few alternatives most of TAKE_BACK's
 * cost. The word repeated is the one just read (no alternative's word ends another), so each match is
 * where and what it was with the look back first. A polite word's alternative without a polite word is
 * left out: it is the first alternative's, whose look back has all its words ("no", "nah", "nope").
 */
function keepBack(): string {
  const turn = String.raw`(?:\b(?:no|nah|nope|actually|wait|thoughts?|hm+)|\?)(?:\s*[,.!:;—–…-])*\s*`;
  const no = String.raw`\b(?:no|nah|nope)(?:\s*[,.!:;—–…-])*\s*`;
  const lead = String.raw`(?:just|let'?s|we'?ll|better|rather)`;
  const verb = String.raw`(?:keep|leave)`;
  const thanks = String.raw`(?:thanks|thank\s+you|thx|ty)`;
  const please = String.raw`(?:please|pls|plz|kindly)`;
  const turned = String.raw`${lead}(?<=${turn}${lead})\s+${verb}|${verb}(?<=${turn}${verb})`;
  const polite = String.raw`(?:${thanks}(?<=${no}${thanks})[\s,.!:;—–…-]+(?:${please}[\s,]+)?|${please}(?<=${no}${please})[\s,]+)(?=${KEEP_OR_LEAVE})(?:${lead}\s+)?${verb}`;
  return String.raw`(?:${turned}|${polite})\s+(?:it|them|that|this|those|(?:the\s+)?[a-z0-9_]+(?:\s+(?:unit|team|key|keys|one))?)(?=\s*(?:[.,;:!?—–…-]|$|(?:alone|as\s+is|be|running|active|alive|for\s+now|please|pls|then|thanks|thx|it'?s|we|because|since|cause|cos)\b))`;
}

/**
 * A sentence that keeps what the request would change ("hmm keep that one."): a take-back, never story
 * to leave out (discourse.ts's storyRanges), else the request before it is read without it.
 */
export const KEEPS_BACK = new RegExp(KEEP_BACK);

/**
 * Words that take back what was said before them: a withdrawal ("scratch that", "nvm", "forget it",
 * "I take that back", "I retract that", "ignore my last message", "… \nignore, wrong acct"; fixlay30: "ignore my token
 * request from earlier", a kind named before the request word), a refusal of one's own request
 * ("hold on, don't", "wait no", "actually nope", "on second thought no", "don't do that"), or
 * putting it off ("not yet", "not now", "let's park it", "let me ask Tom first", "checking with Lena
 * first", "false alarm", "it's working again", "sorry for the noise", "wrong channel"), or saying it is
 * no longer needed after a turn ("no wait, don't need it anymore": no-longer-needed.ts), or doubted and left
 * to another ("revoke the ads key? unsure, ask the data owner", "…? idk, check with the team lead": known27,
 * which put "unsure", "idk" and "dunno" in negation.ts's cheap tests, where the doubt was dropped before it).
 * fix48d: the apology after a dash or doubled ("token 3h pls — sorry, wrong chat", "… oops sorry, wrong window"):
 * a request typed into the wrong window, taken back (not "sorry if wrong channel", a hedge before asking).
 * fixthreads29: a judgement that it is not worth doing, opening its clause ("rotate the x key? eh, not worth it",
 * "…? not worth the hassle"), turns the request down; not "is a 12h token worth it?" nor "not worth the risk".
 * fix52e, tuned-insurer: the same judgement in one word after the ask, "a key for the actuarial team? honestly, overkill,
 * they can use tokens", "…? nah, pointless": the writer turns down what was just asked (not "is a 1-year key overkill?").
 * fix61: not an apology for noise made before ("token 3h pls, and sorry for the noise in here earlier"): the request stands.
 * (units27: "not yet" before where someone is, "she is new and not yet in #bedrock-access", tells a state.)
 */
export const TAKE_BACK = new RegExp(
  String.raw`\b(?:${pick(REFERS_BACK, 'neverMind', 'nevermind', 'nvm', 'jk', 'justKidding').join('|')}|(?:scratch|strike|scrap|withdraw|retract)\s+(?:that|this)|(?:scrap|withdraw|retract)\s+it|forget\s+(?:it|that|about\s+it)|ignore\s+(?:that|this|it|me|(?:my|the|our)\s+(?:last|previous|earlier|above)\s+(?:messages?|msgs?|posts?|request|ask|one)|my\s+(?:(?:last|previous|earlier)\s+)?(?:tokens?|keys?|api_keys?|access_keys?)\s+(?:request|ask))|(?:(?:pls|please|plz|just|kindly)(?<=(?:^|[.!?;,:(\n])\s*(?:pls|please|plz|just|kindly))\s+ignore|ignore(?<=(?:^|[.!?;,:(\n])\s*ignore))(?=\s*(?:[.,;:!()—–-]|$|(?:pls|please|plz|wrong|my\s+bad|sorry|typo|mistake|found|fixed|sorted|solved)\b))|disregard(?:\s+(?:that|this|it))?|belay\s+that|take\s+(?:it|that|this)\s+back|take\s+back\s+(?:what\s+i\s+(?:said|asked|wrote)|my\s+(?:request|ask|message))|changed\s+my\s+mind|cancel\s+(?:that|it)|hold\s+(?:on|off|that|this|it)|let(?:'?s|\s+us)\s+(?:wait|hold|pause|postpone|park|talk|discuss|sync|check|ask)|i\s+meant\s+(?:that\s+)?(?:we|i|you|u|they)\s+(?:should|could|need|have|must|would|might|ought|'d|can)|(?:actually|ah+|oh|hm+|ok|okay|well)[,.]?\s+(?:no|nope|nah|not)\b|(?:nope|nah)(?<!\bor\s(?:nope|nah))|no\s+no|on\s+second\s+thoughts?|second\s+thoughts|(?:don'?t|do\s+not)(?:\s+do\s+(?:that|it|this)|\s+bother)?(?=\s*(?:[.,;!—–-]|$))|(?:do\s+not|don'?t|must\s+not)\s+proceed|(?:decision|outcome|verdict|status|cab)\s*[:=-]?\s*(?:rejected|declined|denied|vetoed|not\s+approved)|${KEEP_BACK}|${NO_LONGER_NEEDED}|(?:(?:please|pls|plz)(?<=\b(?:no|nah|nope)[\s,.!:;—–…-]*(?:please|pls|plz))[\s,]+(?:let'?s|better|rather|we'?d\s+(?:better|rather))|(?:let'?s|better|rather)(?<=\b(?:no|nah|nope)[\s,.!:;—–…-]*(?:let'?s|better|rather))|we'?d\s+(?:better|rather)(?<=\b(?:no|nah|nope)[\s,.!:;—–…-]*we'?d\s+(?:better|rather)))\s+not(?=\s*(?:[.,;:!?—–…-]|$))|false\s+alarm|not(?<=(?:^|[?.!,;:…—–-]|\b(?:eh|meh|nah|hm+|honestly|tbh|probably|prolly|ok|well))\s*not)\s+(?:really\s+|even\s+|quite\s+|rly\s+)?worth\s+(?:it|the\s+(?:hassle|trouble|bother|effort|fuss|time)|bothering)|(?:(?:a\s+)?bit\s+(?:of\s+an?\s+)?|total\s+|complete\s+|kinda\s+)?(?:overkill|pointless|unnecessary)(?<=(?:^|[?.!,;:…—–-]|\b(?:eh|meh|nah|honestly|tbh|probably|prolly|ok|well|seems|that'?s|thats|it'?s|its|feels|sounds\s+like))\s*(?:(?:a\s+)?bit\s+(?:of\s+an?\s+)?|total\s+|complete\s+|kinda\s+)?(?:overkill|pointless|unnecessary))(?=\s*(?:[.,;:!—–…-]|$))|sorry\s+for\s+the\s+noise(?!\s+(?:(?:in\s+here|in\s+(?:this|the)\s+(?:channel|thread))\s+)?(?:earlier|before|yesterday|this\s+morning|last\s+(?:night|week)))|not\s+(?:yet|now|today|right\s+now|this\s+week)(?!\s+(?:in|on|part\s+of|a\s+member|added|invited|onboarded|able|allowed)\b)|let\s+me\s+(?:ask|check\s+with|talk\s+to|confirm\s+with|run\s+it\s+by|double[\s-]?check|think)|(?:checking|check|confirming|talking)\s+with\s+[a-z0-9_']+\s+first|(?:not\s+sure|unsure|idk|dunno)(?:\s+yet)?[\s,.;:!—–-]+(?:ask|check\s+with|talk\s+to|confirm\s+with)\s+[a-z0-9_']+|(?:it'?s|its|it\s+is|all)\s+(?:working|fine|good|sorted|fixed|resolved)\s+(?:again|now)|(?:no|nah|actually|oh|ah|hm+|wait)[,.]?\s+(?:(?:actually|wait)[,.]?\s+)?(?:(?:it'?s|its|it\s+is|that'?s|thats|we'?re|we\s+are|i'?m|i\s+am)\s+(?:all\s+)?(?:fine|ok|okay|good|sorted|covered)|all\s+(?:good|fine|sorted|set))(?=[\s.,;!—–-]*(?:(?:thanks|thank\s+you|thx|ty|lol|sorry|anyway|then)\b[\s.,;!:)(—–-]*)*$)|works\s+again|(?:found|fixed|solved|sorted)\s+it(?=\s*(?:[.,;!]|$))|(?:(?:oops|sorry|ah|oh)(?<=(?:^|[.!?;,:(—–])\s*(?:oops|sorry|ah|oh))(?:[,!]?\s+(?:oops|sorry|my\s+bad))?[,!]?\s+wrong|wrong(?<=(?:^|[.!?;,:(])\s*wrong))\s+(?:channel|chat|thread|window|workspace)(?!\s*,?\s*but\b))\b`,
  'g',
);

/** A cheap look for the words of PUT_OFF below. */
export const PUT_OFF_GUARD =
  /only|later|next|wait|remind|ping|already|still|need|tomorrow|after|day|try|bit|handl|care\s+of|on\s+it/;
/**
 * What a writer adds after a request to put it off that TAKE_BACK does not say ("let's wait until legal
 * confirms", "we can do it next sprint", "I'll ping you when the migration is done") or to make it pointless
 * ("they already have one, so no need", "my old one still works", "Ana already rotated it"). (fix33c: not a
 * condition, "deprovision X, but only after v2 is live": the action on a condition not met yet, which the data
 * README's Later labels as the action and later-condition.ts asks about before anything is done.)
 */
export const PUT_OFF = new RegExp(
  [
    String.raw`\b(?:do|doing|handle|tackle)\s+(?:it|that|this)\s+(?:later|tomorrow|after\b|next\s+(?:week|sprint|month|quarter|time)|on\s+(?:mon|tues|wednes|thurs|fri)day)`,
    String.raw`\bwait\s+(?:until|till|til|for\s+(?:the|legal|security|approval|sign))\b`,
    // fix52f: another doing it ("per Raj: rotate the checkout key before launch (he's handling it)", "…, she's on it").
    String.raw`\b(?:he|she|they)(?:'s|’s|\s+is|'re|’re|\s+are|'ll|’ll|\s+will)\s+(?:already\s+)?(?:handling|taking\s+care\s+of|on|handle|take\s+care\s+of)\s+(?:it|that|this|them)\b`,
    // fix52f: a person waited for ("rotate the ads key — actually no, wait for marco", "… nah, wait for him").
    String.raw`(?<!\b(?:no\s+need\s+to|needn'?t|don'?t|do\s+not|not|never|nobody|no\s+one|without)\s+)\bwait\s+(?:for|on)\s+(?:him|her|them|${[...GIVEN_NAMES, ...COMMON_GIVEN_NAMES].join('|')})\b(?!-)`,
    String.raw`\b(?:i'?ll|i\s+will)\s+(?:ping|remind|nudge|tell)\s+you\s+(?:when|once|after|before)\b|\b(?:i'?ll|i\s+will)\s+remind\s+you\b`,
    String.raw`\b[a-z]+\s+(?:has\s+|had\s+)?already\s+(?:did|done|rotated|revoked|created|made|deleted|removed|deprovisioned|offboarded|issued|sent|shared|gave|handled|sorted|fixed)\s+(?:it|that|this|them|one)\b`,
    String.raw`\b(?:it'?s|its|it\s+is|it\s+was|they'?re|they\s+are|that'?s|that\s+is)\s+already\s+(?:been\s+)?(?:done|revoked|rotated|created|deleted|removed|deprovisioned|offboarded|gone|sorted|handled|taken\s+care\s+of)\b`,
    String.raw`\b(?:they|we|i|he|she)\s+(?:already\s+(?:have|has|got)|(?:have|has)\s+already\s+got)\s+(?:one|it|a\s+(?:key|token))\b`,
    String.raw`\b(?:old|current|other)\s+one\s+(?:(?:in|from|for|on)\s+[a-z0-9_]+\s+)?(?:still\s+works|is\s+still\s+valid|still\s+valid)\b`,
    String.raw`\bnot\s+needed\s+(?:anymore|any\s+more|now|after\s+all)\b|\bno\s+longer\s+needed\b|\bso\s+no\s+need\b|\bno\s+need\s*(?:$|[.!,])`,
    // known24: the writer will ask again another time ("need a token for 2h but my VPN is down, will try
    // later", "…, ill ask again tomorrow", "…, will come back in a bit"): nothing to do now.
    String.raw`\b(?:i'?ll|ill|i\s+will|will|gonna|going\s+to)\s+(?:try|retry|ask|request|come\s+back|circle\s+back|get\s+(?:it|one))(?:\s+(?:it|one|again))?\s+(?:later|tomorrow|in\s+a\s+(?:bit|while|few)|another\s+time|next\s+(?:week|time)|when\s+(?:i'?m|i\s+am|it'?s|its|the|my)\b|once\s+(?:i'?m|i\s+am|it'?s|its|the|my)\b)`,
  ].join('|'),
);
