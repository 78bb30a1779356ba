/**
 * Another trade's things or another system, told or asked about with our words (round twenty): nothing
 * the bot can do, so the text asks nothing of it (unknown). Read on the lowercased message as typed.
 *  - a door's or a vehicle's key handled by people: "whoever took the MRO hangar key please put it back,
 *    the A-check team can't get in", "who borrowed the minibus key?";
 *  - another provider's API key told about: "the api key for the weather provider (not aws) expires
 *    tonight", "the sendgrid api key expires tonight";
 *  - access to another system taken away: "please revoke Tom's access to the CRM", "revoke Priya's
 *    access to Procore", "revoke Tom's CRM access" (the bedrock or AI system is ours);
 *  - another vendor's assistant allowed or not: "is ChatGPT allowed on site laptops or only the bedrock
 *    thing?";
 *  - the firm's own regions: "which region is the Canary Wharf job in for the regional accounts?";
 *  - a model of equipment: "what model of Leica scanner do we have", "what model is the site drone?";
 *  - the history of another trade's record or thing: "history of RFI-0318", "who was on the RFI register
 *    history call", "Gift history for Mrs Patel looks off", "the history behind the red logo", "the batch
 *    record history shows …", "the van's service history";
 *  - (round twenty-two) "list" as a noun or another trade's list ("list price for the MY27 goes up",
 *    "can we list the open recalls for VINs sold in Korea?", "bitte die Liste der Händler … aktualisieren"),
 *    a thing rotated where it stands ("rotate the plates in the incubator every 12 hours"), a key in
 *    another sense ("the answer key for the unit 5 test"), a person's professional credentials ("the
 *    credentials requirement for paraprofessionals"), a region things fall under ("which region is the
 *    Korea dealer network under?").
 * Each test opens with a word test, so that a text without the word costs one `includes`. A request of
 * ours in a clause of its own ("history of RFI-0318, revoke the rfi key") makes the text ours again:
 * parse-request.ts reads each clause (own-clauses.ts); the guards here keep a request inside the one
 * clause a reader claims ("can I get a spare key for the ml team?").
 */
import { OUR_MODEL_WORDS } from './others-things.js';
import { queueToken } from './queue-token.js';
import {
  GROUP_NOUN,
  LIFETIME,
  OUR_COMMAND,
  UNIT_AFTER,
  asksOurs,
  namesOurThing,
  namesOurs,
} from './ours-named.js';
import { COMMON_GIVEN_NAMES, GIVEN_NAMES } from './person-names.js';
import { whoDidToThing } from './physical-thing.js';
import { scanRegions } from './regions.js';
import { rewriteSurface } from './surface.js';

/**
 * A request put to the bot in the same clause: the text is not only told ("can I get a spare key for …",
 * "give us another one", "renew it please", "kill it now").
 */
const ASKED_OF_BOT =
  /\b(?:can\s+(?:you|i|we)|could\s+(?:you|i|we)|pls|plz|new|create|make|generate|issue|rotate|revoke|need|give|get\s+me|renew|extend|kill|another\s+one)\b/;
