/**
 * Two kinds of message about a credential that ask for none (round fifteen; README "help carries no
 * lifetime" and "help or unknown"). Both read the prepared text (lowercase, a lifetime as `xxdur`).
 *  - A question hedged as curiosity or put on someone else's condition: "just curious, could I have a
 *    12h token for my boss if he asked?", "out of curiosity, can a contractor get a 6h token?", "say my
 *    boss wanted a 12h token, could I get it for him?", "… if my manager agrees?", "hypothetically, could
 *    I get a 16h token?", "with my manager's approval (with approval from my manager), could I get a 24h token?", "assuming my lead
 *    approves, can I have a token for a day?" (round sixteen): whether such a token can be had, not one
 *    asked for (help); "with approval from Sam, token 6h please" and "my manager approved, token for 8h"
 *    ask (no question; approval given). "Is it possible to get a token for 3h?" and "I was wondering
 *    if you could give me a token" stay requests: they hedge nothing.
 *  - A report of how a credential did, told: "just tested: a 12h token survives a whole conference day",
 *    "the 2h token expired mid-demo", "a 3h token covers a lecture block, 10/10": the token is the
 *    subject of what it did or does, and nothing is asked for (unknown).
 */

/** Curiosity said in so many words, a supposition about someone else, or a condition on their say. */
const HEDGED =
  /\b(?:just\s+curious|curious(?:ly)?\s*[,:;-]|i'?m\s+curious|out\s+of\s+(?:pure\s+)?curiosity|(?:just|only)\s+wondering|hypothetically|theoretically|in\s+(?:theory|principle))\b|\bif\s+(?:he|she|they|someone|somebody|anyone|(?:my|our|their|his|her|the|a|an)\s+(?:[a-z_]+\s+)?[a-z_]+)\s+(?:ever\s+|really\s+|actually\s+)?(?:asked|asks|needed|needs|wanted|wants|agreed|agrees|approved|approves|requested|requests|insisted|insists|okayed|okays|okays?\s+(?:it|this|that)|signs\s+off|signed\s+off|signs\s+(?:it|this|that)\s+off|signed\s+(?:it|this|that)\s+off|says\s+(?:yes|ok|okay)|gives\s+(?:the\s+|(?:me|us)\s+the\s+)?(?:ok|okay|go[\s_-]?ahead|green\s+light)|is\s+(?:ok|okay|fine)\s+with\s+it)\b|^\W*(?:let'?s\s+)?(?:say|suppose|imagine)\s+(?:my|our|a|an|the|someone|somebody|he|she|they)\b|\b(?:assuming|provided|providing|supposing)\s+(?:that\s+)?(?:he|she|they|someone|somebody|(?:my|our|their|his|her|the|a|an)\s+(?:[a-z_]+\s+)?[a-z_]+)\s+(?:approves|agrees|signs\s+off|okays|okay|oks|ok|allows|lets|says\s+(?:yes|ok|okay))\b|\bwith\s+(?:my|our|their|his|her|the)\s+(?:[a-z_]+\s+)?[a-z_]+'s?\s+(?:approval|sign[\s_-]?off|blessing|permission|ok|okay|go[\s_-]?ahead)\b|\bwith\s+(?:the\s+)?(?:approval|sign[\s_-]?off|blessing|permission)\s+(?:of|from)\s+(?:my|our|their|his|her)\s+(?:[a-z_]+\s+)?[a-z_]+\b/;

/** A hedged question about a credential: for help, never acted on. */
export function hedgedQuestion(text: string): boolean {
  return (
    (text.includes('if ') ||
      /curio|wonder|theor|hypoth|princip|say|suppos|imagin|assum|provid|with/.test(text)) &&
    HEDGED.test(text)
  );
}

/**
 * Whether one may have it, asked without its question mark (round seventeen): "in theory could i get a
 * token for a day", "if my manager agrees could i have a token for xxdur", "can i get a token for someone
 * else". Only with a hedge (hedgedQuestion); "could i get a token for xxdur" alone is a polite request,
 * and so is a hedged one asked for all the same ("… token for xxdur please").
 */
const MAY_I_HAVE =
  /\b(?:can|could|may)\s+(?:i|we|u)\s+(?:even\s+|still\s+|also\s+)?(?:get|have|request|obtain|grab|be\s+given)\b/;
const ASKED_ANYWAY = /\b(?:please|pls|plz|asap|thanks|thx|ty)\b/;
/** One for another person, no one named ("… a token for someone else"): whether the bot offers it. */
const FOR_SOMEONE_ELSE =
  /\b(?:tokens?|keys?|api_keys?)\s+for\s+(?:someone|somebody|some\s+one|another\s+(?:person|user|colleague))(?:\s+else)?\s*$/;
/**
 * "in theory" and the like hedge only before the request ("… for xxdur, in theory the cli picks it up"), or as the
 * message's last words (fix46a, tuned-rides: "can i get a token for 2 days, in theory", "… secara teori je": the
 * afterthought of one asking whether, with at most a particle after it).
 */
