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
  'compressor|warehouse|safe|room|rooms|vault|silo|silos|hopper|trolley|trolleys|container|containers|lathe|mixer|winch|' +
  // (sweep28: a block of rooms, cages, a fuel bowser, a tug, a hearse: "new key for the shower block", "keys for Hall-3 cages".)
  'cages|block|blocks|bowser|bowsers|mowers|tug|tugs|hearse|hearses|belt|belts|conveyor|conveyors|carousel|carousels|' +
  'kennel|kennels|' +
  // (sweep29: a lock, a lock box, a shutter, an ignition, a dwelling: "new key for the Bay-4 roller shutter", "key for the
  // SB-1 ignition", "the Vault-3 prop lock", "keys for the Block-C flats", "the Plot-9 caravan".)
  // (A lock or a lock box only after a name, "the Room-3 lockbox": "revoke the lockbox key" may name a unit.)
  '(?<!\\b(?:the|a|an|our|my)\\s)(?:lock|locks|lockbox|lockboxes)|shutter|shutters|ignition|ignitions|flat|flats|apartment|apartments|caravan|caravans)';
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
// (sweep29: nor a group noun, which names a unit called like a thing: "an access key for team Lockbox".)
const NAME_WORD =
  '(?!(?:in|at|on|from|with|into|by|to|for|of|is|are|was|were|be|it|its|keep|keeps|and|or|but|so|as|if|until|then|than|that|this|which|who|i|we|you|they|he|she|me|us|them|my|our|your|their|his|her|keys?|team|teams|squad|project|programme|program)\\b)[a-z][a-z0-9_]*(?:-[a-z0-9]+){0,2}';
/** What may follow the thing's noun: the phrase ends there ("the press build keys" is a kind of key). */
const PHRASE_END =
  '(?=\\s*(?:$|[.,;:!?)\\n]|(?:for|in|at|on|from|with|please|pls|plz|asap|today|now|so|since|because|as|and|or|but|' +
  'it|its|that|which|who|we|i|he|she|they|the|a|an|is|was|has|had|needs|again|too|lol|thanks|thx|before|after|' +
  'by|next|this|tomorrow|tonight|when|if|till|until)\\b))';

