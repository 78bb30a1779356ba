/**
 * Remarks that use our words and ask nothing (round twenty-five, after the classifier's retrain: each was
 * read right only by the classifier's margin, so a rule decides):
 *  - another party's own secret told of ("the client pasted their own AWS secret into the Teams chat"): no
 *    credential of ours is in it, so there is nothing to rotate or list;
 *  - a remark on the bot's looks or name ("the bot's avatar is a rock. bedrock. i get it");
 *  - a joke, pun or riddle given as one ("joke of the day: a key change token changes keys, not tokens");
 *  - a leak doubted to colleagues ("is it even confirmed the beer-recs key leaked?");
 *  - who issues another thing, asked of colleagues ("needs a reader pass, who issues those?", story26: "pre-clearance
 *    for my personal trade in MSFT — who approves that?");
 *  - story26: what the bot shows, judged ("the list of units the bot shows is way longer than I expected", "the
 *    units list looks so much cleaner now"): an opinion of a reading, not a reading asked;
 *  - fix53d: thanks for a credential had, in the English of any writer or a word of thanks of their own ("thanks
 *    for token, works now", "obrigado pelo token 🙏", "valeu pela chave", "salamat po sa token", "gracias por la
 *    key", "dzięki za klucz"): a credential had, not asked for (read as "token" it was asked again).
 * Read on the whole message lowercased; none holds when the text also asks for something of ours.
 */

import { asksOurs } from './ours-named.js';

