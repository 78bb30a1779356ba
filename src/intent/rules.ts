import { commandedCodeName } from './commanded-code-name.js';
import { unitInsteadOfPremises } from './premises-of-loss.js';
/**
 * The rules: what a prepared text asks for, read from its tagged terms and a few phrase patterns,
 * with every slot the text states. Ordered rules, each a function over what the text contains
 * (a `Reading`); the first that answers wins. The confidence is 'high' when the rule is sure and
 * 'low' when it only guesses (the engine then asks before acting).
 */
import { statedUnitName } from './stated-unit-name.js';
import { approvalTold } from './approval-told.js';
import { askedAboutNotFor } from './asked-about-not-for.js';
import { toldNotAsked } from './told-not-asked.js';
import { BEDROCK_EVENT_NOUNS } from './bedrock-events.js';
import { ourKindAskedBare, ourKindWeighed } from './our-kind-weighed.js';
import { asksFleetKeys } from './fleet-query.js';
import { registerNoun } from './register-noun.js';
import { modelsOffered } from './models-offered.js';
import { unitsThereAsked } from './units-there-asked.js';
import { keyWithPurpose } from './key-purpose.js';
import { changeAsked } from './change-asked.js';
import { correctedValue } from './correction-markers.js';
import { wishedChanges } from './relayed.js';
import {
  ACTING_INTENTS as ACTS,
  emptyParse,
  type IntentName,
  type ParseResult,
  type StatedPeriod,
} from '../core/request.js';
import { allFor } from './all-keys.js';
import { detailsAskedFirst, requestAskedFirst } from './details-first.js';
import { isNameWord, normalizeBusinessUnit } from './business-unit.js';
import { correctedUnit } from './corrections.js';
import { justMeAsked } from './just-me-asked.js';
import { KINDS_SAME_OR_NOT, keyKindOf, kindOnlyInStory } from './key-kind.js';
import { LOGIN_WORDS, OTHER_VENDOR, seenByOthers } from './lay-words.js';
import { leakDealtWith } from './leak-reported.js';
import {
  asksAboutApprovals,
  asksAboutOtherApprovals,
  asksTokenLent,
  foreignObject,
  moodOf,
  WORK_TICKET,
} from './mood.js';
import { ACTION_TAGS, CHANGE_TAGS, FUNCTION_WORDS, LEXICON, PROVIDER_OF } from './lexicon.js';
import { tradeRotationBefore } from './trade-rotation.js';
import {
  everydayAsideBefore,
  everydayStoryAfter,
  timePhraseStart,
  timePhraseWord,
  TIME_WORDS,
} from './everyday-aside.js';
import { otherThingMade } from './other-thing-made.js';
import { MODEL_FAMILY, familyProvider, purposeProvider } from './model-family.js';
import { boundBesideToken } from './bound-beside-token.js';
import { wordInOtherSense } from './whether-possible.js';
import { familyOnOthersList, foreignThingModels, ourModelAsked } from './model-kind-asked.js';
import { pickOwner, storyOwner, unitsOwnedAsked } from './owner.js';
import { PHRASES, knownPhraseWords } from './phrases.js';
import { paidSpendWord, requestText } from './request-sentence.js';
import type { Prepared } from './prepare.js';
import { withSlots } from './slots.js';
import { type Term, phraseText, tokenize } from './terms.js';
import { whoHasBedrock } from './who-has-bedrock.js';
import { asksToolThingOwner } from './tool-thing-owner.js';
import { findRequestUnit, spelledByPrefixes } from './unit-finder.js';
import { namedOnlyAfterEverythingAsked } from './everything-asked.js';
import { asksOwnUnitsInOtherOrder } from './learner-english.js';
import { OWN_THING_NOUN, asksOwnThings } from './own-things.js';
import { endedUnit, onlyInAside, removedFromElsewhere } from './ended-unit.js';
import { notOursAsked } from './not-ours-asked.js';
import { tokenAskedFirst } from './token-asked-first.js';
import { deletesTheUnit, tagOnlyInUnit, UNIT_WORD_READ, unitWordNotOurs } from './unit-words.js';
import { forPartOfDay } from './day-part.js';
import { COMMON_GIVEN_NAMES, GIVEN_NAMES } from './person-names.js';
import { asksRegisteredUnderMe, asksWhatIsRegistered } from './registered.js';
import {
  listOfOthers,
  modelsAsProducts,
  modelsOfThings,
  OUR_MODEL_WORDS,
  NOTE_FOR_SOMEONE,
  notForTheBot,
  notOursSaid,
  otherSystemAsked,
  readOfRecord,
} from './others-things.js';
import { groupNameWords, nameBeforeGroup, premisesWord, TEAM_NOUNS, thingCell } from './group-nouns.js';
import { whatsOnUnit } from './whats-on.js';
import { systemTail } from './system-run.js';
import { tradeTeam } from './trade-team.js';
import { modelAsPersonAt } from './model-as-person.js';
import { othersListNouns } from './others-list-noun.js';
import { commandOutputTopic } from './command-output-asked.js';
import { eventUnit } from './event-unit.js';
import { weighsUnits } from './units-weighed.js';
import { otherSystemHowTo, otherTradeQuestion } from './other-trade-question.js';
import { othersApproval } from './others-approval.js';
import { ownershipTold } from './ownership-told.js';
import { tradeRegions } from './trade-regions.js';
import { spendJudgedTold, spentOnGoods, tradeSpend } from './spend-elsewhere.js';
import { tokenExpiryAsked, tokenSpanAsked, tokenSupposed } from './help-topic.js';

/** The rules' reason for a credential named only by what it is for ("the AI password"): ask which. */
export const LAY_CREDENTIAL_ASKED = 'a credential for the AI: a token or a key?';

/** "how do I …", "how can we …", "how to …", "how long does …": asking how something works. */
// (fix47c, tuned-styles-long: and whether a change can be undone, "is there a way to undo a revoke?", "any way to
// reverse a rotation?": how the command works, also after the story of one the bot carried out; only a command of
// ours undone, "is there a way to undo the git commit?" is not.)
const HOW_TO =
  /\bhow\s+(?:(?:do|can|could|should|would|will|must|might)\s+(?:i|we|you|u|one|people|someone|somebody|they|my|our|the|a|an)\b|to\b|does\s+(?:one|someone|somebody|a|an|the|my|our)\b|(?:long|often)\s+(?:does|do|is|are|will|can|should|until)\b)|\b(?:is\s+there\s+)?(?:a|any)\s+way\s+to\s+(?:undo|reverse|revert|roll\s+back)\s+(?:(?:a|an|the|my|our|this|that)\s+)?(?:revoke|revocation|rotate|rotation|deprovision\w*|deletion|delete)\b/;
/**
 * Round thirty-seven's retrain: whether one can see who did something to any key, asked of the bot ("can I see who
 * rotated a key?", "could we find out who revoked any of the keys?"): what the history shows, a how-to as "how can I
 * see who rotated a key?" is; one key asked of ("can I see who rotated the ads key?") is the history read itself.
 */
const CAN_SEE_WHO =
  /^\W*(?:can|could|may)\s+(?:i|we|one)\s+(?:see|find\s+out|check|tell|look\s+up)\s+who\s+[a-z]+ed\s+(?:a|any|an)\s+(?:(?:api|access|long[\s-]?term|bedrock)\s+)?(?:keys?|tokens?|credentials?)\s*\??\s*$/;