const THING_OBJECT = new RegExp(
  String.raw`\b${TAKES}\s+(?:(?:the|our|my|a|an|this|that|new|old|spare|their|its|his|her)\s+){0,2}` +
    // (sweep28: up to three words of its name, "the Bond-St salon front door", "the A320-neo tow bar cabinet".)
    String.raw`(?:${NAME_WORD}\s+(?:and\s+${NAME_WORD}\s+)?){1,3}${THING}(?:\s+[a-z]{0,4}[-_]?\d{1,4}(?![\w-]))?(?:\s+(?:keys?|fobs?))?${PHRASE_END}`,
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
/** A lifetime or a value of ours lifted out ("rotate growth's for 30 days"): the possessive is a unit's. */
const LIFETIME_WORD = /\b(?:xxdur|xxperiod|xxkeyid|xxregion|days?|hours?)\b/;
/** A cheap test first: one of the things' nouns. */
const THING_HINT = new RegExp(String.raw`\b${THING}\b`);
/** A credential of ours, Bedrock, AWS, AI or a model, or a unit, named anywhere. */
const OURS_NAMED =
  /\b(?:api|aws|bedrock|api_keys?|access_keys?|tokens?|secrets?|credentials?|creds|xxkeyid|xxsecret|xxregion|xxemail|iam|ai|genai|llms?|models?|unit|units|bu)\b/;

/**
 * sweep28: plant called a "unit" by its trade ("the cold room unit CR-1", "the air handling unit", "the ground power
 * unit", "the rooftop unit RTU-3"): a machine, its "unit" no business unit. Words written apart before "unit" (a
 * unit of ours is written as one name, "the cold-chain unit", "the power-bi unit").
 */
const PLANT_UNIT =
  /\b(?:cold\s+room|cold\s+store|air\s+handling|(?:ground|hydraulic|auxiliary)\s+power|roof_?top|roof\s+top|refrigeration|refrigerated|cooling|condensing|condenser|fan\s+coil|heat\s+pump|air_?con(?:ditioning)?|air\s+con(?:ditioning)?|hvac|dialysis|x_ray)\s+units?(?:\s+[a-z]{1,4}_?\d{1,4}(?![\w-]))?\b/g;
/** Our verb taking out a plant "unit" ("deprovision the old cold room unit CR-1", "retire the refrigeration unit at …"). */
const PLANT_OBJECT =
  /\b(?:deprovision|deprov|decommission|decom|retire|remove|replace|disable|kill|scrap)\s+(?:(?:the|our|a|an|this|that|old|new|spare|broken)\s+){0,2}(?:[a-z0-9_]+\s+){0,2}?(?:cold|air|ground|hydraulic|auxiliary|roof_?top|roof|refrigerat\w*|cooling|condens\w*|fan|heat|air_?con\w*|hvac|dialysis|x_ray)\s/;
/** The "unit"'s trade word, a cheap look before PLANT_UNIT. */
const PLANT_HINT = / units?\b/;
/**
 * sweep28: a thing named by a bare code taken out of service, with its breakdown told ("decommission CRAC-3, the
 * compressor died", "deprovision HB-12 — gearbox is gone and the MOT ran out", "… keeps tripping"), or its
 * removal ("decommission Press-4, it's being shipped to Poland"): a machine. A unit of ours named by a code is taken
 * out for a project's or a trial's end, never for a part that failed.
 */
const CODE_OBJECT =
  /\b(?:deprovision|deprov|decommission|decom|retire|scrap)\s+(?:(?:the|old)\s+)?[a-z]{1,5}_\d{1,4}[a-z]?(?![\w-])/;
const BREAKDOWN =
  /\b(?:compressors?|gearbox|hydraulics?|engine|motor|fan|brakes?|clutch|tyres?|tires?|mot|battery|batteries|bearings?|belt|radiator|exhaust|hull|frame|chassis|axle|fuse|wiring|drum|element|thermostat|seals?|hinge|door)\b[^.!?\n]{0,30}?\b(?:died|dead|gone|shot|failed|fails|burnt|burned|blown|seized|cracked|leaking|leaks|broke|broken|snapped|tripping|trips|ran\s+out|packed\s+up|knackered|kaput|rusted)\b|\b(?:keeps|kept)\s+(?:tripping|overheating|leaking|icing|breaking|stalling|jamming|failing)\b|\bfailed\s+(?:its|the)\s+(?:mot|inspection|loler|service)\b|\bbeyond\s+(?:economic\s+)?repair\b|\b(?:being|been|to\s+be|gets?|getting)\s+(?:shipped|scrapped|towed|auctioned|craned|crushed|dismantled|broken\s+up)\b|\b(?:to|for)\s+(?:scrap|the\s+breakers)\b/;
/**
 * sweep28: a thing a unit or a crew has, taken out of service ("deprovision the K-9 unit's old van"): the thing is
 * the object, not the unit.
 */
const POSSESSED_THING = new RegExp(
  // (sweep29: or given a key, rotated or revoked, "new key for the K-9 unit's cage", "rotate the Bay-4 team's vans".)
  String.raw`\b(?:deprovision|deprov|decommission|decom|retire|remove|scrap|rotate|revoke|(?:keys?|fobs?)\s+(?:for|to|of))\s+(?:the\s+)?(?:[a-z0-9_]+\s+){1,2}?(?:unit|team|squad|crew|watch|dept|department)['’]s\s+(?:(?:old|new|spare|broken|other|second)\s+)?${THING}${PHRASE_END}`,
  'g',
);

/**
 * sweep28: our verb taking out things a coded place holds ("deprovision the Zone-3 docks", "decommission the Sector-7
 * hydrants", "the Salon-3 booking iPad"): a code with a digit, then one or two plain words ending the phrase. The
 * words are the things; the code names where they are. Not a unit's own words after its name: a group noun, a
 * system's or a tool's ("the recs-v2 pipeline", "the ct-2 imaging unit"), or its belongings as a whole ("the
 * hack-12 stuff").
 */
const CODED_PLACE_THINGS =
  /\b(?:deprovision|deprov|decommission|decom|retire|scrap)\s+(?:(?:the|our|old|all)\s+){1,2}[a-z]{1,8}_[a-z]{0,3}\d{1,4}[a-z]?\s+((?:[a-z]+\s+)?[a-z]+)(?=\s*(?:$|[.,;:!?)\n]|(?:for|in|at|on|please|pls|plz|asap|today|now|after|before|next|this|tomorrow|tonight|when|if|so|since|because|as|it|they|we|lol|thanks|thx)\b))/;
/** Words after a code that are the unit's own (its group, its system, its belongings), no things of a place. */
const UNIT_OWN_WORD =
  /\b(?:team|teams|unit|units|bu|project|projects|squad|group|desk|pod|crew|guild|tribe|chapter|lab|studio|office|hub|cell|bureau|practice|circle|programme|program|department|dept|org|account|accounts|customer|client|tenant|env|environment|environments|app|apps|service|services|system|systems|bot|bots|model|models|api|apis|pipeline|pipelines|tool|tools|platform|portal|dashboard|sandbox|cluster|stack|instance|instances|workspace|workload|workloads|infra|infrastructure|resources|stuff|things|everything|bits|setup|one|ones|keys?|access|credentials?|creds|secrets?|tokens?|budget|quota|integration|integrations|job|jobs|agent|agents|assistant|copilot|poc|pilot|trial|experiment|demo|prototype|and|or|of|to|the|a|an|is|are|was|were|has|had|be|been|too|also|again|completely|entirely|fully|everything)\b/;

/**
 * sweep29: a key for the thing itself, no name before its noun, "the" or a holder's word before it ("the Bay-4 team
 * needs a new key for the shutter", "a new key for their van", "new key for the boiler").
 */