const IN_THEORY =
  /\b(?:in\s+(?:theory|principle)|theoretically|hypothetically)\b(?!\s*(?:only|just|je|aja|sih|lah|ya)?\s*[.!]*\s*$)/g;
export function hedgedUnmarked(text: string): boolean {
  const may = MAY_I_HAVE.exec(text);
  if (may === null || ASKED_ANYWAY.test(text)) return false;
  if (FOR_SOMEONE_ELSE.test(text.trim())) return true;
  const head = text.slice(0, may.index);
  const tail = text.slice(may.index).replace(IN_THEORY, ' ');
  return hedgedQuestion(`${head}${tail}`);
}

/** A credential as the subject of what it did or does: "a xxdur token survives", "the key worked". */
const CREDENTIAL_DID =
  /\b(?:a|the|my|our|that|this|your|one|each)\s+(?:xxdur\s+|new\s+|short_term\s+|bedrock\s+)*(?:token|tokens|api_key|key)\s+(?:(?:i|we)\s+got\s+)?(?:(?:really|actually|easily|just|still|totally|even)\s+)?(?:survives?|survived|lasted|lasts|worked|works|expired|held\s+up|holds\s+up|made\s+it|makes\s+it|covers|covered|ran\s+out|runs\s+out|died|dies|(?:is|was)\s+(?:plenty|enough|perfect|great|fine)|did\s+the\s+(?:job|trick)|does\s+the\s+(?:job|trick))\b/;
/**
 * A credential tried, then what it did: "tried a 6h token yesterday, lasted through the demo". (A lifetime
 * the story's values took out leaves a comma in its place.)
 */
const TRIED_THEN =
  /\b(?:tried|tested|used|took)\s+(?:a|the|my|our|one)\s+(?:(?:xxdur|,)\s+|new\s+|bedrock\s+)*(?:token|api_key|key)\b[^.!?;]{0,40}?\b(?:lasted|survived|worked|expired|held\s+up|made\s+it|covered|ran\s+out|died)\b/;
/** Anything that asks: a question, a need or wish, a polite word, a request frame. */
const ASKS =
  /\?|\b(?:need|needs|want|wants|wanna|pls|plz|please|give|gimme|send|issue|another|asap|request|(?:can|could|may)\s+(?:you|u|i|we)|i'?d\s+like)\b|\bnew\s+(?:one|tokens?|keys?|api_keys?)\b|\bfresh\b/;

/**
 * One of the bot's own actions said as a command, at the head of a clause: "my key expired yesterday,
 * rotate it", "the growth key stopped working. rotate the growth key", "… so renew the ads token".
 */
const ACTION_ASKED =
  /(?:^|[.,;:!\n(—–-]\s*|\b(?:so|then|and|just|now|pls|please)\s+)(?:rotate|revoke|deprovision|create|issue|reissue|renew|replace|regenerate|refresh|extend|cycle|delete|remove|disable|suspend|offboard)\s+(?:it|them|that|this|the|a|an|my|our|their|its|all|both|every|xx[a-z]+|[a-z0-9_-]+'s)\b/;

/**
 * known25: a clause that opens with a credential and its lifetime, after the report ("my token ran out, token for
 * 2h"): a new one asked, as a sentence of its own would ask.
 */
const ASKED_AGAIN_IN_CLAUSE =
  /(?:^|[,;:\n—–]|\s-)\s*(?:(?:a|another|new|one|fresh)\s+)?(?:token|api_key|key)\s+(?:for\s+)?xxdur\b/;

/** A check the credential is for, right before what it does: "… to check the key works", "to see if the token lasts". */
const CHECK_BEFORE =
  /\b(?:check|see|test|verify|confirm|make\s+sure|prove|find\s+out)\s+(?:(?:that|if|whether)\s+)?$/;

/** A told report of how a credential did (tested, reviewed): nothing asked of the bot. */
export function reportOfUse(text: string): boolean {
  if (
    !(text.includes('token') || text.includes('key')) ||
    ASKS.test(text) ||
    ACTION_ASKED.test(text) ||
    (text.includes('xxdur') && ASKED_AGAIN_IN_CLAUSE.test(text))
  )
    return false;
  const told = CREDENTIAL_DID.exec(text) ?? TRIED_THEN.exec(text);
  if (told === null) return false;
  // (fixcorpus30: "bot token 5 min just to check the key works": what the credential asked for is to show, a purpose,
  // no report of what one did.)
  if (CHECK_BEFORE.test(text.slice(Math.max(0, told.index - 40), told.index))) return false;
  // ("the token ran out mid-run … two and a half hours should do it this time": a lifetime in another
  // sentence is asked for.)
  if (!text.includes('xxdur')) return true;
  const start = Math.max(text.lastIndexOf('.', told.index), text.lastIndexOf('\n', told.index)) + 1;
  const end = text.slice(told.index).search(/[.!?\n]/);
  const sentence = text.slice(start, end < 0 ? text.length : told.index + end);
  return text.split('xxdur').length === sentence.split('xxdur').length;
}
