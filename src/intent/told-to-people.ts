/**
 * Texts told to people or kept as a record, not put to the bot (round twenty): unknown, even when they
 * name a token or a key. Read on the message as typed (lowercased).
 *  - a leading mention asked what only a person does: "<@U…> when you get a sec could you sort a token
 *    for me, phone won't let me log in", "<@U…> is the key for the grants tool still the one from March
 *    or did you rotate it?" (the bot needs no spare second and is not asked what it did);
 *  - a question to the channel: "is the estimating team in eu-west-2 or does anyone know where their key
 *    lives? asking for Sam";
 *  - a handover or a shift log, its lines told: "Handover 0600z\n- BA283 diverted\n- bedrock token for
 *    the overnight summaries expired at 0400, fine\n- next: LH 400 connection watch";
 *  - a cost report pasted, lines of a service and an amount: "Cost Explorer export for Oct:\nBedrock
 *    £412.18\nS3  £88.02".
 */
import { asksOurs } from './ours-named.js';
import { PERSON_SUBJECT } from './slack-text.js';

/** A mention opening the text (after a greeting at most). */
const LEADING_MENTION = /^\s*(?:(?:hey|hi|hello|morning)[\s,!]+)?<@[UW][A-Z0-9]+(?:\|[^>]*)?>/i;

/**
 * What only a person is asked: a spare moment, what they did. (fix38b, tuned-textile: the spare moment in Portuguese
 * and Spanish, "<@U…> quando tiveres um minuto, revogas a chave da x?", "cuando tengas un momento".)
 */
const PERSONS_PART =
  /\bwhen\s+you\s+(?:get|have)\s+a\s+(?:sec|second|min|minute|moment|chance)\b|\bquando\s+(?:tiveres|tiver|puderes|puder)\s+(?:um\s+)?(?:minuto|momento|segundo|tempo)\b|\bcuando\s+(?:tengas|tenga|puedas|pueda)\s+(?:un\s+)?(?:minuto|momento|segundo|rato)\b|\bwhen\s+you(?:'re|\s+are)\s+(?:back|free)\b|\bdid\s+you\s+(?:rotate|revoke|change|reset|renew|update|swap)\b/;

/**
 * asks29: a mention closing a question about what the one mentioned did ("did you revoke the staging key,
 * <@U…>?", "did u deprovision legacy-crm already <@U…>"): put to that person, as a leading one is. The bot is
 * copied at the end, never asked there what it did ("rotate the kiosk-app key please <@U…>" asks no "did you").
 */
const TRAILING_MENTION = /<@[UW][A-Z0-9]+(?:\|[^>]*)?>[\s?!.]*$/i;
const DID_YOU =
  /\bdid\s+(?:you|u)\s+(?:already\s+|ever\s+|actually\s+|just\s+)?(?:rotate|revoke|create|make|deprovision|delete|remove|disable|change|reset|renew|update|swap|issue|set\s+up)\b/;

/**
 * lead39 (round thirty-nine's casino blind file, its one text acted on when first scored: a Tagalog "pa-revoke … pag
 * may time ka" to a colleague): "when you have time", which only a person is told, in English and in the languages
 * the corpus's writers use: "whenever you have some time", Tagalog "pag/kapag/kung may time/oras ka", "pag free ka",
 * Indonesian "kalau sempat", "kalau ada waktu", French "quand tu as le temps", Italian "quando hai tempo", Spanish
 * "cuando tengas tiempo", Hinglish "jab time mile". The bot answers at once and needs nobody's time.
 */
const SPARE_TIME =
  /\b(?:when|whenever|if)\s+(?:you|u)\s+(?:have|get|find|got|'ve\s+got)\s+(?:some\s+|the\s+|a\s+(?:bit\s+of\s+|little\s+)?)?(?:free\s+)?time\b(?![\s-]*(?:limits?|outs?|zones?|frames?|stamps?|windows?|slots?|boxe?s?|based|to\s+live)\b)|\b(?:pag|kapag|kung|pagka)\s+(?:may|meron(?:\s+kang)?)\s+(?:free\s+)?(?:time|oras)\s+(?:ka|kana|ka\s+na)\b|\b(?:pag|kapag|kung)\s+(?:free|libre|bakante)\s+ka\b|\b(?:kalau|kalo|klo|jika|jikalau|kalau\s+kamu|kalo\s+lo)\s+(?:sempat|sempet|ada\s+waktu|senggang|lagi\s+senggang|gak\s+sibuk|nggak\s+sibuk|tidak\s+sibuk)\b|\bquand\s+(?:tu\s+(?:as|auras)|vous\s+(?:avez|aurez))\s+(?:le\s+temps|du\s+temps|un\s+(?:moment|instant|peu\s+de\s+temps|minute|sec|petit\s+moment))\b|\bquando\s+(?:hai|avrai|avete|avrete|ha|avr[àa])\s+(?:tempo|un\s+(?:attimo|momento|minuto|secondo)|un\s+po['’]\s+di\s+tempo)\b|\bcuando\s+(?:tengas|tenga|tengan)\s+(?:tiempo|un\s+(?:ratito|chance))\b|\bquando\s+(?:tiveres|tiver)\s+(?:um\s+)?(?:tempinho|chance)\b|\bjab\s+(?:bhi\s+)?(?:time|free|fursat|waqt)\s+(?:mile|ho|milega|hoga|mil\s+ja(?:a)?ye)\b/;

