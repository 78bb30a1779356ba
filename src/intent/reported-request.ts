import { ownClauses } from './own-clauses.js';

/**
 * A request shown rather than asked (review E of round twenty-one, fix21e): quoted and signed
 * ("\"rotate the payments key\" — Lena, 2023"), attributed at its end ("rotate the payments key — said my
 * manager, not me"), copied from a document ("from the audit: revoke all keys for ml-sandbox",
 * "copy-paste from the runbook: \"…\""), forwarded ("forwarding Lena's note: \"…\""), told as a diary
 * ("yesterday: revoke all keys for ml-sandbox. today: regret"), said to be no request ("…, not a
 * request: …"), or a meeting's action item for a person ("AI for Sam: get a token for 4h",
 * "action for Dana: …"). "per the audit, please revoke …" and "from today, …" keep the request.
 * Cheap word tests first, then one anchored pattern each, none with nested quantifiers.
 */

/**
 * fix49g: an ask of the bot that someone else will make, told ahead ("Priya will ask the bot: token for 2h", "Tom's
 * going to ask the bot for a key for growth later", "I'll get Sam to ask the bot: rotate the ads key"): what follows is
 * that person's request to come, not the writer's now ("I'll ask the bot …" and "can you ask the bot …" are not read here).
 */
const ASK_TO_COME =
  /^[ \t]*(?:(?:i['’]?ll|i[ \t]+will|we['’]?ll|we[ \t]+will)[ \t]+(?:get|have)[ \t]+(?!you\b|u\b)[a-z]+(?:[ \t]+to)?|(?:(?:my|our|the)[ \t]+)?(?!(?:i|we|you|u)\b)[a-z]+(?:['’]s[ \t]+(?:going[ \t]+to|gonna)|['’]ll|[ \t]+(?:will|(?:is|was)[ \t]+(?:going[ \t]+to|gonna|about[ \t]+to)|might|may|wants[ \t]+to|plans[ \t]+to)))[ \t]+ask[ \t]+(?:the[ \t]+)?(?:bot|bedrock(?:[ \t-]?bot)?)\b/;

/** "not a request" anywhere: the writer's own word wins. */
const NOT_A_REQUEST = /\bnot[ \t]+a[ \t]+request\b/;

