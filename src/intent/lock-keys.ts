/**
 * "key" as a noun adjunct of a physical thing (round seventeen): "key safe code changed at SS-Kingsway,
 * ask control for it", "the keypad code for the depot changed", "my key fob stopped working". A key
 * safe, key box, key cabinet, key locker, key fob, key card, key code, key ring or keypad, and the keys
 * of a door, a car or a house, are no credential of ours: a text whose only key is such a thing asks
 * nothing of the bot, also when it reports a change ("was reset", "new code for …"). A credential named
 * as well ("the key box team needs a bedrock key"), or "key for the safe-ops team" (a key for a unit),
 * is read as usual.
 */

import { UNIT_AFTER } from './ours-named.js';

/** A system's noun after the place: "the instrument store app", "the loading dock scheduler" are software (fix24a). */
const SOFTWARE_AFTER = String.raw`\s+(?:apps?|bots?|tools?|apis?|services?|portal|platform|system|dashboards?|pipelines?|scheduler|planner|tracker)\b`;

/** Rooms of the premises a lock's key opens (sweep25a): "the projection booth", "the valve chamber", "the bonded cellar". */
const ROOM_NOUN = String.raw`booths?|chambers?|cellars?|huts?|lodges?|sheds?|cabins?|hangars?|basements?|lofts?|attics?|annexe?s?|pavilions?|vestry|vestries|chapels?|garages?|strongrooms?|lock-?ups?|belfry|belfries|mortuary|mortuaries|bakehouses?|laundry|laundries|crypts?|boathouses?|stables?`;
/**
 * Our verb before a lock's key, which goes with the key (sweep28: "revoke the keys for the Old Bakehouse", "revoke
 * the key for Cage 14"): no credential of ours between them.
 */
const OUR_VERB_BEFORE = String.raw`(?:(?<![\w-])(?:rotate|revoke|remove|cancel|change|replace)\s+(?:(?:all|the|old|of|spare)\s+){0,3})?`;
/** Words before a code that name a unit, a project or something of ours, not a thing: "key for team CT-2". */
const NOT_A_THING = String.raw`(?:team|teams|unit|units|bu|project|projects|squad|group|desk|pod|crew|guild|tribe|chapter|lab|studio|office|hub|cell|bureau|practice|circle|programme|program|department|dept|org|account|customer|client|tenant|ticket|incident|inc|chg|change|case|sprint|release|version|phase|stage|wave|cohort|env|environment|api|app|apps|service|system|bot|model|bedrock|aws|claude|access|secret)`;
/** A let or a trade's unit (dev29): "storage unit", "self-storage unit", "cold storage unit", "freezer unit". */
const STORAGE_UNIT = String.raw`(?:(?:self|cold|climate[\s-]controlled)[\s-]+)?(?:storage|freezer|fridge|refrigerat(?:ed|ion)|parking)\s+units?`;
/** Any verb asking for such a key, with the words up to it: the whole phrase is the thing's (dev29). */
const STORAGE_VERB_BEFORE = String.raw`(?:(?<![\w-])(?:create|make|issue|generate|get|need|want|cut|rotate|revoke|replace)\s+(?:(?:me|us|a|an|the|new|spare|another|all|of|old)\s+){0,3})?`;
/** People named by their trade (sweep25a), whose keys are the premises' ("the drivers", "the cleaners"). */
const TRADE_PEOPLE = String.raw`(?:drivers|cleaners|porters|stewards|guards|nurses|staff|couriers|mechanics|technicians|attendants|ushers|cooks|bakers|wardens|lifeguards|officers|handlers|cashiers|caretakers|janitors|keyholders)(?![\w-])`;
/** A piece that is sung or played (sweep25a): the key of a hymn or a song is music. */
const MUSIC_PIECE = String.raw`(?:hymns?|anthems?|carols?|songs?|tunes?|psalms?|chorus|choruses|processional|recessional|ballads?|arias?|duets?|descants?|lullaby|lullabies|medley)`;

/**
 * The things: "key safe" only as a thing ("the key safe at the depot", "key safe code"), never as
 * "is the API key safe to embed?" or "is my key safe?". A lock word runs to the end of the word, and
 * one followed by a unit word names the unit: "keycard-platform", "keypad-app", "the keypad team" are
 * units, not things.
 */
