/**
 * The topic of a help question: the one subject of the bot it asks about, so that the answer can
 * lead with what was asked (README in test/intent/data, "Help topics"). Read on the prepared text
 * (Places are `xxregion`, lifetimes `xxdur`, "api key" is `api_key`, shorthand is spelled out).
 *
 * One scheme for every question, tried in this order, the first that fits wins:
 *  1. a question that weighs two commands against each other ("revoke vs deprovision", "rotate or
 *     revoke?") has no topic: no one answer fits it;
 *  2. `help X` / `X --help` names its topic outright;
 *  3. which kind of credential (token or key, API key or access key, what an API key is) → key-kinds;
 *  4. how to keep a secret safe (paste, commit, store, leak, keep a copy) → general;
 *  5. what to provide for a new key → create_key; who approves, waiting for approval → approvals;
 *  6. a command's own subject: spend, history (incl. who approved in the past), deprovision, rotate,
 *     revoke; then limits (how long, maximum, how many), models, Regions, list, details;
 *  7. the bot itself (what it can do, its commands, docs, admins) → general;
 *  8. tokens; getting a long-term key → create_key; anything else about the bot → general.
 * Using a long-term key in one's own code ("the API key with curl", "the env var for the api key")
 * has no topic: the bot's answers cover getting a key, not calling AWS with it.
 */
import { commandOutputTopic } from './command-output-asked.js';
import type { HelpTopic } from '../core/request.js';
import { TOKEN_LENT, TOKEN_USED_BY_ANOTHER } from './mood.js';
import { secretKeptSafeAsked } from './secret-kept-safe.js';
import { tokenLengthWondered } from './token-length-wondered.js';
import { tokenEndAsked } from './token-end-asked.js';
import { INFO_ASKED } from './whether-possible.js';

const ROTATE = String.raw`(?:rotat\w*|rot|roll|regenerate)`;
const REVOKE = String.raw`(?:revok\w*|rvk)`;
const DEPROVISION = String.raw`(?:deprovision\w*|deprov|offboard\w*|decommission\w*|decom)`;
const COMMAND = String.raw`(?:${ROTATE}|${REVOKE}|${DEPROVISION})`;
/** Two commands weighed against each other. */
const TWO_COMMANDS = new RegExp(
  String.raw`\b${COMMAND}\b[^?.!]{0,40}\b(?:vs|versus|or|and|same\s+(?:thing\s+)?(?:as|like)|like)\s+(?:\w+\s+)?${COMMAND}\b|\b(?:difference|differ)\b[^?.!]{0,30}\b${COMMAND}\b[^?.!]{0,30}\b${COMMAND}\b`,
);
/** Two read commands weighed: "list vs details", "what's the difference between history and spend". */
const READ = String.raw`(?:list|ls|details|dets|history|spend|models)`;
const TWO_READS = new RegExp(
  String.raw`\b${READ}\b\s+(?:command\s+)?(?:vs\.?|versus)\s+(?:the\s+)?${READ}\b|\b(?:difference|differ)\b[^?.!]{0,30}\b${READ}\b[^?.!]{0,20}\b(?:and|or|vs|from)\s+(?:the\s+)?${READ}\b`,
);
const COMMAND_TOPIC: [RegExp, HelpTopic][] = [
  [new RegExp(String.raw`^${DEPROVISION}`), 'deprovision'],
  [new RegExp(String.raw`^${ROTATE}`), 'rotate'],
  [new RegExp(String.raw`^${REVOKE}`), 'revoke'],
];

/**
 * fix38a, tuned-forestry: how a command works, asked first, "how does deprovision work, does it delete the unit's history
 * too?": that command's topic, whatever it is asked to touch after.
 */
const HOW_COMMAND_WORKS = new RegExp(
  String.raw`^\W*(?:and\s+|so\s+)?how\s+(?:does|do|will)\s+(?:the\s+|a\s+)?[\`'"‘’“”]?\s*(${COMMAND})\s*[\`'"‘’“”]?\s+(?:command\s+)?(?:actually\s+|exactly\s+)?work\b`,
);

/**
 * fix59-help: how to do a command to a credential, asked first ("how do I revoke a key that leaked?", "how do I rotate a
 * key without downtime?", the Polish "jak cofnąć klucz …" glossed "how revoke key …"): that command's topic, though a
 * leak or a wish follows; the command is what is asked how to do (README "Help topics": the command it is about). Not
 * one's own token ("how do I revoke a token if I leaked it?"): keeping one's secret safe, general, as the corpus has it.
 */
const HOW_TO_COMMAND = new RegExp(
  String.raw`^\W*(?:and\s+|so\s+|ok\s+)?how\s+(?:(?:do|can|could|should|would|shall)\s+(?:i|we|you|u|one)\s+|to\s+)?(${COMMAND})\s+(?:a|an|the|my|our|this|that|its|their)?\s*(?:[\w-]+\s+)?(?:key|keys|api_key|api_keys|access\s+keys?)\b`,
);

/** `help X`, `X --help`: the word after help (surface.ts spells shorthand out and turns flags around). */
const HELP_WITH = /\bhelp\s+(?:with\s+)?(?:the\s+)?([a-z_]+)(?:\s+(key))?/;
const HELP_WORD: Record<string, HelpTopic> = {
  token: 'token',
  tokens: 'token',
  create: 'create_key',
  key: 'create_key',
  keys: 'create_key',
  rotate: 'rotate',
  rotation: 'rotate',
  revoke: 'revoke',
  deprovision: 'deprovision',
  list: 'list',
  details: 'details',
  models: 'models',
  history: 'history',
  spend: 'spend',
  limits: 'limits',
  regions: 'regions',
  approvals: 'approvals',
};