/** asks29: how a thing works, the thing named after its determiner ("how does the till work?", "how works the kassa"). */
const HOW_THING_WORKS =
  /\bhow\s+(?:does|do|works?)\s+(?:the|a|an|their|that|these|those)\s+([a-z][a-z'-]*)(?:\s+[a-z][a-z'-]*){0,4}?\s+(?:work|works|in|of|on|at)\b|\bhow\s+works?\s+(?:the|a|an|their|that)\s+([a-z][a-z'-]*)/;
/** Things of ours, or the bot's, whose working is asked of its help. */
const OUR_WORKING_THINGS = new Set(
  (
    'bot bedrock bedrock_bot approval approvals process rotation rotations expiry expiration limit limits quota ' +
    'quotas request requests command commands slash key keys token tokens whole access api aws console model ' +
    'models setup onboarding offboarding deprovisioning revocation renewal renewals ttl lifetime system flow ' +
    'workflow sign login integration app tool thing channel permission permissions policy policies'
  ).split(' '),
);
/** "how to" inside a told sentence: "i will show how to …", "we learned how to …". */
const TOLD_HOW_TO =
  /\b(?:i|we|you|they|he|she)\s+(?:\w+\s+){0,2}?(?:show|showed|explain|explained|learn|learned|learnt|know|knew|demo|figured\s+out|found\s+out)\s+how\s+to\b/;
/**
 * fix49a, tuned-styles-southasia: what to do once one of our credentials ends, "what do I do after the token expires?",
 * "what should we do if the api key is revoked?" (and the Hinglish "token expire hone ke baad kya karna hai?" glossed
 * so): how to go on with the bot's credentials, a how-to as "how do I renew the token after it expires?" is.
 */
const WHAT_TO_DO_AFTER =
  /\bwhat\s+(?:do|should|must|can|shall)\s+(?:i|we)\s+do\s+(?:after|when|once|if)\s+(?:the|my|our|a|an)\s+(?:(?:api|access|bedrock)\s+)?(?:token|key|creds|credentials?)\s+(?:is\s+|has\s+|gets\s+|got\s+)?(?:expire[sd]?|expiring|revoked|rotated)\b/;
/** Who may do something: "who can deprovision a team", "who is allowed to rotate keys". */
const WHO_MAY =
  /^\s*(?:[a-z']+\s+)?who\s+(?:can|may|could|is\s+allowed\s+to|are\s+allowed\s+to|gets\s+to|has\s+the\s+right\s+to|has\s+permission\s+to)\b/;
/** Who may read something: "who can see the list of units?", "who is allowed to view the spend?". */
const WHO_MAY_SEE =
  /\bwho\s+(?:can|may|could|is\s+allowed\s+to|are\s+allowed\s+to|gets\s+to)\s+(?:see|view|look\s+at|read|access|check|open)\b/;
/** Where to look: "where i see history of my requests", "where can I check what we spent?". */
const WHERE_TO =
  /^\W*where\s+(?:do\s+|can\s+|could\s+|should\s+|would\s+|will\s+)?(?:i|we|one|u|you)\s+(?:\w+\s+)?(?:see|find|check|look|view|read)\b/;
/**
 * Asked to explain: "please explain me how the api key works", "can you explain what a key is"; not
 * told ("at the all-hands i will explain how to rotate a key").
 */
const EXPLAIN_ME =
  /(?:^\W*|\b(?:please|pls|plz|kindly|(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|anybody)(?:\s+please)?)\s+)explain\b(?:\s+(?:me|to\s+me|us|to\s+us))?\s+(?:how|what|why|which|when|the\s+difference)\b/;
/** Definitions and comparisons ("what's a…", "difference between", "should I use a key or …"). */
const EXPLAIN =
  /\bdifference\s+between\b|\b(?:what|which)(?:'s|s|\s+is)\s+(?:the\s+)?difference\b|^\W*(?:is|are)\s+(?:the\s+)?(?:list|details|history|spend|models)\b[^?.!]{0,30}\b(?:the\s+same|same\s+(?:as|thing)|similar|different|like)\b|\b(?:should|do|would)\s+(?:i|we)\s+(?:use|need|get|pick|choose|want)\b[^?.!]*\bor\b|\bwhat(?:'s|s|\s+is|\s+are)\s+(?:a|an)\s/;
/** "list of commands?", "list of your commands pls": the bot's commands, not the units (asked, or said alone). */
const LIST_OF_COMMANDS = /\blist\s+(?:of\s+)?(?:the\s+|all\s+(?:the\s+)?|your\s+|its\s+)?commands\b/;
/**
 * Bounds asked about ("what's the longest token I can get", "is there a max on keys per unit", "is there a minimum …", "is 12h the max?"), also after
 * a length ("could I get a token for 24 hours or is twelve the max", "… or is that over the limit?")
 * and in the word order of non-native writers ("is minimum for token 15 minutes?").
 */
const LIMIT_ASKED =
  /\b(?:what(?:'s|s|\s+is|\s+are)|whats)\s+the\s+(?:longest|shortest|max(?:imum)?|min(?:imum)?|default|most|least)\b|\bis\s+there\s+(?:a|any)\s+(?:max(?:imum)?|min(?:imum)?|limit|cap)\b|^\s*is\s+(?:\w+\s+){0,3}?(?:really\s+)?the\s+(?:cap|max(?:imum)?|limit|longest|shortest|minimum)\b[^.!]*\?|^\s*is\s+(?:the\s+)?(?:max(?:imum)?|min(?:imum)?|limit|cap)\s+(?:for|of|on)\b[^.!]*\?/;
/**
 * A bound asked after a length ("… for 24 hours or is twelve the max", "… or is that over the limit?"), at
 * the end or with its question mark, what follows the story (round twenty-four: "could I get a token for
 * twelve hours, or is twelve the max? it's for the deorbit sim").
 */
const LIMIT_AFTER_LENGTH =
  /\bor\s+is\s+(?:\w+\s+){0,2}?the\s+(?:cap|max(?:imum)?|limit|longest|shortest|min(?:imum)?)\s*(?:\?|[!.]*\s*$)|\bor\s+is\s+(?:that|it|this)\s+(?:over|above|past|beyond|under|below|too\s+(?:long|short|much))\b/;
/** Two things weighed ("key vs token"): a question only when asked ("…, which one?", "… vs …?"). */
const VERSUS = /\b(?:vs|versus)\b/;
/**
 * "why" opening a question ("why did my token expire", "hm, why not?", "any idea why"), not a told
 * reason ("that's why the deploy failed", "no idea why", "just so you know why").
 */
const WHY_ASKED =
  /(?:^\s*|[.!?;:,(]\s*)(?:(?:so|and|but|ok|okay|also|btw|hm+|um+|lol|hey|hi|then|xxuser)\s+)*why\b|\bany\s+ideas?\s+why\b/;
/** Tags of the bot's own things: a "why" or "vs" question about none of them is not for the bot. */
const OUR_TAGS = [
  'Bedrock',
  'Models',
  'Provider',
  'Unit',
  'Spend',
  'History',
  'Region',
  'Help',
  'Owner',
  'Api',
  'Aws',
];
/** Someone's own spending: "I spent the morning …", "what did you spend on lunch". */
const PERSONAL_SPEND = /\b(?:i|you|u|i've|you've)\s+(?:\w+\s+)?(?:spent|spend|spending|burned|burnt)\b/;
/** Our changes, done: "deleted", "issued". */
const PAST_DONE =
  '(?:deleted|removed|revoked|rotated|created|deprovisioned|changed|disabled|issued|added|offboarded|onboarded|renewed|regenerated|destroyed)';
/**
 * A question about changes already made: "what got deleted", "which keys were revoked". (fix37b, tuned-shipyard:
 * "anything issued for ndt-reports at the moment?" asks what is out now, the unit's details; "anything issued for
 * ndt-reports this week?", "was anything issued …" ask the record.)
 */
const PAST_CHANGE = new RegExp(
  String.raw`\b(?:what\s+|which\s+(?:[a-z_]+\s+){0,2}?)(?:got|was|were|has\s+been|have\s+been|had\s+been)\s+(?:delet|remov|revok|rotat|creat|deprovision|chang|disabl|issu|add|offboard|onboard|renew|regenerat|destroy)[a-z]*\b|^\s*(?:(?:was|were|has|have)\s+)?(?:anything|something|any\s+(?:keys?|tokens?|units?|creds|credentials))\s+(?:(?:got|been|was|were)\s+${PAST_DONE}|${PAST_DONE}(?![^?.!\n]*\b(?:at\s+the\s+moment|right\s+now|currently|at\s+present|as\s+we\s+speak)\b))\b`,
);
/**
 * (reads26) Taken out of a thing that is not ours ("what was removed from the menu last week?", "what was
 * deleted from the shared drive yesterday?"): no credential named, the change is that thing's.
 */
const TAKEN_FROM_THING =
  /\b(?:delet|remov|revok|rotat|disabl|destroy)[a-z]*\s+(?:from|off|out\s+of)\s+(?:the|my|our|your|a|this|that)\s+(?!(?:bot|bedrock|bedrock_bot|ledger|units?|teams?)\b)/;
/** Whether anything was done to something: "anything done on X", "has anything happened to X". */
const ANYTHING_DONE =
  /^\W*(?:(?:was|has|have|is)\s+)?(?:anything|something)\s+(?:been\s+)?(?:done|happened|happen|happening|going\s+on)\s+(?:on|to|with|for|in)\b/;
/**
 * What has been going on with a unit, the whole question ("what's been going on with meta-clean lately",
 * "what has been going on with ledger-sync this month?"): its record of changes. Said of anything else, or with
 * more after it ("… with the weather, it's been awful"), it is no such question.
 */
const GOING_ON_WITH =
  /^\W*(?:(?:so|hey|hi|ok|quick\s+q)[\s,]+)?what(?:'s|s|\s+has)\s+been\s+(?:going\s+on|happening)\s+(?:with|on|to)\s+(?:the\s+)?[a-z0-9][a-z0-9_]*(?:'s)?(?:\s+(?:keys?|unit|team))?\s*(?:lately|recently|of\s+late|xxperiod)?\s*[?.!]*\s*$/;
/** The approval of one of ours named, then who gave it asked: "approval of X's access key - who signed it off?". */
const APPROVAL_THEN_WHO =
  /\bapproval\s+(?:of|for)\b[^?]{0,80}?\bwho\s+(?:signed\s+(?:it\s+|that\s+)?off|approved\s+(?:it|that)|ok(?:ay)?e?d\s+(?:it|that))\b/;
const WHO_APPROVED =
  /\bwho\s+(?:signed\s+off|approved|okayed|ok'd|greenlit|green_lit|greenlighted|blessed|sanctioned|authori[sz]ed|touched|requested|asked\s+for|ordered|gave\s+(?:the\s+|us\s+the\s+|them\s+the\s+)?(?:go_ahead|go\s+ahead|green\s+light|green_light|thumbs\s+up|ok|okay|nod|sign_off|approval))\b/;
/**
 * A question that opens with when one of our changes happened (a key's creation is one too, README
 * "When a change happened": WHEN_MADE).
 */
const WHEN_CHANGED =
  /(?:^\s*|[.!?;:\n]\s*|\b(?:so|and|but|hey|hi|ok|also|btw|quick\s+q)(?:\s+(?:bot|bedrock|there))?\s*,?\s+)when\s+(?:did|was|were|has|have|had)\s+(?:[\w'-]+\s+){0,4}?(?:(?:last|first|most\s+recently|previously)\s+)?(?:rotated?|revoked?|deprovision(?:ed)?|offboard(?:ed)?|regenerated?|renew(?:ed)?|roll(?:ed)?|cycled?)\b/;
/**
 * A question that opens with when a key was made: "when was the hartmann key created?", "when did we set
 * up the analytics guild's key, and who did it?", "when was the key for recsys issued" (README, round
 * sixteen: a creation is a change in the record, history). NOW_ASKED keeps one that also asks what the
 * key has now for details. Also after the bot's mention or "hey bot," (round twenty: "<@bot> when was the
 * key for impact-reporting created?", the mention leaves a space first).
 */
const WHEN_MADE =
  /(?:^\s*|[.!?;:\n]\s*|\b(?:so|and|but|hey|hi|ok|also|btw|quick\s+q)(?:\s+(?:bot|bedrock|there))?\s*,?\s+)when\s+(?:did|was|were|has|have|had)\s+(?:[\w'-]+\s+){0,5}?(?:(?:first|originally|initially)\s+)?(?:created?|issued?|generated?|minted|made|setup|set\s+up)\b/;
/**
 * What a key has now, asked beside when it was made: "… and when does it expire?", "… how long is it
 * valid?", "… and who owns it?", "how many keys does checkout have, and when were they created?",
 * "what is it exactly and when was it created?": details shows both.
 */
const NOW_ASKED =
  /\b(?:expir\w*|run\s+out|runs\s+out|lapse|lapses|valid|validity|good\s+(?:for|until|till)|how\s+(?:old|long|many|much)|who\s+owns|owner|owned|what\s+is\s+it|what'?s\s+it|what\s+(?:keys|kind|type)|still\s+(?:active|live|good|work\w*))\b/;
/**
 * Whether one of our changes happened, then when: "was the growth key rotated after the incident?
 * when?", "has the ads key been revoked yet, and when?". Asked of a thing (passive), not of a person
 * ("has anyone rotated the recsys key? when?", "did we rotate it?" ask the channel).
 */
const WHETHER_THEN_WHEN =
  /^\W*(?:(?:so|and|also|btw|ok|hey|hi)\W+)?(?:was|were|has|have|had)\s+(?!(?:any|some|every|no)(?:one|body)\b|(?:you|u|we|they|he|she|i)\b)(?:[\w'-]+\s+){0,4}?(?:been\s+)?(?:(?:already|ever|actually|really)\s+)?(?:rotated|revoked|deprovisioned|offboarded|regenerated|renewed|rolled|cycled)\b[^.!?\n]{0,40}?(?:\?+\s*)?(?:(?:and|so|but)\s+)?\bwhen\s*(?:\?|$|exactly\b)/;
/** When the last change was, its noun first: "last rotation of the billing key was when?". */
const LAST_CHANGE_WHEN =
  /\b(?:last|latest|most\s+recent|previous)\s+(?:rotation|revocation|regeneration|renewal|rollover)\s+(?:of|for|on)\s+[^?.!\n]{1,50}?\b(?:was|is|happened)\s+when\b/;
/** One's own doings asked about: "what did I do", "what have I done", "what did I change". */
const MY_ACTIVITY =
  /\bwhat\s+(?:did|have|had)\s+i\s+(?:\w+\s+)?(?:do|done|change|changed|request|requested|create|created|rotate|rotated|revoke|revoked)\b|\b(?:everything|all|anything)\s+(?:that\s+)?(?:i|i've|ive)\s+(?:have\s+|ever\s+)?(?:did|done|changed|requested|created|rotated|revoked)\s+(?:in|on|with|through|via)\b(?![^.!?\n]{0,60}\b(?:was|is|were|has\s+been)\b)/;
/**
 * requests24: "what has been done on the beer-recs unit in the last 3 months?", "what was done to the ads
 * keys": what was done to a unit, asked (as "anything done on …"; not "about" a story's thing); not as the
 * subject of a statement ("what was done on the growth key was wrong, revoke it": fix24c).
 */
const WHAT_DONE =
  /^\W*(?:(?:so|and|ok|hi|hey)\s+)?what\s+(?:has|have|was|were|had)\s+(?:been\s+)?(?:done|changed|happening)\s+(?:on|to|with|for|in)\b(?![^.!?\n]{0,60}\b(?:was|is|were|are)\s+(?!it\b|they\b|that\b))/;
const WITH_US = /\b(?:with|on|in|through|via)\s+(?:the\s+)?(?:bot|bedrock|bedrock_bot|you)\b/;
/** A clause that opens with who approved something: "who signed off on …", "and who okayed …". */
const KEY_APPROVED_ASKED = new RegExp(
  String.raw`(?:^|[.!?;:\n]\s*|\b(?:so|and|but|also|ok|hey|hi|pls|please)\s+)${WHO_APPROVED.source.replace(/^\\b/, '')}`,
);
/**
 * A record of changes asked for, the changes named as nouns ("the audit trail of key creations and
 * rotations in October", "a log of all revocations for fraud-ml", "history of the deletions"): no
 * change is ordered, the record is (a verb, "rotate the key and send me the log", still orders).
 */
const RECORD_OF_CHANGES =
  /\b(?:audit|trail|trails|log|logs|history|record|records|report)\s+(?:of|for|on|about|with)\s+(?:[a-z0-9_-]+\s+){0,4}?(?:rotations?|revocations?|creations?|deletions?|removals?|renewals?|deprovisionings?|offboardings?|onboardings?|(?:key|keys|credential|credentials|bedrock|access)\s+changes)\b/;
/** What was done lately, as a noun, on a thing named after it: "recent actions on", "the last changes to". */
const RECENT_DONE =
  /\b(?:recent|latest|last(?:\s+\d{1,3})?)\s+(?:actions|changes)\s+(?:on|for|to|of|in)\s+(?:the\s+)?[*_`]?([a-z0-9][a-z0-9_.-]*)/;
/** Tokens of everyday life: "a token of appreciation", "bus token", "game tokens". */
const TOKEN_EVERYDAY =
  /\btokens?\s+of\s+(?:appreciation|gratitude|thanks)|\b(?:bus|subway|metro|game|arcade|laundry|casino|parking)\s+tokens?\b/;
/** Onboarding of a person (a new hire), not of a business unit. */
const PERSONAL_ONBOARDING =
  /\b(?:my|her|his|their|the|our|new\s+hire|i'm|im|she's|he's|they're|for)\s+onboarding\b(?!\s+(?:of|for)\s)|\bonboarding\s+(?:session|sessions|tasks?|buddy|week|day|docs?|checklist|call|training|process)\b|\bnew\s+(?:joiner|hire|starter)s?\b/;
/** A request someone else made earlier is reported, not made ("Sam asked for a key … approved yet?"). */
const REPORTED = /\b(?:asked|requested|ordered)\s+(?:for\s+)?(?:a|an|the|their|his|her)\b/;
/** A statement about keys or tokens: "API keys are a mess", "the token was fine". */
const STATEMENT =
  /\b(?:keys?|tokens?|api_key|creds|credentials|access)\s+(?:are|is|was|were|works|worked|expired|broke|failed|stopped)\b/;
/** A token refused: "not a token", "no token", "not one of those tokens". */
const TOKEN_REFUSED = /\b(?:not|no)\s+(?:an?\s+|one\s+of\s+(?:those|these|the)\s+)?tokens?\b/;
/** A question to the people in the channel, not to the bot: "anyone still holding NFT tokens?". */
const TO_PEOPLE = /^\s*(?:(?:does|did|has|is)\s+)?(?:anyone|anybody|everyone|somebody|someone)\b/;
/** HTTP status codes and error words: a report that something fails ("getting 403s", "429 errors"). */
const ERROR_REPORT =
  /\b[45]\d\ds?\b|\b(?:errors?|erroring|forbidden|unauthori[sz]ed|throttled|throttling|access\s+denied|invalid\s+signature|signature\s+(?:mismatch|expired|does\s*n[o']?t\s+match)|accessdenied|[a-z]{3,}(?:exception|error))\b/;
/** A token the writer holds, told of as failing ("my token for xxdur says …", "the xxdur token throws …"). */
const HELD_TOKEN_FAILS =
  /\b(?:my|the|our|this|that)\s+(?:xxdur\s+)?(?:bedrock\s+)?token\s+(?:(?:for|of)\s+xxdur\s+)?(?:says?|said|throws?|threw|returns?|returned|gives?|gave|shows?|showed|fails?|failed|errors?|errored|keeps?|doesn'?t|does\s+not|isn'?t|is\s+not|won'?t|stopped|died|broke|ran\s+out|runs\s+out|expired|timed\s+out|is\s+broken|is\s+invalid|gets?\s+rejected|was\s+rejected|is\s+rejected)\b/;
/** A new one asked for after the report ("… need a new one", "can I get another"). */
const ASKS_AGAIN =
  /\b(?:new\s+(?:one|token)|another(?:\s+one)?|fresh\s+one|give\s+me|gimme|get\s+me|can\s+i\s+(?:get|have)|need|needs|want|wants|(?:would|'d)\s+like|re-?issue|replace|create|generate|make|rotate|revoke)\b/;
/** A sentence that states a duration and no error: "two and a half hours should do it this time". */

/**
 * sweep27: a token noun that is also an everyday word ("session", "temp", "temporary"): "pls create an invoice
 * for Studio-B, Night-Owls session, 6h" books a session, and beside a thing of another trade made (an invoice, a
 * rota) it names no credential (credentials, below); "token", "sts" always do.
 */
const EVERYDAY_TOKEN_NOUNS = new Set(['session', 'sessions', 'temp', 'temporary']);
function onlyEverydayTokenNouns(terms: Term[]): boolean {
  return terms.every((t) => t.tag !== 'TokenNoun' || EVERYDAY_TOKEN_NOUNS.has(t.w));
}
function lifetimeApart(text: string): boolean {
  for (const sentence of text.split(/[.!?;:\n]+/))
    if (sentence.includes('xxdur') && !ERROR_REPORT.test(sentence) && !PAST_ERROR.test(sentence)) return true;
  return false;
}
/** A duration told of ("it died after xxdur", "failed for xxdur"): still the report. */
const PAST_ERROR =
  /\b(?:after|since|for|every|in)\s+(?:the\s+(?:last|past)\s+)?xxdur\b|\bxxdur\s+(?:ago|in|into)\b/;
/** Words about a service's health: the bot does not answer those. */
const STATUS_WORDS = new Set(
  'down outage outages broken slow erroring failing throttled throttling latency degraded incident flaky unstable'.split(
    ' ',
  ),
);
/** Words that name a key (not a token): "key", "credentials", "secret", … */
const KEY_OBJECTS = ['key', 'keys', 'credential', 'credentials', 'creds', 'api_key', 'secret', 'keypair'];
const UNDOING_TAGS = ['Rotate', 'Refresh', 'Revoke', 'Delete', 'Deprovision'];

/** What a text contains, worked out once for all rules. */
export interface Reading {
  p: Prepared;
  terms: Term[];
  phrase: string;
  words: Set<string>;
  has: (tag: string) => boolean;
  businessUnit: string | null;
  /** A unit said to have ended, whose "it" the request removes (ended-unit.ts), or null. */
  endedName: string | null;
  /** A person's given name alone was refused as the unit ("create a key for dave"): unit-finder.ts. */
  personAsUnit: boolean;
  provider: string | null;
  longTerm: boolean;
  /** A word for a credential: key, token, API, AWS. */
  hasKey: boolean;
  /** A word for a key (not a token) is the object. */
  keyObject: boolean;
  /** A verb of something the bot can do. */
  action: boolean;
  /** A verb of making or getting, not in the past ("created" in "when was it created" makes nothing). */
  makes: boolean;
  result: (intent: IntentName, confidence: 'high' | 'low', reason: string) => ParseResult;
}

type Rule = (r: Reading) => ParseResult | null;

/**
 * Words that name a provider only next to it or to a model word: "command" is Cohere's only as
 * "cohere command" or "command r"; "the command to rotate a key", "the slash command" name none.
 */
const PROVIDER_ONLY_NEAR = new Map([
  // (before it only "cohere": "the models command", "the list command" are the bot's commands)
  ['command', { before: /^cohere$/, after: /^(?:r|r_plus|light|model|models)$/ }],
  // "Writer" (Palmyra) only next to a model word: "a content writer", "technical writers" name none.
  [
    'writer',
    { before: /^(?:palmyra|model|models|llm|llms|from|by)$/, after: /^(?:palmyra|model|models|llm|llms)$/ },
  ],
]);
/**
 * fix41b, tuned-cosmetics: a provider's name that is an everyday noun names no provider before a noun of the work it
 * qualifies ("I'm in the stability lab all afternoon", "the stability chamber logs", "the overnight stability runs"):
 * a lab's or a test's, not Stability AI's ("stability models?", "anything from stability?" stay the provider's).
 */
const PROVIDER_NOT_BEFORE = new Map([
  [
    'stability',
    /^(?:labs?|chambers?|study|studies|tests?|testing|runs?|data|reports?|rooms?|trials?|samples?|programs?|programmes?|protocols?|issues?|checks?|results?|team|pulls?|timepoints?|batch|batches|logs?|readings?|fridges?|ovens?|storage)$/,
  ],
]);
/** "claude or only amazon's own models?", "is llama included, or only anthropic?": weighed, none asked for. */
// (fix50c: and the Romance languages' or: "llama o solo con claude?", "llama ou só o claude?".)
const WEIGHED_PROVIDERS = new Set(['or', 'vs', 'versus', 'o', 'ou', 'oppure']);

/**
 * fix52g, tuned-styles-relay/-lay: a maker named only to be set apart from the rest, "is there anything besides Claude",
 * "models other than llama", "what else apart from claude", "is there a Claude one and others": the question asks about
 * the others, no maker (README "Provider": a question weighing makers states none).
 */
const APART_BEFORE = new Set(['besides', 'beside', 'except', 'excluding', 'beyond']);
const APART_TWO_BEFORE = new Set(['apart from', 'other than', 'aside from', 'except for', 'outside of']);
const OTHERS_AFTER =
  /^(?:(?:one|ones|models?|model)\s+)?(?:and|or)\s+(?:the\s+|any\s+)?(?:others?|other\s+ones|else)\b/;
function setApart(terms: Term[], i: number): boolean {
  if (APART_BEFORE.has(terms[i - 1]?.w ?? '')) return true;
  if (APART_TWO_BEFORE.has(`${terms[i - 2]?.w ?? ''} ${terms[i - 1]?.w ?? ''}`)) return true;
  const after = terms
    .slice(i + 1, i + 5)
    .map((t) => t.w)
    .join(' ');
  return (after.includes('other') || after.includes('else')) && OTHERS_AFTER.test(after);
}

/** fix53d: which of two makers is available, asked ("is llama 3 available for us or only claude?"): the list decides. */
export const MAKERS_WEIGHED_AVAILABLE = 'asks which of two makers is available';

/**
 * The provider the terms name first, or null; none when a question weighs two providers against each
 * other ("can the token call claude or only amazon's models?").
 */
function providerOf(terms: Term[], question: boolean): string | null {
  let first: string | null = null;
  let at = -1;
  for (const [i, t] of terms.entries()) {
    if (!Object.hasOwn(PROVIDER_OF, t.w) && !MODEL_FAMILY.has(t.w)) continue;
    // (A word of ours read as a name's, untagged: a person called Claude, a trade's team.)
    if (t.tag === undefined && LEXICON[t.w] !== undefined) continue;
    const near = PROVIDER_ONLY_NEAR.get(t.w);
    if (
      near !== undefined &&
      !near.before.test(terms[i - 1]?.w ?? '') &&
      !near.after.test(terms[i + 1]?.w ?? '')
    )
      continue;
    if (PROVIDER_NOT_BEFORE.get(t.w)?.test(terms[i + 1]?.w ?? '') === true) continue;
    if (setApart(terms, i)) continue;
    const provider = PROVIDER_OF[t.w] ?? familyProvider(terms, i);
    if (provider === null) continue;
    if (first === null) {
      // (fix54a, tuned-adtech: a request weighs two makers only when a second follows with "vs"/"or" between, "token
      // 2 hrs, llama vs mistral bake off": no maker; otherwise its first maker is the one, as before.)
      if (!question && !weighedAhead(terms, i)) return provider;
      first = provider;
      at = i;
      continue;
    }
    // (fix49g, tuned-styles-anglo: the maker's last word is where the weighing starts, "can I use claude sonnet
    // through this or is it just the amazon models?", a family after the maker's model.)
    if (provider === first) {
      at = i;
      continue;
    }
    // A second provider within a few words, after "or"/"vs": the two are weighed.
    return i - at <= 8 && terms.slice(at + 1, i).some((x) => WEIGHED_PROVIDERS.has(x.w)) ? null : first;
  }
  return first;
}

/** Whether "vs", "versus" or "or" follows the maker at i within two words, then another maker's word ("llama vs mistral"). */
function weighedAhead(terms: Term[], i: number): boolean {
  for (let j = i + 1; j <= i + 3 && j < terms.length; j++) {
    const w = terms[j]?.w ?? '';
    if (!WEIGHED_PROVIDERS.has(w)) continue;
    const next = terms[j + 1]?.w ?? '';
    return (
      (Object.hasOwn(PROVIDER_OF, next) || MODEL_FAMILY.has(next)) &&
      PROVIDER_OF[next] !== PROVIDER_OF[terms[i]?.w ?? '']
    );
  }
  return false;
}

/**
 * Of providers named in several sentences, the one the question asks about ("legal approved cohere
 * already. can I use llama in frankfurt?" → meta; "we compare Anthropic and Meta models. Which meta
 * models can we use?" → meta); the first one named when the question names none.
 */
function askedProvider(terms: Term[], text: string): string | null {
  const question = text.includes('?');
  const first = providerOf(terms, question);
  if (!question || !terms.some((t) => t.end === true)) return first;
  let start = 0;
  for (const [i, t] of terms.entries()) {
    if (t.end !== true && i < terms.length - 1) continue;
    const sentence = terms.slice(start, i + 1);
    start = i + 1;
    if (
      sentence.length === terms.length ||
      !sentence.some((x) => Object.hasOwn(PROVIDER_OF, x.w) || MODEL_FAMILY.has(x.w))
    )
      continue;
    if (!sentenceAsks(text, sentence)) continue;
    return providerOf(sentence, true) ?? first;
  }
  return first;
}

/** Does this sentence of the text end in a question mark? (Its last word is followed by "?".) */
function sentenceAsks(text: string, sentence: Term[]): boolean {
  const last = sentence[sentence.length - 1]?.w ?? '';
  return new RegExp(String.raw`(?:^|[^\w])${last.replace(/[^\w]/g, '\\$&')}\W{0,3}\?`).test(text);
}

/**
 * The key kind of a message with pasted blocks, read from the person's own words: "AKIA…" in a
 * scanner's table, "Authorization: Bearer …" in a curl line or "IAM Access Key Rotation" in an
 * advisor's finding name what the paste is about, not the kind asked for.
 */
function ownKeyKind(p: Prepared, all: Term[]): ReturnType<typeof keyKindOf> {
  const pasted = p.pastedWords ?? new Set<string>();
  const terms = all.filter((t) => !pasted.has(t.w));
  const tags = new Set<string>();
  const words = new Set<string>();
  for (const t of terms) {
    words.add(t.w);
    if (t.tag) tags.add(t.tag);
  }
  const phrase = phraseText(terms);
  knownPhraseWords(phrase, words);
  return keyKindOf(phrase, tags, words, p.text, p.story);
}

/** Words that copy a team in, not name the unit: "cc the claims service team", "loop in the search desk". */
const COPY_WORDS = new Set(['cc', 'cc:', 'cc’d', "cc'd", 'ccing', 'copy', 'copying']);

/** Is the run of words at `from` a team copied in ("cc the …", "loop in the …", "cc'ing our …")? */
function copiedIn(terms: Term[], from: number): boolean {
  let k = from - 1;
  if (OWNERS_BEFORE.has(terms[k]?.w ?? '')) k--;
  const w = terms[k]?.w ?? '';
  return COPY_WORDS.has(w) || (w === 'in' && terms[k - 1]?.w === 'loop');
}
const OWNERS_BEFORE = new Set(['the', 'our', 'their', 'your']);

function read(p: Prepared): Reading {
  const terms = tokenize(p.text).filter((t) => t.w !== 'bedrock_bot');
  // ("api key for the gate ops crew", "rotate the temporary works desk key": a team named in the words
  // of a trade; its words are the name's, not everyday things or a token: trade-team.ts.)
  const trade = tradeTeam(terms);
  if (trade !== null)
    for (let k = trade.from; k <= trade.noun; k++) {
      const t = terms[k];
      if (t !== undefined) terms[k] = { ...t, tag: undefined };
    }
  // ("Claude lost his badge, can you revoke it": a colleague called by a model's name; model-as-person.ts.)
  const person = terms.some((t) => t.tag === 'Provider' || t.tag === 'Models') ? modelAsPersonAt(terms) : -1;
  const called = terms[person];
  if (called !== undefined) terms[person] = { ...called, tag: undefined };
  // ("key for the bar team pls, for the wine list descriptions": another trade's list, a noun; others-list-noun.ts.)
  for (const k of othersListNouns(terms)) {
    const t = terms[k];
    if (t !== undefined) terms[k] = { ...t, tag: undefined };
  }
  const phrase = phraseText(terms);
  const tags = new Set<string>();
  const words = new Set<string>();
  for (const t of terms) {
    words.add(t.w);
    if (t.tag) tags.add(t.tag);
  }
  knownPhraseWords(phrase, words);
  const has = (tag: string): boolean => tags.has(tag);
  // The request's unit; a name given as the unit's in the story around it, or one the story names when
  // the request names none ("We're the Payments team. … a long-term key?"): unit-finder.ts.
  const unitSeen = { person: false };
  let businessUnit = findRequestUnit(terms, p.story, p.pastedWords, p.titled, unitSeen);
  // (train28s: "was anything deprovisioned last month? someone says old-analytics vanished": everything-asked.ts.)
  if (businessUnit !== null && namedOnlyAfterEverythingAsked(p.text, businessUnit)) businessUnit = null;
  // (The trade team's whole name, where the finder took none or only its end: "ops-crew" of "gate ops crew".)
  // (units21: or its start, "digital" of "the digital service team", whose tag the trade run cleared.)
  // (fix21c: not a team copied in, "rotate the key for claims, cc the claims service team", "loop in the
  // search platform team"; nor a later run that only opens with the finder's word, which it took earlier.)
  if (
    trade !== null &&
    !copiedIn(terms, trade.from) &&
    (businessUnit === null ||
      trade.name.endsWith(`-${businessUnit}`) ||
      (trade.name.startsWith(`${businessUnit}-`) &&
        terms[trade.from - 1]?.w !== 'with' &&
        !terms.slice(0, trade.from).some((t) => t.w === businessUnit?.split('-')[0])))
  )
    businessUnit = trade.name;
  // (post40a: a cell that is a thing, not a group, "the prison cell", "the battery cell": group-nouns.ts thingCell.)
  if (businessUnit?.endsWith('-cell') === true && thingCell(businessUnit.split('-').at(-2) ?? ''))
    businessUnit = null;
  // "project Phoenix got cancelled, please deprovision it": the unit said to have ended (ended-unit.ts),
  // a reading the rules only guess at (low: asked about, never acted on at once), also when the unit
  // finder took the same name from the story: the request itself removes only "it".
  const endedName = endedUnit(p.text, p.story);
  // (requests22: or the finder's name stood only in a bracketed aside about it, "(the in-car voice one)".)
  if (
    endedName !== null &&
    (businessUnit === null ||
      onlyInAside(p.story === undefined ? p.text : `${p.story} ${p.text}`, businessUnit))
  )
    businessUnit = endedName;
  // ("tear down everything for the Q2 hackathon": the unit set up for a named event, event-unit.ts.)
  if (businessUnit === null) businessUnit = eventUnit(p.text);
  // (fix60 units: "the kiosk pilot unit, rental-kiosk-pilot", "(team name `bytes-and-bagels`)": the name stated after
  // a description wins; stated-unit-name.ts.)
  const stated = statedUnitName(p.whole ?? p.text, businessUnit);
  if (stated !== null) businessUnit = stated;
  // (fix60 units: "compliance update. … please revoke the incident-reports key now": the command's named object.)
  const commanded = commandedCodeName(p.whole ?? p.text, businessUnit);
  if (commanded !== null) businessUnit = commanded;
  // (fix60 units: "the old laptop from the bakehouse office went missing": a place a device was at; premises-of-loss.ts.)
  const premises = unitInsteadOfPremises(p.whole ?? p.text, businessUnit);
  if (premises !== undefined) businessUnit = premises;
  // "rotate sales, no wait, sales-ops": the name stated last wins.
  if (p.corrected && businessUnit !== null) {
    // ("make a key for billing-svc... ugh no, I meant revenue-ops": a correction left in the story.)
    // ("… for the growth team *edit:* growth-analytics, that's the unit name": marker, then the story.)
    const name =
      correctedUnit(p.text) ?? (p.story === undefined ? null : correctedUnit(`${p.text} ${p.story}`));
    if (name !== null) businessUnit = normalizeBusinessUnit(name);
  }
  const owner =
    pickOwner(terms, p.emails, p.mentions, p.corrected) ??
    (p.mentions.length === 0 && p.emails.length === 0 ? storyOwner(terms, p.storyMentions, p.story) : null);
  const statedKind =
    p.pastedWords === undefined ? keyKindOf(phrase, tags, words, p.text, p.story) : ownKeyKind(p, terms);
  // (units27: "the telemetry-bridge access key has been sitting in a OneNote page … Please rotate the
  // telemetry-bridge key today": the kind named only in the story is not the request's.)
  const keyKind = statedKind !== null && kindOnlyInStory(p.text) ? null : statedKind;
  const longTerm =
    (has('LongTerm') && !longTermDenied(terms)) ||
    (has('Service') && !words.has('service_specific')) ||
    PHRASES.neverExpires.test(phrase) ||
    PHRASES.noExpiry.test(phrase);
  const provider = askedProvider(terms, p.text) ?? (p.story === undefined ? null : purposeProvider(p.story));
  const result = (intent: IntentName, confidence: 'high' | 'low', reason: string): ParseResult =>
    withSlots(p, {
      ...emptyParse(),
      intent,
      businessUnit,
      owner,
      keyKind,
      keyId: statedKeyId(p),
      all: allFor(intent, requestText(p.text), p.keyIds.length > 0),
      longTerm,
      provider,
      // ("history for march, no wait, april": the period right after a correction marker.)
      period: correctedPeriod(p),
      // (A text in another language is read for its values; its verbs are not understood.)
      confidence: confidence === 'high' && p.foreign !== true && endedName === null ? 0.9 : 0.5,
      reason,
    });
  return {
    p,
    terms,
    phrase,
    words,
    has,
    businessUnit,
    endedName,
    personAsUnit: unitSeen.person,
    provider,
    longTerm,
    hasKey: has('KeyNoun') || has('TokenNoun') || has('Api') || has('Aws'),
    keyObject: has('KeyNoun') && KEY_OBJECTS.some((w) => words.has(w)),
    action: ACTION_TAGS.some(has),
    // (requests25: "could I ask for a key for the Finance team? They would like to summarise the acquisition
    // spend reports …": asking for a key is asking that one be made.)
    makes: terms.some((t) => t.tag === 'Create' && !/ed$/.test(t.w)) || keyAskedFor(p.text),
    result,
  };
}

/** "ask for a key", "asking for an api key", "ask you for a new token": a credential asked for. */
const ASKS_FOR_KEY =
  /\bask(?:ing)?\s+(?:you\s+)?for\s+(?:a\s+|an\s+|one\s+|another\s+)?(?:new\s+)?(?:[a-z]+\s+)?(?:keys?|tokens?|api_keys?)\b/;

const keyAskedFor = (text: string): boolean => text.includes('ask') && ASKS_FOR_KEY.test(text);

/** Nothing but the bot's name, greetings and polite words. */
const greetingOnly: Rule = ({ p, terms, result }) => {
  if (terms.length === 0) return result('help', 'high', 'empty text');
  // "/bedrock what", "@bot how?": a question word alone, to the bot, asks what it can do.
  // ("man bedrock-bot": the manual page.)
  if (
    terms.length === 1 &&
    (terms[0]?.tag === 'Question' || (terms[0]?.w === 'man' && p.text.includes('bedrock')))
  )
    return result('help', 'high', 'a bare question word');
  // "morning all ☕", "good morning everyone", "hello?? anyone here": greeting the channel, not the bot.
  const toChannel = terms.some((t) => CHANNEL_WORDS.has(t.w));
  const greeting = terms.every(
    (t) =>
      t.w === 'bedrock' ||
      t.tag === 'Polite' ||
      t.tag === 'Greeting' ||
      CHANNEL_WORDS.has(t.w) ||
      t.w === 'good',
  );
  // "hey everyone, happy friday": a greeting to the channel with nothing of ours after it.
  const channelOpening =
    terms[0]?.tag === 'Greeting' &&
    CHANNEL_WORDS.has(terms[1]?.w ?? '') &&
    !terms.some(
      (t) =>
        t.tag !== undefined && !['Greeting', 'Polite', 'Thanks', 'Ack', 'All', 'Everyday'].includes(t.tag),
    );
  if (channelOpening) return result('unknown', 'high', 'greets the channel');
  if (!greeting) return null;
  return toChannel ? result('unknown', 'high', 'greets the channel') : result('help', 'high', 'greeting');
};
const CHANNEL_WORDS = new Set([
  // (and in the languages people mix in: "bom dia pessoal", "ciao ragazzi", "hallo zusammen")
  'pessoal',
  'gente',
  'ragazzi',
  'tutti',
  'todos',
  'chicos',
  'amigos',
  'zusammen',
  'leute',
  'alle',
  'tout',
  'all',
  'everyone',
  'everybody',
  'folks',
  'guys',
  'team',
  'anyone',
  'here',
  "y'all",
  'yall',
  'people',
]);

/**
 * ("how many keys does the graphics desk have", "tell me about the translation desk unit", "rotate the
 * metro desk key and the photo desk key"): the unit read is a desk named by a word that is no premises
 * (group-nouns.ts), and something of ours is asked of it: its keys, owner, spend or an action. Then
 * every "desk" is a unit's group noun, and an everyday word right before another "desk" names a desk
 * too. ("who owns the front desk", "lost my desk key": premises, or no desk named as a unit.)
 */
function namedDeskAsked(terms: Term[], has: (tag: string) => boolean, unit: string | null): boolean {
  // (units19: "rotate the key for the control room team": everyday words inside a team's name.)
  if (unit !== null && TEAM_NAMED.test(unit) && ACTION_TAGS.some(has) && has('KeyNoun'))
    return terms.every((t) => t.tag !== 'Everyday' || unit.split('-').includes(t.w));
  if (unit === null || !unit.endsWith('-desk') || !terms.some((t) => t.w === 'desk')) return false;
  const name = unit.slice(0, -'-desk'.length).split('-');
  if (!nameBeforeGroup(name[name.length - 1] ?? '', 'desk')) return false;
  // (units21: "what do we have for the rights desk": what a desk has, asked, is something of ours.)
  const holdings =
    has('Question') && terms.some((t, i) => t.w === 'have' && HAVE_FOR.has(terms[i + 1]?.w ?? ''));
  if (!(holdings || ACTION_TAGS.some(has) || ['KeyNoun', 'Spend', 'Owner', 'Unit'].some(has))) return false;
  return terms.every((t, i) => t.tag !== 'Everyday' || t.w === 'desk' || terms[i + 1]?.w === 'desk');
}

/**
 * How to ask for a key for one's own desk (asks23: "how do I ask for a key for my desk? first time doing
 * this"): the desk is where one works, the key asked the bot's, a how-to question about asking for one
 * (help, create_key), when "my/our desk" is the only everyday word ("I lost the key for my desk", "how do
 * I ask facilities for a key for my desk drawer?" are furniture's).
 */
const HOW_TO_ASK_KEY =
  /\bhow\s+(?:do|can|could|should|would)\s+(?:i|we)\s+(?:ask\s+for|request|apply\s+for|get)\s+(?:a|an|my|our)\s+(?:new\s+)?(?:api\s+|bedrock\s+|long_term\s+)?key\b/;
function keyAskedForOwnDesk(text: string, terms: Term[]): boolean {
  if (!text.includes('desk') || !HOW_TO_ASK_KEY.test(text)) return false;
  return terms.every(
    (t, i) => t.tag !== 'Everyday' || (t.w === 'desk' && OWN_DESK.has(terms[i - 1]?.w ?? '')),
  );
}
const OWN_DESK = new Set(['my', 'our']);

/** What follows "have" in a question of what a unit has ("what do we have for …", "… have on …"). */
const HAVE_FOR = new Set(['for', 'on']);

/** A unit named as a team ("control-room-team", "mail-room-crew"). */
const TEAM_NAMED = /-(?:team|crew|squad)$/;

/** What follows a verb in -ing ("building our paywall", "parking the car"): its object. */
const OBJECT_AFTER = new Set(
  'a an the our their my your his her its this that these those it them some'.split(' '),
);
/** What comes before a verb in -ing ("they're building", "we are building"). */
const BE_BEFORE = new Set(
  "am is are was were be been being they're we're you're i'm im he's she's".split(' '),
);
/** Work after "plant" that makes it a factory: "our plant manager", "the plant floor". */
const PLANT_WORK = new Set(
  'manager managers director lead floor ops operations site engineer engineers maintenance'.split(' '),
);

/**
 * Is this everyday word meant as the everyday thing? Not as a verb ("the newsletter bot they're
 * building", "the agency building our paywall") nor "plant" as a factory ("our plant manager"). "the
 * building", "building pass", "water the plants" are everyday things.
 */
function everydaySense(terms: Term[], i: number): boolean {
  const w = terms[i]?.w ?? '';
  const next = terms[i + 1]?.w ?? '';
  // ("a key for the load sheet checker", "the door log summariser": an everyday word one or two words
  // before a system's noun names the system.)
  if (
    terms[i - 1]?.tag !== 'Everyday' &&
    (SYSTEM_AFTER.has(next) ||
      (SYSTEM_AFTER.has(terms[i + 2]?.w ?? '') &&
        !NOT_IN_SYSTEM.has(terms[i + 1]?.tag ?? '') &&
        !terms[i + 1]?.stop))
  )
    return false;
  if (w.endsWith('ing') && (OBJECT_AFTER.has(next) || BE_BEFORE.has(terms[i - 1]?.w ?? ''))) return false;
  return !(w === 'plant' && PLANT_WORK.has(next));
}

/** A system's noun right after an everyday thing ("the printers integration", "the locker app"). */
const SYSTEM_NOUNS_AFTER = new Set(
  'integration integrations api apis service services portal platform'.split(' '),
);
const systemAfterThing = (t: Term | undefined): boolean =>
  t !== undefined && !t.stop && (systemTail(t.w) || SYSTEM_NOUNS_AFTER.has(t.w) || TEAM_NOUNS.has(t.w));

/** A system's nouns that make the everyday word before them part of its name ("the sheet checker"). */
const SYSTEM_AFTER = new Set(
  'checker checkers bot bots assistant assistants summariser summarizer classifier extractor parser scraper copilot agent'.split(
    ' ',
  ),
);

/** Tags of a word between the everyday word and the system's noun that keep it everyday ("the door key bot"). */
const NOT_IN_SYSTEM = new Set(['Everyday', 'KeyNoun', 'TokenNoun']);

/**
 * People a Title Case name can end in ("North Car Park Users", "West Wing Office Cleaners", "Grand Hotel
 * Lobby Staff"): those who use or work in the everyday place, no system's name (fix22a).
 */
const PEOPLE_ENDING_NAME = new Set(
  'users user cleaners cleaner staff staffers visitors visitor tenants residents drivers guests members parents students pupils kids children employees workers passengers patients customers volunteers commuters occupants contractors attendees people folks owners holders families'.split(
    ' ',
  ),
);

/**
 * units22: "create access for Connected Car Platform": an everyday word inside a Title Case name of three
 * or more words (when an action is asked: `acted`) (title-names.ts pairs it with the words on both sides), which the unit finder took whole,
 * is a system's name, no everyday thing. Not its last word ("the Car Park", "the Front Door" stay everyday),
 * nor a name ending in people ("North Car Park Users": those who park there, PEOPLE_ENDING_NAME).
 */
function everydayInsideTitledName(
  terms: Term[],
  titled: Set<string> | undefined,
  businessUnit: string | null,
  acted = true,
): boolean {
  if (titled === undefined || businessUnit === null) return false;
  if (PEOPLE_ENDING_NAME.has(businessUnit.slice(businessUnit.lastIndexOf('-') + 1))) return false;
  return terms.every((t, i) => {
    if (t.tag !== 'Everyday') return true;
    const before = terms[i - 1]?.w ?? '';
    const after = terms[i + 1]?.w ?? '';
    if (
      acted &&
      titled.has(`${before} ${t.w}`) &&
      titled.has(`${t.w} ${after}`) &&
      businessUnit.includes(`${before}-${t.w}-${after}`)
    )
      return true;
    // units24: or opening a Title Case name of two words before a plain name word ("Flight Dynamics",
    // also given by its code, "Flight Dynamics (fdyn)"); never a thing a key opens or premises ("the Car
    // Park", "the Front Door").
    const next = terms[i + 1];
    return (
      next !== undefined &&
      !t.stop &&
      titled.has(`${t.w} ${after}`) &&
      next.tag === undefined &&
      !KEYED_THINGS.has(t.w) &&
      !premisesWord(t.w) &&
      !PEOPLE_ENDING_NAME.has(after) &&
      (businessUnit.includes(`${t.w}-${after}`) || spelledByPrefixes(businessUnit, [t.w, after], 0, 0))
    );
  });
}

/** Words before a name that make it a unit's: "project Night Shift", "team Box Office". */
const NAME_FRAMED_BY = new Set(['project', 'team', 'unit', 'squad', 'programme', 'program', 'bu']);

/**
 * things26: an everyday word inside a Title Case name of two words or more that "project"/"team"/"unit"
 * opens or a team noun or "unit" closes ("rotate the key for project Night Shift", "spend for the Box Office
 * team", "new key for the Ticket Sales unit"): the name is the unit's, premises' words and all (README,
 * 'unit'/'project X'/'X team').
 */
function everydayInFramedTitle(terms: Term[], titled: Set<string> | undefined, unit: string | null): boolean {
  if (titled === undefined || unit === null) return false;
  return terms.every((t, i) => {
    if (t.tag !== 'Everyday') return true;
    let s = i;
    while (s > 0 && titled.has(`${terms[s - 1]?.w} ${terms[s]?.w}`)) s--;
    let e = i;
    while (e + 1 < terms.length && titled.has(`${terms[e]?.w} ${terms[e + 1]?.w}`)) e++;
    const name = terms.slice(s, e + 1).map((x) => x.w);
    if (e === s || !unit.includes(name.join('-'))) return false;
    // (The noun after it in the same phrase: "the Staff Room, team" calls the channel.)
    const after = terms[e]?.stop ? '' : (terms[e + 1]?.w ?? '');
    const opener = terms[s - 1];
    return (
      (opener !== undefined && !opener.stop && NAME_FRAMED_BY.has(opener.w)) ||
      TEAM_NOUNS.has(after) ||
      after === 'unit'
    );
  });
}

/** Verbs of using a thing, before "to" and a verb of showing: what the thing is for ("the one members use to check …"). */
const USING = new Set(['use', 'uses', 'used', 'using']);

/**
 * A verb of showing asked (units23): not one inside a system's name ("the reference check bot") nor one that
 * tells what a system is used for ("the milk-token-app, the one members use to check their collection tokens").
 */
const WHETHER = new Set(['if', 'whether']);
function showAsked(terms: Term[]): boolean {
  return terms.some(
    (t, i) =>
      t.tag === 'Show' &&
      !(!t.stop && systemTail(terms[i + 1]?.w ?? '')) &&
      // (dev29: "I want to see if forecasting or demand-planning is the right one": which of two is checked, no unit
      // shown; "can i see if kyc has keys?" shows kyc's.)
      !(
        !t.stop &&
        WHETHER.has(terms[i + 1]?.w ?? '') &&
        terms.slice(i + 3, i + 8).some((q) => q.w === 'or')
      ) &&
      !(terms[i - 1]?.w === 'to' && USING.has(terms[i - 2]?.w ?? '')),
  );
}

/**
 * Where a key was found, seen or left: "found it in a shared mailbox", "saw the key on the team sheet". Only a
 * place of messages or documents a key's text is pasted in (fix23c: "revoke the garage key, saw it in the
 * shared garage", "found it in a shared drawer" are a door's key and where it lay).
 */
const LEAK_PLACE =
  /\b(?:found|spotted|saw|seen|pasted|posted|exposed)\s+(?:it|them|the\s+(?:key|keys|api_key|secret)|a\s+copy)\s+(?:in|on)\s+(?:a|an|the|our|their|some|one|someone's)\s+(?:(?:shared|public|team|group|old|open|personal|common)\s+)?(mailbox(?:es)?|spreadsheets?|sheets?|slides?|calendar)\b/;

/**
 * units23: "new key for whoever runs the shift roster planner", "rotate the key for the visitor badge
 * system": the unit read is a name of two words or more ending in a team's or a system's noun, and every
 * everyday word of the text is one of its words; an action, a spend or (for a system) a key is asked of
 * it. Then the everyday word names the team or the system. (An everyday word outside the name keeps the
 * text everyday: "the key for the shift planner is in the drawer"; a name opened by premises is premises:
 * "the cleaning office".)
 */
/** Everyday things a physical key opens or starts (fix23c). */
const KEYED_THINGS = new Set(
  'house home car cars door doors cupboard locker lockers bike bicycle cabinet drawer mailbox padlock garage apartment flat fridge closet shed gate room rooms building office offices van vans truck trucks lorry lorries forklift forklifts minibus'.split(
    ' ',
  ),
);

/** A doer's noun ("matcher", "planner", "router"): a system named by what it does. */
const DOER = /[a-z]{3}(?:er|or)$/;

function everydayInsideNamedSystem(
  terms: Term[],
  has: (tag: string) => boolean,
  unit: string | null,
  holdingsAsked = false,
): boolean {
  if (unit === null || !unit.includes('-')) return false;
  const parts = unit.split('-');
  const last = parts[parts.length - 1] ?? '';
  const system = systemTail(last);
  if (!system && !TEAM_NOUNS.has(last)) return false;
  if (!system && premisesWord(parts[0] ?? '')) return false;
  // (fix23c: "a key for the door entry system", "the garage door system": a "system" of a thing a key
  // opens is that thing's lock, its key a physical one; a bot or a planner of it is software.)
  if (last === 'system' && parts.some((w) => KEYED_THINGS.has(w))) return false;
  // (Not a place before an office, "the London office"; nor one everyday word before a system's noun,
  // "office tools": two or more name it, "the shift roster planner".)
  // (known27: a describing word of ours names a team before its noun, "the Learning team", as the unit finder
  // reads it.)
  const beforeLast = parts[parts.length - 2] ?? '';
  if (!system && !nameBeforeGroup(beforeLast, last) && LEXICON[beforeLast] !== 'Purpose') return false;
  // (units26b: but a system named by what it does to the thing is software: "a key for invoice matcher",
  // "shift planner", "ticket router"; a doer's noun, not a tool's.)
  if (parts.length < 3 && LEXICON[parts[0] ?? ''] === 'Everyday' && !(system && DOER.test(last)))
    return false;
  // (units24: a team's key or what a team has, "access key for the flight dynamics team", "what do we
  // have for the flight dynamics team": a team is no thing a physical key opens.)
  const teamAsked =
    !system && (has('KeyNoun') || has('Details') || holdingsAsked) && !parts.some((w) => KEYED_THINGS.has(w));
  if (!(ACTION_TAGS.some(has) || has('Spend') || (system && has('KeyNoun')) || teamAsked)) return false;
  return terms.every((t, i) => t.tag !== 'Everyday' || parts.includes(t.w) || teamsSystemWord(terms, i));
}

/**
 * known27: "Learning team's quiz generator needs a key", "the ops team's lunch bot": an everyday word right
 * after a team's possessive and right before a system's noun names what the team's system works on; the
 * team owns the system (README: the team that owns a credential wins), no everyday thing is meant.
 */
function teamsSystemWord(terms: Term[], i: number): boolean {
  const prev = terms[i - 1];
  const next = terms[i + 1];
  return (
    prev !== undefined &&
    prev.possessive &&
    TEAM_NOUNS.has(prev.w) &&
    terms[i]?.stop !== true &&
    next !== undefined &&
    (systemTail(next.w) || DOER.test(next.w))
  );
}

/** Words that may stand before the verb of a change asked ("can you rotate", "pls revoke", "we need to rotate"). */
const BEFORE_CHANGE = new Set(
  'you u someone somebody just hey hi hello also and then ok okay so we i need to want'.split(' '),
);
/** Words before a key asked for without a verb ("a new key for …", "another api key for …"). */
const KEY_OPENERS = new Set(['a', 'an', 'new', 'another', 'fresh', 'one', 'more']);
const OPENING_TAGS = new Set(['Polite', 'Greeting', 'Thanks', 'Ack']);
/**
 * Does the message open with a change of ours asked (its verb first but for polite words, or a time phrase:
 * "over the holidays pls revoke the ads key")?
 */
function changeOpens(terms: Term[]): boolean {
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (t === undefined || CHANGE_TAGS.includes(t.tag ?? '')) return t !== undefined;
    // ("key for recsys pls, I'm working over the weekend", "new api key for growth before the holidays": a key
    // asked for without a verb.)
    if (t.tag === 'KeyNoun' && t.w !== 'access') return true;
    if (OPENING_TAGS.has(t.tag ?? '') || BEFORE_CHANGE.has(t.w) || KEY_OPENERS.has(t.w) || t.tag === 'Api')
      continue;
    let j = i;
    while (j < i + 5 && j < terms.length && timePhraseStart(terms, j) !== i) j++;
    if (j === i + 5 || j === terms.length) return false;
    while (TIME_WORDS.has(terms[j + 1]?.w ?? '') && !terms[j]?.stop) j++;
    i = j;
  }
  return false;
}

/** "what do we have for the flight dynamics team": what a unit holds, asked (its details). */
const WHAT_WE_HAVE = /^\W*what\s+(?:do|does|did)\s+(?:we|you|they|it)\s+(?:have|hold|got)\s+(?:for|on)\s/;

/**
 * Everyday things that share our words ("lost my house keys", "rotate the coffee rota", "delete the
 * rows in the sheet") with nothing about Bedrock, AWS or a system's name: not a request to this bot.
 */
/** The bot named last and asked for help: "… <@bot> help?", "… <@bot> help pls". */
const HELP_ASKED_LAST = /\bxxuser\s+help(?:\s+(?:pls|please|plz|me))?\s*[?!.]*\s*$/;
/** What a change must spare: "without breaking the box office", "without taking down the shop overnight". */
const WITHOUT_HARMING =
  /\bwithout\s+(?:breaking|disrupting|affecting|interrupting|killing|crashing|downtime\s+(?:for|on|in)|taking\s+down|bringing\s+down|locking\s+out)\s+([^?.!,;\n]{1,60})/;
const everyday: Rule = (r) => {
  const { p, businessUnit, endedName, result } = r;
  let { terms, has } = r;
  // ("disable the payroll desk key, internal audit found it in a shared mailbox": where the key was found
  // tells why it is revoked, no everyday thing; units23.)
  // (The place's word only where it is the place: "revoke the mailbox key, found it in the shared mailbox" is
  // the mailbox's own key; fix23c.)
  const place = r.action && has('Everyday') ? LEAK_PLACE.exec(p.text)?.[1] : undefined;
  if (place !== undefined && terms.filter((t) => t.w === place).length === 1) {
    terms = terms.map((t) => (t.w === place && t.tag === 'Everyday' ? { ...t, tag: undefined } : t));
    has = (tag) => terms.some((t) => t.tag === tag);
  }
  // ("rotate the recsys key this weekend", "revoke the ads key after lunch", "token for 3h, working over the
  // holidays": a time named by an everyday word beside a change or a credential of ours tells when, not what;
  // time26. Not a question of another system's access over it, "who has CMS access over the weekend?".)
  // (A change of ours asked: one on a key or a named unit, its verb opening the message, not "rotate through the
  // review queue … before lunch", "note to self: revoke the test key after lunch", "my mentor will create the key
  // … after his vacation", "who's on the rotation … this weekend?".)
  if (
    has('Everyday') &&
    (has('KeyNoun') || businessUnit !== null) &&
    terms.some((t) => TIME_WORDS.has(t.w)) &&
    changeOpens(terms)
  ) {
    const timed = terms.map((t, i) =>
      t.tag === 'Everyday' && timePhraseWord(terms, i) ? { ...t, tag: undefined } : t,
    );
    if (timed.some((t, i) => t !== terms[i])) {
      terms = timed;
      has = (tag) => terms.some((t) => t.tag === tag);
    }
  }
  // (notours28: "how do I rotate a key without breaking the box office overnight?": the thing named after "without
  // breaking" is what the change must spare, not whose key it is; each of its words once in the text.)
  if (r.action && has('Everyday') && p.text.includes('without')) {
    const spared = WITHOUT_HARMING.exec(p.text)?.[1]?.split(/\s+/);
    if (spared !== undefined) {
      const untagged = terms.map((t) =>
        t.tag === 'Everyday' && spared.includes(t.w) && terms.filter((u) => u.w === t.w).length === 1
          ? { ...t, tag: undefined }
          : t,
      );
      terms = untagged;
      has = (tag) => terms.some((t) => t.tag === tag);
    }
  }
  if (!has('Everyday') || !terms.some((t, i) => t.tag === 'Everyday' && everydaySense(terms, i))) return null;
  // (lead28: "how long does approval for a desk key usually take?": the approval of a key asked about is our
  // process, the approvals rule's to read, whatever the desk is; another thing's approval is not.)
  if (
    has('KeyNoun') &&
    p.text.includes('approv') &&
    asksAboutApprovals(p.text) &&
    !asksAboutOtherApprovals(p.text)
  )
    return null;
  // (reads26: "I'm on the procurement team, mostly spreadsheets. <@bot> help?": the everyday things are who
  // asks; the bot named at the end and asked for help is what the message asks, help's to read.)
  if (p.text.includes('help') && HELP_ASKED_LAST.test(p.text)) return null;
  // ("rotate the data desk's key", "the privacy office's key"): a desk or office named as a unit, as a
  // team is, is no furniture or premises (group-nouns.ts), when something of ours is asked of it.
  // ("rotate the photo desk key": an everyday word naming the desk's beat is part of its name.)
  const grouped = ACTION_TAGS.some(has) || has('KeyNoun') || has('Spend') ? groupNameWords(p.text) : null;
  if (grouped !== null && terms.every((t) => t.tag !== 'Everyday' || grouped.has(t.w))) return null;
  if (namedDeskAsked(terms, has, businessUnit)) return null;
  const holdingsAsked = WHAT_WE_HAVE.test(p.text);
  if (everydayInsideNamedSystem(terms, has, businessUnit, holdingsAsked)) return null;
  if (keyAskedForOwnDesk(p.text, terms)) return null;
  if (
    (ACTION_TAGS.some(has) || has('KeyNoun') || has('Spend') || holdingsAsked) &&
    (everydayInsideTitledName(terms, p.titled, businessUnit, ACTION_TAGS.some(has)) ||
      everydayInFramedTitle(terms, p.titled, businessUnit))
  )
    return null;
  // ("tear down everything for the ota hackathon, it was last weekend": the unit is the event's, and the
  // weekend only tells when it was; requests22.)
  if (businessUnit !== null && businessUnit === eventUnit(p.text)) return null;
  // ("project Falcon got cancelled (the autonomous valet parking one), please deprovision it": any unit said to
  // have ended whose "it" the request removes, an aside about it or not; the reading is low, asked before it is
  // done (read's endedName, worked out once).)
  if (businessUnit !== null && businessUnit === endedName) return null;
  // ("my car keys are in the drawer, can someone revoke the payments key": an aside before a request.)
  if (everydayAsideBefore(terms, businessUnit) || everydayStoryAfter(terms, businessUnit)) return null;
  // ("please deprovision it and confirm in the ticket", "revoke the ads key, details on the ticket"):
  // a work ticket written in is where the request is tracked, no everyday thing.
  if (
    p.text.includes('ticket') &&
    WORK_TICKET.test(p.text) &&
    terms.every((t) => t.tag !== 'Everyday' || t.w === 'ticket' || t.w === 'tickets')
  )
    return null;
  const aboutUs =
    // A token ("give me a token for 6 hours, the deck is 14 slides") or a model is ours whatever else
    // is named; a key is not ("a key for the storage room").
    ['Bedrock', 'Aws', 'Api', 'Models', 'Provider'].some(has) ||
    (ACTION_TAGS.some(has) && (EVERY_KEY_WE_HAVE.test(p.text) || ALL_KEYS_FIRST.test(p.text))) ||
    (terms.some((t) => /^(?:token|tokens|tok|tkn|tokn)$/.test(t.w)) && !TOKEN_EVERYDAY.test(p.text)) ||
    // ("which groups have long-term keys? (for the ISO audit spreadsheet)": a long-term key is ours.)
    ((p.text.includes('long_term') || p.text.includes('long_lived')) && has('KeyNoun')) ||
    p.keyIds.length > 0 ||
    p.regions.length > 0 ||
    p.emails.length > 0 ||
    // (A system's hyphenated name is ours; one that names the everyday thing after it is the thing's place,
    // "a key for the b-wing lockers", "the dino-hall display lockers": lead24.)
    // (fix24a: the thing's place only where the thing ends the phrase: "the data-eng printers integration"
    // is a system of data-eng's.)
    terms.some(
      (t, i) =>
        t.w.includes('_') &&
        t.tag === undefined &&
        (t.stop || terms[i + 1]?.tag !== 'Everyday' || systemAfterThing(terms[i + 2])),
    );
  return aboutUs ? null : result('unknown', 'high', 'about everyday things');
};

/**
 * Our words in another sense ("list comprehension vs map?", "a linked list or an array", "the mailing
 * list", (notours28) "the sanctions list", "the seating list", "history will judge us", "history repeats itself", "a history lesson", "browser history"): a
 * list or a history that is not ours asks nothing of this bot (notours28: nor a piece's, a name's or a callout's
 * history, "the performance history of the Elgar cello concerto", "the history of the Keelstone name", "callout
 * history for the Parkside alarm"), unless a credential, a key ID, a
 * duration or Bedrock is named as well ("my token is in the shell history, need a new one"). fix33a: a label's, a
 * streaming service's, a courier's and a library's too ("who's writing the label history for the 30th anniversary
 * booklet?", "her streaming history shows 40% of plays from Brazil", "delivery history", "borrowing history").
 */
const OTHER_LIST =
  /\b(?:linked|python|java|javascript|js|mailing|email|e_mail|to_do|todo|shopping|guest|reading|wish|bucket|waiting|check|grocery|packing|contact|task|song|invite|invitation|christmas|gift|priority|sanctions|watch|deny|allow|block|black|white|distribution|seating|set|donors?)\s+lists?\b|\blists?\s+comprehensions?\b|\blists?\s+(?:vs|versus|or)\s+(?:an?\s+|the\s+)?(?:arrays?|tuples?|dicts?|dictionaries|sets?|maps?|generators?|for\s+loops?|loops?|deques?|dataframes?|series)\b|\b(?:arrays?|tuples?|dicts?|dictionaries|sets?|maps?|generators?|loops?|deques?)\s+(?:vs|versus|or)\s+(?:an?\s+|the\s+)?lists?\b/;
// (fix45b, tuned-care: not after a command's word, "what's the command for history?" asks how to use ours.)
// (fix49a, tuned-styles-southern: a history read and learnt from, told in Hinglish, "estate ki history padh ke pata
// chala 1890 mein angrezon ne lagaya tha" (reading the estate's history I found out the British planted it in 1890):
// a story of a place's past, nothing asked.)
const OTHER_HISTORY =
  /\bhistory\s+(?:padh|padhi|padha|padhke|padhkar|padhne)(?:\s+(?:ke|kar|of|par|pe))?\s+(?:pata\s+chal|maloom\s+h|samajh\s+a)|^\W*history\s+(?:will|would|shall|repeats|repeated|teaches|taught|has\s+shown|is\s+written|is\s+full|buff|lesson|lessons|class|book|books|teacher|major|podcast|nerd|fact)\b|\bhistory\s+(?:lesson|lessons|class|classes|book|books|teacher|teachers|buff|buffs|major|majors|podcast|museum|exam|exams|homework|nerd|nerds)\b|\b(?:world|ancient|art|family|medical|browser|browsing|chat|shell|bash|zsh|command|clipboard|purchase|order|watch|viewing|listening|credit|employment|natural|military|roman|european|american|human|git|commit|version|revision|edit|page|file|message|slack|call|search|location|performance|callout|call-out|alarm|booking|maintenance|repair|streaming|label|band|chart|touring|tour|playing|play|delivery|tracking|shipping|payment|loan|loans|borrowing|circulation|price|pricing)\s+history\b|\bhistory\s+of\s+(?:the\s+|our\s+|this\s+)?(?:[a-z0-9_-]+\s+){1,2}?(?:name|names|word|term|logo|brand|building|piece|concerto|symphony|hall|firm)\b|\b(?:rest\s+is|that's|thats|that\s+is|make|made|making|into|down\s+in|(?<!\b(?:command|commands|cmd|option|syntax)\s+)for)\s+history\b/;
/**
 * A thing's history told, not asked (lead28): "history of the claim: FNOL 3 Oct, adjuster visit 9 Oct, reserve raised
 * 12 Oct": after the colon come the record's own dated entries, two or more.
 */
const HISTORY_TOLD =
  /^\W*(?:the\s+)?history\s+of\s+(?:the\s+|this\s+|that\s+|our\s+)?[a-z0-9_-]+(?:\s+[a-z0-9_-]+)?\s*:[^:\n]*?\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b[^\n]*?\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/;
/**
 * Where people are: "which region is the sales team in?", "what city is the data team based in", "the team of
 * vertrieb" (dev29). (notours28: also
 * "which region is the Singapore onboarding team under for MAS purposes?", and a place's region for a purpose of
 * the trade's, "which region is Carlisle in for installs, north or scotland?"; lead28: a site's own Region, "what's the aws
 * region for the new DR site? asking for the network team".)
 */
const WHERE_PEOPLE_ARE =
  /\b(?:which|what)\s+(?:region|city|country|office|timezone|time\s+zone|floor|location|site)\s+(?:is|are|was|were)\s+(?:the\s+|our\s+|their\s+)?(?:[a-z0-9_-]+\s+){0,3}?(?:team|teams|group|squad|folks|people|org|department|colleagues?|manager|lead|he|she|they)(?:\s+(?:of|from|for)\s+(?:the\s+)?[a-z0-9_-]+)?\s+(?:in|based|located|sitting|at|from|working|under)\b|\b(?:which|what)\s+region\s+(?:is|are)\s+(?:the\s+)?[a-z_-]+(?:\s+[a-z_-]+)?\s+(?:in|under)\s+for\s+[a-z]+(?:\s+[a-z]+)?\s*(?:,\s*[a-z]+\s+or\s+[a-z]+\s*)?\?|\bwhat(?:'s|s|\s+is)\s+the\s+(?:aws\s+)?region\s+(?:for|of)\s+(?:the|our|their|this|that)\s+(?:new\s+|old\s+)?(?:[a-z0-9_-]+\s+){0,2}?(?:site|sites|office|dc|data\s+cent(?:re|er)|datacent(?:re|er)|warehouse|plant|store|branch|depot|building|campus|factory|hub|hangar)\b/;
/**
 * The keys that open a place: "who has the keys to the lab?", "the key to the server room" (round twenty-three);
 * not a verb in -ing with its object ("an access key to the vendor building our app").
 */
const KEYS_TO_PLACE =
  /\bkeys?\s+to\s+(?:the|a|an|my|our|this|that|their)\s+(?:[a-z0-9_]+\s+)?(?:lab|labs|room|rooms|office|offices|building|house|car|van|store|storeroom|cupboard|cabinet|shed|garage|gate|door|doors|kitchen|basement|warehouse|closet|flat|apartment|cellar|vault|safe|locker|site|yard|depot|workshop)\b(?!\s+(?:our|the|a|an|my|their|your|its|it|this|that|them|us)\b)/;
/** "not the guest list", "not a mailing list": another list set aside (requests25). */
const LIST_SET_ASIDE = /\bnot\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+|your\s+)?[a-z0-9_]+\s+lists?\b/g;
/**
 * fix33a: the trade's regions (trade-regions.ts: "what region does the new Latin America promo team cover?", "release
 * regions for the EP: UK, Ireland …"), nothing of ours named: our word in another sense, the place no Region asked.
 */
/** The slots a remark about the trade's regions states none of (its places, lifetimes and names are the trade's). */
const NO_SLOTS = {
  businessUnit: null,
  region: null,
  ttlSeconds: null,
  expiryDays: null,
  period: null,
} as const;
const tradeRegionsNamed: Rule = ({ p, has, result }) =>
  p.text.includes('region') &&
  !['TokenNoun', 'Api', 'Aws', 'Bedrock', 'Provider', 'Models', 'KeyNoun'].some(has) &&
  p.keyIds.length === 0 &&
  tradeRegions(p.text)
    ? { ...emptyParse(), ...result('unknown', 'high', 'our word in another sense'), ...NO_SLOTS }
    : null;

const otherSense: Rule = ({ p, has, result }) => {
  if (
    p.text.includes(' to ') &&
    KEYS_TO_PLACE.test(p.text) &&
    !has('TokenNoun') &&
    !has('Api') &&
    !has('Aws') &&
    !has('Bedrock') &&
    p.keyIds.length === 0 &&
    p.durations.length === 0
  )
    return result('unknown', 'high', 'our word in another sense');
  // ("list units — the bedrock ones, not the guest list": the other list set aside by "not" is none asked of.)
  const listed =
    p.text.includes('not ') && p.text.includes('list') ? p.text.replace(LIST_SET_ASIDE, ' ') : p.text;
  const list = has('List') && (listed.includes('list') || listed.includes('loop')) && OTHER_LIST.test(listed);
  const history =
    has('History') &&
    p.text.includes('history') &&
    (OTHER_HISTORY.test(p.text) || (p.text.includes(':') && HISTORY_TOLD.test(p.text)));
  const where = p.text.includes('wh') && WHERE_PEOPLE_ARE.test(p.text);
  if (!list && !history && !where) return null;
  if (has('KeyNoun') || has('TokenNoun') || p.keyIds.length > 0 || p.durations.length > 0) return null;
  return result('unknown', 'high', 'our word in another sense');
};

/**
 * Round thirty-one: one of our words asked what it means here, its other sense named after it ("what is a key in this
 * context? the song sheet says key of G"): whether-possible.ts wordInOtherSense. The classifier trained on the tuned
 * files reads the question alone as help (key-kinds); the sense told decides.
 */
const wordOtherSense: Rule = ({ p, result }) =>
  p.text.includes('?') && wordInOtherSense(p.text)
    ? result('unknown', 'high', 'our word in another sense')
    : null;

/** Tags that name something of ours: with one of them, another trade's record is context. */
const OURS_NAMED = ['KeyNoun', 'TokenNoun', 'Api', 'Aws', 'Bedrock', 'Provider', 'Unit'];
/**
 * A read of another trade's thing (others-things.ts): "history of CKT-88213", "list of arrivals for
 * tomorrow", "12 models of safety glasses", with nothing of ours named.
 */
function othersThingsRead(p: Prepared, has: (tag: string) => boolean, unit: string | null): boolean {
  // (Most texts name none of these read words: tested first.)
  const models = has('Models');
  const list = has('List');
  if (!models && !list && !has('History') && !has('Spend')) return false;
  if (OURS_NAMED.some(has) || p.keyIds.length > 0 || p.regions.length > 0 || p.emails.length > 0)
    return false;
  if (models) return modelsOfThings(p.text) || modelsAsProducts(p.text, p.story);
  if (list && listOfOthers(p.text, unit)) return true;
  return (has('History') || has('Spend')) && readOfRecord(p.text, unit);
}
/** (Before the everyday things: "history of room 412 minibar charges" is another trade's record, decided.) */
const othersThings: Rule = ({ p, has, businessUnit, result }) =>
  othersThingsRead(p, has, businessUnit) && p.durations.length === 0
    ? result('unknown', 'high', 'our word in another sense')
    : null;

/** Tags of our credentials and services: named in a question, it may be the bot's to answer. */
const OUR_CREDENTIALS = ['KeyNoun', 'TokenNoun', 'Api', 'Aws', 'Bedrock', 'Provider'];
/**
 * Another system's feature asked about ("does the Salto system let us revoke cards remotely?") or a
 * message told as not for the bot ("… fyi for the IAM team, not bedrock"): others-things.ts.
 */
const othersSystem: Rule = ({ p, has, result }) => {
  const notForUs = notForTheBot(p.text);
  if (!notForUs && !otherSystemAsked(p.text)) return null;
  // ("token 1h for me, not the bot": a credential of ours asked for, unless told as a note for others.)
  const ours = OUR_CREDENTIALS.some(has) || p.keyIds.length > 0 || p.durations.length > 0;
  if (notForUs)
    // ("not a bedrock thing, just flagging": the credential named is another system's, unless a lifetime
    // or a key ID asks ours: "…, unrelated to bedrock. … token for 6h please".)
    return ours &&
      !NOTE_FOR_SOMEONE.test(p.text) &&
      !(notOursSaid(p.text) && p.durations.length === 0 && p.keyIds.length === 0)
      ? null
      : result('unknown', 'high', 'told as not for the bot');
  return ours ? null : result('unknown', 'high', 'our word in another sense');
};

/** A how-to question about another trade's thing or another system, no unit named (other-trade-question.ts). */
const otherTrade: Rule = ({ p, businessUnit, result }) =>
  businessUnit === null
    ? otherTradeQuestion(p.text)
      ? result('unknown', 'high', 'our word in another sense')
      : otherSystemHowTo(p.text)
        ? result('unknown', 'high', 'a how-to in another system')
        : null
    : null;

/**
 * Tokens a model reads and writes, not the bot's credentials: "my prompt used 4k tokens", "what's the
 * token limit of claude?", "how are tokens counted for images", "tokens per second on nova", "max_tokens
 * for titan", "the tokenizer splits emoji". Questions about them are not the bot's to answer (unknown).
 * (fix41e, tuned-forms: "max tokens per person per day?" counts our tokens given out, a limit of ours: help.)
 */
const MODEL_TOKENS =
  /\btokeni[sz]\w*|\bin\s+tokens\b|\bmax_tokens\b|\bmax\s+tokens\b(?!\s+(?:per|a)\s+(?:person|user|head|member|day|week))|\b(?:input|output|prompt|completion|context|llm|reasoning|cached|thinking|generated|embedding)\s+tokens?\b|\b(?:\d{3,}|\d+(?:\.\d+)?\s*[km])\s+tokens?\b|\b(?:hundreds?|thousands?|millions?|billions?)\s+(?:of\s+)?tokens\b|\btokens?\s+(?:per|a|an|\/)\s*(?:second|sec|minute|min|request|call|prompt|response|page|word|sentence|batch|image|run|query)\b|\btokens?\s+(?:count|counts|counting|counter|budget|usage|window|quota|price|prices|pricing|consumption|throughput)\b|\b(?:count|counts|counted|counting)\s+(?:the\s+)?(?:\w+\s+)?tokens\b|\btokens?\s+(?:are\s+|is\s+|get\s+|were\s+)?(?:counted|billed|priced|charged)\b|\btokens?\s+(?:in|of)\s+(?:a|the|my|each|every|one)?\s*(?:prompt|response|text|page|document|word|sentence|context|completion|output|input|image)s?\b/;
/**
 * fix39c, tuned-shipyard: the tokens one thing uses up, asked ("how many tokens does one summary use?", Croatian "koliko
 * tokena potroši jedan sažetak?", read as "how much token uses one …"): a model's, whatever the thing; not who used
 * ours ("how many tokens did we use", "… did ana get": history).
 */
const TOKENS_A_THING_USES =
  /\bhow\s+(?:many|much)\s+tokens?\s+(?:(?:does|do|did|will|would|could)\s+(?:a|an|one|the|each|every|this|that|such\s+an?)\s+[^?.!,;]{1,60}?\s+(?:use|consume|take|eat|burn|cost)|(?:uses|consumes|takes|eats|burns|costs)\s+(?:a|an|one|the|each|every|this|that))\b/;
/** "token limit", "how many tokens": a model's when a model or a text is named. */
const MODEL_TOKENS_LOOSE = /\btokens?\s+limits?\b|\blimits?\s+(?:of|on)\s+tokens\b|\bhow\s+many\s+tokens\b/;
const MODEL_CONTEXT =
  /\b(?:prompt|prompts|context|text|page|pages|words?|sentences?|characters?|chars|image|images|response|responses|output|input|chunk|chunks|transcripts?)\b/;
/** A token of ours asked for next to the model's ("I need a token to measure how many tokens …"). */
const OUR_TOKEN_ASKED =
  /\b(?:a|an|one|new|fresh|another)\s+(?:bedrock\s+|short_term\s+|temporary\s+|personal\s+)?(?:token|tok)\b/;

const modelTokens: Rule = ({ p, has, result }) => {
  // ("… the new token prices; what was the actual bedrock spend last month?": spend is asked.)
  if (!p.text.includes('tok') || p.durations.length > 0 || (has('Spend') && has('Bedrock'))) return null;
  const named =
    MODEL_TOKENS.test(p.text) ||
    TOKENS_A_THING_USES.test(p.text) ||
    (MODEL_TOKENS_LOOSE.test(p.text) && (has('Models') || has('Provider') || MODEL_CONTEXT.test(p.text)));
  if (!named || (has('Create') && OUR_TOKEN_ASKED.test(p.text))) return null;
  return result('unknown', 'high', 'tokens a model reads');
};

/**
 * An away message ("Out of office until Monday. For Bedrock questions please contact the ml-ops
 * team."): it asks nothing, whoever it points to, unless it asks for a credential as well.
 */
const AWAY =
  /\b(?:out\s+of\s+(?:the\s+)?office|ooo|away\s+until|back\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|the)|on\s+(?:parental\s+)?leave\s+until)\b/;
const AWAY_HINT = /office|ooo|away|back\s+on|leave/;
const awayMessage: Rule = ({ p, hasKey, action, result }) =>
  !hasKey &&
  !action &&
  p.durations.length === 0 &&
  (AWAY_HINT.test(p.text) || (p.story !== undefined && AWAY_HINT.test(p.story))) &&
  (AWAY.test(p.text) || (p.story !== undefined && AWAY.test(p.story)))
    ? result('unknown', 'high', 'an away message')
    : null;

/**
 * asks29: a habit told in the first person ("haha same, I do this every morning at unit call" after a quoted
 * request, "we do that every single sprint"): a remark about oneself, no question and nothing asked, unless a
 * credential, a command or a lifetime stands beside it ("token 6h please, I do this every morning").
 */
const HABIT_TOLD =
  /\b(?:i|we)\s+(?:(?:always|usually|basically|literally|just)\s+)?(?:do|ask\s+for|grab|get|request)\s+(?:this|that|it|one|the\s+same)\s+(?:(?:every|each)\s+(?:single\s+)?[a-z]+|daily|weekly|nightly)\b/;
const habitTold: Rule = ({ p, hasKey, action, result }) =>
  p.text.includes('ever') || p.text.includes('each') || p.text.includes('ly')
    ? !hasKey && !action && p.durations.length === 0 && !p.text.includes('?') && HABIT_TOLD.test(p.text)
      ? result('unknown', 'high', 'a habit told')
      : null
    : null;

/**
 * Round thirty-four: one of our kinds of credential weighed against another login (our-kind-weighed.ts): help; and
 * (fix37a) one asked bare, "bearer token = ?".
 */
const kindsWeighedAsked: Rule = ({ p, action, result }) =>
  !action && p.durations.length === 0 && (ourKindWeighed(p.text) || ourKindAskedBare(p.text))
    ? result('help', 'high', 'asks how our kinds of credential differ')
    : null;

/**
 * Round thirty-four: a span told as the writer's leave, no credential named ("salamat po, 90 days po yung bakasyon
 * ko": thanks, my vacation is 90 days; "my vacation is 3 weeks, see you after"): how long they are away, no lifetime.
 */
const LEAVE_TOLD =
  /\b(?:bakasyon|vacation|vacay|holidays?|sabbatical|honeymoon|parental\s+leave|maternity|paternity)\b/;
const leaveSpanTold: Rule = ({ p, has, hasKey, action, result }) =>
  p.durations.length > 0 && !hasKey && !action && !has('TokenNoun') && LEAVE_TOLD.test(p.text)
    ? result('unknown', 'high', 'tells how long a leave is')
    : null;

/**
 * Round thirty-four: a new key's secret missed when it was shown, and asked for again ("I closed the window with
 * my new key, can I get it again?", "forgot to copy my key, can I see it again?"): whether a key is shown twice,
 * a question about creating keys, not a new credential asked for.
 */
const KEY_MISSED =
  /\b(?:closed|missed|refreshed|reloaded|navigated\s+away|didn'?t\s+(?:copy|save)|forgot\s+to\s+(?:copy|save))\b/;
const SHOWN_AGAIN =
  /\b(?:can|could|may)\s+i\s+(?:get|see|view|retrieve|recover|copy|have)\s+(?:it|that|the\s+key|my\s+key|the\s+secret)\s+(?:again|back|once\s+more)\b/;
const keyShownAgain: Rule = ({ p, result }) =>
  p.text.includes('again') || p.text.includes('back') || p.text.includes('more')
    ? p.text.includes('key') &&
      p.durations.length === 0 &&
      KEY_MISSED.test(p.text) &&
      SHOWN_AGAIN.test(p.text)
      ? result('help', 'high', 'asks whether a key is shown again')
      : null
    : null;

/**
 * A question put to the people in the channel ("anyone know if the bot already deprovisioned
 * growth-labs?", "does anyone remember who gave the talk about models in Paris?", "has anybody tried
 * the new claude model?"): theirs to answer, not the bot's, unless the message also tells the bot what
 * to do ("anyone know how? nvm: token for 2h").
 */
const ASKS_PEOPLE =
  /(?:^|[.!?;:,]\s*|\b(?:hey|hi|so|ok|okay|q|question)\W*\s)(?:(?:does|did|has|have|is|do)\s+)?(?:anyone|anybody|anyones|somebody|someone|any\s+of\s+you|you\s+guys|y'all|yall)\s+(?:here\s+|else\s+)?(?:know|knows|remember|remembers|seen|tried|try|used|happen\s+to\s+know|ever)\b/;
const PEOPLE_HINT = /any|some|you\s+guys|y'?all|poll|hands/;
/** A poll of the channel: "quick poll: tokens or keys?", "show of hands, who uses claude?". */
const POLL = /(?:^|[.!?;:,]\s*)(?:quick\s+|straw\s+|small\s+|mini\s+)?poll\b|\bshow\s+of\s+hands\b/;
/**
 * "are we sure it was the key that leaked?", "have we checked with the PO?", "should we ask the bot or
 * share ours?", "did we ever tell finance?": the team weighing what it knows or should tell, check or
 * ask of someone. Theirs to settle, not the bot's ("do we have a key for billing?", "should we use an
 * access key or an API key?" ask the bot: no verb of knowing or telling follows "we").
 */
const WE_DELIBERATE =
  /(?:^|[.!?;:,]\s*|\b(?:so|and|but|ok|okay|wait|hm+|also|then)\s+)(?:(?:are|were)\s+we\s+(?:\w+\s+)?(?:sure|certain|positive|confident|aligned|clear)\b|(?:have|had|did|do|should|shall)\s+we\s+(?:ever\s+|every\s+|already\s+|actually\s+|even\s+|just\s+|first\s+)?(?:confirm|confirmed|check|checked|tell|told|ask|asked|agree|agreed|decide|decided|hear|heard|talk|talked|loop|looped|ping|pinged|inform|informed|warn|warned|notify|notified|align|aligned|sync|synced|discuss|discussed|verify|verified|escalate|escalated)\b)/;
const WE_HINT = /\bwe\b/;
/**
 * fix50e, tuned-aircargo: the same weighing said without "we", whether a thing is confirmed or only thought ("is it
 * confirmed the chatbot key got leaked or only the screenshot was shared?", "has it been confirmed that …?").
 */
const IT_CONFIRMED =
  /(?:^|[.!?;:,]\s*|\b(?:so|and|but|ok|okay|wait|hm+|also|then)\s+)(?:(?:is|was)\s+it\s+(?:(?:already|actually|officially|even)\s+)?(?:confirmed|certain|verified|known|established)|(?:has|had)\s+(?:it|this|that)\s+been\s+(?:confirmed|verified|established))\b[^?]*\?/;
/**
 * The people named as the ones asked (round fifteen): "anyone?" closing the message ("why does the
 * staging site ask for an access code? anyone?"), or a question addressed to a group of people first
 * ("quick q for the AMs: does Lumen know …", "question for the data folks: …"), not to the bot.
 */
const PEOPLE_LAST = /(?:^|[.!?;:,)]\s*|\s[-—–]+\s*)(?:anyone|anybody|someone|somebody)\s*\?+\s*$/;
const PEOPLE_FIRST =
  /^\W*(?:(?:quick|small|random|dumb|silly)\s+)?(?:q|qq|question|qn)\s+(?:for|to)\s+(?!(?:the\s+|this\s+)?(?:bot|you|u|bedrock|bedrock_bot|bedrockbot)\b)(?:the\s+|our\s+|my\s+|all\s+(?:the\s+)?)?[a-z0-9_'-]+(?:\s+[a-z0-9_'-]+)?\s*(?::|,|\s[-—–]+\s)/;
const peopleNamed = (text: string): boolean =>
  (text.endsWith('?') && (text.includes('any') || text.includes('some')) && PEOPLE_LAST.test(text)) ||
  PEOPLE_FIRST.test(text);
/**
 * notours24: the team's opinions asked at the end of a question about what "we" do: "do we get our own key
 * from the bot or just borrow the data team's one? what do you think", "… opinions?", "… thoughts", "…, what
 * do you all reckon": a discussion among colleagues, not a question put to the bot.
 */
const OPINIONS_LAST =
  /(?:^|[.!?;:,)]\s*|\s[-—–]+\s*)(?:(?:so\s+)?what\s+do\s+(?:you|u|y'?all|ya)\s+(?:all\s+|guys\s+|lot\s+|folks\s+)?(?:think|reckon)|wdyt|thoughts|opinions|views|what\s+say\s+you)(?:\s+(?:guys|all|folks|people|team|everyone|y'?all))?[\s?!.]*$/;
// (fix33a: or the choice weighed for us, "is it better that we get our own key from the bot or keep borrowing the
// claims desk's one? what do you all think".)
const WE_ASKED =
  /\b(?:do|does|should|shall|are|can|could|would|will)\s+we\b|\b(?:is|was|would)\s+it\s+(?:be\s+)?better\s+(?:that|if|to|for)\b/;
const opinionsAsked = (text: string): boolean =>
  (text.includes('think') ||
    text.includes('reckon') ||
    text.includes('wdyt') ||
    text.includes('thoughts') ||
    text.includes('opinions') ||
    text.includes('views') ||
    text.includes('say you')) &&
  WE_ASKED.test(text) &&
  OPINIONS_LAST.test(text.trimEnd());
/**
 * asks29: a question the team will talk over, said so after it ("do we really need a separate key per show? …,
 * let's discuss at the tools sync", "… let's bring it up at the ops sync"): theirs to settle at a meeting.
 */
const TEAM_WILL_DISCUSS =
  /\?[^?]*\blet(?:['’]?s|\s+us)\s+(?:discuss|talk\s+(?:about\s+)?(?:it|this|that)?|bring\s+(?:it|this|that)\s+up|take\s+(?:it|this|that)\s+offline|chat\s+about|go\s+over)\b/;
const teamWillDiscuss = (text: string): boolean => text.includes('let') && TEAM_WILL_DISCUSS.test(text);
/**
 * asks29: who is doing a change now ("who's deprovisioning the old microchip reader? it still shows up on the
 * network", "who is rotating the growth key this time?"): a colleague on the task is asked for; the bot's record
 * tells who did a change ("who rotated …?": history), and who may do one is help ("who can …").
 */
const WHO_IS_DOING =
  /\bwho(?:['’]s|\s+is|\s+are)\s+(?:(?:currently|actually|now|already|still)\s+)?(?:deprovisioning|revoking|rotating|removing|deleting|disabling|retiring|decommissioning|wiping|offboarding|setting\s+up|creating)\b[^?]*\?/;
const peopleAsked: Rule = ({ p, result }) =>
  teamWillDiscuss(p.story === undefined ? p.text : `${p.text} ${p.story}`) ||
  (p.text.includes('who') && WHO_IS_DOING.test(p.text)) ||
  // (The opinions asked make it a discussion, whatever the mood of the question before: "do we get our own
  // key from the bot …" reads as an instruction; the tag may have been cut as story, so it is put last.)
  opinionsAsked(p.story === undefined ? p.text : `${p.text} ${p.story}`) ||
  (((PEOPLE_HINT.test(p.text) && (ASKS_PEOPLE.test(p.text) || POLL.test(p.text))) ||
    peopleNamed(p.story === undefined ? p.text : `${p.story} ${p.text}`) ||
    (WE_HINT.test(p.text) && WE_DELIBERATE.test(p.text)) ||
    (p.text.includes('it') && IT_CONFIRMED.test(p.text))) &&
    moodOf(p.text) !== 'instruction')
    ? result('unknown', 'high', 'asks the people in the channel')
    : null;

/**
 * How approval of our requests works ("who approves key requests?", "I asked for a key an hour ago,
 * who do I chase?", "can I approve my own request?"): help about approvals (mood.ts), not the request
 * it tells of. Whether one request is approved yet, or who approved one, is not asked here.
 */
const approvalsQuestion: Rule = ({ p, result }) =>
  asksAboutOtherApprovals(p.text) || othersApproval(p.text)
    ? result('unknown', 'high', 'asks about approval of other things')
    : asksAboutApprovals(p.text) &&
        !PAST_CHANGE.test(p.text) &&
        !WHO_APPROVED.test(p.text) &&
        !BY_WHOM.test(p.text)
      ? !p.text.includes('?') && p.text.includes('wait') && WAIT_ACCEPTED.test(p.text)
        ? result('unknown', 'high', 'tells of an approval awaited')
        : approvalTold(p.text)
          ? result('unknown', 'high', 'tells of an approval')
          : result('help', 'high', 'asks about approvals')
      : null;
const BY_WHOM = /\bby\s+whom\b/;
/**
 * fix43a, tuned-lifts: an approval told and the wait accepted, nothing asked ("the bot said my token request needs
 * approval, fine, I'll wait"): a remark, as "OK, understood - will wait for the CAB outcome" is; with a question ("…,
 * how long will I wait?") it asks as before.
 */
const WAIT_ACCEPTED =
  /\b(?:i|we)(?:['’]ll|\s+will|\s+can|['’]m\s+happy\s+to|\s+am\s+happy\s+to)\s+(?:just\s+)?wait\b/;

/**
 * Whether the bot offers a thing at all ("can we get tokens in Zurich at all?", "could I even get a
 * token in Seoul?", "does the bot hand out access keys at all?"): a question for help, not a request
 * for the thing. Not "if at all possible, I'd like …" (a polite request), not a unit's own credential
 * ("is there a key for vector-db at all?" asks what it has), nor models ("is deepseek on bedrock at
 * all?" asks about models).
 */
const CAPABILITY =
  /(?<!\bif\s)\bat\s+all\s*(?:\?|$|,\s*or\b)|\b(?:can|could|do|does|will|would)\s+(?:i|we|you|u|one|it|the\s+bot|this\s+bot|our\s+\w+|my\s+\w+)\s+even\s+(?:get|have|use|ask|request|call|do|hand|issue|create|make)\b/;
/**
 * A yes/no question whose subject is the bot ("is the bot open source?", "does the bot keep a copy of
 * my token?", "can the bot show spend per team?"): about the bot, for its help; on train and dev 43 of
 * 44 such questions are help (the other asks about models, left to the models rule). Not with a unit,
 * a key ID or a lifetime stated ("can the bot rotate the growth key?" asks for it).
 */
const BOT_ASKED =
  /^\W*(?:(?:hi|hey|hello|ok|so|quick\s+q(?:uestion)?)\W+)?(?:is|are|does|do|can|could|will|would|has|was)\s+(?:the\s+|this\s+|our\s+|your\s+)?(?:bedrock_bot|bot)\b[^.!]*\?/;
/**
 * (reads26) Whether the bot comes in another form ("is there a cli version of this?", "any chance there is a web
 * version of this bot?", "is there an api equivalent of the bot"): about the bot, its help (general). "this"
 * alone is the bot the question is put to; "this recipe", "node", "jq" are other things.
 */
const BOT_IN_ANOTHER_FORM =
  /\bthere\s+(?:is\s+|are\s+|'s\s+)?(?:a|an|any)\s+(?:cli|command_line|command\s+line|terminal|shell|api|rest|web|browser|desktop|mobile|slash\s+command|programmatic|python|sdk)\s+(?:version|equivalent|variant|edition|flavou?r|client|interface)\s+(?:of|for|to)\s+(?:(?:this|the|our|your)\s+(?:bedrock_bot|bot|tool|thing|app)\b|(?:this|it|you|u)\s*(?:[?.!]|$))/;
/** "is there a newer version of node?", "a cli edition of jq": a version of a thing, no unit's holdings. */
const VERSION_OF = /\b(?:version|versions|edition|editions|release|releases|variant|flavou?r)\s+of\b/;
/** Whether there is a version of a thing ("is there a newer version of node?", "a cli version of jq?"). */
const THING_VERSION_ASKED =
  /\bthere\s+(?:is\s+|are\s+|'s\s+)?(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?version\s+of\s+\S/;
/**
 * notours27: the bot's own doc asked for ("is there a doc for the bedrock bot somewhere? the intern wiki only
 * talks about the ticketing login", "is there a wiki page for the bot anywhere?", "where are the docs for this
 * bot?"): its help, general, whatever else is named after it. (notours28: the bot as "you", the question ending
 * there: "<@bot> is there a doc page for you somewhere?".)
 */
const BOT_DOCS =
  /\b(?:(?:is|are)\s+there\s+(?:a|an|any|some)|where(?:'s|\s+is|\s+are|\s+do\s+i\s+find|\s+can\s+i\s+find)\s+(?:the|a|an|any))\s+(?:[a-z]+\s+)?(?:docs?|documentation|wiki|readme|guide|manual|faq|runbook|how-?to)(?:\s+pages?)?\s+(?:for|on|about|of)\s+(?:(?:the\s+|this\s+|our\s+|your\s+)?(?:bedrock[\s_]bot|bedrock_bot|bot)\b|(?:you|u)(?:\s+(?:somewhere|anywhere))?\s*(?:[?.!]|$))/;
/**
 * Whether a list of the units' names exists, asked (round thirty: "is there a list with the names of the teams?"): a
 * question about the list command, which its help answers, as "where can I find the unit names to use?".
 */
const UNIT_NAMES_LIST_ASKED =
  /^\W*is\s+there\s+(?:a|any)\s+list\s+(?:with|of)\s+(?:all\s+)?the\s+names\s+of\s+(?:the\s+|our\s+|all\s+)?(?:teams|units|business\s+units|bus)\b/;
const botQuestion: Rule = ({ p, has, hasKey, businessUnit, provider, result }) => {
  if (UNIT_NAMES_LIST_ASKED.test(p.text))
    return result('help', 'high', 'asks whether a list of the units exists');
  // ("is list showing also tokens?", "what details shows": what a command shows, asked; command-output-asked.ts.)
  if (commandOutputTopic(p.text) !== null)
    return result('help', 'high', "asks what a command's output shows");
  if (p.text.includes('there') && BOT_IN_ANOTHER_FORM.test(p.text))
    return result('help', 'high', 'asks whether the bot comes in another form');
  if ((p.text.includes('bot') || p.text.includes('you') || p.text.includes(' u')) && BOT_DOCS.test(p.text))
    return result('help', 'high', "asks for the bot's docs");
  // (reads26: a version of another thing, with nothing of ours named, is no question for the bot.)
  if (
    p.text.includes('version') &&
    !hasKey &&
    provider === null &&
    !has('Models') &&
    THING_VERSION_ASKED.test(p.text) &&
    !OURS_VERSIONED.test(p.text)
  )
    return result('unknown', 'high', "asks about another thing's version");
  // lead34: who looks after the bot, or whom to tell when it misbehaves: its help (general), its admins.
  if (
    p.text.includes('who') &&
    p.text.includes('bot') &&
    !hasKey &&
    !has('TokenNoun') &&
    BOT_KEEPER.test(p.text)
  )
    return result('help', 'high', 'asks who looks after the bot');
  // (notours27: not its speed, "is the bot slow today or just me?": serviceStatus.)
  // (fix52g: or asks the others, "is the bot down or is it just me? (asking the channel, not the bot)": OTHERS_ASKED.)
  if (p.text.includes('bot') && (DOWN_FOR_EVERYONE.test(p.text) || downAskedOfOthers(p.text, p.story)))
    return result('unknown', 'high', 'asks the channel whether the bot works for all');
  // (lead34: "can the bot break spend down by model?": the bot's name glued to its verb, "bot-break", is no unit,
  // and spend "by model" asks how spend is split, not which models there are.)
  return p.text.includes('bot') &&
    BOT_ASKED.test(p.text) &&
    !speedOnly(p.text) &&
    (businessUnit === null || businessUnit.startsWith('bot-')) &&
    provider === null &&
    p.keyIds.length === 0 &&
    p.durations.length === 0 &&
    (!has('Models') || BY_MODEL.test(p.text))
    ? result('help', 'high', 'asks about the bot')
    : null;
};
/** "who maintains the bot?", "who looks after this bot?", "who do I talk to if the bot misbehaves?". */
const BOT_KEEPER =
  /\bwho\s+(?:maintains|looks\s+after|runs|manages|supports|administers|admins|built|wrote|is\s+(?:in\s+charge\s+of|responsible\s+for|the\s+(?:owner|admin|maintainer)\s+of))\s+(?:the\s+|this\s+|our\s+|your\s+)?(?:bedrock_bot|bot)\b|\bwho\s+(?:do|should|can)\s+(?:i|we)\s+(?:talk|speak|go|reach\s+out|ping|ask|contact|tell)\s+(?:to\s+)?(?:if|when|about)\s+(?:the\s+|this\s+)?(?:bedrock_bot|bot)\s+(?:misbehaves|breaks|is\s+(?:down|broken|wrong)|stops\s+working|acts\s+up|fails|errors)\b/;
/** Spend split by model: "spend by model", "cost per model". */
const BY_MODEL = /\b(?:by|per)\s+models?\b/;
/** The bot or "this" (the bot asked) as what comes in a version: "a cli version of this?", "of the bot". */
const OURS_VERSIONED = /\b(?:bot|bedrock|bedrock_bot)\b|\bversion\s+of\s+(?:this|it|you|u)\s*(?:[?.!]|$)/;

/**
 * Whether it may be done for someone else, no one named ("can I get a token for someone else?",
 * "could we get a key on behalf of another team?"); a colleague named is a request for them.
 */
const FOR_OTHERS =
  /\b(?:for|on\s+behalf\s+of)\s+(?:someone|somebody|anyone|anybody)\s+else\b|\b(?:for|on\s+behalf\s+of)\s+(?:an?\s+)?(?:another|other|different)\s+(?:person|people|colleagues?|users?|teams?|teammates?|team\s+mates?|units?)\b|\bfor\s+others\b/;
const ASKED_MAY =
  /^\W*(?:(?:can|could|may|do|does)\s+(?:i|we|you|u|one|people)|is\s+(?:it|there)\s+(?:even\s+)?(?:possible|allowed|a\s+way|ok|okay)|are\s+we\s+allowed)\b|\b(?:possible|allowed)\s*\?/;
/**
 * A kind asked whether it is offered in a Region ("are access keys available in Frankfurt?", "r api keys
 * supported in sydney??"): whether the bot offers it there (README "Help topics": regions), round
 * twenty-four; the kind and the place are stated.
 */
const OFFERED_IN_PLACE =
  /^\W*(?:(?:hi|hey|hello|so|ok|okay|quick\s+q)\b[\s,:;.!-]*)?(?:are|is|r)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:api_key|keys?|tokens?|creds|credentials)\s+(?:(?:even|also|actually|still)\s+)?(?:available|offered|supported|allowed|possible|usable)\s+(?:in|for|from)\s+(?:the\s+)?xxregion\b/;
/** (fix24c: "are tokens supported in sydney?? token 3h pls": a lifetime after the question asks for one.) */
const LIFETIME_AFTER_QUESTION =
  /\?[^?]*?\b(?:tokens?|keys?|api_key|access_keys?)\b[^?]*?\bxxdur\b|\?[^?]*?\bxxdur\s+(?:tokens?|keys?)\b/;
/**
 * notours28: a unit named only in a sentence after the question ("can we get tokens in São Paulo at all? the tour
 * team will be there for ten days") is the story's, not the question's ("is there a key for vector-db at all?").
 */
function unitOnlyAfterQuestion(text: string, unit: string): boolean {
  const q = text.indexOf('?');
  const word = unit.split('-')[0] ?? unit;
  return q > 0 && word.length > 1 && !text.slice(0, q).includes(word) && text.indexOf(word, q) > q;
}
const capabilityQuestion: Rule = ({ p, has, hasKey, makes, businessUnit, provider, result }) =>
  (((p.text.includes(' all') || p.text.includes('even')) && CAPABILITY.test(p.text)) ||
    (p.regions.length > 0 && OFFERED_IN_PLACE.test(p.text) && !LIFETIME_AFTER_QUESTION.test(p.text)) ||
    (p.text.includes('?') &&
      (p.text.includes('else') || p.text.includes('other')) &&
      p.durations.length === 0 &&
      p.mentions.length === 0 &&
      p.emails.length === 0 &&
      FOR_OTHERS.test(p.text) &&
      ASKED_MAY.test(p.text))) &&
  (hasKey || makes) &&
  (businessUnit === null || unitOnlyAfterQuestion(p.text, businessUnit)) &&
  provider === null &&
  !has('Models')
    ? result('help', 'high', 'asks whether the bot offers it')
    : null;

/** "what exactly can this bot do?", "what else can the bot do": asking what the bot can do. */
const WHAT_CAN_IT_DO =
  /\bwhat\s+(?:exactly\s+|else\s+|all\s+)?(?:can|does|do|could)\s+(?:this|the|you|u|your)\s+(?:bot\s+|thing\s+|app\s+)?(?:do|handle|offer)\b|\bwhat\s+(?:info|information|details)\s+(?:do|does|would|will)\s+(?:you|u|the\s+bot)\s+need\b|\bwhat\s+do\s+(?:you|u)\s+need\s+(?:from\s+(?:me|us)|to\s+know)\b|\bwhat(?:'s|s|\s+is)\s+(?:exactly\s+)?(?:this\s+|the\s+)?(?:bedrock_bot|bot)\b(?:\s+(?:exactly|for|about))?\s*(?:[?.!,;]|$)|\bwhat\s+(?:services|features|commands|things)\s+(?:do|can|does)\s+(?:you|u|this\s+bot|the\s+bot)\s+(?:offer|provide|have|support|do)\b/;
/**
 * … in the languages people mix in: "cosa sai fare?", "¿qué puedes hacer?", "o que você pode fazer?" (post40f: French
 * "tu" read as "you" since fix40e's glosses, "qu'est-ce que tu sais faire ?" is "que you sais faire", "tu peux" "can you").
 */
const WHAT_CAN_IT_DO_ELSEWHERE =
  /\b(?:che\s+)?cosa\s+(?:sai|puoi|sa|puo)\s+fare\b|\bque\s+(?:puedes|sabes|podes|puede|pueden)\s+hacer\b|\bqu(?:e|'est_ce\s+que)\s+(?:peux_tu|sais_tu|pouvez_vous|savez_vous|(?:tu|you)\s+peux|(?:tu|you)\s+sais|can\s+you|vous\s+(?:pouvez|can)|vous\s+savez)\s+faire\b|\bwas\s+can\s+you\b|\bo\s+que\s+(?:voce|tu)\s+(?:pode|podes|sabe|sabes)\s+fazer\b/;
/** Asks what the bot can do (or is, or needs), in English or another language (cheap tests first). */
function asksWhatItCanDo(text: string): boolean {
  return (
    (text.includes('what') && WHAT_CAN_IT_DO.test(text)) ||
    ((text.includes('fa') || text.includes('hacer') || text.includes('was')) &&
      WHAT_CAN_IT_DO_ELSEWHERE.test(text))
  );
}

/** Thanks for help given: "thanks a lot for your help yesterday", "appreciate the help". */
const THANKS_FOR_HELP =
  /\b(?:thanks?|thx|ty|appreciate|appreciated|grateful)\b[^.!?]{0,25}\b(?:your|the|all\s+the|that)\s+help\b/;

/** Help: "help", "what can you do?", "how does this work?", "commands". */
/**
 * A word for help asks for it when it opens the message, is asked, or is nearly all there is;
 * "thanks a lot for your help yesterday", "312 passed, 4 manual. Report in the drive" ask nothing.
 */
function asksForHelp(p: Prepared, terms: Term[]): boolean {
  const at = terms.findIndex((t) => t.tag === 'Help');
  return at >= 0 && !THANKS_FOR_HELP.test(p.text) && (at <= 2 || p.text.includes('?') || terms.length <= 6);
}

const helpRequest: Rule = ({ p, terms, phrase, action, hasKey, businessUnit, result }) => {
  // "help!! new on the rotation": a call for help that opens the message, about nothing of ours.
  if (
    terms[0]?.tag === 'Help' &&
    terms[0].w === 'help' &&
    !hasKey &&
    businessUnit === null &&
    !p.text.includes('xx')
  )
    return result('help', 'high', 'asks for help');
  // ("what can you do for on-call?": what the bot can do, whatever it is asked for.)
  const whatItCanDo =
    asksWhatItCanDo(p.text) ||
    (p.text.includes('commands') &&
      (p.text.includes('?') || terms.length <= 5) &&
      LIST_OF_COMMANDS.test(p.text));
  if (whatItCanDo && !action && !hasKey) return result('help', 'high', 'asks what the bot can do');
  const helpPhrase =
    PHRASES.whatCanYouDo.test(phrase) ||
    PHRASES.howDoesItWork.test(phrase) ||
    PHRASES.whichCommands.test(phrase);
  if ((asksForHelp(p, terms) || helpPhrase) && !action && !hasKey)
    return result('help', 'high', 'asks for help');
  return helpPhrase || whatItCanDo ? result('help', 'high', 'asks what the bot can do') : null;
};

/**
 * Round thirty-one: whether or how a group of people outside the staff gets at the bot ("can contractors get access to
 * the bot?", "how do new contractors get access to the assistant?", "can former employees still use the bot?"): who
 * may use the bot is its help, never a token for the one asking (the classifier trained on the tuned files took the
 * people for a door system's: nothing). The bot, the assistant or Bedrock must be what is got at: "can contractors get
 * access to the SAP portal?" is not-ours.ts's.
 */
const PEOPLE_ACCESS_TO_BOT =
  /^\W*(?:(?:so|and|hey|hi|quick\s+q)[\s,:]+)?(?:can|could|may|do|does|will|would|how\s+(?:do|does|can|could|should|would|will))\s+(?:(?:the|our|new|external|outside|any)\s+)*(?:contractors?|visitors?|tenants?|interns?|freelancers?|temps|guests?|vendors?|partners?|students?|consultants?|externals?|leavers?|agency\s+staff|new\s+(?:hires|starters|joiners)|(?:ex|former|old|departed)[\s-]+(?:employees?|staff|contractors?|colleagues?))\s+(?:still\s+|also\s+|even\s+)?(?:get|have|request|obtain|use|access|apply\s+for)\s+(?:access\s+(?:to\s+)?)?(?:the\s+|this\s+|your\s+)?(?:bot|assistant|bedrock_bot|bedrock|ai\s+assistant)\b/;
const peopleAccessToBot: Rule = ({ p, result }) =>
  p.durations.length === 0 && p.keyIds.length === 0 && PEOPLE_ACCESS_TO_BOT.test(p.text)
    ? result('help', 'high', 'asks who may use the bot')
    : null;

/**
 * Questions about how the bot works are help: "how do I rotate a key?", "how long does a token
 * last?", "what's the difference between a token and a key?", "why did my token expire?". The
 * one exception is asking how to GET credentials ("how do I get a token?", "how can I get access
 * to claude?", "how do I get a key for our pipeline?"): the friendliest answer to that is the
 * credentials themselves, so it stays a direct request. A how-question never performs an action
 * (rotate, revoke, …): "how do I revoke my token" explains revoking.
 */
/**
 * The question word last, as terse and non-native writers put it ("tokens, expire when?", "token how
 * long max", "api key valid how long?"): a question about a credential, not a request for one, when
 * no lifetime, no unit and no key ID is stated, and no command of ours unless it asks how.
 */
const WH_LAST =
  /(?:^|[\s,;:-])(?:how\s+long|how\s+(?:many|much)(?:\s+(?:time|hours|days|minutes))?|how|when|why|where)(?:\s+(?:max|maximum|min|minimum|exactly|then|now|pls|please))?\s*\?*\s*$/;
const HOW_LAST = /\bhow\s*\?*\s*$/;
const WH_FIRST = /^\W*(?:how|what|when|why|where|which|who)\b/;
/** Bedrock named with an event of people: a workshop, a training, a demo day (bedrock-events.ts). */
const BEDROCK_EVENT = new RegExp(String.raw`\bbedrock\s+(?:${BEDROCK_EVENT_NOUNS})\b`);

/** A question of which Region our credentials are made in: "which region are keys created in?". */
const REGION_OF_OURS_ASKED =
  /^\W*(?:which|what)\s+regions?\s+(?:are|is|do|does|will|would)\s+(?:the\s+|our\s+|my\s+|new\s+)?(?:api\s+)?(?:keys?|tokens?|credentials?|creds)\s+(?:get\s+|be\s+|being\s+)?(?:created|made|issued|generated|minted|signed)\s+(?:in|from)\b[^.!]*\?\s*$/;

/**
 * People of a team asked: "someone from procurement", "anybody in HR", "anyone on the data team"; not
 * "someone in here" or "anyone on this channel" (where the bot is).
 */
const PEOPLE_OF_A_TEAM =
  /\b(?:someone|somebody|anyone|anybody|one\s+of\s+you)\s+(?:from|in|on|at|over\s+in)\s+(?!(?:here|there|this\s+(?:channel|chat|thread|workspace|slack))\b)\S/;
/** Where one thing is: "which region is the X key in", "what region are the risk unit's keys set up in". */
const UNIT_PLACE_ASKED =
  /\b(?:which|what)\s+regions?\s+(?:is|are|was|were)\s+(?!(?:it|this|that|default|best|better|cheapest|fastest|closest|recommended|allowed|supported|available)\b)[^?.!,;:]*?\b(?:in|set\s*up\s+in|located|based|hosted|running|deployed|created\s+in|made\s+in|issued\s+in)\s*(?:[?.!,;:]|$)/;
/** fix39c: "the difference between a X and a Y", each a noun phrase of its own (THINGS_TOLD_APART). */
const THINGS_TOLD_APART =
  /\bdifference\s+between\s+(?:an?|the)\s+[a-z-]+(?:\s+[a-z-]+)?\s+and\s+(?:an?|the)\s+[a-z-]+/;
/**
 * post40e: "the difference between the IB and IGCSE grading model", "between the old and new pricing models": two
 * things told apart, a noun of the trade right before "model" (not one of ours: OUR_MODEL_WORDS, "ai", a provider).
 */
const TRADE_MODELS_TOLD_APART =
  /\bdifference\s+between\s+(?:an?\s+|the\s+|our\s+)?[a-z0-9_-]+(?:\s+[a-z0-9_-]+)?\s+(?:and|vs\.?|versus)\s+(?:an?\s+|the\s+|our\s+)?[a-z0-9_-]+\s+(?:[a-z_-]+\s+)?([a-z_-]+)\s+models?\b/;
const MODEL_OF_OURS_BEFORE =
  /^(?:ai|ml|llm|llms|language|foundation|embedding|embeddings|bedrock|genai|gen_ai|chat|text|image|vision|reasoning|base|instruct|frontier|hosted|available|supported|new|old|claude|llama|mistral|titan|nova|cohere|anthropic|meta|amazon|deepseek|ai21|jamba|sonnet|opus|haiku)$/;
function tradeModelsToldApart(text: string): boolean {
  const m = TRADE_MODELS_TOLD_APART.exec(text);
  return m !== null && !MODEL_OF_OURS_BEFORE.test(m[1] ?? '') && !OUR_MODEL_WORDS.test(text);
}
/** Our nouns and commands: with any of them the difference asked may be ours ("between a token and a key"). */
const OUR_NOUN_TAGS = [
  'TokenNoun',
  'KeyNoun',
  'List',
  'Details',
  'Rotate',
  'Revoke',
  'Deprovision',
  'Create',
];
/** A practice asked about: "best practice for keys in …", "what's the recommended way to keep keys in …". */
const PRACTICE_ASKED =
  /\b(?:best|good|recommended|standard|common)\s+(?:practices?|way|approach|pattern)s?\b|\bpractices?\s+(?:for|around|on)\b/;
const howToQuestion: Rule = ({ p, has, action, makes, businessUnit, hasKey, provider, result }) => {
  if (
    hasKey &&
    // ("the access key, rotate how?" asks how to do it; "rotate the growth key, when?" asks for it.)
    (!action || HOW_LAST.test(p.text)) &&
    businessUnit === null &&
    p.durations.length === 0 &&
    p.keyIds.length === 0 &&
    (p.text.includes('how') || p.text.includes('wh')) &&
    WH_LAST.test(p.text) &&
    !WH_FIRST.test(p.text)
  )
    return result('help', 'high', 'asks how it works, the question word last');
  // ("in the demo i will show how to revoke a key" tells; "tell me how to revoke a key" asks.)
  const howTo =
    (HOW_TO.test(p.text) ||
      (p.text.includes('what') && WHAT_TO_DO_AFTER.test(p.text)) ||
      (p.text.includes('where') && WHERE_TO.test(p.text)) ||
      CAN_SEE_WHO.test(p.text)) &&
    !(businessUnit !== null && /\bhow\s+(?:long|often)\b/.test(p.text)) &&
    (p.text.includes('?') || !TOLD_HOW_TO.test(p.text));
  // "who can deprovision a team?", "who is allowed to rotate keys": who may do it is a question for help.
  if (WHO_MAY.test(p.text) && (UNDOING_TAGS.some(has) || has('Onboard')))
    return result('help', 'high', 'asks who may do it');
  if (
    (has('List') || has('History') || has('Spend') || has('Details')) &&
    p.text.includes('who') &&
    WHO_MAY_SEE.test(p.text)
  )
    return result('help', 'high', 'asks who may do it');
  // "which regions can I get a token in" asks where, not for a token: no exception for getting one.
  const whichRegions = /\b(?:which|what)\s+regions?\s+(?:can|do|does|should|is|are)\b/.test(p.text);
  // "which region is the claims-ocr key in?", "what region are growth's keys set up in": where a named
  // unit's key is asks what the unit has (details), not which Regions the bot offers ("which region is
  // the team of vertrieb in?" asks where people are).
  if (
    businessUnit !== null &&
    p.text.includes('region') &&
    // (post40e: "set up" is prepared as "setup": "which region is analytics set up in".)
    (hasKey || p.text.includes('set up') || p.text.includes('setup')) &&
    UNIT_PLACE_ASKED.test(p.text)
  )
    return result('details', 'high', "asks where a unit's key is");
  const ours =
    hasKey ||
    action ||
    OUR_TAGS.some(has) ||
    p.regions.length > 0 ||
    p.keyIds.length > 0 ||
    p.durations.length > 0;
  const explainMe = p.text.includes('explain') && EXPLAIN_ME.test(p.text);
  // ("could I get a token for 24 hours or is twelve the max": the length is asked about, not asked for.)
  // (A token has no unit, so a word read as one in its story does not matter: "… or is twelve the max? it's
  // for the end-of-life sim".)
  const boundAfter =
    p.text.includes(' or ') &&
    LIMIT_AFTER_LENGTH.test(p.text) &&
    ((has('TokenNoun') && !has('KeyNoun')) || businessUnit === null);
  const explains =
    explainMe ||
    EXPLAIN.test(p.text) ||
    (p.text.includes('?') && KINDS_SAME_OR_NOT.test(p.text)) ||
    (ours && (WHY_ASKED.test(p.text) || LIMIT_ASKED.test(p.text) || boundAfter)) ||
    (ours &&
      VERSUS.test(p.text) &&
      ASKS.test(p.text) &&
      !(has('Spend') && weighsUnits(p.text, businessUnit)));
  if (!howTo && !whichRegions && !explains) return null;
  // (round thirty-one: "token for 2h please, is there a maximum btw?": the order stands, the bound asked by the way;
  // bound-beside-token.ts.)
  if (explains && !howTo && boundBesideToken(p.text)) return null;
  // asks29: how a thing of the trade works ("how does the till in the shop work?", "come funziona la macchinetta
  // del caffè?", "hoe werkt de kassa?"), nothing of ours named: a question about other things, not the bot's.
  if (!ours && !explains && p.text.includes('work')) {
    const thing = HOW_THING_WORKS.exec(p.text);
    if (thing !== null && !OUR_WORKING_THINGS.has(thing[1] ?? thing[2] ?? ''))
      return result('unknown', 'high', 'a how-to in another system');
  }
  // ("what regions can I use claude in?": which Regions offer a model is the models read.)
  if (whichRegions && provider !== null && !hasKey && !has('TokenNoun') && !explains)
    return result('models', 'high', 'asks which Regions offer a model');
  // "If someone from Procurement could explain the difference between a call-off and a direct award",
  // "could anyone in legal explain an NDA vs an MSA?": put to people of a team, about nothing of ours.
  if (explains && !ours && PEOPLE_OF_A_TEAM.test(p.text))
    return result('unknown', 'high', 'asks people of a team to explain');
  // "which region are keys created in?", "what region do tokens get issued in?": where the bot makes ours, its help
  // (round forty-three's retrain read the first as nothing at 0.71).
  if (p.text.includes('region') && REGION_OF_OURS_ASKED.test(p.text))
    return result('help', 'high', 'asks where credentials are made');
  // fix39c, tuned-shipyard: two things of the trade told apart, nothing of ours named ("what's the difference between
  // a gantry crane and a goliath crane?"): a question for colleagues, not the bot's.
  if (
    explains &&
    !ours &&
    !howTo &&
    !whichRegions &&
    !action &&
    THINGS_TOLD_APART.test(p.text) &&
    !OUR_NOUN_TAGS.some(has)
  )
    return result('unknown', 'high', 'tells two things of the trade apart');
  // (post40e, tuned-edtech: "what's the difference between the IB and IGCSE grading model?": two of a trade's
  // models told apart, a word of the trade before "model" and nothing else of ours named: a question for colleagues.)
  if (
    explains &&
    !howTo &&
    !whichRegions &&
    // (the "model" itself is an action's tag: any other verb of ours asks.)
    !ACTION_TAGS.some((tag) => tag !== 'Models' && has(tag)) &&
    !hasKey &&
    provider === null &&
    !has('TokenNoun') &&
    !has('Bedrock') &&
    p.text.includes('model') &&
    tradeModelsToldApart(p.text)
  )
    return result('unknown', 'high', 'tells two models of the trade apart');
  // "we're evaluating claude vs llama. For now I just need a personal token, 5h": a comparison in the
  // story around a request is no question about the bot.
  if (
    !howTo &&
    !whichRegions &&
    !explainMe &&
    !boundAfter &&
    moodOf(p.text) === 'instruction' &&
    !/\?/.test(p.text)
  )
    return null;
  // ("how do I find out who created the growth key" asks about a past making, not for a key.)
  const acquires =
    howTo &&
    !whichRegions &&
    !explains &&
    (makes || has('Onboard')) &&
    (hasKey || has('Bedrock') || provider !== null);
  const acts = UNDOING_TAGS.some(has);
  // (round thirty-one: "which region does the ads account fall under?", "which region is the bot in?": the Region of
  // one of our things, which the bot's help answers; the classifier trained on the tuned files took them for a
  // sales region's. A firm's region of its things, "the Glasgow depot", is not-ours.ts firmsRegion's.)
  if (whichRegions && !acquires && OUR_THING_REGION.test(p.text))
    return result('help', 'high', 'asks which Region one of ours is in');
  return !acquires || acts ? result('help', 'high', 'how-to question about the bot') : null;
};
/**
 * The Region one of our things is under or in: the bot or the assistant itself ("which region is the bot in?",
 * "which region is the assistant running under"), or a unit's account, access, project, platform or credentials
 * under one ("what region is my access under?", "which region is the payments bu under?", "which region does the
 * payments account belong to?"). A team's region is where people are (otherSense), and a platform "hosted in" one
 * may be another firm's (not-ours.ts): only "under" and "belong to" for those.
 */
const OUR_THING_REGION =
  /\b(?:which|what)\s+region\s+(?:is|are|does|do)\s+(?:the|this|your)\s+(?:bot|assistant|bedrock_bot)\s+(?:(?:running|hosted|based|deployed|set\s+up)\s+)?(?:in|under|on)\b|\b(?:which|what)\s+region\s+(?:is|are|does|do)\s+(?:the|my|our)\s+(?:[a-z0-9_-]+\s+){0,2}?(?:bus?|accounts?|access|projects?|platforms?|workspaces?|creds|credentials|units?)\s+(?:(?:running|sitting|set\s+up)\s+)?(?:under|falls?\s+under|sits?\s+under|comes?\s+under|belongs?\s+to)\b/;

/**
 * Spend: "spend for marketing", "what did data-eng spend on bedrock last month", "how much has
 * risk-scoring burned this month". Someone's own time or money ("I spent the morning on the key
 * rotation doc", "what did you spend on lunch") asks nothing of this bot.
 */
/** "the stripe-billing key expires tomorrow, renew it": a key told to expire, then a command to renew it. */
const EXPIRING_KEY_RENEWED =
  /\bkey\s+(?:expires|is\s+expiring|is\s+about\s+to\s+expire)\b[^.;?]*?(?:,|;|\.|—|-)\s*(?:please\s+)?(?:renew|refresh)\s+(?:it|that|the\s+key)\b/;
/** Spend asked as a total: "the CFO wants the Bedrock total for last quarter", "bedrock numbers for June". */
const BEDROCK_TOTAL = /\b(?:bedrock|aws)\s+(?:total|totals|numbers|figures|tab|usage\s+total)\b/;
/** Someone else's question about money, told: "my lead asked what we spent", "finance wants to know how much". */
const REPORTED_SPEND_QUESTION =
  /\b(?:asked|asks|asking|wants\s+to\s+know|wanted\s+to\s+know|wondered|wondering)\s+(?:me\s+|us\s+|again\s+)?(?:what|how\s+much)\b/;
/** Our cost for AI: "our AI bill", "our ai spend", "our gen ai costs" (the company's, a spend of this bot's). */
// (requests25: or opening the message, "AI spend so far?", "ai costs to date?": ours, asked of the bot.)
const OUR_AI_COST =
  /(?:\bour\s+|^[^a-z0-9]{0,4}(?:(?:the|total)\s+)?)(?:gen\s*)?ai\s+(?:bill|spend|spending|costs?|usage|invoice)\b|\bwe\s+(?:are\s+|were\s+)?(?:spend|spending|spent|paying|pay)\s+on\s+(?:the\s+)?(?:gen\s*)?ai\b/;
/** A question's word: "what's", "how's", "how much". */
const ASKED_HOW = /\b(?:what|how)\b/;
/** "who keeps grabbing tokens", "who has been creating all these keys": who takes our credentials again and again. */
const WHO_KEEPS_TAKING =
  /\bwho\s+(?:keeps|kept|has\s+been|'s\s+been|is)\s+(?:[a-z]+ing)\s+(?:(?:all|so\s+many|the|our|these|those|new)\s+){0,2}(?:tokens|keys|api_keys|access_keys|credentials|creds)\b/;
/** "send me the final spend", "give me its total cost": the whole spend of a unit sent for. */
const FINAL_SPEND_SENT =
  /\b(?:send|give|show|get)\s+me\s+(?:the\s+|its\s+|their\s+)?(?:final|total|full|overall)\s+(?:spend|bill|costs?)\b/;
/** "spend per unit", "spending by team": the spend of each unit asked for (not "spend per unit of flour"). */
const SPEND_PER_UNIT =
  /\bspend(?:ing)?\s+(?:per|by|for\s+each|of\s+each)\s+(?:business\s+)?(?:unit|team)s?\b(?!\s+of\b)/;
/** "can you pull the numbers", "please send me the figures": a spend sent for, asked of us. */
const SPEND_SENT_FOR =
  /\b(?:can\s+you|could\s+you|please)\s+(?:pull|send|share|get)\s+(?:me\s+|us\s+)?the\s+(?:numbers|figures|totals?|breakdown)\b/;
/** "what has the regional budgets unit spent": what a unit, named as a unit or team, spent. */
const SPENT_BY_NAMED_UNIT =
  /\b(?:what|how\s+much)\s+(?:has|have|did)\s+(?:the\s+)?[a-z0-9-]+(?:\s+[a-z0-9-]+){0,2}\s+(?:unit|team)\s+(?:spent|spend|burned|burnt)\b/;
/**
 * fix38b, tuned-textile: a command whose purpose names the spend ("please deprovision `x` so it stops showing up in
 * the spend report", "revoke the old key so that it stops adding to our bill"): the command is asked, the spend only
 * why.
 */
const SPEND_AS_PURPOSE =
  /\b(?:deprovision|offboard|decommission|remove|delete|revoke|retire|disable|rotate)\b[^.!?\n]{0,80}\bso\s+(?:that\s+)?(?:it|they|we|this|that|the\s+[\w-]+)\s+(?:stops?|no\s+longer|doesn't|don't|does\s+not|do\s+not|won't|will\s+not)\b[^.!?\n]{0,60}\b(?:spend|spending|costs?|bill|billing)\b/;
const spend: Rule = ({ p, terms, has, hasKey, keyObject, businessUnit, result }) => {
  // (dev29: "how expensive was the nightingale study on bedrock …": a cost asked without a spend word.)
  const costly = !has('Spend') && p.text.includes('how') && HOW_COSTLY.test(p.text);
  if (!has('Spend') && !costly && !(p.text.includes('bedrock') && BEDROCK_TOTAL.test(p.text))) return null;
  // (units26: "key for ads-ranking. the ads team and the ranking team split the bill": a bill paid is told.)
  if (has('Spend') && spendOnlyPaid(terms)) return null;
  // "details for recs-ranking, and how much did they spend last month?": the first request is details.
  if (detailsAskedFirst(p.text) || requestAskedFirst(p.text) || whoHasBeenDoing(p.text)) return null;
  if (p.text.includes('so') && SPEND_AS_PURPOSE.test(p.text)) return null;
  // "stop the doc-search key, cost spike", "kill the key, the bill is exploding": the cost is the
  // reason, the removal of the key the request.
  if (
    (keyObject || p.keyIds.length > 0) &&
    !p.text.includes('?') &&
    // (round thirty-four: and a rotation, "rotate the growth key. Cost Explorer shows a spike".)
    terms.some((t) => (t.tag === 'Revoke' || t.tag === 'Delete' || t.tag === 'Rotate') && !t.w.endsWith('ed'))
  )
    return null;
  // (round twenty-six: "key for bi-exports, cost centre 4410": the cost centre a key is booked to is stated, no
  // spend asked.)
  if (hasKey && p.text.includes('cost') && COST_CENTRE_STATED.test(p.text) && !SPEND_ASKED_WORD.test(p.text))
    return null;
  // "everyone is nervous about AI spend. A token for 90 minutes would be plenty": a token asked for.
  if (has('TokenNoun') && p.durations.length > 0 && p.periods.length === 0) return null;
  // "my lead asked what we spent last month. anyway, token for 2h please": a question someone else
  // asked is told; the token is what this person asks for.
  if (has('TokenNoun') && p.durations.length > 0 && REPORTED_SPEND_QUESTION.test(p.text)) return null;
  const cloud = has('Bedrock') || has('Aws') || has('Provider') || has('Models');
  const personal = PERSONAL_SPEND.test(p.text) && !cloud;
  if (personal && !has('Create') && !has('Polite') && !/\?/.test(p.text))
    return result('unknown', 'high', 'talks about their own spending');
  // (fix33a: spend-elsewhere.ts: "how much did we spend on the Summer Reading Challenge prizes last year?" is a
  // purchase's cost; "last month's bedrock bill was fine btw, finance said thanks" tells how a bill went.)
  if (spendJudgedTold(p.text) && !hasKey && p.keyIds.length === 0)
    return result('unknown', 'high', 'tells how a spend went');
  if (!cloud && businessUnit === null && spentOnGoods(p.text))
    return result('unknown', 'high', 'money spent on goods bought');
  // (fix54a: "whats campaign spend for Verizon mtd?", "our media spend this month": the trade's budget, spend-elsewhere.ts.)
  // (Not when our AI's cost is asked beside it: "how much have we spent on AI last month? finance puts it next to the
  // travel spend".)
  if (
    !cloud &&
    tradeSpend(p.text) &&
    p.keyIds.length === 0 &&
    !has('KeyNoun') &&
    !has('TokenNoun') &&
    !(p.text.includes('ai') && OUR_AI_COST.test(p.text))
  )
    return result('unknown', 'high', 'our word in another sense');
  // (fix20a: "what's our AI bill looking like", "how's our AI spend": the company's AI cost, asked about; req29:
  // "what are we spending on the AI per week?".)
  const ourAi =
    p.text.includes('ai') && OUR_AI_COST.test(p.text) && (ASKED_HOW.test(p.text) || p.text.includes('?'));
  const asks =
    !personal &&
    !((has('Create') || keyAskedFor(p.text)) && hasKey) &&
    (cloud ||
      ourAi ||
      businessUnit !== null ||
      p.periods.length > 0 ||
      /\b(?:teams|units|each|every)\b/.test(p.text));
  // (fix34x: "spend per unit for the HIPAA assessment": the spend of each unit, asked for whatever it is for; in
  // RULES_DECIDE. Not a price of goods: "the spend per unit of flour", "cost per unit".)
  // (Asked how to see it, "is there a way to see spend per team", it is help.)
  if (
    !personal &&
    businessUnit === null &&
    SPEND_PER_UNIT.test(p.text) &&
    !/\b(?:way|how|can\s+i)\b/.test(p.text)
  )
    return result('spend', 'high', 'asks the spend of each unit');
  if (!asks && !(p.text.includes('what') || p.text.includes('how'))) return null;
  // "what did marketing spend", "how much has fraud-ml burned": the one who spent is the unit.
  const spender = spenderOf(p.text);
  if (costly && spender === null && !cloud) return null;
  if (spender !== null)
    return { ...result('spend', 'high', 'asks what a unit spent'), businessUnit: businessUnit ?? spender };
  if (!asks) return null;
  // (Round thirty-four: "send me the final spend for mooring-trial, we deprovision it next week": a unit's final
  // spend sent for, whatever is told of the unit's end; in RULES_DECIDE, where the retrained classifier read nothing.)
  if (p.text.includes('me') && FINAL_SPEND_SENT.test(p.text))
    return result('spend', 'high', 'asks for the final spend');
  // (fix34x: "what has the regional budgets unit spent this quarter?", "spend this quarter is up a lot for recsys,
  // can you pull the numbers": a named unit's spend, asked as a question or sent for; in RULES_DECIDE, where the
  // classifier trained on the tuned files read nothing. Told without asking it stays the plain reading.)
  if (businessUnit !== null && !personal && (SPENT_BY_NAMED_UNIT.test(p.text) || SPEND_SENT_FOR.test(p.text)))
    return result('spend', 'high', "asks a named unit's spend");
  return result('spend', cloud || ourAi || businessUnit !== null ? 'high' : 'low', 'asks what was spent');
};
/** The list judged by its size (dev29): "that's a long list", "what a short list", "the list is huge". */
const LIST_JUDGED_SRC = String.raw`\b(?:(?:that'?s|that\s+is|it'?s|it\s+is|what|such)\s+(?:a|an|one|such\s+a)\s+(?:(?:very|really|pretty|super|rather)\s+)?(?:long|short|huge|big|massive|small|tiny|impressive|scary|loo+ng)\s+list|the\s+list\s+is\s+(?:(?:so|very|really|pretty|super|rather|quite)\s+)?(?:long|short|huge|big|massive|small|tiny|loo+ng))\b`;
const LIST_JUDGED = new RegExp(LIST_JUDGED_SRC);
const LIST_JUDGED_ALL = new RegExp(LIST_JUDGED_SRC, 'g');
/** A cost centre given by its code: "cost centre 4410", "cost center: CC-4410", "cost_centre=fin-22". */
const COST_CENTRE_STATED = /\bcost[\s_-]?cent(?:re|er)\s*(?:code\s*)?[:#=-]?\s*(?:is\s+)?[a-z]{0,4}[-_]?\d/;
const SPEND_ASKED_WORD = /\b(?:how\s+much|spent|spend|spending|burn|burned|burnt|bill)\b/;
/** Every spend word is what someone pays ("split the bill", "the risk team will foot the cost"). */
function spendOnlyPaid(terms: Term[]): boolean {
  const words = terms.map((t) => t.w);
  return terms.every((t, i) => t.tag !== 'Spend' || paidSpendWord(words, i));
}
/** The subject of "what did X spend", "how much has X burned" (not a person: "we", "you", "the team"). */
const SPENDER =
  /\b(?:what|how\s+much)\s+(?:did|has|have|does|do)\s+(?:the\s+)?([a-z][a-z0-9_-]*)\s+(?:spend|spent|burn|burned|burnt|cost)\b/;
const NOT_SPENDERS = new Set(
  'we you u i they he she it team everyone everybody anyone people that this ai genai llm llms'.split(' '),
);
/**
 * dev29: the unit whose cost is asked as "how expensive was X" ("how expensive was the nightingale study on bedrock in
 * the last 14 days?", "how expensive has risk-ml been this month?"): a team noun after it stays in the name, a study's
 * or project's noun does not (README: "project Phoenix" → phoenix).
 */
const HOW_COSTLY = /\bhow\s+(?:expensive|costly|pricey)\b/;
const HOW_EXPENSIVE =
  /\bhow\s+(?:expensive|costly|pricey)\s+(?:was|were|is|are|has|have)\s+(?:been\s+)?(?:the\s+|our\s+)?([a-z][a-z0-9_-]{0,40})(?:\s+(team|squad|group|pod|desk|lab|unit|study|project|programme|program))?(?=\s+(?:on|in|over|during|last|this|past|been|for)\b|\s*[?,.]|\s*$)/;
const KEPT_GROUP = new Set(['team', 'squad', 'group', 'pod', 'desk', 'lab']);
/** What tells a cost asked of ours: the cloud, our credentials, or a name written as a unit's (with - _ or digits). */
const OUR_COST_CUE = /\b(?:bedrock|aws|claude|llm|genai|ai|tokens?|keys?|api)\b/;
/**
 * dev29: a spend asked tersely as a heading, the unit after it ("Spend review: treasury, 2 months ago.", "spend:
 * treasury, last month", "Spend check — kyc, this month"; a dash is read as a comma by then).
 */
const SPEND_HEADING =
  /^\W*(?:ai\s+|bedrock\s+)?(?:spend|spending|costs?)(?:\s+(?:review|check|report|breakdown|summary|query))?\s*(?::|—|–|-|,)\s*([a-z][a-z0-9_-]{0,40})\s*(?=,|;|$|\s+(?:last|this|for|in|over|past|since|xx[a-z]+|\d))/;
function spenderOf(text: string): string | null {
  const name = SPENDER.exec(text)?.[1];
  if (name !== undefined && !NOT_SPENDERS.has(name) && isNameWord(name)) return normalizeBusinessUnit(name);
  if (
    text.includes('how') &&
    (text.includes('expensive') || text.includes('costly') || text.includes('pricey'))
  ) {
    const m = HOW_EXPENSIVE.exec(text);
    const [first, group] = [m?.[1], m?.[2]];
    if (first !== undefined && !NOT_SPENDERS.has(first) && isNameWord(first)) {
      const kept = group !== undefined && KEPT_GROUP.has(group);
      if (kept || /[-_\d]/.test(first) || OUR_COST_CUE.test(text))
        return normalizeBusinessUnit(kept ? `${first}-${group}` : first);
    }
  }
  const heading = SPEND_HEADING.exec(text)?.[1];
  if (heading !== undefined && !NOT_SPENDERS.has(heading) && isNameWord(heading))
    return normalizeBusinessUnit(heading);
  return null;
}

/**
 * buried27: "who's been issuing tokens lately?", "who keeps creating keys?": who has been doing one of our changes,
 * asked (the record of changes, history), whatever the bill told beside it.
 */
const WHO_HAS_BEEN_DOING =
  /\bwho(?:'s|’s|s|se|\s+has|\s+have)\s+been\s+(?:issuing|creating|making|generating|minting|requesting|pulling|getting|grabbing|taking|rotating|revoking|deleting|handing\s+out|giving\s+out)\s+(?:(?:the|these|those|our|new|so\s+many|many|more|extra|all\s+the)\s+)?(?:bedrock\s+)?(?:tokens|keys|api_key|access_keys|credentials|creds)\b|\bwho\s+keeps\s+(?:issuing|creating|making|generating|requesting|pulling|getting|grabbing|rotating|revoking|deleting)\s+(?:(?:the|these|those|our|new|so\s+many|more|extra)\s+)?(?:bedrock\s+)?(?:tokens|keys|api_key|access_keys|credentials|creds)\b/;
const whoHasBeenDoing = (text: string): boolean => text.includes('who') && WHO_HAS_BEEN_DOING.test(text);

/**
 * dev29: whether the one spoken to did it, "was it you who revoked the staging key, <@U…>?", "were you the one that
 * deprovisioned legacy-bi?": a question put to a colleague (the bot does nothing of its own accord), no record asked.
 */
const YOU_DID_IT =
  /\b(?:was\s+(?:it|that)\s+(?:you|u)\s+(?:who|that|guys\s+who)\b|were\s+(?:you|u)\s+the\s+(?:one|ones|person)\s+(?:who|that)\b|(?:you|u)\s+were\s+the\s+one\s+who\b)/;

/**
 * The past, not an order: "what got deleted in march", "which keys were revoked this month",
 * "who rotated the sales key?", "who signed off on the ads key".
 */
/**
 * fix46d, tuned-styles-lay: who stopped one of our keys, in lay words ("who cancelled the marketing key?", "who
 * switched off our api key?"): the change is in the record (history), as "who revoked …". Only with a key of ours
 * named ("who cancelled the standup?" is not asked here, nor a cinema's KDM key, "who cancelled the KDM key for screen 4?").
 */
const WHO_STOPPED_KEY =
  /\bwho\s+(?:has\s+|had\s+)?(?:cancell?ed|stopped|disabled|switched\s+off|turned\s+off|killed)\s+(?:the|our|my|their|this|that)\s+(?:[\w-]+\s+){0,3}?(?:api\s+|access\s+)?keys?\b/;

const pastQuestion: Rule = ({ p, phrase, hasKey, businessUnit, result }) => {
  if (p.text.includes('you') && YOU_DID_IT.test(p.text))
    return result('unknown', 'high', 'asks whether the one spoken to did it');
  if (
    (p.text.includes('ion') || p.text.includes('al') || p.text.includes('ing') || p.text.includes('chang')) &&
    RECORD_OF_CHANGES.test(p.text)
  )
    return result('history', 'high', 'asks for a record of changes');
  if ((PAST_CHANGE.test(p.text) && !(!hasKey && TAKEN_FROM_THING.test(p.text))) || BY_WHOM.test(p.text))
    return result('history', 'high', 'asks what was changed');
  // (dev26b: "Show recent actions on ml-infra", "the latest changes to kyc-bot": what was done to a unit
  // lately, asked as a noun, is its record of changes, not what it has now.)
  if (
    businessUnit !== null &&
    (p.text.includes('action') || p.text.includes('change')) &&
    businessUnit.startsWith(normalizeBusinessUnit(RECENT_DONE.exec(p.text)?.[1] ?? '') || '-')
  )
    return result('history', 'high', 'asks what was done to a unit lately');
  // "anything done on voice-casting in the past 2 months?", "has anything happened to growth?".
  if (businessUnit !== null && p.text.includes('thing') && ANYTHING_DONE.test(p.text))
    return result('history', 'high', 'asks what was done to a unit');
  if (businessUnit !== null && p.text.includes('what') && WHAT_DONE.test(p.text))
    return result('history', 'high', 'asks what was done to a unit');
  // (fix33b: "what's been going on with meta-clean lately": what has happened to a unit, asked whole.)
  if (businessUnit !== null && p.text.includes('going') && GOING_ON_WITH.test(p.text))
    return result('history', 'high', 'asks what has happened to a unit');
  // "who signed off on the ads key?", "who okayed the key for checkout-api", also under a pasted
  // alert: the question opens with who approved one of our keys (a unit's or named by its ID).
  if (
    (hasKey || p.keyIds.length > 0) &&
    (businessUnit !== null || p.keyIds.length > 0) &&
    (KEY_APPROVED_ASKED.test(p.text) || (p.text.includes('approval') && APPROVAL_THEN_WHO.test(p.text)))
  )
    return result('history', 'high', 'asks who approved a key');
  // (round thirty-four: "who keeps grabbing tokens? the bill doubled": who takes our credentials again and again,
  // in RULES_DECIDE, where the retrained classifier read nothing.)
  if (p.text.includes('who') && WHO_KEEPS_TAKING.test(p.text))
    return result('history', 'high', 'asks who keeps taking credentials');
  if (
    PHRASES.whoDid.test(phrase) ||
    WHO_APPROVED.test(p.text) ||
    whoHasBeenDoing(p.text) ||
    (hasKey && p.text.includes('who') && WHO_STOPPED_KEY.test(p.text) && !/\b(?:kdm|dcp)s?\b/.test(p.text))
  )
    return result('history', 'high', 'asks who did something');
  // "when did we last rotate the ads key", "when was growth's key revoked": when a change happened
  // (README), asked with or without a question mark.
  if (
    (hasKey || businessUnit !== null) &&
    p.text.includes('when') &&
    (WHEN_CHANGED.test(p.text) || WHETHER_THEN_WHEN.test(p.text) || LAST_CHANGE_WHEN.test(p.text))
  )
    return result('history', 'high', 'asks when a change happened');
  // "who's been rotating the obs-charting key?", "was the ads key rotated before or after 02:00?",
  // "when was the last rotation on ledger-sync?", "what did <@U…> do tonight?" (change-asked.ts).
  if (changeAsked(p.text, hasKey || businessUnit !== null))
    return result('history', 'high', 'asks about a change in the record');
  // "when was the hartmann key created?": a creation is a change (README); asked with what the key
  // has now ("… and when does it expire?") it is details.
  if (
    (hasKey || businessUnit !== null) &&
    p.text.includes('when') &&
    WHEN_MADE.test(p.text) &&
    !NOW_ASKED.test(p.text)
  )
    return result('history', 'high', 'asks when a key was made');
  // "what did I do in the last 2 weeks?", "what have I done with the bot this month": one's own
  // activity over a span, or with the bot.
  // (The question may have been left out as story: "… 2 weeks? I need it for my timesheet notes".)
  const all = p.story === undefined ? p.text : `${p.story} . ${p.text}`;
  if (
    /\bi(?:'ve|ve)?\s/.test(all) &&
    MY_ACTIVITY.test(all) &&
    (all.includes('xxperiod') || WITH_US.test(all))
  )
    return result('history', 'high', 'asks what was changed');
  return null;
};

/** A verb's past form: it tells what was done ("revoked", "deleted"), it asks nothing. */
const PAST_FORM = /[a-z]{2}[^e]ed$/;
/** Tags of the other verbs that ask: with one of them, a removal told of is no request. */
const ASKING_BESIDES = new Set(['Create', 'Rotate', 'Refresh']);
const CHANGE_VERB_TAGS = new Set(['Create', 'Rotate', 'Refresh', 'Revoke', 'Delete', 'Deprovision']);

/**
 * "what's registered with the bot?": the units it holds; (fix40b) "what's registered under me?": the asker's own
 * (registered.ts; owner `me` by asksOwnUnits).
 */
const registeredAsked: Rule = ({ p, businessUnit, result }) =>
  businessUnit === null && asksWhatIsRegistered(p.text)
    ? result('list', 'high', 'asks what is registered with the bot')
    : businessUnit === null && asksRegisteredUnderMe(p.text)
      ? result('list', 'high', 'lists the units the person owns')
      : null;

/**
 * fix46d, tuned-styles-lay: the whole set aside, "remove the key for storage-ops (only the key, not the whole thing)",
 * "delete the ads key, not the entire unit": the key is removed, the unit kept (revoke, not deprovision).
 */
const WHOLE_SET_ASIDE =
  /\b(?:not|never|rather\s+than|instead\s+of)\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:whole|entire)\s+(?:thing|unit|setup|set-up|account|lot|project|team)\b/i;
const wholeSetAside = (text: string): boolean =>
  (text.includes('whole') || text.includes('entire')) && WHOLE_SET_ASIDE.test(text);

/** Removing things: revoke keys, or deprovision a business unit entirely. */
const removal: Rule = ({ p, terms, phrase, words, has, businessUnit, keyObject, result }) => {
  // "the old one was revoked last week. we need a new one": a removal told of asks for none.
  // ("the key should be revoked": a past form after "be" asks.)
  // ("security wants the ads-api key revoked", "the CISO needs growth-emea deprovisioned": a past form
  // after a wished object is the change wished for, now.)
  const wished = wishedChanges(p.text);
  const now = (i: number): boolean =>
    !PAST_FORM.test(terms[i]?.w ?? '') || terms[i - 1]?.w === 'be' || wished?.has(terms[i]?.w ?? '') === true;
  // ("revoke the key for payroll-bot, the bot is retired": the unit's end is told, the key revoked.)
  const toldOnly = (tag: string): boolean =>
    !terms.some((t, i) => t.tag === tag && now(i)) &&
    terms.some((t, i) => t.tag !== tag && t.tag !== undefined && CHANGE_VERB_TAGS.has(t.tag) && now(i));
  if (has('Deprovision') && !toldOnly('Deprovision'))
    return result('deprovision', 'high', 'deprovision verb');
  if (!has('Delete') && !has('Revoke')) return null;
  // ("models please — the AI ones, not the block model": a removal word after a determiner names a thing, a
  // noun or its modifier, and asks no removal; requests25.)
  // (fix48e: Spanish and Italian "del", of the, after a word of the sentence, "por tema de que los datos no salgan del
  // país", so the data does not leave the country, is no "del" for delete, which opens a command: "del the ads key".)
  if (
    terms.every(
      (t, i) =>
        (t.tag !== 'Delete' && t.tag !== 'Revoke') ||
        THING_BEFORE.has(terms[i - 1]?.w ?? '') ||
        (t.w === 'del' && i > 0 && !DEL_OPENERS.has(terms[i - 1]?.w ?? '')),
    )
  )
    return null;
  // ("remove the unit ads from the list", "remove the unit test for ads": unit-words.ts.)
  if (unitWordNotOurs(p.text)) return result('unknown', 'high', UNIT_WORD_READ);
  // (fix34a: "our project lunch-and-learn is over, please remove it from the calendar": ended-unit.ts.)
  if (removedFromElsewhere(p.text)) return result('unknown', 'high', 'removed from a thing of everyday work');
  const removing = terms.findIndex((t, i) => (t.tag === 'Delete' || t.tag === 'Revoke') && now(i));
  if (removing < 0 && terms.some((t, i) => ASKING_BESIDES.has(t.tag ?? '') && now(i))) return null;
  // "rotate the key for payments-team and revoke the old analytics one": the first verb is the request.
  const rotating = terms.findIndex((t, i) => t.tag === 'Rotate' && now(i));
  if (rotating >= 0 && rotating < removing) return null;
  // "make new one and kill old", "new key for cx-insights and kill the old one": a replacement
  // ("revoke the old key, and create a new one" asks the removal first).
  const fresh = terms.findIndex((t) => t.w === 'new');
  if (fresh >= 0 && fresh < removing && words.has('old') && (has('Create') || keyObject) && !has('Entire'))
    return result('rotate', 'high', 'a new key in place of the old');
  const entire =
    has('Entire') ||
    PHRASES.wholeSetup.test(phrase) ||
    PHRASES.allBedrockStuff.test(phrase) ||
    words.has('policies') ||
    PHRASES.theUser.test(phrase) ||
    PHRASES.unitEntirely.test(phrase) ||
    words.has('everything') ||
    deletesTheUnit(p.text, businessUnit);
  // "ditch the growth unit entirely", "yank the ads key": a slang verb alone (SLANG_REMOVALS) may mean
  // a file's line, a plan or a key; it is asked about, and never read as the end of a whole unit.
  const slang = terms.every((t) => (t.tag !== 'Delete' && t.tag !== 'Revoke') || SLANG_REMOVALS.has(t.w));
  if (slang) return result('revoke', 'low', 'a slang verb of removal');
  if (entire && !has('Rotate') && !(keyObject && wholeSetAside(p.text)))
    return result('deprovision', 'high', 'removes a business unit entirely');
  if (has('Revoke') || keyObject || has('TokenNoun') || p.keyIds.length > 0)
    return result('revoke', 'high', 'revoke or delete keys');
  const access = words.has('access') || words.has('user');
  if (businessUnit !== null || access)
    return result(
      'deprovision',
      has('Bedrock') || has('Unit') || has('Aws') || access ? 'high' : 'low',
      "removes a business unit's access",
    );
  return result('revoke', 'low', 'delete without a clear object');
};

/** Words a "del" for delete may follow, opening the command: "pls del the ads key". */
const DEL_OPENERS = new Set(['please', 'pls', 'plz', 'and', 'then', 'just', 'also', 'bot', 'bedrock', 'now']);
/** Words that make the word after them a thing's name, no verb: "the block model", "a kill switch". */
const THING_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its']);

/** Slang verbs of removal (lexicon.ts tags them Revoke): asked about, never acted on at once. */
const SLANG_REMOVALS = new Set(['ditch', 'yank', 'zap', 'axe']);

/** "rotation period 30 days", "a rotation period of 90 days": a key's lifetime told, no rotation asked. */
const ROTATION_PERIOD =
  /\brotation\s+(?:period|interval|cycle)\b[\s:=]{0,4}(?:of\s+|is\s+|should be\s+)?xxdur\b/;
/**
 * fix36a, tuned-winery: "rotation history for stb-lab", "the rotation log of growth": "rotation" as the noun of the
 * record asked for, no rotation asked (the history rule reads it); fix37a, tuned-forestry: the last one asked after,
 * "latest rotation for ads-ml?".
 */
const ROTATION_RECORD =
  /\brotations?\s+(?:history|log|logs|audit\s+log|audit\s+trail|records?)\b|\b(?:last|latest|previous|most\s+recent)\s+rotations?\s+(?:on|of|for)\b/;
/**
 * fix40b, tuned-quant: a token asked for with its lifetime bound to it, in hours or in days ("token for 2 days? weekend
 * backtest on the new alpha model", "a 3 day token, testing the llama models"): the token is the request, a lifetime
 * past the maximum its problem; a model named in the reason asks nothing of the models.
 */
const TOKEN_BOUND_LIFETIME =
  /\b(?:(?:bedrock\s+)?tokens?\s+(?:for\s+)?xxdur|xxdur\s+(?:bedrock\s+)?tokens?)\b/;
/**
 * fix40b, tuned-casino: a key asked for a unit at the message's opening, a second request joined after it ("long-term
 * key for valet-dispatch and list models pls", "api key for slots-ml, and show me the models"): the first
 * is the label (README "Two requests"), the models the alternative. Read on the prepared text.
 */
const KEY_OPENS_TWO =
  /^\W*(?:(?:pls|please|plz|hey|hi|ok|okay)\W+)?(?:(?:a|an|one|new|another|fresh)\s+)?(?:(?:long_term|permanent)\s+)?(?:api_key|access_key|(?:api\s+|bedrock\s+)?key)\s+for\s+[a-z0-9_]+\s*,?\s+(?:and|also|plus|\+|&)\s+(?:(?:pls|please|also|then)\s+)?(?:list|show|send|give\s+me)\s/;
/** The list of models asked for first: "model list pls, …", "models list?", "list of models pls". */
const MODEL_LIST_FIRST =
  /^\W*(?:models?\s+list|list\s+(?:of\s+)?(?:the\s+)?models)\s*(?:(?:pls|please|plz)\b)?\s*(?:[,.;:!?—–-]|$)/;
/** A read command opening the message: "list every key, …", "show me all the keys …". */
const READ_ASKED_FIRST =
  /^\W*(?:(?:pls|please|plz)\s+)?(?:list|show(?:\s+me)?)\s+(?:all|every|each|the|my|our)\b/;
/** The words before "renewal" that make it a noun told of ("the renewal", "its renewal"). */
const RENEWAL_ARTICLE = /^(?:the|a|its|their|our|his|her|this|that|annual|yearly)$/;
/** Rotating: a verb of rotation or renewal, or a key reported as leaked (rotated after a confirmation). */
/** Words that deny a lifetime word right after them: "nothing long-term", "not permanent", "no long-lived key". */
const DENIES_LONG = new Set(['nothing', 'not', 'no', 'never', 'none']);

/**
 * buried28: "need an AI key for an hour and a half, nothing long-term": every long-term word denied (one of
 * DENIES_LONG just before it, or two before with "anything"/"really"/"too" between) says the use is short.
 */
/** longTermDenied on a prepared text's own terms (parse-request.ts: a token held against a classifier's key). */
export const longTermDeniedIn = (text: string): boolean => longTermDenied(tokenize(text));

function longTermDenied(terms: readonly Term[]): boolean {
  let any = false;
  for (let k = 0; k < terms.length; k++) {
    if (terms[k]?.tag !== 'LongTerm') continue;
    any = true;
    const before = terms[k - 1]?.w ?? '';
    const twoBefore = terms[k - 2]?.w ?? '';
    const denied =
      DENIES_LONG.has(before) ||
      (/^(?:anything|really|too|very|so)$/.test(before) && DENIES_LONG.has(twoBefore));
    if (!denied) return false;
  }
  return any;
}

/** A key created for a unit, then another change asked ("create a key for X and rotate Y"): the creation first. */
const CREATE_THEN_CHANGE =
  /^\W*(?:(?:pls|please|hey|hi|ok|okay)[\s,]+)?(?:create|generate|make)\s+(?:me\s+|us\s+)?(?:a\s+|an\s+|one\s+)?(?:new\s+)?(?:(?:api|access)\s+)?key\s+for\s+(?:the\s+)?[a-z0-9][\w-]*\s+(?:and|then|plus|also|,)\s+(?:then\s+|also\s+)?(?:rotate|revoke)\b/;

const renewal: Rule = ({ p, terms, has, hasKey, keyObject, businessUnit, longTerm, result }) => {
  if (
    seenByOthers(p.text) &&
    (hasKey || p.keyIds.length > 0) &&
    // (fix21d: not a leak dealt with or no live one, "… rotation done", "… in the tabletop exercise".)
    !leakDealtWith(p.text) &&
    !has('Revoke') &&
    !has('Delete') &&
    !has('Rotate') &&
    // ("list every key, need to see what's exposed": a read asked first, the leak its reason.)
    !READ_ASKED_FIRST.test(p.text)
  )
    return result('rotate', 'low', 'reports a leaked key');
  // (dev28: "rotating the sales deck for tomorrow, could I get 2 hours of Bedrock please?": the trade's own
  // rotation told as what one is doing; the later phrase's request is read by the rules after this one.)
  if (has('Rotate') && p.text.includes('rotating') && tradeRotationBefore(terms)) return null;
  if (has('Rotate')) {
    if (has('TokenNoun') && !keyObject && businessUnit === null)
      return result('token', 'high', 'new short-term token');
    // ("After the possession list fiasco I've got … to redo the stock rotations by hand... token 3h please":
    // "rotation" only as a noun, the token asked with its lifetime: the token is the request; requests24.)
    if (
      has('TokenNoun') &&
      !keyObject &&
      p.durations.some((d) => !d.dayUnit) &&
      terms.every((t) => t.tag !== 'Rotate' || t.w === 'rotation')
    )
      return result('token', 'high', 'new short-term token');
    // ("key please for learning-bookings, rotation period 30 days": "rotation" only as the noun of a
    // key's lifetime, "rotation period" as a form's expiry field is: the key is asked for; requests25.)
    if (
      p.text.includes('rotation') &&
      ROTATION_PERIOD.test(p.text) &&
      terms.every((t) => t.tag !== 'Rotate' || t.w === 'rotation')
    )
      return null;
    if (
      p.text.includes('rotation') &&
      ROTATION_RECORD.test(p.text) &&
      terms.every((t) => t.tag !== 'Rotate' || t.w === 'rotation' || t.w === 'rotations')
    )
      return null;
    // (fix47c, tuned-styles-northern: a key created first and another unit's rotated after it, "create a key for
    // turbine-alarms and rotate offshore-logbook afterwards", Danish "opret en nøgle til X og roter Y bagefter": two
    // requests, the first is the request (README, "Two requests"); the creation's rule reads it.)
    if (p.text.includes('create') && CREATE_THEN_CHANGE.test(p.text)) return null;
    return result('rotate', 'high', 'rotate verb');
  }
  // ("a permanent AI login for the data office please, the dashboards refresh overnight": what refreshes is
  // another thing, on its schedule; requests22.)
  // (lead28: "po 4471 covers the renewal": "renewal" only as a noun after its article names a renewal told of
  // (a licence's, a subscription's), no key renewed.)
  const renewalNoun =
    p.text.includes('renewal') &&
    !has('Polite') &&
    terms.every(
      (t, i) => t.tag !== 'Refresh' || (t.w === 'renewal' && RENEWAL_ARTICLE.test(terms[i - 1]?.w ?? '')),
    );
  if (has('Refresh') && !renewalNoun && !(p.text.includes('refresh') && THING_REFRESHES.test(p.text))) {
    // (fix34x: "the stripe-billing key expires tomorrow, renew it": a unit's key told to expire, then renewed by
    // command; in RULES_DECIDE, where the classifier trained on the tuned files read only the expiry told.)
    if (businessUnit !== null && p.text.includes('expir') && EXPIRING_KEY_RENEWED.test(p.text))
      return result('rotate', 'high', 'renews a unit key about to expire');
    if (businessUnit !== null || (keyObject && longTerm))
      return result('rotate', 'high', 'renew a business unit key');
    return result('token', 'high', 'refresh a short-term token');
  }
  return null;
};

/**
 * Something else refreshing on its schedule: "the dashboards refresh overnight", "the data refreshes every
 * morning", "reports refresh at 6". Not the keys, tokens or credentials in the plural ("the keys refresh daily"
 * is read by the Refresh branch), nor a courtesy or an auxiliary before an imperative (fix22c: "please refresh
 * every key for the ads team" is a rotation). A singular "token refresh at 5pm" still matches.
 */
const THING_REFRESHES =
  /\b(?!(?:keys|tokens|creds|credentials|please|pls|plz|kindly|you|just|also|then|and|can|could|would|will|must|should|need|needs|to|pleas|plse)\b)[a-z]{3,}s?\s+refresh(?:es)?\s+(?:overnight|nightly|daily|hourly|weekly|monthly|automatically|every|each|at|on|in\s+the)\b/;

/**
 * Where a record is, or what it shows, told ("details of the FDR-114 fault are in the incident report",
 * "premium history for POL-88-0091 shows three missed instalments", "full details of the outage were in
 * the email"): a read's noun as the subject of a told verb asks for no read. Not when a request verb, a
 * question goes with it ("history for ads?", "details of the growth key are in the wiki, rotate it").
 */
const RECORD_TOLD =
  /^\W*(?:(?:the|full|more|all(?:\s+the)?|further|our|some)\s+)?(?:[a-z0-9_'-]+\s+)?(?:details|history|histories|logs?)\s+(?:of|for|on|about)\s+(?:[^\s,.;:!?]+\s+){1,5}?(?:are|is|were|was|shows?|showed|lists|lives|live|sits?|says|said|has\s+(?:been|gone|moved)|have\s+(?:been|gone|moved)|can\s+be\s+found|went)\b(?!\s+(?:what|all|needed|required|missing|wrong)\b)/;
const recordTold: Rule = ({ p, has, result }) => {
  if (p.text.includes('?') || p.story?.includes('?') || [...CHANGE_VERB_TAGS].some(has)) return null;
  if (!(p.text.includes('detail') || p.text.includes('histor') || p.text.includes('log'))) return null;
  const told = RECORD_TOLD.exec(p.text);
  if (told === null) return null;
  // ("details of the project are in the ticket. token for 4h please": a later sentence asks; the told
  // one is why. Only the sentences after the told one are looked at: "details on the ads key" names a
  // key of the story.)
  const rest = p.text.slice(told.index + told[0].length);
  const end = rest.search(/[.;!\n]/);
  return end >= 0 && ASKED_AFTER.test(rest.slice(end + 1))
    ? null
    : result('unknown', 'high', 'tells where a record is');
};
/**
 * A sentence that asks after a told record: a word of asking, a duration, or a token or key "for" a
 * holder ("token for 4h please", "key for ml-team", "can you send me the logs").
 */
const ASKED_AFTER =
  /\b(?:please|pls|plz|need|needs|want|wanted|can\s+(?:i|you|we|u)|could\s+(?:i|you|we|u)|would\s+you|i'?d\s+like|\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\b)|^\W*(?:(?:a|an|the|new|my)\s+){0,2}(?:[a-z]+\s+)?(?:token|key|creds|credentials)\s+for\b/;

/** A key's lifetime said as one: "expires in 30 days", "valid for 14 days", "good for a week". */
const LIFETIME_SAID = /\b(?:expir\w*\s+(?:in|after)|(?:valid|good|lasting|live)\s+for|lasts?|ttl)\b/;

/** The bot asked whether it lets us use something, or we whether we may ("does the bot let us use …"). */
// (fix45b, tuned-care: or whether it does or offers them, "does the bot do llama models?"; only after "does"/"do", "can
// you do a token for claude" asks for one.)
const BOT_LETS_USE =
  /^\W*(?:(?:hi|hey|hello|so|ok|okay|quick\s+q)\b[\s,:;.!-]*)?(?:does|do|will|would|can|could)\s+(?:the\s+bot|this\s+bot|bedrock_bot|you|u|the\s+tool|this\s+tool)\s+(?:(?:even|actually|still|also)\s+)?(?:let|allow|permit|support|enable)\b|^\W*(?:(?:hi|hey|hello|so|ok|okay|quick\s+q)\b[\s,:;.!-]*)?(?:does|do)\s+(?:the\s+bot|this\s+bot|bedrock_bot|you|u)\s+(?:(?:even|actually|still|also)\s+)?(?:do|offer|provide|carry)\s+(?:any\s+)?(?!tokens?\b|keys?\b)[a-z]+(?:\s+models?)?\s*(?:\?|$)|^\W*(?:are|am)\s+(?:we|i)\s+(?:even\s+)?(?:allowed|permitted)\s+to\s+(?:use|call|try|access)\b/;
/**
 * fix45b, tuned-care: the history of a person named by a title of address, "history for Mrs Ellis please, the GP wants
 * every fall since June", "history for Mr. Oliveira": a client's or a patient's record, no unit's changes (unless a
 * credential of ours is named: "history of the keys Dr Chen made").
 */
const TITLED_PERSON_HISTORY =
  /\bhistory\s+(?:for|of)\s+(?:mrs|mr|ms|miss|mx|dr)\.?\s+(?!(?:teams?|office|word|excel|sql|failover|recovery|plan|site|drills?|tests?)\b)[a-z]{3,}/;
/** An audit as an occasion: "before the audit next week", "ahead of our ISO audit", "until the audit". */
const AUDIT_AS_OCCASION =
  /\b(?:before|after|ahead\s+of|until|till|during|in\s+time\s+for)\s+(?:the|our|their|this|next|an?)\s+(?:[a-z0-9]+\s+)?audits?\b(?!\s+(?:log|logs|trail|history|record|records|report)\b)/;
/** A word of a record of changes besides "audit": then the history may be asked for. */
const HISTORY_WORD_NOT_AUDIT = /\b(?:history|log|logs|trail|changes|changed|changelog|record\s+of)\b/;
/** History and models: "audit log for growth", "what changed", "which models are in Frankfurt". */
const historyOrModels: Rule = ({ p, terms, phrase, has, hasKey, provider, makes, businessUnit, result }) => {
  // ("creds for the new scoring model, api key, 180 days": a key with a lifetime in days is asked for;
  // the model is what it is for.)
  // ("key history for ads, 30 days", "audit log for the ads key, 30 days": with a history word of its
  // own the days are the span read, unless a lifetime is said: "expires in", "valid for".)
  // ("api key for the events team", "what's set up for the night audit assistant?": a history word that
  // only names the unit asks for no history.)
  // (fix50e, tuned-aircargo: an audit as the occasion a key is wanted by, "I'd like an api key for the customs doc
  // classifier before the audit next week": a date, no record of changes asked.)
  const historyNamed =
    has('History') &&
    !tagOnlyInUnit(terms, 'History', businessUnit) &&
    !(
      hasKey &&
      p.text.includes('audit') &&
      AUDIT_AS_OCCASION.test(p.text) &&
      !HISTORY_WORD_NOT_AUDIT.test(p.text)
    );
  const keyLifetime =
    !p.text.includes('?') &&
    p.durations.some((d) => d.dayUnit) &&
    (!historyNamed || LIFETIME_SAID.test(p.text));
  // ("Our Kenya programme team would like a long-term key so the WhatsApp helpline bot can use Claude":
  // what the key is for, no question about models.)
  // (requests25: "history of the provenance-check key since it was created, the auditors from the Arts Council
  // want the whole chain": what others want or need, told after the history asked, makes nothing.)
  const ownMaking =
    keyAskedFor(p.text) ||
    (makes &&
      (!historyNamed ||
        terms.some((t, i) => t.tag === 'Create' && !/ed$/.test(t.w) && !othersWish(terms, i))));
  const creates =
    (ownMaking || keyLifetime || keyWithPurpose(p.text) || KEY_OPENS_TWO.test(p.text)) && hasKey;
  // ("a token for 3 hours please, the audit team asked me": a token with a lifetime is the request.)
  const tokenWithLifetime = has('TokenNoun') && p.durations.length > 0;
  // ("details kyc pls, auditor on the call", "status of growth-ops? the audit is at 3": a message that
  // opens with a read of its own asks that; the audit it mentions is why.)
  // (fix40c, tuned-logistics: "what's on the hazmat-check unit? need to know before the DG audit": what a unit
  // holds now, asked first, is such a read: whats-on.ts.)
  const opensWithRead =
    has('History') &&
    (OPENING_READ.has(terms[terms[0]?.tag === 'Polite' ? 1 : 0]?.tag ?? '') ||
      whatsOnUnit(p.text, businessUnit)) &&
    !HISTORY_WORD.test(FIRST_CLAUSE.exec(p.text)?.[0] ?? '');
  if (historyNamed && !hasKey && p.text.includes('history') && TITLED_PERSON_HISTORY.test(p.text))
    return result('unknown', 'high', 'about everyday things');
  if (
    PHRASES.whoDid.test(phrase) ||
    PHRASES.whatChanged.test(phrase) ||
    (historyNamed && !creates && !tokenWithLifetime && !opensWithRead && !onlyAuditOfOthers(p.text, terms))
  )
    // ("details of the audit log for payments": the log itself named, a record of changes asked for.)
    return AUDIT_LOG_NAMED.test(p.text) && !p.text.includes('?')
      ? result('history', 'high', 'asks for a record of changes')
      : result('history', 'high', 'history or audit log');
  // ("which model should I use for subtitle translation?": advice on which model to pick is help's;
  // which models there are is the models read.)
  if (
    p.text.includes('model') &&
    MODEL_ADVICE.test(p.text) &&
    (ADVICE_OF_OURS.test(p.text) || (ADVICE_OF_YOU.test(p.text) && !BOUGHT_THING.test(p.text))) &&
    !creates &&
    !tokenWithLifetime
  )
    return result('help', 'high', 'asks which model to pick');
  // ("is llama on the list", "is claude in the list?": a model family asked to be among those offered.)
  if (provider !== null && p.text.includes('list') && MODEL_ON_LIST.test(p.text) && !hasKey)
    return result('models', 'high', 'asks whether a model is on the list');
  // (round thirty-one: "is titan on the list for the offsite?", "is mistral in the list of invitees": a family's name
  // on a list of people or of an event is a person's; model-kind-asked.ts.)
  if (provider !== null && !hasKey && !has('Models') && !has('Bedrock') && familyOnOthersList(p.text))
    return result('unknown', 'high', 'our word in another sense');
  // ("does the bot let us use mistral models at all?", "are we allowed to use llama through the bot?": whether
  // the bot offers a maker's models is help, topic models, not the list; round twenty-four.)
  if (provider !== null && !creates && !tokenWithLifetime && BOT_LETS_USE.test(p.text))
    return result('help', 'high', "asks whether the bot offers a maker's models");
  // ("which AI models does the bot give access to?": the models asked, no access given; models-offered.ts.)
  if (modelsOffered(p.text)) return result('models', 'high', 'asks which models the bot gives access to');
  // "what can I use in Singapore? model-wise", "in terms of models, what is there in Oregon?": asked
  // in so many words about the models, whatever the rest says ("model-wise my week was a disaster"
  // asks nothing: no question).
  if (
    (p.text.includes('wise') || p.text.includes('models')) &&
    MODELS_ASKED.test(p.text) &&
    (p.text.includes('?') || WH_OPENING.test(p.text) || (p.story?.includes('?') ?? false)) &&
    !creates &&
    !tokenWithLifetime
  )
    return result('models', 'high', 'asks which models there are');
  // ("model list pls, need to pick one for the search feature": the list of models asked for first, its reason after.)
  if (MODEL_LIST_FIRST.test(p.text) && !creates && !tokenWithLifetime)
    return result('models', 'high', 'asks which models there are');
  // (units27: "new key for unit yield model sandbox": "model" only inside the unit's name asks nothing of models.)
  // (fix53d: two makers weighed, "is llama 3 available for us or only claude?", state no provider but still ask
  // what is available; a credential's reach, "can my token call llama or only the anthropic ones", is help.)
  const modelAsk =
    (has('Models') && !tagOnlyInUnit(terms, 'Models', businessUnit)) ||
    (provider === null &&
      !hasKey &&
      !has('TokenNoun') &&
      PHRASES.available.test(phrase) &&
      providerOf(terms, false) !== null) ||
    (provider !== null &&
      (PHRASES.available.test(phrase) ||
        PHRASES.canUse.test(phrase) ||
        PHRASES.isProvider.test(phrase) ||
        PHRASES.accessToProvider.test(phrase) ||
        PHRASES.hasProvider.test(phrase)));
  // "First, a token for 3h please. Second, what models are in Ireland?": the token is asked first
  // ("models in frankfurt + a token for 1h" opens with the models: asked first).
  // (requests22: a lay name of one, "an AI pass, 30 mins, for the model lesson", or a model's access for a
  // lifetime, "llama access for 2h, comparing it with our NER model", is a token asked too.)
  const tokenAt = terms.findIndex(
    (t, i) =>
      t.tag === 'TokenNoun' ||
      t.w === 'ai_credential' ||
      (t.w === 'access' && provider !== null && terms[i + 1]?.w === 'for' && terms[i + 2]?.w === 'xxdur'),
  );
  const modelsAt = terms.findIndex((t) => t.tag === 'Models');
  const modelsFirst = modelsAt >= 0 && modelsAt < 3 && modelsAt < tokenAt;
  const tokenAsked =
    tokenAt >= 0 &&
    !modelsFirst &&
    (p.durations.some((d) => !d.dayUnit) || TOKEN_BOUND_LIFETIME.test(p.text));
  // (round thirty-five: "what models does a token give me access to?": which models a credential reaches, asked, even
  // where "give me" reads as a credential made; no lifetime and no Region said.)
  if (
    creates &&
    has('Models') &&
    p.regions.length === 0 &&
    !tokenWithLifetime &&
    p.text.includes('?') &&
    MODELS_OF_CREDENTIAL.test(p.text)
  )
    return result('help', 'high', 'asks which models a credential or the policy allows');
  if (!modelAsk || creates || tokenAsked) return null;
  if (provider === null && !has('Models') && PHRASES.available.test(phrase) && p.text.includes('?'))
    return result('models', 'high', MAKERS_WEIGHED_AVAILABLE);
  // "is claude in today? he has the projector remote", "nova said she'd send the slides": a colleague
  // who shares a model's name, talked of as a person, with nothing else of ours named.
  if (!has('Models') && !has('Bedrock') && !hasKey && p.regions.length === 0 && PERSON_NAMED.test(p.text))
    return result('unknown', 'high', 'a person, not a model');
  // (notours27: which models a credential of ours or our policy allows, "which claude models can i use with a
  // token", "which models are allowed? asking before I build the prompt": help, topic models; what is there in a
  // Region is the list, "which models are allowed in frankfurt?".)
  if (
    has('Models') &&
    p.regions.length === 0 &&
    !tokenWithLifetime &&
    (MODELS_ALLOWED.test(p.text) || MODELS_OF_CREDENTIAL.test(p.text))
  )
    return result('help', 'high', 'asks which models a credential or the policy allows');
  // ("which models of phone should we buy the field officers?": the models of a thing of another trade.)
  // (round thirty-one: the same in another language, "¿qué modelos de coche hay disponibles?"; and advice on a
  // thing bought, "which model would you recommend for a new laptop?"; model-kind-asked.ts.)
  if (
    !has('Bedrock') &&
    !hasKey &&
    provider === null &&
    p.regions.length === 0 &&
    (OTHER_THING_MODELS.test(p.text) ||
      foreignThingModels(p.text) ||
      (MODEL_ADVICE.test(p.text) && BOUGHT_THING.test(p.text) && !ADVICE_OF_OURS.test(p.text)))
  )
    return result('unknown', 'high', 'models of another thing');
  // (round thirty-one: a model of our kind of thing, "what model of chatbot should we use for support?", "which model
  // is claude 3?": the rules' read stands; model-kind-asked.ts.)
  if (ourModelAsked(p.text)) return result('models', 'high', 'asks about a model of ours');
  return result('models', 'high', 'asks about models');
};
/**
 * "models of phone", "what models of car": a make's range of a thing, no model of ours; and the model of a thing
 * named by its code (lead28: "which model is SAT-07? the new bus or the old one?", "what model is the A320").
 */
const OTHER_THING_MODELS =
  /\b(?:which|what)\s+model\s+(?:is|was|are)\s+(?:the\s+|our\s+|that\s+|this\s+)?[a-z]{1,8}_?\d[a-z0-9_]*\b|\bmodels\s+of\s+(?:a\s+|the\s+)?(?:phones?|laptops?|tablets?|cars?|vans?|trucks?|printers?|monitors?|headsets?|chairs?|desks?|bikes?|cameras?|drones?|shoes?|boots?|radios?|scanners?|tills?|fridges?|tractors?|forklifts?)\b/;
/**
 * "audit" naming the people or the event, not a record: "the audit finding says we need one", "the
 * audit committee overran", "for the audit prep" (not "audit log", "audit for growth").
 */
const AUDIT_OF_OTHERS =
  /\baudit\s+(?:team|teams|committee|finding|findings|prep|preparation|walkthrough|fieldwork|review|meeting|season|deadline|notes|call|folks|people|firm|partner|workshop|scope|questions?|date|week|plan|work|kickoff|interview|asked|asks|wants|wanted|requested|needs|needed)\b/g;
/** Wants and needs of others: "the auditors … want", "the regulator needs" (a noun, not a person speaking). */
const WISHES = new Set(['want', 'wants', 'need', 'needs']);
const SPEAKERS = new Set([
  'i',
  'we',
  'you',
  'u',
  'me',
  'pls',
  'please',
  'just',
  'really',
  'also',
  'still',
  'would',
  'd',
]);
function othersWish(terms: Term[], i: number): boolean {
  const before = terms[i - 1];
  // (After the history asked: "project Phoenix needs a service key. Log from the pilot: …" asks the key.)
  const asked = terms.findIndex((t) => t.tag === 'History');
  return (
    asked >= 0 &&
    asked < i &&
    WISHES.has(terms[i]?.w ?? '') &&
    before !== undefined &&
    !before.stop &&
    before.tag === undefined &&
    !SPEAKERS.has(before.w)
  );
}
function onlyAuditOfOthers(text: string, terms: Term[]): boolean {
  if (!text.includes('audit ')) return false;
  let named = 0;
  for (const t of terms) if (t.tag === 'History') named++;
  return (text.match(AUDIT_OF_OTHERS)?.length ?? 0) >= named;
}
/** A read that opens a message and decides what it asks, whatever is said after it. */
const OPENING_READ = new Set(['Details', 'List', 'Show']);
const FIRST_CLAUSE = /^[\s,.;:?!-]*[^,.;:?!\n(]*/;
const HISTORY_WORD =
  /\b(?:history|hist|audit|audits|log|logs|activity|activities|events|trail|changelog|journal)\b/;
/** What "onboarding" may qualify as a thing of a product: "the onboarding flow", "our onboarding emails". */
const ONBOARDING_THING = new Set(
  'flow flows process journey journeys email emails docs doc checklist form forms page pages screen screens experience wizard funnel app service tour video videos deck'.split(
    ' ',
  ),
);

/** Advice asked on which one model to pick: "which model should I use for …", "what model would you recommend". */
const MODEL_ADVICE =
  /\b(?:which|what)\s+(?:(?:ai|llm|bedrock|foundation|language|base|genai|gen_ai)\s+)?model\s+(?:should|would|do\s+you\s+recommend|is\s+(?:the\s+)?best|is\s+better|works\s+best|to\s+(?:use|pick|choose|go\s+with))\b|\b(?:advice|recommend\w*|suggest\w*)\s+(?:on\s+|for\s+)?(?:which|what|a|the)\s+(?:(?:ai|llm|bedrock|foundation|language|base|genai|gen_ai)\s+)?model\b|\bbest\s+model\s+for\b/;
/**
 * Put to the bot or about AI ("what model should I use for summarising donor letters?" alone may be
 * equipment's, reads20): the bot, Bedrock, AI or a list named, or "you" asked ("what model would you
 * recommend for OCR of invoices?") when nothing bought or owned is named ("which model would you
 * recommend for a new laptop?", "which model should you buy for a family car?").
 */
const ADVICE_OF_OURS = /\b(?:bot|bedrock|bedrock_bot|ai|llm|list)\b/;
const ADVICE_OF_YOU = /\b(?:you|u)\b/;
const BOUGHT_THING =
  /\b(?:buy|buying|bought|purchase|order|shop|store|car|cars|suv|van|laptop|laptops|phone|phones|iphone|tap|taps|faucet|bike|bikes|tv|fridge|freezer|printer|camera|kitchen|vacuum|hoover|headphones|earbuds|monitor|tablet|kettle|boiler|shoes|tyres?|tires?|watch|console|mattress|sofa|oven|dishwasher|washer|dryer|new\s+one)\b/;
/**
 * A model asked to be among those offered: "is llama on the list", "is claude in your list?" (the list
 * closing the question: "is mistral in the list of invitees" is people). Round twenty-two: also without
 * "is" ("titan on the list?") and weighed against the big ones ("is titan on the list or just the big
 * ones?"), which names no other thing.
 */
const MODEL_ON_LIST =
  /^\W*(?:and\s+|so\s+|hey\s+)?(?:(?:is|are)\s+)?(?:\w+\s+){1,3}?(?:on|in)\s+(?:the|your|that|this)\s+(?:models?\s+)?list(?:\s+of\s+(?:the\s+)?(?:models?|llms?|providers?))?(?:,?[ \t]+or[ \t]+(?:just|only)[ \t]+(?:the[ \t]+)?(?:big|usual|main|closed|commercial|american|famous|popular|expensive|paid)[ \t]+(?:ones|names|models|players|guys))?\s*(?:[?.!,;]|$)/;
const MODELS_ASKED =
  /\bmodels?[_\s-]?wise\b|\bin\s+te[ar]ms\s+of\s+(?:the\s+)?models\b|\bon\s+the\s+models?\s+side\b/;
const WH_OPENING = /^\W*(?:what|which|whats|what's)\b/;
/** A provider's name as a colleague's: in the office, back today, saying or bringing things. */
const PERSON_NAMED = new RegExp(
  String.raw`\b(?:is|was|has|isn't|wasn't)\s+(?:${Object.keys(PROVIDER_OF).join('|')})\s+(?:in\s+(?:today|tomorrow|the\s+office|office)|back\s+(?:today|tomorrow|from)|around\s+today|off\s+today|out\s+(?:sick|today|of\s+office)|joining\s+(?:us|the)|on\s+(?:leave|holiday|vacation|pto|sick\s+leave))\b|\b(?:${Object.keys(PROVIDER_OF).join('|')})\s+(?:said|says|told|mentioned|brought|will\s+bring|is\s+on\s+(?:leave|holiday|vacation|pto)|from\s+(?:accounting|finance|hr|sales|legal|marketing|it|the\s+\w+\s+team))\b`,
);

/**
 * A question: a "?" or a question word that opens a clause ("for a service which runs all week" is
 * none: "which" there joins a clause to a noun; nor is "…, which obviously expires every few hours":
 * after a comma, "which" and a verb tell more of what was named).
 */
/** Whether a named unit has an owner, asked: "has the ledger-bot unit got an owner assigned?", "has kyc got an owner?". */
const UNIT_OWNER_THERE =
  /^\W*(?:(?:so|and|hey|hi|quick\s+q)[\s,]+)?(?:has|have)\s+(?:the\s+)?[a-z0-9][a-z0-9_-]*(?:\s+(?:unit|team|bot|project|service|squad))?\s+(?:got|been\s+given|been\s+assigned)\s+(?:an?\s+|any\s+|its\s+)?owners?\b[^.!?]{0,30}\?\s*$/;
const ASKS =
  /\?|^\s*(?:(?:hi|hey|so|and|ok|also|btw|quick\s+q)\s+)?which\b|(?:^\s*|[.!;:,(]\s*)(?:(?:hi|hey|so|and|ok|also|btw|quick\s+q)\s+)?(?:what|whats|what's|which(?!\s+(?:[a-z]+ly\s+)?(?:is|was|are|were|has|had|have|means|meant|makes|made|would|will|should|can|could|might|may|expires|expired|breaks|broke|runs|ran|uses|used|needs|needed|happens|happened|takes|took|causes|caused|leads|led|gives|gave|costs|cost|keeps|kept)\b)|who|whom|how|when|where|why)\b/;

/** The audit log or trail asked for as such ("details of the audit log for payments"; not its viewer). */
const AUDIT_LOG_NAMED =
  /\b(?:of|show|see|give|get|pull|send|need|want|view|check|open)\s+(?:me\s+|us\s+)?(?:the|its|their|our)\s+audit[\s_-]*(?:log|trail)s?\b(?!\s+(?:viewer|tool|page|ui|screen|app|service|feature|export))/;

/** Tags that name something of ours to list (keys, units, Bedrock, models, owners, Regions). */
const LISTABLE_TAGS = [
  'KeyNoun',
  'TokenNoun',
  'Api',
  'Aws',
  'Bedrock',
  'Unit',
  'Models',
  'Provider',
  'Owner',
  'Region',
  'LongTerm',
  'Placeholder',
];
/** Words for what can be listed that carry no tag: teams, orgs, setups, … */
const LISTABLE_WORDS = new Set(
  'team teams org orgs organisations organizations department departments group groups project projects setup setups service services account accounts app apps what who which everything everyone all bot'.split(
    ' ',
  ),
);

/**
 * A list word whose object names nothing of ours ("list any open issues in the tracker", "list the
 * firewall exceptions that expire"): a word that is no function word and no tag follows the list
 * word, and nothing in the text names a key, a unit or anything else the bot lists.
 */
function listsOtherThings({ terms, words, has, p }: Reading): boolean {
  if (LISTABLE_TAGS.some(has) || words.has('bot') || p.regions.length > 0 || p.keyIds.length > 0)
    return false;
  // ("list pls, on call audit": the list asked alone, its reason after the break.)
  if (LIST_ASKED_ALONE.test(p.text)) return false;
  const at = terms.findIndex((t) => t.tag === 'List');
  if (at < 0) return false;
  const after = terms.slice(at + 1);
  if (after.some((t) => LISTABLE_WORDS.has(t.w))) return false;
  return after.some(
    (t) => t.tag === undefined && t.w.length > 2 && !FUNCTION_WORDS.has(t.w) && /^[a-z]+$/.test(t.w),
  );
}

/** "list pls, …", "list please." : the list asked for alone, a clause of its own. */
/** "whoever owns X left the company", "whoever runs X is on leave": the owner is told of, nothing asked. */
const OWNER_TOLD_OF =
  /^\W*whoever\s+(?:owns|runs|manages|looks\s+after)\s+(?:the\s+)?[a-z0-9_-]+\s+(?:(?:just|already|apparently)\s+)?(?:left|quit|resigned|retired|moved|went|changed|is\s+(?:leaving|gone|out|off|away|on\s+leave)|has\s+(?:left|gone|moved|quit))\b/;
/** The units that hold a key, listed: "list every unit with a key", "show all units that have api keys". */
const UNITS_WITH_KEYS =
  /\b(?:list|show)\s+(?:me\s+)?(?:all|every|each)\s+(?:the\s+|of\s+the\s+)?(?:business\s+)?units?\s+(?:with|that\s+(?:have|has|hold|holds)|having|holding)\s+(?:a\s+|an\s+|any\s+)?(?:bedrock\s+|api\s+|ai\s+|access\s+)?(?:keys?|api_keys?|access_keys?|credentials?|creds)\b/;
/** One's own units listed first, before anything else is said: "list my units and …", "show me my units, …". */
const OWN_UNITS_FIRST =
  /^\W*(?:(?:pls|please|plz|can\s+you|could\s+you)\s+)?(?:list|show(?:\s+me)?)\s+my\s+units\b/;
const LIST_ASKED_ALONE = /^\W*list\s*(?:pls|please|plz)\s*[,.;:!—–-]/;

/**
 * The units asked for by another name: "units??", "teams? which ones are on bedrock", "who in the
 * company has Bedrock already?", "which departments are using the bot right now?".
 */
const UNITS_ASKED =
  /^\W*(?:units|bus|teams|business\s+units|departments|depts)\s*\?|\b(?:who|(?:which|what)\s+(?:teams|units|departments|depts|groups|orgs|squads|parts\s+of\s+(?:the\s+|our\s+)?(?:company|org|organi[sz]ation|business)))\s+(?:(?:here\s+)?(?:in|at|across)\s+(?:the\s+|our\s+|this\s+)?(?:company|org|organi[sz]ation|business|firm|place)\s+)?(?:already\s+|currently\s+|actually\s+)?(?:has|have|got|uses|use|is\s+using|are\s+using|is\s+on|are\s+on)\s+(?:access\s+to\s+)?(?:bedrock|the\s+bot|this\s+bot|bedrock_bot)\b/;
/**
 * train28i: "who has access to bedrock for eu-support?", "who is using bedrock for kyc-bot?": the unit named
 * right after Bedrock is the one whose access is asked (details), no list of the units.
 */
const ACCESS_FOR_UNIT =
  /\b(?:bedrock|bedrock_bot|bot)(?:\s+(?:access|ai_credential))?\s+(?:for|in)\s+(?:the\s+)?(?:unit\s+|team\s+)?([a-z0-9_]+)/;
export function accessForOneUnit(text: string, unit: string | null): boolean {
  return unit !== null && ACCESS_FOR_UNIT.exec(text)?.[1] === unit.replace(/-/g, '_');
}
/**
 * The units of the person asking: "my units", "show me my business units", "the units I own", "which
 * teams am I the owner of", "units owned by me", "which units belong to me?". A list whose owner is "me" (parse-request.ts).
 * (fix49g, tuned-styles-anglo: "lemme see my units", "let me see my teams", "can I see my units": the same asked to see.)
 */
const OWN_UNITS =
  /^\W*(?:(?:pls\s+|please\s+)?(?:list|show|show\s+me|see|get|(?:lemme|let\s+me|can\s+i)\s+see|gimme)\s+)?(?:all\s+(?:of\s+)?)?my\s+(?:own\s+)?(?:business\s+)?(?:units|teams|bus)\s*(?:,?\s*(?:pls|please|plz))?\s*[?!.]*\s*$|^\W*(?:pls\s+|please\s+)?(?:list|show|show\s+me)\s+(?:all\s+(?:of\s+)?)?my\s+(?:own\s+)?(?:business\s+)?(?:units|teams)\b(?!\s+(?:keys?|tokens?|spend|history|models?)\b)|^\W*(?:pls\s+|please\s+)?(?:list|show|show\s+me)\s+(?:the\s+|all\s+)?(?:business\s+)?(?:units|teams)\b[^?\n]{0,24}(?<!\bnot\s)\b(?:only|just)\s+mine\b|\b(?:units|teams|ones)\s+(?:that\s+|which\s+)?(?:i\s+own|i\s*'?m\s+(?:the\s+)?owner\s+of|i\s+am\s+(?:the\s+)?owner\s+of|owned\s+by\s+me|belongs?\s+to\s+me|(?:are\s+)?mine)\b|\b(?:which|what)\s+(?:business\s+)?(?:units|teams)\s+(?:do\s+i\s+own|am\s+i\s+(?:the\s+)?owner\s+of|are\s+mine)\b/;
/**
 * The same asked in other words: "what are my units", "the units where I'm the owner", "teams, only my own".
 * (fix36b, tuned-esports: "where im the owner" typed without the apostrophe; and "the full list, not just mine" asks
 * every unit, not one's own, in OWN_UNITS too.)
 * (fix37a, tuned-forestry: the owner as the records have it, "the teams I'm listed as owner of".)
 * (fix43b, tuned-styles-lay, -followups: "list, just the ones where I'm owner"; the list asked of the bot for "mine"
 * at the end of a message, "I manage a couple of these teams — can you list mine?", as "list mine" alone is.)
 */
const OWN_UNITS_SAID =
  /^\W*(?:(?:pls\s+|please\s+)?(?:list|show|show\s+me|see|get)\s+)?(?:all\s+(?:of\s+)?)?my\s+(?:own\s+)?(?:business\s+)?(?:units|teams|bus)\s*(?:,?\s*(?:pls|please|plz))?\s*[?!.]*\s*$|\b(?:list|show|show\s+me|what\s+(?:are|r))\s+(?:all\s+(?:of\s+)?)?my\s+(?:own\s+)?(?:business\s+)?(?:units|teams)\b(?!\s+(?:have|has|keys?|spend|spent|cost|history)\b|'|\s*-)|\b(?:units|teams)\b[^.?!;]{0,24}(?<!\bnot\s)\b(?:only|just)\s+(?:the\s+ones\s+)?(?:mine|my\s+own)\b|\b(?:units|teams|ones)\s+(?:where\s+|that\s+|which\s+)?i\s*(?:'?m|am)\s+(?:(?:down|listed|registered|named|put\s+down|set)\s+as\s+)?(?:the\s+|an?\s+)?owner\b|\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+|just\s+)?(?:list|show(?:\s+me)?)\s+(?:only\s+|just\s+)?mine\s*(?:,?\s*(?:pls|please|plz))?\s*[?!.]*\s*$|\b(?:units|teams|ones)\s+(?:that\s+|which\s+)?(?:i\s+own|i\s*'?m\s+(?:the\s+)?owner\s+of|i\s+am\s+(?:the\s+)?owner\s+of|owned\s+by\s+me|belongs?\s+to\s+me|(?:are\s+)?mine)\b|\b(?:which|what)\s+(?:business\s+)?(?:units|teams)\s+(?:do\s+i\s+own|am\s+i\s+(?:(?:down|listed|registered|named|set)\s+as\s+)?(?:the\s+|an?\s+)?owner\s+(?:of|on|for)|are\s+mine)\b/;
/**
 * fix37b, tuned-aerospace: the units one answers for, asked ("what units am I on the hook for?", "which teams am I
 * responsible for"): one's own units, as owner.
 */
const UNITS_ANSWERED_FOR =
  /\b(?:which|what)\s+(?:business\s+)?(?:units|teams)\s+(?:am\s+i|i'?m|i\s+am)\s+(?:(?:currently|actually|still)\s+)?(?:on\s+the\s+hook|responsible|accountable|in\s+charge)\s+(?:for|of)\b|\b(?:units|teams)\s+(?:that\s+|which\s+)?(?:i'?m|i\s+am)\s+(?:on\s+the\s+hook|responsible|accountable|in\s+charge)\s+(?:for|of)\b/;
export const asksOwnUnits = (text: string): boolean =>
  ((text.includes('my') || text.includes(' i') || text.includes('mine') || text.includes(' me')) &&
    (OWN_UNITS.test(text) ||
      OWN_UNITS_SAID.test(text) ||
      asksOwnThings(text) ||
      UNITS_ANSWERED_FOR.test(text) ||
      asksRegisteredUnderMe(text))) ||
  asksOwnUnitsInOtherOrder(text);
/**
 * Tags that make a text about one's own units more than a read of them ("deprovision the teams I own"):
 * the verbs that change something but Create ("get the squads owned by me" reads them), and the other reads.
 */
const OWN_READ_BLOCKERS = [...CHANGE_TAGS.filter((t) => t !== 'Create'), 'Spend', 'History', 'Models'];
/** "thanks for the list", "thank you so much for the updated list of units". */
const THANKS_FOR_LIST =
  /\b(?:thanks|thank\s+you|thx|ty|cheers)\s+(?:(?:so|very)\s+much\s+|a\s+lot\s+)?for\s+(?:the|your|that|this)\s+(?:[a-z-]+\s+)?list\b/;
/**
 * "key holders for the ads unit?", "keyholders of growth", "who keeps the keys for ads": who holds a
 * unit's keys is asked, which is what the unit has and who owns it (details), never a key asked for.
 */
const KEY_HOLDERS =
  /\b(?:(?:keys?|api_key|access_keys?|credentials?|creds)[\s-]?(?:holders?|owners?|keepers?|custodians?)|keyholders?|keyowners?)\b|\bwho\s+(?:holds|keeps|has|have|owns)\s+(?:the\s+|their\s+|its\s+)?(?:keys?|api_key|access_keys?|credentials?|creds)\b|\bwhose\s+(?:keys?|api_key|access_keys?|credentials?|creds)\b/;
/**
 * buried28: whether KEY_HOLDERS asks who holds a unit's keys, not a word of the unit's own name ("bedrock key
 * for the Keyholder Alerts squad" names the keyholder-alerts-squad).
 */
function keyHoldersAsked(text: string, unit: string | null): boolean {
  const m = KEY_HOLDERS.exec(text);
  if (m === null) return false;
  return unit === null || !`-${unit}-`.includes(`-${m[0].replace(/[\s_-]+/g, '-')}-`);
}
/** "who has access to the growth keys", "who all has acess to the ads api keys": a key's holders asked. */
const KEYS_ACCESS =
  /\bwho\s+(?:all\s+)?(?:has|have)\s+(?:got\s+)?ac+es+\s+to\s+(?:the\s+)?[^\s?.!,;]{1,60}\s+(?:(?:api|access|bedrock)\s+)?(?:keys?|api_keys?|access_keys?|creds|credentials)\b/;
/** "which units belong to bob@…?", "what teams belong to <@U…>": whose units, asked. */
const UNITS_BELONG =
  /\b(?:which|what)\s+(?:business\s+)?(?:units|teams|bus)\s+(?:belong|belongs)\s+to\s+(?:xxemail|xxuser)\b/;
/** Words that ask which team ("which team owns key ACCA…"): its "owns" asks who owns, details. */
const ASKED_TEAM = new Set(['which', 'what', 'whose', 'any', 'no']);
/** Listing everything vs details of one. */
/** fix33a: who owns what, told for information (ownership-told.ts): "fyi Nadia is the owner of care-drafts now". */
const ownersTold: Rule = ({ p, result }) =>
  p.keyIds.length === 0 && p.durations.length === 0 && ownershipTold(p.text)
    ? {
        ...emptyParse(),
        ...result('unknown', 'high', 'tells who owns what'),
        businessUnit: null,
        owner: null,
      }
    : null;

/** A token asked at the message's opening: "token 3h, …", "new token for 2h and …". */
const TOKEN_OPENS =
  /^\W*(?:(?:pls|please|hi|hey|ok)\W+)?(?:(?:a|an|new|one|another)\s+)?(?:tokens?|tok|tokn)\b/;
const listOrDetails: Rule = (r) => {
  const { p, terms, phrase, words, has, hasKey, makes, action, businessUnit, result } = r;
  // (lead25: "keys expiring soon?", "stale keys?", "how many keys do we have in total": every unit's keys
  // read by a state, fleet-query.ts.)
  if (asksFleetKeys(p.text)) return result('list', 'high', 'asks which keys of all units are in a state');
  // (lead28: "whoever owns access-portal left the company last week": the owner told of, no details asked.)
  if (p.text.includes('whoever') && OWNER_TOLD_OF.test(p.text))
    return result('unknown', 'high', 'tells of an owner');
  // (lead28: "can you list every unit with a key, export compliance want to cross-check": the units that hold a
  // key listed; the key is what they hold, no key asked for, and the team after the comma is who wants the list.)
  if (p.text.includes('unit') && UNITS_WITH_KEYS.test(p.text))
    return result('list', 'high', 'asks which units hold keys');
  // (lead28: "list my units and tell me which one the visitor-faq key is in": one's own units listed first; the
  // key named after is what to look for in the list.)
  if (p.text.includes('unit') && OWN_UNITS_FIRST.test(p.text))
    return result('list', 'high', 'lists the units the person owns');
  // ("need a token asap, the desk wants the surveillance triage summary before the close": a token asked
  // first, its reason after; the reason's "summary" asks no details, token-asked-first.ts; requests26.)
  if (p.text.includes('token') && tokenAskedFirst(p.text, p.story)) return null;
  // "show the groups I own", "get the squads owned by me": one's own units read, nothing changed or made.
  const readsOnly = !hasKey && !OWN_READ_BLOCKERS.some(has);
  // (fix37a, tuned-forestry: "token 3h, and while you're at it what units do I own?": a token with its lifetime
  // opens the message, the first request and the label; the question after it is the second, README "Two requests".)
  const tokenOpens = has('TokenNoun') && p.durations.some((d) => !d.dayUnit) && TOKEN_OPENS.test(p.text);
  if (((!makes && !action) || readsOnly) && !tokenOpens && asksOwnUnits(p.text))
    return result('list', 'high', 'lists the units the person owns');
  if (!makes && UNITS_ASKED.test(p.text) && !accessForOneUnit(p.text, businessUnit))
    return result('list', 'high', 'asks which units there are');
  // (asks23: "which units belong to <mailto:…>?": a person's units asked; owner.ts unitsHolder names whose.)
  if (!makes && !action && p.text.includes('belong') && UNITS_BELONG.test(p.text))
    return result('list', 'high', "asks which units are a person's");
  if (!hasKey && !has('TokenNoun') && unitsOwnedAsked(p.text))
    return result('list', 'high', "asks which units are a person's");
  // "need token, 3 hrs, bangkok region if it exists": a token with a lifetime in hours is asked for,
  // whatever else is said of what exists.
  const creates = (makes && hasKey) || (has('TokenNoun') && p.durations.some((d) => !d.dayUnit));
  const listPhrase =
    has('List') ||
    PHRASES.allUnits.test(phrase) ||
    PHRASES.whoHasAccess.test(phrase) ||
    PHRASES.whichUnitsExist.test(phrase) ||
    PHRASES.showAll.test(phrase);
  if (!creates && businessUnit === null && whoHasBedrock(p.text))
    return result('list', 'high', 'asks who in the company has bedrock');
  // (reads26, and "who all has access to the *ads-platform* keys currently?" where no list phrase is read: who holds a
  // unit's keys is its details, which the rules read and the classifier must not overrule.)
  if (!creates && businessUnit !== null && hasKey && p.text.includes('who') && KEYS_ACCESS.test(p.text))
    return result('details', 'high', "asks who holds a unit's keys");
  // dev29: the list judged ("that's a long list, didn't know we had 40 teams on it", "wow what a long list", "the list
  // is huge"): a reaction to what was listed, asked of no one, when nothing else in it asks.
  if (
    listPhrase &&
    !creates &&
    !p.text.includes('?') &&
    (p.text.includes('a ') || p.text.includes('is ')) &&
    LIST_JUDGED.test(p.text) &&
    !/\b(?:list|show|display|give)\b/.test(p.text.replace(LIST_JUDGED_ALL, ' '))
  )
    return result('unknown', 'high', 'the list judged, a remark');
  if (listPhrase && !creates) {
    // "list the groups I'm owner of": the plural noun of the asker's own units names no unit.
    if (businessUnit !== null && OWN_THING_NOUN.test(businessUnit) && asksOwnUnits(p.text))
      return result('list', 'high', 'lists the units the person owns');
    if (businessUnit !== null) return result('details', 'high', 'list for one business unit');
    // "please list any open issues in the tracker", "can someone list the firewall exceptions":
    // a list of something that is not ours is no request to this bot.
    if (listsOtherThings(r)) return result('unknown', 'high', 'lists something not ours');
    // "Thanks for the list of units you sent yesterday": a list received, thanked for, not asked for
    // (the only list the text names).
    if (THANKS_FOR_LIST.test(p.text) && (p.text.match(/\blist/g) ?? []).length === 1)
      return result('unknown', 'high', 'thanks for a list received');
    return result('list', 'high', 'list all business units');
  }
  const unit = businessUnit !== null;
  // (units26b: "key for Glossary Check (`glossary-check`)": a word of ours inside the unit's name, beside
  // another word of it, is the name's, not a read asked of it.)
  const named = hasKey && businessUnit?.includes('-') === true ? new Set(businessUnit.split('-')) : undefined;
  const asked =
    named === undefined
      ? terms
      : terms.filter(
          (t, i) =>
            !(named.has(t.w) && (named.has(terms[i - 1]?.w ?? '') || named.has(terms[i + 1]?.w ?? ''))),
        );
  // (dev26a: "need a key for the runbook-bot that the sre-platform team owns": "owns" after a team with a key
  // asked tells whose the thing is, as "owned by" does; it asks no details.)
  const told =
    hasKey && words.has('owns')
      ? new Set(
          terms.filter(
            (t, i) =>
              t.w === 'owns' &&
              TEAM_NOUNS.has(terms[i - 1]?.w ?? '') &&
              !ASKED_TEAM.has(terms[i - 2]?.w ?? ''),
          ),
        )
      : undefined;
  const detailsAsked =
    named === undefined && told === undefined
      ? has('Details')
      : asked.some((t) => t.tag === 'Details' && told?.has(t) !== true);
  const detailsPhrase =
    detailsAsked ||
    PHRASES.whoOwns.test(phrase) ||
    PHRASES.ownerOf.test(phrase) ||
    PHRASES.whenExpires.test(phrase) ||
    (unit && showAsked(asked)) ||
    PHRASES.howManyKeys.test(phrase) ||
    (unit && PHRASES.unitIsSetUp.test(phrase)) ||
    (unit && PHRASES.anythingSetUp.test(phrase)) ||
    (unit &&
      !has('Create') &&
      ((PHRASES.isThere.test(phrase) && !VERSION_OF.test(p.text)) ||
        (has('Question') && ASKS.test(p.text)))) ||
    (unit && !has('Create') && !action && keyHoldersAsked(p.text, businessUnit)) ||
    // (fix34a: "has the ledger-bot unit got an owner assigned?": whether a named unit has an owner, its details.)
    (unit && !has('Create') && !action && p.text.includes('owner') && UNIT_OWNER_THERE.test(p.text)) ||
    // "fraud-ops keys?", "keys for growth?": a unit's keys asked about, with no verb at all.
    // (post39c: not a practice asked about, "what's the best practice for keys in ci-cd?": help, no unit's keys.)
    (unit &&
      !has('Create') &&
      !action &&
      /\?\s*$/.test(p.text) &&
      (words.has('keys') || words.has('creds')) &&
      !PRACTICE_ASKED.test(p.text));
  const tokenAsked = has('TokenNoun') && p.durations.some((d) => !d.dayUnit);
  // (Asked when no unit is named: "when do tokens expire?" asks the bounds, help's limits; help-topic.ts.)
  if (!unit && has('TokenNoun') && tokenExpiryAsked(p.text))
    return result('help', 'high', 'asks when tokens expire');
  // (dev29: "how expensive was the growth team last month?": its cost asked, the spend rule's.)
  const costAsked = !detailsAsked && p.text.includes('how') && HOW_COSTLY.test(p.text);
  if (detailsPhrase && !tokenAsked && !(creates && !detailsAsked) && !costAsked) {
    // (dev28: "who is the owner of the SharePoint 'Brand Guidelines'?": whose a page of another tool is.)
    if (asksToolThingOwner(p.text)) return result('unknown', 'high', 'whose a thing of another tool is');
    // (post41b: an event of Bedrock for a team, told and not asked, "*Summary:* Bedrock training for the growth team":
    // the team's training, no unit's details; round forty-three's retrain read it as details.)
    if (!p.text.includes('?') && p.text.includes('bedrock') && BEDROCK_EVENT.test(p.text))
      return result('unknown', 'high', 'an event of Bedrock named');
    return result('details', unit || detailsAsked ? 'high' : 'low', 'details of a business unit');
  }
  if (has('Show') && !has('Create') && !hasKey) return result('list', 'low', 'show without a business unit');
  return null;
};

/**
 * Models a policy allows: "which models are allowed?", "which models are we allowed to use", "the permitted
 * models" (the rule asked: help). Which are approved or enabled for us is the list ("which Bedrock models are
 * approved for us?" is models).
 */
const MODELS_ALLOWED =
  /\bmodels?\s+(?:are|is)\s+(?:we\s+|i\s+)?(?:allowed|permitted)\b|\bmodels?\s+(?:is|are)\s+(?:the|my|our|this|that|their)\s+(?:[a-z0-9_-]+\s+)?(?:keys?|tokens?|api_keys?|access_keys?)\s+(?:allowed|permitted|able)\s+to\b|\bmodels?\s+(?:am\s+i|are\s+we|is\s+my\s+\w+)\s+(?:allowed|permitted)\b|\b(?:allowed|permitted)\s+models\b/;
/**
 * Models a credential of ours reaches: "… models can i use with a token", "… models does a token work with"; and
 * the credential named first (fix37a, tuned-winery: "does my api key work with the mistral models as well?").
 */
const MODELS_OF_CREDENTIAL =
  /\b(?:does|do|will|would|can|could)\s+(?:a|an|my|the|our|this|that|these|those)\s+(?:tok(?:en|n)|key|api_key|access_key|credential)s?\s+(?:also\s+)?(?:work|function)\s+(?:for|with|on)\b[^.?!\n]{0,40}?\bmodels?\b|\bmodels?\b[^.?!\n]{0,40}?\b(?:with|on|through|via|using)\s+(?:a|an|my|the|our|this|that)\s+(?:tok(?:en|n)|key|api_key|access_key|credentials?)s?\b|\bmodels?\s+(?:does|do|can|will|would)\s+(?:a|an|my|the|our|this|that)\s+(?:tok(?:en|n)|key|api_key|access_key)s?\s+(?:work\s+with|call|use|access|reach|cover|unlock|give)\b/;
/** "is bedrock down?", "bedrock is slow today": a question about the service, not a request to this bot. */
const serviceStatus: Rule = ({ p, terms, has, hasKey, action, result }) => {
  if (hasKey || has('Create') || action || !terms.some((t) => STATUS_WORDS.has(t.w))) return null;
  // "is the bot down?", "are you down?", "<@bot> is down again?": whether this bot works is help.
  // (Asked, not remarked: "logrotate on the bot's old VM is broken again" asks nothing.)
  // (notours27: "is the bot slow today or just me?": its speed remarked on, not whether it works.)
  return BOT_ITSELF.test(p.text) &&
    !speedOnly(p.text) &&
    !DOWN_FOR_EVERYONE.test(p.text) &&
    // (Round fifty-seven: "… or is it just me?" asks the channel, just-me-asked.ts.)
    !justMeAsked(p.text) &&
    !othersAsked(p.text, p.story) &&
    (p.text.includes('?') || /^\W*(?:is|are|does|do|did|where|what|why|how|when|who)\b/.test(p.text))
    ? result('help', 'high', 'asks whether the bot works')
    : result('unknown', 'high', 'asks about Bedrock itself');
};
/**
 * fix38c (tuned-edtech): whether it is down for everyone, "… or is it down for everyone?", "is the bot broken for
 * anyone else?": what the others in the channel see is asked of them, not of the bot (unknown).
 */
const DOWN_FOR_EVERYONE =
  /\b(?:down|broken|dead|offline|working|answering|responding|hanging)\b[^.?!\n]{0,30}?\bfor\s+(?:everyone|everybody|anyone\s+else|anybody\s+else|all\s+of\s+you|you\s+all|y['’]?all)\b/;
/**
 * fix52g, tuned-styles-anglo, tuned-forms: whether it is down asked of the people in the channel, "bot's been down since
 * 9, anyone else?", "is the bot down or is it just me? (asking the channel, not the bot)": what others see is asked of
 * them, not of the bot (unknown), as DOWN_FOR_EVERYONE.
 */
const OTHERS_ASKED =
  /\b(?:any(?:one|body)\s+else|asking\s+(?:the\s+channel|the\s+room|the\s+team|you\s+all|y['’]?all|folks|people|humans)|not\s+(?:asking\s+)?(?:the|you|this)\s+bot)\b/;
/** Asked of the others in the text or in an aside cut as story ("(asking the channel, not the bot)"). */
const othersAsked = (text: string, story: string | undefined): boolean =>
  OTHERS_ASKED.test(text) || (story !== undefined && OTHERS_ASKED.test(story));
const downAskedOfOthers = (text: string, story: string | undefined): boolean =>
  BOT_WORKS.test(text) && othersAsked(text, story);
/**
 * The bot's speed remarked on (notours27): "is the bot slow today or just me?" asks nothing its help answers,
 * whether it works does ("is the bot down?" is help; "… or is it just me?" asks the channel, just-me-asked.ts).
 */
const BOT_SPEED = /\b(?:slow|slower|laggy|lagging|sluggish)\b/;
/** Whether it works asked beside its speed: "is the bot down or just slow for me" stays help. */
const BOT_WORKS = /\b(?:down|broken|dead|offline|working|works)\b/;
const speedOnly = (text: string): boolean => BOT_SPEED.test(text) && !BOT_WORKS.test(text);
/** The bot as the subject: named, addressed as "you", or left out after its mention ("@bedrock is down?"). */
const BOT_ITSELF =
  /\b(?:bot|bedrock_bot|you|u)\b|^\s*(?:is|are)\s+(?:it\s+)?(?:down|broken|dead|offline|slow)\b/;

/**
 * fix34a: where or with what the bot works, asked ("does the bot work in DMs", "does the bot work in threads or only
 * in the channel?", "will the bot work on mobile?"): a question about the bot (help), whatever the classifier makes of
 * a short question without "?" (round thirty-four's retrain read "does the bot work in DMs" as nothing by 0.03).
 */
const BOT_WORKS_WHERE =
  /^\W*(?:(?:hey|hi|so|and|also|quick\s+q(?:uestion)?)\W+)?(?:does|do|will|would|can)\s+(?:the\s+|this\s+|our\s+)?(?:bot|bedrock_bot|bedrockbot|you|u)\s+(?:also\s+|even\s+|still\s+)?work\s+(?:in|on|with|from|inside|over|via|through|for)\b/;
const botWorksWhere: Rule = ({ p, result }) =>
  p.text.includes('work') && BOT_WORKS_WHERE.test(p.text)
    ? result('help', 'high', 'asks where the bot works')
    : null;

/**
 * fix36b, tuned-bakery: every key the company has, changed ("rotate every key we have, the old laptop from the office
 * went missing", "revoke all the keys we own"): all of ours, whatever everyday thing the reason names.
 */
const EVERY_KEY_WE_HAVE =
  /\b(?:every|each|all(?:\s+of)?(?:\s+(?:the|our))?)\s+(?:single\s+)?(?:keys?|api_keys?|access_keys?|credentials?|creds)\s+(?:that\s+)?(?:we|the\s+company|our\s+(?:org|team|company))\s+(?:have|has|own|owns|hold|holds|got)\b/;
/**
 * fix60 units: the message opens with rotating or revoking all the keys ("rotate all keys please, the tablet from the
 * depot was stolen"): all of ours, whatever everyday thing the reason names (the place of the loss is no unit now,
 * premises-of-loss.ts, so no unit keeps the request ours).
 */
const ALL_KEYS_FIRST =
  /^\W*(?:(?:please|pls|plz|urgent|asap)\W+)?(?:rotate|revoke)\s+(?:all|every)\s+(?:(?:the|our|of\s+the|of\s+our|single)\s+)*(?:keys?|api_keys?|access_keys?|credentials?|creds)(?=\s*(?:$|[,.;:!]|(?:please|pls|plz|now|asap|today|urgently)\b))/;
/** A login session that ended: "my session token for the HR portal expired", "the session timed out". */
const SESSION_ENDED =
  /\bsession\b(?:\s+(?:token|cookie|id))?[^.!?\n]{0,40}?\b(?:expired|expires|timed\s+out|ended|died|dropped)\b/;
/**
 * A pause of the person's own ("I need a break, 15 min", "brb 20 min", "need a nap, 2 hours"): the
 * time is theirs, not a token's, when no credential is named.
 */
const PAUSE =
  /\b(?:a|my|quick|short|coffee|lunch|tea|smoke|bathroom|loo)\s+(?:break|breather|nap|walk|pause|recharge)\b|\b(?:brb|afk)\b|\b(?:be|i'll\s+be|im|i'm)\s+back\s+in\b/;
/**
 * Round thirty-four: a rest needed, no time said ("the Visitor Insights team needs a break after that launch", "we
 * all need a breather"): the need is of people, no credential's.
 */
const REST_NEEDED =
  /\b(?:need|needs|needed|deserves?|could\s+use)\s+(?:a\s+|an?\s+)?(?:(?:proper|good|long|well[\s_-]earned|real|little|short)\s+)?(?:break|breather|rest|nap|holiday|vacation|day\s+off|lie[\s_-]in)\b/;
/**
 * fix35c: people needed ("the ads team needs 3 more people for the night shift", "we need two more hands on
 * saturday", Indonesian "tim moderasi butuh tambahan 3 orang" as the glossary leaves it): the need is of staff, no
 * credential's, when none is named.
 */
const PEOPLE_NEEDED =
  /\b(?:need|needs|needed|require|requires)\s+(?:(?:\d{1,3}|a\s+few|a\s+couple(?:\s+of)?|some|more|extra|two|three|four|five|six|ten|another|additional|tambahan)\s+){1,2}(?:more\s+)?(?:people|persons|hands|staff|volunteers|helpers|heads|bodies|agents|moderators|engineers|devs|testers|temps|orang)\b/;
const pause: Rule = ({ p, has, result }) => {
  if (
    p.durations.length === 0 &&
    (REST_NEEDED.test(p.text) || PEOPLE_NEEDED.test(p.text)) &&
    !['TokenNoun', 'KeyNoun', 'Bedrock', 'Aws', 'Api'].some(has)
  )
    return result('unknown', 'high', 'about everyday things');
  if (p.durations.length === 0 || !PAUSE.test(p.text)) return null;
  if (['TokenNoun', 'KeyNoun', 'Bedrock', 'Aws', 'Api'].some(has)) return null;
  return result('unknown', 'high', 'about everyday things');
};

/** The person holds a token: "I have a token now", "got my token", "the bot gave me a token". */
const TOKEN_IN_HAND =
  /\b(?:have|got|received|gave\s+me|given\s+me|sent\s+me)\s+(?:my|the|a|an|our|this|that)?\s*(?:new\s+|fresh\s+|bedrock\s+|short[\s_-]term\s+)?token\b|\btoken\s+(?:received|works|arrived|is\s+here)\b/;
/** How to use it asked: "how do I use it in Python?", "where do I put it", "which env var does it go in?" */
const USE_ASKED =
  /\b(?:how|where|which|what)\b[^.!?\n]*\b(?:use|using|put|plug|pass|set|go|goes|export|paste|configure|do\s+with|add|load)\b/;
/**
 * "I have a token now, how do I use it in Python?", "ok I have the token now. where do I put it in my
 * notebook?": a token the person holds, and how to use it asked: help about tokens, not a token.
 */
const tokenInHand: Rule = ({ p, result }) => {
  // (Either sentence may have been left out as story: "got my token, yay! how do I use it with boto3?".)
  const all = p.story === undefined ? p.text : `${p.text} . ${p.story}`;
  return all.includes('token') && p.durations.length === 0 && TOKEN_IN_HAND.test(all) && USE_ASKED.test(all)
    ? result('help', 'high', 'asks how to use a token it holds')
    : null;
};

/** A place a credential of ours may be kept: a machine, a repo, a config, or "at rest". */
// (notours27: a place of one's own described first, "in a text file on the outstation laptop", "in a notes app on
// my phone", "on a sticky note": up to two words before the place's noun.)
const KEPT_WHERE = String.raw`(?:at\s+rest|(?:on|in)\s+(?:my|the|our|a|your)\s+(?:[a-z0-9.-]+\s+){0,2}?(?:desktop|laptop|computer|machine|mac|pc|phone|server|disk|repo|repository|code|codebase|config|env|\.env|notebook|clipboard|browser|password\s+manager|secrets?\s+manager|file|txt|notes?|app|spreadsheet|sheet|doc|document|email|drive|folder|usb|stick|wiki|onenote)(?![\w-])|(?:on|in)\s+github)`;
/**
 * Round twenty-four: a credential only we have (an API key, an access key, a token) may be kept anywhere,
 * whatever else is kept there ("is it fine to keep the api key in our 1password vault with the EPOS
 * passwords?", "… in Keeper along with the till passwords"); a bare "key" only in KEPT_WHERE's places.
 */
const OUR_CREDENTIAL = String.raw`(?:bedrock\s+)?(?:api_key|api\s+keys?|access\s+keys?|access_keys?|tokens?|creds|credentials)`;
/**
 * "is the key safe on my desktop?", "is it ok to keep my token in the repo?": whether a credential of ours is
 * kept safely there, help (a key safe, the box for door keys, is lock-keys.ts's: "key safe at Reception").
 */
const KEPT_SAFELY = new RegExp(
  String.raw`^\W*(?:(?:is|are)\s+(?:the|my|our|this|that|a|an)\s+(?:bedrock\s+|api\s+|access\s+)?(?:key|keys|token|tokens|creds|credentials)\s+(?:safe|secure|ok|okay|fine)\s+${KEPT_WHERE}|(?:is\s+it\s+(?:safe|secure|ok|okay|fine|alright|all\s+right|allowed)\s+to|(?:can|could|may|should)\s+(?:i|we))\s+(?:keep|store|put|save|leave|stash)\s+(?:the|my|our|a|an)\s+(?:(?:bedrock\s+|api\s+|access\s+)?(?:key|token|creds|credentials)\s+${KEPT_WHERE}|${OUR_CREDENTIAL}\s+(?:in|into|inside|on|with)))\b`,
);
/**
 * (reads26) Whether a credential of ours may go into a repository ("should I commit the key in our git repo?",
 * "is it ok to commit the api key to our repo?", "can i check the token into git?"): keeping it safe, help
 * (README "Help topics": commit → general). Only a credential's noun, only a repository or git: "should I
 * commit the lockfile", "the key to the cleaner" are other things.
 */
const COMMITTED_TO_REPO =
  /^\W*(?:(?:should|can|could|may|shall|do|must)\s+(?:i|we|u|you)|is\s+it\s+(?:safe|secure|ok|okay|fine|alright|allowed|bad|a\s+problem)\s+to)\s+(?:just\s+|also\s+)?(?:commit|check|push|keep|put|store|save)\s+(?:in\s+)?(?:the|my|our|a|an|this|that)\s+(?:(?:bedrock|api|access|aws)\s+)?(?:key|keys|api_keys?|access_keys?|token|tokens|creds|credentials)\s+(?:in|into|to|on|inside)\s+(?:(?:the|our|my|a|your)\s+)?(?:[\w-]+\s+)?(?:git|repo|repos|repository|monorepo|github|gitlab|bitbucket|codebase)\b/;
const keptSafely: Rule = ({ p, result }) =>
  keptSafelyAsked(p.text) ? result('help', 'high', 'asks whether a key is kept safely') : null;
/**
 * notours27: where a credential of ours goes in one's own code ("which environment variable does the api key go
 * in, for python boto3?", "what header does the token go in?", "where should my key go in the config?"): how to
 * use it, help; the words after it name the tool, no unit ("where does the ads key go" names one: not read so).
 */
const CREDENTIAL_GOES_IN =
  /\b(?:which|what|where)\b[^.!?\n]{0,40}?\b(?:does|do|should|must|would|shall)\s+(?:the|my|our|a|an|this|that)\s+(?:bedrock\s+)?(?:api_key|access_key|key|token|credentials?|creds)s?\s+(?:go|goes|belong|belongs|sit|live|need\s+to\s+go|have\s+to\s+go)\b/;
const credentialGoesIn: Rule = ({ p, result }) =>
  (p.text.includes('go') || p.text.includes('belong') || p.text.includes('sit') || p.text.includes('live')) &&
  CREDENTIAL_GOES_IN.test(p.text)
    ? result('help', 'high', 'asks where a credential goes in code')
    : null;
/** Whether a credential of ours may go into a repository, asked (read after the classifier: parse-request.ts). */
export const committedToRepo = (text: string): boolean =>
  (text.includes('repo') || text.includes('git') || text.includes('codebase')) &&
  COMMITTED_TO_REPO.test(text);
const keptSafelyAsked = (text: string): boolean =>
  (text.includes('safe') ||
    text.includes('keep') ||
    text.includes('store') ||
    text.includes('ok') ||
    text.includes('fine') ||
    text.includes('secure') ||
    text.includes('right') ||
    text.includes('allowed')) &&
  KEPT_SAFELY.test(text);
/**
 * Which units have something of ours, asked whatever the message is for ("which groups have long-term
 * keys? (for the ISO audit spreadsheet)", "which units are there? need the list for a slide"), or all
 * the bot looks after ("everything you manage, please"): the list of units.
 */
const UNITS_WITH =
  /\b(?:which|what)\s+(?:business\s+)?(?:units|teams|groups|departments|depts|orgs|squads|bus)\s+(?:(?:currently|already|still|actually|now)\s+)?(?:(?:have|has|hold|use|are\s+using|are\s+on)\s+(?:(?:the|their|any|old|legacy|classic|old[_-]style|long[\s_-]?term|bedrock|api|access|aws|iam|active|live)\s+){0,3}(?:keys?|credentials?|creds|bedrock|access(?!\s+to\b))(?![\s_-]*(?:older|expir|without|with|for|that|which|from|in|of)\b)|are\s+set\s+up|exist|are\s+there|do\s+you\s+(?:have|manage|know)|does\s+the\s+bot\s+(?:have|manage|know))\b/;
const ALL_MANAGED =
  /^\W*(?:(?:please|pls|can\s+i\s+(?:see|have|get)|show\s+me|list)\s+)?(?:everything|all(?:\s+the)?\s+(?:units|teams|keys))\s+(?:that\s+)?(?:you|u|the\s+bot)\s+(?:manage|manages|handle|handles|look\s+after|know\s+(?:of|about))\b/;
/**
 * The units asked for by another name (round fifteen): groups, squads, services, accounts, projects,
 * with a word before ("research groups", "teams/units"), as the bot knows them ("what accounts does
 * the bot know about?", "what research groups are set up in the bot?", "which services have bedrock
 * keys?"), or as the asker's ("which groups are mine", "which of these services are mine?", "which
 * accounts am I the owner of?"), also what a whole organisation has on the bot (fix33b: "what units does the library
 * service have on the bot?": the list, the organisation no unit). Other collections, or another's knowledge ("which projects does Priya
 * know about?", "which services are down?"), are not the list.
 */
const UNIT_NOUNS_BARE = String.raw`units|teams|groups|squads|departments|depts|orgs|services|accounts|projects|bus`;
const UNIT_NOUNS = String.raw`(?:business\s+)?(?:${UNIT_NOUNS_BARE})`;
const OTHER_NAME = String.raw`\b(?:which|what)\s+(?:of\s+(?:these|those|the|our|my)\s+)?(?:[a-z]+[\s_]+)?${UNIT_NOUNS}\s+`;
const UNITS_BY_OTHER_NAME = new RegExp(
  String.raw`${OTHER_NAME}(?:(?:does|do)\s+(?:the\s+bot|bedrock_bot|bedrock|you|u)\s+(?:know(?:\s+(?:of|about))?|have|manage|look\s+after|handle)\b|(?:does|do)\s+(?:the\s+|our\s+|this\s+)?(?:[a-z][a-z_-]*\s+){1,3}(?:have|run|hold)\s+(?:on|in|with)\s+(?:the\s+bot|bedrock_bot|bedrock|you|u|here)\b|(?:are|is)\s+(?:set\s+up|setup|registered|configured|onboarded)\s+(?:in|on|with)\s+(?:the\s+bot|bedrock_bot|bedrock|you|u)\b|(?:currently\s+|already\s+|still\s+)?(?:have|has|hold)\s+(?:(?:bedrock|api|access|long[\s_-]?term|aws)\s+){1,2}(?:keys?|credentials?|creds)\b(?![\s_-]*(?:older|expir|without|with|for|that|which|from|in|of)\b))`,
);
export const OWN_BY_OTHER_NAME = new RegExp(
  String.raw`${OTHER_NAME}(?:are\s+mine|do\s+i\s+own|am\s+i\s+(?:the\s+)?owner\s+of)\b(?!\s+to\b)`,
);
/** "can you list the business units? need it for the client slide": the list asked for, then what it is for. */
const LIST_UNITS_ASKED =
  /^\W*(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|please\s+|pls\s+)?(?:list|show(?:\s+me)?)\s+(?:all\s+(?:of\s+)?)?(?:the\s+|our\s+)?(?:business\s+units|units|bus|teams)\s*(?:,?\s*(?:please|pls|plz)\s*)?(?:[?.!]|$)/;
/** What a question asks besides the list: spend or cost in its own sentence. */
const SPEND_ASKED = /\b(?:spend\w*|spent|costs?|budget|bill\w*)\b/;
/** The units asked for by another name or as a list with what it is for, without spend in the question. */
function unitsByOtherName(text: string): boolean {
  if (!(text.includes('wh') || text.includes('list') || text.includes('show'))) return false;
  const m = UNITS_BY_OTHER_NAME.exec(text) ?? OWN_BY_OTHER_NAME.exec(text) ?? LIST_UNITS_ASKED.exec(text);
  if (m === null) return false;
  const end = text.indexOf('?', m.index);
  return !SPEND_ASKED.test(text.slice(m.index, end < 0 ? text.length : end));
}
const CHANGE = new Set(CHANGE_TAGS);
const HOW_TO_SEE =
  /\bhow\s+(?:do|can|could|would|should)\s+(?:i|we|you|u|one|people)\b|\b(?:is\s+there|are\s+there|any|a)\s+(?:a\s+)?(?:command|way|option|flag|slash\s+command)\b/;
/** "which teams still use jira", "what units are using salesforce": who uses a system, asked. */
const UNITS_USING =
  /\b(?:which|what)\s+(?:business\s+)?(?:units|teams|groups|departments|depts|squads)\s+(?:(?:still|currently|already|actually)\s+)?(?:use|uses|are\s+using|are\s+still\s+using|are\s+on)\b/;
/** A credential or our service named: "which teams still use access keys?" is ours. */
const OURS_USED = /\b(?:keys?|api_keys?|access_keys?|tokens?|creds|credentials?|bedrock|iam|aws)\b/;
const unitsAsked: Rule = ({ p, terms, has, result }) => {
  // (The question may have been left out as story: "which units are there? need the list for a slide".)
  const all = p.story === undefined ? p.text : `${p.story} . ${p.text}`;
  if (
    !(
      all.includes('wh') ||
      all.includes('manage') ||
      all.includes('handle') ||
      all.includes('list') ||
      all.includes('show')
    )
  )
    return null;
  // ("which teams have keys? I need one for sales": a credential asked for is the request; "have
  // bedrock set up" makes nothing.)
  const changes = terms.some(
    (t) =>
      t.tag !== undefined && CHANGE.has(t.tag) && !/^(?:setup|manage|manages)$/.test(t.w) && !/ed$/.test(t.w),
  );
  // ("which teams have the highest bedrock spend", "which units use claude", "… this month": spend,
  // models or history of units, asked with a filter the list does not have.)
  if (p.durations.length > 0 || p.keyIds.length > 0 || p.periods.length > 0) return null;
  if (has('Spend') || has('Models') || has('Provider')) return null;
  // (reads26: "which teams still use jira?": which teams use another system, with no credential of ours
  // named, is about that system, no list of ours.)
  if (p.text.includes('us') && UNITS_USING.test(p.text) && !OURS_USED.test(p.text) && foreignObject(p.text))
    return result('unknown', 'high', 'asks which teams use another system');
  if (ALL_MANAGED.test(p.text)) return result('list', 'high', 'asks which units there are');
  // ("what units are there? want to check if the estimating team already has one": the list is asked.)
  if (unitsThereAsked(all)) return result('list', 'high', 'asks which units there are');
  if (changes) return null;
  if (unitsByOtherName(all)) return result('list', 'high', 'asks which units there are');
  // ("how do I see which teams exist?", "is there a command that shows which units have keys?" ask how.)
  const asked = UNITS_WITH.exec(all);
  // (The audit that the list is for may be named after the question, not in it: "which units changed
  // their keys in the audit" asks the history.)
  const question = asked === null ? '' : all.slice(asked.index, all.indexOf('?', asked.index) >>> 0);
  const listed =
    asked !== null &&
    (!has('Everyday') || all.includes('?')) &&
    !HOW_TO_SEE.test(all) &&
    !HISTORY_WORD.test(question);
  return listed ? result('list', 'high', 'asks which units there are') : null;
};

/**
 * "need bedrock for the day - 8 hours - doing the annual product quality review for the Plant 2 portfolio",
 * "need bedrock for 2 hours, the Site 3 audit deck" (requests22): Bedrock itself asked for a time, at the
 * opening of the message, is the person's token; the review, audit or cost of the story is what it is for.
 * Not a key named. (fix22c) It steps aside for a unit or a person named as whose it is ("need bedrock for 2
 * hours for the ads team": the unit's key, as the other rules read it) and for a question after it ("…, who
 * approved my last token?"); a statement ("… is what the vendor quoted us", "… at most per run") or a
 * request put to a person ("… — Priya, can you set that up?") asks nothing, and a plan ("… next Tuesday,
 * just flagging") is asked about.
 */
const NEED_BEDROCK_FOR =
  /^\W*(?:(?:hi|hey|hello)\W+)?(?:i\s+)?need\s+bedrock\s+(?:access\s+)?for\s+(?:the\s+(?:day|morning|afternoon|evening|night|rest\s+of\s+the\s+day)\b|xxdur\b)/;
/** What follows that states a figure rather than asks: "is what the vendor quoted", "at most per run". */
const HOURS_STATED =
  /\b(?:is|was|are|were)\s+what\b|\bquoted?\b|\bestimat\w*|\baccording\s+to\b|\bat\s+most\b|\bper\s+(?:run|batch|job|call|request|user|test|build)\b|\b(?:said|says)\s+(?:nobody|no\s+one)\b/;
/** A plan for later: "next Tuesday", "tomorrow", "just flagging", "for planning", "heads up". */
const HOURS_PLANNED =
  /\bnext\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|sprint|quarter)\b|\btomorrow\b|\bflagging\b|\bheads[\s-]+up\b|\bfyi\b|\bfor\s+planning\b|\bwill\s+ask\b/;
/** A person addressed after it: "— Priya, can you set that up?", ", dave can you …". */
const PERSON_ASKED_AFTER = /(?:^|[,;:—–-]\s*)[a-z]+,?\s+(?:can|could|would|will|pls|please)\s+you\b/;
const bedrockForAPerson: Rule = ({ p, hasKey, businessUnit, result }) => {
  if (hasKey || !p.text.includes('need bedrock')) return null;
  const m = NEED_BEDROCK_FOR.exec(p.text);
  if (m === null || !p.durations.some((d) => !d.dayUnit)) return null;
  const rest = p.text.slice(m.index + m[0].length);
  if (HOURS_STATED.test(rest) || PERSON_ASKED_AFTER.test(rest))
    return result('unknown', 'high', 'states bedrock hours, asks nothing');
  if (forAPerson(rest)) return result('unknown', 'high', 'bedrock for hours for another person');
  const whose = namedAsWhose(rest, businessUnit);
  if (HOURS_PLANNED.test(rest))
    return result(whose ? 'create_key' : 'token', 'low', 'bedrock hours planned for later');
  if (p.text.includes('?') || whose) return null;
  return result('token', 'high', 'bedrock for the person asking, for hours');
};

/** A given name right after "for" at the end: "… for dave", "… for priya." (not "… for planning"). */
const FOR_ONE_NAME = /\bfor\s+([a-z][a-z'-]*)[.!]*$/;
function forAPerson(rest: string): boolean {
  const name = FOR_ONE_NAME.exec(rest.trimEnd())?.[1];
  return name !== undefined && (GIVEN_NAMES.has(name) || COMMON_GIVEN_NAMES.has(name));
}
/** What may end a unit named after "for": the clause's end, a team noun, a courtesy. */
const UNIT_ENDS =
  /^\s*(?:$|[,.;:!?)—–-]|(?:team|office|unit|squad|group|dept|department|please|pls|thanks|thx)\b)/;

/** What may stand between the lifetime and "for <unit>": "…, 8 hours, for", "… shift - 2h - for". */
const BEFORE_WHOSE = new Set(['xxdur', 'shift', 'please', 'pls', 'and', 'also', 'just', 'today', 'now']);

/**
 * Whether the text after the lifetime names whose Bedrock it is: the request's unit right after "for"
 * ("… for the ads team", "… for project phoenix", "…, 8 hours, for the data office"), with nothing but the
 * lifetime between; not what the time is for ("… for the North region portfolio", "… - doing the annual
 * review for the Plant 2 portfolio", "… for the Q2 cost review").
 */
function namedAsWhose(rest: string, businessUnit: string | null): boolean {
  if (businessUnit === null) return false;
  const spaced = rest.replace(/[-_]/g, ' ');
  const name = businessUnit.replace(/-/g, ' ');
  for (const lead of ['for ', 'for the ', 'for project ', 'for team ', 'for the project ']) {
    const at = spaced.indexOf(lead + name);
    if (
      at >= 0 &&
      UNIT_ENDS.test(spaced.slice(at + lead.length + name.length)) &&
      spaced
        .slice(0, at)
        .split(/[^a-z]+/)
        .every((w) => w === '' || BEFORE_WHOSE.has(w))
    )
      return true;
  }
  return false;
}

/** "… on contractor onboarding and the doc checker …": an -ing word of onboarding that ends its phrase (a noun). */
function onboardingWorkedOn(terms: Term[], i: number): boolean {
  const t = terms[i];
  if (t === undefined || !t.w.endsWith('ing')) return false;
  const next = terms[i + 1];
  return t.stop || next === undefined || PHRASE_JOINS.has(next.w);
}
const PHRASE_JOINS = new Set(['and', 'or', 'but', 'so', 'because', 'since', 'today', 'tonight', 'tomorrow']);

/** "can I share my token with the client's dev for an hour?": whether a held token may be lent (mood.ts). */
const tokenLent: Rule = ({ p, result }) =>
  asksTokenLent(p.text) ? result('help', 'high', 'asks whether a token may be lent') : null;

/**
 * fix34a: a token supposed and asked whether it would do ("say I needed a token for 5h on the night of the final —
 * any problem with that?", "if I needed a token for 3h tomorrow, would that be a problem?"): whether such a token
 * can be had (help, limits: help-topic.ts tokenSupposed), whatever the classifier makes of the night told of.
 */
const supposedToken: Rule = ({ p, result }) =>
  p.text.includes('tok') && tokenSupposed(p.text) && !WITH_OTHER_RULE.test(p.text)
    ? result('help', 'high', 'asks whether a supposed token would do')
    : null;
/**
 * Round thirty-six (fix36c's test, moved by the retrain on round thirty-five's blind files): whether a token can last
 * a stretch of time from one moment to another, asked ("can a token last from tonight until tomorrow noon?", "would
 * a token stay valid from friday close to monday open?", help-topic.ts tokenSpanAsked): the bounds' question (help,
 * limits), never a token asked for. A request for one over such a stretch ("token from 9 until 5 please"), or one
 * asked after the question ("… until 5? if so give me one"), is left to the other rules.
 */
const tokenSpanQuestion: Rule = ({ p, result }) =>
  tokenSpanAsked(p.text) ? result('help', 'high', 'asks whether a token can last a stretch of time') : null;
/** Whether it would do with another's rule ("… would that be ok w/ the freeze"): left to the other readers. */
const WITH_OTHER_RULE =
  /\b(?:problem|issue|ok|okay|fine|allowed|possible)\s+(?:with|w\/)\s+(?:the|our|this|that)\s+(?!bot\b)[a-z]/;

/**
 * fix34a: whether one of our credentials is bound to a Region, asked ("is the token region-specific?? flying to Mumbai
 * tonight", "are api keys region locked?", "is my key tied to one region?"): the Regions' question (help), whatever
 * the trip told after it; the place told is the Region asked about.
 */
const REGION_BOUND =
  /^\W*(?:(?:so|and|hey|hi|quick\s+q)[\s,]+)?(?:is|are|does|do)\s+(?:the\s+|my\s+|our\s+|a\s+|an\s+)?(?:bedrock\s+)?(?:tokens?|keys?|api_keys?|access_keys?|creds?|credentials?)\s+(?:(?:region[\s_-]?(?:specific|locked|bound|restricted|dependent|based)|(?:tied|locked|bound|restricted|limited)\s+to\s+(?:a|one|the|its|my|a\s+single)\s+region)\b|(?:only\s+)?work\s+in\s+(?:one|a\s+single)\s+region\b)/;
const regionBoundAsked: Rule = ({ p, result }) =>
  p.text.includes('region') && REGION_BOUND.test(p.text)
    ? result('help', 'high', 'asks whether a credential is bound to a Region')
    : null;

/** fix34a: a question in our words about a thing that is not ours, no credential named (not-ours-asked.ts). */
const NAMED_CREDENTIAL =
  /\b(?:secrets?|passwords?|api_keys?|access_keys?|keys?|tokens?|tok|creds?|credentials?)\b/;
const notOursQuestion: Rule = ({ p, has, result }) =>
  !has('KeyNoun') &&
  !has('TokenNoun') &&
  !has('Bedrock') &&
  p.keyIds.length === 0 &&
  !NAMED_CREDENTIAL.test(p.text) &&
  notOursAsked(p.text)
    ? result('unknown', 'high', 'asks about a thing not ours in our words')
    : null;

/** Credentials named by no kind (dev29). */
const CREDS_FOR_HOURS = /\bcred(?:s|entials?)\b/;
/** "give me one for 6h", "another one, 4h", "a new one for 3 hours": one asked for a lifetime in hours (fix43b). */
const ONE_FOR_HOURS =
  /\b(?:give|get|send|issue|make)\s+(?:me|us)\s+(?:an?\s+)?(?:another|new|fresh)?\s*one\s+(?:for\s+)?xxdur\b|\b(?:another|new|fresh)\s+one\s*(?:please|pls|plz)?\s*[,:]?\s*(?:for\s+)?xxdur\b/;
/** Credentials said to last: a key's (dev29). */
const SAID_TO_LAST =
  /\b(?:long[\s_-]?(?:term|lived|running)|longterm|permanent|persistent|non[\s_-]?expiring|never\s+expir\w*|no\s+expiry|without\s+(?:an?\s+)?expiry)\b/;
/** Asking for credentials: a token for the person asking, or a key for a business unit or system. */
const credentials: Rule = (r) => {
  const { p, terms, words, has, hasKey, businessUnit, personAsUnit, longTerm, result } = r;
  // A new hire's onboarding ("my onboarding tasks", "she's onboarding", "the onboarding session")
  // is no business unit being onboarded.
  const personalOnboarding = PERSONAL_ONBOARDING.test(p.text);
  // ("We onboarded 4 new teams in october": onboarding told of, not asked for.)
  // ("writing up the temporary works register": a document, register-noun.ts.)
  // (requests23: "a token for 11 hours please, long shift on contractor onboarding and …": with a token
  // asked for a time, "onboarding" ending its phrase is the work the token is for, no unit onboarded.)
  const tokenAsked = has('TokenNoun') && !has('KeyNoun') && !has('Api') && p.durations.length > 0;
  const onboards =
    !personalOnboarding &&
    terms.some(
      (t, i) =>
        t.tag === 'Onboard' &&
        !/ed$/.test(t.w) &&
        !registerNoun(terms, i) &&
        !(tokenAsked && onboardingWorkedOn(terms, i)) &&
        // (known25: "the new onboarding flow we're building": a product's onboarding, a thing, no unit onboarded.)
        !(t.w === 'onboarding' && ONBOARDING_THING.has(terms[i + 1]?.w ?? '')),
    );
  // (sweep27: "pls create an invoice for Studio-B, Night-Owls session, 6h": a session booked beside a thing of
  // another trade made names no credential.)
  const credentialNamed =
    hasKey &&
    !(
      !has('KeyNoun') &&
      !has('Api') &&
      !has('Aws') &&
      onlyEverydayTokenNouns(terms) &&
      otherThingMade(p.text)
    );
  const wantsCredentials =
    credentialNamed ||
    onboards ||
    // (sweep24a: "create a patrol rota for the K-9 unit": a thing of another trade made for a unit.)
    (has('Create') &&
      (businessUnit !== null || has('Bedrock') || longTerm || has('Purpose') || p.durations.length > 0) &&
      (credentialNamed || !otherThingMade(p.text))) ||
    has('Bedrock') ||
    // (fix24d: "need a rota for the k-9 unit for 8h": a lifetime beside a thing of another trade made asks none.)
    (p.durations.length > 0 && !has('Thanks') && (credentialNamed || !otherThingMade(p.text)));
  if (!wantsCredentials) return null;
  // "can you give me a ChatGPT login for 2 hours?", "a Copilot seat for my team": another vendor's
  // login or seat is not ours to give.
  if (
    !['Bedrock', 'Aws', 'Api', 'TokenNoun'].some(has) &&
    !words.has('ai_credential') &&
    LOGIN_WORDS.test(p.text) &&
    OTHER_VENDOR.test(p.text)
  )
    return result('unknown', 'high', "another vendor's login");
  if (onboards) return result('create_key', 'high', 'onboard a business unit');
  // "my token for 4h says invalid signature", "the 2h token gives ExpiredTokenException": a token one holds,
  // told of as failing, is a report; its lifetime is the held token's, not a new one's (lead23).
  // (fix23a: a lifetime outside the held token's words, in a clause with no error, asks a new one: "my token
  // died. 2h", "my token is invalid, token for growth 2h".)
  if (
    HELD_TOKEN_FAILS.test(p.text) &&
    !has('Polite') &&
    !ASKS_AGAIN.test(p.text) &&
    !lifetimeApart(p.text.replace(HELD_TOKEN_FAILS, ' ')) &&
    // (A token asked again after the report, "my token ran out, token for 2h": round twenty-four.)
    !/\btoken\s+(?:for\s+)?xxdur\b/.test(p.text.replace(HELD_TOKEN_FAILS, ' '))
  )
    return result('unknown', 'high', 'reports a token that fails');
  // "seeing 429s on the api key since this morning": an error report asks for nothing by itself.
  // ("the token ran out, error below: … \n two and a half hours should do it this time": a lifetime
  // stated in a sentence of its own, not the error's, asks.)
  if (
    ERROR_REPORT.test(p.text) &&
    !has('Create') &&
    !/\bnew\s+token\b/.test(p.text) &&
    !has('Polite') &&
    !has('Refresh') &&
    !(p.durations.length > 0 && lifetimeApart(p.text))
  )
    return result('unknown', 'high', 'reports an error');
  // Asking needs a cue: a verb of getting or making, a polite word, a question, "for <unit>", or
  // Bedrock/AWS named ("lost my house keys", "access denied on the printer" ask for nothing).
  // A statement about keys ("API keys are a mess", "the token was fine") asks for nothing.
  const statement = STATEMENT.test(p.text) && !has('Create') && !has('Polite') && !p.text.includes('?');
  const asks =
    (!statement && ['Create', 'Bedrock', 'Aws', 'Api', 'Polite'].some(has)) ||
    words.has('for') ||
    words.has('4') ||
    /\?\s*$/.test(p.text) ||
    terms.length <= 3;
  // "access" alone is a weak key word ("access denied on the printer", "access all areas passes").
  const accessOnly =
    words.has('access') &&
    !['Create', 'Onboard', 'Bedrock', 'Aws', 'Api', 'TokenNoun'].some(has) &&
    !terms.some((t) => t.tag === 'KeyNoun' && t.w !== 'access');
  const sure = asks && !accessOnly && !REPORTED.test(p.text);
  // "lol remember token ring networks": a token word with nothing that asks is asked about; a remark
  // about tokens ("yep token works now") or a question to the channel ("anyone holding tokens?") is none.
  // ("my session token for the HR portal expired mid-form": another system's session ended.)
  const sessionEnded =
    p.text.includes('session') && !has('Bedrock') && !has('Aws') && SESSION_ENDED.test(p.text);
  const remark =
    (statement || sessionEnded || TO_PEOPLE.test(p.text) || has('Ack')) && !has('Create') && !has('Polite');
  // ("new key for claims-triage, not a token, an actual key lol": a token refused beside a key is
  // the kind not wanted, not what the text remarks on.)
  const tokenRefused = has('KeyNoun') && p.text.includes('no') && TOKEN_REFUSED.test(p.text);
  if (has('TokenNoun') && !longTerm && remark && p.durations.length === 0 && !tokenRefused)
    return result('unknown', 'high', 'a remark about tokens');
  // A token with a lifetime in hours is a token, whatever it is for ("token for 10h, running a batch
  // eval", "token for tonight's deploy test, eight hours"); a key word as well makes it a key request.
  const hoursToken = p.durations.some((d) => !d.dayUnit) && !r.keyObject && !has('Aws');
  // "not a token, an api key for the chatbot team", "a token can't cover that, so a key for
  // warehouse-sync": a key asked for a named unit, with no lifetime in hours, is a key whatever is
  // said about tokens.
  const unitKey = r.keyObject && businessUnit !== null && !p.durations.some((d) => !d.dayUnit);
  // (fix37a, tuned-winery: "a bearer token for `vintage-report` that lasts 6 months": a bearer token is the API key
  // kind (README, key kinds), and for a named unit with a lifetime of days or more it is that key, not a token.)
  const bearerUnitKey =
    words.has('bearer') &&
    businessUnit !== null &&
    p.durations.length > 0 &&
    p.durations.every((d) => d.dayUnit);
  // "the AI password for 2 hours", "a permanent AI login for legal-ops", "can I get the AI password?":
  // a credential named by what it is for (lay-words.ts) is a token for a lifetime, a key for a unit
  // or a long-term use, and asked about when nothing tells which.
  if (words.has('ai_credential') && !has('TokenNoun') && !r.keyObject) {
    if (p.durations.some((d) => !d.dayUnit) || (!longTerm && forPartOfDay(p.text)))
      return result('token', 'high', 'a credential for the AI, for hours');
    if (businessUnit !== null || longTerm)
      return result('create_key', sure ? 'high' : 'low', 'a credential for the AI, for a team or for good');
    return p.durations.length > 0
      ? result('token', 'high', 'a credential for the AI, for days')
      : result('token', 'low', LAY_CREDENTIAL_ASKED);
  }
  if (has('TokenNoun') && (!longTerm || hoursToken) && !unitKey && !bearerUnitKey)
    return result('token', asks || p.durations.length > 0 ? 'high' : 'low', 'short-term token asked for');
  // A new hire asking for access for their own onboarding wants a token, whatever word follows "for".
  if (personalOnboarding && !r.keyObject && !longTerm && (has('Self') || p.durations.length > 0))
    return result('token', 'high', "access for a new hire's onboarding");
  // "can you give me whatever credentials I need for about two hours?": a lifetime in hours, for the
  // person asking, is a token's (a key's lifetime is in days).
  if (p.durations.some((d) => !d.dayUnit) && has('Self') && !longTerm && !has('Aws') && !has('Api'))
    return result('token', 'high', 'credentials in hours for the person asking');
  // fix43b, tuned-styles-followups: "> Token issued, expires in 1h / that's not enough for the batch, give me one for 6h
  // instead", "expired halfway through the stain-vision retrain. another one pls, 4h": "one" given to the asker, or
  // another one, for a lifetime in hours points back at a token, whatever system or unit the story names ("the
  // batch", "the stain-vision retrain"); not a key said to last, nor with a key word of its own.
  if (
    (longTerm || businessUnit !== null) &&
    p.durations.length > 0 &&
    p.durations.every((d) => !d.dayUnit) &&
    p.text.includes('one') &&
    ONE_FOR_HOURS.test(p.text) &&
    !hasKey &&
    !has('Aws') &&
    !has('Api') &&
    !SAID_TO_LAST.test(p.text)
  )
    return result('token', 'high', 'one for hours, for the person asking');
  // dev29: "need creds for the batch inference notebook in Oregon. 12h max", "creds for the nightly batch job, 6
  // hours tops": a lifetime in hours for credentials of no kind and no unit is a token's (README, lay names: a token
  // for hours), whatever system they are used from; said to last ("long-lived", "permanent") they are a key.
  if (
    businessUnit === null &&
    !['key', 'keys', 'api_key', 'apikey', 'secret', 'secrets', 'keypair', 'login', 'access'].some((w) =>
      words.has(w),
    ) &&
    !has('Aws') &&
    !has('Api') &&
    p.durations.length > 0 &&
    p.durations.every((d) => !d.dayUnit) &&
    CREDS_FOR_HOURS.test(p.text) &&
    !SAID_TO_LAST.test(p.text)
  )
    return result('token', 'high', 'credentials of no kind, for hours');
  // (fix39d, tuned-styles-eastwest: not amid Japanese, Chinese or Korean words left unread, "别吊销 npc-dialogue 的key"
  // (don't revoke its key), "昨天我已经把 patch-notes-gen 的key轮换了" (rotated it yesterday): those words say what is
  // done to the key, which the parser cannot read.)
  if (businessUnit !== null && !UNREAD_AROUND_NAME.test(p.text))
    return result('create_key', sure ? 'high' : 'low', 'credentials for a business unit');
  if (longTerm) return result('create_key', 'high', 'long-term use without a business unit');
  // (fix22b: "create a key for dave": a key asked for a person, who names no unit; still a key, asked
  // which unit, never a token for the asker.)
  if (personAsUnit && hasKey && !has('Self') && !has('TokenNoun'))
    return result('create_key', 'low', 'a key for a person, no unit named');
  if (p.durations.some((d) => d.dayUnit) && hasKey && !has('Self'))
    return result('create_key', 'low', 'key lifetime in days');
  const clear = hasKey || has('Create');
  if (!clear && !p.durations.length) return result('help', 'low', 'mentions bedrock only');
  // "need bedrock" names no credential: a token is likely, but a key or help are too, so it asks.
  return result(
    'token',
    hasKey || p.durations.length > 0 ? 'high' : 'low',
    'credentials for the person asking',
  );
};

/** Assistants other than this bot, greeted by name. */
const OTHER_ASSISTANTS = new Set([
  'siri',
  'alexa',
  'google',
  'cortana',
  'copilot',
  'chatgpt',
  'gemini',
  'jarvis',
]);

/**
 * train28i: "good morning ☀️ nightly evals all green", "hello! standup moved to 10:30 today": a greeting before
 * a remark of three words or more, plain words only, no question, nobody mentioned, the bot not spoken to and
 * the writer not introduced ("hello, finance here", "hi, I just joined the data team", "hi, quick question"
 * open a talk with the bot), tells the channel something and asks the bot nothing.
 */
const TO_THE_BOT = new Set([...'bot bedrock you u your here new first question questions'.split(' ')]);
const INTRODUCED = new Set(['i', "i'm", 'im', 'we', "we're", 'me']);
/** Tags of plain words a remark may hold ("evals all green": a use, "all"). */
const REMARK_TAGS = new Set(['Everyday', 'Purpose', 'All']);
function remarkAfterGreeting(text: string, after: Term[]): boolean {
  if (after.length < 3 || text.includes('?') || text.includes('xxuser')) return false;
  if (GREETED_BOT.has(after[0]?.w ?? '')) return false;
  return after.every(
    (t) => (t.tag === undefined || REMARK_TAGS.has(t.tag)) && !TO_THE_BOT.has(t.w) && !INTRODUCED.has(t.w),
  );
}

/** Words for the bot after a greeting ("hi bot", "hello there", "hey again"). */
const GREETED_BOT = new Set([
  'bot',
  'bedrock',
  'there',
  'again',
  'you',
  'u',
  'friend',
  'buddy',
  'robot',
  'assistant',
  'mate',
  'sir',
  'world',
]);

/** What is left: Regions and availability, thanks, greetings, help, a unit named alone, or nothing. */
const rest: Rule = ({ p, phrase, terms, has, hasKey, businessUnit, result }) => {
  if (PHRASES.available.test(phrase) && p.regions.length > 0 && !hasKey)
    return result('models', 'low', 'asks what is available in a region');
  if (PHRASES.whichRegions.test(phrase)) return result('models', 'low', 'asks which regions are supported');
  // ("got it" is one; "it" and "got" alone are none: "is it always us-east-1", "does it support …?")
  if (has('Thanks') || has('Ack') || /\bgot\s+it\b/.test(p.text))
    return result('unknown', 'high', 'thanks or acknowledgement');
  // "hi, first time using you": a greeting that opens the message, to the bot, asks how to start;
  // "hi all, I'm Sofia, new in legal!" greets the channel, and "… all afternoon" greets no one.
  const opening = terms.findIndex((t) => t.tag === 'Greeting');
  if (opening >= 0 && opening <= 1 && (opening === 0 || terms[0]?.w === 'good')) {
    // ("hello to all", "buenos días a todos" → "hello a all")
    const next = /^(?:a|to|you)$/.test(terms[opening + 1]?.w ?? '') ? opening + 2 : opening + 1;
    // ("hey siri call mom", "hey copilot, summarise this": another assistant greeted, not this bot.)
    if (OTHER_ASSISTANTS.has(terms[opening + 1]?.w ?? ''))
      return result('unknown', 'high', 'greets another assistant');
    // ("good morning control 👋", "hi sam", "morning Priya": one name and nothing else greets that person
    // or desk in the channel; "hi bot", "hello there", "hey again" greet the bot.)
    const named = terms[next];
    const greetsName =
      next === terms.length - 1 &&
      named !== undefined &&
      named.tag === undefined &&
      /^[a-z]{2,}$/.test(named.w) &&
      !GREETED_BOT.has(named.w) &&
      // ("hi bedrockbot", "hey botty", "hi claudebot": a name made of "bot" or "bedrock" is the bot's.)
      !/bot|^bedrock/.test(named.w);
    // (notours24: "good morning from the brewhouse ☀️ mash in at 6", "hello from the ground station": a
    // greeting sent from a place is to the channel, as "greetings from the Lisbon office" is story.)
    if (CHANNEL_WORDS.has(terms[next]?.w ?? '') || greetsName || terms[next]?.w === 'from')
      return result('unknown', 'high', 'greets the channel');
    return remarkAfterGreeting(p.text, terms.slice(next))
      ? result('unknown', 'high', 'a remark after a greeting')
      : result('help', 'high', 'greeting');
  }
  if (asksForHelp(p, terms)) return result('help', 'high', 'asks for help');
  if (
    businessUnit !== null &&
    terms.length <= 3 &&
    terms.every((t) => isNameWord(t.w) || t.w === 'bu' || t.w === 'unit' || t.w === 'business') &&
    !UNREAD_AROUND_NAME.test(p.text) &&
    !unreadStatementAroundName(p.text)
  )
    return result('details', 'low', 'a business unit named alone');
  // ("do we have a Loom subscription the team could share?": another product's subscription or licence.)
  if (!hasKey && !has('TokenNoun') && !has('Bedrock') && SUBSCRIPTION.test(p.text))
    return result('unknown', 'high', "another product's subscription");
  return result('unknown', 'low', 'not a request to this bot');
};
const SUBSCRIPTION = /\b(?:subscriptions?|licen[cs]es?)\b/;
/**
 * fix39d, tuned-styles-eastwest: a unit's name amid Japanese, Chinese or Korean words the readers did not read
 * whole ("さっき review-summarizer のキーはローテーションしておきました", "아까 ota-mapper 키 제가 로테이트 했어요": a
 * rotation told as done) is not a unit named alone: the words around it say something the parser cannot read.
 */
const UNREAD_AROUND_NAME = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/**
 * fix49f, tuned-styles-mideast: likewise a unit's name amid Arabic, Persian, Kurdish or Hebrew words the readers did not
 * read whole, in a message that asks no question: "مو لازم نلغي مفتاح sanad-bot، تأكدت انه ما تسرب" (no need to cancel
 * sanad-bot's key, I checked it did not leak), "اگه مدیرم قبول کنه فردا یه کلید برای farsi-search میخوام" (if my
 * manager agrees I'll want a key tomorrow) tell something of the unit, they do not ask what it has. With a question
 * mark ("מה יש ל-hebrew-nlp?", what does hebrew-nlp have?) it is still asked about.
 */
function unreadStatementAroundName(text: string): boolean {
  if (!UNREAD_RTL.test(text)) return false;
  return (!text.includes('?') && !text.includes('\u061f')) || NAMED_FIRST_RTL.test(text);
}
const UNREAD_RTL = /[\u0590-\u05ff\u0600-\u06ff]/;
/**
 * (A question opened by a colleague's name and a comma, "فيصل، ممكن تسوي المفتاح لـ X؟" (Faisal, could you make X's
 * key?), "דני, תוכל לפתוח את המפתח …?", "کاک ئاراس، …؟": put to that person, not the bot; a greeting is no name.)
 */
const NAMED_FIRST_RTL =
  /^\s*(?!(?:سلام|مرحبا|هلا|اهلا|أهلا|صباح|مساء|שלום|היי|בוקר|سڵاو|درود)[\s,،])(?:[\u0590-\u05ff\u0621-\u06d5]+\s+){0,1}[\u0590-\u05ff\u0621-\u06d5]+\s*[,،]/;

/**
 * asks29: whether someone else may still do the trade's thing, for a while ("customer's licence expiring next
 * week, can he still rent for 10 days?", "his visa ends in March, can he still lease for 6 months?"): a question
 * about a customer's, a renter's or a colleague's doing, nothing of ours named; its span is theirs, no token's
 * lifetime. Getting, having or using something ("can she get a token for 2h", "can they use it for a day") and a
 * verb of ours ("can they rotate it") are left to the other rules.
 */
const THIRD_PERSON_MAY =
  /\b(?:can|could|may|will)\s+(?:he|she|they|the\s+(?!bot\b)[a-z]+)\s+(?:still\s+|also\s+|even\s+|then\s+)?([a-z]+)\b/;
const THEIRS_ASKED_OF_US = new Set(
  'get have use borrow share keep access call run receive be log login sign see ask request need want'.split(
    ' ',
  ),
);
const otherMayStill: Rule = ({ p, has, hasKey, action, result }) => {
  if (!(p.text.includes('he ') || p.text.includes('they ') || p.text.includes('the ')) || hasKey || action)
    return null;
  if (has('Bedrock') || has('Provider') || has('Models') || p.keyIds.length > 0 || !p.text.includes('?'))
    return null;
  const m = THIRD_PERSON_MAY.exec(p.text);
  return m !== null && !THEIRS_ASKED_OF_US.has(m[1] ?? '')
    ? result('unknown', 'high', 'whether another may do their thing')
    : null;
};

const RULES: Rule[] = [
  greetingOnly,
  notOursQuestion,
  kindsWeighedAsked,
  unitsAsked,
  othersThings,
  othersSystem,
  otherTrade,
  otherMayStill,
  // (Before everyday: "is it fine to keep the api key in our vault with the EPOS passwords?" asks about
  // keeping our key, whatever else is kept with it.)
  keptSafely,
  credentialGoesIn,
  wordOtherSense,
  tradeRegionsNamed,
  everyday,
  pause,
  otherSense,
  modelTokens,
  awayMessage,
  habitTold,
  leaveSpanTold,
  keyShownAgain,
  peopleAsked,
  approvalsQuestion,
  registeredAsked,
  capabilityQuestion,
  botQuestion,
  helpRequest,
  tokenInHand,
  tokenLent,
  supposedToken,
  tokenSpanQuestion,
  botWorksWhere,
  regionBoundAsked,
  bedrockForAPerson,
  peopleAccessToBot,
  howToQuestion,
  spend,
  pastQuestion,
  removal,
  renewal,
  recordTold,
  historyOrModels,
  ownersTold,
  listOrDetails,
  serviceStatus,
  credentials,
];

/** The rules' reading of a prepared text (negations already cut out by the caller). */
/**
 * "revoke AKIA…P scratch that AKIA…Q", "revoke AKIA…P, sorry, it's AKIA…Q": the key named last
 * replaces the first only when it stands right after the correction and ends its sentence. "revoke
 * AKIA…P, actually keep AKIA…Q, ci uses it" names a key to keep: the first is the one to revoke.
 */
const KEY_ID_CORRECTED = correctedValue('xxkeyid', String.raw`\s*(?:[.!]|$)`);
/** "revoke A and B, no, just B": the one key kept after a "no" narrows the request to it. */
const ONLY_KEY_ID =
  /\b(?:no|nah|nope|wait|actually|sorry)\b[\s,.;:!-]+(?:just|only)\s+(?:the\s+)?(?:key\s+)?xxkeyid\s*(?:[.!,;]|$)/;
/**
 * The key ID a request names: the first; the one kept after "no, just" ("revoke A and B, no, just B, A
 * is still used"); or, after a correction, the one named last ("revoke A… scratch that B…").
 */
function statedKeyId(p: Prepared): string | null {
  if (p.keyIds.length > 1) {
    const only = ONLY_KEY_ID.exec(p.text);
    if (only !== null) {
      const at = p.text.slice(0, only.index + only[0].length).split('xxkeyid').length - 2;
      return p.keyIds[at] ?? null;
    }
    if (p.corrected && KEY_ID_CORRECTED.test(p.text)) return p.keyIds[p.keyIds.length - 1] ?? null;
  }
  return p.keyIds[0] ?? null;
}

/** A period right after a correction marker ("… for march, no wait, for april"), not a clause's subject. */
const PERIOD_CORRECTED = correctedValue('xxperiod', String.raw`\b(?!\s+(?:we|i|they|you|is|was|are|were)\b)`);

/**
 * The request's period: of several, the one a correction marker stands right before ("audit log for
 * march, sorry, for april"); else the first ("history for sales in march, sorry, I meant growth, the
 * one from april is fine": the correction is of the unit, the later period is told of).
 */
function correctedPeriod(p: Prepared): StatedPeriod | null {
  // (fix57: a quarter is the period only where no other is, periods.ts.)
  if (p.periods.length === 0) return p.quarter ?? null;
  if (!p.corrected || p.periods.length < 2) return p.periods[0] ?? null;
  const m = PERIOD_CORRECTED.exec(p.text);
  if (m === null) return p.periods[0] ?? null;
  const before = p.text.slice(0, m.index + m[0].length).match(/\bxxperiod\b/g)?.length ?? 1;
  return p.periods[before - 1] ?? p.periods[p.periods.length - 1] ?? null;
}

export function applyRules(p: Prepared): ParseResult {
  const reading = read(p);
  // fix55: a change told as done or noted for later (told-not-asked.ts) is nothing asked, whatever else it names.
  // fix55: a question about our things (asked-about-not-for.ts), no lifetime or key ID stated, is read on past the
  // actions, to a reading that does nothing, else help at low confidence (the classifier tells help from a read or
  // from nothing: "who has long-term access keys?" lists, "is my key request approved yet?" asks nothing of the bot).
  const askedAbout =
    p.keyIds.length === 0 && p.durations.length === 0 && askedAboutNotFor(p.text)
      ? 'help'
      : p.durations.length === 0 && toldNotAsked(p.text)
        ? 'unknown'
        : null;
  let heldBack: ParseResult | null = null;
  for (const rule of RULES) {
    const parsed = rule(reading);
    if (parsed === null) continue;
    if (
      askedAbout !== null &&
      ACTS.has(parsed.intent) &&
      parsed.confidence >= 0.7 &&
      (askedAbout === 'unknown' || parsed.businessUnit === null)
    ) {
      // (A change told as done asks for no read either: "deprovisioned proto-x last week, noting it for the audit".)
      // (Read as nothing from the text's own slots, as a text no rule reads is: none of the action's.)
      if (askedAbout === 'unknown') return reading.result('unknown', 'low', TOLD_NOT_ASKED_REASON);
      heldBack ??= parsed;
      continue;
    }
    if (heldBack !== null && ACTS.has(parsed.intent)) continue;
    return parsed;
  }
  if (heldBack !== null)
    return {
      ...heldBack,
      intent: 'help',
      confidence: Math.min(heldBack.confidence, 0.5),
      reason: ASKED_ABOUT_REASON,
    };
  return rest(reading) ?? reading.result('unknown', 'low', 'not a request to this bot');
}
/** The rules' reason for a question about our things, read on past an action (asked-about-not-for.ts). */
export const ASKED_ABOUT_REASON = 'asks about our things, not for them';
/** The rules' reason for a change told as done or noted for later (told-not-asked.ts). */
export const TOLD_NOT_ASKED_REASON = 'a change told as done or noted for later';