function mentionAskedPerson(input: string, lowered: string): boolean {
  if (!input.includes('<@')) return false;
  // (post39c: the spare time only where the mention is spoken to, not the sentence's subject, "<@U…> needs a token for
  // 2h, whenever you have time" asks the bot for the one mentioned: PERSON_SUBJECT.)
  if (LEADING_MENTION.test(input))
    return PERSONS_PART.test(lowered) || (SPARE_TIME.test(lowered) && !PERSON_SUBJECT.test(input));
  return lowered.includes('did') && TRAILING_MENTION.test(input) && DID_YOU.test(lowered);
}

/**
 * "does anyone know where …", "anyone know if …", "can someone pull the service history for van 12?":
 * put to the channel.
 */
// (notours27: also who, what, why, how and when: "does anyone know who owns the meter-insights unit? need to ask
// them about the Feb reads" is put to the channel as "… where …" is.)
// (fix48e, tuned-styles-africa: Nigerian Pidgin "sabi", know: "anybody sabi if the bot don revoke the old boda-dispatch
// key?" is put to the channel as "does anybody know if …" is, not help about revoking.)
const ANYONE_KNOWS =
  /\b(?:does\s+)?any(?:one|body)\s+(?:know|sabi)\s+(?:where|if|whether|which|who|what|why|how|when)\b/;
/**
 * Someone asked to look something up, the text opening so (a request may follow a question put after it); or to
 * explain a thing (notours28: "can someone explain how the risk model's lookback window works?").
 */
// (fix48e, tuned-clinical: or to show, teach or walk one through a thing, "Can someone show me how to read the Cost
// Explorer export? it's all in USD", "can someone walk me through the rota tool": a colleague asked, also about our
// things; the corpus's writers label such questions to the channel nothing, never help.)
const SOMEONE_PULLS =
  /^\W*(?:(?:hey|hi|so|ok|okay)\W+)?(?:can|could)\s+(?:someone|somebody|anyone|anybody)\s+(?:pull|check|look|find|dig|send|chase|explain|show|teach|walk)\b/;
/**
 * fix48e (tuned-styles-africa): "who here …" opening a question, "who here don try llama for Yoruba? the results I got
 * were funny", "who here has used the bot for the webshop before?": the people in the channel asked, whatever of ours it
 * names (the bot knows no one "here").
 */
/** Who is on Bedrock at all ("who here is on bedrock already?"): the units, which the list answers. */
// (lead48: and "who here has the bedrock access already?", has it already: reads26's list.)
const ON_BEDROCK =
  /\b(?:is|are)\s+(?:already\s+)?(?:on|using)\s+bedrock\b|\b(?:has|have)\s+(?:the\s+)?bedrock(?:\s+access)?\s+already\b/;