const LOCK_KEY = new RegExp(
  [
    // (notours28: key blanks, the uncut keys a locksmith buys: "how much we spent on key blanks last month".)
    // (sweep28: a key chain or a key pouch, "a new key chain issued for Officer Hughes"; our verb before the thing, "revoke
    // the officer's key pouch privileges", goes with it: no credential of ours between them.)
    String.raw`(?<![\w-])key[\s-]?(?:box(?:es)?|cabinets?|lockers?|fobs?|cards?|codes?|rings?|pads?|presses|blanks?|chains?|pouch(?:es)?|lock\s+box(?:es)?)(?![\w-]|${UNIT_AFTER})`,
    // (Written apart only: "rotate keycard" may name a unit.)
    String.raw`(?<![\w-])(?:rotate|revoke|remove|cancel|disable|suspend)\s+(?:(?!(?:api|bedrock|aws|tokens?|access)\b)[\w'’*]+\s+){0,3}?key\s+(?:box(?:es)?|cabinets?|lockers?|fobs?|cards?|rings?|pads?|chains?|pouch(?:es)?)(?:\s+(?:privileges|access|rights|permissions))?(?![\w-]|${UNIT_AFTER})`,
    // (fix45b, tuned-care: our verb before the code goes with it, "can you rotate the key safe codes for all the Horsforth
    // clients?": the lock boxes' codes changed, no credential of ours.)
    String.raw`(?:(?<![\w-])(?:rotate|change|reset|update|cycle)\s+(?:all\s+)?(?:the\s+|our\s+)?)?\bkey\s+safe\s+(?:codes?|combo|combination|pin|number|lock|door|box)(?![\w-])`,
    String.raw`(?<!\b(?:is|are|was|were|keep|kept|keeping|store|stored|storing)\s+)\b(?:the|a|our|that|this)\s+key\s+safes?\b(?=\s+(?:at|in|on|by|near|outside|next|behind|has|had|was|is\s+(?:now|locked|broken|empty|open|jammed)|code|combo|changed|got|needs)\b)`,
    // (sweep29: one named by its place's code or name, "the Bay-4 key safe", "the K-9 van key safe", its code changed
    // with our verb, "rotate the code on the CT-2 key safe"; never "is the ads key safe?" nor "keep the ads key safe".)
    String.raw`(?:(?<![\w-])(?:rotate|change|reset|update|cycle)\s+(?:the\s+)?(?:codes?|combo|combination|pin)\s+(?:on|of|for|to)\s+)?(?<!\b(?:is|are|was|were|keep|kept|keeping|store|stored|storing)\s+)\b(?:the|a|our|that|this)\s+(?:[a-z0-9]+(?:-[a-z0-9]+)?\s+){1,2}key\s+safes?(?=\s*(?:$|[.,;:!?)*\n]|(?:pls|please|plz|asap|today|now|at|in|on|by|near|code|combo)\b))`,
    // (Not a room, an office or a site: a unit may be named so, "the Strategy Office key", "deal-desk".)
    String.raw`(?<![\w-])(?:car|door|house|front[\s-]door|back[\s-]door|padlock|locker|cupboard|bike|spare\s+car)\s+keys?(?![\w-])`,
    // (Round twenty-one: a fob or an entry card is a lock's key, "need to add two fobs for unit 11C",
    // "the fob programmer"; "fob-admin", "the fob team", "the fob programmer team" and "the entry card
    // project" are units. A bare fob never stands before "programmer": no backing off to it.)
    // (sweep24a: "new key for the instrument store, the lock was changed", "new key for the returns box": a key
    // (units26b: nor one more word of a team's name and its group noun, "key for the Kennel Bookings squad".)
    // for a store, a stockroom, a hall, a kennel, a cage, a box or (fix24a) a loading bay or dock is a lock's; not a software store or box, "the feature store", "the jump box", nor
    // a unit, "the store team", nor a system named after one, "the instrument store app", nor an office, "the box office".)
    // (sweep28: our verb before it goes with it, "revoke the keys for the Old Bakehouse, we've sold it"; a coded
    // name before the room, "the B-wing laundry".)
    String.raw`${OUR_VERB_BEFORE}(?<![\w-])keys?\s+(?:for|to|of)\s+(?:the|our|a|this|that)\s+(?!(?:data|feature|vector|object|document|doc|blob|key|secret|model|state|event|app|play|web|online|file|config|kv|jump|dev|build|test|cloud|server|search|mail|sand|drop|tool)\s)(?:[a-z]+(?:-[a-z0-9]+)?\s+)?(?:store|stores|stockrooms?|storerooms?|box|boxes|halls?|kennels?|cages?|bays?|docks?|${ROOM_NOUN})(?![\w-]|\s+offices?\b|${UNIT_AFTER}|\s+(?!(?:at|in|on|by|near|behind|beside|outside|of|for|from|with)\s)[a-z]+${UNIT_AFTER}|${SOFTWARE_AFTER})`,
    // (sweep28: a cage, a locker or a room named by its number, "revoke the key for Cage 14", "the key for Suite 5 cages",
    // "keys for cages 3 and 4"; our verb before it goes with it. Not a unit named so, "the cage 14 team".)
    String.raw`${OUR_VERB_BEFORE}(?<![\w-])keys?\s+(?:for|to|of)\s+(?:the\s+)?(?:(?:cages?|lockers?|rooms?|suites?|bays?|halls?|sheds?|garages?|kennels?|stalls?)\s+\d{1,4}[a-z]?(?:\s+and\s+\d{1,4}[a-z]?)?|[a-z]+\s+\d{1,4}[a-z]?\s+(?:cages?|lockers?|rooms?|bays?|sheds?|garages?|kennels?|stalls?))(?![\w-]|${UNIT_AFTER}|${SOFTWARE_AFTER})`,
    // (sweep25a: "new key for the snowmobile SM-3", "new key for truck RCV-12": a thing named by its noun and its
    // own code of letters and digits is that thing, whatever the noun; not a unit or a project named by a
    // code, "key for unit RCV-12", "the CT-2 unit", nor a code of ours, "key for the api v-2".)
    // (sweep29: our verb before it goes with it, "revoke the keys to van PH-6", and Slack's bold or italic round it,
    // "the key for *minibus MB-2*".)
    String.raw`${OUR_VERB_BEFORE}(?<![\w-])keys?\s+(?:for|to|of)\s+(?:(?:the|our|a|this|that)\s+)?[*_]?(?!(?:${NOT_A_THING}|the|our|this|that|my|your|their|his|her)\s)[a-z]{3,}\s+[a-z]{1,4}-\d{1,4}(?![\w-]|${UNIT_AFTER}|${SOFTWARE_AFTER})`,
    // (dev29: a storage unit named by its code, "new key for the B-2 storage unit", "key for the C-14 cold storage
    // unit", "a key for freezer unit F3": a let or a trade's thing, whatever our verb before it; not a unit of ours with a
    // hyphenated name, "the data-storage unit", nor one named with "unit" first, "unit storage-b2".)
    String.raw`${STORAGE_VERB_BEFORE}(?<![\w-])keys?\s+(?:for|to|of)\s+(?:(?:the|our|a|this|that|my)\s+)?(?:[a-z]{1,4}-?\d{1,4}[a-z]?\s+${STORAGE_UNIT}|${STORAGE_UNIT}\s+(?:no\.?\s*|#\s*)?(?:[a-z]{1,4}-?)?\d{1,4}[a-z]?)(?![\w-]|${UNIT_AFTER}|${SOFTWARE_AFTER})`,
    // (sweep25a: "Sue is the key holder tonight", "rotate the key holders monthly", "revoke Anil as key holder":
    // a person named as key holder, key holders passed round, or their list or rota, is who holds the
    // premises' keys; the verb that names or changes them goes with it. Not "key holders for the QA team?",
    // which asks whose our unit's keys are.)
    String.raw`(?:(?<![\w-])(?:rotate|revoke|remove|add|appoint|make|name|change|swap|update)\s+(?:[\w'’*]+\s+){0,4}?)?(?:(?<![\w-])(?:as|is|was|be|becomes?|'s)\s+(?:(?:the|a|our|new|main|duty)\s+){0,2}key[\s-]?holders?|(?<![\w-])key[\s-]?holders?\s+(?:list|lists|rota|rotas|rotation|tonight|today|this\s+week|monthly|weekly)|(?<=rotate\s+(?:the\s+)?)key[\s-]?holders?)(?![\w-])`,
    // (sweep25a: "revoke the keys of the drivers who left", "the cleaners keys", "the staff keys for the marina":
    // keys held by people named by their trade are their door keys; not a unit named after them, "the
    // drivers-app team", nor a cohort of several words, "the summer interns".)
    String.raw`(?:(?<![\w-])(?:rotate|revoke|remove|collect|cancel|take\s+back)\s+(?:(?:all|the|of)\s+){0,3})?(?:(?<![\w-])keys?\s+(?:of|for|issued\s+to|held\s+by|given\s+to|from)\s+(?:(?:all|the|our)\s+){0,2}${TRADE_PEOPLE}|(?<![\w-])${TRADE_PEOPLE}(?:['’]s?)?\s+keys?)(?![\w-]|${UNIT_AFTER})`,
    // (sweep25a: "create a new key for the hymn, it's too high", "a lower key for Abide With Me": a song's key
    // is music; the verb that asks for it goes with it, "create" being no command of ours here.)
    String.raw`(?:(?<![\w-])(?:create|make|get|find|pick|need|use|want)\s+(?:(?:me|us|a|an|the|new|different|lower|higher|better|easier)\s+){0,3})?(?:(?<![\w-])keys?\s+(?:for|of)\s+(?:the\s+|this\s+|that\s+|our\s+)?(?:[a-z]+\s+)?${MUSIC_PIECE}(?![\w-]|${UNIT_AFTER}|${SOFTWARE_AFTER})|(?<![\w-])(?:lower|higher)\s+keys?(?![\w-])|(?<![\w-])keys?\s+(?:lower|higher)\b|(?<![\w-])(?:what|which)\s+keys?\s+(?:is|was|are|were|'s)\s+(?:the\s+|this\s+|that\s+|our\s+)?(?:[a-z]+\s+)?${MUSIC_PIECE}\s+in\b|(?<![\w-])key\s+of\s+(?:[b-g]|a(?=\s*(?:#|♯|♭|sharp|flat|major|minor)))(?:\s*(?:#|♯|♭|sharp|flat))?(?:\s+(?:major|minor))?(?![\w-]))`,
    // (sweep29: a key changed to a note, "change the key of Perfect to D", "drop the key to Bb", "rotate the key up to E
    // minor": music, the verb going with it; "a" a note only with its sign or mode, "rotate the key to a new one" ours.)
    String.raw`(?<![\w-])(?:(?:change|move|drop|raise|lower|transpose|rotate|shift|put|take|bring)\s+(?:(?:the|it|this|that)\s+)?)?keys?\s+(?:of\s+[^.,;!?\n]{1,40}?\s)?(?:(?:up|down)\s+)?(?:to|into)\s+(?:[b-g]|a(?=\s*(?:#|♯|♭|sharp|flat|major|minor)))(?:\s*(?:#|♯|♭|b|sharp|flat))?(?:\s+(?:major|minor))?(?![\w'’#♯♭-])`,
    String.raw`(?<![\w-])(?:(?:access|swipe|entry|door|prox(?:imity)?)\s+(?:cards?|fobs?|tags?)|fobs?\s+programmers?|fobs?(?!\s+programmers?\b))(?![\w-]|${UNIT_AFTER})`,
    // (Round twenty-five: so is one for a cabinet, a cupboard, a drawer, a display case, a safe, a gate or a
    // door, "new keys for the Victorian cabinets arrived", the thing ending its phrase: "the gate ops crew" and
    // "the door access system" are a unit and a system.)
    String.raw`(?<![\w-])keys?\s+(?:for|to|of)\s+(?:the|our|a|this|that|these|those)\s+(?:[a-z]+\s+)?(?:cabinets?|cupboards?|drawers?|showcases?|display\s+cases?|vitrines?|safes?|padlocks?|gates?|doors?)(?![\w-])(?=\s*(?:[.,;:!?)—–]|\s-|$)|\s+(?:arrived|came|come|are|is|were|was|in|at|on|have|has|got|from|of|by|and|with|went|go|goes)\b)`,
    // (Round twenty-five: a key that is no lock's nor ours, a naturalist's or a map's, "the taxonomic key
    // for the hoverflies", "the identification key for ground beetles", "the map key": a text, no credential.
    // Not "the identification key team", a unit.)
    String.raw`(?<![\w-])(?:taxonomic|identification|dichotomous|determination|answer|map)\s+keys?(?![\w-]|${UNIT_AFTER})`,
  ].join('|'),
  'gi',
);

