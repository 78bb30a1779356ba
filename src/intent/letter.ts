/**
 * The shape of an e-mail written into Slack: what is no part of the request around it.
 *  - the salutation ("Dear Security team,", "Hello Platform Team," on a line of its own): its team is
 *    the one addressed, not the unit;
 *  - the sign-off and the signature under it ("Kind regards,\nDaniel Frost\nInformation Security
 *    Officer\nOut-of-hours: +44 …", "Sent from my iPhone"): its names, titles, offices, phone numbers
 *    and e-mail addresses state no slot;
 *  - an aside on who is asking ("(Asking on behalf of Internal Audit.)"), or who writes ("Tone from finance here — …");
 *  - a change board's refusal and the instruction not to go ahead ("The CAB has rejected CHG0045512
 *    (long-term access key for claims-automation). Please do not proceed."): the request it names is
 *    refused, so nothing of it is asked.
 * Works on the prepared text (lowercase, values lifted out) and returns the ranges to leave out.
 */

/** A line that ends the letter: "Regards,", "Kind regards", "Many thanks,", "Best,", "Cheers". */
const SIGN_OFF_LINE =
  /\n[^\S\n]*(?:(?:with|kind|kindest|best|warm|warmest|many|all\s+the|yours|thanks\s+and|thank\s+you\s+and)\s+)*(?:regards|rgds|br|kr|thanks|thank\s+you|thx|tia|cheers|best|sincerely|faithfully|truly|wishes)(?:\s+(?:again|so\s+much|very\s+much|a\s+lot|in\s+advance))?[^\S\n]*[,.!]*[^\S\n]*(?=\n|$)/g;
/**
 * A signature asks nothing: no request word, no question. (fix38b, tuned-textile: a job title's "Key Accounts" is no
 * key, "Kind regards,\nOlivia Hart\nKey Accounts, London": its place names no Region.)
 */
const ASKS_IN_TAIL =
  /\?|\b(?:please|pls|plz|can\s+you|could\s+you|would\s+you|rotate|revoke|create|delete|deprovision|offboard|remove|token|tokens|key(?!\s+accounts?\b)|keys|api_key|need|needs|list|show|p\.?s)\b/;
const MAX_SIGNATURE_LINES = 8;
/**
 * "… Please revoke all of digital-channels' keys. Regards" / "…. Kind regards, Ana": one line. (fix37c, tuned-tax:
 * and "Thanks & Regards, HR – Dubai", which the prepared text joins as "thanks_regards": its place names no Region.)
 */
const TRAILING_REGARDS =
  /[.!?]\s+(?:(?:kind|best|warm|warmest|many)\s+|thanks_|thanks\s+(?:and|&)\s+)?regards\b[^.!?\n]{0,40}$/;
/**
 * A line of a phone number, labelled or not ("Out-of-hours: +44 20 7946 0000", "Tel. 030 1234567",
 * "Dublin | +353 1 555 0199"). Only a signature's: an international number ("+…"), a number labelled
 * as a phone's, or any such line under a sign-off. A line of digits elsewhere ("account: 123456789012",
 * a pasted id) is part of what is asked and stays.
 */
