/**
 * things26: a thing of another trade named by a name or a code before its noun, as the object of our verb or
 * of a key ("new key for the CCTV-3 box", "deprovision the Titan crane", "rotate Bay-4 and Bay-5 staff",
 * "Claude needs a new key for the wine cellar"): a physical thing, its key one a locksmith cuts, its staff
 * people moved between shifts. No credential of ours, whatever its name looks like (a code reads as a
 * unit's, a proper name may be a model's), unless one of ours is named as well ("an api key for the CCTV-3
 * box", "a bedrock key for …", a token, AI, a model) or a unit is ("unit cctv-3"). The thing's noun ends the
 * phrase, or its key does ("rotate the gym-3 box key"): "the cctv-analytics team", "the van routing service" are
 * ours, "the press build keys" a kind of key. (The code after the noun, "locker
 * B12", "van 7", is mood.ts codedThing's.)
 */

/** Things a key opens or starts, plant and vehicles, and the staff of a place. */
const THING =
  '(?:box|boxes|crane|cranes|cellar|cellars|staff|cabinet|cabinets|locker|lockers|kiln|kilns|press|pump|pumps|' +
  'boiler|boilers|tank|tanks|hoist|forklift|forklifts|truck|trucks|van|vans|lorry|tractor|trailer|excavator|' +
  'digger|mower|boat|barge|bus|minibus|car|bike|scooter|camera|cameras|freezer|fridge|oven|fryer|shed|' +
  'hut|cage|gate|door|doors|turnstile|barrier|lift|elevator|garage|storeroom|cupboard|drawer|padlock|chiller|' +
  'compressor|warehouse|safe|room|rooms|vault|silo|silos|hopper|trolley|trolleys|container|containers|lathe|mixer|winch)';
/**
 * sweep27: the machines of a shop floor, a gym or a surgery, taken out of service ("deprovision the self-checkout
 * SC-2 kiosk", "the Bay-4 card terminal", "the gym-2 treadmills"; a till only with its own code, "the Sky-Bar
 * till T-2", "till" being "until" too). Only as our verb's object: a key for a kiosk or a terminal may be ours,
 * software running on it ("the Design studio needs a key for the interactive label kiosk").
 */
const MACHINE =
  '(?:kiosks?|terminals?|treadmills?|scanners?|heaters?|machines?|simulators?|printers?|copiers?|photocopiers?|tills?(?=\\s+[a-z]{0,4}[-_]?\\d))';
/** Our verbs that take a unit or its key as object, and a key (or what one opens with) for a thing. */
const TAKES =
  '(?:(?:keys?|fobs?)\\s+(?:for|to|of)|(?:rotate|revoke|deprovision|deprov|decommission|decom|offboard|disable|retire|remove|delete|kill|cancel|replace|reset|renew|cycle)(?:\\s+(?:all|every))?)';
/** A word of the thing's name: no function word ("a key in the staff newsletter", "keep the old key alive"). */
// (sweep27: or a code or a hyphenated name, "the Sky-Bar till T-2", "the self-checkout SC-2 kiosk"; never a
// key, "rotate the ads key till friday".)
const NAME_WORD =
  '(?!(?:in|at|on|from|with|into|by|to|for|of|is|are|was|were|be|it|its|keep|keeps|and|or|but|so|as|if|until|then|than|that|this|which|who|i|we|you|they|he|she|me|us|them|my|our|your|their|his|her|keys?)\\b)[a-z][a-z0-9_]*(?:-[a-z0-9]+){0,2}';
/** What may follow the thing's noun: the phrase ends there ("the press build keys" is a kind of key). */
const PHRASE_END =
  '(?=\\s*(?:$|[.,;:!?)\\n]|(?:for|in|at|on|from|with|please|pls|plz|asap|today|now|so|since|because|as|and|or|but|' +
  'it|its|that|which|who|we|i|he|she|they|the|a|an|is|was|has|had|needs|again|too|lol|thanks|thx|before|after|' +
  'by|next|this|tomorrow|tonight|when|if|till|until)\\b))';

const THING_OBJECT = new RegExp(
  String.raw`\b${TAKES}\s+(?:(?:the|our|my|a|an|this|that|new|old|spare)\s+){0,2}` +
    String.raw`(?:${NAME_WORD}\s+(?:and\s+${NAME_WORD}\s+)?){1,2}${THING}(?:\s+[a-z]{0,4}-?\d{1,4}(?![\w-]))?(?:\s+(?:keys?|fobs?))?${PHRASE_END}`,
);
/** A machine as our verb's object (no key for it), its own code after it allowed ("the Sky-Bar till T-2"). */
const MACHINE_OBJECT = new RegExp(
  String.raw`\b(?:deprovision|deprov|decommission|decom|offboard|disable|retire|remove|delete|kill|revoke|rotate)\s+(?:(?:the|our|my|a|an|this|that|old|all)\s+){0,2}` +
    String.raw`(?:${NAME_WORD}\s+(?:and\s+${NAME_WORD}\s+)?){1,2}${MACHINE}(?:\s+[a-z]{0,4}[-_]?\d{1,4}(?![\w-]))?${PHRASE_END}`,
);
const MACHINE_HINT = /kiosk|terminal|treadmill|scanner|heater|machine|simulator|printer|copier|till/;
/**
 * A key taken to a machine, not one that opens it ("copied the growth key to the build box"; a key "on the
 * jenkins box" is where it is kept and never read as one for it).
 */
const KEY_MOVED_TO =
  /\b(?:copied|copy|pasted|paste|sent|send|moved|move|pushed|push|uploaded|upload|deployed|deploy|added|add|put|saved|save|wrote|committed|leaked|posted|shared|synced|baked)\b[^.!?\n]{0,40}?\bkeys?\s+to\b/;
/** A cheap test first: one of the things' nouns. */
const THING_HINT = new RegExp(String.raw`\b${THING}\b`);
/** A credential of ours, Bedrock, AWS, AI or a model, or a unit, named anywhere. */
const OURS_NAMED =
  /\b(?:api|aws|bedrock|api_keys?|access_keys?|tokens?|secrets?|credentials?|creds|xxkeyid|xxsecret|xxregion|xxemail|iam|ai|genai|llms?|models?|unit|units|bu)\b/;

/** Is the text's object a physical thing named by a name or a code before its noun, with nothing of ours named? */
export function physicalThingAsked(text: string): boolean {
  return (
    ((THING_HINT.test(text) && THING_OBJECT.test(text)) ||
      (MACHINE_HINT.test(text) && MACHINE_OBJECT.test(text))) &&
    !OURS_NAMED.test(text) &&
    !KEY_MOVED_TO.test(text)
  );
}