/**
 * "key safe at SS-Kingsway": a key safe at a named place, the name's capital read case-sensitively
 * (under the 'i' flag `[A-Z]` would take "is my key safe at rest?"), and never after "is my …" / "keep
 * the … key safe on …", which ask whether a credential is safe.
 */
const KEY_SAFE_AT =
  /(?<!\b(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|be|[Kk]eep|kept|keeping|[Ss]tore|stored|storing)\s+(?:[\w'-]+\s+){0,3})\b[Kk]ey\s+safes?\s+(?:at|on|by|near|outside|behind)\s+(?:the\s+)?[A-Z]/g;

/**
 * sweep29: a key for a place, a room or a set called by a Title Case name with a possessive ("new key for the
 * Pharaoh's Tomb", "key for the Captain's Cabin", "the Smuggler's Cove room"): a pub's, an escape room's or a
 * holiday let's name, read case-sensitively; our verb before the key goes with it. Not a group's possessive ("the
 * Risk Office's …"), nor one followed by a unit's or a system's noun ("the Ads Team's Crawler app").
 */
const TITLE_POSSESSIVE_PLACE =
  /(?<![\w-])(?:(?:[Rr]otate|[Rr]evoke|[Rr]emove|[Cc]ancel|[Cc]hange|[Rr]eplace)\s+(?:(?:all|the|old|of|spare)\s+){0,3})?[Kk]eys?\s+(?:for|to|of)\s+(?:the\s+)?[*_]?(?!(?:Team|Unit|Office|Lab|Desk|Squad|Group|Crew|Studio|Hub|Bureau|Department|Dept|Project|Company|Client|Customer|Bedrock|Claude|AWS)['’]s)[A-Z][a-z]+['’]s\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?![\w-])(?!\s+(?:teams?|units?|squads?|groups?|crews?|desks?|offices?|projects?|apps?|bots?|tools?|apis?|services?|systems?|pipelines?|portals?|platforms?|dashboards?|chatbots?|crawlers?|models?)\b)/g;

/**
 * A credential of ours, the bot, or something the bot does: a command verb of ours ("locker keys are
 * at reception. also deprovision the growth unit") is read as usual. (A bare "team" or "unit" is no
 * such sign: "key locker for the night-shift team changed", "the key box for unit 4".)
 */
const OUR_CREDENTIAL =
  /\b(?:keys?|tokens?|credentials?|creds|api|bedrock|access[\s-]keys?|secrets?|bot|claude|models?|llm|ai|rotate|revoke|deprovision|offboard|grant|create|issue)\b/i;

/** A cheap look for LOCK_KEY and KEY_SAFE_AT. */
const LOOK =
  /(?:storage|freezer|fridge|refrigerat\w+|parking) units?|key[\s-]?(?:box|cab|lock|fob|card|code|ring|pad|press|safe|blank|chain|pouch)|(?:store|box|room|hall|kennel|cage|bay|dock|booth|chamber|cellar|hut|lodge|shed|cabin|hangar|basement|loft|attic|annex|pavilion|vestr|chapel|garage|lock-?up|belfr|mortuar|bakehouse|laundr|crypt|boathouse|stable|locker|suite|stall|cabinet|cupboard|drawer|case|vitrine|safe|padlock|gate|door)|(?:taxonomic|identification|dichotomous|determination|answer|map)\s+key|[a-z]{3} [a-z]{1,4}-\d|lower|higher|key of [a-g]|keys? (?:\S+ ){0,8}?(?:to|into) [a-g]|key[\s-]?holder|drivers|cleaners|porters|stewards|guards|nurses|staff|couriers|mechanics|technicians|attendants|ushers|cooks|bakers|wardens|lifeguards|officers|handlers|cashiers|caretakers|janitors|hymn|anthem|carol|song|tune|psalm|chorus|processional|recessional|ballad|aria|duet|descant|lullab|medley|(?:car|door|house|padlock|locker|cupboard|bike)\s+key|fob|(?:access|swipe|entry|door|prox\w*)\s+(?:card|tag)/i;

/**
 * sweep27: a lock told of beside the key ("new key for unit C-12, padlock cut", "spare key for the van, the lock
 * was changed", "the locksmith re-keyed it"): the key is the lock's, whatever the place is called (a storage
 * unit's code reads as a unit of ours), when no credential of ours is named besides the bare "key".
 * (notours28: so is a key cut, a locksmith's trade: "can we cut one from code", "cut a replacement from code", "two
 * copies of the garage key cut", "key cutting at the counter".)
 * (sweep29: so is a spare gone missing or lost, a copy cut for a car or a door: "new key for the dual-control Fiesta, the
 * spare went missing", "Dan lost the spare"; a credential leaks, it has no spare. And a box, a door or a lid told locked,
 * "key for the Pharaoh-Room please, the box is locked"; a credential is locked down or out, never locked.)
 */
const LOCK_TOLD =
  /\b(?:padlocks?(?![\w-])|locksmiths?|re-?keyed|cut\s+(?:(?:a|an|one|it|them|two|three|new|spare|replacement|duplicate|copy|copies)\s+){0,3}(?:from|off)\s+(?:the\s+)?(?:key\s+)?code|cut\s+(?:(?:a|an|one|two|three|new|spare|duplicate)\s+){1,3}(?:keys?|copy|copies|duplicates?|replacements?)(?![\w-])|keys?\s+cut(?![\w-])|key[\s-]cutting|locks?(?:['’]s)?\s+(?:(?:has|had|have|was|were|got|been|is)\s+){0,2}(?:changed|cut|broken|replaced|jammed|forced|drilled|snapped|bust)|(?:changed|cut|broke|broken|replaced|forced|drilled|bust)\s+(?:off\s+)?(?:the|his|her|their|my|our)\s+(?:pad)?lock|(?:box|boxes|door|doors|lid|cabinet|case|gate|drawer|safe|cupboard|locker|chest|shed|trunk|boot|it)(?:['’]s|\s+(?:is|was|are|were|has\s+been|got|gets|keeps\s+getting))\s+(?:still\s+|now\s+|all\s+)?locked(?!\s+(?:down|out|away)\b)|spare(?:\s+(?:key|one|set|copy))?(?:['’]s|\s+(?:has|had|have|is|was|got|just))?\s+(?:been\s+|gone\s+|went\s+)?(?:missing|lost|vanished|disappeared|walkabout|nicked|stolen)|(?:lost|misplaced|can['’]?t\s+find)\s+(?:the|his|her|their|my|our|a)\s+spare(?:\s+(?:key|one|set|copy))?(?![\w-]))\b/i;
/**
 * notours28: someone locked out ("who has the green-room keys? the soloist is locked out 😩"), not of a system: the
 * keys are a door's, when no action of ours is asked beside them.
 */
const LOCKED_OUT =
  /\blocked\s+out\b(?!\s+of\s+(?:the\s+|my\s+|our\s+|their\s+|his\s+|her\s+)?(?:console|account|aws|bedrock|portal|api|app|system|repo|dashboard|vpn|sso|laptop|mac|pc|computer|iam|org))/i;
const OUR_ACTION =
  /\b(?:rotat\w*|revok\w*|deprovision\w*|offboard\w*|creat\w*|issu\w*|make|made|generat\w*|new|disabl\w*|delet\w*|remov\w*|happened|history|give|please|pls|plz|need|want|get)\b/i;
/**
 * sweep28: a key told as worn out or broken ("make a new key for the Steinway, the old one's cracked", "mine's bent",
 * "it snapped off in the lock", "the ivory chipped"): metal or ivory, a lock's or an instrument's; a credential leaks
 * or expires, it never cracks. When no credential of ours is named besides the bare "key".
 */
const KEY_BROKEN =
  /\b(?:one|mine|it|key|keys|ivory|ivories|blade)(?:['’]s|\s+(?:is|was|has|have|got|had|just|went))?\s+(?:been\s+|all\s+|gone\s+)?(?:cracked|snapped|bent|chipped|worn|sheared)(?![\w-])/i;
/**
 * dev29: a credential's own verb beside the worn key ("rotate the ads key, it's worn out", "revoke the billing key,
 * it's worn"): a reason told after a request of ours; a lock's key is cut or replaced, never rotated or revoked.
 */
const CREDENTIAL_VERB =
  /\b(?:rotat(?:e|ed|es|ing|ion)|revok(?:e|ed|es|ing)|revocation|deprovision\w*|offboard\w*)\b/i;
/** KEY_BROKEN's cheap look. */
const BROKEN_LOOK = /crack|snap|bent|chip|worn|shear/i;
/** A quoted line (Slack's "> …"). */
const QUOTED_LINE = /^[ \t]*(?:>|&gt;).*$/gm;
/** A credential of ours beyond a bare "key", the bot, or a model: "new api key for unit C-12, padlock cut" is ours. */
const OURS_BEYOND_KEY =
  /\b(?:api|bedrock|aws|iam|tokens?|credentials?|creds|secrets?|access[\s-]keys?|bot|claude|models?|llms?|ai|genai)\b/i;

/**
 * Whether every key the text names is a physical thing's ("key safe code changed at …"): nothing in it
 * is asked of the bot.
 */
export function onlyLockKeys(text: string): boolean {
  // (A lock told in a quoted line is the quote's, "> what's the padlock key number? … key for scada-x".)
  if (
    (text.includes('lock') || text.includes('cut') || text.includes('spare')) &&
    LOCK_TOLD.test(text.replace(QUOTED_LINE, '')) &&
    !OURS_BEYOND_KEY.test(text)
  )
    return true;
  if (
    text.includes('locked out') &&
    /\bkeys?\b/i.test(text) &&
    LOCKED_OUT.test(text) &&
    !OURS_BEYOND_KEY.test(text) &&
    !OUR_ACTION.test(text)
  )
    return true;
  if (
    BROKEN_LOOK.test(text) &&
    /\bkeys?\b/i.test(text) &&
    KEY_BROKEN.test(text.replace(QUOTED_LINE, '')) &&
    !OURS_BEYOND_KEY.test(text) &&
    !CREDENTIAL_VERB.test(text)
  )
    return true;
  const possessive = text.includes("'s ") || text.includes('’s ');
  const look = LOOK.test(text);
  if (!(look || possessive)) return false;
  let rest = look ? text.replace(LOCK_KEY, ' ').replace(KEY_SAFE_AT, ' ') : text;
  if (possessive) rest = rest.replace(TITLE_POSSESSIVE_PLACE, ' ');
  if (rest === text) return false;
  return !OUR_CREDENTIAL.test(rest);
}

/** A cheap look for LOCK_THING. */
const THING_LOOK = /key\s+(?:box|cab|lock|fob|card|ring|pad)/;
/** A lock key's thing, two words: "key fob", "key card", "key box" ("keycard" may be a unit's name). */
const LOCK_THING =
  /(?<![\w-])key\s+(?=(?:box(?:es)?|cabinets?|lockers?|fobs?|cards?|rings?|pads?)(?![\w-]|\s+(?:teams?|units?|squads?|groups?)\b))/g;

/**
 * requests21: "key fob system is down so I'm stuck at my desk anyway — token 2h please": a lock key's
 * thing told beside a credential of ours is that thing alone ("fob system"): its "key" is no key asked
 * for (nor, with "system", a long-term one). Only when the rest names a credential of ours; a text whose
 * only key is a lock's is left whole (onlyLockKeys reads it).
 */
export function withoutLockKeyWord(text: string): string {
  if (!THING_LOOK.test(text)) return text;
  const rest = text.replace(LOCK_THING, ' ');
  return rest !== text && OUR_CREDENTIAL.test(rest.replace(LOCK_KEY, ' ')) ? rest : text;
}
