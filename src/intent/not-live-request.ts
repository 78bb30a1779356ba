/**
 * Messages shaped as a request that nobody asks the bot to carry out (review D of round twenty, fix20e):
 *  - taken back by a joke marker after it: "rotate the finance key lol no", "token for 2h? kidding"
 *    (a laugh alone, "token 2h lol", and emphasis, "no kidding, it leaked", keep the request);
 *  - put to a person by a typed name, no Slack mention: "Sam, please rotate the finance key",
 *    "hey Priya could you revoke …", "@sam can you …" (the writer naming himself, "Sam here, …", and
 *    the bot called by name, "Bedrock, rotate …", keep it);
 *  - an example or a test line, a plan or steps set out ("the plan: …", "homework for the intern: …"), a
 *    dialogue told, or a message that is only a quotation: "for example: rotate the ads key",
 *    "test message please ignore: revoke growth", "\"rotate the finance key\"";
 *  - a form whose status or title says it is done: "Status: done", "Token request (completed)"; one line
 *    marked done as a ticket's or a checklist's item is: "rotate ads key (done)", "[x] revoke growth";
 *  - a musing answered by oneself, or our words listed as a joke (musing-remark.ts).
 * Each reader is a cheap word test first, then one anchored pattern with no nested quantifiers.
 */
import { alternativeChosen } from './alternative-chosen.js';
import { whoseCallAsked } from './whose-call.js';
import { credentialNotNeeded, declinedCredential } from './declined-credential.js';
import { droppedPlan } from './dropped-plan.js';
import { otherTokenSetting } from './token-setting.js';
import { musingRemark } from './musing-remark.js';
import { otherTradeForm } from './other-trade-form.js';
import { slavicPersonAsked, youAskedAnyLanguage } from './addressee.js';
import { nameAskedAbroad } from './name-asked-abroad.js';
import { writerOffer } from './writer-offer.js';
import { quotedCommandTold } from './quoted-command-told.js';
import { COMMON_GIVEN_NAMES, GIVEN_NAMES } from './person-names.js';
import { otherVendorKey } from './other-vendor-key.js';
import { reportedRequest } from './reported-request.js';
import { credentialToldDone, othersNeedHeard } from './told-done-or-heard.js';
import { yoursToDo } from './yours-to-do.js';
import { ruleNotNow } from './rule-not-now.js';
import { changePutOff } from './change-put-off.js';
import { seeElsewhere } from './see-elsewhere.js';
import { shownNotSent } from './shown-not-sent.js';
import { romanceTakesBack } from './romance-take-back.js';
import { romanceEverydayTold } from './romance-everyday.js';
import { tailTakesBack } from './tail-take-back.js';
import { readNounRemark } from './read-noun-remark.js';
import { reminderToUs } from './reminder-to-us.js';
import { othersThingTold } from './others-things-told.js';
import { vocativeColleague } from './vocative-colleague.js';

/** A request taken back in so many words: "scratch that", "never mind", "forget it", "ignore that". */
const TAKEN_BACK = /\b(?:scratch\s+that|never\s*mind|nvm|forget\s+(?:it|that)|ignore\s+(?:that|this|me))\b/;

/**
 * "lol no", "haha nope", "😂 no", "kidding", "just joking!" at the end of a clause ("token for 2h? lol no,
 * I'm done for today"); "no kidding"/"not kidding" is emphasis, "lol, no rush" no take-back.
 */