/** (fix37a, tuned-forestry: and in the Romance languages' order, "une clé d'accès", prepared "a key of access".) */
const KIND = String.raw`(?:api_key|access\s+(?:key\s*pairs?|keypairs?)|access\s+keys?|access_keys?|keys?\s+of\s+access(?!\s+to\b)|sigv4|iam\s+user\s+keys|service[-_\s]specific\s+credentials?|bearer\s+tokens?)`;
const CREDENTIAL = String.raw`(?:${KIND}|tokens?|tokns?|tok|keys?|(?:long|short)_(?:term|lived)(?:\s+keys?)?|permanent\s+keys?)`;
/** A credential, or what a lay person calls one ("is a bearer token the same as a password?"). */
const CREDENTIAL_OR_LAY = String.raw`(?:${CREDENTIAL}|passwords?|logins?|ai_credential)`;
/** A quotation mark around a word asked about, as the prepared text spaces it ("an ' api_key '"). */
const QUOTE = String.raw`(?:['"‘’“”]\s*)?`;
const KEY_KINDS = new RegExp(
  [
    // two credentials weighed: "token or key", "api key vs access key", "access key instead of api key",
    // one said to be the other more or less ("a token is kinda like an api key", "more or less a temporary
    // api key", "basically the same as an api key": round twenty-four)
    // ("one long-term key for the job and personal tokens for the people": one word may stand between)
    // (notours27: "can I use claude with a token or do I need a key?": the other kind needed instead.)
    // (fix37a, tuned-forestry: one said to be the bot's own other kind, "is a 'bearer token' just your api key?")
    // (fix45c, tuned-waste: the other one of several, "is an access key safer than one of the tokens for the kiosk pc?")
    String.raw`\b${CREDENTIAL}\b[^?.!]{0,30}\b(?:vs|versus|or(?:\s+(?:only|just))?|ya|over|instead\s+of|as\s+opposed\s+to|than|same(?:\s+thing)?\s+as|und|and|(?:just|basically|really|simply|only|essentially|kinda|kind\s+of|sort\s+of|sorta|more\s+or\s+less|pretty\s+much)(?:\s+(?:like|(?:the\s+)?same\s+as))?)\s+(?:(?:do\s+(?:i|we)\s+(?:need|have\s+to\s+(?:get|use))|get|use|go\s+with|have|create|make|request)\s+)?(?:an?\s+|the\s+|one\s+of\s+(?:the|those|these|your|our)\s+|one\s+|your\s+|the\s+bot's\s+)?(?:bedrock\s+|iam\s+|personal\s+|separate\s+|individual\s+|temp\s+|temporary\s+|single\s+|shared\s+|plain\s+|normal\s+|regular\s+|ordinary\s+|simple\s+|standard\s+|usual\s+|proper\s+|real\s+|actual\s+|dedicated\s+|long[\s_-]?(?:term|lived)\s+|permanent\s+)?${CREDENTIAL}\b`,
    // a credential likened to what a lay person knows ("is a bearer token the same as a password?")
    // (fix43b, tuned-styles-lay: with who speaks of it between, "is the 'API key' the supplier keeps asking about the
    // same as the AI login you give out?": up to 45 characters.)
    // (fix45b, tuned-care: the other named by whose word it is, "is an api key the same thing as what Priya calls the
    // bedrock login?".)
    String.raw`\b${CREDENTIAL_OR_LAY}\b[^?.!]{0,45}\b(?:vs|versus|same(?:\s+thing)?\s+(?:as|like)|different\s+from)\s+(?:what\s+[\w']+(?:\s+[\w']+)?\s+calls?\s+)?(?:an?\s+|the\s+|my\s+)?(?:bedrock\s+)?${CREDENTIAL_OR_LAY}\b`,
    // (fix43b, tuned-styles-lay: what a token is, asked bare, "what is a token? my manager keeps saying I need one":
    // one kind asked what it is, as "what is an access key" is; not its limit or budget, "what's the token limit".)
    String.raw`\bwhat(?:\s+(?:exactly|actually|really|even))?(?:'s|\s+is)\s+(?:exactly\s+|actually\s+|really\s+)?an?\s+${QUOTE}(?:bedrock\s+)?(?:token|tok)\s*${QUOTE}\s*(?:(?:exactly|actually|even|anyway)\s*)?(?:[?!]|$)`,
    String.raw`\b(?:difference|diference|unterschied|differ)\b[^?.!]*\b${CREDENTIAL}\b`,
    // (fixlay30: credentials listed, then told apart: "token, key, access key... what's the difference?")
    // (fix36a, tuned-winery: and "different", "api key, access key... what's actually different?")
    String.raw`\b${CREDENTIAL}\s*[,/]\s*(?:an?\s+)?${CREDENTIAL}\b[^!]{0,60}\b(?:difference|differences|differ|different)\b`,
    // (foreign26) a credential for machines weighed against one for people ("can the bot make keys for
    // machines, or only tokens for people?", "a key for a server, not a person?"): which kind is for whom.
    String.raw`\b${CREDENTIAL}\s+for\s+(?:an?\s+|the\s+|our\s+)?(?:machines?|servers?|services?|bots?|scripts?|robots?|apps?|applications?)\b[^?.!]{0,40}\b(?:or|not|vs|versus|instead\s+of)\b[^?.!]{0,30}\b(?:people|persons?|humans?|individuals?|users?|employees?)\b`,
    // which kind, which credential to use ("which credential should the job use", "the recommended
    // credential for a cron job"), which of several listed ("api key, access key... which one is for what")
    String.raw`\b(?:which|what)\s+(?:kind|sort|type)s?\s+of\s+(?:key|credential)`,
    String.raw`\bwhich\s+(?:\w+\s+)?(?:credentials?|creds)\b|\b(?:recommended|right|best|correct|proper|suitable)\s+(?:credentials?|creds)\b`,
    String.raw`\b${CREDENTIAL}\b[^?!]{0,40}\bwhich\s+(?:one|kind|of\s+(?:them|these|those))\b`,
    // (the question put first, the credentials listed after: "which one is for what? token, key, …")
    String.raw`\bwhich\s+(?:one|of\s+(?:them|these|those))\b[^!]{0,60}\b${CREDENTIAL}\b[^!]{0,30}\b${CREDENTIAL}\b`,
    String.raw`\b(?:that|this|either)\s+(?:kind|type|sort)\b`,
    // one credential weighed as enough, or another needed ("is a token enough for a cron, or do I need a
    // proper key?", "is a token ok for CI or should I get an api key?")
    String.raw`\b${CREDENTIAL}\s+(?:\w+\s+)?(?:enough|sufficient|ok|okay|fine|do|good\s+enough)\b[^?.!]{0,40}\bor\s+(?:do|should|would|must|shall)\s+(?:i|we|you|u|they)\s+(?:need|get|use|have|want|ask\s+for|request)\s+(?:an?\s+)?(?:\w+\s+)?${CREDENTIAL}\b`,
    // whether one needs a key at all ("do I even need a key for an afternoon?")
    String.raw`\bneed\s+(?:an?\s+)?(?:\w+\s+)?(?:key|keys|api_key)\s+at\s+all\b|\beven\s+need\s+(?:an?\s+)?(?:\w+\s+)?(?:key|keys|api_key)\b`,
    // the prefixes of key IDs ("some start with AKIA, some with ACCA")
    String.raw`\b(?:akia|acca|asia)\b`,
    String.raw`\bkey\s+kinds?\b`,
    // one kind weighed by what it does that another does not ("what does an IAM access key give me that
    // a bedrock api key doesn't?", "can a token do anything an access key can't?")
    String.raw`\b${CREDENTIAL}\b[^?.!]{0,40}\b(?:that|which|what)\s+(?:an?\s+|the\s+|my\s+)?(?:bedrock\s+|iam\s+|aws\s+)?${CREDENTIAL}\s+(?:doesn'?t|does\s+not|don'?t|can'?t|cannot|won'?t|isn'?t)\b`,
    // what one kind is: "what is an api key", "are access keys the same as", "are api keys supported for"
    // ("how long are api keys valid" asks a limit: "are" opens the question)
    // (the kind in quotes: what exactly is an "access key", what does 'bearer token' mean)
    // (fix33c: and asked as a beginner asks it, "what even is an access key")
    // (fix41a, tuned-ambulance: and the long-term key itself, as a newcomer asks it: "what is the long-term key?"; post41b:
    // not before a noun of its own, "the long-term key rotation policy")
    // (fix53d: "whats" typed without its apostrophe, "noob q: whats an access key exactly?")
    String.raw`(?:\bwhat(?:\s+(?:exactly|actually|really|even))?(?:'s|s|\s+is|\s+are)|(?:^|[.!?,;:]\s*)are)\s+(?:exactly\s+|actually\s+|really\s+)?(?:an?\s+|the\s+)?${QUOTE}(?:bedrock\s+|aws\s+|iam\s+)?(?:(?:long_term\s+|short_term\s+)?${KIND}|long_(?:term|lived)\s+keys?\b(?![^\S\n]+(?!(?:for|and|or|exactly|actually|then|here|again|in|on|at|mean|means|is|are|really|even|anyway)\b)[a-z]))\b(?!\s+(?:for|of)\s+(?:my|our|the)\b)`,
    String.raw`\bwhat\s+(?:does|do)\s+${QUOTE}(?:an?\s+)?${KIND}\s*${QUOTE}\s*mean\b`,
    // (the verb before its subject, as learners write it: "what means token here?", "what means api key")
    String.raw`\bwhat\s+means?\s+(?:an?\s+|the\s+)?${QUOTE}(?:bedrock\s+|aws\s+|iam\s+)?${CREDENTIAL}\b`,
    // (asks25b: what one of our words means here, "what exactly is a 'token' in this context? not a cloakroom
    // token", "what do you mean by token in this channel?": the bot's credentials, which kind is which)
    String.raw`\bwhat(?:\s+(?:exactly|exacly|actually|even|precisely))?(?:'s|\s+is|\s+are|\s+does|\s+do\s+(?:you|u|we|they|people)\s+mean\s+by)\s+(?:exactly\s+|actually\s+|really\s+)?(?:an?\s+|the\s+)?${QUOTE}(?:tokens?|tok|keys?|api_keys?|access\s+keys?|access_keys?)(?:\s*['"‘’“”])?\s+(?:(?:actually|exactly|really|even)\s+)?(?:mean\s+)?(?:in\s+(?:this|the)\s+(?:context|channel|bot|case)|here|around\s+here)\b`,
    // (asked in a clause: "eli5 what an access key is", "not sure what a bearer token is")
    String.raw`\bwhat\s+(?:an?\s+|the\s+)?${QUOTE}(?:bedrock\s+|aws\s+|iam\s+)?${KIND}\s*${QUOTE}\s*(?:is|are|means?)\b(?!\s+(?:for|of)\s+(?:my|our|the)\b)`,
    // (fix50e, tuned-aircargo: the kind named first and asked what it means, as a learner or a reader of Arabic puts it,
    // "access key means what exactly?", "access key يعني ايش بالضبط؟" (prepared "access key means what exactly?").)
    String.raw`(?:^|[.!?,;:])\s*(?:the\s+|an?\s+)?${QUOTE}(?:bedrock\s+|aws\s+|iam\s+)?${KIND}\s*${QUOTE}\s*(?:means?|is)\s+what\b`,
    // (fixstyles30: the kind named, then asked what it is, as a thread's shorthand puts it: "access keys, what are
    // those exactly", "api keys: what is that?"; and a token weighed against one of the keys, "a token or one of
    // the api keys".)
    // (fix36a, tuned-winery/tuned-fashion/tuned-met: or asked bare, "bearer token = what exactly?", "bearer token = ?",
    // what it is for, "une access key, ça sert à quoi ?" (prepared "what is it for"); one credential set against
    // another and asked, "token ≠ api key?" (prepared "token: api_key ?").)
    String.raw`\b${KIND}(?:\s+keys?)?\s*[,:]\s*(?:what\s+(?:are|is)\s+(?:those|these|they|that|this|it)\b|what\s+(?:exactly|actually|precisely)\s*\?|\?|what\s+(?:is\s+it|are\s+they)\s+for\b)`,
    String.raw`\b${CREDENTIAL}\s*:\s*(?:an?\s+)?${CREDENTIAL}\s*\?`,
    String.raw`\b${CREDENTIAL}\s+or\s+one\s+of\s+(?:the|those|these|our|your)\s+(?:\w+\s+)?${CREDENTIAL}\b`,
    // (fix36b, tuned-shipyard and tuned-esports: the kind put first and "what" after it, as a newcomer types it: "an
    // access key is what exactly?", "bearer token = what?", prepared "bearer token: what?".)
    String.raw`\b${KIND}\s*(?:is|are|:)\s*what\b(?:\s+(?:exactly|actually|even|again|now))?\s*\?`,
  ].join('|'),
);
/**
 * Handling a secret: where to keep it, whether it is safe to share or paste, what to do after a leak,
 * whether others can see the message it came in (what they may see of a command's output, "can
 * everyone see our unit's spend", "can other people see my token", is that command's or the token's).
 * (fix47c, tuned-styles-northern: the credential shared without an article, as languages without them gloss it,
 * Finnish "voinko jakaa tokenin harjoittelijan kanssa?" read "can i share token with …", and learner English.)
 */