const LOOK =
  /(?:thank|thx|tnx|\bty\b|cheers|obrigad|brigad|valeu|vlw|gracias|merci|dzi[eę]k|salamat|danke|grazie)|\b(?:own|bot(?:'|’)?s|joke|jokes|pun|riddle|confirmed|true|sure|certain|verified|who|list)\b/;

const OTHERS_OWN_SECRET =
  /\b(?:client|customer|vendor|supplier|partner|agency|contractor|candidate|user|student|intern)s?\s+(?:[a-z]+\s+){0,2}?(?:pasted|posted|shared|leaked|sent|committed|put|dropped|emailed|published|pushed)\s+(?:their|his|her|its)\s+own\s+(?:[a-z]+\s+){0,2}?(?:secrets?|keys?|credentials?|creds|passwords?|tokens?)\b/;

const BOT_LOOKS =
  /\b(?:the\s+)?(?:bot|bedrock[\s_-]?bot)(?:'|’)?s\s+(?:avatar|icon|logo|name|profile\s+pic(?:ture)?|pfp|emoji|picture|photo|colou?rs?|font|voice|personality|tone|sense\s+of\s+humou?r)\s+(?:is|was|looks|sounds|feels)\b/;

const JOKE_LABEL =
  /(?:^|[.!;\n])\W*(?:[a-z0-9_']+\s+){0,2}?(?:joke|jokes|dad\s+joke|pun|riddle|fun\s+fact|shower\s+thought|hot\s+take)(?:\s+of\s+the\s+(?:day|week|month))?\s*:/;

const LEAK_DOUBTED =
  /(?:^|[.!?;\n])\W*(?:(?:so|but|wait|hmm+|ok)\W+)?(?:is|was|are)\s+(?:it|this|that)\s+(?:even\s+|actually\s+|really\s+|already\s+|100%\s+)?(?:confirmed|true|certain|sure|known|clear|verified|proven)\s+(?:that\s+)?(?:the\s+)?[a-z0-9_-]+\s+(?:key|keys|token|creds?|credentials?)\s+(?:was\s+|were\s+|got\s+|has\s+been\s+|have\s+been\s+|really\s+|actually\s+)?(?:leaked|exposed|compromised|stolen|shared)\s*\?/;

const WHO_ISSUES_THOSE =
  /\bwho\s+(?:issues?|approves?|hands?\s+out|gives?\s+out|signs?\s+off|grants?|handles?|manages?|looks?\s+after|sorts?\s+out|renews?)\s+(?:those|these|them|that|this)\s*(?:[?.!,;)]|$)/;

/**
 * fix53d: thanks for a credential had, opening the message or a clause: a word of thanks (English, Portuguese,
 * Spanish, French, Polish, Tagalog, German, Italian), its "for" (pelo/pela, por, pour, za, sa) and a credential's
 * noun in those languages. What follows may tell it works, never ask (ASKS, MORE_ASKED).
 */
const THANKS_FOR_CREDENTIAL =
  /(?:^|[.!,;:\n]\s*|\b(?:ok|okay|great|nice|cool|perfect|works|working|now|o)\s+)(?:(?:many|big|maraming|muito|muchas)\s+)?(?:thanks?|thank\s+(?:you|u)|thx|tnx|ty|cheers|obrigad[oa]s?|brigad[oa]|valeu|vlw|gracias|merci|dzi[eę]ki|dziekuje|dziękuję|salamat|danke|grazie)(?:\s+(?:a\s+lot|so\s+much|again|man|bro|guys|mate|po|ha|mesmo|demais|mano|pessoal|amigo|beaucoup|mille|wielkie|bardzo|schön))*\s*,?\s+(?:for|pelo|pela|pelos|pelas|por|pour|za|sa|f[üu]r|per)\s+(?:(?:the|my|your|ur|that|this|o|a|el|la|tu|le|ton|votre|den|die|il|la)\s+)?(?:(?:new|quick|fresh|novo|nova|nuevo|nueva)\s+)?(?:tokens?|keys?|api\s+keys?|access\s+keys?|creds?|credentials?|access|acesso|chaves?|claves?|llaves?|cl[ée]s?|klucz[ay]?|schl[üu]ssel|chiavi|chiave)\b/;
/** More asked after thanks: "…, now one for staging", "…, another for 4h?", "…, outro pra prod". */
const MORE_ASKED =
  /\?|\b(?:another|one\s+more|also|too|again|need|want|outr[oa]|otr[oa]|mais\s+um|one\s+for|extend|renew|longer)\b|\b\d+\s*(?:h|hrs?|hours?|mins?|d|days?)\b/;

/**
 * story26: a list the bot shows, judged at the message's start: "the list of units the bot shows is way longer than
 * I expected", "the units list looks so much cleaner now". (A subject of at most 60 characters, then a verb of
 * seeming and a judgement.)
 */
const LIST_JUDGED =
  /^[\s*_]*(?:the|our|that|this|your|ur)\s+(?:list\s+of\s+[a-z]+|[a-z]+\s+list)\b[^.?!\n]{0,60}?\s(?:is|looks|seems|was|feels|got|has\s+got|has\s+become|became)\s+(?:(?:so|way|much|a\s+lot|really|pretty|super|too|kinda|quite|a\s+bit|now|already|getting)\s+){0,3}(?:longer|shorter|long|short|cleaner|clean|better|worse|nicer|nice|huge|massive|great|confusing|messy|weird|bigger|smaller|faster|slower|empty|handy|useful|neat|tidy|readable|unreadable|overwhelming|outdated|wrong|off)\b/;
/** Words that ask for the list after all ("…, can you show it again?", "…, list them pls"). */
const LIST_ASKED = /\?|\b(?:please|pls|plz|can|could|show|list\s+(?:them|the|all|our)|give|send|again)\b/;

/** Words of ours that a remark never holds: a credential, Bedrock, a lifetime, a key ID. */
const OURS =
  /\b(?:keys?|tokens?|api[\s_-]?keys?|creds?|credentials?|bedrock|akia[a-z0-9]+)\b|\b\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|mins?|minutes?|d|days?)\b/;

/** A lifetime stated ("2h", "90 days"). */
const LIFETIME = /\b\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|mins?|minutes?|d|days?)\b/;

/** Words that ask this bot for something of ours: then the text is no remark. */
const ASKS =
  /\b(?:please|pls|plz|can\s+(?:you|u|i)|could\s+(?:you|u|i)|rotate|revoke|deprovision|regenerate|create|issue|give\s+me|need\s+(?:a|an|the))\b/;

/** The text is one of the remarks above and asks nothing of ours (whole message, lowercased). */
export function remarkTold(text: string): boolean {
  if (!LOOK.test(text)) return false;
  if (OTHERS_OWN_SECRET.test(text) || BOT_LOOKS.test(text) || JOKE_LABEL.test(text))
    return !ASKS.test(text) && !LIFETIME.test(text);
  if (LEAK_DOUBTED.test(text)) return !ASKS.test(text);
  if (THANKS_FOR_CREDENTIAL.test(text)) return !ASKS.test(text) && !MORE_ASKED.test(text);
  if (text.includes('list') && LIST_JUDGED.test(text)) return !LIST_ASKED.test(text);
  return WHO_ISSUES_THOSE.test(text) && !OURS.test(text) && !asksOurs(text);
}