const PHONE_LINE =
  /(?:^|\n)[^\S\n]*(?:([a-z][\w .()-]{0,25}?)[^\S\n]*[:.|]?[^\S\n]*)?(\+?)\(?\d[\d ()_.-]{6,}\d[^\S\n]*(?=\n|$)/g;
/** The label of a phone number: "Tel.", "Mob:", "Out-of-hours:", "Direct line:", "M:". */
const PHONE_LABEL =
  /^(?:(?:tel|telephone|phone|ph|mobile|mob|cell|cellphone|fax|direct(?:\s+line)?|desk|office|landline|out[\s_-]*of[\s_-]*hours|on[\s_-]*call|hotline|whatsapp|signal|t|m|p|w|o|f)\b[\w .()-]*|[\w .()-]*\b(?:tel|telephone|phone|mobile|mob|cell|fax|direct|desk|hotline))\s*$/;
/** "Sent from my iPhone" (a real word, kept as written by typos.ts; "spent" once was). */
const SENT_FROM = /(?:^|\n)[^\S\n]*sp?ent\s+from\s+my\s+[^\n]{1,30}(?=\n|$)/;

/** "Dear Bedrock team,", "Hi all,", "Hello Platform Team," alone on the first line. */
const SALUTATION_LINE =
  /^\s*(?:(?:urgent|important|fyi|action\s+required)[!:.]*\s*\n\s*)?(?:xxuser[\s,:]*)?(?:dear\b[^\n,]{0,60}[,:!]?|(?:hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day))(?:\s+(?:all|everyone|everybody|team|folks|there|colleagues|[a-z][\w'-]*(?:\s+(?:team|teams|group|colleagues))?))?\s*[,!:]?)[^\S\n]*\n/;
/** "Dear Bedrock team, please …": a salutation that opens a one-line letter. */
const SALUTATION_INLINE = /^\s*(?:xxuser[\s,:]*)?dear\s+[^,\n.!?]{1,40},/;

/**
 * req29: a pleasantry opening a letter, "I hope everyone had a restful weekend after the Cape Town block.", "Hope
 * you all enjoyed the Tokyo shoot!": its places and times are story. Only a sentence of its own that asks
 * nothing (ASKS_IN_TAIL); "I hope you can give me a token in tokyo" is the request.
 */
const PLEASANTRY =
  /(?:^|[.!?\n—–]|[,:][^\S\n]|\s-\s)[^\S\n]*(?:i\s+)?hope\s+(?:you|everyone|everybody|all|y'?all|your|the\s+team|the\s+[a-z]+\s+(?:leg|shoot|trip|block|premiere|week|weekend))\b[^.!?,\n]{0,160}[.!,]+/;

/**
 * fix38a, tuned-ocean: who writes, said first, "Tone from finance here — could you show what Bedrock cost us …?", "hi,
 * Ravi from the payments team here, …": the writer's team, told as who they are, names no unit asked about.
 * Only at the start (after a greeting) and only ended by a mark; "someone from finance here needs a token" asks for them.
 */
const WRITER_INTRO =
  /^\s*(?:(?:hi|hello|hey|hej|hei|morning|good\s+morning)\b(?:[^\S\n]+[a-z]+){0,2}[^\S\n]*[,!.]+\s*|(?:hi|hello|hey)\s+)?(?:(?:this\s+is|it'?s)\s+)?[a-z][a-z'-]{1,20}\s+(?:from|in|on)\s+(?:the\s+)?[a-z][a-z0-9&_-]*(?:\s+[a-z][a-z0-9&_-]*){0,2}\s+here[^\S\n]*(?:[,.!:;]|-(?=\s))/;

/**
 * fix39b, tuned-pension: a group that asks, said first and ended by a colon, "internal audit asks: log of all key events
 * …", "Finance wants the AI line for the fee review: what did Bedrock cost …?": who wants the answer (as WRITER_INTRO's
 * writer), no unit asked about. Not a credential wanted ("payments wants a new key: 90 days" asks for payments), nor
 * when what follows speaks of the group's own things ("payments asks: rotate their key").
 */
const RELAYED_ASKER =
  /^\s*(?:our\s+|the\s+)?[a-z][a-z&-]*(?:\s+[a-z][a-z&-]*){0,2}\s+(?:asks|is\s+asking|(?:wants|would\s+like|needs)\s+to\s+know|wants\s+(?:the|a|an|our)\s+[^:\n]{1,60}?)[^\S\n]*:/;
const WANTED_CREDENTIAL = /\b(?:keys?|tokens?|creds?|credentials?|access)\b/;
/**
 * fix43c, tuned-styles-relay: whose word the request carries, said first and ended by a colon, "Per the Data Office:
 * deprovision the `manuscript_triage_old` unit", "As per legal: …", "On behalf of the CISO: …": the authority or the
 * asker, no unit (as the aside "(asking on behalf of Internal Audit)" names none). Not when what follows speaks of
 * the group's own things ("on behalf of payments: rotate our key").
 */
const PER_ASKER =
  /^\s*(?:as\s+per|per|on\s+behalf\s+of)\s+(?:the\s+|our\s+)?[a-z][a-z&'-]*(?:\s+[a-z][a-z&'-]*){0,3}[^\S\n]*:/;
const OURS_AFTER = /\b(?:its|their|they|them|our|ours|we|us)\b/;
/**
 * fix43c, tuned-styles-relay: the relayer's lead, who writes and for whom, ended by a colon before the request itself
 * ("Hi, I'm on the metadata team but asking for Sales Ops, who don't have anyone technical: they'd like a key for the
 * Sales Ops team", "I'm putting this in for our freelance indexers since they can't use Slack commands: a key for the
 * Indexing pod"): the writer's own team and the people asked for are story; the unit is the one the request names
 * after the colon (only then: "I'm on the payments team: need a key, 90 days" asks for payments). Only a lead that says
 * for whom ("for"), with no quote after it: "I'm writing the onboarding guide; step 2: \"… a key for growth\"" quotes.
 */
const RELAYER_LEAD =
  /^\s*(?:(?:hi|hello|hey|hiya|morning)\b[\s,!]*)?(?:i'?m|i\s+am|im)\s+(?:on|in|from|with|putting|posting|raising|filing|submitting|asking|requesting|relaying)\b[^:;"\n]{0,200}?\bfor\b[^:;"\n]{0,120}?:(?!\s*")/;
const UNIT_NAMED_AFTER =
  /\bfor\s+(?:the\s+|our\s+|their\s+)?(?!(?:xx\w*|me|us|them|him|her|my|a|an|now|today|tomorrow|this|that)\b)[a-z]/;
const ITS_OWN = /\b(?:its|their|they|them)\b/;
/**
 * post39c: what follows asks a change or a credential ("the payments team is asking: can you revoke the old key?", "ads
 * wants the usual: a key for 90 days"): the group asks it for itself, and stays its unit; only a look-up is relayed.
 */
const ASKS_A_CHANGE =
  /\b(?:revoke|rotate|create|generate|regen\w*|renew|deprovision|delete|remove|disable|kill|issue|set\s+up|new|(?:a|an|one|the|old|current|existing)\s+(?:new\s+)?(?:api\s+|access\s+|bedrock\s+)?(?:keys?|tokens?|creds?|credentials?))\b/;

/** "(Asking on behalf of Internal Audit.)", "(I'm writing for the Risk Committee)". */
const ASIDE =
  /\(\s*(?:i\s+am\s+|i'm\s+|im\s+|we\s+are\s+|we're\s+)?(?:asking|writing|requesting|enquiring|inquiring|reaching\s+out)\s+(?:on\s+behalf\s+of|for)\s+[^()\n]{1,60}\)/g;

/**
 * A forwarded or quoted mail's header: "---------- Forwarded message ---------", "From: GuardDuty
 * Alerts <alerts@…>", "Date: …", "Subject: Unusual API activity", "On Tue, 3 Mar 2026, Raj <…>
 * wrote:": who sent what when, never the request's values (the forwarder's words after it are).
 */
const FORWARD_LINE = /(?:-{2,}[^\S\n]*)?(?:forwarded|original)\s+message\b[^\n,]*/;
const HEADER_FIELD = /(?:^|\n|,)[^\S\n]*(?:from|to|cc|bcc|date|sent|subject|reply_to)\s*:[^\n]*/g;
const TWO_HEADER_FIELDS = /(?:^|\n|,)\s*from\s*:[^\n]*\n\s*(?:date|sent|to|cc|subject)\s*:/;
const WROTE_LINE = /(?:^|\n)[^\n]{0,160}\bwrote\s*:[^\S\n]*(?=\n|$)/;
/**
 * A legal disclaimer, to the end of its paragraph: "CONFIDENTIALITY NOTICE: … If you are not the
 * intended recipient, please delete it" deletes nothing.
 */
const DISCLAIMER =
  /(?:^|\n)[^\n]*?\b(?:confidentiality\s+(?:notice|note|statement)|disclaimer\s*:|intended\s+(?:solely\s+)?(?:recipient|for\s+the\s+(?:named\s+)?(?:addressee|recipient))|(?:this|the)\s+(?:e_?mail|message)\s+(?:and\s+any\s+attachments\s+)?(?:is|are|may\s+(?:contain|be)|contains)\s+(?:confidential|privileged|strictly))[\s\S]*?(?=\n\s*\n|$)/;

/**
 * A change board refusing, in a statement: "the CAB has rejected …", "the steering committee declined …", or
 * in plain words (fixrelay30): "the change board said no to the anz-copub access key for now".
 */
const BOARD_REFUSED =
  /\b(?:cab|change\s+(?:advisory\s+)?board|change\s+board|change\s+committee|steering\s+(?:committee|group)|architecture\s+board|review\s+board|risk\s+committee|security\s+board)\b[^.!?\n]{0,60}?\b(?:rejected|declined|refused|denied|vetoed|turned\s+down|(?:said|says)\s+no|did\s+not\s+approve|didn't\s+approve|has\s+not\s+approved|hasn't\s+approved|not\s+approved)\b/;
/** "Please do not proceed.", "so please don't proceed", "Do not proceed until further notice." */
const DO_NOT_PROCEED = /\b(?:do\s+not|don't|dont|please\s+don't|must\s+not|should\s+not)\s+proceed\b/;
const REFUSAL_HINT = /proceed|reject|declin|refus|denied|veto|turned\s+down|approve|says?\s+no|said\s+no/;
const SENTENCE_END = /[.!?\n]/;
const CLAUSE_END = /[.!?\n,;]/;

/** The sentence around a position: from after the previous end to the next end (inclusive). */
function sentenceAround(text: string, at: number): [number, number] {
  let a = at;
  while (a > 0 && !SENTENCE_END.test(text[a - 1] ?? '')) a--;
  // ("(long_term access key for claims_automation). please …": a closing bracket stays with its sentence.)
  let b = at;
  while (b < text.length && !SENTENCE_END.test(text[b] ?? '')) b++;
  return [a, Math.min(text.length, b + 1)];
}

/**
 * A message that is nothing but a mention of the bot and a phone's footer ("<@bot>\n\nSent from my
 * iPhone"): a bare mention, which asks for help.
 */
export function onlyDeviceFooter(text: string): boolean {
  const sent = text.includes('ent from') ? SENT_FROM.exec(text) : null;
  return sent !== null && !/[a-z0-9]/.test(text.replace(sent[0], ''));
}

/** The header of a forwarded or quoted mail, line by line. */
function headerRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const forward = FORWARD_LINE.exec(text);
  if (forward !== null) out.push([forward.index, forward.index + forward[0].length]);
  if (forward !== null || TWO_HEADER_FIELDS.test(text)) {
    HEADER_FIELD.lastIndex = 0;
    for (let m = HEADER_FIELD.exec(text); m !== null; m = HEADER_FIELD.exec(text))
      out.push([m.index, m.index + m[0].length]);
  }
  if (text.includes('wrote')) {
    const wrote = WROTE_LINE.exec(text);
    if (wrote !== null) out.push([wrote.index, wrote.index + wrote[0].length]);
  }
  return out;
}

/** The ranges of the prepared text that are the letter around the request, not the request. */
export function letterRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const lines = text.includes('\n');
  if (lines || text.includes('dear')) {
    const salutation = SALUTATION_LINE.exec(text) ?? SALUTATION_INLINE.exec(text);
    if (salutation !== null && /[a-z0-9]/.test(text.slice(salutation[0].length)))
      ranges.push([0, salutation[0].length]);
  }
  if (text.includes('hope')) {
    const hope = PLEASANTRY.exec(text);
    if (
      hope !== null &&
      !ASKS_IN_TAIL.test(hope[0]) &&
      /[a-z0-9]/.test(text.slice(hope.index + hope[0].length))
    )
      ranges.push([hope.index, hope.index + hope[0].length]);
  }
  if (text.includes(' here')) {
    const intro = WRITER_INTRO.exec(text);
    if (intro !== null && /[a-z0-9]/.test(text.slice(intro[0].length))) ranges.push([0, intro[0].length]);
  }
  if (text.includes(':')) {
    const relayed = RELAYED_ASKER.exec(text);
    if (
      relayed !== null &&
      !WANTED_CREDENTIAL.test(relayed[0]) &&
      !ITS_OWN.test(text.slice(relayed[0].length)) &&
      !ASKS_A_CHANGE.test(text.slice(relayed[0].length))
    )
      ranges.push([0, relayed[0].length]);
  }
  if (text.includes(':') && (text.includes("i'm") || text.includes('i am') || text.includes('im '))) {
    const lead = RELAYER_LEAD.exec(text);
    if (lead !== null && UNIT_NAMED_AFTER.test(text.slice(lead[0].length))) ranges.push([0, lead[0].length]);
  }
  if ((text.includes('per ') || text.includes('behalf')) && text.includes(':')) {
    const per = PER_ASKER.exec(text);
    if (per !== null && !OURS_AFTER.test(text.slice(per[0].length))) ranges.push([0, per[0].length]);
  }
  // (A disclaimer goes first: its "please delete it" is no request in the signature.)
  let disclaimerAt = text.length;
  if (text.includes('confidential') || text.includes('intended') || text.includes('disclaimer')) {
    const disclaimer = DISCLAIMER.exec(text);
    if (disclaimer !== null && /[a-z0-9]/.test(text.slice(0, disclaimer.index))) {
      disclaimerAt = disclaimer.index;
      ranges.push([disclaimer.index, disclaimer.index + disclaimer[0].length]);
    }
  }
  if (text.includes(':') && (text.includes('message') || text.includes('from')))
    for (const range of headerRanges(text)) ranges.push(range);
  if (lines) {
    let signedOff = text.length;
    SIGN_OFF_LINE.lastIndex = 0;
    for (let m = SIGN_OFF_LINE.exec(text); m !== null; m = SIGN_OFF_LINE.exec(text)) {
      if (signedOff === text.length && /[a-z0-9]/.test(text.slice(0, m.index))) signedOff = m.index;
      if (m.index >= disclaimerAt) break;
      const tail = text.slice(m.index + m[0].length, disclaimerAt);
      if (!/[a-z0-9]/.test(text.slice(0, m.index))) continue;
      if (tail.split('\n').filter((l) => l.trim() !== '').length > MAX_SIGNATURE_LINES) continue;
      if (ASKS_IN_TAIL.test(tail)) continue;
      ranges.push([m.index, disclaimerAt]);
      break;
    }
    PHONE_LINE.lastIndex = 0;
    for (let m = PHONE_LINE.exec(text); m !== null; m = PHONE_LINE.exec(text))
      if (m[2] === '+' || PHONE_LABEL.test(m[1] ?? '') || m.index > signedOff)
        ranges.push([m.index, m.index + m[0].length]);
  } else if (text.includes('regards')) {
    const regards = TRAILING_REGARDS.exec(text);
    if (regards !== null) ranges.push([regards.index + 1, text.length]);
  }
  if (text.includes('ent from')) {
    const sent = SENT_FROM.exec(text);
    if (sent !== null) ranges.push([sent.index, sent.index + sent[0].length]);
  }
  if (text.includes('(') && /\b(?:asking|writing|requesting|enquiring|inquiring|reaching)\b/.test(text)) {
    ASIDE.lastIndex = 0;
    for (let m = ASIDE.exec(text); m !== null; m = ASIDE.exec(text))
      ranges.push([m.index, m.index + m[0].length]);
  }
  if (REFUSAL_HINT.test(text)) {
    const refused = BOARD_REFUSED.exec(text);
    if (refused !== null) {
      const sentence = sentenceAround(text, refused.index);
      // ("… said no to the DPA, so please revoke the anz-copub key": plain words refuse only their clause.)
      if (/\bno$/.test(refused[0])) {
        let end = refused.index + refused[0].length;
        while (
          end < sentence[1] &&
          !CLAUSE_END.test(text[end] ?? '') &&
          !/^\s(?:so|but|and)\b/.test(text.slice(end, end + 5))
        )
          end++;
        sentence[1] = end;
      }
      if (!text.slice(sentence[0], sentence[1]).includes('?')) ranges.push(sentence);
    }
    // ("please do not proceed, just rotate it instead": what follows the clause is still read.)
    const stop = DO_NOT_PROCEED.exec(text);
    if (stop !== null) {
      let end = stop.index + stop[0].length;
      while (end < text.length && !CLAUSE_END.test(text[end] ?? '')) end++;
      ranges.push([sentenceAround(text, stop.index)[0], Math.min(text.length, end + 1)]);
    }
  }
  return ranges;
}