const SAFETY =
  /\bshar(?:e|es|ed|ing)\s+(?:(?:my|our|your|the|a|an|one|this|that|their|his|her)\s+(?:[\w'’]+\s+)?)?(?:tokens?|keys?|api_key|access\s+keys?|ai_credential|secrets?|creds|credentials?|passwords?)\b|\b(?:safe|fine|ok|okay)\s+(?:for\s+(?:me|us|you|them|him|her)\s+)?to\b|\bleak\w*|\bpaste\w*|\bcommit(?:ted|ting|s)?\b|\bstore\b|\bvault\b|\b(?:keep|keeps|hold\w*|store\w*|retain\w*|sav(?:e|es|ing)|stash\w*)\b[^?.!]{0,20}\b(?:a\s+)?cop(?:y|ies)\b|\bif\s+(?:a|an|my|our|another|some|someone|somebody|anyone)\b[^?.!]{0,25}\b(?:uses?|borrows?)\s+(?:it|mine|my\s+(?:token|key|api_key))\b|\b(?:put|push|upload|check\s+in|check)\b[^?.!]{0,30}\b(?:git|github|gitlab|bitbucket|repo|repos|repository)\b|\b(?:keeps?|stores?|saves?|retains?)\s+(?:any\s+of\s+)?(?:my|our|your|the)\s+(?:\w+\s+)?(?:tokens?|keys?|api_keys?|secrets?|credentials?)\s+(?:anywhere|somewhere|after)\b|\b(?:has|have|had|was|were|been)\s+seen\b|\blog\s+the\s+secrets?\b|\bsecrets?\s+anywhere\b/;
/**
 * A key written into a thing that keeps it ("can I put the api key into the PLC config?", "hardcode the
 * key in our app", "bake the token into the docker image"): where a secret is kept is keeping it safe;
 * a command line or an env var it is passed in is using it (USE_A_KEY; read only where that fits).
 */
const KEPT_IN_PLACE =
  /\b(?:put|putting|write|writing|hard_?cod\w*|embed\w*|bake|baking|store|keep|save|check\s+in)\b[^?.!]{0,25}\b(?:api_key|access\s+keys?|keys?|tokens?|secrets?|credentials?)\b[^?.!]{0,10}\b(?:in|into|inside)\s+(?:(?:the|my|our|a|an|this|that|their)\s+)?(?:[\w.'-]+\s+){0,2}?(?:configs?|configuration|files?|\.env|dotenv|code|codebase|source|scripts?|notebooks?|apps?|firmware|images?|containers?|dockerfiles?|yaml|json|settings|plist|binar(?:y|ies)|builds?|bundles?|frontends?)\b/;
/**
 * Whether the bot logs, keeps or reads what is ours ("does the bot log my prompts?", "do you record the
 * tokens you hand out anywhere?", round twenty-four: "does the bot remember my token after it sends it?",
 * "is my token stored somewhere by the bot?"): keeping secrets safe, not the record of changes ("does the
 * bot log who rotated a key?" is history's). What a command keeps is the command's ("`rotate --help`, want to
 * know if it keeps the old key around").
 */
const BOT_KEEPS_OURS =
  /\b(?:bot|bedrock_bot|you|u|it)\s+(?:\w+\s+)?(?:log|logs|record|records|read|reads|keep|keeps|store|stores|save|saves|retain|retains|remember|remembers|cache|caches|keeps?\s+(?:a\s+|any\s+)?(?:logs?|records?)\s+of)\s+(?:my|our|the|any|your)\s+(?:\w+\s+)?(?:prompts?|tokens?|keys?|api_keys?|secrets?|messages?|data|conversations?|chats?|outputs?|inputs?)\b|\b(?:my|our|the)\s+(?:tokens?|keys?|api_keys?|access\s+keys?|secrets?|credentials?)\s+(?:is\s+|are\s+|gets?\s+|being\s+)?(?:stored|saved|kept|logged|cached|remembered)\s+(?:anywhere|somewhere|by\s+(?:the\s+)?(?:bot|bedrock_bot|you|u))\b/;
const A_COMMAND = new RegExp(String.raw`\b${COMMAND}\b`);
/**
 * The same with the credential named before it, then "it" (round thirty-seven, fix37a and fix37c together): the bot
 * asked whether it keeps it ("after you send me a token, do you store it somewhere?", "once I have my key, is there a
 * copy of it on your end?") or "it" asked whether kept ("after you DM me a token, is it stored anywhere on your
 * side?"). The credential must be named somewhere in the message. (fix43c, tuned-styles-relay: two words between the
 * copy and its place, "is there a copy sitting anywhere on your side?".)
 */
const BOT_KEEPS_IT =
  /\b(?:bot|bedrock_bot|you|u|it)\s+(?:\w+\s+)?(?:log|logs|keep|keeps|store|stores|save|saves|retain|retains|remember|remembers|cache|caches)\s+(?:it|them|a\s+copy)\s+(?:anywhere|somewhere|around|afterwards?|on\s+(?:your|its)\s+(?:side|end))\b|\b(?:is|are)\s+there\s+(?:still\s+)?(?:a|any)\s+cop(?:y|ies)\s+(?:of\s+(?:it|them)\s+)?(?:\w+\s+){0,2}(?:on|at|with|by)\s+(?:your|the\s+bot's|its)\b|\b(?:is|are|was|were)\s+(?:it|they)\s+(?:ever\s+|still\s+)?(?:stored|saved|kept|logged|cached|retained)\s+(?:anywhere|somewhere|on\s+(?:your|the\s+bot'?s?)\s+(?:side|end))\b/;
const CREDENTIAL_NAMED = new RegExp(String.raw`\b${CREDENTIAL}\b|\b(?:credentials?|creds|secrets?)\b`);
function botKeepsOurs(text: string): boolean {
  return (
    (BOT_KEEPS_OURS.test(text) || (BOT_KEEPS_IT.test(text) && CREDENTIAL_NAMED.test(text))) &&
    !A_COMMAND.test(text)
  );
}
/**
 * What to give for a new key. (fix43b, tuned-styles-followups: and how to say who owns it, "the bot said 'no owner' —
 * how do I say who owns the key?": the owner a request names, create_key; not how to change it.)
 */
/**
 * fix49a, tuned-parking / tuned-styles-southasia: the way to get a key asked as Indian English asks it, "what is the
 * process to ask api key for our team? kindly guide", "how to create api key for my team, what details needed?": the
 * process or steps to ask for one, or the details needed after asking how to make one, are the key's making (not the
 * details command, nor the bot in general). Not a key's other changes ("what's the process to get a key revoked?" is
 * the revoke's).
 */
const KEY_PROCESS =
  /\b(?:process|procedure|steps?)\s+(?:to|for|of)\s+(?:ask(?:ing)?|get(?:ting)?|request(?:ing)?|apply(?:ing)?|creat(?:e|ing)|mak(?:e|ing))\s+(?:for\s+)?(?:an?\s+|the\s+|new\s+)*(?:long_term\s+|permanent\s+)?(?:api_keys?|keys?|access\s+keys?)\b(?!\s+(?:revoked|rotated|deleted|removed|disabled|cancell?ed|renewed|changed|reset|extended))|\bhow\s+to\s+(?:create|get|make|request)\s+(?:an?\s+|the\s+|new\s+)*(?:api_key|key|access\s+key)\b[^?.!]{0,40}\bwhat\s+(?:all\s+)?(?:details|info|information|fields)\s+(?:are\s+|is\s+|r\s+|will\s+be\s+)?(?:needed|required|necessary)\b/;
// (Round sixty, tuned-dairy: how to set a field of the request when asking for a key, "how do I set the expiry when I ask
// for a new long-term key?", "how can we choose the owner when requesting an api key?": what to give for the new key.)
const INFO_FOR_KEY =
  /\bhow\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:set|choose|pick|specify|give|change)\s+(?:the|an?|its)\s+(?:expiry|expiration|owner|region|unit|lifetime)\s+(?:when|while|as)\s+(?:i|we)?\s*(?:ask(?:ing)?\s+for|request(?:ing)?|creat(?:e|ing)|mak(?:e|ing)|get(?:ting)?)\s+(?:an?\s+|the\s+|new\s+|long_term\s+)*(?:api_keys?|keys?|access\s+keys?)\b|\bwhat\s+(?:info|information)\s+(?:do\s+|does\s+)?(?:you|u|i)\s+(?:need|have\s+to)\b|\bwhat\s+do\s+(?:i|you)\s+need\s+to\s+provide\b|\bhow\s+(?:do|can|should)\s+(?:i|we)\s+(?:say|give|specify|name|enter|state|add|put(?:\s+in)?|tell\s+(?:it|you|the\s+bot))\s+(?:who\s+owns|(?:the|an|its)\s+owner)\b/;
/** Others seeing something: a secret shown in a message is a matter of safety (SAFETY's comment). */
const SEEN_BY_OTHERS =
  /\b(?:can|could|will)\s+(?:the\s+rest\s+of\s+(?:the\s+)?|other\s+|all\s+the\s+)?(?:channel|people|others|everyone|everybody|anyone)\b[^?.!]{0,25}\bsee\b/;
const SEES_A_THING =
  /\bsee\s+(?:my|our|your|the|their|his|her|a)\s+(?:[\w']+\s+)?(?:tokens?|keys?|api_key|spend\w*|history|costs?|list|details)\b/;
const WHERE_SHOWN = /\b(?:channel|reply|replies|message|messages|thread|dm|post)\b/;
/** Others may see a secret where the bot showed it ("can the rest of the channel see the message"). */
function seenInMessage(text: string): boolean {
  return SEEN_BY_OTHERS.test(text) && (WHERE_SHOWN.test(text) || !SEES_A_THING.test(text));
}
/**
 * What a business unit is: the bot's own vocabulary. (foreign26: also what counts as one, "what counts as a
 * unit for the bot? our desk or a cost centre?", which the cost centre named after it does not make spend.)
 */
const WHAT_IS_A_UNIT =
  /\bwhat(?:'s|\s+is|\s+means?)\s+(?:an?\s+)?"?business\s+unit\b|\bwhat\s+(?:counts|qualifies|passes)\s+as\s+(?:an?\s+)?(?:business\s+)?unit\s+(?:for|to|in|with)\s+(?:the\s+|this\s+)?(?:bot|bedrock)\b/;
/** Approvals asked after (fix37a, tuned-bakery: and who must say yes, "… still waiting, who has to give the ok?"; fix37c, tuned-edtech: whom to poke, ping or bug, "… nothing yet — who do I poke?"; round sixty, tuned-themepark: a request asked after as turned down, "why was my key request rejected?"). */
const APPROVALS =
  /\b(?:approv\w*|signs?[-_\s]?off|pending|chase|nudge|appeal)\b|\bsigns?\s+(?:it|them|these|this|that|those|mine|my\s+\w+|our\s+\w+)\s+off\b|\b(?:request|it)\s+(?:got|was|has\s+been|is)\s+(?:denied|rejected|declined|refused)\b|\b(?:was|is|has|got)\s+(?:my|our|the)\s+(?:[\w-]+\s+)?request\s+(?:been\s+)?(?:denied|rejected|declined|refused|turned\s+down)\b|\b(?:supposed|meant)\s+to\s+(?:approve|review|look\s+at|check|sign|say\s+yes)\b|\bfollow\s+up\s+with\b|\bask\s+(?:my|our|the)\s+(?:manager|boss|lead)\b|\bwho\s+(?:\w+\s+){1,2}(?:say\s+yes|give\s+(?:\w+\s+){0,2}(?:ok|okay|go[\s_-]?ahead|green[\s_-]?light))\b|\bwhom?\s+(?:(?:do|should|can|shall|must)\s+(?:i|we)\s+|to\s+)(?:poke|ping|bug)\b/;
/**
 * fix37b, tuned-aerospace: a request left waiting and whom to nudge asked ("my key request has been sitting since
 * Monday, who should I ping?"): approvals, in whatever words the nudge is put.
 */
const REQUEST_WAITING =
  /\b(?:request|req|ask)\b[^?.!]{0,40}\b(?:sitting|stuck|waiting|hanging|pending|unanswered|untouched)\b[^?]{0,60}\bwho\s+(?:should|do|can|shall|must|to)\s+(?:i\s+|we\s+)?(?:poke|ping|chase|nudge|bug|nag|prod|ask|contact|message|dm)\b/;
/**
 * fix39f, train: approval asked again or ahead, written joined to its prefix ("does a long-term key need re-approval
 * when the contract is extended?", "is there a pre-approval for interns?"): approvals, as "approval" alone is.
 */
const PREFIXED_APPROVAL = /\b(?:re|pre)_?approv\w*/;
/**
 * fix39f, train: a request of one's own said to be stuck ("why did my request get stuck?", "my key request is hanging
 * since yesterday"): it waits on approval, asked about without whom to nudge (REQUEST_WAITING's).
 */
const REQUEST_STUCK =
  /\b(?:my|our|the)\s+(?:[\w-]+\s+)?(?:request|req)\s+(?:\w+\s+){0,3}?(?:stuck|hanging|in\s+limbo|on\s+hold)\b/;
/** Approval of the bot itself ("is this bot approved by security?"): about the bot. */
const BOT_APPROVED = /\b(?:this|the)\s+(?:bot|tool|app)\s+(?:\w+\s+)?approved\b/;
/** Who may ask ("how does the bot decide who can request keys?", "do I have to be the owner?"). */
const WHO_MAY_REQUEST =
  /\bdecides?\s+who\b|\bdo\s+i\s+(?:have|need)\s+to\s+be\s+(?:the\s+|an?\s+)?(?:owner|admin|manager|lead)\b/;
/** Whether a credential needs approval ("does a token need approval too, or only keys?"). */
const NEEDS_APPROVAL =
  /\b(?:need|needs|require|requires|go\s+through)\s+(?:an?\s+|any\s+)?(?:approval|sign[-_\s]?off)\b|\bget\s+approved\b|\b(?:need|needs|require|requires|without)\s+(?:my|our|the|a|an|his|her|their|your)\s+(?:[\w-]+\s+)?(?:manager|boss|lead|supervisor|director|head|admin|owner|cab|ciso|security)(?:'s|s')?\s+(?:ok|okay|approval|permissions?|blessing|consent|go[-_\s]?ahead|green\s+light|say[-_\s]?so|sign[-_\s]?off|signature)\b|\b(?:need|needs|require|requires)\s+(?:any\s+|special\s+)?permissions?\s+(?:from|to\s+(?:get|request|ask\s+for|create|have))\b/;
/**
 * The record of changes. (Round twenty-four: "who made the key for our team?" asks the record, not who made the bot.)
 * (fix37c, tuned-tax: not an audit department named in brackets, "new joinee in the Chennai
 * office (Audit)"; and when a change happened, "how do I find out when a unit's key was last rotated?".)
 */
const HISTORY =
  /\b(?:history|hist|log|logs)\b|\baudit\b(?!\s+(?:team|teams|committee|folks|people|department|dept|firm|partners?|colleagues|group)|\s*\))|\bwhen\s+(?:[\w']+\s+){0,4}?(?:was|were|got)\s+(?:last\s+)?(?:rotated|revoked|created|deleted|changed|regenerated)\b|\bwho\s+(?:approved|signed\s+off|did\s+what|rotated|revoked|deleted|changed|created)\b|\bwho\s+(?:made|did|changed|touched)\s+what\b|\bwho\s+(?:made|issued|generated|requested|set\s+up)\s+(?:the|a|an|our|my|this|that|their|each)\s+(?:[\w-]+\s+)?(?:keys?|api_keys?|access\s+keys?|tokens?)\b|\bwhat\s+happened\s+to\b/;
/**
 * fix39f, train: how to see what one did or asked for before ("how do I see what I requested last week?", "where can I
 * look up what we rotated in March?"): the record of changes, history's.
 */
const OWN_PAST_ASKED =
  /\b(?:see|show|find|check|view|look\s+up|lookup|get)\s+(?:what|which(?:\s+\w+)?)\s+(?:i|we|i've|we've)\s+(?:have\s+|had\s+|already\s+|previously\s+|ever\s+)?(?:requested|asked\s+for|created|rotated|revoked|deleted|deprovisioned)\b/;
const SPEND = /\b(?:spend\w*|spent|costs?|bills?|budget)\b/;
/** Deleting a unit's whole setup is deprovisioning. */
const DEPROVISION_WORDS = new RegExp(String.raw`\b${DEPROVISION}\b`);
// (fix36c, tuned-crypto: and in other words, a whole one, "what's the command to get rid of an entire unit?".)
const DELETE_A_UNIT =
  /\b(?:delete|remove)\s+(?:my|our|the|a)\s+(?:team|unit)(?:'s)?\s+(?:whole\s+)?(?:setup|unit|user)\b|\b(?:delete|remove|get\s+rid\s+of|tear\s+down|wipe\s+out|scrap)\s+(?:a|an|the|my|our)\s+(?:entire\s+|whole\s+)?(?:unit|team)\b/;
/** A rotation named, also done by itself ("do keys auto-rotate?", fix37c, tuned-tax). */
const ROTATE_WORDS = new RegExp(String.raw`\b(?:auto_?)?${ROTATE}\b`);
/** A person who rotates off a ward or onto nights ("if I … rotated off the ward"): no key's rotation. */
const PERSON_ROTATES = new RegExp(
  String.raw`\b(?:i|we|you|he|she|they|then|and)\s+(?:\w+\s+)?${ROTATE}\s+(?:(?:off|onto|on\s+to|out\s+of|into|to|through)\s+(?:the\s+|a\s+|another\s+|my\s+|our\s+)?(?:\w+\s+)?(?:ward|wards|shift|shifts|nights|days|site|sites|rota|clinic|department|dept|desk|floor|placement|rotation)|(?:off|onto|out\s+of)\s+(?:the\s+|a\s+|another\s+|my\s+|our\s+)?(?:\w+\s+)?(?:team|teams|unit|units|service|project))\b`,
);
const REVOKE_WORDS = new RegExp(
  String.raw`\b${REVOKE}\b|\b(?:delete|disable|cancel|deactivate|kill|stop|switch\s+off|turn\s+off|get\s+rid\s+of)\s+(?:a|the|my|our|one|this|that)\s+(?:old\s+)?(?:keys?|api_key)\b`,
);
/**
 * Bounds: the longest, the shortest, more than allowed ("why can't I get a token for 24h"); a token for a
 * stretch of days or weeks ("a token for a whole 14-day swing", prepared `14_day`), beyond any token's. (fix34a,
 * tuned-met: "shorter than", and the Danish, Norwegian and Swedish word for a limit, "grænse", "grense", "gräns", as
 * the glossary leaves it.)
 */
// (Round thirty-five: an expiry not picked, "if i dont pick an expiry, …"; a token against a stretch of time, "does a
// token survive overnight", "is a token ever good for a whole weekend bootcamp". fix40d, tuned-styles-southern: one
// stretched past a bound, "can a token be extended beyond 8 hours?". fix46d, tuned-styles-lay: "would a token ever be
// allowed to run over a whole weekend?".)
const LIMITS_STRONG =
  /\blonger_(?:lasting|lived)\b|\b(?:tokens?|tok)\b[^?.!]{0,40}?\b[a-z0-9]+_(?:day|week|month|night)s?\b|\b(?:max(?:imum)?|min(?:imum)?|limits?|longest|shortest|at\s+most)\b|\b(?:longer|more|shorter)\s+than\b|\b(?:graense|grense|grans|gransen|graensen|grensen|limites?)\b|\bnever\s+expires?\b|\bforever\b|\bever\s+expires?\b|\b(?:whole|full|round)\s+(?:hours|days)\b|\bexpires?\s+by\s+default\b|\bwhy\b[^?.!]*\b(?:not|can'?t|cannot|only)\b[^?.!]*\bxxdur\b|\b(?:go|last|run|stay|valid|extended)\s+(?:past|beyond)\b|\b(?:pick|choose|set|decide|change)\s+(?:the\s+|its\s+|my\s+|our\s+|an?\s+)?(?:expiry|expiration|lifetime|duration|ttl|validity)\b|\b(?:tokens?|tok)\s+(?:ever\s+)?(?:be\s+(?:allowed|able)\s+to\s+)?(?:survive|last|outlive|run\s+(?:over|through))\s+(?:overnight|the\s+night|the\s+weekend|an?\s+(?:whole\s+|full\s+|entire\s+)?(?:night|weekend|shift))\b|\b(?:tokens?|tok)\s+(?:ever\s+)?(?:good|ok|okay|enough|valid)\s+for\s+(?:a|the)\s+(?:whole|full|entire)\s+(?:night|weekend|day|week|shift)\b|\bhow\s+long\s+(?:do|does|will)\s+(?:i|we|you|u|one)\s+have\s+(?:to|until|before)\b|\bhow\s+long\s+(?:can|could|will|would|does|do|may|is|are)\s+(?:an?\s+|the\s+|my\s+|our\s+|one\s+)?(?:(?!old\b|previous\b|former\b|replaced\b)\w+\s+){0,2}?(?:keys?|api_keys?|tokens?|access\s+keys?|credentials?)\s+(?:live|last|stay\s+valid|be\s+valid|run|exist|survive|be\s+kept)\b|\bexpires?\s+(?:automatically|on\s+(?:its|their)\s+own|by\s+(?:itself|themselves))\b|\b(?:keys?|api_key|access\s+keys?)\s+(?:that|which)\s+(?:lasts?|runs?|lives?|stays?\s+valid|is\s+valid)\s+(?:for\s+)?(?:an?\s+)?(?:full\s+|whole\s+)?xxdur\b/;
/**
 * A token lasting from one moment to another ("would a token survive from friday close to monday open?", "can a
 * token last from tonight until tomorrow noon?", "is it possible for a token to last from 8 to 6?"): the bounds. Two
 * fixers and the lead each wrote it in round thirty-six; written once here (review36).
 */
const TOKEN_SPAN = String.raw`(?:tokens?|tok)\s+(?:to\s+)?(?:ever\s+)?(?:survive|last|outlive|stay\s+valid|be\s+valid|live|run)\s+from\b[^?.!]{1,40}?\b(?:to|till|til|until|through|thru)\b`;
const TOKEN_SPAN_RE = new RegExp(String.raw`\b${TOKEN_SPAN}`);
/** The same asked as the message's question, nothing asked for after it (another question may follow). */
const TOKEN_SPAN_QUESTION = new RegExp(
  String.raw`^\W*(?:(?:so|and|hey|hi|quick\s+q(?:uestion)?)[\s,:]+)?(?:can|could|would|will|does|do|is\s+it\s+possible\s+(?:for|that))\s+(?:an?\s+|the\s+|my\s+|our\s+|one\s+)?${TOKEN_SPAN}[^?.!]{0,40}\?\s*(?:$|[^?]*\?\s*$)`,
);

/** Whether a token can last a stretch from one moment to another, asked (rules.ts: help, whatever the classifier). */
export function tokenSpanAsked(text: string): boolean {
  return text.includes('from') && TOKEN_SPAN_QUESTION.test(text);
}

/**
 * fix36a, tuned-winery/tuned-fashion: a token's bounds asked in other words: a lower bound it must meet ("do tokens
 * have to be at least 15 min?"), a length pointed at ("is a token that long possible?", "do tokens go that short?"),
 * a lifetime said possible for a token ("is 20h possible for a token?"). (A stretch from one time to another is
 * TOKEN_SPAN's, above.)
 */
const TOKEN_BOUND_ASKED =
  /\b(?:tokens?|tok)\b[^?.!]{0,20}\b(?:have\s+to|has\s+to|must|need\s+to|needs\s+to)\s+(?:be|last|run)\s+(?:at\s+least|a\s+minimum\s+of)\b|\b(?:tokens?|tok)\b[^?.!]{0,25}\b(?:that|this|so)\s+(?:long|short)\s*(?:possible|allowed|doable|\?|$)|\b(?:tokens?|tok)\s+(?:\w+\s+)?(?:go|be|get)\s+(?:that|this|so)\s+(?:long|short)\b|\bxxdur\s+(?:even\s+)?(?:possible|allowed|doable|permitted)\s+(?:for|with)\s+(?:an?\s+|the\s+|my\s+)?(?:tokens?|tok)\b/;
/**
 * fix36c, tuned-crypto/tax/dating: a token's bounds asked in other words: a floor or a ceiling ("do tokens have a
 * floor?"), stretched or going up to a lifetime ("would a token stretch to the full xxdur", "do tokens go up to
 * xxdur?"), the full lifetime ("could i get one for the full xxdur"). (From one time to another is TOKEN_SPAN's.)
 */
const BOUNDS_ASKED =
  /\b(?:tokens?|tok|keys?|api_keys?)\s+(?:have|has|got)\s+(?:an?\s+|any\s+)?(?:floor|ceiling|cap|lower\s+bound|upper\s+bound)\b|\b(?:stretch|extend|go|reach)\s+(?:all\s+the\s+way\s+)?(?:up\s+)?to\s+(?:the\s+)?(?:full\s+|whole\s+|entire\s+)?xxdur\b|\bfor\s+(?:the|a)\s+(?:full|whole|entire)\s+xxdur\b/;
/**
 * A token past a lifetime ("would tokens past the 12h mark be possible with my director's sign-off?", fixstyles30):
 * the bounds, whatever approval is named with it.
 */
const TOKEN_PAST = /\b(?:tokens?|tok)\s+(?:past|beyond|over)\s+(?:the\s+)?xxdur\b/;
/** A lifetime asked about as the credential's ("could i get a 12h token in theory?"): its bounds. */
/**
 * fix46d, tuned-cinema: a lifetime wished for hypothetically, "if I wanted a ten hour token would you give me one?", "if
 * we needed an 8h token, would the bot give us one?": whether such a token can be had (the limits).
 */
// (Not one for another person, "what if I needed an 8h token for a visiting prof": that command's, round fifteen.)
const LENGTH_WISHED_IF =
  /\bif\s+(?:i|we)\s+(?:wanted|needed|asked\s+for)\s+an?\s+xxdur\s+(?:tokens?|tok)\b(?!\s+for\s+(?:an?|my|our|the|someone|somebody)\b)/;
const LENGTH_ASKED =
  /\b(?:could|can|may)\s+(?:i|we|you|u|one)\s+(?:even\s+)?(?:get|have|request)\s+an?\s+(?:xxdur\s+(?:tokens?|tok)\b|(?:tokens?|tok)\s+(?:that|which)\s+(?:lasts?|runs?|stays?\s+valid|is\s+valid)\b)|\b(?:can|could|will|would)\s+an?\s+(?:tokens?|tok)\s+(?:even\s+)?(?:last|run|stay\s+valid)\b/;
/**
 * A token of a stated lifetime in a help question ("in theory could I get a 16h token?", "can a token
 * last 2 days?", "would a 10h token be ok?"): whether such a token can be had is the bounds' question
 * (README, "A question that asks for a token is a request"), unless it asks how to ask for one, whether
 * it would be approved, or names a Region or a model. (A lifetime after "last" is read as a period
 * of time past and taken out: "can tokens last 36 hours?" is prepared as "can tokens last ?". A command
 * written out, "token 2h", is the command's: "`/bedrock token 2h` does this still work?" is token's. fix38b,
 * tuned-textile: a lifetime or more, "is a 12h+ token possible?", as the lifetime is. fix45c, tuned-ski: the lifetime
 * after what the token is for, "could I in theory get a token for a whole night of snowmaking, like 14h?". fix54d: the
 * lifetime straight after the token that is got, as learners and Singlish say it, "in theory can get token 12h or not?".)
 */
const TOKEN_LIFETIME =
  /\b(?:tokens?|tok)\b(?:\s+[\w']+){0,2}?\s+(?:for|of|lasting|lasts?|last|lives?|live|(?:stays?|be|is)\s+valid\s+for|valid\s+for|good\s+for|runs?\s+for)\s+(?:an?\s+|the\s+(?=(?:full|whole|entire|straight)\s))?(?:full\s+|whole\s+|entire\s+|straight\s+)?xxdur\b|\b(?:tokens?|tok)\s+(?:\w+\s+)?xxperiod\b|\bxxdur(?:\s*\+)?\s+(?:tokens?|tok)\b|\b(?:tokens?|tok)\s+(?:\w+\s+)?lasts?\s*(?:[?.!,]|$)|\b(?:tokens?|tok)\s+for\s+(?:a|an|the)\s+[^?.!]{0,40}?\b(?:like|say|so|about|around|roughly|approx|approximately|i\s*\.\s*e)\s*,?\s+(?:~\s*)?xxdur\b|\b(?:get|have|request)\s+(?:an?\s+)?(?:tokens?|tok)\s+xxdur\b/;
const HOW_TO_ASK =
  /\bhow\s+(?:do\s+|can\s+|could\s+|should\s+)?(?:i|we|one|you)\s+(?:ask|request|get|order|obtain)\b/;
/** Approval as the condition of what is asked ("if my manager signs off, could I get a 24h token?"). */
const APPROVAL_AS_CONDITION =
  /\b(?:if|once|when|provided|assuming)\s+(?:(?:my|our|the|a|an|his|her|their)\s+)?(?:[\w'’]+\s+){0,3}?(?:approves?|approved|signs?\s+(?:it\s+|this\s+|that\s+)?off|signed\s+(?:it\s+|this\s+|that\s+)?off|oks?|okays?|agrees?)\b|\bwith\s+(?:(?:my|our|the|his|her|their)\s+)?(?:[\w'’]+\s+){0,2}?(?:approval|sign[-_\s]?off|blessing)\b/g;
/** A token for another person who asks ("could a vendor be given a 3h token if our CTO asked?", acted15). */
const FOR_ANOTHER_WHO_ASKS =
  /\b(?:asked|wanted)\b|\bfor\s+(?:him|her|them)\b|\b(?:issue|give|hand)\s+(?:them|him|her)\b|\bbe\s+given\b|\bon\s+behalf\s+of\b/;
/**
 * Where or on what a token is asked for ("can i get a token for 3h from my phone or do i need the
 * laptop", "can I ask in a DM"): how to ask for one is the token's (README, "Help topics").
 */
const WHERE_ASKED =
  /\b(?:from|on|with)\s+(?:my|a|the|our)\s+(?:work\s+|personal\s+)?(?:phone|mobile|iphone|android|laptop|ipad|tablet|desktop|pc|computer|browser)\b|\bin\s+(?:a\s+)?(?:dm|private\s+message|thread)\b/;
/** Whether a credential may be asked for in a place ("is it ok to request an api key in a thread?"). */
// (fix50e, tuned-aircargo: or by a DM, "is it ok to request a token by DM to the bot or must it be in #bedrock-access?".)
const OK_TO_ASK_THERE =
  /\b(?:ok|okay|fine|alright|allowed)\s+to\s+(?:ask|request)\b[^?.!]{0,40}?\b(?:tokens?|tok|keys?|api_keys?)\b[^?.!]{0,15}?\b(?:in|by|via|over|through)\s+(?:a\s+|the\s+)?(?:dm|direct\s+message|private\s+message|pm|thread|channel)\b/;
function lifetimeAsked(text: string): boolean {
  if (
    !TOKEN_LIFETIME.test(text) ||
    HOW_TO_ASK.test(text) ||
    WHERE_ASKED.test(text) ||
    REGIONS.test(text) ||
    MODELS.test(text)
  )
    return false;
  // (One for another person stays the token's: help-kinds tests, "could my boss have a 12h token?".)
  if (TOKEN_FOR_ANOTHER.test(text) || FOR_ANOTHER_WHO_ASKS.test(text)) return false;
  return !APPROVALS.test(text.replace(APPROVAL_AS_CONDITION, ' '));
}
/**
 * When a token runs out ("tokens, expire when?", "when do tokens expire?", "at what point does a token
 * expire?"): its lifetime, the bounds' question (a key's expiry is what a unit has: details).
 */
const TOKEN_EXPIRES_WHEN =
  /\b(?:tokens?|tok)\b[^?.!]{0,30}\bexpire\s+when\b|\b(?:when|what\s+point|what\s+time)\s+(?:do|does|will|would)\s+(?:\w+\s+){0,3}?(?:tokens?|tok|they|it)\s+(?:expire|run\s+out|stop\s+working|time\s+out|die)\b|^\W*(?:do|does|will)\s+(?:\w+\s+)?(?:tokens?|tok)\s+expire\s+(?:at|after|when|on)\b/;
/** Shared with rules.ts, so that the help topic and the rules' decision read the same question. */
export function tokenExpiryAsked(text: string): boolean {
  return text.includes('tok') && TOKEN_EXPIRES_WHEN.test(text) && !/\b(?:keys?|api_key)\b/.test(text);
}
/**
 * A token supposed and asked whether it would do ("if I needed a token for 3h tomorrow during the match,
 * would that be a problem?"): whether such a token can be had is the bounds' question. (The lifetime is
 * taken out of a help reading, so the token's lifetime is not read here.)
 * (fix36b, tuned-shipyard and tuned-esports: supposed of a group, "if our night shift wanted a 12 hour token each,
 * would that work?", and "would that fly?".)
 */
const SUPPOSED_TOKEN =
  /\b(?:if|suppose|supposing|say|assuming)\s+(?:i|we|you|one|(?:my|our)\s+(?:\w+\s+){0,2}?\w+)\s+(?:\w+\s+)?(?:needed|need|wanted|want|asked\s+for|requested)\s+(?:an?\s+)?(?:\S+\s+)?(?:tokens?|tok)\b/;
// (merge38: fix38c's "…, could I get one?" after a supposed token of 20 hours was limits, but the same after one of 8
// hours asks for a token (acted15), and a help reading's lifetime is lifted out before the topic is read: left.)
const WOULD_IT_DO =
  /\b(?:would|will|is|could)\s+(?:that|this|it)\s+(?:be\s+)?(?:(?:a|an|any)\s+)?(?:problem|issue|ok|okay|fine|work|fly|allowed|possible)\b|\bany\s+(?:problem|issue)s?\b|\b(?:could|can|may)\s+(?:i|we)\s*\?/;
/**
 * Round forty-six (round twenty-one's test, moved by the retrain on round forty-five's blind files): the token itself
 * the subject of the question, "would a 4h token tonight be an issue?": whether it can be had, as above.
 */
const TOKEN_AN_ISSUE =
  /^\s*(?:would|will)\s+(?:a|an|one)\s+(?:[\w.]+\s+){0,2}?tokens?\b(?:\s+[\w.]+){0,4}?\s+be\s+(?:(?:a|an|any)\s+)?(?:problem|issue)s?\b/;
export function tokenSupposed(text: string): boolean {
  return (
    ((SUPPOSED_TOKEN.test(text) && WOULD_IT_DO.test(text)) || TOKEN_AN_ISSUE.test(text)) &&
    !REGIONS.test(text) &&
    !MODELS.test(text)
  );
}
/**
 * Having a credential revoked, rotated or removed ("how do I get a key revoked if a vendor leaves?"): the
 * command's, not getting a key.
 */
const GET_IT_DONE =
  /\b(?:get|have|gets|getting)\s+(?:(?:a|an|the|my|our|their|his|her|this|that)\s+)?(?:\w+\s+)?(?:keys?|api_keys?|access\s+keys?|tokens?|credentials?)\s+(revoked|rotated|deprovisioned|offboarded|deleted|disabled|removed|killed|cancell?ed)\b/;
const DONE_TOPIC: Record<string, HelpTopic> = {
  rotated: 'rotate',
  deprovisioned: 'deprovision',
  offboarded: 'deprovision',
};
/**
 * Where a credential should be kept ("where should a long-term key be stored so it passes the PCI
 * audit?"): keeping it safe, whatever audit it is for.
 */
const CREDENTIAL_NOUN = /\b(?:keys?|api_keys?|tokens?|credentials?|creds|secrets?)\b/;
const WHERE_KEPT =
  /\bwhere\s+(?:should|do|can|must|would|to)\b[^?.!]{0,40}\b(?:stored|kept|keep|store|live|sit)\b/;
/** "which models can a token call, or only the approved ones?": the models, whatever was approved. */
const WHICH_MODELS =
  /(?:^|[^\w\s]\s*|\b(?:so|and|but|then|ok|hi|hey)\s+)(?:which|what)\s+(?:\w+\s+)?models?\b/;
/** How long history is kept ("is the history stored forever?", "how far back does it go?"): history's. */
const HISTORY_KEPT =
  /\b(?:history|audit|log|logs|records?)\b[^?.!]{0,25}\b(?:stored|kept|retained|saved|deleted|purged)\b|\bhow\s+far\s+back\b/;
const LIMITS =
  /\bhow\s+(?:long|many)\b|\bcap\b|\bdefault\s+(?:\w+\s+)?(?:duration|lifetime|expiry|ttl|length)\b|\bduration\s+of\b|\b(?:lifetime|ttl|validity)\b|\bexpire\s+on\s+their\s+own\b|\btoo\s+(?:long|short)\b|\b(?:over|above|past|under|below)\s+the\s+(?:limit|cap)\b|\bcustom\s+expiry\b|\bexpiry\s+i\s+can\b|\bnotified\s+before\b/;
/** (fix36a, tuned-fashion: and the providers asked after, "which providers can I use with a token?".) */
const MODELS =
  /\b(?:which|what)\s+(?:model\s+)?providers\b|\b(?:models?|modelle|modelos?|modelli|mod[eè]les?|model_wise|claude|llama|mistral|mixtral|titan|nova|cohere|opus|sonnet|haiku|deepseek|jamba|command_r|qwen|gpt_oss|anthropic|ai21)\b/;
/**
 * Whether something is offered in a Region: "allowed in Mumbai", "available in Sydney", "in Seoul at all"; the
 * Region before the offer (fixstyles30: "keys in Mumbai region allowed or only tokens?", "is Beijing even possible
 * for tokens?").
 */
// (fix36c, tuned-dating: the Region put first and what is offered there asked, "in sao paulo do you only do tokens,
// or long-term keys too?".)
// (fix38a, tuned-dating/tuned-ocean: whether one could get a thing there at all, "could I even get a token in Warsaw?",
// "if I wanted a token in Stockholm, could I?".)
// (fix37b, tuned-aerospace/tuned-shipyard: the Region as the subject that offers, "does Sydney support long-term keys,
// or only tokens?", and the offer after the place, "access keys in Seoul, possible?".)
// (fix53d: the place said with "region" after it and an article before, "access keys in the mumbai region ok, or only tokens
// there?".)
/** Which models there are in a Region (fix54c): "which models are allowed in xxregion", "what models work in xxregion". */
const MODELS_IN_REGION =
  /\b(?:which|what)\s+(?:ai\s+|llm\s+)?models\s+(?:are|we\s+can|can\s+(?:i|we)|work|run|exist)\b[^?.!]{0,30}?\b(?:in|for)\s+(?:the\s+)?xxregion\b/;
// (fix59-help: the other kind weighed after the Region, "an access key in Japan, or tokens only?", "make key in Dubai region
// or only tokens?": whether a kind is offered there, README "Help topics", not which kind.)
const REGION_ASKED =
  /\bxxregion(?:\s+region)?\s*,?\s+or\s+(?:(?:only|just)\s+(?:tokens?|keys?|api_keys?|access\s+keys?)|(?:tokens?|keys?|api_keys?|access\s+keys?)\s+(?:only|just)\b)|\b(?:does|do|will|would|can|could)\s+(?:the\s+)?xxregion\s+(?:region\s+)?(?:even\s+|also\s+|still\s+)?(?:support|offer|allow|have|do|take|issue)\b|\bin\s+(?:the\s+)?xxregion(?:\s+region)?\s*[,:]?\s*(?:even\s+)?(?:possible|allowed|available|supported|ok|okay|doable)\b|\b(?:allowed|available|supported|offered|possible|usable)\s+(?:in|for|from)\s+(?:the\s+)?xxregion\b|\bin\s+xxregion\s+at\s+all\b|\ba\s+thing\s+in\s+xxregion\b|\bin\s+xxregion\s*,?\s+or\s+only\b|\bin\s+xxregion\s*,?\s+(?:do|does|can|could|will|would)\s+(?:you|u|we|i|the\s+bot)\s+(?:only\s+|just\s+)?(?:do|offer|have|give|support|issue|get)\b|\bxxregion\s+(?:region\s+)?(?:\w+\s+)?(?:allowed|available|supported|offered|possible|usable)\b|\b(?:could|can|may)\s+(?:i|we|one|you)\s+even\s+(?:get|have|request|use|make|issue)\b[^?.!]{0,40}\bin\s+xxregion\b|\bin\s+xxregion\s*,?\s+(?:could|can|would|may)\s+(?:i|we|one)\s*(?:\?|$)/;
/**
 * Where our data goes or stays ("does our data leave Europe?", "do prompts stay in the EU?", "is our data
 * processed outside the UK?"): the Regions the bot works in (fix33c).
 */
const DATA_LEAVES =
  /\b(?:data|prompts?|requests?|conversations?|chats?|texts?|inputs?)\s+(?:ever\s+|still\s+)?(?:leaves?|leaving|stays?|staying|goes|go|sent|processed|stored|kept|hosted)\s+(?:in\s+|inside\s+|outside\s+(?:of\s+)?|out\s+of\s+|to\s+)?(?:the\s+)?(?:europe|eu|xxregion|uk|us|usa|america|germany|switzerland|country|region|australia|canada|japan|india)\b/;
/** (asks25b: "is the token region-specific?", prepared `region_specific`, asks about Regions too.) */
/**
 * fix50e, tuned-aircargo: a credential asked for in a city or country with no AWS Region ("can I get tokens in Cairo?
 * our Egypt team asks", "can the bot give me a token in Doha?"): whether the bot offers it there is the Regions' question
 * (README "Help topics"), though no Region is named. Only the places of the writers whose offices have no Region nearby
 * (the Gulf, the Levant, North and East Africa, South Asia), after "in" or "from".
 */
/**
 * fix59-help: and the countries and cities elsewhere with no AWS Region of their own that the writers ask from (Europe
 * outside the Region cities, Latin America outside São Paulo and Mexico, South-East Asia outside the Region cities):
 * "can we get tokens in the Netherlands at all?", "could I even get a token in Warsaw?". Names that are everyday words
 * in a language people write in are left out (Sofia, Porto, Lima).
 */
const PLACE_WITHOUT_REGION_MORE = String.raw`netherlands|holland|amsterdam|rotterdam|utrecht|eindhoven|belgium|brussels|antwerp|poland|warsaw|krakow|wroclaw|gdansk|poznan|norway|oslo|bergen|denmark|copenhagen|finland|helsinki|austria|vienna|portugal|lisbon|czechia|czech\s+republic|prague|brno|hungary|budapest|romania|bucharest|greece|athens|croatia|zagreb|serbia|belgrade|ukraine|kyiv|kiev|bulgaria|vietnam|hanoi|ho\s+chi\s+minh(?:\s+city)?|saigon|philippines|manila|cebu|surabaya|bandung|colombia|bogota|medellin|argentina|buenos\s+aires|peru|uruguay|montevideo|ecuador|quito|venezuela|caracas|guatemala|costa\s+rica|panama|senegal|dakar|ghana`;
const PLACE_WITHOUT_REGION = String.raw`cairo|egypt|alexandria|amman|jordan|doha|qatar|kuwait|muscat|oman|jeddah|dammam|beirut|lebanon|baghdad|iraq|tehran|iran|istanbul|ankara|turkey|karachi|lahore|islamabad|pakistan|dhaka|bangladesh|colombo|kathmandu|lagos|nigeria|nairobi|kenya|kampala|accra|addis\s+ababa|ethiopia|casablanca|morocco|tunis|tunisia|algiers|algeria|${PLACE_WITHOUT_REGION_MORE}`;
const PLACE_WITHOUT_REGION_ASKED = new RegExp(
  String.raw`\b(?:get|have|request|use|ask\s+for|make|issue|create|give\s+(?:me|us))\s+(?:an?\s+|any\s+|our\s+|the\s+)?(?:bedrock\s+)?(?:tokens?|tok|keys?|api_keys?|access\s+keys?|credentials?|bedrock|access)\b[^?.!]{0,20}?\b(?:in|from)\s+(?:the\s+)?(?:${PLACE_WITHOUT_REGION})\b(?!\s+(?:team|office|station|branch|warehouse|hub|site|customers?|clients?)\b)`,
);
const REGIONS = /\b(?:regions?|region_(?:specific|locked|bound|tied|based)|xxregion|regi[oó]n|govcloud)\b/;
const SPEND_GOES_BACK =
  /\bhow\s+far\s+back\b[^?.!]{0,30}\b(?:spend\w*|costs?|bills?|billing|usage|invoices?)\b/;
// (fix52e, tuned-insurer: the units asked of their owner, "how do I see what units I own?", "where can I see my units?".)
// (Round sixty, tuned-contractors: "a command list", "the commands list" are the bot's commands, general, not the list
// command; "what does the command list do?" still names the list command.)
const LIST =
  /\bwhat\s+(?:teams|units|business\s+units)\s+(?:i|we|do\s+i|do\s+we|does|am\s+i)\b|\b(?:see|view|find|check|get)\s+(?:my|our)\s+units\b|\bunits\s+(?:i|we)\s+(?:own|have|hold|manage|look\s+after|am\s+on|are\s+on)\b|(?<!\ba\s+command\s|\bcommands\s)\b(?:list|ls)\b(?!\s+(?:of\s+|the\s+)?commands)|\bwhich\s+(?:teams|units|business\s+units)\b|\b(?:teams|units)\s+(?:exist|there\s+are|are\s+(?:onboarded|set\s*up|there))\b|\bevery\s+(?:unit|team)\b|\ball\s+(?:the\s+|our\s+|my\s+)?(?:teams|units)\b|\b(?:unit|team)\s+names\b|\bnames\s+of\s+(?:the\s+|our\s+)?(?:units|teams)\b/;
/**
 * What becomes of a key when its owner leaves, or how to hand it over ("what happens to a key if the owner
 * leaves?", "how do I hand a key over when the owner quits?"): keeping our credentials, about the bot
 * (general), not what a unit has now (details).
 */
const OWNER_LEAVES =
  /\b(?:owner|owners|holder)\s+(?:\w+\s+)?(?:leaves|left|quits|quit|retires|retired|resigns|departs|moves\s+(?:on|teams|team|departments?)|changes\s+(?:teams?|jobs?|roles?)|is\s+(?:leaving|gone|retiring|off\s?boarded)|goes|has\s+left)\b|\bhand\w*\s+(?:(?:a|an|the|my|our|his|her|their)\s+)?(?:\w+\s+)?(?:keys?|api_keys?|tokens?|credentials?|units?)\s+over\b|\bhand\w*\s+over\s+(?:(?:a|an|the|my|our|his|her|their)\s+)?(?:\w+\s+)?(?:keys?|api_keys?|credentials?|units?)\b/;
const DETAILS_WORD = /\b(?:details?|dets|desc)\b|\bexpiry\s+dates?\b/;
// (fix52g, tuned-styles-anglo/-relay: and what a unit has "got", "how do I check what a unit's got", and who holds
// keys on one, "how do I check who has keys on my team's unit?": what the unit has, details.)
const DETAILS =
  /\b(?:owner|who\s+owns)\b|\bwhat\s+(?:a|the|my|our|each|this|that|their|one)\s+(?:unit|team|bu)(?:'s|\s+has|\s+have)\s+got\b|\bwho\s+(?:has|holds|have)\s+(?:keys?|access|credentials?|creds)\s+(?:on|in|for|under)\s+(?:a|the|my|our|this|that|their|each)\s+(?:[\w']+\s+)?(?:unit|bu)\b|\bkeys?\s+(?:are\s+|is\s+)?(?:about\s+to|going\s+to|will|due\s+to|set\s+to)\s+expire\b|\bwhat\s+(?:a|the|my|our|each|this|that|their|one)\s+(?:unit|team|bu)\s+(?:has|holds|owns)\b|\b(?:what|which)\s+(?:keys|credentials|creds)\s+(?:\w+\s+){0,3}(?:has|have|holds?|owns?)\b|\bwhen\s+(?:\w+\s+)?expires?\s+(?:the|my|our)\s+(?:\w+\s+)?keys?\b|\bwhen\s+(?:my|our|the|a|an)\s+(?:[\w']+\s+){0,2}(?:keys?|api_keys?)\s+(?:expires?|runs?\s+out)\b/;
/** The bot as a whole: what it can do, its commands and documents. */
const ABOUT_THE_BOT =
  /\bwhat\s+(?:else\s+)?(?:can|could)\s+(?:you|u|this\s+bot|the\s+bot|this\s+thing|it)\s+(?:actually\s+|really\s+|exactly\s+)?do\b|(?<!\b(?:cli|aws|shell|terminal|bash|git|linux|unix|powershell|sql|curl)\s)\bcommands\b|\bdocs\b|\b(?:a|any|the)\s+doc\b|\bdocumentation\b|\bdocumented\b|\brunbook\b|\bwho\s+(?:made|maintains)\b/;
/** Who may do what, whether the bot is up: about the bot when no command is named. */
const ABOUT_THE_BOT_LOOSE = /\bdown\b|\b(?<!non-)admins?\b|\bbusiness\s+unit\b/;
const TOKEN = /\b(?:tokens?|tok|tkn|temporary|short_term|bearer)\b|\bexport\s+(?:lines?|statements?)\b/;
// (fix45b, tuned-care: the bot asked for one in a DM, "can I DM the bot for a key or do I have to ask in #bedrock-access?":
// where to ask for a key is create_key's, as "ask for a key in a DM" is.)
const GET_KEY =
  /\b(?:get(?:ting)?|request(?:ing)?|ask(?:ing)?\s+for|(?:dm|pm|message)\s+(?:the\s+bot|you|u|it)\s+for|creat(?:e|ing)|mak(?:e|ing)|set\s*up|setup|need)\b[^?.!]{0,40}\b(?:keys?|api_key|credentials?|access\s+for)\b|\bset\s*up\s+(?:my|our)\s+team\b|\bsetup\s+(?:my|our)\s+team\b|\bcreate\s+key\b|\baccess\s+for\s+(?:my|our)\s+(?:whole\s+)?team\b/;
const USE_A_KEY =
  /\b(?:use|put|pass|set|call)\b[^?.!]{0,30}\b(?:api_key|access\s+keys?)\b[^?.!]{0,30}\b(?:with|in|into|for|from)\b|\benv\s+var\b[^?.!]{0,30}\b(?:api_key|access\s+keys?)\b/;

/**
 * fix38a, tuned-bakery/tuned-dating: how or where a token is handed to the tool that calls with it, "where do I paste the
 * token in Postman?", "how do I pass the token to the converse api when calling claude?": using the token, its own
 * topic, whatever model or tool is named (whether a place is safe for it is asked otherwise, SAFETY).
 */
const TOKEN_PUT_INTO =
  /\b(?:how|where)\s+(?:do|can|should|would|shall)\s+(?:i|we|you|one)\s+(?:pass|put|paste|send|add|include|set|plug|supply|provide)\s+(?:the|my|a|our|this|that|your)\s+(?:bearer\s+|bedrock\s+)?(?:tokens?|tok)\s+(?:to|in|into|on|for|with)\b/;

/** Whether a place is safe for a credential, asked in words ("… is that safe?", "… safely?"). */
const SAFE_ASKED = /\b(?:safe|safely|secure|securely|ok|okay|fine|allowed|risky?|dangerous)\b/;

/** "what commands are there", "which commands do you have": the bot as a whole, whatever story follows. */
const WHAT_COMMANDS = /\b(?:what|which)\s+commands\b|\b(?:every|all(?:\s+the)?)\s+commands?\b/;
/** "the list command", "the rotate command": a command named as such is the subject. */
const NAMED_COMMAND = /\bthe\s+([a-z_]+)\s+command\b/;
/**
 * "what happens to the audit log if we offboard a unit?": what a command does to something is that
 * command's topic, whatever the something is (spend, history).
 */
const COMMAND_DOES = new RegExp(
  String.raw`\bwhat\s+(?:exactly\s+)?(?:does|do|will|would)\s+(?:the\s+)?[\`'"‘’“”]?\s*(${COMMAND})\s*[\`'"‘’“”]?\s+(?:command\s+)?(?:actually\s+|really\s+|exactly\s+)?(?:do|does|remove|delete|touch|mean|affect|kill|wipe|destroy|clean|cover|include|take\s+away)\b`,
);
const IF_WE_DO = new RegExp(
  String.raw`\bhappens?\b[^?.!]*\b(?:if|when|after|once)\s+(?:we|i|you|u|they|someone|the\s+bot)\s+(?:\w+\s+)?(${COMMAND})`,
);
/** "how do I get a long-term key for a cost centre": getting a key, whatever it is for. */
/**
 * fix43a, tuned-lifts: a long-term key renewed is a key rotated, "how do I get my key renewed before it expires?", "how
 * do I renew our api key?" (a token renewed is the token's own question, "can a token be renewed?").
 */
const KEY_RENEWED =
  /\b(?:keys?|api_key|access\s+keys?)\b[^?.!]{0,15}\brenew(?:ed|al)?\b|\brenew(?:ing|al\s+of)?\s+(?:my|our|the|a|an|this|that)\s+(?:\w+\s+)?(?:keys?|api_key|access\s+keys?)\b/;
const GET_LONG_KEY =
  /\bhow\s+(?:do|can|could|should|would)\s+(?:i|we|one|my\s+\w+)\s+(?:get|request|ask\s+(?:(?:the\s+bot|you|u|it)\s+)?for|apply\s+for|obtain)\s+(?:a|an|our|the)\s+(?:new\s+)?(?:long_term\s+|long_lived\s+|permanent\s+)?(?:key|api_key|access\s+(?:key|keypair|key\s+pair)s?)\b/;
/**
 * … in the languages people mix in ("comment on demande une clé longue durée ?", "como faço para
 * pedir uma chave?"; prepare.ts reads clé and chave as "key"), and a key shown once and lost ("the bot
 * showed me the key once, can I see it again?"): the answer is a new key.
 * (notours28: Chinese "请问怎么申请长期的 API key？" (how do I apply for a long-term API key?), and German's word order
 * glossed, "Wie bekomme ich einen API-Key …" → "how get i a api_key …".)
 */
const GET_KEY_ELSEWHERE =
  /(?:申请|申請|获取|獲取|领取|領取)[^?？。!\n]{0,12}(?:key|api_key)\b|\bhow\s+(?:get|request|obtain)\s+(?:i|we)\s+(?:a|an)\s+(?:new\s+)?(?:key|api_key)\b|\b(?:demande[rz]?|pedir|pido|pe[cç]o|solicit(?:ar|o|a)|beantrage\w*|anfordern|richied\w*|chieder\w*)\s+(?:(?:a|an|une|um|uma|un|una|einen)\s+)?(?:new\s+)?(?:key|api_key)\b|\b(?:see|get|view|show|retrieve|recover)\s+(?:it|the\s+key|my\s+key|the\s+secret|the\s+api_key)\s+again\b/;
/**
 * (fix36a, tuned-winery: also asked in a clause, "could you explain how I may obtain a temporary token?")
 * "how do I get a token", "how can I request a token": getting a token is the token's own topic; so is
 * getting one by a lay name ("how do i get one of those AI passes", "where do I get an AI password":
 * lay-words.ts makes them `bedrock ai_credential`, a token unless long-term is said; README "Lay names").
 * (notours28: also what to type to get one, "bot what do i type to get the ai password?".)
 * (fix37c, tuned-tax: and the procedure for it, "kindly guide me on the procedure for obtaining access to the AI tool".)
 */
const GET_TOKEN =
  /\b(?:(?:how|where)\s+(?:(?:do|does|can|could|should|would)\s+(?:i|we|you|one|my\s+\w+)|(?:i|we|one)\s+(?:may|might|can|could|should|would|do))|what\s+(?:do|should|can)\s+(?:i|we)\s+(?:type|write|say|send|enter|put)\s+to)\s+(?:get|request|ask\s+for|obtain)\s+(?:(?:a|an|my|the|one)\s+(?:of\s+(?:those|these|them)\s+)?)?\s*(?:new\s+)?(?:(?:short_term\s+|temporary\s+|bedrock\s+)?(?:tokens?|tok)\b|(?:claude\s+)?bedrock\s+ai_credential\b)|\b(?:procedure|process|steps?)\s+(?:for|to|of)\s+(?:get(?:ting)?|obtain(?:ing)?|request(?:ing)?)\s+(?:(?:a|an|my|the)\s+)?(?:new\s+)?(?:(?:short_term\s+|temporary\s+|bedrock\s+)?tokens?\b|(?:claude\s+)?bedrock\s+ai_credential\b)/;
/**
 * Someone other than the asker ("my boss", "a contractor", "a colleague"), the noun ending its phrase
 * ("the client offsite" is an occasion): a token got for them.
 */
const ANOTHER_PERSON = String.raw`(?:someone|somebody|(?:a|an|my|our|his|her|their|the)\s+(?:\w+\s+)?(?:boss|manager|lead|director|colleague|coworker|co_worker|teammate|team_mate|intern|contractor|vendor|client|customer|guest|visitor|prof|professor|student|friend|cto|ceo|cfo|vp|supervisor|assistant|freelancer|consultant|auditor)(?![\w'])(?=\s*(?:[?.!,;]|$)|\s+(?:if|who|that|when|so|because|or|and|but|in|at|as|to|on|for|next|tomorrow|today|tonight|this|while|without|even)\b))`;
/** Whether a token may be had for another person ("could I have a 12h token for my boss if he asked?"). */
const TOKEN_FOR_ANOTHER = new RegExp(
  String.raw`\b(?:tokens?|tok)\b[^?.!]{0,30}?\b(?:for|on\s+behalf\s+of|to)\s+${ANOTHER_PERSON}\b|\b(?:could|can|may|would)\s+${ANOTHER_PERSON}\s+(?:get|have|be\s+given|be\s+issued|receive)\s+(?:a|an|one)\s+(?:\S+\s+){0,2}?(?:tokens?|tok)\b`,
);
/** The sentences that ask ("is Singapore supported? the APAC team is asking"): the question's own words. */
const QUESTION_SENTENCE = /[^.!?\n]*\?/g;
/**
 * Questions on their own lines after a number ("1. … ?\n2. … ?"; a story's line is joined to the
 * request's by " . ") or after a bullet (prepared as " , ").
 */
const NUMBERED_QUESTION = /(?:^|\n|\s\.\s)[^\S\n]*\d{1,2}[^\S\n]*[.):][^\S\n]*([^\n?]*\?)/g;
const BULLETED_QUESTIONS = /(?:^|[:\n])\s*,\s+([^,?\n]*\?)\s*,\s+[^,?\n]*\?/;
/** The first of two or more questions listed, or undefined. */
function firstListed(text: string): string | undefined {
  if (text.includes('\n')) {
    const numbered = [...text.matchAll(NUMBERED_QUESTION)];
    if (numbered.length > 1) return numbered[0]?.[1];
  }
  return text.includes(' , ') ? BULLETED_QUESTIONS.exec(text)?.[1] : undefined;
}

/**
 * A sentence after the question (or the story before it) that weighs the limit: "? or is 12 the max", "? or is twelve
 * the limit", "? or is that too long".
 */
export const LIMIT_TAIL =
  /(?:^|[?.]\s*)or\s+(?:is|are)\s+(?:(?:that|this|it|\w+)\s+)?(?:the\s+)?(?:max|maximum|limit|cap|ceiling|most)\b|(?:^|[?.]\s*)or\s+(?:is|are)\s+(?:that|this|it)\s+too\s+(?:long|short)\b/;

/** The topic a help question asks about, or undefined when it weighs two subjects or none fits. */
export function helpTopic(text: string): HelpTopic | undefined {
  // (fixlong29: what the bot must be given to make a request is that request's help, whatever fields are named
  // after it: "what do i have to tell the bot to get a token? region? hours?", "what details do you need to
  // create an access key?"; whether-possible.ts INFO_ASKED.)
  const info = text.includes('what') ? INFO_ASKED.exec(text)?.groups?.cred : undefined;
  if (info !== undefined) return info.startsWith('tok') ? 'token' : 'create_key';
  // The story around a question ("… I'm preparing the ISO audit", "… need to plan the sprint") does
  // not choose its topic: the sentences that ask are read first, and the whole text when they name none.
  if (text.includes('?')) {
    // (fix45a, tuned-bpo: the limit weighed in a tail after the question mark, "can tokens be 16 hours? or is 12 the
    // max", "… ? or is that too short": the question is against the limit, README "A question that asks for a token".)
    if (text.includes(' or ') && LIMIT_TAIL.test(text)) return 'limits';
    // (Questions listed one per line, numbered or bulleted: the first one asked is the subject.)
    const first = firstListed(text);
    if (first !== undefined) {
      const topic = topicOf(first);
      if (topic !== null) return topic;
    }
    const asked = text.match(QUESTION_SENTENCE)?.join(' ') ?? '';
    if (asked.length < text.trim().length - 1) {
      const topic = topicOf(asked);
      if (topic !== null) return topic;
    }
  }
  const topic = topicOf(text);
  return topic === null ? 'general' : topic;
}

/**
 * fix49g, tuned-styles-anglo: one's own token given, handed or lent to a person ("is it ok if I give my token to the
 * intern for the afternoon?", "can I hand my token to Baraka?") is sharing it, keeping a secret safe (README "Help
 * topics"); not to a program that calls with it ("how do I give my token to my python script?" uses the token).
 */
const LENT_TO_MACHINE =
  /\b(?:to|with)\s+(?:the\s+|my\s+|our\s+|a\s+|an\s+|this\s+|that\s+)?(?:[\w.-]+\s+){0,2}?(?:scripts?|code|apps?|application|programs?|notebooks?|cli|sdk|lambdas?|functions?|jobs?|containers?|env|environment|pipelines?|tools?|services?|servers?|boto3?|postman|curl|api|process|cron|workflows?|actions?|runners?|agents?|library|bots?|plugins?|extensions?|ide|terminal)\b/;
const tokenLentToPerson = (text: string): boolean =>
  text.includes('my') && TOKEN_LENT.test(text) && !LENT_TO_MACHINE.test(text);

/**
 * fix53d: a key's lifetime asked to be allowed, by its number alone or with its unit, or one that does not expire so
 * soon ("how do I get a key that doesn't expire every 90 days? is 365 allowed?", "is a 400 day key allowed?", "are 2
 * year keys ok?"): the limits, though getting a key is named with it.
 */
const KEY_SPAN_ALLOWED =
  /\b(?:is|are)\s+(?:an?\s+)?(?:xxdur|\d{2,5}(?:[\s_-]*(?:days?|d|years?|yrs?|months?))?)(?:[\s_-]+(?:keys?|api_keys?|access_keys?|one|expiry|lifetime))?\s+(?:allowed|ok|okay|possible|permitted|doable|supported)\b|\b(?:doesn'?t|does\s+not|won'?t|wouldn'?t|don'?t|do\s+not)\s+expire\s+(?:every|after|in)\s+(?:xxdur|\d)/;

/** One credential shared by several, or each their own (fix54c): "each … their own token or share one", "share one key … or get one each". */
const SHARED_OR_EACH =
  /\b(?:(?:their|our|your|his|her)\s+own|one\s+each|each\s+(?:get|have|request|need)\s+(?:one|their\s+own))\b[^?.!]{0,60}\bshare\b|\bshare\s+(?:one|a|the|a\s+single|one\s+single)\s+(?:[\w-]+\s+)?(?:tokens?|keys?|one)\b[^?.!]{0,60}\b(?:each|own)\b/;

/** The topic, undefined for none (two subjects weighed), or null when nothing in the text fits. */
function topicOf(text: string): HelpTopic | undefined | null {
  if (TWO_COMMANDS.test(text) || TWO_READS.test(text)) return undefined;
  // ("is list showing also tokens?": what the command shows is its topic, whatever it is asked to show.)
  const output = commandOutputTopic(text);
  if (output !== null) return output;
  const help = HELP_WITH.exec(text) ?? NAMED_COMMAND.exec(text);
  if (help) {
    const word = help[1] ?? '';
    const named = HELP_WORD[word] ?? COMMAND_TOPIC.find(([re]) => re.test(word))?.[1];
    if (named) return named;
  }
  const works = HOW_COMMAND_WORKS.exec(text)?.[1];
  const worksTopic = works === undefined ? undefined : COMMAND_TOPIC.find(([re]) => re.test(works))?.[1];
  if (worksTopic !== undefined) return worksTopic;
  const howTo = text.startsWith('how') || text.includes(' how') ? HOW_TO_COMMAND.exec(text)?.[1] : undefined;
  const howToTopic = howTo === undefined ? undefined : COMMAND_TOPIC.find(([re]) => re.test(howTo))?.[1];
  if (howToTopic !== undefined) return howToTopic;
  if (NEEDS_APPROVAL.test(text)) return 'approvals';
  if (OWN_PAST_ASKED.test(text)) return 'history';
  // ("are access keys allowed in Mumbai or only tokens?": what is asked is the Region's offer.)
  // (fix33c: where our data goes, "does our data leave Europe when we use the chat through the bot?": Regions.)
  // (fix54c, tuned-marketplace: which models a Region offers, "how do I check which models are allowed in London?",
  // "… which models are available in frankfurt?": the models are asked about, the Region only says where.)
  if (text.includes('model') && MODELS_IN_REGION.test(text)) return 'models';
  if (REGION_ASKED.test(text) || DATA_LEAVES.test(text) || PLACE_WITHOUT_REGION_ASKED.test(text))
    return 'regions';
  if (KEY_KINDS.test(text)) return 'key-kinds';
  if (WHAT_COMMANDS.test(text)) return 'general';
  // (fix54c, tuned-marketplace: one credential shared by several people or each their own, "should they each request
  // their own token or share one between the shift?", "share one key across the kiosks or get one each": sharing a
  // secret, general, as a token lent to a person is.)
  if (text.includes('share') && SHARED_OR_EACH.test(text)) return 'general';
  if (TOKEN_PUT_INTO.test(text) && !SAFE_ASKED.test(text)) return 'token';
  // (fix45c: whether one may ask there, "is it ok to ask the bot for tokens in a DM or do I have to do it in
  // #ski-bedrock?": where to ask for one is that command's, not keeping it safe, though "ok to" opens it.)
  if ((text.includes('to ask') || text.includes('to request')) && OK_TO_ASK_THERE.test(text))
    return /\b(?:tokens?|tok)\b/.test(text) ? 'token' : 'create_key';
  // (Whether a place to keep a key is safe is safety, though the key is put there: "is it ok to put
  // the api key in GitHub Actions secrets?", "can I put our api key in the Jenkins credentials store?")
  // (fixlong29: one's own token used by another, "can she work off my token?", is sharing it: mood.ts TOKEN_USED_BY_ANOTHER.)
  if (
    SAFETY.test(text) ||
    WHAT_IS_A_UNIT.test(text) ||
    seenInMessage(text) ||
    botKeepsOurs(text) ||
    secretKeptSafeAsked(text) ||
    (text.includes('my') && TOKEN_USED_BY_ANOTHER.test(text)) ||
    tokenLentToPerson(text)
  )
    return 'general';
  if (text.includes('where') && WHERE_KEPT.test(text) && CREDENTIAL_NOUN.test(text)) return 'general';
  if (USE_A_KEY.test(text) && !TOKEN.test(text)) return KEPT_IN_PLACE.test(text) ? 'general' : undefined;
  if (KEY_SPAN_ALLOWED.test(text)) return 'limits';
  if (INFO_FOR_KEY.test(text) || (KEY_PROCESS.test(text) && !TOKEN.test(text))) return 'create_key';
  // (fix52e, tuned-insurer: how far back the spend goes, "how far back does the spend report go?", is spend's.)
  if (HISTORY_KEPT.test(text)) return SPEND_GOES_BACK.test(text) ? 'spend' : 'history';
  if (
    LIMITS_STRONG.test(text) ||
    BOUNDS_ASKED.test(text) ||
    TOKEN_PAST.test(text) ||
    TOKEN_BOUND_ASKED.test(text) ||
    TOKEN_SPAN_RE.test(text) ||
    (text.includes('if') && LENGTH_WISHED_IF.test(text)) ||
    lifetimeAsked(text) ||
    tokenExpiryAsked(text) ||
    tokenSupposed(text) ||
    tokenLengthWondered(text) ||
    tokenEndAsked(text)
  )
    return 'limits';
  if (BOT_APPROVED.test(text)) return 'general';
  // (Only over an approval named with it: "which models? and how long do tokens last?" stays limits.)
  if (text.includes('model') && WHICH_MODELS.test(text) && APPROVALS.test(text)) return 'models';
  if (
    (APPROVALS.test(text) && !/\bwho\s+approved\b/.test(text)) ||
    PREFIXED_APPROVAL.test(text) ||
    REQUEST_STUCK.test(text) ||
    WHO_MAY_REQUEST.test(text) ||
    REQUEST_WAITING.test(text)
  )
    return 'approvals';
  if (text.includes('renew') && KEY_RENEWED.test(text) && !TOKEN.test(text)) return 'rotate';
  const done = GET_IT_DONE.exec(text)?.[1];
  if (done !== undefined) return DONE_TOPIC[done] ?? 'revoke';
  if ((GET_TOKEN.test(text) || TOKEN_FOR_ANOTHER.test(text)) && !REGIONS.test(text) && !MODELS.test(text))
    return 'token';
  if ((GET_LONG_KEY.test(text) || GET_KEY_ELSEWHERE.test(text)) && !REGIONS.test(text) && !MODELS.test(text))
    return 'create_key';
  const commandDone = COMMAND_DOES.exec(text)?.[1] ?? IF_WE_DO.exec(text)?.[1];
  if (commandDone !== undefined) {
    const topic = COMMAND_TOPIC.find(([re]) => re.test(commandDone))?.[1];
    if (topic) return topic;
  }
  if (SPEND.test(text)) return 'spend';
  if (HISTORY.test(text)) return 'history';
  if (DEPROVISION_WORDS.test(text)) return 'deprovision';
  if (ROTATE_WORDS.test(text) && !PERSON_ROTATES.test(text)) return 'rotate';
  if (REVOKE_WORDS.test(text)) return 'revoke';
  if (DELETE_A_UNIT.test(text)) return 'deprovision';
  if (LIMITS.test(text) || (LENGTH_ASKED.test(text) && !REGIONS.test(text))) return 'limits';
  if (MODELS.test(text)) return 'models';
  if (REGIONS.test(text)) return 'regions';
  if (DETAILS_WORD.test(text)) return 'details';
  if (ABOUT_THE_BOT.test(text)) return 'general';
  if (LIST.test(text)) return 'list';
  if (GET_KEY.test(text)) return 'create_key';
  if (DETAILS.test(text)) return OWNER_LEAVES.test(text) ? 'general' : 'details';
  if (ABOUT_THE_BOT_LOOSE.test(text)) return 'general';
  if (TOKEN.test(text)) return 'token';
  return null;
}