const WHO_HERE = /^\W*(?:(?:hey|hi|so|ok|okay|quick\s+q)\W+)?who\s+(?:here|among\s+(?:you|us))\b/;

/**
 * Someone's own credential asked of colleagues (round twenty-one): "can someone share their bedrock token
 * with me for 5 mins?", "can I borrow someone's token?", "can one of you send me your key": a person is
 * asked to hand over theirs, which the bot never does ("can I share my token with …?" asks its help).
 */
const SHARE_THEIRS =
  /\b(?:share|lend|send|give|forward|dm|pass|paste)\s+(?:me\s+|us\s+)?(?:their|your|ur|yours|theirs|his|her)\s+(?:(?!(?:a|an|the|one|another|new|some)\s)[a-z]+\s+)?(?:tok(?:en|n)s?|keys?|creds?|credentials?|logins?)\b|\bborrow\s+(?:some(?:one|body)['’]s|any(?:one|body)['’]s|your|ur|their)\s+(?:[a-z]+\s+)?(?:tok(?:en|n)s?|keys?|creds?|credentials?|logins?)\b/;
/**
 * Colleagues as the ones asked: asked ("can someone …", "could one of you …"), opening the text ("anyone
 * able to …"), or their credential borrowed ("someone's token"); never "so someone on growth can debug"
 * after "give her a token", where someone is who will use it.
 */
const COLLEAGUES =
  /\b(?:can|could|would|will|do|does|did|is|has)\s+(?:some(?:one|body)|any(?:one|body)|one\s+of\s+(?:you|u)|you\s+guys|y'?all)\b|^\W*(?:(?:hey|hi|so|ok|okay)\W+)?(?:some(?:one|body)|any(?:one|body)|one\s+of\s+(?:you|u)|you\s+guys|y'?all)\b|\b(?:some|any)(?:one|body)['’]s\b/;

function theirsAsked(lowered: string): boolean {
  return (
    (lowered.includes('some') ||
      lowered.includes('any') ||
      lowered.includes('one of') ||
      lowered.includes('you')) &&
    SHARE_THEIRS.test(lowered) &&
    COLLEAGUES.test(lowered)
  );
}

/**
 * Whom to tell asked, with nothing of ours named (round twenty-one): "the subtitle file of episode 7 have
 * wrong timecodes, who I must tell?", "the captions are out of sync, who should I tell?": a question to
 * the channel about another trade's problem ("who do I ask for a token?" asks the bot's help).
 */
const WHOM_TO_TELL =
  /\bwho\s+(?:(?:should|do|must|can|shall|would)\s+(?:i|we)|(?:i|we)\s+(?:should|must|can|need\s+to))\s+(?:tell|report|inform|notify|contact|ping|flag|escalate|speak|talk|raise|send|ask)\b/;
const OURS_ASKED =
  /\b(?:tok(?:en|n)?s?|keys?|credentials?|creds|api|bedrock|aws|claude|bot|access|approv\w*|models?|spend|costs?|quotas?|limits?|regions?)\b/;

function whomToTell(lowered: string): boolean {
  return lowered.includes('who') && WHOM_TO_TELL.test(lowered) && !OURS_ASKED.test(lowered);
}

/**
 * fix52e, tuned-hotels/tuned-studio: whether someone was told asked of the channel, "did anyone tell Fiona we spent
 * £400 on bedrock in November?", "has someone told finance that bedrock costs jumped?", "have we let legal know about
 * the leaked key?": what was told is news for people, however much it names of ours; nothing is asked of the bot.
 * Only as the message's opening question (after a greeting at most), with one who tells the bot is not.
 */
const TELLING_ASKED =
  /^\W*(?:(?:hey|hi|so|btw|ok|okay|quick\s+q(?:uestion)?)\W+)?(?:did|has|have|had)\s+(?:anyone|anybody|someone|somebody|we|you|u|they|(?:the\s+)?[a-z]+\s+team)\s+(?:already\s+|actually\s+|even\s+|ever\s+)?(?:tell|told|inform(?:ed)?|let\s+[a-z]+(?:\s+[a-z]+)?\s+know|warn(?:ed)?|ping(?:ed)?|mention(?:ed)?\s+(?:it\s+|this\s+|that\s+)?to|flag(?:ged)?\s+(?:it\s+|this\s+|that\s+)?to|e-?mail(?:ed)?|messaged|update(?:d)?)\s+(?!(?:the\s+)?(?:bot|bedrock|you|u|me)\b)/;
function tellingAsked(lowered: string): boolean {
  return (
    (lowered.includes('tell') ||
      lowered.includes('told') ||
      lowered.includes('know') ||
      lowered.includes('inform') ||
      lowered.includes('warn') ||
      lowered.includes('ping') ||
      lowered.includes('mention') ||
      lowered.includes('flag') ||
      lowered.includes('mail') ||
      lowered.includes('messaged') ||
      lowered.includes('update')) &&
    TELLING_ASKED.test(lowered)
  );
}

/**
 * notours27: "any idea why …" opening a question about another thing, nothing of ours named outside a message it
 * quotes ("any idea why the leak-triage summaries say 'valve key required' for every job? 😂"): put to the channel
 * as "does anyone know why …" is ("any idea why my token says expired?" asks the bot's help).
 */
const ANY_IDEA =
  /^\W*(?:(?:hey|hi|so|ok|okay|q)\W+)?any\s+ideas?\s+(?:why|what|how|who|where|when|if|whether)\b/;
const QUOTED = /'[^'\n]{1,80}'|"[^"\n]{1,80}"|‘[^’\n]{1,80}’|“[^”\n]{1,80}”/g;