const JOKE_NO_END =
  /(?:(?:\b(?:lol|lmao|rofl|haha\w*|hehe\w*|jk))|😂|🤣)[ \t,.!]{0,8}(?:no|nope|nah)\b(?=[ \t]{0,8}(?:[,.!;—–-]|$))|(?<!\b(?:no|not|half)[ \t,]{1,3}|\([ \t]{0,3})(?:\bjust[ \t]+)?\b(?:kidding|joking)\b(?=[ \t]{0,8}(?:[,.!;—–-]|$))/u;

/** A request taken back by a joke marker at its end: "revoke the ads key haha no", "token for 2h? kidding". */
export function jokeTakesBack(lower: string): boolean {
  if (!/lol|lmao|rofl|ha|he|jk|😂|🤣|kidding|joking/u.test(lower)) return false;
  const m = JOKE_NO_END.exec(lower.trimEnd());
  if (m === null) return false;
  // A value or a "but" after it corrects the request ("token for 0 minutes lol no, 2h": corrections.ts).
  const after = lower.slice(m.index + m[0].length);
  if (/\d/.test(after) || /^[ \t,.;!—–-]{0,8}(?:but|though|make|then|just|only)\b/.test(after)) return false;
  // Something asked before the marker: "<@U…> lol no" alone is a reply, not a request taken back.
  return /[a-z]{3}/.test(lower.slice(0, m.index).replace(/<[@#!][^>]{0,80}>/g, ''));
}

/** The bot's own names and the channel as a whole: "Bedrock, rotate …", "hey all, …" are not put to a person. */
const NOT_A_PERSON = new Set([
  'bedrock',
  'bedrockbot',
  'bot',
  'all',
  'everyone',
  'everybody',
  'team',
  'folks',
  'guys',
  'there',
  'here',
  'channel',
  'people',
  'yall',
  'please',
  'pls',
  'ok',
  'okay',
  'so',
  'quick',
  'question',
]);

/**
 * A leading addressee typed by hand: an optional greeting, an optional "@", a word, then a comma, colon
 * or dash, or a polite word ("please", "could", "can" …; round forty-seven: the Nigerian Pidgin "abeg" and the Igbo
 * "biko", "Kofi abeg help me get token for 2h") — and not "here"/"asked"/"says" (the writer, or
 * a report). Captures: 1 the greeting, 2 the "@", 3 the word, 4 what follows it.
 */
// (fix49e: and a name with the letters of Central Europe, Latin Extended-A, "Tomáš, můžeš …", "Łukasz, możesz …".)
const LEADING_NAME =
  /^[ \t]*(?:(hey|hi|hello|yo|ok|okay)[ \t,]+)?(@)?([A-Za-z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u00FF\u0100-\u017F'’]{1,19})(?:[ \t]*[,:]|[ \t]+-|[ \t]+(please|pls|plz|could|can|would|kindly|mind|abeg|biko)\b|(?<=@[A-Za-z][a-z'’]{1,19})[ \t])/;

/** A form's label after a field separator: "… / Owner: …", "…\nJenis: …" (fix45d). */
const FORM_LABEL_AFTER =
  /(?:^|[\n/|;])[ \t]*\*?(?:owner|pemilik|jenis|type|kind|region|expiry|tempoh|masa berlaku|duration|ttl)\*?[ \t]*:/;

/** Given names that are also words a request can open with ("max", "will", "may"). */
const NAME_ALSO_WORD = new Set([
  'max',
  'will',
  'may',
  'mark',
  'bill',
  'pat',
  'rob',
  'sue',
  'grace',
  'hope',
  'joy',
  'sunny',
  'bobby',
]);

/** A person addressed by title and name: "Mrs Patel, …", "Dr. Smith please …", "hi Mr Jones - …". */
const TITLED_NAME =
  /^[ \t]*(?:(?:hey|hi|hello|dear)[ \t,]+)?(?:Mrs?|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+[A-Z][a-z'’-]{1,19}(?:[ \t]*[,:]|[ \t]+-|[ \t]+(?:please|pls|could|can|would|kindly)\b)/;

/**
 * A request put to a person by a typed name: "Sam, token for 2h?", "hey Priya could you revoke the
 * marketing key", "@sam can you rotate …". The word is a known given name, a plain-text "@name", or a
 * Title Case word after a greeting ("yo Kev, …"); never the bot's name or the channel.
 */
export function putToNamedPerson(text: string): boolean {
  if (text.includes('@') && typedHandle(text)) return true;
  // (fix61: "Γιώργο, μπορείς να …", "怡婷，你可以幫我 …", "Yui-san, … もらえますか": a colleague called in Greek, Chinese or
  // with a Japanese term of address, vocative-colleague.ts.)
  if (vocativeColleague(text)) return true;
  // (hunt42: "Jonas kannst du …", "Mehmet abi … musun", "anh Minh ơi …": a colleague named, name-asked-abroad.ts.)
  const abroad = nameAskedAbroad(text);
  if (abroad !== null && !OPENING_WORD.has(abroad) && !NOT_A_PERSON.has(abroad)) return true;
  // (fix22c: "Mrs Patel, please remove everything for the STEM fair", "Dr Smith, please rotate …".)
  const titled = TITLED_NAME.exec(text);
  if (
    titled !== null &&
    !/^\s*(?:here|asked|says|said|wants|needs|from)\b/i.test(text.slice(titled[0].length))
  )
    return true;
  const m = LEADING_NAME.exec(text);
  if (m === null) return cyrillicNameAsked(text);
  const word = (m[3] ?? '').toLowerCase();
  if (NOT_A_PERSON.has(word)) return false;
  const rest = text.slice(m[0].length).trimStart().toLowerCase();
  // (fix45d, tuned-styles-nusantara: "Tim: berita-ringkas / Owner: … / Jenis: access key": Indonesian "tim" (team) as
  // a form's first label, other labels after it, is no one's name.)
  if (word === 'tim' && m[0].trimEnd().endsWith(':') && FORM_LABEL_AFTER.test(rest)) return false;
  // "Sam here, token for 2h please": the writer names himself.
  if (/^(?:here|asked|says|said|wants|needs|from)\b/.test(rest)) return false;
  if (m[2] === '@') return true;
  if (GIVEN_NAMES.has(word) || COMMON_GIVEN_NAMES.has(word)) {
    // A lower-case name with no greeting, comma or polite word ("will you …", "max 2h") is no addressee.
    // (lead23: "bob can you deprovision falcon tomorrow?", "sam could u rotate …": a name asked "can you" is
    // put to that person; not a name that is also a word, "max can you …", "will could you …".)
    if (m[4] !== undefined && /^(?:can|could|would)$/.test(m[4]) && /^(?:you|u)\b/.test(rest))
      return !NAME_ALSO_WORD.has(word);
    return m[1] !== undefined || /^[A-Z]/.test(m[3] ?? '') || m[4] === undefined;
  }
  if (m[1] !== undefined && /^[A-Z]/.test(m[3] ?? '')) return true;
  // (acted30: a Title Case name set off by a comma, then asked "can you", "kun jij", "kannst du", "puedes" …: "Dani,
  // jij hebt toch de rechten? kun jij de key van xray-triage roteren", "Dani, can you rotate …": put to that person,
  // not the bot, whatever the name; not a word a message opens with, "Thanks, can you …", "Bot, kun jij …".)
  // (Round thirty: a name with a Latin-1 letter, "Chloé, peux-tu …", "Lucía, ¿puedes …", as one without.)
  return (
    /^[A-Z\u00C0-\u00DE\u0100-\u017F]/.test(m[3] ?? '') &&
    /^[ \t]*,/.test(text.slice((m.index ?? 0) + (m[0].length - 1))) &&
    !OPENING_WORD.has(word) &&
    (youAskedAnyLanguage(rest) || slavicPersonAsked(rest))
  );
}

/**
 * fix49e, tuned-styles-slavic: a name in Cyrillic letters set off by a comma, then asked "can you" or told the writer
 * cannot do it ("Георги, можеш ли да изтриеш ключа на x? аз нямам достъп", "Олено, створи ключ для x коли будеш мати
 * хвилинку"): put to that person (addressee.ts slavicPersonAsked). Not a greeting or the channel ("Привіт, …", "Колеги, …").
 */
const CYRILLIC_LEADING_NAME = /^[ \t]*([А-ЯЁІЇЄҐЂЈЉЊЋЏ][а-яёіїєґђјљњћџ'’]{1,19})[ \t]*,/;
const CYRILLIC_OPENING = new Set(
  (
    'привет привіт здравствуйте здравствуй здрасте здравейте здрасти здраво добрий добрый добро колеги коллеги ' +
    'друзі друзья ребята хлопці бот спасибо дякую благодаря хвала пожалуйста будь моля ок окей так ну слушай слухай ' +
    'извини извините вибач вибачте срочно терміново терменово'
  ).split(' '),
);
function cyrillicNameAsked(text: string): boolean {
  const m = CYRILLIC_LEADING_NAME.exec(text);
  if (m === null || CYRILLIC_OPENING.has((m[1] ?? '').toLowerCase())) return false;
  return slavicPersonAsked(text.slice(m[0].length));
}

/**
 * Words a message opens with, set off by a comma, that name no one, or only the bot by a term of address: "Thanks, …",
 * "Pardon, …", "Morgen, …", "Mate, can you sort an API key …".
 */
const OPENING_WORD = new Set(
  (
    'thanks thank thx ty sorry also btw actually right well yes yeah yep yup no nope hmm hm morning evening afternoon ' +
    'urgent update fyi note again sure great cool perfect nice awesome alright anyway ah oh ps plus finally next then ' +
    'now today tonight tomorrow first second lastly otherwise honestly seriously guys friends colleagues hiya hey hi ' +
    'hello yo dear welcome done found update reminder context background help hallo hola bonjour salut ciao hoi moin ' +
    'servus danke gracias merci grazie bedankt bitte alors bueno vale oke dus nou goedemorgen morgen tag buenas ' +
    'buongiorno bom ola olá also ja nee nein si sí oui ok okay pardon excuse please kindly mate buddy pal bro dude man ' +
    'boss chief sir madam friend champ legend robot assistant ' +
    // (fix54c, tuned-marketplace: a sigh or the day named before a comma, "Ugh, Monday. … Could you rotate …", is
    // no one's name.)
    'ugh urgh argh oof ooh phew whew sigh yikes gosh blimey crikey eish ag shame sheesh meh welp lol haha eh ' +
    'righto cheers ta howzit apologies monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/**
 * A typed handle opening the text, any greeting's case, hyphens allowed (fix21e): "Hey @Priya, create …",
 * "@sre-oncall please rotate …". A typed "@name" is no Slack mention: a person or a group, never the bot,
 * unless it is the bot's own name ("@bedrock-bot rotate …") or the channel's ("@here").
 */
const TYPED_HANDLE =
  /^[ \t]*(?:(?:hey|hi|hello|yo|ok|okay)[ \t,]+)?@([a-z][a-z0-9._-]{0,30}[a-z0-9])(?![a-z0-9._-])/;
const BOT_HANDLE = /^(?:bedrock(?:[-_.]?bot)?|bot)$/;

function typedHandle(text: string): boolean {
  const m = TYPED_HANDLE.exec(text.toLowerCase());
  if (m === null) return false;
  const name = m[1] ?? '';
  if (BOT_HANDLE.test(name) || NOT_A_PERSON.has(name)) return false;
  // "@sam here, token for 2h": the writer names himself.
  const rest = text
    .slice(m[0].length)
    .replace(/^[ \t,:-]+/, '')
    .toLowerCase();
  return !/^(?:here|asked|says|said|wants|needs|from)\b/.test(rest);
}

/** "for example:", "e.g.", "example:", "test message please ignore:", "typo, ignore:" opening the message. */
const EXAMPLE_OPENING =
  /^[ \t]*(?:(?:for[ \t]+(?:example|instance)|e\.g\.?)[ \t]*[:,.-]?[ \t]|(?:example|sample|eg)[ \t]*[:,-][ \t]|(?:test(?:ing)?(?:[ \t]+(?:message|msg|post))?|typo)[ \t]*[,:.-]?[ \t]*(?:(?:please|pls|plz)[ \t]+)?ignore[ \t]*[,:.-]?[ \t]*[a-z/"“])/;

/** A message that is only a quotation: "\"rotate the finance key\"", "“revoke the ads key”". */
const ONLY_QUOTED = /^[ \t]*["“'‘][^"“”'‘’\n]{3,200}["”'’][ \t.]*$/;

/**
 * A plan, an exercise or steps set out for people, its label opening the text: "the plan: create a key for
 * payroll, then …", "homework for the intern: create a key for the sandbox team", "step 1: rotate the ads
 * key", "runbook says: revoke the leaked key" (a form's "Request:" or "Action:" field is asked and is not here).
 * (units26: a day's or a week's plan is one too: "tomorrow's plan: create a key for growth, then rotate ads",
 * "next week's plan - …", "monday's plan: …", "sprint plan — …".)
 * (fix31a2: its steps may open on the next lines as a list: "Plan for tomorrow:\n1. create a key for growth\n2. …".)
 * (fix53e: a roadmap is one, "Q2 roadmap: retire the legacy unit, …", and homework may come from a course, "homework from the
 * security course: rotate an imaginary key …".)
 */
const PLAN_OPENING =
  /^[ \t]*(?:(?:the|our|my|a|(?:(?:this|next)[ \t]{1,4})?(?:today|tomorrow|tonight|week|weekend|sprint|mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?(?:['’]?s)?|weekly|daily)[ \t]{1,4})?(?:plan|game[ \t]{1,4}plan|homework|(?:(?:tabletop|table-top|fire|dr|security|incident|practice|training)[ \t]{1,4})?(?:exercise|drill|scenario)|(?:training|practice)[ \t]{1,4}task|assignment|runbook|playbook|procedure|lesson|quiz|tutorial|walkthrough|(?:docs?|documentation|readme|wiki|manual|guide|faq|man[ \t]{1,4}page)(?:[ \t]{1,4}(?:example|sample|snippet))?|step[ \t]{0,4}(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)|steps|(?:(?:q[1-4]|h[12]|20\d\d|product|team|quarterly|annual)[ \t]{1,4})?roadmap)(?:[ \t]{1,4}(?:for|of|from)[ \t]{1,4}[^:\n]{1,40}?)?(?:[ \t]{1,4}(?:says|said|is))?(?:[ \t]{0,4}:|[ \t]{1,4}[-–—])(?:[ \t]|\n[ \t]*(?:[-•*]|\d{1,2}[.)])[ \t])/;
/**
 * A plan's label opening the text. (Not a bare "Steps:" over a list on the next lines: "Steps:\n1. deprovision
 * legacy-maps\n2. create a key for maps-v2" is a list of commands put to the bot, review-fixes-seventeen-fix17b.)
 */
function planOpens(lower: string): boolean {
  const m = PLAN_OPENING.exec(lower);
  return m !== null && !(m[0].includes('\n') && /^[ \t]*steps?\b/.test(m[0]));
}
/**
 * units26: a later day or time as the label of steps, two or more of them ("tomorrow: create a key for growth,
 * then rotate ads", "next week —\n- rotate ads\n- revoke kyc"): a plan set out for later, no request now. (One
 * step under it, "tomorrow: rotate ads", is a request for later, which is asked, not read here.)
 */
const LATER_LABEL =
  /^[ \t*_]*(?:(?:for|on)[ \t]{1,4})?(?:(?:this|next)[ \t]{1,4})?(?:tomorrow|tonight|later|(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|weekend|sprint)[ \t*_]*(?::|[-–—](?:[ \t]|$))/;
const NEXT_STEP =
  /\bthen\b|\bafter[ \t]+that\b|\bafterwards\b|;|\n[ \t]*(?:[-•*]|\d{1,2}[.)])|(?:^|[ \t])2[.)][ \t]/;

/**
 * The bot asked now after a plan or a dialogue: "our plan: rotate the ads key today, can you do it now?",
 * "plan is: please rotate the ads key", "…me: ok bot please do it" (a lab is a team: "lab for genomics:
 * create an api key" is no plan).
 */
const BOT_ASKED_NOW =
  /\b(?:can|could|would|will)[ \t]+(?:you|u)[ \t]+(?:please[ \t]+)?(?:do|run|handle|action|sort)[ \t]+(?:it|this|that)\b|\bbot[ \t,]+(?:please|pls|plz)\b|\b(?:please|pls)[ \t]+do[ \t]+it[ \t]+now\b/;
const PLAN_PLEASE = /^[ \t]*(?:(?:the|our|my)[ \t]+)?plan(?:[ \t]+is)?[ \t]*:[ \t]*(?:please|pls|plz)\b/;

/** A dialogue told: "my manager: \"create a key for payroll\". me: on it". */
const DIALOGUE = /^[ \t]*[a-z][a-z '’]{0,30}:[ \t]*["“][^"”\n]{3,200}["”][ \t.,]*(?:and[ \t]+)?me:[ \t]/;

/**
 * A chat with the bot told as a transcript (round twenty-five): every line opens with its speaker, the bot
 * one of them and the writer ("me") another: "me: asks bot for a key\nbot: who's the owner?\nme: 🙃 I'm a
 * beetle person", "me > bot: give me a key pls\nbot > me: which team?". A request in it was made then.
 */
const SPEAKER_LINE =
  /^[ \t]*(?:(me|i|bot|bedrock|the[ \t]bot)|[a-z][a-z0-9_.-]{0,20})(?:[ \t]{0,3}(?:>|->|→)[ \t]{0,3}[a-z][a-z0-9_. -]{0,20})?[ \t]{0,3}:/;

function transcriptTold(lower: string): boolean {
  if (!lower.includes('\n') || !lower.includes('me') || !lower.includes('bot')) return false;
  let bot = false;
  let me = false;
  for (const line of lower.split('\n')) {
    if (line.trim() === '') continue;
    const m = SPEAKER_LINE.exec(line);
    if (m === null) return false;
    if (m[1] === 'me' || m[1] === 'i') me = true;
    else if (m[1] !== undefined) bot = true;
  }
  return bot && me;
}

/**
 * notours27: a talk between people retold line by line, the writer ("me") one of them and another speaker heard
 * twice: "Andrei: rotate the key\nMe: which key\nAndrei: the one for the kiosk 🙄". The request in it was made to
 * the writer then; a line of the writer's own outside the talk may remark on it ("classic monday"), not ask.
 */
const PERSON_LINE = /^[ \t]*([a-z][a-z0-9_.'’-]{0,20})[ \t]{0,3}:[ \t]/;
const LINE_ASKS =
  /\?|<@|\b(?:please|pls|plz|can|could|would|rotate|revoke|deprovision|create|issue|generate|tok(?:en|n)s?|keys?|bot)\b/;

function talkRetold(lower: string): boolean {
  if (!lower.includes('\n') || !lower.includes('me')) return false;
  const heard = new Map<string, number>();
  let me = false;
  for (const line of lower.split('\n')) {
    if (line.trim() === '') continue;
    const m = PERSON_LINE.exec(line);
    if (m === null) {
      if (LINE_ASKS.test(line)) return false;
      continue;
    }
    const who = m[1] ?? '';
    if (who === 'me' || who === 'i') me = true;
    else heard.set(who, (heard.get(who) ?? 0) + 1);
  }
  return me && [...heard.values()].some((n) => n >= 2);
}

/** An example, a test line or a bare quotation: shown, not asked. */
export function exampleOrQuoted(lower: string): boolean {
  if (transcriptTold(lower) || talkRetold(lower)) return true;
  if (
    (lower.includes('ex') || lower.includes('e.g') || lower.includes('eg') || lower.includes('ignore')) &&
    EXAMPLE_OPENING.test(lower)
  )
    return true;
  if (
    (lower.includes(':') || lower.includes(' -') || lower.includes(' –') || lower.includes(' —')) &&
    (planOpens(lower) ||
      (lower.includes('me:') && DIALOGUE.test(lower)) ||
      (LATER_LABEL.test(lower) && NEXT_STEP.test(lower))) &&
    !BOT_ASKED_NOW.test(lower) &&
    !PLAN_PLEASE.test(lower)
  )
    return true;
  return (
    (lower.includes('"') || lower.includes('“') || lower.includes("'") || lower.includes('‘')) &&
    ONLY_QUOTED.test(lower)
  );
}

/** A form's status line or bracketed title saying it is done: "Status: completed", "Token request (done)". */
const STATUS_DONE =
  /^[ \t]*status[ \t]*[:=-][ \t]*(?:done|complete|completed|closed|resolved|finished|fulfilled|granted|issued)\b/m;
const TITLE_DONE =
  /^[^\n]{0,60}[([][ \t]*(?:done|complete|completed|closed|resolved|finished)[ \t]*[)\]][ \t]*$/m;

/** A form reported done (a report, not a request): only a text of several lines. */
export function formMarkedDone(lower: string): boolean {
  if (!lower.includes('\n')) return false;
  if (lower.includes('status') && STATUS_DONE.test(lower)) return true;
  return (lower.includes('(') || lower.includes('[')) && TITLE_DONE.test(lower.slice(0, lower.indexOf('\n')));
}

/**
 * One line marked done, as a ticket's or a checklist's item is: "ticket BR-442: rotate ads key (done)",
 * "rotate the growth key - done ✅", "rotate ads key -> done", "revoke the billing key — completed
 * yesterday", "[x] revoke the old billing key", "✓ rotate the ads key", fix53e: a ticket's title then "— moved to Done" (a report; "tell me when done",
 * "done? then rotate the ads key", a lone ✅ after a polite request or an approval, and a mark on another field of the
 * request, "manager approval - done", "incident: resolved", "project: closed", are not marks on it).
 */
const DONE_WHEN = String.raw`(?:[ \t]+(?:yesterday|today|earlier|already|last[ \t]+(?:week|night|month)|this[ \t]+(?:morning|week)))?`;
const DONE_TICKS = '(?:[ \\t]*(?:[✅✔☑✓🎉👍🙌✨]|\\ufe0f))*';
/**
 * fix53e: the mark may name who or when ("(done by Kai)", "(cancelled)"), a past participle of ours may stand after
 * an arrow with its approval and a closing word ("→ approved and created, closing").
 */
const DONE_MARK = '(?:done|completed?|closed|resolved|finished|fixed|cancell?ed)';
const DONE_MADE = String.raw`(?:(?:approved|reviewed|signed[ \t]+off)[ \t]+(?:and|&)[ \t]+)?(?:created|issued|rotated|revoked|deprovisioned)`;
const ITEM_DONE_END = new RegExp(
  String.raw`(?:[([][ \t]*${DONE_MARK}(?:[ \t]+(?:by|on|at)[ \t]+[^()[\]\n]{1,30})?${DONE_TICKS}[ \t]*[)\]]|(?:->|=>|[-–—:|→])[ \t]*(?:(?:moved|marked|set|went)[ \t]+(?:to|as)[ \t]+)?(?:${DONE_MARK}|${DONE_MADE})${DONE_WHEN}${DONE_TICKS}(?:[ \t]*[,;][ \t]*(?:closing|closed|thanks|thx|ty|cheers))?)[ \t.!]*$`,
  'u',
);
/** A field of the request the mark closes instead: "manager approval - done", "pilot status: finished". */
const FIELD_BEFORE_MARK =
  /\b(?:approvals?|approved|status|incident|project|contract|review|pilot|sign[\s-]?off|ticket|change|budget|legal|security|qa|tests?|testing|checks?|audit|onboarding|training|migration|po)$/;
// (fix53e: Slack's names of the marks, ":white_check_mark:", ":x:" (dropped), and a status in brackets, "(resolved)".)
const ITEM_CHECKED =
  /^[ \t]*(?:[-*•][ \t]*)?(?:\[[x✓✔][ \t]*\]|[✓✔☑✅]\ufe0f?|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check|x):|[([][ \t]*(?:done|resolved|closed|completed|fixed|cancell?ed)[ \t]*[)\]])[ \t]/u;
/**
 * A bare tick closing the line marks it done ("rotate ads key ✅"), but not after a polite request or an
 * approval, where it says "please" or "approved" ("token 2h pls ✅", "… — approved by finance ✅").
 */
const TICK_END = /[ \t][✅✔☑]\ufe0f?[ \t.!]*$/u;
const TICK_SAYS_PLEASE = /\b(?:please|pls|plz|thanks|thx|ty|thank\s+you|cheers|approv\w*|signed\s+off)\b/;

/** One of our actions or credentials named: only then is a mark of done worth reading. */
const ITEM_ACTION =
  /\b(?:rotat|revok|creat|deprovision|offboard|decommission|regenerat|renew|disabl|token|key)/;

export function itemMarkedDone(lower: string): boolean {
  if (lower.includes('\n') || !ITEM_ACTION.test(lower)) return false;
  if (ITEM_CHECKED.test(lower)) return true;
  if (/[✅✔☑]/u.test(lower) && TICK_END.test(lower) && !TICK_SAYS_PLEASE.test(lower)) return true;
  if (
    !/done|complete|closed|resolved|finished|fixed|cancel|created|issued|rotated|revoked|deprovisioned/.test(
      lower,
    )
  )
    return false;
  const m = ITEM_DONE_END.exec(lower);
  return m !== null && !FIELD_BEFORE_MARK.test(lower.slice(0, m.index).trimEnd());
}

/**
 * A request answered as done in the same message (lead23): "rotate the ads key? already done by Priya this
 * morning", "revoke the growth key - Sam already did", "rotate the ads key? done". The answer closes the
 * message; anything asked after it ("… already done, but please revoke growth") is read as before.
 */
const ANSWERED_DONE = new RegExp(
  String.raw`(?:[?,;—–-]|\.(?=\s))[ \t]*(?:(?:yes|yep|yeah|ok|fyi)[ \t,]+)?(?:already[ \t]+(?:done|did(?:[ \t]+it)?|sorted|handled|taken[ \t]+care[ \t]+of|rotated|revoked|deprovisioned|deleted|created|issued)|done[ \t]+already|(?:it'?s|it[ \t]+was|that'?s|that[ \t]+was|all)[ \t]+(?:already[ \t]+)?(?:done|sorted|handled)|(?:<@\w+>|[a-z]{2,12})[ \t]+(?:already|just)[ \t]+(?:did(?:[ \t]+it)?|done[ \t]+it|handled[ \t]+it|sorted[ \t]+it|rotated[ \t]+it|revoked[ \t]+it))(?:[ \t]+by[ \t]+(?:<@\w+>|[a-z]{2,12}))?(?:[ \t]+(?:this[ \t]+morning|yesterday|today|earlier(?:[ \t]+today)?|last[ \t]+night|an[ \t]+hour[ \t]+ago))?[ \t.!👍✅]*$|\?[ \t]*done[ \t.!👍✅]*$`,
  'u',
);

export function answeredDone(lower: string): boolean {
  return (
    (lower.includes('done') || lower.includes('already') || lower.includes('did')) &&
    ITEM_ACTION.test(lower) &&
    // (fix23a: "… ? *already done* by <@U…>": Slack's bold or italic marks say the same.)
    ANSWERED_DONE.test(/[*_~]/.test(lower) ? lower.replace(/[*_~]+/g, '') : lower)
  );
}

/**
 * notours24: advice to someone else: "I'd rotate the delay-predictor key if I were you", "if I was you I'd
 * revoke it", "I'd deprovision it if I were in your shoes": what the writer would do in the reader's place is
 * said to a person, nothing asked of the bot (a wish, "I'd like to rotate …", is no such advice).
 */
const IN_YOUR_PLACE =
  /\bif\s+(?:i|it)\s+(?:were|was)\s+(?:you|u|me)\b|\bif\s+i\s+(?:were|was)\s+in\s+(?:your|ur)\s+(?:shoes|place|position)\b|\bin\s+(?:your|ur)\s+shoes\b/;
/** The writer's own "would" before a verb: "I'd rotate", "I would revoke", "id deprovision". */
const WRITER_WOULD =
  /\b(?:i'd|i’d|id|i\s+would|i\s+wud|i\s+wd)\s+(?:(?:just|probably|definitely|honestly|personally|really|also|totally|still|def|prob)\s+)?(?!like\b|love\b|need\b|want\b|appreciate\b|prefer\b|be\s+grateful\b)[a-z]/;

function adviceInYourPlace(lower: string): boolean {
  if (!(lower.includes('were') || lower.includes('was') || lower.includes('shoes'))) return false;
  // (fix24d: the advice is its own sentence: "please rotate the growth key. if I were you I'd also check the
  // logs" asks the rotation in the sentence before it.)
  const sentences = lower.split(SENTENCE_END);
  const advice = sentences.filter((s) => IN_YOUR_PLACE.test(s) && WRITER_WOULD.test(s));
  return advice.length > 0 && !sentences.some((s) => !advice.includes(s) && ASKED_OF_BOT.test(s));
}

/** Where a sentence ends: ". ", "! ", "? " or a line break. */
const SENTENCE_END = /(?<=[.!?])\s+|\n+/;
/**
 * A sentence that asks the bot by itself: one of our verbs or a verb of asking opening it, after a
 * polite word or "ok"/"so" ("please rotate the ads key", "ok give me a 4h token", "I need a key for growth").
 */
const ASKED_OF_BOT =
  /(?:^|[,;:]\s*)[\s>*_~]*(?:(?:ok|okay|so|then|and|ah|oh|right|ah\s+ok|now)[\s,]+)*(?:(?:pls|plz|please|kindly|just|can\s+you|could\s+you|can\s+i\s+get|could\s+i\s+get|i\s+need|i\s+want|we\s+need|need|want)\s+)?(?:rotate|revoke|deprovision|offboard|create|issue|generate|renew|extend|give\s+(?:me|us)|send\s+(?:me|us)|get\s+(?:me|us)|(?:an?\s+)?(?:new\s+)?(?:tok(?:en|n)|key|api\s+key)\s+for)\b|(?:^|[,;:]\s*)(?:i|we)\s+(?:need|want)\s+(?:an?\s+)?(?:new\s+)?(?:tok(?:en|n)|key|api\s+key|creds|credentials)\b/;

/**
 * notours24: an echo question, a word of ours said back in surprise: "list? what list? I never got the
 * email", "rotate? rotate what?", "key? which key, the bike shed one?": the writer asks what was meant,
 * nothing of the bot.
 */
const ECHO_QUESTION =
  /^[\s>*_~]*([a-z]{3,14})[ \t]*\?+[ \t]*(?:(?:what|which|whose|wdym|what's|whats)[ \t]+\1\b|\1[ \t]+(?:what|which|who)\b)/;

function echoQuestion(lower: string): boolean {
  const echo = lower.includes('?') ? ECHO_QUESTION.exec(lower) : null;
  if (echo === null) return false;
  // (fix24d: not when a request of its own follows: "token? which token, the ads one? ok give me a 4h token".)
  const after = lower.slice(echo.index + echo[0].length);
  return !after.split(SENTENCE_END).some((s) => ASKED_OF_BOT.test(s));
}

/**
 * fix53e: an action played in asterisks or underscores, the whole message, in the third person ("*rotates key
 * dramatically*", "_revokes everything_"): an emote, a joke about the writer, not a command ("*rotate the ads key*" in
 * bold asks).
 */
const EMOTE =
  /^[ \t]*([*_])(?:[a-z]+[ \t]+)?(?:rotates|revokes|creates|deprovisions|generates|issues|mints|deletes|hands[ \t]+out|gives)\b[^*_\n]{0,80}\1[ \t.!]*$/;

/** Why a text shaped as a request asks nothing of the bot, or null. */
export function notLiveRequest(text: string): string | null {
  const lower = text.toLowerCase();
  if ((lower.startsWith('*') || lower.startsWith('_')) && EMOTE.test(lower.trim()))
    return 'an action played, not asked';
  // "token 4h? or should I just finish it tomorrow… yeah, tomorrow" (alternative-chosen.ts).
  if (jokeTakesBack(lower) || tailTakesBack(lower) || alternativeChosen(lower)) return 'request withdrawn';
  // "revoca la clave de X. bueno no, déjalo", "token 2h... oblida-ho": taken back in Italian, Spanish, Catalan or
  // Portuguese (romance-take-back.ts).
  if (romanceTakesBack(lower)) return 'request withdrawn';
  // fix50c: everyday talk in those languages using our words for the trade's things ("histórico de reimpressões", "la carta
  // di credito", "gastámos quanto em energia", "aspettiamo a ruotare … finché …") (romance-everyday.ts).
  const everyday = romanceEverydayTold(lower);
  if (everyday !== null) return everyday;
  // fix54a: "revoke the x key? or is it theirs to kill": whose job it is, asked of the channel (whose-call.ts).
  if (whoseCallAsked(lower)) return 'put to another person';
  if (adviceInYourPlace(lower)) return 'advice to someone else';
  if (echoQuestion(lower)) return 'an echo question';
  if (putToNamedPerson(text)) return 'put to another person';
  if (exampleOrQuoted(lower)) return 'an example, not a request';
  // "I can revoke the marketing key for you if you want": a colleague's offer (writer-offer.ts).
  if (writerOffer(lower)) return 'an offer to a colleague';
  // "\"revoke all keys\" now asks for confirmation": a quoted command talked about (quoted-command-told.ts).
  if (quotedCommandTold(lower)) return 'an example, not a request';
  // "revoke the x key (… just showing Bram the syntax)": a command shown, not sent.
  if (shownNotSent(lower)) return 'an example, not a request';
  const reported = reportedRequest(lower);
  if (reported !== null) return reported;
  // fix52f: "key for data-eng created last night", "Jane said she needs a token for 3h" (told-done-or-heard.ts); of the
  // writer's own lines, not a quote's ("> Token issued, valid for 2 hours⏎merci" is a thanks, quoted as typed or as
  // Slack sends it, slack-escaped.test.ts).
  const own = lower.includes('>') ? lower.replace(/^[^\S\n]*(?:>|&gt;).*$/gm, '') : lower;
  if (credentialToldDone(own)) return 'one of ours told as done';
  if (othersNeedHeard(own)) return "another's need told";
  // fix52f: "<@U…> please revoke the old growth key, you own it" (yours-to-do.ts).
  if (yoursToDo(lower)) return 'put to another person';
  // "pls rotate the OpenAI key for the chatbot project", "revoke Mondays please" (other-vendor-key.ts).
  const vendor = otherVendorKey(lower);
  if (vendor !== null) return vendor;
  if (formMarkedDone(lower)) return 'a form reported done';
  if (itemMarkedDone(lower)) return 'an item marked done';
  if (answeredDone(lower)) return 'a request answered as done';
  if (ruleNotNow(lower)) return 'a rule stated, not asked now';
  // "make sure we rotate the ads key once the migration is done": a reminder to the team (reminder-to-us.ts).
  if (reminderToUs(lower)) return 'a reminder to the team';
  // "route-planner rotation: not before the peak is over", "depot-checkin deprovision → January".
  if (changePutOff(lower)) return 'a change put off';
  // "see thread", "pls see my last message": a pointer, nothing asked.
  if (seeElsewhere(lower)) return 'a pointer to elsewhere';
  // fix48e: "bot key or keep borrowing Antoine's?", "a moeda do jogo (token) …", Thai "model มือถือ", Indonesian
  // "revoke akun driver …", "franchise-portal stays!! … nobody close it down" (others-things-told.ts).
  const others = othersThingTold(lower);
  if (others !== null) return others;
  // "We decided in the meeting: no AI key for the HR team this year", "no token for me today, thanks".
  if (declinedCredential(lower)) return 'a credential declined';
  // "token for 2h no longer needed", "key for marketing not needed", "token na 2 hodiny jsem nepotřeboval".
  // (Taken back in so many words first, "token for 2h… scratch that, I don't need it anymore", it is withdrawn:
  // the withdrawal reader says so.)
  if (credentialNotNeeded(lower) && !TAKEN_BACK.test(lower)) return 'a credential not needed';
  // "I was going to ask for a key for x but …", "if we ever …, we'd want a key" (dropped-plan.ts).
  if (droppedPlan(lower)) return 'a plan dropped or a someday wish';
  // "need the playback token TTL raised to 6h for the live event": another system's setting.
  if (otherTokenSetting(lower)) return "another system's token setting";
  if (otherTradeForm(lower)) return "another trade's form";
  // "snowmaking spend blew past budget again", "trail closure approval took ages today": a remark on a reading's noun
  // (read-noun-remark.ts).
  if (readNounRemark(lower)) return "a remark on a reading's word";
  // "would it be mad to ask for a key per gallery? probably yes", "revoke, rotate, deprovision… sounds like a
  // roster change lol": a remark in our words (musing-remark.ts).
  return musingRemark(lower);
}