/** A unit's key: "key for the ml team", "key for data-eng", "the xero-sync team's key". */
const UNITS_KEY =
  /\bkey\s+for\s+(?:the\s+|team\s+)?(?:[a-z0-9]+-[a-z0-9-]+|[a-z0-9]+\s+(?:team|unit|squad)\b)|\b(?:team|unit)(?:'s)?\s+(?:api\s+)?key\b/;

/** People taking, keeping or missing a physical key. */
const KEY_HANDLED =
  /\b(?:whoever\s+(?:took|has|had|borrowed|nicked|grabbed)|who\s+(?:took|borrowed|nicked|grabbed))\b|\bwho\s+(?:had|has|'s\s+got|has\s+got)\s+it(?:\s+last)?\b|\bput\s+it\s+back\b|\blocked\s+out\b|\bcan'?t\s+get\s+in\b|\bcannot\s+get\s+in\b|\bon\s+the\s+hook\b|\bgone\s+walkabout\b|\b(?:a|any)\s+spare\b|\bdrop\s+it\s+(?:at|off)\b|\breturn\s+it\b/;

/** A credential of ours, named as one: then the key is no door's. */
const OUR_CREDENTIAL =
  /\b(?:api[\s_-]?key|access[\s_-]?key|token|bedrock|aws|iam|secret|rotate|revoke|deprovision|create|keys|leaked|leak)\b/;

/**
 * known25: a key told of as a thing of metal, asked for or not ("create a key for the mixer safety guard, the
 * old one's bent", "need a new key for the forklift, it snapped in the ignition", "a spare key cut for the
 * loading bay"): bent, snapped, cut, copied, on a ring, in a lock, the key *to* a till, door or cage (req29:
 * "replace the key to the gift shop till pls, someone lost it"; round thirty-four: "the film crew needs a key to the
 * gym", a room or building of the premises). A request word is no sign of ours here;
 * a credential named ("api key", "token", "leaked") or a unit's key ("the safety-guard team") is.
 */
const KEY_OF_METAL =
  /\b(?:bent|snapped|(?:broke|broken|sheared)\s+off|worn\s+down|key\s?rings?|on\s+(?:the|my|a|his|her)\s+ring|keys?\s+cut|(?:get|got|have|had)\s+(?:a|one|it|another|them)\s+(?:(?:new|spare|copy)\s+)?cut|cut\s+(?:a|me\s+a|another|us\s+a)\s+(?:new\s+|spare\s+)?key|(?:in|into)\s+the\s+(?:lock|ignition|padlock)|locksmith|key\s+to\s+the\s+(?:[a-z]+\s+){0,2}?(?:till|tills|door|doors|gate|cage|enclosure|van|cabinet|safe|locker|lockers|shed|padlock|cash\s+box|storeroom|store\s+room|gym|gymnasium|garage|warehouse|basement|kitchen|changing\s+rooms?|bike\s+store))\b/;
const CREDENTIAL_NAMED =
  /\b(?:api[\s_-]?keys?|access[\s_-]?keys?|tok(?:en|n)?s?|bedrock|aws|iam|secrets?|leaked|leak|exposed|credentials?|creds)\b/;

function physicalKey(t: string): boolean {
  return (
    t.includes('key') &&
    KEY_HANDLED.test(t) &&
    !OUR_CREDENTIAL.test(t) &&
    !ASKED_OF_BOT.test(t) &&
    !UNITS_KEY.test(t)
  );
}

/**
 * The reason keyOfMetal gives: read on the whole text (parse-request.ts), since the metal is often told in a
 * clause of its own ("create a key for the mixer guard, the old one's bent").
 */
export const METAL_KEY_REASON = 'a key of metal, no credential';
/** Every "key" of the text: one alone is the metal one; a second may be ours ("…; also rotate the ads key"). */
const KEY_WORD = /(?<![\w-])keys?(?![\w-])/g;

function keyOfMetal(t: string): boolean {
  return (
    t.includes('key') &&
    KEY_OF_METAL.test(t) &&
    !CREDENTIAL_NAMED.test(t) &&
    !UNITS_KEY.test(t) &&
    (t.match(KEY_WORD)?.length ?? 0) === 1
  );
}

/**
 * fixcorpus30: keys asked after, with the premises around them told: "who has the yard keys for Leith? the fitters
 * are waiting at the gate", "what keys does the night porter have? the plant room one is missing": people kept
 * out at a gate or a door, or one key missing named by its room, are a building's keys, which no unit holds. Read
 * when no credential of ours is named (an api key, a token, Bedrock, AWS) and none of our commands is given
 * ("what keys does growth have?" asks a unit's details; "the api one is missing" is ours).
 */
const PREMISES_TOLD =
  /\b(?:waiting|stood|standing|stuck)\s+(?:at|outside|by)\s+the\s+(?:[a-z]+\s+)?(?:gates?|doors?|entrance|shutters?|barrier|fence|compound|site\s+hut)\b|\b(?:[a-z]+\s+)?(?:house|room|shed|store|hall|block|hut|cabin|cellar|gate|door|yard|compound)\s+one\s+(?:is|'s|’s|has\s+gone|went)\s+(?:missing|lost|gone|walkabout)\b/;
const KEYS_ASKED =
  /\b(?:who\s+(?:has|had|'s\s+got|has\s+got|holds|took)|what|which|where\s+are)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?keys\b/;

function premisesKeys(t: string): boolean {
  return (
    t.includes('keys') &&
    KEYS_ASKED.test(t) &&
    PREMISES_TOLD.test(t) &&
    !CREDENTIAL_NAMED.test(t) &&
    !OUR_COMMAND.test(t) &&
    !/\b(?:api|access)\s+ones?\b/.test(t)
  );
}

/** Another provider named as such, or a few well-known services that are not ours. */
const OTHER_PROVIDER =
  /\(not\s+(?:aws|bedrock|ours)\)|\bnot\s+(?:aws|bedrock)\b|\bnot\s+ours\b|\bthird[\s-]party\b|\b(?:stripe|twilio|sendgrid|openweather|mailchimp|google\s+maps|hubspot|zendesk|xero)(?![\w-])/;

/** The key told about as running out: nothing asked. */
const RUNS_OUT =
  /\b(?:expires?|expiring|runs\s+out|running\s+out|hit\s+its\s+quota|about\s+to\s+expire|rotates)\b/;

/**
 * The one who issued the key renews it (round twenty-three): "vendor will send a new one", "DHL will mail
 * us a new one", "their support issues the replacement": another's key, whoever they are (not "you", the
 * bot, "I" or "we", who would ask the bot).
 */
const RENEWED_BY_ISSUER =
  /\b(?!(?:you|u|bot|i|we|can|could|pls|please)\b)[a-z]+\s+(?:will\s+|'ll\s+|should\s+|would\s+|usually\s+|then\s+)?(?:send|sends|mail|mails|e-?mails?|issues?|provides?|gives?)\s+(?:us\s+|over\s+)?(?:a|the)\s+(?:new|fresh|replacement)\b/;
/** Something asked of the bot beside the story: "please", "can you", one of our commands. */
const POLITE_OR_COMMAND = /\b(?:please|pls|plz|can\s+(?:you|i|we)|could\s+(?:you|i|we)|i\s+need|we\s+need)\b/;

function otherProvidersKey(t: string): boolean {
  if (!t.includes('key') || !RUNS_OUT.test(t) || UNITS_KEY.test(t)) return false;
  if (OTHER_PROVIDER.test(t) && !ASKED_OF_BOT.test(t)) return true;
  return (
    RENEWED_BY_ISSUER.test(t) &&
    !POLITE_OR_COMMAND.test(t) &&
    !OUR_COMMAND.test(t.replace(RENEWED_BY_ISSUER, ' '))
  );
}

/**
 * Where another system's credentials are kept (round twenty-three): "credentials for the customs portal
 * (AGS) are with Khalid, ask him", "the login for the weighbridge is with Marta", "the SFTP credentials are
 * held by treasury": told where they are, nothing asked of the bot (not beside a request or a command).
 */
const HELD_BY_SOMEONE =
  /\b(?:credentials?|creds|keys?|logins?|passwords?|passwds?)(?:\s+(?:for|of|to)\s+[^,.;:!?\n]{1,48}?)?\s+(?:are|is|r|'re|'s|sit|sits|stay|stays)\s+(?:(?:still|now|all)\s+)?(?:with|held\s+by|kept\s+by)\s+(?!(?:you|u|the\s+bot|bedrock|aws)\b)[a-z]/;

function credentialsHeld(t: string): boolean {
  return (
    (t.includes(' with ') || t.includes(' by ')) &&
    HELD_BY_SOMEONE.test(t) &&
    !POLITE_OR_COMMAND.test(t) &&
    !OUR_COMMAND.test(t) &&
    !LIFETIME.test(t)
  );
}

/**
 * Another system's token and its lifetime, told (round twenty-three): "the booking tokens expire after 30
 * min, can we make it 2h?", "the crane simulator token for the trainees expires after 4h, then they login
 * again", "the VPN token lasts 8h": a token named by another system's words, its lifetime a fact of that
 * system; ours is a token alone or the bot's, Bedrock's, AWS's, the AI's, one's own ("my token expires
 * after 30 min"), or an AWS session token ("the session token expires after 1h").
 */
const OTHER_TOKEN_LASTS =
  /\b(?:the|their|these|those|our)\s+((?:[a-z][a-z0-9-]*\s+){1,3})tokens?(?:\s+(?:for|of|on)\s+(?:the\s+)?[a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*)?)?\s+(?:expires?|expiring|lasts?|time\s+out|times\s+out|timeout|runs?\s+out|(?:is|are)\s+valid|(?:is|are)\s+good)\s+(?:after|in|for|at|only|just|\d)/;
/** The words before "token" that make it ours (or any credential's): then it is no other system's. */
const OUR_TOKEN_WORDS =
  /\b(?:bedrock|aws|ai|claude|api|bearer|sts|temporary|temp|short-term|short|new|bot|llm|genai|my|access|this|that|current|same|last|first)\b|^session\s+$/;
/**
 * A token asked for beside the story: "give me a token", "token for 2h pls", "can I get one", "I need
 * one"; others' wishes ("visitors want all day") ask the bot nothing.
 */
const TOKEN_ASKED =
  /\b(?:i|we|i'd|we'd|i'll|i'm|im)\s+(?:\w+\s+)?(?:need|want|like|take)\b|\b(?:need|want)\s+(?:a|an|one|another|my|the)\b|\b(?:give|get|issue|create|generate|mint)\b|\btokens?\s+(?:for\s+)?\d|\bpls\b|\bplease\b/;

/**
 * notours27: another system's credentials, passwords or logins running out on its schedule, told or complained
 * of ("telemetry credentials for the Dolygaer logger expire every 90 days, pain", "tool vendor portal
 * credentials expire end of month, who renew them?"): named by that system's words, opening the sentence or
 * after a determiner. Who renews them is asked of people; a request beside it ("pls rotate", "I need a key")
 * asks the bot.
 */
// (asks29: also one's own login on that system, and one that has run out: "my DAM login expired, who resets
// those?", "my firearms credentials for the dangerous-animal team expire in January"; "my login expired" names no
// system, and "my bedrock login expired" ours.)
const OTHER_CREDS_LAST =
  /(?:^|[.!?\n]\s*|\b(?:the|their|these|those|our|all)\s+)(?:(?:my|his|her|your)\s+)?((?:[*_`]?[a-z][a-z0-9-]*[*_`]?\s+){1,3})(?:credentials?|creds|passwords?|logins?)(?:\s+(?:for|of|on)\s+(?:the\s+)?[a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*)?)?\s+(?:(?:expire|expires|expiring|run\s+out|lapse|lapses|time\s+out)\s+(?:after|in|every|at|end|on|next|this|tomorrow|today|monthly|weekly|\d)|(?:has\s+|have\s+|just\s+)?(?:expired|lapsed|ran\s+out|timed\s+out)(?=\s*(?:[,.;:!?—–-]|$|again\b|yesterday\b|today\b|last\b|this\b)))/;
/**
 * asks29: a login to another system failing, its credentials then asked about ("can't log in to ZIMS, are my
 * credentials expired?"): the system is named where one logs in; ours are the console, AWS, Bedrock, the bot.
 */
const CANT_LOG_IN =
  /\b(?:can'?t|cannot|can\s+not|unable\s+to)\s+(?:log\s*in|login|sign\s+in|get\s+into)\s+(?:to\s+|on\s+)?(?:the\s+)?([a-z][a-z0-9-]*)/;
const OUR_LOGIN_PLACES =
  /^(?:aws|bedrock|console|the|it|bot|claude|ai|sso|iam|my|our|slack|with|using|again|anymore|today|now|here)$/;
const WHO_RENEWS = /\bwho\s+(?:renews?|rotates?|resets?|issues?)\b/;

function otherSystemsTokenLasts(t: string): boolean {
  if (t.includes('cred') || t.includes('password') || t.includes('login')) {
    const c = OTHER_CREDS_LAST.exec(t);
    if (
      c !== null &&
      !OUR_TOKEN_WORDS.test(c[1] ?? '') &&
      !TOKEN_ASKED.test(t) &&
      !OUR_COMMAND.test(t.replace(WHO_RENEWS, ' '))
    )
      return true;
    const login =
      t.includes('log') || t.includes('sign') || t.includes('get into') ? CANT_LOG_IN.exec(t) : null;
    if (
      login !== null &&
      /\b(?:credentials?|creds|passwords?|logins?)\b[^.!?\n]{0,20}\b(?:expired|lapsed|ran\s+out)\b/.test(t) &&
      !OUR_LOGIN_PLACES.test(login[1] ?? '') &&
      !OUR_SYSTEM.test(t) &&
      !TOKEN_ASKED.test(t) &&
      !OUR_COMMAND.test(t)
    )
      return true;
  }
  if (!t.includes('token')) return false;
  const m = OTHER_TOKEN_LASTS.exec(t);
  return m !== null && !OUR_TOKEN_WORDS.test(m[1] ?? '') && !TOKEN_ASKED.test(t) && !OUR_COMMAND.test(t);
}

/** Systems that are not ours. */
const SYSTEMS =
  'crm|procore|salesforce|sharepoint|drive|mis|system|portal|mailbox|inbox|wifi|vpn|building|site|dropbox|jira|confluence|payroll|lims|' +
  // (fix59-quiet: a publisher's or a firm's other software, "the CMS", "the ERP", "the intranet", "the wiki".)
  'cms|erp|intranet|wiki|hris|ehr|emr';
/**
 * "revoke Tom's access to the CRM", "revoke Tom Smith’s access to the CRM", "revoke Tom's CRM access": a
 * person's access to a system that is not ours.
 */
const ACCESS_TO_SYSTEM = new RegExp(
  String.raw`\b(?:revoke|remove|pull|cut\s+off|disable)\s+(?:the\s+)?[a-z]+(?:\s[a-z]+)?['’]s\s+(?:(?:badge\s+)?access\s+(?:to|for|on)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:${SYSTEMS})|(?:[a-z]+\s+)?(?:${SYSTEMS})\s+access)\b`,
);
/**
 * fix59-quiet: access given to a person on another system, "can you give the new creator access to the CMS?", "grant
 * the temp access to the payroll portal": the system is named, and none of ours (OUR_SYSTEM).
 */
const ACCESS_GIVEN_TO_SYSTEM = new RegExp(
  String.raw`\b(?:give|gives|giving|grant|granting|add|set\s+up)\s+(?:the\s+|our\s+|my\s+|a\s+)?(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:(?:read|write|edit|admin|full)\s+)?access\s+(?:to|on|in)\s+(?:the\s+|our\s+)?(?:[a-z]+\s+)?(?:${SYSTEMS})\b`,
);
/** Our system named as the one: "access to the ai system", "the bedrock key she made". */
const OUR_SYSTEM = /\b(?:ai|bedrock|claude|llm|genai|keys?|tokens?|api|bots?|assistant)\b/;

/**
 * People whose access is another system's (round twenty-one): leavers, tenants, contractors, former staff
 * ("14 leavers still have RACF access, please revoke by Friday", "revoke access for the ex-tenant of 2B on
 * the Salto system"). A credential of ours is a unit's, never a leaver's or a tenant's door access; a group
 * noun after the word names a unit ("the contractors team").
 */
const PEOPLES_ACCESS =
  /\b(?:leavers?|movers?|tenants?|contractors?|residents?|visitors?|(?:ex|former|old|previous|departed|departing)[\s-]+(?:tenants?|employees?|staff|contractors?|members?|residents?|starters?|colleagues?))(?:['’]s?)?(?![\w-]|\s+(?:teams?|units?|squads?|groups?|crews?|desks?)\b)/;

/**
 * Access asked for, not taken away ("how do contractors get access?", "can former employees still access
 * the bot?"), or a command of ours beside the people ("deprovision the visitor-wifi unit because visitors
 * lost access anyway", "14 leavers still have RACF access. can I get one for growth"): the bot's help or
 * its request.
 */
const ACCESS_ASKED_OR_OURS =
  /\b(?:get|gets|getting|request|requesting|apply\s+for|obtain|keep|still\s+access|use)\b(?:\s+\w+)?\s+(?:access|the\s+bot)\b|\b(?:deprovision|offboard|rotate|create)\b|\b(?:can|could)\s+(?:i|we)\s+(?:get|have)\s+(?:one|a|an|another)\b/;

/**
 * A person's access to a thing named after "the", whatever it is (round twenty-three): "revoke the
 * locum's access to the dispensing robot": nothing of ours named (no unit, credential or AI word). Also
 * the thing named before "access" (sweep25a: "revoke Gary's bridge access", "who revoked Aoife's vault
 * access?"), whatever it is; not an access key ("revoke ads-ml's access key").
 */
const ACCESS_TO_THING =
  /\b(?:revoke|revoked|revoking|remove|pull|cut\s+off|disable|end)\s+(?:the\s+)?[a-z]+(?:\s[a-z]+)?['’]s\s+(?:(?:[a-z]+\s+)?access\s+(?:to|for|on)\s+the\s+[a-z]|(?<![\w-])[a-z]+\s+access(?![\w-]|\s+keys?\b))/;
/**
 * Session fifty: the same said with "of"/"for" ("revoke access for John to the payroll system, he resigned", and
 * Indonesian "cabut akses Bu Sari ke aplikasi absensi" as its words are read, "revoke access of bu sari to the system
 * absensi"): a person's access to a system, an app, a portal or a tool, none of ours (OUR_SYSTEM).
 */
const ACCESS_OF_PERSON_TO =
  /\b(?:revoke|revoked|revoking|remove|pull|cut\s+off|disable|end|take\s+away)\s+(?:the\s+)?access\s+(?:of|for)\s+(?:(?:pak|bu|mas|mbak|bang|kak|encik|cik|mr|mrs|ms|dr)\s+|the\s+(?:[a-z]+\s+)?)?[a-z]+\s+(?:to|on)\s+(?:the\s+|our\s+|their\s+)?(?:[a-z]+\s+)?(?:systems?|apps?|applications?|portals?|tools?|platforms?)\b|\b(?:cabut|hapus|tarik|matikan|nonaktifkan|tutup|revoke|remove)\s+akses\s+(?:pak|bu|mas|mbak|bang|kak|encik|cik)\s+[a-z]+\s+(?:ke|di|untuk|utk)\s+(?:sistem|aplikasi|app|portal)\b/;
/**
 * known25: a person's access named by its place or machine, no "to" ("revoke Gary's ramp access, he left on
 * friday", "take away Priya's door access"): the thing's word before "access", never a word of software
 * access a unit may hold ("growth's prod access", "ads's api access" are left to the usual reading).
 */
const THINGS_ACCESS_OF =
  /\b(?:revoke|remove|pull|cut\s+off|disable|end|suspend|take\s+away)\s+(?:the\s+)?[a-z]+['’]s\s+(?!(?:prod|production|staging|dev|test|admin|console|api|cli|iam|root|sso|aws|bedrock|models?|llm|ai|genai|claude|keys?|tokens?|bot|read|write|full|all|cloud|account)\b)[a-z][a-z0-9-]*(?:\s[a-z][a-z0-9-]*)?\s+access\b/;
/**
 * sweep29: a person's access, bare ("revoke Lisa's access, she's left the yard", "revoke Ryan's access asap"): a given
 * name is a person, never a unit (README: a person names no unit), and the bot grants no person access; "revoke
 * Lisa's access key" names a key, left to the usual reading. (The code before "access", "Lisa's Bay-4 access", is
 * THINGS_ACCESS_OF's.)
 */
const PERSONS_ACCESS =
  /\b(?:revoke|remove|pull|cut\s+off|disable|end|suspend|take\s+away)\s+([a-z]+)['’]s\s+access\b(?![\w-]|\s+(?:keys?|tokens?|credentials?|creds)\b)/;

function personsAccess(t: string): boolean {
  const name = PERSONS_ACCESS.exec(t)?.[1];
  return name !== undefined && (GIVEN_NAMES.has(name) || COMMON_GIVEN_NAMES.has(name));
}
/**
 * A place's opening hours (round twenty-three): "turnstile access for away fans closes 15 min before
 * kick-off", "access to the blade yard opens at 7": told, nothing asked.
 */
const ACCESS_HOURS =
  /\baccess\b[^.,;!?\n]{0,40}?\s(?:closes|opens|shuts|reopens|ends|starts|is\s+(?:closed|open|shut))\b/;

/**
 * fix54d: a person's access said the Tagalog way, "paki-revoke yung access ni Jomar sa rider app" (Jomar's access to the
 * rider app): read as the glossary says it in English (surface.ts) by the readers below.
 */
const ACCESS_OF_PERSON_ABROAD = /\baccess\s+(?:ni|nina|kay)\s/;

function accessToAnotherSystem(t: string): boolean {
  if (ACCESS_OF_PERSON_ABROAD.test(t)) {
    const en = rewriteSurface(t).toLowerCase();
    if (en !== t && !ACCESS_OF_PERSON_ABROAD.test(en)) return accessToAnotherSystem(en);
  }
  if (!(t.includes('access') || t.includes('akses')) || OUR_SYSTEM.test(t)) return false;
  if (ACCESS_TO_SYSTEM.test(t) || ACCESS_OF_PERSON_TO.test(t) || ACCESS_GIVEN_TO_SYSTEM.test(t)) return true;
  if (
    (ACCESS_TO_THING.test(t) || THINGS_ACCESS_OF.test(t) || ACCESS_HOURS.test(t) || personsAccess(t)) &&
    !namesOurs(t)
  )
    return true;
  return PEOPLES_ACCESS.test(t) && !namesOurs(t) && !ACCESS_ASKED_OR_OURS.test(t);
}

/**
 * Another trade's grant revoked (round twenty-three): "revoke the standing order for ward 5", "revoke the
 * crane permit for the jack-up vessel", "the judge revoked bail", "revoke the press pass": an order, a
 * permit, a licence, a pass or a ticket, no credential of ours, when nothing of ours is named. Also a
 * person's (sweep24a: "revoke Tom's keeper pass", "revoke Sarah's parking permit"): the person is whose
 * the grant is, no unit. A card, badge, fob or wristband is such a grant (round twenty-five: "can you revoke
 * Jake's swipe card, he finished Friday"), and so is a premises' code or a master key (sweep27: "revoke the
 * gate PIN for unit A-14", "revoke Kelly's master key, she's left"). A code may name the grant's place (sweep29:
 "revoke Tower-2 permits", "revoke Zone-5 licences asap"). fix59-quiet: an approval, a waiver, a certificate, a
 * privilege or a shop's promotion is such a grant too ("revoke the WPS 114 approval, the new one replaces it", "revoke
 * the 2x1 promo from tomorrow"), and the code before it may be a number ("the WPS 114 approval").
 */
const GRANT_REVOKED =
  /\b(?:revoke|revoked|revokes|revoking|cancel|cancels|cancelled|suspend|suspends|suspended|withdraw)\s+(?:(?:the|a|an|his|her|their|this|that|its|[a-z]+['’]s)\s+)?(?:[a-z0-9][a-z0-9-]*\s+){0,2}?(?:order|orders|permit|permits|injunction|bail|licen[cs]es?|pass|passes|ticket|tickets|subscriptions?|prescriptions?|visas?|warrants?|ban|membership|memberships|contracts?|offers?|invitations?|bookings?|reservations?|parole|probation|accreditation|registration|cards?|keycards?|badges?|fobs?|wristbands?|lanyards?|pins?|passcodes?|codes?|combinations?|master\s+keys?|approvals?|waivers?|exemptions?|certificat(?:es?|ions?)|privileges?|promos?|promotions?|discounts?|deals?|vouchers?|coupons?)\b/;

/**
 * sweep29: a site's, a door's or an alarm's codes rotated or changed ("rotate the access codes for the Tower-2 site",
 * "rotate the keypad PINs for B-wing", "change the gate codes at the CT-2 yard"): a lock's codes, no credential of
 * ours, when nothing of ours is named.
 */
const CODES_ROTATED =
  /\b(?:rotate|rotated|rotating|change|changed|reset|cycle)\s+(?:(?:the|all|our|their)\s+){0,2}(?:[a-z*_][a-z0-9*_-]*\s+){0,2}?(?:codes|pins|passcodes|combinations|combos)\b/;

function grantRevoked(t: string): boolean {
  if (
    (t.includes('code') || t.includes('pin') || t.includes('combo')) &&
    CODES_ROTATED.test(t) &&
    !namesOurs(t)
  )
    return true;
  return (
    (t.includes('revok') || t.includes('cancel') || t.includes('suspend') || t.includes('withdraw')) &&
    GRANT_REVOKED.test(t) &&
    !namesOurs(t)
  );
}

/**
 * A machine taken out for work on it (round twenty-three): "disable turbine 12 for the blade repair",
 * "switch off pump 3 for the inspection": a repair, service or inspection is no credential's.
 * (fix41g, tuned-cruise: not the work noun inside a unit's or an event's name, "shut down everything for the
 * Aurora refit trial", "… for the hull cleaning pilot": the trial set up is a unit of ours, event-unit.ts.)
 */
const TAKEN_OUT_FOR_WORK =
  /\b(?:disable|deactivate|suspend|isolate|switch\s+off|shut\s+down|stop|pause)\s+[^.,;!?\n]{1,40}?\sfor\s+(?:the\s+|a\s+|its\s+)?(?:[a-z-]+\s+){0,2}?(?:repairs?|maintenance|inspections?|service|servicing|cleaning|clean|install|installation|works|outage|overhaul|refit)\b/;
/** fix41g, tuned-cruise: the whole of what was set up for a work's trial, "shut down everything for the Aurora refit trial". */
const WHOLE_FOR_WORK_TRIAL =
  /\b(?:everything|it\s+all|all\s+of\s+it)\s+(?:down\s+)?for\s+(?:the\s+|our\s+)?(?:[a-z0-9-]+\s+){0,2}?(?:repairs?|maintenance|inspections?|servicing|cleaning|overhaul|refit)\s+(?:trial|pilot|poc)(?![\w-]|\s+runs?\b)/;

/**
 * post41a: only asked of the bot is the whole trial a unit of ours to remove: the verb opens the message or a clause,
 * or follows an asking word ("please", "can you"); "last month we shut down everything for the hull inspection
 * trial", "they'll shut down everything for the overhaul pilot" tell of a past or another's plan.
 */
const ASKED_BEFORE_WHOLE =
  /(?:^|[.!?;:]\s*|\b(?:please|pls|plz|kindly|(?:can|could|would|will)\s+(?:you|u)|go\s+ahead\s+and|ok(?:ay)?,?)\s+)(?:please\s+)?[a-z]+(?:\s+(?:down|off))?\s+$/;

function wholeTrialAsked(t: string): boolean {
  const m = WHOLE_FOR_WORK_TRIAL.exec(t);
  return m !== null && ASKED_BEFORE_WHOLE.test(t.slice(0, m.index));
}

function takenOutForWork(t: string): boolean {
  return (
    (t.includes('repair') ||
      t.includes('mainten') ||
      t.includes('inspect') ||
      t.includes('servic') ||
      t.includes('clean') ||
      t.includes('install') ||
      t.includes('works') ||
      t.includes('outage') ||
      t.includes('overhaul') ||
      t.includes('refit')) &&
    TAKEN_OUT_FOR_WORK.test(t) &&
    !wholeTrialAsked(t) &&
    !namesOurs(t)
  );
}

/**
 * A payment's token (round twenty-one): "Apple Pay token provisioning failing for Amex cards", "card token
 * refresh failing", "network tokens for Mastercard": a card's stand-in number, no credential of ours, when
 * no other token or credential is named ("token for 2h, debugging the apple pay token failures" asks one).
 */
// (fix54d: and a shop's promotion token, "promo token expiry kab hai? customers complaining voucher invalid", "the
// coupon tokens": a customer's code, not a name joined to ours, "vn-promo token".)
const PAYMENT_TOKEN =
  /\b(?:(?:apple|google|samsung)\s+pay|card|payment|network|pan|device|visa|mastercard|amex)\s+tokens?\b|(?<![\w-])(?:promo|voucher|coupon|discount|referral|gift\s+card)\s+tokens?\b/g;
const OUR_TOKEN_TALK = /\b(?:tok(?:en|n)?s?|bedrock|aws|claude|ai|api|keys?|credentials?|creds)\b/;

function paymentToken(t: string): boolean {
  if (!t.includes('token')) return false;
  const rest = t.replace(PAYMENT_TOKEN, ' ');
  return rest !== t && !OUR_TOKEN_TALK.test(rest);
}

/**
 * Another trade's spend (round twenty-one): "spend on concierge overtime this month is nuts", "what's our
 * spend on catering?", "agency spend is up": money spent on staff, food, travel or premises, not on ours
 * ("what did growth spend on bedrock this month?"). Words that may name a unit (marketing, ads, training,
 * concierge, payroll, recruitment, maintenance) are left out, and a group noun after the word names a
 * unit ("the security guards team"); concierge, payroll or recruitment stay only before a trade's word
 * ("concierge overtime"). Capital and operating spend are budgets' (round twenty-five: "capex spend for the
 * tailings lift — Sarah, can you send the latest numbers?"). (fixcorpus30: packaging, pallets and advertising, an ad
 * platform's ads, "how much did we spend on packaging last month?", "what did sales spend on LinkedIn ads?".) Fuel,
 * power and supplies too (fixfollowups30: "how much did we spend on diesel in November?", "spend on chemicals this
 * quarter").
 */
/** The things a trade spends on (OTHER_SPEND). (fix54d: and a delivery company's incentives, payouts, refunds, vouchers.) */
const TRADE_SPEND_THINGS =
  String.raw`overtime|wages|salar(?:y|ies)|agency\s+staff|temps|catering|fuel|repairs|cleaning|utilities|stationery|uniforms|postage|printing|hotels|flights|taxis|food|lunch(?:es)?|coffee|snacks|bonuses|consultants|contractors|furniture|security\s+guards|skips|packaging|pallets|advertising|adverts|billboards|(?:linkedin|facebook|google|meta|tiktok|instagram|radio|tv|print|social|newspaper)\s+ads|diesel|petrol|electricity|chemicals|detergents?|spare\s+parts|rent|incentives|commissions|payouts|refunds|discounts|cashback|vouchers|coupons|subsidies` +
  // (fix59-quiet: a marketer's channels and a team's kit, "paid social", "paid search", "swag", "travel", "hardware".)
  String.raw`|social|search|media|swag|merch|travel|hardware|equipment|drinks|kopi|beer|gifts`;
const OTHER_SPEND = new RegExp(
  String.raw`\bspen(?:d|t|ding)\s+(?:(?:so|too|way\s+too)\s+much\s+(?:money\s+)?)?on\s+(?:the\s+|our\s+)?(?:[a-z]+\s+)?(?:${TRADE_SPEND_THINGS})(?![\w-]|${UNIT_AFTER})|\b(?:overtime|agency|catering|fuel|capex|opex|capital|diesel|freight)\s+spend\b`,
);

/**
 * (asks23) Spend told and judged, or spend per a measure of another trade: "fertiliser spend last month
 * was mental, 40% over budget", "job board spend was way over last month", "spend per hectare on seed is up
 * 12%": a remark in a sentence that asks nothing, nothing of ours named ("what did growth spend?" asks). (fix54d: and
 * without its verb, as Singlish and Indian English say it, "promo spend this month already over budget".)
 */
const SPEND_JUDGED =
  /\bspend(?:ing)?\s+(?:(?:last|this|in|over|for|so)\s+(?:[a-z0-9]+\s+){0,2}?)?(?:(?:was|is|has\s+been|have\s+been|went|came\s+in|'s|are|were)\s+|(?=(?:already|still|now)\s))(?:(?:way|well|a\s+bit|so|totally|completely|absolutely|just|really|still|now|already|also|about|nearly|almost)\s+)?(?:up|down|over|under|above|below|through|mental|nuts|brutal|crazy|insane|huge|massive|ridiculous|silly|wild|bonkers|out\s+of\s+control|double|triple|\d)/;
const SPEND_PER =
  /\bspend\s+per\s+([a-z]+)\s+(?:(?:on|for|of)\s+(?:[a-z]+\s+){1,2}?)?(?:is|was|has|had|went|rose|fell|jumped|dropped|doubled)\b/;
const PER_OURS = new Set(
  (
    'unit units team teams key keys token tokens model models request requests call calls user users bu bus ' +
    'project projects day days week weeks month months hour hours query queries invocation invocations seat ' +
    'seats person dev developer engineer service app'
  ).split(' '),
);

function spendRemark(t: string): boolean {
  if (namesOurs(t)) return false;
  const per = SPEND_PER.exec(t);
  if (per !== null && !PER_OURS.has(per[1] ?? '') && statementAt(t, per.index)) return true;
  const judged = SPEND_JUDGED.exec(t);
  return judged !== null && statementAt(t, judged.index);
}

/** A trade's thing as a word, for the glossed reading below. */
const TRADE_SPEND_THING_RE = new RegExp(String.raw`\b(?:${TRADE_SPEND_THINGS})\b`);

/** fix54d: how much, or spent, in the languages the glossary reads ("kitna", "magkano", "nagastos", "kharcha"). */
const SPEND_ABROAD = /kitna|magkano|gastos|nagastos|ginastos|kharch|berapa|biaya/;

function otherSpend(t: string): boolean {
  const spent = t.includes('spen');
  if (spent && ((OTHER_SPEND.test(t) && !namesOurs(t)) || spendRemark(t))) return true;
  // fix54d: the same asked in another language, "spend kitna hua rider incentives pe?", "magkano ang nagastos natin sa
  // vouchers?": read as the glossary says it in English (surface.ts), only where a trade's thing is named at all.
  if (!(spent || SPEND_ABROAD.test(t)) || !TRADE_SPEND_THING_RE.test(t)) return false;
  const en = rewriteSurface(t).toLowerCase();
  return en !== t && OTHER_SPEND.test(en) && !namesOurs(en);
}

/**
 * A property listed on a portal or a market (round twenty-one): "can we list unit 5C on Rightmove yet?",
 * "get flat 12A listed on Zoopla": a listing, not the bot's list.
 */
const LISTED_ON =
  /\blist(?:ed|ing)?\s+(?:[a-z0-9]+\s+){0,3}?on\s+(?:rightmove|zoopla|onthemarket|airbnb|ebay|etsy|vinted|gumtree|openrent|spareroom|the\s+(?:market|portals?|website))\b/;
/**
 * Flats and their tenancies (round twenty-one): "list the units with expiring leases", "the flats with gas
 * safety checks due": units of a building, not ours ("list the units with keys expiring" is).
 */
const UNITS_WITH_PROPERTY =
  /\b(?:units|flats|properties|homes|apartments|blocks|houses|rooms)\s+(?:with|that\s+have|that\s+need|where|whose|needing|without|due)\s+(?:[a-z]+\s+){0,3}?(?:leases?|tenanc(?:y|ies)|tenants?|rent|arrears|voids?|damp|mould|mold|repairs?|viewings?|gas\s+safety|epcs?|inspections?|boilers?|vacanc(?:y|ies)|bedrooms?|parking)(?![\w-])/;
/** A list or a sheet told as attached: "list of voids for the north region attached". */
const LIST_ATTACHED =
  /\b(?:list|spreadsheet|sheet|schedule|register|report)\s+of\s+[^.?!\n]{0,80}?\b(?:attached|enclosed|below|in\s+the\s+(?:shared\s+)?(?:drive|folder|sheet|tracker|doc))\b/;

/**
 * known24: keys named only by an attachment, a file or a screenshot the bot cannot see ("list of keys attached,
 * revoke all of them", "revoke all the keys in the attached file", "keys are in the screenshot above").
 */
const ATTACHMENT =
  /\b(?:attached|attachment|enclosed|screenshots?|uploaded|csv|xlsx|spreadsheet|pdf)\b|\b(?:see|in|on)\s+(?:the\s+)?(?:file|image|photo|picture|sheet)\s+(?:above|below)\b/;
const KEYS_THERE =
  /\bkeys\b[^.?!\n]{0,40}?\b(?:attached|enclosed|above|below)\b|\b(?:attached|enclosed|above|below)\b[^.?!\n]{0,40}?\bkeys\b|\bkeys\s+(?:(?:are|is)\s+)?(?:listed\s+)?(?:in|on)\s+(?:the|this|that|my)\s+(?:attached\s+)?(?:screenshots?|spreadsheet|sheet|file|csv|pdf|image|photo|picture|doc|attachment|xlsx)\b|\b(?:attached|enclosed)\s+(?:[a-z]+\s+){0,2}?(?:has|have|holds?|contains?|lists?)\s+(?:the\s+|all\s+the\s+)?keys\b/;

/**
 * fix24a: keys named only by a list above or below in the thread ("revoke all keys above", "the keys listed
 * below", "every key in the list above"): as unseen as an attachment (a unit named with them is read as usual).
 */
const KEYS_LISTED_HERE =
  /\bkeys\s+(?:(?:listed|mentioned|named|shown|posted|pasted)\s+)?(?:above|below)\b|\bkeys?\s+(?:in|on|from)\s+(?:the|this|that|my)\s+(?:list|table|thread|message|post)\s+(?:above|below)\b/;

/** Whether the keys a text acts on are only in an attachment, or a list, the bot cannot see (lowercase text). */
export function keysOnlyAttached(t: string): boolean {
  return t.includes('key') && ((ATTACHMENT.test(t) && KEYS_THERE.test(t)) || KEYS_LISTED_HERE.test(t));
}

/**
 * "list" as a noun (round twenty-two): "list price for the MY27 Vantor SE goes up 2%", "the new price list
 * for spare parts": a price, not the bot's list ("show me the price list" asks the bot's, fix22d).
 */
const LIST_PRICE =
  /\blist\s+prices?\b|(?<!\b(?:show|give|send|share)\s+(?:me\s+|us\s+)?(?:the\s+|your\s+)?)\bprice\s+lists?\b/;
/**
 * Another language's list of another trade's people or things (round twenty-two): "bitte die Liste der
 * Händler in Region Nord aktualisieren", "la lista de distribuidores": not a list of units or keys.
 */
// (fix36c, tuned-dating: and Portuguese "as"/"os", "lista de todas as unidades": our units, listed.)
// (fix48g, tuned-styles-francophone: and after a possessive, "comment je vois la liste de mes unités ?": the thing
// listed is the word after it, "liste de mes courses" a shopping list.)
const FOREIGN_LIST =
  /\b(?:liste|lista)\s+(?:der|des|von|de|del|dei|degli|delle|di|dos|das)\s+(?:(?:todas|todos|toutes|tous|alle|aller|allen|tutte|tutti)\s+)?(?:(?:los|las|les|la|le|gli|die|den|as|os|mes|nos|mis|meine|unsere)\s+)?(\p{L}+)/u;
const FOREIGN_OURS = new Set(
  (
    'units unit teams team einheiten geschäftsbereiche bereiche schlüssel keys key tokens token modelle ' +
    'modelos modèles modelli models clés claves chiavi unidades unités unità equipos équipes squadre ' +
    'zugänge accesos accès abteilungen proyectos projekte projets progetti departamentos ' +
    // (fix48g, tuned-styles-francophone: "liste des BU de X", business units, the French plural written as "BU".)
    'bu'
  ).split(' '),
);
/**
 * A list of another trade's things asked (round twenty-two): "can we list the open recalls for VINs sold
 * in Korea?", "list the students who missed the algebra test", "list the recalled lots shipped to
 * Germany": a plural noun that names no unit, described by what follows it ("list the units in
 * eu-west-1", "list the keys for growth" are ours).
 */
// (fix50e, tuned-aircargo: and a list of them told, where they are held, "list of ULDs stuck at DWC: AKE12345FK, …".)
// (fix59-quiet: the things described by any word before them, "list all dark stores with >20% stockouts", "list of
// whitelisted addresses for client 4471", named by a code, "list all open 8Ds for Ford", or by what they need,
// "list of tanks needing pump-overs tonight".)
const LIST_OF_THINGS =
  /\blist\s+(?:of\s+)?(?:all\s+)?(?:the\s+|our\s+)?(?:(?:open|overdue|recalled|outstanding|pending|current|active|closed|late|missing|expired|upcoming|unpaid|failed|[a-z]+ed|dark|cold|hot|new|old|empty|full|vacant|low|high)\s+)?([a-z0-9]*[a-z]s)\s+(?:who|that|which|with|without|shipped|sold|due|raised|missing|from|for|in|at|by|stuck|held|waiting|sitting|parked|delayed|offloaded|left|needing|over|under)\b/;
const LISTED_OURS = new Set(
  (
    'units teams groups squads projects platforms desks crews pods labs bus ones owners holders regions ' +
    'providers models keys tokens creds credentials accounts apps services bots things items ads payments ' +
    'ops claims analytics sales operations logistics ' +
    // (units named as a firm's parts, and the people who hold our keys: "list the orgs that sara owns",
    // "list the users who have access")
    'workspaces orgs organisations organizations departments divisions members users apis'
  ).split(' '),
);
const REGION_CODE = /\b[a-z]{2}-[a-z]+-\d\b/;

/** One's own things listed: "list the guilds that I own", "… that are mine", "… owned by me" (a list of own units). */
const OWN_THINGS =
  /\b(?:that|which)\s+(?:i|we)\s+own\b|\bthat\s+are\s+(?:mine|ours)\b|\bowned\s+by\s+(?:me|us)\b/;

/**
 * notours27: every one of a trade's things listed by a property ("list every valve over 300mm that hasn't moved
 * in 5 years", "list each hydrant in zone 4 that failed"), or which of its lists to use ("which lot list should I
 * use, the hold list or the WIP list?"): the thing's noun is none of ours ("list every unit with a key" is).
 */
const LIST_EVERY_THING =
  /\blist\s+(?:every|each)\s+([a-z]+)\s+(?:who|that|which|with|without|over|under|above|below|older|larger|bigger|smaller|from|in|at|on|by)\b/;
const WHICH_LIST = /\b(?:which|what)\s+([a-z]+)\s+list\s+(?:should|do|shall|to|can|must|would)\b/;

function everyThingListed(t: string): boolean {
  const m = LIST_EVERY_THING.exec(t) ?? WHICH_LIST.exec(t);
  const thing = m?.[1] ?? '';
  return m !== null && !LISTED_OURS.has(thing) && !LISTED_OURS.has(`${thing}s`);
}

function otherTradesList(t: string): boolean {
  if (t.includes('own') && OWN_THINGS.test(t)) return false;
  if (everyThingListed(t)) return true;
  const foreign = FOREIGN_LIST.exec(t);
  if (foreign !== null && !FOREIGN_OURS.has(foreign[1] ?? '')) return true;
  const things = LIST_OF_THINGS.exec(t);
  return things !== null && !LISTED_OURS.has(things[1] ?? '') && !REGION_CODE.test(t);
}

/** A list of our own things: "list of units below", "the list of keys in the shared drive". */
const OUR_LIST_OF =
  /\b(?:list|spreadsheet|sheet|register|report)\s+of\s+(?:all\s+)?(?:the\s+|our\s+|my\s+)?(?:business\s+)?(?:units|teams|bus|keys|tokens|credentials|creds|models)\b/;
/** Our list asked in the same text: "list price went up again; list the units please". */
const OUR_LIST_ASKED = /\blist\s+(?:all\s+)?(?:the\s+|our\s+|my\s+)?(?:units|teams|bus|business\s+units)\b/;

/**
 * fix53d: another trade's things listed by who owns or made them, "list all dashboards owned by the payments team in
 * the demo tenant", "can you list all the monitors owned by platform in staging": a team named as the owner makes the
 * things no unit's keys (nothing of ours named: no key, token or credential, and the thing's noun none of ours).
 */
const LIST_OWNED_THINGS =
  /\blist\s+(?:out\s+)?(?:all\s+|every\s+)?(?:the\s+|our\s+)?(?:[a-z]+\s+)?([a-z]+s)\s+(?:owned|created|made|managed|maintained|built|run|set\s+up)\s+by\b/;
const OURS_IN_LIST = /\b(?:keys?|tokens?|creds?|credentials?|bedrock|access|spend|history)\b/;
function ownedThingsListed(t: string): boolean {
  if (!(t.includes(' by ') && t.includes('list'))) return false;
  const m = LIST_OWNED_THINGS.exec(t);
  return m !== null && !LISTED_OURS.has(m[1] ?? '') && !OURS_IN_LIST.test(t);
}

function otherListing(t: string): boolean {
  if (!t.includes('list') && !t.includes('units') && !t.includes('flats')) return false;
  // (asks23: "list of members who still haven't sent in their quota returns attached": a list sent, whatever
  // it names, asks nothing unless a command of ours is given beside it.)
  // (fix23d: not a list of our own things, "list of units below pls", nor one asked to be sent, "can you
  // send the list of units in the shared drive".)
  const sent = t.includes('list') ? LIST_ATTACHED.exec(t) : null;
  if (
    sent !== null &&
    !OUR_COMMAND.test(t) &&
    !OUR_LIST_ASKED.test(t) &&
    !OUR_LIST_OF.test(t) &&
    statementAt(t, sent.index)
  )
    return true;
  if (ownedThingsListed(t)) return true;
  if (namesOurs(t)) return false;
  return (
    LISTED_ON.test(t) ||
    UNITS_WITH_PROPERTY.test(t) ||
    (t.includes('attached') && LIST_ATTACHED.test(t)) ||
    (t.includes('list') && (LIST_PRICE.test(t) || otherTradesList(t)) && !OUR_LIST_ASKED.test(t))
  );
}

/**
 * Another trade's thing rotated (round twenty-two): "rotate the plates in the incubator every 12 hours",
 * "rotate the tyres on the pool van", "rotate the stock in the cold room": a thing turned or moved round
 * where it stands, nothing of ours named ("rotate the growth key in eu-west-1" is ours); the place may be
 * a vehicle's or a field's code (round twenty-three: "rotate the tyres on SC-14 and SC-15").
 */
const ROTATED_THING =
  /\brotat(?:e|es|ed|ing)\s+(?:the|our|those|these|all\s+the|all)\s+((?:[a-z]+\s+){1,2}?)(?:in|on|at|between|inside|within|around)\s+(?:(?:the|our|each|every|a|an|both|all|its|their)\s|[a-z]{1,4}-?\d{1,4}\b)/;
const ROTATED_OURS =
  /\b(?:one|ones|it|them|secrets?|passwords?|certs?|certificates?|envs?|creds?|tkns?|access|logins?|things)\s/;
/** Where our credentials are kept, after the place's "in the": "in the growth account", "in the vault". */
const CREDENTIAL_PLACE =
  /^(?:[a-z0-9-]+\s+)?(?:accounts?|workspaces?|vaults?|envs?|environments?|portal|console|org|tenant)\b/;

/**
 * A thing or a duty passed round people (round twenty-three): "the CD register key rotates between the two
 * senior pharmacists each week", "on-call rotates among the leads": told, whatever rotates, when nothing
 * is commanded or asked.
 */
const PASSED_ROUND = /\brotat(?:es|ed|ing)\s+(?:between|among|amongst)\s/;

/**
 * A team's people rotated (sweep24a): "rotate the Red Team and Blue Team goalkeepers", "rotate the Red Team
 * goalkeepers": people passed round shifts or positions, the team only whose they are, when no credential is
 * named ("rotate the ads team and growth team keys" is ours).
 */
// (sweep27: or any people named by what they do, an agent noun in -ers, -ors, -ists, -ians, -iers or -eurs,
// "rotate the Pit-3 dealers", "the CT-2 radiographers", "the Lion-1 zookeepers"; not a machine or a piece of
// software so named, "servers", "workers", "containers", "readers-api": those stay a unit's or nothing.)
const AGENT_PEOPLE = String.raw`(?!(?:servers|workers|containers|clusters|routers|brokers|runners|schedulers|loggers|listeners|trackers|buffers|parameters|filters|layers|headers|folders|printers|computers|monitors|sensors|processors|vectors|connectors|collectors|adapters|controllers|users|others|orders|letters|numbers|members|centers|meters|chargers|trailers|tractors|heaters|boilers|freezers|lockers|timers|scanners)\b)[a-z]{3,}(?:ers|ors|ists|ians|iers|eurs)`;
const ROTATED_PEOPLE_WORDS = String.raw`(?:players|goalkeepers|keepers|strikers|defenders|staff|guards|stewards|drivers|cashiers|volunteers|nurses|handlers|cast|dancers|musicians|singers|engineers|operators|officers|porters|cleaners|mechanics|technicians|attendants|lifeguards|coaches|referees|members|people|ushers|cooks|bakers|instructors|guides|wardens|hosts|${AGENT_PEOPLE})(?![\w-])`;
const TEAM_PEOPLE_ROTATED = new RegExp(
  String.raw`\brotat(?:e|es|ed|ing)\s+(?:the|our|all\s+the)\s+[^.,;!?\n]{0,60}?\b(?:team|squad|crew|side)s?\s+${ROTATED_PEOPLE_WORDS}` +
    // (sweep25a: people named after their place or its code, "rotate Bay-4 and Bay-5 staff", "rotate the
    // Gate-3 guards": a name, or two, right before the people is whose they are.)
    String.raw`|\brotat(?:e|es|ed|ing)\s+(?:(?:the|our|all\s+the)\s+)?(?:[a-z0-9]+(?:-[a-z0-9]+){0,3}\s+(?:(?:and|&|or)\s+)?){1,4}${ROTATED_PEOPLE_WORDS}`,
);
/**
 * People rotated with no team named (round twenty-five): "rotate the bar staff every 2h on the main stage",
 * "we need to rotate the ushers between the two stages": shifts or posts passed round, when no credential is
 * named.
 */
// (things26: or bare before the place they are passed round, "rotate staff on Bay-4", "rotate drivers between the depots".)
const PEOPLE_ROTATED =
  /\brotat(?:e|es|ed|ing)\s+(?:(?:the|our|all\s+the|all|my|those|these)\s+(?:[a-z-]+\s+){0,2}?|(?=[a-z]+\s+(?:on|between|across|around|through|at)\s))(?:staff|staffers|guards|stewards|ushers|marshals|drivers|cashiers|volunteers|nurses|handlers|dancers|porters|cleaners|bartenders|waiters|waitresses|attendants|lifeguards|pickers|packers|workers|labourers|laborers|operators|officers|medics|paramedics|runners|crew\s+members)(?![\w-])/;
const CREDENTIAL_WORD = /\b(?:tok(?:en|n)?s?|keys?|credentials?|creds|api|bedrock|aws|secrets?|passwords?)\b/;

/**
 * known25: a shop's or a kitchen's stock rotation ("rotate stock daily, oldest bread out first", "rotate the
 * stock on the dairy shelf"): goods turned so the oldest go first, the goods named bare (no unit's word
 * after them: "rotate the stock-sync key", "the stock team's key" are ours).
 */
const GOODS_ROTATED =
  /\brotat(?:e|es|ed|ing)\s+(?:the\s+|our\s+|your\s+|all\s+(?:the\s+)?)?(?:stock|inventory|produce|pallets|crates|shelves|tyres|tires|crops)(?![\w-]|\s+(?:team|teams|unit|units|squad|group|project|service|app|bot|pipeline|keys?|tokens?)\b)/;

/**
 * notours27: a thing turned by an angle or a direction ("rotate the wafer 90 degree before load", "rotate the panel
 * 90° clockwise", "a quarter turn"), or a player or a shift rotated ("who rotated the keeper in the 2nd half?",
 * "who rotated the night shift"; fix59-quiet: "who rotated the on-call for facilities this week?"): a physical turn or
 * a post passed on, when no credential is named.
 */
const TURNED_BY =
  /\brotat(?:e|es|ed|ing)\b[^.!?\n]{0,60}?(?:\b\d{1,3}\s?(?:°|degrees?\b|deg\b)|\b(?:a\s+)?(?:quarter|half)[\s-]turns?\b|\b(?:anti-?|counter-?)?clockwise\b)/;
const POST_ROTATED =
  /\brotat(?:e|es|ed|ing)\s+(?:the|our|my|their|his|her)\s+(?:(?:left|right|centre|center|first|second|starting|night|day|early|late|weekend|back|front)\s+)?(?:keeper|goalkeeper|goalie|striker|winger|midfielder|defender|full-?back|back|captain|pitcher|catcher|bowler|lineup|line-up|starting\s+eleven|xi|squad|bench|shift|rota|roster|crew|on-?call(?:\s+(?:rota|roster|schedule))?)(?![\w-]|\s+(?:team|teams|unit|units|squad|group|project|service|app|bot|keys?|tokens?)\b)/;

/**
 * fix59-quiet: a shop's, a kitchen's or a hotel's fixtures turned round on a schedule ("rotate the churro fryer oil
 * every 2 days", "rotate the end-cap displays on Monday", "rotate the mattresses each quarter"): a thing of the
 * premises, with up to two words naming which, when no credential is named.
 */
const FIXTURES_ROTATED =
  /\brotat(?:e|es|ed|ing)\s+(?:the\s+|our\s+|your\s+|all\s+(?:the\s+)?)?(?:[a-z-]+\s+){0,2}?(?:oil|displays?|signage|posters|banners|mattress(?:es)?|linens|towels|menus|exhibits|artworks?|paintings|plants|planters|rugs|mannequins|planograms?|end-?caps|specials|flyers|samples|bins|barrels|casks|hives|paddocks|pastures|livestock|cattle|sheep|herds?|flocks?)(?![\w-]|\s+(?:team|teams|unit|units|squad|group|project|service|app|bot|pipeline|keys?|tokens?)\b)/;

function thingRotated(t: string): boolean {
  if (!t.includes('rotat')) return false;
  if ((TURNED_BY.test(t) || POST_ROTATED.test(t)) && !CREDENTIAL_WORD.test(t)) return true;
  if (FIXTURES_ROTATED.test(t) && !CREDENTIAL_WORD.test(t)) return true;
  if (GOODS_ROTATED.test(t) && !CREDENTIAL_WORD.test(t)) return true;
  if ((TEAM_PEOPLE_ROTATED.test(t) || PEOPLE_ROTATED.test(t)) && !CREDENTIAL_WORD.test(t)) return true;
  if (PASSED_ROUND.test(t) && !POLITE_OR_COMMAND.test(t) && !OUR_COMMAND.test(t)) return true;
  const m = ROTATED_THING.exec(t);
  return (
    m !== null &&
    !ROTATED_OURS.test(m[1] ?? '') &&
    !CREDENTIAL_PLACE.test(t.slice(m.index + m[0].length)) &&
    !namesOurs(t) &&
    !REGION_CODE.test(t)
  );
}

/**
 * A key in another sense (round twenty-two): "who has the answer key for the unit 5 algebra test?", "the
 * marking key for the year 10 essay", "the colour key on the map": a test's answers or a chart's legend,
 * when nothing else of ours is named or commanded and no lifetime given (asksOurs: "answer key is in the
 * drive; also rotate the grading-bot key", "rotate the marking key", "a marking key for 2h" ask).
 */
const ANSWER_KEY = /\b(?:answer|answers|marking|colou?r)\s+keys?\b/g;

function answerKey(t: string): boolean {
  // (Most texts with "key" name no answer, marking or colour: tested first.)
  if (!t.includes('key') || !(t.includes('answer') || t.includes('marking') || t.includes('colo')))
    return false;
  // (The answer key's own "key" taken out, what is left may still ask ours: "rotate the marking key".)
  const rest = t.replace(ANSWER_KEY, ' ');
  return rest !== t && !asksOurs(rest);
}

/**
 * fix59-quiet: a game's or a product's keys, "I need 50 Steam keys for the streamers", "revoke the press build keys on
 * steamworks", "the licence keys for the CAD seats", "the cold wallet keys": codes a store or a vendor issues (or a
 * wallet's, held by people), whatever is
 * done with them, when no other key, token or AI word is left once they are taken out ("a Steam key, and a bedrock
 * key for growth" still asks ours).
 */
const GAME_KEYS =
  /(?<![\w-])(?:steam|steamworks|cd|serial|licen[cs]e|redeem|redemption|itch|gog|xbox|playstation|psn|nintendo|(?:cold|hot|hardware)\s+wallet)(?:\s+build)?\s+keys?\b|\b(?:press|beta|review|playtest|giveaway)\s+build\s+keys?\b|\bkeys?\s+(?:on|from|via|in|through)\s+(?:the\s+)?(?:steam(?:works)?|itch(?:\.io)?|epic|gog|xbox|playstation|psn|nintendo|humble)\b/g;
const KEY_OR_AI_LEFT = /\b(?:keys?|tokens?|creds?|credentials?|bedrock|api|aws|claude|llms?|ai|models?)\b/;

function gameKeys(t: string): boolean {
  if (!t.includes('key')) return false;
  const rest = t.replace(GAME_KEYS, ' ');
  return rest !== t && !KEY_OR_AI_LEFT.test(rest);
}

/**
 * A key in music's sense (asks25b): "what key is the encore in? the horn section needs charts", "which key's
 * the second song in?": what a piece is played in, when nothing of ours is asked besides (asksOurs on the
 * rest: "what key is the growth team in?" names a unit; "what key is the bot using?" ends elsewhere). fix33a: a song
 * named by its title in quotes ("what key is 'Harbour Lights' in? I hear E but the demo sounds more like F").
 */
const KEY_IS_IN =
  /\b(?:what|which)\s+key(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+((?:the|this|that|our|their|your|it)\b[^?.!\n]{0,40}?|['"‘’“”][^'"‘’“”?\n]{1,40}['"‘’“”])\s+in\s*(?:[?.!\n]|$)/;

function musicalKey(t: string): boolean {
  if (!t.includes('key') || !t.includes(' in')) return false;
  const m = KEY_IS_IN.exec(t);
  return m !== null && !asksOurs(m[1] ?? '') && !asksOurs(t.replace(m[0], ' '));
}

/**
 * post41a, tuned-energy: a trade's term given as an acronym and explained in brackets, "need a KCT (key change
 * token) for meter 0412 7789 331": a meter's token, no credential of ours, when the brackets spell the acronym out and
 * nothing of ours is named or commanded besides (not our own acronyms, "a PAT (personal access token)").
 */
const ACRONYM_EXPLAINED = /(?<![\w-])([a-z]{2,5})\s*\(([a-z]+(?:[\s-]+[a-z]+){1,4})\)/g;
const OUR_ACRONYMS = new Set([
  'pat',
  'pats',
  'sts',
  'iam',
  'api',
  'aws',
  'sso',
  'mfa',
  'jwt',
  'ak',
  'sk',
  'ai',
  'llm',
]);

function tradeTermExplained(t: string): boolean {
  if (!t.includes('(')) return false;
  for (const m of t.matchAll(ACRONYM_EXPLAINED)) {
    const acronym = m[1] ?? '';
    const words = (m[2] ?? '').split(/[\s-]+/);
    if (OUR_ACRONYMS.has(acronym) || !/\b(?:keys?|tokens?|credentials?)\b/.test(m[2] ?? '')) continue;
    if (
      words.map((w) => w[0]).join('') !== acronym.replace(/s$/, '') &&
      words.map((w) => w[0]).join('') !== acronym
    )
      continue;
    const rest = t.replace(m[0], ` ${acronym} `);
    if (!asksOurs(rest)) return true;
  }
  return false;
}

/**
 * What a token of another trade is worth (asks25b): "what exactly is a cloakroom token worth? lost mine at
 * the gala", "how much is a bus token worth these days": ours have no price, when no lifetime, key, Bedrock
 * or command of ours is named ("is a 12h token worth it?" weighs a lifetime).
 */
const TOKEN_WORTH = /\btokens?\s+(?:(?:really|actually|still|even)\s+)?worth\b(?!\s+it\b)/;
const WORTH_OURS = /\b(?:keys?|api_?keys?|bedrock|aws)\b/;

function tokenWorth(t: string): boolean {
  return (
    t.includes('worth') &&
    TOKEN_WORTH.test(t) &&
    !LIFETIME.test(t) &&
    !OUR_COMMAND.test(t) &&
    !WORTH_OURS.test(t)
  );
}

/**
 * How long another trade's things last (asks25b): "how long do holds last at the arena before they expire?",
 * "how long does a reservation hold last before it lapses?": a thing named that is none of ours (a
 * credential, a session, a login, a pronoun), nothing of ours in the text ("how long does a token last?",
 * "how long does the AI password last?" ask the bot's limits).
 */
const HOW_LONG_LASTS =
  /\bhow\s+long\s+(?:do|does|will|would|did|can|could)\s+(?:the\s+|our\s+|their\s+|a\s+|an\s+|these\s+|those\s+)?((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)\s+(?:usually\s+|normally\s+|typically\s+)?(?:last|stay\s+(?:valid|active|open)|remain\s+(?:valid|active))\b/;
const LASTS_OURS = new Set(
  (
    'it they them this that these those one ones mine yours ours i we you u session sessions login logins ' +
    'password passwords pass passes access approval approvals request requests'
  ).split(' '),
);

function otherThingLasts(t: string): boolean {
  if (!t.includes('how long') || namesOurThing(t) || LIFETIME.test(t)) return false;
  const m = HOW_LONG_LASTS.exec(t);
  return m !== null && !(m[1] ?? '').split(/\s+/).some((w) => LASTS_OURS.has(w));
}

/**
 * A person's professional credentials (round twenty-two): "the state changed the credentials requirement
 * for paraprofessionals again", "her nursing credentials expire in June", "credentialing for the new
 * locums": a licence or a certificate, when no credential of ours is named besides.
 */
const PRO_CREDENTIAL =
  /\bcredential(?:s|ed)?\s+(?:requirements?|standards|programs?|programmes?|courses?|exams?|hours|verification|paperwork)\b|\b(?:teaching|nursing|medical|clinical|professional|pharmacy|academic|educator|teacher|coaching|licensure|cpd)\s+credentials?\b|\bcredentialing\b/g;

/** Words one of which a professional credential is named with (a cheap test before the pattern). */
const PRO_HINT =
  /credentialing|requirement|standards|program|course|exam|hours|verification|paperwork|teach|nursing|medical|clinical|professional|pharmacy|academic|educator|coaching|licensure|cpd/;

function professionalCredential(t: string): boolean {
  if (!t.includes('credential') || !PRO_HINT.test(t)) return false;
  // (As answerKey: "rotate the clinical credentials" commands ours.)
  const rest = t.replace(PRO_CREDENTIAL, ' ');
  return rest !== t && !asksOurs(rest);
}

/**
 * An appointment done away with (round twenty-one): "can you delete the viewing for unit 2C at 3pm",
 * "cancel the 10am appointment for flat 4F": a diary's entry, nothing of ours.
 */
const APPOINTMENT_OFF = new RegExp(
  String.raw`\b(?:delete|cancel|remove|reschedule|rebook|move)\s+(?:the\s+|my\s+|our\s+|this\s+|that\s+)?(?:(?!units?\s)[a-z0-9:]+\s+)?(?:viewings?|appointments?|bookings?|meetings?|reservations?|invites?|inspections?|visits?|interviews?)(?![\w-]|${UNIT_AFTER})`,
);

function appointmentOff(t: string): boolean {
  // ("remove the bookings unit", "delete unit viewings": a unit named so.)
  return APPOINTMENT_OFF.test(t) && !namesOurs(t);
}

/** Another vendor's assistant, allowed or used instead of ours. */
const OTHER_ASSISTANT = /\b(?:chatgpt|copilot|gemini|perplexity)\b/;
const ALLOWED_OR_INSTEAD =
  /\b(?:allowed|permitted|banned|ok\s+(?:for|to)|okay\s+(?:for|to)|use)\b[^?\n]{0,80}\bor\s+(?:only\s+|do\s+we\s+have\s+to\s+use\s+)?(?:the\s+)?bedrock\b/;

function otherVendorsAssistant(t: string): boolean {
  return OTHER_ASSISTANT.test(t) && !/\b(?:token|key)\b/.test(t) && ALLOWED_OR_INSTEAD.test(t);
}

/** The firm's own regions: of accounts, targets, area managers. */
const FIRMS_REGION =
  /\bregional\s+(?:accounts|figures|targets|budgets?|sales|reporting|report|manager|director)\b|\barea\s+manager\b|\bregion\s+for\s+the\s+(?:fundraising|sales)\b/;

/** Words that make a "regional" text ours: a credential, a model, spend, a unit, a command. */
const FIRMS_REGION_OURS =
  /\b(?:tokens?|keys?|models?|bedrock|aws|ai|spen[dt]|spending|usage|costs?|list|show|history|deprovision|rotate|revoke|create|issue|teams?|units?|squads?)\b|regional-/;

/**
 * What a region has under it (round twenty-two): "which region is the Korea dealer network under, APAC or
 * Asia-Pacific-North?", "what region do the Scottish schools fall under?", "which region is the Dresden fab in for
 * export classification, EU or rest-of-world?" (notours27): a sales, an inspection or a trade
 * region that the firm's things ("the …") belong to. Our things asked so are help, as "which region is
 * the bot in?" is (fix22d): the bot, a credential, access, a unit, a bu, an account, a project or a
 * platform ("which region is the bot running under?", "which region does the ads account fall under?"),
 * or a unit named bare ("what region is growth under?", no "the").
 */
const REGION_UNDER =
  /\b(?:which|what)\s+(?:sales\s+|business\s+)?region\s+(?:is|are|does|do|did|was|were|should|would|will)\s+(?:the|their|those|these)\s+(?:[a-z0-9'’_-]+\s+){1,5}?(?:under|falls?\s+under|sits?\s+under|comes?\s+under|belongs?\s+to|reports?\s+(?:in)?to|rolls?\s+up\s+(?:to|into)|in)\b/;

/** Our things a region may be asked of, besides asksOurs's: "the payments bu", "the ads account". */
const UNDER_OURS = /\b(?:bus?|accounts?|access|projects?|platforms?|workspaces?)\b/;

/**
 * The region a team or person covers (round thirty: "which region is the education team covering this term? north or
 * the coast?"): a territory worked, a sales or service area, never an AWS Region, even with a team named.
 */
const REGION_COVERED =
  /\b(?:which|what)\s+regions?\s+(?:is|are|does|do|will|would)\s+(?:the|their|our|his|her|that|this)\s+((?:[a-z0-9'’_-]+\s+){1,4}?)(?:covering|covers?|serving|serves?|responsible\s+for|looking\s+after|look\s+after|working|work|handling|handles?|visiting|visits?)\b/;

function firmsRegion(t: string): boolean {
  if (!t.includes('region')) return false;
  // (fix37c, tuned-edtech: not the bot's, "what regions does the bot cover? asking for the Manila office".)
  const covered = REGION_COVERED.exec(t);
  if (
    covered !== null &&
    !HOSTED_OURS.test(covered[1] ?? '') &&
    !/\b(?:tokens?|keys?|models?|bedrock|aws)\b/.test(t)
  )
    return true;
  if (FIRMS_REGION_OURS.test(t)) return false;
  return FIRMS_REGION.test(t) || (REGION_UNDER.test(t) && !asksOurs(t) && !UNDER_OURS.test(t));
}

/**
 * Where another's system is hosted (asks25b): "any idea what AWS region the LIMS vendor hosts in?", "which
 * region is the ticketing platform hosted in?": the bot issues credentials, it knows no one's hosting; a
 * thing named that is none of ours (the bot, Bedrock, a credential, a model) and no command or lifetime
 * ("which region does the bot run in?", "what region is my token hosted in?" ask the bot's help).
 */
const REGION_HOSTED =
  /\b(?:what|which)\s+(?:aws\s+)?regions?\s+(?:(?:is|are|does|do|did|will|would)\s+)?((?:the|their|that|this|its|his|her)\s+(?:[a-z0-9'’-]+\s+){0,4}?)(?:(?:is|are|was|were|currently|actually)\s+)?(?:hosted|hosts?|hosting|runs?|running|based|located|deployed|lives?)\b/;
const HOSTED_OURS = /\b(?:bot|bots|you|u|assistant)\b/;

function regionHosted(t: string): boolean {
  if (!t.includes('region')) return false;
  const m = REGION_HOSTED.exec(t);
  if (m === null) return false;
  const what = m[1] ?? '';
  return (
    !namesOurThing(what) &&
    !HOSTED_OURS.test(what) &&
    !OUR_COMMAND.test(t) &&
    !LIFETIME.test(t) &&
    !/\b(?:tokens?|keys?|api_?keys?|bedrock|models?)\b/.test(t.replace(m[0], ' '))
  );
}

/** What AI models are called, and words after "model of" / "model is the" that ask about ours. */
const AI_WORD =
  /^(?:ai|llm|llms|claude|llama|titan|nova|mistral|mixtral|sonnet|haiku|opus|qwen|gemma|stable|stability|palmyra|writer|ai21|kimi|cohere|command|jamba|deepseek|gpt|openai|anthropic|meta|amazon|embedding|embeddings|text|image|chat|language|foundation|bedrock|the|a|an|our|your|ours|yours|these|those|them|all|each|should|is|are|do|does|can|would|for|to|in|and|works?|best|cheapest|fastest|default|bot|latest|newest|one|chatbot)$/;

/** A kind of AI work, beside others-things.ts's OUR_MODEL_WORDS: "model of coding assistant", "of vision". */
const AI_WORK = /\b(?:coding|reasoning|assistants?|vision|multimodal)\b/;
/**
 * After "what model is the …", what makes the model ours: our credential ("what model is the marketing
 * key allowed to call?"), a model used by a unit or a service, the default.
 */
const OUR_MODEL_TALK =
  /\b(?:llama|default|keys?|tokens?|call|invoke|team|unit|using|use|on|running|calling)\b/;

/** "what model of Leica scanner", "which model of centrifuge": a model of a product. */
const MODEL_OF = /\b(?:what|which)\s+model\s+of\s+([a-z]+)/;
/** "what model is the site drone?", "what model are the school minibuses?" */
const MODEL_IS_THE = /\bwhat\s+model\s+(?:is|are)\s+(?:the|our)\s+([a-z]+)/;

/**
 * (asks23) "which tractor models have the new telematics boxes fitted?", "which excavator models take the
 * bigger bucket?": a noun before "models" that names no AI model nor describes one ("which cheaper models",
 * "which vision models"), and nothing asked of ours besides (available, supported, called, used, "do you").
 */
const KIND_MODELS = /\b(?:what|which)\s+([a-z][a-z-]*)\s+models?\b/;
/** Devices and vehicles, whose models are never ours (fix54c; fix59-quiet: and locomotives, aircraft, headsets, …). */
const DEVICES = String.raw`phones?|iphones?|smartphones?|laptops?|tablets?|cars?|vans?|trucks?|lorries|bikes?|e-?bikes?|scooters?|printers?|tvs?|televisions?|cameras?|fridges?|washing-machines?|consoles?|watches|smartwatches?|headphones|earbuds|drones?|tyres?|tires?|handsets?|headsets?|locomotives?|trams?|aircraft|planes?|helicopters?|buses|boats?|motorcycles?|motorbikes?|tractors?|forklifts?|excavators?|cranes?|terminals?|tills?|routers?|modems?|boilers?|ovens?|freezers?|kiosks?|pos`;
const DEVICE_NOUN = new RegExp(String.raw`^(?:${DEVICES})$`);
/**
 * fix59-quiet: a device's models named outright ("new phone models list for the offers", "the headset models we
 * stock"), asked bare after the devices are named ("whoever ordered the 200 handsets: which models?"), or models that
 * people build or that stand on a table ("the models you built at the lego workshop", "scale models"): things, when
 * nothing of ours is named beside them.
 */
const DEVICE_MODELS = new RegExp(String.raw`\b(?:${DEVICES})\s+models?\b`);
const DEVICE_WORD = new RegExp(String.raw`\b(?:${DEVICES})\b`);
const BARE_MODELS_ASKED = /\b(?:which|what)\s+models?\s*(?:\?|$)/;
const MODELS_BUILT =
  /\bmodels?\s+(?:(?:you|we|they|i|he|she|the\s+kids)\s+)?(?:built|made|painted|printed|assembled|glued|carved|sculpted)\b|\b(?:lego|scale|clay|plastic|wooden|paper|cardboard|balsa|3d[\s-]printed|airfix|diecast|die-cast)\s+models?\b/;

function devicesModels(t: string): boolean {
  if (OUR_MODEL_WORDS.test(t) || AI_WORK.test(t) || asksOurs(t.replace(/\bmodels?\b/g, ' '))) return false;
  return DEVICE_MODELS.test(t) || MODELS_BUILT.test(t) || (BARE_MODELS_ASKED.test(t) && DEVICE_WORD.test(t));
}
/**
 * Words that describe a model rather than name a thing: "other", "newer", "available", "supported" (a word's
 * ending only with two letters before it: "mic", a noun, is no adjective in -ic, asks25b).
 */
const MODEL_ADJECTIVE =
  /^(?:other|new|newer|old|older|cheap|cheaper|good|better|big|bigger|small|smaller|large|larger|fast|faster|open|free|top|main|current|recent|specific|exact|base|popular|premium|paid|local|eu|us|uk|kind|kinds|type|types|more|many|few|frontier|multilingual|smart|smarter|same|different|various|public|private|proprietary|serverless|provisioned|generative|gen|ml|nlp|instruct|chat|speech|translation|summari[sz]ation|code|agent|agentic|hosted|custom|v\d)$|^[a-z]{2,}(?:est|ble|ed|ing|al|ive|ous|ic|ful)$/;
/** What asks the bot's models beside the noun: availability, use, "do you", "can I". */
const OUR_MODELS_ASKED =
  /\b(?:available|avail|supported?|offered|offer|allowed|enabled|access|call|calling|invoke|use|using|used|running|there|exist|you|u|we|i|cost|pricing|price|region|regions)\b/;
/** (asks23) "which model is STS 7? ZPMC or Liebherr?", "what model is crane 4": a model of a numbered thing. */
const MODEL_IS_NUMBERED =
  /\b(?:what|which)\s+model\s+(?:is|are)\s+(?:(?:the|our|that|this)\s+)?([a-z]{2,})\s?#?\d/;

function kindOfEquipmentModels(t: string): boolean {
  if (OUR_MODEL_WORDS.test(t) || AI_WORK.test(t)) return false;
  const kind = KIND_MODELS.exec(t);
  if (kind !== null) {
    const noun = kind[1] ?? '';
    const rest = t.replace(kind[0], ' ');
    // (fix54c, tuned-marketplace: a device or a vehicle is a thing whoever we are, "which phone models are we blocking
    // from listing after the battery recall?", "which car models do we list?": what "we" do with them is the trade's.)
    if (DEVICE_NOUN.test(noun)) return true;
    // (fix23d: a region's name, "which frankfurt models", asks ours.)
    if (
      !AI_WORD.test(noun) &&
      !MODEL_ADJECTIVE.test(noun) &&
      !asksOurs(noun) &&
      !asksOurs(rest) &&
      !scanRegions(noun).found.some((f) => f.code !== null)
    )
      return !OUR_MODELS_ASKED.test(rest);
  }
  const numbered = MODEL_IS_NUMBERED.exec(t);
  return (
    numbered !== null &&
    !AI_WORD.test(numbered[1] ?? '') &&
    !asksOurs(numbered[1] ?? '') &&
    !OUR_MODEL_TALK.test(t) &&
    !asksOurs(t.replace(/\bmodels?\b/g, ' '))
  );
}

function equipmentModel(t: string): boolean {
  if (!t.includes('model')) return false;
  if (kindOfEquipmentModels(t) || devicesModels(t)) return true;
  const named = MODEL_OF.exec(t) ?? MODEL_IS_THE.exec(t);
  if (named === null || AI_WORD.test(named[1] ?? '') || OUR_MODEL_WORDS.test(t) || AI_WORK.test(t))
    return false;
  // ("what model of thermal camera does the survey team use?": a model of a thing, whoever uses it.)
  return named[0].includes(' of ') || !OUR_MODEL_TALK.test(t);
}

/**
 * Another trade's history: a record's number, a meeting about one, a person's record, a story. (Medical,
 * purchase, employment and credit history are rules.ts's OTHER_HISTORY, our word in another sense: read
 * once, there.)
 */
// (fixcorpus30: a grower's records, "spray history for compartment 12", "the history of all spray approvals for
// compartment 9", and the story of a firm or a place, "the history of our company in the onboarding video".)
const OTHER_HISTORY =
  /\b(?:account|transactions?|rent|rental|arrears|complaints?|repairs|tenancy|statement|loan|mortgage|price)\s+history\b|\bhistory\s+(?:of|for|on)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:complaint|dispute|tenancy|arrears)(?![\w-])|\bhistory\s+(?:of|for)\s+(?:rfi|ncr|po|wo|inv|pnr|dwg|tq|si)[\s_-]?\d|\bhistory\s+(?:call|meeting|review|session|workshop|sync)\b|\b(?:gift|donation|donor|giving|patient|maintenance|planning|repair|fault|booking|travel|temp|temperature|sensor|gps|location|position|door|alarm|humidity|pressure|speed|route|trip|delivery|shipment|container|reefer|tracking|movement|weather|stock|feeding|milking|shift|order|purchase)\s+history\b|\bhistory\s+behind\b|\b(?:telemetry|voltage|current|battery|power|signal|orbit|attitude|sensor|meter|readings?|level|flow|vibration|load|cask|barrel|keg|batch)\s+history\b|\bhistory\s+(?:of|for|on)\s+(?:the\s+)?(?:[a-z0-9-]+\s+){0,4}?(?:currents|voltages?|temperatures?|readings|pressures?|levels|values|telemetry|measurements|vibrations|flows|loads)\b|\b(?:record|records|calibration|warranty|attendance|grade|grades|device|lot|sample|equipment|vehicle|inspection|vaccination|immuni[sz]ation|academic|behaviou?r|discipline)\s+history\b|\b(?:van|car|vehicle|truck|lorry|bus|minibus|bike|boiler|forklift|tractor)(?:['’]s)?\s+service\s+history\b|(?<![\w-])(?:spray|spraying|treatment|irrigation|watering|fertili[sz]er|pesticide|harvest|planting|dosing|company|family|club|town|building)\s+history\b|\bhistory\s+(?:of|for|on)\s+(?:all\s+)?(?:the\s+)?(?:spray|spraying|treatment|irrigation|watering|fertili[sz]er|pesticide|harvest|planting|dosing)(?![\w-])|\bhistory\s+of\s+(?:our|the|this)\s+(?:company|firm|business|family|club|town|city|village|building|brand|school)(?![\w-])/;

/**
 * fix35c: the history of a ledger's entries (tuned-tax: "Mrs. Iyer wants the history of all TDS defaults for the last 3
 * years", "the history of GST refunds"): tax, payment and filing records, another trade's, never a unit named
 * "tds-defaults" (a unit, team or key named after them, "the history of the refunds unit", is ours).
 */
const LEDGER_HISTORY =
  /\bhistory\s+(?:of|for|on)\s+(?:all\s+)?(?:the\s+|our\s+)?(?:[a-z]+\s+)?(?:defaults|refunds|filings|notices|assessments|penalties|deductions|challans|receipts|reimbursements|remittances|dues)(?![\w-])(?!\s+(?:unit|team|squad|key|keys|service|app|bot|group|pipeline)\b)/;

/**
 * A history asked for one name that ends the sentence (fix22d): "show me the record history for growth",
 * "what is the lot history for lot-tracking?": a unit's ("the calibration history for balance B-12 is
 * missing …" goes on).
 */
const HISTORY_FOR_UNIT = /\bhistory\s+for\s+[a-z][a-z0-9_-]*\s*(?:[?.!]|$)/;

/**
 * (asks23) A history told, not asked, or no unit's: a record's long number ("reefer history for TRIU
 * 880123-4", "load history for MSCU 123456-7"), a database's table ("the TOS history table is 400 GB"), or
 * the history as the subject of a remark ("container history shows gate-in 14:02", "the history of mistakes
 * this month is bad"), in a sentence that asks nothing. ("history for growth is what I need" asks a unit's:
 * "for" names whose history, and "is what I need" asks it.)
 */
const HISTORY_OF_NUMBER = /\bhistory\s+(?:of|for|on)\s+(?:the\s+)?(?:[a-z]{2,5}\s?-?)?\d{5,}/;
const HISTORY_TABLE = /\bhistory\s+(?:tables?|db|database|schemas?|partitions?|columns?|rows?|tab)\b/;
const HISTORY_TOLD =
  /\bhistory\s+(?:(?:of|on)\s+(?:[a-z0-9'-]+\s+){1,8}?)?(?:shows?|showed|is|was|are|were|looks?|looked|says|said|seems?|has|had|keeps?)\b(?!\s+(?:what|all|exactly|just|the\s+one)\b)/;

function historyTold(t: string): boolean {
  if (HISTORY_OF_NUMBER.test(t) || HISTORY_TABLE.test(t)) return true;
  const told = HISTORY_TOLD.exec(t);
  if (told === null) return false;
  // (notours24: "the bonded warehouse history shows 3 casks missing, can someone check with the
  // distillery?": the question after the remark is put to the people in the channel.)
  return statementAt(t, told.index) || ASKED_OF_PEOPLE_AFTER.test(t.slice(told.index));
}

/** A question put to the people in the channel after a comma: ", can someone check …", ", anyone …?" */
const ASKED_OF_PEOPLE_AFTER =
  /^[^?.!\n]{0,120}?[,;—–-]\s*(?:(?:can|could|would|will)\s+(?:someone|somebody|anyone|anybody|some1)|(?:anyone|anybody|someone|somebody)\b)/;

/**
 * notours24: a story told with the word: "a bit of history for the tour guides: porter was the first
 * industrial beer in London", "history lesson for the new folks: we used to share one key": no record of
 * changes asked, whatever it tells of (so nothing of ours guards it), in a sentence that asks nothing.
 */
const STORY_HISTORY =
  /\b(?:(?:a\s+)?(?:bit|spot|touch)\s+of|a\s+little(?:\s+bit\s+of)?|fun|random)\s+history\b|\bhistory\s+(?:lessons?|facts?|corner|buffs?|nerds?|trivia)(?![\w-])/;

function storyHistory(t: string): boolean {
  const m = STORY_HISTORY.exec(t);
  return m !== null && statementAt(t, m.index) && !OUR_COMMAND.test(t) && !LIFETIME.test(t);
}

/** Whether the sentence around `at` is told: no "?" and no question word opening it. */
function statementAt(t: string, at: number): boolean {
  const start =
    Math.max(
      t.lastIndexOf('.', at),
      t.lastIndexOf('?', at),
      t.lastIndexOf('!', at),
      t.lastIndexOf('\n', at),
    ) + 1;
  const ends = /[.?!\n]/.exec(t.slice(at));
  const sentence = t.slice(start, ends === null ? t.length : at + ends.index + 1);
  return !sentence.includes('?') && !QUESTION_OPENING.test(sentence) && !READING_ASKED.test(sentence);
}
/**
 * A reading asked for beside the remark, in the same sentence (fix23d): "spend last month was way over for
 * ads, show me", "history for ads shows nothing, try again", "…, can you pull the numbers".
 */
const READING_ASKED =
  /\b(?:show|send|pull|give|post|share)\s+(?:me|us|it|them|the|that|those|a|an)\b|\b(?:can|could|would)\s+(?:you|u)\b|\btry\s+again\b/;
const QUESTION_OPENING =
  /^\W*(?:how|what|what's|whats|why|when|where|which|who|is|are|was|were|does|do|did|can|could|should|will|would|has|have|any|pls|please|show|get|give|pull)\b/;

/**
 * notours27: a record against an opponent or of a career ("head-to-head history vs United: …", "transfer history
 * of our new striker"): the trade's own history, never our record of changes.
 */
const RECORD_HISTORY =
  /\bhistory\s+(?:vs\.?|v\.?|versus|against)\s|\b(?:head-to-head|h2h|transfer|club|injury|career|playing|match|fixture|scoring|disciplinary|medical|family|employment|credit|browser|browsing)\s+history\b/;

/**
 * fix59-quiet: the history of a numbered thing of another trade, "history for machine 5520 please, the client says it
 * ate 20 zł", "history of wagon 33 87", "the history of room 204", or a consignment's code told before it, "AWB
 * 176-55512340 history: DXB 02:10 received": a machine's, a vehicle's, an order's or a shipment's record, no unit's.
 */
const NUMBERED_THING_HISTORY =
  /\bhistory\s+(?:of|for|on)\s+(?:the\s+)?(?:machine|truck|van|vehicle|wagon|car|bus|lorry|trailer|room|order|invoice|ticket|case|claim|policy|patient|bed|device|meter|pump|tank|bay|pallet|lot|batch|store|shop|terminal|locker|table|vessel|ship|flight|tail|aircraft|container|parcel|shipment|locomotive|loco|turbine|lift|elevator|boiler|asset)\s+(?:no\.?\s*|#\s*)?\d|\b(?:awb|mawb|hawb|pnr|vin|imei|sku|po|inv|order|ticket|case|booking|container|parcel|tracking)\s+#?\d[\d-]{2,}\s+history\b/;

function otherHistory(t: string): boolean {
  if (!t.includes('history')) return false;
  if (storyHistory(t)) return true;
  if (NUMBERED_THING_HISTORY.test(t) && !namesOurThing(t)) return true;
  if (RECORD_HISTORY.test(t) && !namesOurThing(t)) return true;
  // ("what's the history behind the ads key being revoked?": our key's history.)
  // ("show me the account history for the growth unit": a unit's.)
  return (
    (OTHER_HISTORY.test(t) || LEDGER_HISTORY.test(t) || historyTold(t)) &&
    !namesOurs(t) &&
    !HISTORY_FOR_UNIT.test(t)
  );
}

/**
 * Tokens of another trade handed out (asks23): "milk tokens issued to members this month: 1,204", "meal
 * tokens issued to the night shift": a word before "tokens" that is none of ours (a credential's kind, a
 * determiner) and nothing of ours in the rest ("tokens issued to bob@…" is history's).
 */
const TOKENS_HANDED =
  /(?<![\w-])([a-z]+)\s+tokens?\s+(?:issued|handed\s+out|given\s+out|given|sold|redeemed|collected|printed|used)\b/;
const OUR_HANDED_TOKEN_WORDS = new Set(
  (
    'the our my your their his her its all any many no some how which what these those new active expired live ' +
    'valid outstanding temporary temp session sts aws bedrock api access bearer short long ai claude of were are ' +
    'was is and or more most fewer less other recent old xxdur xxperiod did do does have has had get got see ' +
    'show list'
  ).split(' '),
);

/**
 * asks29: another trade's tokens given each person per shift or day ("how many car-park tokens do we give the
 * volunteers per shift?", "how many meal tokens does each keeper get per day?"): an allowance of the trade's
 * tokens, named by its own word ("how many tokens can I get per day?" asks the bot's limits).
 */
const TOKENS_ALLOWANCE =
  /(?<![\w-])([a-z]+(?:-[a-z]+)?)\s+tokens?\s+(?:do|does|did|will|should|can|would)\s+(?:we|they|you|i|each|every|the|our)\s+(?:[a-z'’-]+\s+){0,3}?(?:give|get|hand|receive|allow|allocate|hand\s+out)\b[^?.!\n]{0,40}?\bper\s+(?:shift|day|person|head|visit|week|night|volunteer|member|guest|event|session|kid|child)\b/;

function otherTradesTokens(t: string): boolean {
  if (!t.includes('token')) return false;
  if (t.includes('per ')) {
    const a = TOKENS_ALLOWANCE.exec(t);
    if (a !== null && !OUR_HANDED_TOKEN_WORDS.has(a[1] ?? '') && !asksOurs(t.replace(a[0], ' '))) return true;
  }
  const m = TOKENS_HANDED.exec(t);
  if (m === null || OUR_HANDED_TOKEN_WORDS.has(m[1] ?? '')) return false;
  // ("what did tokens issued to <mailto:ana@…> look like": a person issued to, history's owner.)
  const rest = t.replace(m[0], ' ');
  // (fix23d: "how many growth tokens issued today", "recsys tokens issued this month pls": a word before
  // "tokens" may be a unit's name, so only a count told of them, in a sentence that asks nothing, is another
  // trade's tally: ": 1,204", "- 410", "22 in total".)
  return (
    !asksOurs(rest) &&
    !rest.includes('@') &&
    statementAt(t, m.index) &&
    COUNT_TOLD.test(t.slice(m.index + m[0].length))
  );
}
/** A count told: "…: 1,204", "… - 410", "…, 22 in total", "total 88". */
const COUNT_TOLD = /[:=\u2013\u2014-]\s*\d|\b\d[\d,.]*\s+(?:in\s+)?total\b|\btotal(?:\s+of)?\s*:?\s*\d/;

/**
 * Who approved another trade's thing (asks23): "who approved the overtime for the lashing crew on
 * sunday?", "who approved this invoice from the fencing contractor?": the thing approved, after a
 * determiner, is none of ours ("who approved the growth key?", "who approved it?", "who approved the
 * doc-intel one?" are history's).
 */
const WHO_APPROVED =
  /\bwho\s+(?:approved|okayed|ok'?d|signed\s+off(?:\s+on)?|authori[sz]ed)\s+(?:the|this|that|these|those|their|his|her|our|my)\s+((?:[a-z][a-z'-]*\s+){0,2}[a-z][a-z'-]*)/;
const APPROVED_OURS =
  // (fix23d: a group noun names a unit, "who approved the ml team", not "the milking team's overtime".)
  new RegExp(
    String.raw`\b(?:one|ones|request|requests|change|changes|creation|rotation|revocation|deletion|removal|deprovision\w*|offboarding|extension|renewal|access|${GROUP_NOUN})\b(?!')|[-_\d]`,
  );

function otherApproved(t: string): boolean {
  if (!t.includes('who')) return false;
  const m = WHO_APPROVED.exec(t);
  return m !== null && !APPROVED_OURS.test(m[1] ?? '') && !namesOurThing(t);
}

/**
 * Things of another trade that run out, and another provider down (asks23): "DBS checks for the
 * healthcare temps expire after 3 years", "the first aid certificates for the yard team expire next
 * month", "background check provider is down, Sterling say 2 hours": told, nothing of ours named (a unit
 * named is only whose the things are).
 */
// (fixcorpus30: or expiring, "visas for the deck crew are expiring before the season, HR pls check", "seasonal
// contracts expiring end of October": the word before is whose things they are, or the things.)
const THING_EXPIRES =
  /\b([a-z]+)\s+(?:will\s+|all\s+|both\s+)?(?:expire|expires|expired|run\s+out|(?:(?:are|is|all)\s+)?expiring)\b/;
const EXPIRES_OURS = new Set(
  (
    'it they them mine ours yours one ones this that these those which what when does do did will access ' +
    'login logins password passwords pass unit units also soon'
  ).split(' '),
);
// (fix38b, tuned-winery: not where a thing is, "do you do Cape Town? our lab servers are down that way".)
const IS_DOWN =
  /\b([a-z]+)\s+(?:is|are|was|were|'s|has\s+been|have\s+been|went)\s+(?:down|offline)\b(?!\s+(?:that|this)\s+way\b|\s+(?:there|south|under)\b)/;
const DOWN_OURS = new Set(
  'it you u bot bedrock this that everything thing service services console endpoint aws region api'.split(
    ' ',
  ),
);

function otherThingsState(t: string): boolean {
  if (!(t.includes('expir') || t.includes('run out') || t.includes('down') || t.includes('offline')))
    return false;
  if (namesOurThing(t)) return false;
  const expires = THING_EXPIRES.exec(t);
  if (expires !== null && !EXPIRES_OURS.has(expires[1] ?? '') && statementAt(t, expires.index)) return true;
  const down = IS_DOWN.exec(t);
  return down !== null && !DOWN_OURS.has(down[1] ?? '') && statementAt(t, down.index);
}

/**
 * notours24: a person's login, account or rights on another system, or a customer's rights, taken away:
 * "deprovision Marek's till login", "revoke tasking rights for customer ACME-GEO", "disable Anna's POS
 * account": our credentials are a unit's keys and tokens, never a person's login nor anyone's rights, when
 * nothing of ours is named.
 */
/**
 * fix24d: a word that names the other system the login or the rights are of ("till", "POS", "tasking",
 * "warranty"): not a determiner nor a word that leaves the system open or names ours ("revoke marketing's
 * permissions", "revoke all permissions for growth", "revoke invoke permissions for growth" are a unit's).
 */
const OTHER_SYSTEMS_WORD = String.raw`(?!(?:the|their|all|his|her|its|our|my|your|any|every|own|old|new|current|whole|entire|user|main|personal|primary|admin|access|aws|iam|invoke|model|models|console|sts|bedrock|claude|ai|genai|llm|api|keys?|tokens?|bots?)\s)[a-z0-9&-]+`;
const PERSONS_LOGIN = new RegExp(
  String.raw`\b(?:revoke|remove|deprovision|disable|deactivate|delete|kill|close|offboard|lock)\s+(?:the\s+)?[a-z]+(?:\s[a-z]+)?['’]s\s+(?:${OTHER_SYSTEMS_WORD}\s+){1,2}?(?:logins?|accounts?|user(?:name)?s?|passwords?|pins?|rights|permissions|privileges)\b`,
);
const RIGHTS_TAKEN = new RegExp(
  String.raw`\b(?:revoke|remove|deprovision|disable|pull|withdraw|suspend|cut\s+off)\s+(?:the\s+|their\s+|all\s+|his\s+|her\s+)?(?:${OTHER_SYSTEMS_WORD}\s+){1,3}?(?:rights|permissions|privileges|entitlements)\s+(?:for|of|from|on)\b`,
);

function othersLoginOrRights(t: string): boolean {
  if (
    !(
      t.includes("'s") ||
      t.includes('’s') ||
      t.includes('rights') ||
      t.includes('permission') ||
      t.includes('privilege') ||
      t.includes('entitlement')
    )
  )
    return false;
  return (PERSONS_LOGIN.test(t) || RIGHTS_TAKEN.test(t)) && !OUR_SYSTEM.test(t) && !namesOurs(t);
}

/**
 * notours24: a machine taken away: "deprovision the old ground station server in rack 4", "decommission the
 * staging database VM", "wipe the bar tablet": hardware and hosts are no unit's credential, when nothing of
 * ours is named (a group noun after it names a unit: "the build server team"). (acted30: nor a person's device,
 * "IT please deprovision Kees's iPad, he left", "Maria's phone": the possessive a word before it; "the
 * kees-ipad-app unit" is a unit.)
 */
const MACHINE_TAKEN = new RegExp(
  String.raw`\b(?:deprovision|decommission|decom|retire|wipe|remove|delete|scrap|dispose\s+of|tear\s+down|shut\s+down|power\s+off|switch\s+off)\s+(?:the|our|that|this|those|these|an?|his|her|their|all\s+the)?\s*(?:[a-z0-9&'’-]+\s+){0,4}?(?:servers?|vms?|virtual\s+machines?|laptops?|tablets?|ipads?|iphones?|macbooks?|chromebooks?|smartphones?|mobiles?|mobile\s+phones?|desktops?|pcs?|printers?|routers?|workstations?|handsets?|phones?|devices?|hosts?|machines?|nas|firewalls?|appliances?|blades?|racks?)(?![\w-]|${UNIT_AFTER}|\s+(?:pods?|guilds?|tribes?|offices?|hubs?|chapters?|labs?|cells?|studios?|bureaus?|practices?|circles?|depts?|departments?|orgs?)\b)`,
);

/**
 * story26: the same told in the passive, with a person's machine: "Marta's tablet needs to be deprovisioned before
 * she leaves", "the old ward laptops should be wiped".
 */
const MACHINE_TAKEN_PASSIVE =
  /\b(?:laptops?|tablets?|desktops?|pcs?|printers?|workstations?|handsets?|phones?|ipads?|macbooks?|machines?|servers?|vms?)\s+(?:needs?|has|have|should|must|will|is|are|gets?)\s+(?:to\s+)?(?:be\s+|being\s+|get\s+)?(?:deprovisioned|decommissioned|wiped|retired|removed|reset|scrapped|disposed\s+of|returned)\b/;

/**
 * A cheap exact look before MACHINE_TAKEN_PASSIVE: each of its machine nouns holds one of these ("macbooks?" and
 * "machines?" hold "mac", "ipads?" "ipad", "pcs?" "pc", "vms?" "vm", "handsets?" "handset", "phones?" "phone", and so on).
 */
const mayNameMachine = (t: string): boolean =>
  t.includes('laptop') ||
  t.includes('tablet') ||
  t.includes('desktop') ||
  t.includes('pc') ||
  t.includes('printer') ||
  t.includes('workstation') ||
  t.includes('handset') ||
  t.includes('phone') ||
  t.includes('ipad') ||
  t.includes('mac') ||
  t.includes('server') ||
  t.includes('vm');

function machineTaken(t: string): boolean {
  if (mayNameMachine(t) && MACHINE_TAKEN_PASSIVE.test(t) && !namesOurs(t)) return true;
  return (
    (t.includes('server') ||
      t.includes('vm') ||
      t.includes('virtual') ||
      t.includes('laptop') ||
      t.includes('tablet') ||
      t.includes('ipad') ||
      t.includes('mac') ||
      t.includes('mobile') ||
      t.includes('device') ||
      t.includes('desktop') ||
      t.includes('pc') ||
      t.includes('printer') ||
      t.includes('router') ||
      t.includes('workstation') ||
      t.includes('phone') ||
      t.includes('host') ||
      t.includes('machine') ||
      t.includes('nas') ||
      t.includes('firewall') ||
      t.includes('appliance') ||
      t.includes('blade') ||
      t.includes('rack')) &&
    MACHINE_TAKEN.test(t) &&
    !namesOurs(t)
  );
}

/**
 * notours24: another system's credentials asked of the people in the channel: "does anyone have the HMRC
 * gateway credentials?", "anyone got the login for the customs portal?": whoever holds them is asked, not
 * the bot, when the credential is named by words that are not ours (no token, key, API, Bedrock, AWS, AI).
 */
const CREDS_ASKED_OF_PEOPLE =
  /\b(?:does\s+|do\s+)?(?:anyone|anybody|any1|someone|somebody|who)\s+(?:still\s+)?(?:have|has|got|know|knows|'s\s+got|have\s+got|has\s+got)\s+(?:the\s+|a\s+|our\s+)?((?:[a-z0-9&-]+\s+){0,4}?)(?:credentials|creds|logins?|passwords?|log-?in\s+details|username\s+and\s+password)\b((?:\s+(?:for|to|of)\s+(?:the\s+)?(?:[a-z0-9&-]+\s+){0,3}?[a-z0-9&-]+)?)/;
const OUR_CREDS_WORDS =
  /\b(?:tok(?:en|n)?s?|keys?|api|bedrock|aws|iam|claude|ai|llms?|genai|bots?|console|sts)\b/;

function othersCredsAsked(t: string): boolean {
  if (
    !(
      t.includes('cred') ||
      t.includes('login') ||
      t.includes('password') ||
      t.includes('log-in') ||
      t.includes('log in')
    )
  )
    return false;
  const m = CREDS_ASKED_OF_PEOPLE.exec(t);
  return (
    m !== null &&
    !OUR_CREDS_WORDS.test(`${m[1] ?? ''} ${m[2] ?? ''}`) &&
    !UNITS_KEY.test(t) &&
    !LIFETIME.test(t)
  );
}

/**
 * notours24: another trade's grant whose approval is asked: "customer ORB-221 wants 500 more credits, who
 * approves?", "the client wants 20 more seats, who signs that off?": the thing approved is credits, seats, a
 * discount, a refund, overtime or leave, none of ours, whatever else the text names: a credential named
 * as a heading ("token for the tasking portal: …") is that system's, so the whole text is read so
 * (OTHER_GRANT_REASON, parse-request.ts), unless a lifetime, a polite word or a command of ours asks.
 */
const OTHER_GRANT_APPROVAL =
  /\b(?:wants?|needs?|asks?\s+for|asked\s+for|asking\s+for|requests?|requested|requesting)\s+(?:another\s+)?(?:\d[\d,.]*k?\s+)?(?:more\s+|extra\s+|additional\s+)?(?:credits?|seats?|discounts?|refunds?|overtime|leave|holidays?|days?\s+off|budget|expenses?|licen[cs]es?|rebates?|top-?ups?)\b[^?\n]{0,40}?\bwho\s+(?:approves|can\s+approve|signs|okays|oks|authori[sz]es|decides|gives\s+the\s+ok)\b/;

/** The reason otherGrantApproval gives: read on the whole text, never undone by a clause (parse-request.ts). */
export const OTHER_GRANT_REASON = "another trade's grant approved";

/** fix24d: the grant is of ours when it is said to be for Bedrock or a model ("more budget for bedrock", "seats for claude"). */
const GRANT_FOR_OURS = /\bfor\s+(?:the\s+|our\s+)?(?:bedrock|claude|aws|ai|genai|llms?|api|models?)\b/;

function otherGrantApproval(t: string): boolean {
  const m = t.includes('who') ? OTHER_GRANT_APPROVAL.exec(t) : null;
  return (
    m !== null &&
    !GRANT_FOR_OURS.test(m[0]) &&
    !LIFETIME.test(t) &&
    !POLITE_OR_COMMAND.test(t) &&
    !OUR_COMMAND.test(t)
  );
}

/**
 * Who did something to another trade's thing, asked (round twenty-five): "estates want to know who approved
 * closing the loading bay", "Who deleted the spares list from Teams??": an act approved (a gerund, not one
 * of ours) or a list, file or page changed, when nothing of ours is named ("who approved the growth key?",
 * "who deleted the ads token?" ask the record of changes); notours27: or whose a document is ("PM checklist for
 * CMP-05 missing step 14, who owns the template?": "who owns the meter-insights unit?" asks a unit's details).
 */
const WHO_DID_OTHER =
  /\bwho\s+(?:approved|signed\s+off(?:\s+on)?|okayed|authori[sz]ed|agreed\s+to)\s+(?!(?:rotating|revoking|creating|issuing|deprovisioning|offboarding|removing|deleting|giving|granting|renewing|making|generating|provisioning)\b)[a-z]{3,}ing\b|\bwho\s+(?:deleted|removed|moved|renamed|edited|changed)\s+(?:the|our|my|this|that)\s+(?:[a-z0-9-]+\s+){0,3}?(?:lists?|files?|folders?|docs?|documents?|spreadsheets?|sheets?|pages?|posts?|messages?|emails?|photos?|channels?|calendars?|rotas?|schedules?|events?|meetings?|forms?|slides?|decks?)(?![\w-])|\bwho\s+(?:owns|maintains|wrote|manages|updates|keeps)\s+(?:the|our|this|that)\s+(?:[a-z0-9-]+\s+){0,3}?(?:templates?|checklists?|lists?|files?|docs?|documents?|spreadsheets?|sheets?|pages?|forms?|rotas?|schedules?|procedures?|sops?|manuals?|wikis?)(?![\w-])/;

function otherThingDoneAsked(t: string): boolean {
  return t.includes('who') && WHO_DID_OTHER.test(t) && !CREDENTIAL_WORD.test(t) && !namesOurs(t);
}

/** Why the text names another trade's thing or another system (a reason for the parse), or null. */
/**
 * story26: "key" as an adjective, or a door's key holder: "key levels on SPX: 5200 support, 5350 resistance", "key
 * dates for the audit", "key sites for the drought plan are …" (notours27), "who's key holder for the alarm at
 * Swords this week?", fix37a, tuned-winery: a trade's main markets or lines, "key markets for the Douro reds this year:
 * UK, Brazil, Canada"): the word names no credential,
 * when nothing of ours is asked in what is left ("key holder for growth's api key" asks).
 */
const KEY_ADJECTIVE =
  /\bkey\s*(?:levels|dates|points|takeaways|metrics|risks|figures|numbers|stats|drivers|themes|moments|milestones|decisions|findings|insights|learnings|messages|stakeholders|deadlines|indicators|kpis|skills|deliverables|questions|factors|facts|contacts|players|words|terms|areas|support|resistance|sites|locations|places|assets|customers|clients|suppliers|partners|people|roles|issues|priorities|objectives|goals|lessons|fixtures|games|matches|markets|export\s+markets|products|vintages|ranges|lime|limes|chains?|lanyards?)(?![\w-])/g;

// (fix35c: the word ends the noun, never starts a hyphenated name: "cabut key support-macros-id" names a unit.)
/** A door's key holder: the holder of a building's, an alarm's or a site's keys ("key holders for the ad ops pod" asks ours). */
const KEY_HOLDER_PLACE =
  /\bkey\s?holders?\b[^.?!\n]{0,40}?\b(?:alarms?|doors?|building|premises|site|shop|store|gates?|clinic|surgery|warehouse|yard|depot|hall|branch|church|school|cabin|lock-?up)\b/g;

function keyAsAdjective(t: string): boolean {
  if (!t.includes('key')) return false;
  const rest = t.replace(KEY_ADJECTIVE, ' ').replace(KEY_HOLDER_PLACE, ' ');
  return rest !== t && !asksOurs(rest);
}

/**
 * story26: another trade's thing expiring, told ("options expiry friday, watch the pin at 5300", "futures expiry
 * next week"): the word before "expiry" names the thing; ours (a token's, a key's, the default) is asked of.
 */
const THING_EXPIRY = /(?:^|[.!?\n,;:][ \t]*)(?:the[ \t]+)?([a-z]+)[ \t]+expiry\b/;
const EXPIRY_OURS = new Set(
  (
    'the a an my our your their its his her this that what which default max maximum min minimum custom set ' +
    'key keys token tokens api unit units login password access same new shorter longer earliest latest ' +
    'next usual'
  ).split(' '),
);

/**
 * fix59-quiet: the details of another trade's event or record, "details of the damage on wagon 33 are in the photo",
 * "details of the agent commission for Jordan pls? the sheet is outdated", "the details of the accident": the noun
 * after "details of the" names what happened or what is paid, never a unit (a unit's word after it, "the details of the
 * claims team", is ours).
 */
const EVENT_DETAILS =
  /\bdetails\s+(?:of|for|on|about)\s+(?:the|this|that|his|her|their|a|an)\s+(?:[a-z]+\s+)?(?:damage|accident|incident|crash|collision|breakdown|complaint|claim|order|booking|reservation|shipment|delivery|consignment|invoice|contract|offer|event|trip|journey|flight|meeting|wedding|party|case|commission|payment|transaction|refund|loan|mortgage|policy|quote|job|repair|inspection|visit|exam|appointment|sale|purchase|lease|tenancy|advance|royalt(?:y|ies)|bonus|salary|promotion|vacancy|tender|bid|auction|recall|fault|outage|injury|fire|leak|spill|theft|robbery)(?![\w-]|\s+(?:unit|team|teams|squad|group|project|service|app|bot|pipeline|keys?|tokens?)\b)/;

function eventDetails(t: string): boolean {
  return t.includes('details') && EVENT_DETAILS.test(t) && !namesOurThing(t);
}

function otherThingExpiry(t: string): boolean {
  if (!t.includes('expiry')) return false;
  const m = THING_EXPIRY.exec(t);
  return (
    m !== null &&
    !EXPIRY_OURS.has(m[1] ?? '') &&
    !(m[1] ?? '').endsWith('ing') &&
    !namesOurThing(t) &&
    !/\d+\s*(?:h|hrs?|hours?|d|days?|mins?|minutes?|w|wks?|weeks?)\b/.test(t) &&
    statementAt(t, m.index)
  );
}

/**
 * story26: models handled as things ("models for the CPD day: the dog skull, the cat abdomen and the horse leg,
 * please don't take them home", "the anatomy models are back on the shelf"): teaching models or mock-ups, when
 * nothing of ours is named besides the word.
 */
const MODELS_HANDLED =
  /\b(?:take|took|taking)\s+(?:them|it|one|any)\s+home\b|\bput\s+(?:them|it)\s+back\b|\b(?:don'?t|do\s+not|never)\s+(?:move|touch|take|borrow|drop|break|remove)\s+(?:them|it|those|these)\b|\bon\s+the\s+(?:shelf|shelves|bench|table|trolley)\b|\bfragile\b/;

function modelsHandled(t: string): boolean {
  if (!t.includes('model')) return false;
  return MODELS_HANDLED.test(t) && !asksOurs(t.replace(/\bmodels?\b/g, ' '));
}

/**
 * story26: another system's credentials that another team issues: "new locums need their PMS credentials from IT
 * before day one", "the temps need their till logins from HR": IT or HR gives them, not the bot, when nothing
 * of ours (Bedrock, AI, a key, a token, an API) is named.
 */
const CREDS_FROM_OTHERS =
  /\b(?:their|his|her|my|our|the|new)\s+(?:[a-z0-9&-]+\s+){0,2}?(?:credentials|creds|logins?|passwords?|accounts?|log-?ins?)\s+from\s+(?:the\s+)?(?:it|hr|helpdesk|help\s+desk|service\s+desk|servicedesk|vendor|supplier|practice\s+manager|office\s+manager)\b/;

/**
 * fix53e: an account or a login made for someone in another app ("can you create an account for the new temp in the
 * scheduling app", "set up a login for Bea on the booking portal"): a person's account on a named system, never one
 * of ours, when nothing of ours is named.
 */
const ACCOUNT_IN_APP =
  /\b(?:create|make|set\s+up|setup|open|add|register)\s+(?:an?|the|new|her|his|their)\s+(?:new\s+)?(?:accounts?|logins?|log-?ins?|user\s+accounts?|profiles?)\s+for\s+[^.?!\n]{1,40}?\s(?:in|on)\s+(?:the|our|their)\s+(?:[a-z0-9&-]+\s+){0,2}?(?:app|system|tool|portal|software|platform|site|website|crm|erp|lms|intranet)\b/;

function accountInApp(t: string): boolean {
  return (
    (t.includes('account') || t.includes('log') || t.includes('profile')) &&
    ACCOUNT_IN_APP.test(t) &&
    !OUR_SYSTEM.test(t)
  );
}

function credsFromOthers(t: string): boolean {
  return (
    (t.includes('cred') || t.includes('login') || t.includes('password') || t.includes('account')) &&
    CREDS_FROM_OTHERS.test(t) &&
    !OUR_SYSTEM.test(t) &&
    !OUR_COMMAND.test(t)
  );
}

/**
 * story26: a history asked for a person by a given name ("history for Max please, the referral hospital needs
 * it by 3"): a patient's, a client's or a pet's record; our history names a unit, a key or a person by e-mail or
 * mention. Nothing else of ours may be named.
 */
const HISTORY_FOR_NAME = new RegExp(
  String.raw`\bhistory\s+(?:for|of|on)\s+([a-z]+)\b(?!['’-]|${UNIT_AFTER}|\s+(?:pods?|labs?|offices?|cells?|hubs?|studios?|guilds?|tribes?|chapters?|practices?|circles?|bureaus?|desks?|depts?|departments?|orgs?)\b)`,
);

function historyForPerson(t: string): boolean {
  if (!t.includes('history')) return false;
  const m = HISTORY_FOR_NAME.exec(t);
  const name = m?.[1] ?? '';
  return (
    m !== null && (GIVEN_NAMES.has(name) || COMMON_GIVEN_NAMES.has(name)) && !asksOurs(t.replace(m[0], ' '))
  );
}

/**
 * What is on a screen or a programme, asked (round thirty: "what's on tv right now", "what's on netflix tonight"): the
 * word after "on" names a channel, never a unit (a unit's shape there, "what's on test-infra-team", is its details).
 */
const WHATS_ON_SCREEN =
  /^\W*(?:(?:hey|hi|so|ok|and)\W+)?(?:what|wat|wht|whta)(?:'s|’s|s|\s+is)?\s+(?:(?:currently|now)\s+)?on\s+(?:the\s+)?(?:tv|telly|television|radio|netflix|youtube|spotify|iplayer|prime|hulu|disney\+?)\b/;

export function notOurs(lowered: string): string | null {
  if (WHATS_ON_SCREEN.test(lowered)) return 'what is on a screen, asked';
  if (physicalKey(lowered)) return "a door's key, no credential";
  if (keyOfMetal(lowered)) return METAL_KEY_REASON;
  if (premisesKeys(lowered)) return "a building's keys, no credential";
  if (otherProvidersKey(lowered)) return "another provider's key told about";
  if (credentialsHeld(lowered)) return "where another's credentials are kept";
  if (otherSystemsTokenLasts(lowered)) return "another system's token lifetime told";
  if (accessToAnotherSystem(lowered)) return 'access to another system';
  if (othersLoginOrRights(lowered)) return "another system's login or rights";
  if (machineTaken(lowered)) return 'a machine, not ours';
  if (othersCredsAsked(lowered)) return "another system's credentials asked of people";
  if (otherGrantApproval(lowered)) return OTHER_GRANT_REASON;
  if (paymentToken(lowered)) return "a payment's token";
  if (otherSpend(lowered)) return "another trade's spend";
  if (otherListing(lowered)) return "another trade's listing";
  if (thingRotated(lowered)) return "another trade's thing rotated";
  if (grantRevoked(lowered)) return "another trade's grant revoked";
  if (otherThingDoneAsked(lowered)) return "who did another trade's thing asked";
  if (whoDidToThing(lowered)) return "who did another trade's thing asked";
  if (takenOutForWork(lowered)) return 'a machine taken out for work';
  if (answerKey(lowered)) return 'a key in another sense';
  if (gameKeys(lowered)) return 'a key in another sense';
  if (musicalKey(lowered)) return 'a key in another sense';
  if (tokenWorth(lowered)) return "another trade's token";
  if (queueToken(lowered)) return 'a queue ticket, not ours';
  if (tradeTermExplained(lowered)) return "another trade's term explained";
  if (otherThingLasts(lowered)) return "another trade's things asked";
  if (professionalCredential(lowered)) return "a person's professional credentials";
  if (appointmentOff(lowered)) return 'an appointment, not ours';
  if (otherVendorsAssistant(lowered)) return "another vendor's assistant";
  if (firmsRegion(lowered)) return "the firm's own region";
  if (regionHosted(lowered)) return "another's hosting region";
  if (equipmentModel(lowered)) return 'a model of equipment';
  if (otherHistory(lowered)) return "another trade's history";
  if (otherTradesTokens(lowered)) return "another trade's tokens";
  if (otherApproved(lowered)) return "another trade's thing approved";
  if (otherThingsState(lowered)) return "another trade's things told";
  if (keyAsAdjective(lowered)) return 'a key in another sense';
  if (otherThingExpiry(lowered)) return "another trade's things told";
  if (modelsHandled(lowered)) return 'models handled as things';
  if (credsFromOthers(lowered)) return "another system's credentials, issued by others";
  if (accountInApp(lowered)) return "a person's account on another app";
  if (historyForPerson(lowered)) return "a person's history, not ours";
  if (eventDetails(lowered)) return "another trade's details";
  return null;
}