function anyIdeaOfOthers(lowered: string): boolean {
  return lowered.includes('idea') && ANY_IDEA.test(lowered) && !asksOurs(lowered.replace(QUOTED, ' '));
}

function anyoneKnows(lowered: string): boolean {
  // (Not a question quoted before the one put to the bot: "> does anyone know …\n<@bot> which …".)
  return (
    (lowered.includes('any') || lowered.includes('some')) &&
    !lowered.includes('<@') &&
    !lowered.includes('>') &&
    (ANYONE_KNOWS.test(lowered) || SOMEONE_PULLS.test(lowered))
  );
}

/**
 * A handover's, a log's or a meeting record's header line: "Handover 0600z", "Night handover", "Shift log
 * 22:00", "Ops log", "Retro notes — pilot", "*Stand-up notes*" (a noun, not "cannot log in to the console,
 * need:"); round twenty-five: its lines may be a report's fields as well as bullets.
 */
const LOG_HEADER =
  /^\s*[*_]{0,2}(?:(?:shift|ops|daily|night|day|site|crew|ward|morning|evening|retro|meeting|stand-?up|team)\s+)?(?:handover|notes|log(?![\s-]*(?:in|on|into|out)\b)|retro(?:spective)?|stand-?up|debrief|minutes)\b/;
/**
 * A bullet line, or a report's field line ("Crusher: running", "Went well: curators liked it",
 * "Actions: use tokens for demos"): a label of at most three words, then what it tells.
 */
const BULLET = /^\s*[-•*]\s|^\s*[a-z][a-z'’-]*(?:\s[a-z'’-]+){0,2}:\s*\S/;
/** Anything that speaks to the bot or asks. */
const SPEAKS = /<@|\?|\b(?:please|pls|plz|can\s+(?:you|u)|could\s+(?:you|u)|i\s+need|we\s+need)\b|\bneed\s*:/;

/** A first line that is a label and a sentence of three words or more: a form's field, not a header. */
const FIELD_SENTENCE = /^\s*[*_]{0,2}[a-z]+(?:\s+[a-z]+)?[*_]{0,2}\s*:\s*[a-z][^\s]*(?:\s+\S+){2,}/;