/** A quotation signed after a dash: "\"rotate the payments key\" — Lena, 2023". */
const QUOTE_SIGNED = /^[ \t]*["“][^"“”\n]{3,200}["”][ \t.,]*[—–-]{1,2}[ \t]*([^\n]{1,50})$/;
/** A signature that is a polite word or a time asked is no signature ("\"…\" - asap please"). */
const ASKED_AFTER = /\b(?:please|pls|plz|asap|now|urgent|thanks|thx|today|for|can|could)\b/;

/** Attributed at its end: "— said my manager, not me", ", says the auditor". */
const SAID_AT_END =
  /(?:[—–-]|,)[ \t]*(?:said|says|quoth)[ \t]+(?:by[ \t]+)?(?:my|our|the|his|her|their|[a-z]+(?:'|’)s)[ \t]+[a-z][^\n]{0,60}$/;

/** Document words a request is copied from. */
const DOCUMENT = String.raw`(?:audit|report|runbook|wiki|docs?|document|postmortem|post-mortem|retro|ticket|notes?|minutes|transcript|logs?|email|thread|slides?|deck|readme|playbook|checklist|findings|page|spec|handbook|manual)`;
/** "from the audit:", "copy-paste from the runbook, …:", "pasted from the wiki:", "from last week's postmortem:". */
const FROM_DOCUMENT = new RegExp(
  String.raw`^[ \t]*(?:(?:copy[ \t-]?past(?:e|ed)|pasted|copied|quoted|quoting|excerpt)[ \t]+)?from[ \t]+(?:the|our|my|their|this|that|a|an|[a-z]+(?:'|’)s)[ \t]+(?:[a-z0-9-]{1,20}[ \t]+){0,3}?${DOCUMENT}\b[^:\n]{0,60}:`,
);

/**
 * "forwarding Lena's note:", "forwarded from Priya:", "fwd from ops:" (not "forwarding for Lena: …", asked
 * for her). A forward is asked of the bot as a rule ("fwd from my manager: … could we get a key …"); only
 * with a word that the writer is not asking (FORWARD_NOT_ASKED) is it shown.
 */
const FORWARDED =
  /^[ \t]*(?:forwarding|forwarded|fwd|fw)[ \t]+(?:from[ \t]+[^:\n]{1,40}|(?:[a-z]+(?:'|’)s|an?|the|this|that|my|our)[ \t]+[^:\n]{1,40}):/;

const FORWARD_NOT_ASKED =
  /\b(?:let(?:ting)?|leave[ \t]+it[ \t]+to)[ \t]+(?:him|her|them)[ \t]+(?:to[ \t]+)?ask|\bfyi[ \t]+only\b|\bjust[ \t]+fyi\b|\bfor[ \t]+(?:the[ \t]+record|context|your[ \t]+info(?:rmation)?)\b|\bno[ \t]+action\b|\b(?:he|she|they)(?:'|’)?ll[ \t]+ask\b|\b(?:he|she|they)[ \t]+will[ \t]+ask\b/;

/** "yesterday: revoke … today: regret": a diary of before and now. */
const DIARY =
  /^[ \t]*(?:yesterday|last[ \t]+(?:week|month|night|year|friday|sprint)|earlier)[ \t]*:[^\n]{3,200}?\b(?:today|this[ \t]+(?:week|month|morning|year|sprint)|now)[ \t]*:/;

/** A meeting's action item for a person: "AI for Sam:", "action for Dana:", "action item for the platform team:". */
const ACTION_ITEM =
  /^[ \t]*(?:ai|a\.i\.|action(?:[ \t]+items?)?|todo|to-do|task|follow[ \t-]?up)[ \t]+(?:for|@)[ \t]*([^:\n]{1,40}):/;
/** The bot's own names: an action item for the bot is asked of it. */
const BOT_NAMES = /^@?(?:the[ \t]+)?(?:bedrock(?:[ \t-]?bot)?|bot|you)\b/;

/**
 * Round twenty-two: a one-line title of another system's item, shown: "commit message: rotate payroll key in
 * config", "PR #123: revoke unused keys script", "ticket title: Rotate ads key (won't do)". Not "Subject:"
 * (an e-mail pasted to the bot is asked of it) and not a field's value ("Ticket: BR-442").
 */
const ITEM_TITLE =
  /^[ \t]*(?:commit(?:[ \t]+(?:message|msg))?|(?:pr|mr|pull[ \t]+request|merge[ \t]+request)(?:[ \t]+(?:[#!][a-z0-9-]{1,12}|[a-z-]{0,8}[0-9][a-z0-9-]{0,10}))?|(?:ticket|issue|jira|card|story|epic|task)[ \t]+(?:title|name|summary)|(?:agenda|backlog)[ \t]+item|changelog(?:[ \t]+entry)?|release[ \t]+notes?|what['’]?s[ \t]+new)[ \t]*:[^\n]*$|^[ \t]*(?:(?:jira|ticket|issue|card|story|task)[ \t]*:[ \t]*)?[a-z]{2,10}-[0-9]{1,6}[ \t]*:?[ \t]*["“][^"”\n]{3,120}["”](?![^\n]*\b(?:(?:can|could|would|will)[ \t]+(?:you|u)|please|pls|plz|do[ \t]+it|go[ \t]+ahead)\b)[^\n]*$/;
/** A wish or an idea labelled as such: "my dream: …", "wishlist: …", "feature idea: …", "shower thought: …". */
const WISH_LABEL =
  /^[ \t]*(?:my[ \t]+(?:dream|wish|wishlist|fantasy)|(?:feature[ \t]+)?(?:wishlist|wish|idea)|shower[ \t]+thought|hot[ \t]+take|unpopular[ \t]+opinion)[ \t]*:/;
/**
 * A request put to whoever reads it, not to the bot: "whoever is on call, please revoke …", "someone pls …".
 * (Not "folks," / "people,": a greeting to the channel, asked of the bot, fix22b. The words before the
 * comma are at most five, each one step: no run of spaces is tried twice.)
 */
const PUT_TO_WHOEVER =
  /^[ \t]*(?:whoever|whomever|anyone|anybody|someone|somebody)(?:[ \t]+(?:is|who'?s|who[ \t]+is|that'?s|on)[ \t]+[a-z-]+(?:[ \t][a-z-]+){0,4})?,/;
/**
 * fix22e (review E): the same without a comma when a polite word or a verb follows at once ("somebody pls
 * deprovision hack-week", "whoever's on call pls revoke …"); a group hailed ("hey all, …", "y'all please …",
 * "team, revoke your old keys", "all, please …"); or a group labelled with a colon ("devs: revoke …",
 * "infra folks: please …"; fix53e: "team leads, please rotate your keys", "key owners: …"). Not "hey bot, …", "all good, token 2h please" or "team, I need a token" (the
 * writer's own need, said in a channel: no verb or polite word right after the hail).
 */
const ACT_VERB = String.raw`(?:please|pls|plz|kindly|rotate|revoke|deprovision|delete|remove|create|make|generate|get|issue|cancel|disable|tear|spin|reissue|renew|regenerate|cycle|kill)\b`;
const WHOEVER_BARE = new RegExp(
  String.raw`^[ \t]*(?:whoever|whomever|anyone|anybody|someone|somebody)(?:(?:'|’)s|[ \t]+(?:is|who'?s|who[ \t]+is|that'?s))?(?:[ \t]+(?:on[ \t]+call|around|online|free|here|awake|available|on[ \t]+duty))?[ \t]+${ACT_VERB}`,
);
/**
 * (A greeting before "team"/"all" opens a letter to the bot's own team, as the corpus writes it: "Dear team,
 * please issue …", "Hi all, could I get a token …": only a bare group, or "hey all/everyone", put to the
 * channel with a verb or a polite word at once, is asked of people.)
 */
const GROUP = String.raw`(?:all|everyone|everybody|y(?:'|’)?all|you[ \t]+all|team|folks|people|guys|peeps|devs|engineers|developers|admins|sres?|[a-z]{2,20}[ \t]+(?:folks|people|peeps|devs|engineers|crew|squad|leads|managers|owners|admins|maintainers))`;
const GROUP_HAILED = new RegExp(
  String.raw`^[ \t]*(?:${GROUP}[ \t]*[,:]|hey[ \t,]+(?:all|everyone|everybody|folks|people|guys|y(?:'|’)?all)[ \t]*[,:]?)[ \t]*${ACT_VERB}`,
);
const YALL_ASKED = new RegExp(String.raw`^[ \t]*(?:hey[ \t,]+)?y(?:'|’)?all[ \t]+${ACT_VERB}`);
/** "all good, …", "all set: …": not a group hailed. */
const ALL_STATE = /^[ \t]*all[ \t]+(?:good|set|done|right|clear|ok|okay|fine)\b/;

/**
 * fix22e (review E): another system's item pasted: a ticket key and a colon ("JIRA-4412: \"Deprovision
 * unit …\" status: Done", "OPS-221: …"), a title before a dash ("PR title - rotate ads key", "MR title —
 * …"), "git log:", "git commit:", "Fwd:"/"FW:" at the start.
 */
const TICKET_KEY = /^[ \t]*[a-z][a-z0-9]{1,9}-[0-9]{1,6}[ \t]*:[ \t]*/;
/**
 * (A ticket key then the writer's own request is asked: "INC-1234: need a token for 2h". Only the item
 * itself pasted, its title quoted or its state given, is shown: "…: \"Deprovision unit …\" status: Done".)
 */
const ITEM_STATE =
  /\bstatus[ \t]*:|\bresolution[ \t]*:|\((?:closed|done|resolved|open|in[ \t]+progress|won(?:'|’)?t[ \t]+(?:do|fix)|wontfix|duplicate)\)/;
const TITLE_DASH =
  /^[ \t]*(?:commit|pr|mr|pull[ \t]+request|merge[ \t]+request|ticket|issue|jira|card|story|epic|task|email|subject)[ \t]+(?:title|name|summary|message|msg|subject)[ \t]*[-–—]/;
const GIT_LINE = /^[ \t]*git[ \t]+(?:log|commit|show|blame|history)[ \t]*:/;
const FWD_BARE = /^[ \t]*(?:fwd|fw)[ \t]*:/;
/**
 * fix53e: an outsider's words quoted, then the writer's remark ("quoting the customer: \"please revoke our API key
 * ASAP\". Support has it.", "text from the landlord: \"…\""): a customer's, a client's, a vendor's request is for
 * their own system, relayed to the channel; the bot is asked only if the writer asks after the quote ("… can you do
 * it?"). (A forward from a colleague is asked of the bot as a rule: FORWARDED.)
 */
const OUTSIDER_QUOTED =
  /^[ \t*_]*(?:quoting|quote[ \t]+from|(?:text|sms|email|e-mail|message|msg|voicemail|note|ticket)[ \t]+from)[ \t]+(?:the|a|an|our|my|their|one[ \t]+of[ \t]+(?:our|the))[ \t]+(?:[a-z-]+[ \t]+)?(?:customers?|clients?|landlord|vendors?|suppliers?|bank|tenants?|patients?|users?|partners?|guests?|merchants?|subscribers?|end[ \t-]users?)[ \t]*[:,-][ \t]*["“][^"”\n]{3,200}["”]([^\n]*)$/;
const ASKED_AFTER_QUOTE =
  /\b(?:(?:can|could|would|will)[ \t]+(?:you|u)|please|pls|plz|do[ \t]+it|go[ \t]+ahead|for[ \t]+us|asap)\b|\?/;

/** A quoted request followed by the writer's doubt of what it means: "… \" — I think they mean the Azure ones". */
const QUOTE_THEN_DOUBT =
  /["”][^"“”\n]{0,20}(?:[—–-]|,|\.)[ \t]*(?:i[ \t]+think|i[ \t]+guess|not[ \t]+sure|probably|maybe|pretty[ \t]+sure|i[ \t]+assume)\b[^\n]{0,40}?\b(?:they|he|she|finance|legal)[ \t]+(?:mean|meant|means|are[ \t]+talking|were[ \t]+talking)\b/;

/** A word that asks the bot, said at a clause's start after a label's first clause. */
const ASKS_AT_START =
  /^(?:(?:anyway|meanwhile|now|so|but|for[ \t]+now|in[ \t]+the[ \t]+meantime)[ \t,]+)*(?:please|pls|plz|can[ \t]+you|could[ \t]+you|rotate|revoke|create|deprovision|i[ \t]+need|need|give[ \t]+me|token|new[ \t]+(?:api[ \t]+)?key)\b/;

/**
 * Whether a clause after the label's own (ownClauses: the label, then its value) asks the bot at its start
 * ("PR merged: please rotate …", "idea: … . anyway, rotate …"). The label's value itself ("PR #123: revoke
 * unused keys script") is the title, never asked.
 */
function askedAfterLabel(lower: string): boolean {
  const clauses = ownClauses(lower.slice(lower.indexOf(':') + 1));
  return (STATUS_LABEL.test(lower) ? clauses : clauses.slice(1)).some((c) => ASKS_AT_START.test(c));
}

/** "pr merged: please rotate …": after a status word, the value is a request, not a title. */
const STATUS_LABEL = /^[ \t]*(?:pr|mr)[ \t]+(?:merged|approved|done|closed|landed|shipped)[ \t]*:/;

/**
 * story26: a warning before someone acts, put to the channel: "wait, before anybody revokes the vendor-matching
 * key: the night job still uses it", "hold on, before someone rotates the growth key, the cron still reads it"; the
 * clause may end at a spaced hyphen as at a dash ("… key - the demo needs it": typography.ts reads "—" so).
 * What follows the "before …" clause tells why not; the action is never asked. When a command follows it
 * ("before anybody uses it again, revoke the vendor-matching key") the command is the request. ("before you
 * …" may be put to the bot, and "before we …" is a plan: both stay with the other readers.)
 */
const BEFORE_SOMEONE_ACTS =
  /^[ \t*_]*(?:(?:wait|hold[ \t]+on|hang[ \t]+on|heads[ \t-]+up|careful|psa|fyi|note|stop|one[ \t]+sec|quick[ \t]+note|pls|please)\b[ \t]*[,:!.—–-]{0,3}[ \t]*)?before[ \t]+(?:any(?:one|body)|some(?:one|body)|people|others|folks)[ \t]+(?:goes[ \t]+and[ \t]+|actually[ \t]+|else[ \t]+)?[a-z]+s\b[^,:;—–\n]{1,80}?(?:[,:;—–]|[ \t]-+[ \t])/;

/**
 * story26: one of ours told as done and praised ("token 2h worked, the letters are so much faster now", "revoke
 * worked, the old kyc key is gone", "the rotation went through"): the command or credential is the subject of
 * "worked"/"went through" at the message's start, and nothing is asked after it ("token 2h pls, the last one
 * worked great" asks first).
 */
const COMMAND_WORKED =
  /^[ \t*_]*(?:(?:the|my|our|that|this|his|her|their)[ \t]+)?(?:\/bedrock[ \t]+)?(?:tok(?:en|n)s?|(?:api[ \t]+)?keys?|revoke|rotate|rotation|deprovision(?:ing)?|create[ \t-]key|new[ \t]+key)(?:[ \t]+(?!(?:the|a|an|that|which|who|it|its|for|of|to|and|but|so|works?)\b)[a-z0-9*_`.-]{1,30}){0,3}?[ \t]+(?:worked|went[ \t]+through|did[ \t]+the[ \t]+trick|was[ \t]+(?:instant|quick|fast|painless|easy|smooth))\b/;
/** Words that ask after all: a question, a polite word, a want, another one. */
const TOLD_THEN_ASKS =
  /\?|\b(?:please|pls|plz|need|needs|want|give|can|could|would|again|another|more|extend|renew|make|but|expired|stopped|broke)\b/;

/**
 * story26: our spend told with its figure ("the spend of bedrock last month was 2.3k, finance already knows",
 * "bedrock spend last week was $800 fyi"): the number is given, not asked ("how much was the spend?" asks).
 */
const SPEND_FIGURE_TOLD =
  /(?<![a-z])spend(?:ing)?\b[^.?!\n]{0,60}?\b(?:was|is|were|came[ \t]+(?:to|in[ \t]+at)|hit|reached|totall?ed|ended[ \t]+at)[ \t]+(?:(?:about|around|roughly|approx|approximately|just|only|under|over|nearly|almost|like)[ \t]+)?[~$€£]?[ \t]?\d/;
const SPEND_ASKED =
  /\?|\b(?:what|how|please|pls|plz|can|could|show|send|tell|give|need|want|check|confirm|right)\b/;

/** A warning, a command told as done, or our spend told with its figure (story26), or null. */
function toldNotAsked(lower: string): string | null {
  if (lower.includes('before') && BEFORE_SOMEONE_ACTS.test(lower)) {
    const rest = lower.slice(lower.search(/before/));
    const cut = rest.search(/[,:;—–]|[ \t]-+[ \t]/);
    const after = rest.slice(cut + 1).trim();
    if (!ASKS_AT_START.test(after.replace(/^[ \t*_-]+/, ''))) return 'a warning before someone acts';
  }
  if (COMMAND_WORKED.test(lower) && !TOLD_THEN_ASKS.test(lower)) return 'one of ours told as done';
  if (lower.includes('spend') && SPEND_FIGURE_TOLD.test(lower) && !SPEND_ASKED.test(lower))
    return 'our spend told with its figure';
  return null;
}

/** Why a request is shown and not asked, or null (lowercase text). */
export function reportedRequest(lower: string): string | null {
  // (A question after it is still asked: "not a request, just curious: what happens to my token …?")
  if (lower.includes('request') && !lower.includes('?') && NOT_A_REQUEST.test(lower))
    return 'not a request, the writer says';
  if (lower.includes('"') || lower.includes('“')) {
    const q = QUOTE_SIGNED.exec(lower);
    if (q !== null && !ASKED_AFTER.test(q[1] ?? '')) return 'a quotation, signed';
  }
  if (
    (lower.includes('said') || lower.includes('says') || lower.includes('quoth')) &&
    SAID_AT_END.test(lower)
  )
    return 'a request attributed to another';
  if (PUT_TO_WHOEVER.test(lower)) return 'put to whoever reads it';
  if (WHOEVER_BARE.test(lower) || YALL_ASKED.test(lower)) return 'put to whoever reads it';
  if (!ALL_STATE.test(lower) && GROUP_HAILED.test(lower)) return 'put to a group of people';
  if (lower.includes('"') && QUOTE_THEN_DOUBT.test(lower)) return "a quotation, the writer's doubt after it";
  if (lower.includes('"') || lower.includes('“')) {
    const quoted = OUTSIDER_QUOTED.exec(lower);
    if (quoted !== null && !ASKED_AFTER_QUOTE.test(quoted[1] ?? '')) return "an outsider's words, quoted";
  }
  if (TITLE_DASH.test(lower)) return "another system's item title, shown";
  if (lower.includes('ask') && ASK_TO_COME.test(lower)) return 'an ask of the bot that another will make';
  const told = toldNotAsked(lower);
  if (told !== null) return told;
  if (!lower.includes(':')) return null;
  // (A title or a wish takes the message only when no sentence after its line asks the bot: "PR merged:
  // please rotate the growth key now", "Ticket name: NET-42. Please rotate …", "idea: … . anyway, rotate …".)
  if (ITEM_TITLE.test(lower) && !askedAfterLabel(lower)) return "another system's item title, shown";
  const ticket = TICKET_KEY.exec(lower);
  const pasted = ticket !== null && (/^["“]/.test(lower.slice(ticket[0].length)) || ITEM_STATE.test(lower));
  if (pasted || GIT_LINE.test(lower) || FWD_BARE.test(lower))
    return "another system's item, pasted or forwarded";
  if (WISH_LABEL.test(lower) && !askedAfterLabel(lower)) return 'a wish, not a request';
  if (lower.includes('from') && FROM_DOCUMENT.test(lower)) return 'copied from a document';
  if (
    (lower.includes('fw') || lower.includes('forw')) &&
    FORWARDED.test(lower) &&
    FORWARD_NOT_ASKED.test(lower)
  )
    return 'a message forwarded';
  if (DIARY.test(lower)) return 'a diary, not a request';
  const item = ACTION_ITEM.exec(lower);
  if (item !== null && !BOT_NAMES.test((item[1] ?? '').trim())) return 'an action item for a person';
  return null;
}
