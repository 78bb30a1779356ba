/**
 * The asker's own units asked for by another word for a unit (README: team / BU / business unit /
 * unit / project / service / system / app name a unit): "list the services I'm owner of", "which
 * accounts am I the owner of?", "which groups are mine", "which of these services are mine?", and
 * the flag "list --mine". A list whose owner is "me" (rules.ts asksOwnUnits, parse-request.ts).
 */

/** Plural words for what a unit is called (units, teams and BUs are read in rules.ts). */
const THINGS = String.raw`(?:services|accounts|groups|projects|apps|applications|systems|squads|departments|workspaces|pods|crews|tribes|guilds|chapters|workstreams)`;
/** Every plural word for units, the bot's own included ("which research groups are mine"). */
const UNIT_WORDS = String.raw`(?:business\s+)?(?:units|teams|groups|squads|departments|orgs|services|accounts|projects|bus)`;
/** A plural word for units alone, read as a unit's name only by mistake ("list the squads I'm owner of"). */
export const OWN_THING_NOUN =
  /^(?:services|accounts|groups|projects|apps|applications|systems|squads|departments|workspaces|pods|crews|tribes|guilds|chapters|workstreams|units|teams)$/;
/** What makes them the asker's: "are mine", "do I own", "am I (the) owner of", "I'm (the) owner of". */
const MINE = String.raw`(?:are\s+mine|(?:do|did)\s+i\s+own|am\s+i\s+(?:the\s+)?owner\s+(?:of|for)|i\s*(?:'m|am)\s+(?:the\s+)?owner\s+(?:of|for)|i\s+own|owned\s+by\s+me|(?:that\s+|which\s+)?(?:have|list)\s+me\s+as\s+(?:the\s+)?owner)`;

const OWN_THINGS = new RegExp(
  [
    // "which of these services are mine?", "what projects do I own", "which accounts am I the owner of?",
    // "which research groups are mine", "which of my teams do I own".
    String.raw`\b(?:which|what)\s+(?:of\s+(?:these|those|the|our|my)\s+)?(?:[a-z]+[\s_]+)?${UNIT_WORDS}\s+(?:are\s+mine|do\s+i\s+own|am\s+i\s+(?:the\s+)?owner\s+of)\b(?!\s+to\b)`,
    // (fix36c, tuned-tax: "which of the units are under me?": the units one is over, one's own.)
    String.raw`\b(?:which|what)\s+(?:of\s+(?:these|those|the|our)\s+)?${UNIT_WORDS}\s+(?:are|sit|fall)\s+under\s+me\b`,
    String.raw`\b(?:which|what)\s+(?:of\s+(?:these|those|the|our)\s+)?${THINGS}\s+${MINE}\b`,
    // "list the services I'm owner of", "show me all the apps that I own", "get the projects owned by me"
    String.raw`\b(?:list|show|show\s+me|see|get|give\s+me)\s+(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?)?${THINGS}\s+(?:that\s+|which\s+)?${MINE}\b`,
    // "list my services", "show all my projects please": the whole request, nothing of theirs asked after.
    String.raw`^\W*(?:pls\s+|please\s+)?(?:list|show|show\s+me)\s+(?:all\s+(?:of\s+)?)?my\s+(?:own\s+)?${THINGS}\s*(?:,?\s*(?:pls|please|plz))?\s*[?!.]*\s*$`,
    // "list --mine", "list units --mine": the bot's flag for one's own.
    String.raw`^\W*(?:list|ls|show)\s+(?:(?:units|teams|bus|${THINGS})\s+)?--?mine\s*$`,
  ].join('|'),
);

/** Does the text ask for the units the asker owns, by another word for them or by the "--mine" flag? */
export const asksOwnThings = (text: string): boolean =>
  (text.includes('mine') || text.includes('own') || text.includes('under me') || THING_WORD.test(text)) &&
  OWN_THINGS.test(text);

/** A cheap pre-test: most texts name none of these words, and OWN_THINGS need not be tried on them. */
const THING_WORD =
  /s(?:ervices|ystems|quads)|accounts|groups|projects|apps|applications|departments|workspaces|pods|crews|tribes|guilds|chapters|workstreams/;