function handoverLog(lowered: string): boolean {
  if (!lowered.includes('\n')) return false;
  const lines = lowered.split('\n');
  const header = lines[0] ?? '';
  // ("Notes: the growth key is a year old" is a field of a form, told as a sentence, not a header line.)
  if (!LOG_HEADER.test(header) || FIELD_SENTENCE.test(header)) return false;
  return lines.filter((l) => BULLET.test(l)).length >= 2 && !SPEAKS.test(lowered);
}

/** A report's line: a service's name and an amount of money. */
const COST_LINE = /^\s*[a-z][a-z0-9 .&-]{0,40}?\s[£$€]\s?\d[\d,]*(?:\.\d+)?\s*$/;

const FOR_INFO_LINE =
  /^\W*(?:fyi|for\s+(?:info|information|your\s+information|the\s+record)|no\s+action(?:\s+needed|\s+required)?|just\s+(?:sharing|fyi|so\s+you\s+know)|info\s+only|nothing\s+to\s+do)\b[^\n?]{0,40}$/;
function pastedCosts(lowered: string): boolean {
  if (!lowered.includes('\n') || SPEAKS.test(lowered)) return false;
  // (fix52e, tuned-hotels: a closing line that says it is for information, "FYI only, no action", is the report's.)
  const lines = lowered.split('\n').filter((l) => l.trim() !== '' && !FOR_INFO_LINE.test(l));
  const costs = lines.filter((l) => COST_LINE.test(l)).length;
  // (Every line but a header is an amount.)
  return costs >= 2 && costs >= lines.length - 1;
}

/**
 * notours28: a warning of a scam told to colleagues ("new phishing wave pretending to be our client API, asking for
 * 'API key verification' — don't click"): our words are the scam's bait, nothing is asked; not with a question, a
 * courtesy or one of our commands ("phishing mail got the ads key, rotate it please" asks).
 */
const SCAM =
  /\b(?:phishing|phish(?:ed|y)?|scam(?:s|mers?)?|spoof(?:ed|ing)?|impersonat\w*|pretending\s+to\s+be)\b/;
const WARNED =
  /\b(?:don'?t|do\s+not|never)\s+(?:click|open|reply|respond|answer|enter|type|paste|share|give|send|forward)\b|\b(?:beware|watch\s+out|be\s+careful|heads\s+up|report\s+it|just\s+delete)\b/;
const ASKS_OF_US =
  /\?|\b(?:please|pls|plz|can\s+(?:you|u)|could\s+(?:you|u)|rotate|revoke|deprovision|create|issue|disable)\b/;
function scamWarned(lowered: string): boolean {
  return SCAM.test(lowered) && WARNED.test(lowered) && !ASKS_OF_US.test(lowered.replace(QUOTED, ' '));
}

/** Why the text is told to people or kept as a record (a reason for the parse), or null. */
export function toldToPeople(input: string, lowered: string, toBot: boolean): string | null {
  if (!toBot && mentionAskedPerson(input, lowered)) return 'addressed to someone else';
  if (anyoneKnows(lowered) || anyIdeaOfOthers(lowered)) return 'put to the channel';
  if (lowered.includes('who') && WHO_HERE.test(lowered) && !ON_BEDROCK.test(lowered))
    return 'put to the channel';
  if (theirsAsked(lowered)) return "a colleague's own credential asked";
  if (whomToTell(lowered)) return 'whom to tell asked';
  if (tellingAsked(lowered)) return 'put to the channel';
  if (handoverLog(lowered)) return 'a handover or a log, told';
  if (pastedCosts(lowered)) return 'a cost report pasted';
  if (scamWarned(lowered)) return 'a scam warned of';
  return null;
}

/**
 * Whether the whole text is told, whatever its lines say: a mention asked what only a person does, a
 * handover, a pasted report (a question put to the channel is one clause: a request beside it stands).
 */
export function toldToPeopleWhole(input: string, lowered: string, toBot: boolean): boolean {
  return (!toBot && mentionAskedPerson(input, lowered)) || handoverLog(lowered) || pastedCosts(lowered);
}