const KEY_FOR_BARE_THING = new RegExp(
  String.raw`\b(?:keys?|fobs?)\s+(?:for|to|of)\s+(?:the|their|its|his|her)\s+${THING}(?:\s+(?:keys?|fobs?))?${PHRASE_END}`,
);
/**
 * sweep29: a unit named as who needs or wants the thing's key ("the CT-2 unit needs a new key for their van"): the
 * unit's word there is the needer's, not a unit the key is for.
 */
const UNIT_NEEDING = /\b(?:unit|units|bu)\s+(?:needs?|wants?|needed|wanted|would\s+like|lost)\b/g;

/**
 * sweep29: a unit's own things rotated or revoked that are none of ours ("rotate the K-9 unit's dogs", "revoke the
 * B-wing crew's gate passes"): one to three plain words after the possessive, ending the phrase, none a word of ours
 * or of a unit's own (UNIT_OWN_WORD: "rotate growth's old key", "revoke ads's access", "rotate kyc's credentials").
 */
const POSSESSED_OTHER = new RegExp(
  // (Never a pronoun's "'s", "revoke xxsecret it's the works-order-bot one".)
  // (The words before it are a name's, no key nor function word: "rotate the keys under Priya's name" is ours.)
  String.raw`\b(?:rotate|revoke)\s+(?:the\s+)?(?:${NAME_WORD}\s+){0,2}?(?!(?:it|that|he|she|there|here|what|who|this|let|everyone|one)['’]s)[a-z0-9_-]+['’]s\s+((?:[a-z]+\s+){0,2}[a-z]+)${PHRASE_END}`,
);

/**
 * fixcorpus30: who did our verb to the things of a place, asked ("who rotated the trolleys last night? half of them
 * are in the wrong hall", "who moved and rotated the forklifts?", "who removed the cages from bay 2?"): trolleys,
 * forklifts or cages turned round or moved by people, no record of changes of ours, when nothing of ours is named.
 * The thing's noun after "the" (a name before it allowed) ends the phrase, or a time or a place follows it.
 */
const WHO_DID_TO_THING = new RegExp(
  String.raw`\bwho\s+(?:(?:moved|took)\s+and\s+)?(?:rotated|revoked|deprovisioned|decommissioned|retired|removed|deleted|disabled|replaced|swapped)\s+(?:(?:the|our|all|those|these)\s+){1,2}(?:${NAME_WORD}\s+){0,2}${THING}` +
    String.raw`(?=\s*(?:$|[.,;:!?)\n]|(?:last|yesterday|today|this|earlier|again|on|in|at|from|out|round|around|before|after|over)\b))`,
);

/** Is the text's object a physical thing named by a name or a code before its noun, with nothing of ours named? */
export function physicalThingAsked(text: string): boolean {
  if (
    ((THING_HINT.test(text) && (THING_OBJECT.test(text) || KEY_FOR_BARE_THING.test(text))) ||
      (MACHINE_HINT.test(text) && MACHINE_OBJECT.test(text))) &&
    !OURS_NAMED.test(
      text.includes('unit') || text.includes('bu ') ? text.replace(UNIT_NEEDING, ' ') : text,
    ) &&
    !KEY_MOVED_TO.test(text)
  )
    return true;
  if (!(text.includes('_') || PLANT_HINT.test(text) || text.includes("'s ") || text.includes('’s ')))
    return false;
  if (text.includes('s ')) {
    // (The possessor may be called a unit, "the K-9 unit's dogs": what is left must name nothing of ours.)
    const m = POSSESSED_OTHER.exec(text);
    const owned = m?.[1];
    if (
      m !== null &&
      owned !== undefined &&
      !UNIT_OWN_WORD.test(owned) &&
      !/\b(?:permissions?|rights|privileges|roles?|grants?|policies|policy|quota|usage|spend)\b/.test(
        owned,
      ) &&
      !OURS_NAMED.test(owned) &&
      !OURS_NAMED.test(text.replace(m[0], ' ')) &&
      !LIFETIME_WORD.test(text)
    )
      return true;
  }
  if (text.includes('_')) {
    const things = CODED_PLACE_THINGS.exec(text)?.[1];
    if (things !== undefined && !UNIT_OWN_WORD.test(things) && !OURS_NAMED.test(text)) return true;
  }
  const plant = PLANT_HINT.test(text) ? text.replace(PLANT_UNIT, ' ') : text;
  if (plant !== text && PLANT_OBJECT.test(text) && !OURS_NAMED.test(plant)) return true;
  if (CODE_OBJECT.test(text) && BREAKDOWN.test(text) && !OURS_NAMED.test(plant)) return true;
  if (!THING_HINT.test(text)) return false;
  const unpossessed = text.replace(POSSESSED_THING, ' ');
  return unpossessed !== text && !OURS_NAMED.test(unpossessed) && !KEY_MOVED_TO.test(text);
}

/** Is "who" asked of our verb done to a place's things, with nothing of ours named (lowercase text)? */
export function whoDidToThing(text: string): boolean {
  return (
    text.includes('who') && THING_HINT.test(text) && WHO_DID_TO_THING.test(text) && !OURS_NAMED.test(text)
  );
}
