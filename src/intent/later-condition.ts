/**
 * A request to do something later, on a condition that is not met yet (round fifteen): "revoke the ads
 * key once the new one is live", "deprovision nimbus after the audit", "create a key for billing after
 * legal signs off", a form's "When: after the migration, not before". The bot cannot wait for the
 * condition, so the action is not done now: the parse keeps the action it names and asks first
 * (README, "Later"). Read on the whole raw message lowercased (parse-request.ts's parseRequestAs passes
 * `input.toLowerCase()`, not the prepared text: lifetimes are still words like "90 days", not `xxdur`,
 * names keep their dots and dashes, and nothing is masked).
 *
 * Not a condition: a reason told in the past ("rotate the ads key after it leaked", "it was exposed
 * after the demo"), a lifetime ("expires after 90 days"), one step after another ("delete the
 * previous key after rotation", "revoke the old one after"), or a condition met ("now that the new one
 * is live").
 */

/** A cheap look for the words of the patterns below. */
const GUARD =
  /\b(?:once|after|when|whenever|soon|before|until|till|post|pending|awaiting|wait|if|assuming|provided|providing|subject|approval|sign[\s-]?off|first)\b|scheduled/;

/**
 * "once the new one is live", "as soon as the replacement works", "once we've migrated"; a unit's written
 * name and its verb too ("as soon as ads-v3 is on its new key", requests26).
 */
const ONCE = String.raw`\b(?:once|as\s+soon\s+as|whenever)\s+(?:the|our|their|your|my|we|we'?ve|we\s+have|we'?re|they|they'?ve|they'?re|legal|security|finance|procurement|it'?s|it\s+is|everything|everyone|all|[a-z][a-z0-9]*-[a-z0-9-]+\s+(?:is|has|moves|switches|runs|works)\b)\b`;

/** A subject and a verb in the present ("after the contract ends", "when the quarter closes"). */
const AFTER_CLAUSE = String.raw`\b(?:after|when)\s+(?:the|our|their|your|we|they|legal|security|finance|procurement|it)\s+(?:[a-z0-9_'-]+\s+){0,4}?(?:is|are|goes|ends|closes|works|finishes|lands|ships|signs?\s+off|approves|gets|comes|starts|completes|wraps|moves|migrates|switches|confirms|has\s+(?:been|finished|ended|landed|shipped|closed)|have\s+(?:been|finished|migrated|moved|switched)|'s\s+(?:done|live|out|over|finished|merged))\b`;

/**
 * A person's going or coming, or a named period's end ("when he leaves", "once sam quits", "after she's
 * back", "when q3 ends", "after h2 starts", "once fy25 closes"): the subject a pronoun, a name or a
 * quarter, the verb in the present.
 */
const PERSON_OR_PERIOD = String.raw`\b(?:after|when|once)\s+(?:(?:he|she|they|[a-z][a-z0-9_.-]*)\s+(?:finally\s+|officially\s+)?(?:leaves|quits|retires|resigns|departs|moves\s+(?:on|teams)|joins|returns|starts|(?:is|'s)\s+(?:gone|back|out|off|done)|hands?\s+(?:it\s+|things\s+)?over)|(?:q[1-4]|h[12]|fy\s?\d{2,4}|the\s+(?:quarter|month|year|sprint|contract|trial|pilot|term|semester))\s+(?:ends|closes|finishes|wraps(?:\s+up)?|is\s+over|starts|begins|kicks\s+off))\b`;

/** An event yet to come named after "after" ("after the audit", "after the cutover", "post go-live", "after GA";
 * not one that opens the sentence and tells what happened: "After the January reorg the team has no projects").
 * A bare "after launch/release/go-live/GA" waits only right after the command's object, in its clause
 * ("create a key for payroll after go-live"); in a noun phrase or another clause it is no condition ("the
 * after release checks", "ready for after launch", "we'll use it after go-live", "smoke tests after go-live"). */
const BARE_EVENT = String.raw`(?:go[\s_-]?live|launch|release|ga)\b`;
const AFTER_EVENT = String.raw`(?<![.!?\n]\s*)(?<!^\s*)(?:\bafter\s+(?:(?:the|our)\s+(?:[a-z]+\s+){0,2}?)?(?:migration|audit|cutover|cut[\s_-]over|freeze|switchover|handover|hand[\s_-]over|rollout|roll[\s_-]out|sign[\s_-]?off|approval|renewal)\b|\bafter\s+(?:the|our)\s+(?:[a-z]+\s+){0,2}?${BARE_EVENT}|(?<!\b(?:the|a|an|for|of|our)\s+)\b(?:post[\s_-]?|after\s+)${BARE_EVENT}(?<=\b(?:rotate|revoke|create|deprovision|offboard|decommission|regenerate|renew|disable|delete|provision|generate|issue)\b[^,;:.!?\n—–]{0,80}))(?![^.!?\n]*\b(?:was|were|did|had|happened|leaked|exposed|found|showed|saw|yesterday|last\s+(?:week|month|night)|no\s+longer|anymore|any\s+more)\b)`;

/** Told in the past before the condition, in its clause ("it was exposed after the demo"), or a time described ("30 — that's when the contract ends"). */
const PAST_BEFORE =
  /\b(?:that'?s|that\s+is|which\s+is|this\s+is)\s+$|\b(?:was|were|been|got|had|happened|leaked|exposed|posted|pasted|shared|saw|seen)\s+[^,.;!?\n]*$/;

/** A field that says when, with a value other than now ("When: after the migration", "Timing: next week"). */
const WHEN_FIELD =
  /(?:^|[\n/|;]|\s[-–—]\s)\s*(?:\*+\s*)?(?:when|timing|schedule|scheduled\s+for|not\s+before|do\s+it|go[\s_-]?live)\s*(?:\*+\s*)?:\s*(?:\*+\s*)?(?!(?:now|asap|immediately|today|tonight|right\s+away|right\s+now|straight\s+away|as\s+soon\s+as\s+possible|urgent|urgently|eod|n\/a|na|none|any\s*time|whenever)\b|[-—–]|\s*$)[a-z0-9]/m;

/**
 * The condition's own main clause: someone handing the credential on later ("token for 2h, when she
 * starts her shift i will pass it on", "once he's back we'll give it to him"): the condition is on the
 * handing over, not on the request (README "Later"), so the request is not waiting.
 */
const HANDED_ON_LATER =
  /^[^.;!?\n]{0,40}?(?:,\s*|\s+)(?:i|we|he|she|they|you)\s*(?:will|'ll|ll|can|could|shall|am\s+going\s+to|'m\s+going\s+to|are\s+going\s+to|'re\s+going\s+to)\s+(?:just\s+|then\s+)?(?:pass|hand|give|send|share|forward|dm|slack)\b(?:\s+(?:it|this|that|them|the\s+(?:token|key|creds?|credentials?)))?(?:\s+(?:on|over|along|to)\b|\s+(?:him|her|them)\b|\s*(?:[.,;!?\n]|$))/;
/**
 * A person's coming or going, the only condition another's handing on can hang from ("when she starts",
 * "once jo joins", "when my colleague is back"): read from the condition's word on (the match of ONCE
 * ends at its subject's first word), the subject a pronoun, a name, or "my/our/the (new) colleague,
 * hire, contractor…", never "the change window", "everything", "it's", "legal", a quarter, the verb
 * one of coming, going or being back ("once everything is approved, we'll send it" waits).
 */
const PERSON_CONDITION = new RegExp(
  String.raw`^(?:after|when|once|as\s+soon\s+as|whenever)\s+` +
    String.raw`(?:he|she|they|i|you|(?:my|our|your|the)\s+(?:new\s+)?(?:colleague|teammate|hire|starter|joiner|intern|contractor|manager|lead|boss|buddy|coworker|co-worker|friend)|` +
    String.raw`(?!(?:the|a|an|our|their|your|my|his|her|its|it|it's|this|that|these|those|there|here|everything|everyone|everybody|all|nothing|someone|somebody|anyone|legal|security|finance|procurement|compliance|ops|we|we've|we're|q[1-4]|h[12]|fy\s?\d+)\b)[a-z][a-z.'-]*)` +
    String.raw`\s+(?:finally\s+|officially\s+)?(?:leaves|quits|retires|resigns|departs|joins|returns|starts|arrives|comes\s+back|gets\s+(?:back|in)|logs\s+(?:on|in)|wakes\s+up|(?:is|are|'s|'re)\s+(?:gone|back|out|off|done|in|here|online|around|available))\b`,
);
/** Words of a change to what exists: a handing on after one is never read as the condition's clause. */
const CHANGES = /\b(?:revoke|rotate|delete|deprovision|disable|remove|offboard|kill|deactivate|cancel)\b/;

/**
 * A person's sign-off yet to come (fix22d): "Rotate the growth key? Not until Dr. Patel signs off.",
 * "rotate the growth key once sara signs off", "revoke the ads key. not till sara gives the ok",
 * "pending sara's approval", "but wait for Sara to sign off"; lead24: "if finance approves, create a key for pricing-ml",
 * "assuming security agrees", "pending my manager's approval", "awaiting approval from the data owner", "manager
 * approval to follow"; fix24a: "pending budget approval", "pending legal review", "subject to approval" (a body's or a
 * kind's word, up to two words before it): the request is held for someone's word (up to three words name them, a
 * title's dot kept: "dr. patel", "the ciso", "my manager").
 */
const PERSON_SIGNS_OFF = String.raw`\b(?:once|after|when|until|till|pending|if|assuming|provided|providing)\s+(?:that\s+)?(?:[a-z][a-z0-9_.'-]*\s+){1,3}?(?:signs?\s+off|approves|agrees|oks|okays|says\s+(?:so|yes|ok|okay)|gives\s+(?:it\s+)?(?:the\s+|a\s+|(?:their|his|her)\s+)?(?:ok|okay|go[\s-]?ahead|green\s+light|nod|blessing))\b|\b(?:pending|awaiting|subject\s+to)\s+(?:(?:the|my|our|their|his|her)\s+)?(?:[a-z][a-z0-9_.-]*['’]s\s+)?(?:[a-z][a-z0-9_&-]*\s+){0,2}?(?:approval|sign[\s-]?off|ok|okay|review|go[\s-]?ahead)\b|\b(?:approval|sign[\s-]?off)\s+(?:still\s+)?(?:to\s+follow|to\s+come|pending|outstanding)\b|\bwait\s+for\s+(?:[a-z][a-z0-9_.'-]*\s+){1,3}?to\s+(?:sign\s+off|approve|say\s+so|give\s+(?:it\s+)?(?:the\s+|a\s+)?(?:ok|okay|go[\s-]?ahead|green\s+light|nod))\b`;

/**
 * A change scheduled for a later time (lead23): "rotate ads key, scheduled Sat 02:00", "scheduled for tomorrow",
 * "it's scheduled for friday"; not something else scheduled beside the request ("my shift is scheduled for
 * tonight", "meeting scheduled for 10am", "the cron's scheduled for 3": fix23a), nor a change told of as
 * scheduled before ("it was scheduled for friday": "was" is no subject of the list).
 */
const SCHEDULED = String.raw`(?<!\b(?!(?:keys?|tokens?|it|this|that|which|rotation|revocation|change|changes|deprovisioning|is|are|s)\b)[a-z]+(?:\s+(?:is|are)|['’]s)?\s+)(?<![a-z0-9])[*_~]{0,2}scheduled[*_~]{0,2}\s+(?:for\s+)?(?:(?:this|next|on)\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|tomorrow|tonight|next\s+[a-z]+|\d{1,2}(?::\d{2})?\s*(?:am|pm)?\b)`;

/** Another's word to be had first (lead24): "rotate the search key, ask Tomasz first", "(ask Dana first)". */
const ASK_FIRST = String.raw`\bask\s+(?:[a-z0-9_'.-]+\s+){1,2}?first\b`;

/**
 * fix34a: a change limited to after an event of any subject ("deprovision claim-triage-pilot, but only after v2 is live
 * at all depots", "… but only once the new one is deployed"): "only" before the condition says the change waits
 * for it, whatever its subject (a version, a unit's name) that AFTER_CLAUSE does not know.
 */
const ONLY_AFTER = String.raw`\bonly\s+(?:after|once|when|as\s+soon\s+as)\s+(?!(?:it|that|this)\s+(?:was|were|leaked|happened)\b)[a-z0-9][a-z0-9_.-]*\s+(?:[a-z0-9_.-]+\s+){0,3}?(?:is|are|goes|has|have|gets|lands|ships|works|runs|finishes|ends|closes|moves|switches)\b`;

const LATER = new RegExp(
  `${ONLY_AFTER}|${ASK_FIRST}|${ONCE}|${AFTER_CLAUSE}|${PERSON_OR_PERIOD}|${AFTER_EVENT}|${PERSON_SIGNS_OFF}|${SCHEDULED}|\\bnot\\s+before\\b`,
  'g',
);

/**
 * A change put off by a stated wait (lead24): "revoke the ads key in 2 hours", "deprovision growth in a
 * week": the bot cannot wait, so it asks first. Not a lifetime or an age told between the verb and the wait
 * ("rotate the key, it expires in 2 days", "the token valid in 3h"), nor in another clause. (Slack's italic
 * around the wait, "_in 2 hours_", is the same wait: fix24a.)
 */
const CHANGE_IN_LATER =
  /\b(?:rotate|revoke|deprovision|delete|disable|offboard|remove|decommission)\b(?![^,.;!?\n]{0,60}?\b(?:expir\w*|due|valid|old|ago|runs?\s+out|lasts?|good\s+for|dies)\b)[^,.;!?\n]{0,60}?(?<![a-z0-9])in\s+(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|ten|twelve|half\s+an?|a\s+couple\s+of|a\s+few)\s*(?:h|hrs?|hours?|mins?|minutes?|days?|weeks?)(?![a-z0-9])/;

/**
 * A change put off to a named time (units26's report): "rotate the ads key tomorrow", "revoke the growth key
 * tonight", "deprovision old-crm next monday", "rotate it at 6pm": the bot cannot wait, so it asks first. Not
 * a deadline ("by tomorrow", "before friday": now is in time), an occasion's day ("for tomorrow's demo"), or a
 * lifetime or age between (as CHANGE_IN_LATER).
 */
const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const CHANGE_AT_LATER = new RegExp(
  String.raw`\b(?:rotate|revoke|deprovision|delete|disable|offboard|remove|decommission)\b(?![^,.;!?\n]{0,60}?\b(?:expir\w*|due|valid|old|ago|runs?\s+out|lasts?|good\s+for|dies)\b)[^,.;!?\n]{0,60}?(?<!\b(?:by|before|until|till|for|from|since|than|not)\s+)(?<![a-z0-9'])(?:tomorrow|tmrw|tmr|tonight|later\s+today|this\s+(?:evening|afternoon|weekend)|(?:next|on)\s+${DAY}|next\s+(?:week|month)|on\s+the\s+\d{1,2}(?:st|nd|rd|th)|at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm))(?!'s|\s*'s|[a-z0-9])`,
);
const LATER_DAY_GUARD = /tom|tmr|tonight|later|this|next|day|kal\s|\d\s*[ap]m|\d(?:st|nd|rd|th)\b/;
/**
 * lead38: the same named time just before the change, where the time is said first ("tomorrow rotate the billing
 * key", "tonight pls revoke the ads key") and in the order of a verb-last language's words (Hinglish "payments ki key
 * kal rotate kar do": read on the message as written, "kal" only before our verb asked with "kar do"). Not an occasion's day ("tomorrow's demo"), nor
 * a deadline ("by tomorrow"), nor a time told of something else before a change asked now ("tomorrow I'm out, so
 * rotate it now": the change is not next to the time).
 */
const LATER_THEN_CHANGE = new RegExp(
  String.raw`(?<!\b(?:by|before|until|till|for|from|since|than|not)\s+)(?<![a-z0-9'])(?:tomorrow|tmrw|tmr|tonight|later\s+today|this\s+(?:evening|afternoon|weekend)|next\s+${DAY}|next\s+(?:week|month))[\s,]+(?:(?:please|pls|plz|can\s+you|could\s+you|then|just)\s+)*(?:rotate|revoke|deprovision|delete|disable|offboard|remove|decommission)\b|(?<![a-z0-9'])kal\s+(?:[^\s.?!]+\s+){0,5}?(?:rotate|revoke|deprovision|delete|disable|remove)\s+(?:kar\s+(?:do|dena|dijiye|dijie|den|dein|dain|dijiyega)|kr\s+(?:do|dena)|kardo|karo|kijiye|karna|karein|karen)\b`,
);

/**
 * A change put off to a time named by an everyday word or an occasion (time26): "rotate the growth key at the
 * weekend", "revoke the ads key after lunch", "deprovision old-crm over the holidays", "rotate the kyc key over
 * the christmas break", "during the offsite", "after the all-hands": asked first, as a named day is. Not a
 * deadline ("before the weekend", "by lunch": now is in time), nor a story told in the past between the verb and
 * the time ("rotate the key that leaked over the weekend"), nor a change asked now for a reason about that time
 * ("rotate it now so nobody gets paged over the weekend").
 */
const OCCASION = String.raw`(?:weekend|wknd|holidays?|hols|vacation|break|lunch(?:time)?|off[\s-]?site|all[\s-]hands|half[\s-]term|christmas|xmas|easter|shift|flight|party)`;
const CHANGE_AT_OCCASION = new RegExp(
  String.raw`\b(?:rotate|revoke|deprovision|delete|disable|offboard|remove|decommission)\b(?![^,.;!?\n]{0,60}?\b(?:expir\w*|due|valid|old(?!-)|ago|runs?\s+out|lasts?|good\s+for|dies|was|were|leaked|exposed|posted|pasted|shared|committed|found|saw|seen|happened|now|asap|immediately|so|because|since|cos|otherwise|or\s+else)\b)[^,.;!?\n]{0,60}?(?<![a-z0-9'])(?:(?:at|over|during|after|this|next|coming)\s+(?:(?:the|my|our|this|next)\s+)?|on\s+the\s+)(?:[a-z]+[\s-]){0,2}?${OCCASION}(?![a-z0-9-]|'s|\s*'s|\s+(?:rota|roster|party|plans?|cottage|let|booking|menu|order|shifts?|schedule|cover)\b)`,
);
/** The same time opening the message, the change after it ("this weekend, can you rotate the recsys key?"). */
const OCCASION_THEN_CHANGE = new RegExp(
  String.raw`^\W*(?:(?:at|over|during|after|this|next|coming)\s+(?:(?:the|my|our|this|next)\s+)?|on\s+the\s+)(?:[a-z]+[\s-]){0,2}?${OCCASION}\b[^.;!?\n]{0,40}?\b(?:rotate|revoke|deprovision|delete|disable|offboard|remove|decommission)\b`,
);
const OCCASION_GUARD =
  /weekend|wknd|holiday|hols|vacation|break|lunch|site|hands|term|christmas|xmas|easter|shift|flight|party/;

/** Does the message ask for its action only on a condition not met yet? */
/**
 * known27: a change asked on a schedule, in its own clause ("rotate the key for the gate-scanning unit every 30
 * days", "pls rotate growth every 90 days"): the bot changes a key once, now, and keeps no schedule, so it asks
 * first, as for a later time (README: Later). A schedule told in another clause ("rotate it now, policy says
 * every quarter") is the reason for a change now.
 */
const CHANGE_ON_SCHEDULE =
  /\b(?:rotate|revoke|renew|regenerate|cycle)\b[^,.;!?\n]{0,60}?\s(?:every|each)\s+(?:(?:\d{1,3}|two|three|four|six|twelve|other|few)\s+)?(?:days?|weeks?|months?|quarters?|years?)\b/;

/**
 * merge38: a change put off to tomorrow or later in another language ("badilisha key ya growth kesho", "batalkan key
 * growth besok", "rotier den Schlüssel morgen", "đổi key ngày mai"): the glossary reads the verb, so the time must be
 * read too, or the change is carried out now. Not a morning greeted ("guten Morgen", "esta mañana"), and not a token
 * alone (a token "para mañana" is for then, asked now).
 */
const FOREIGN_LATER =
  /(?<![\p{L}])(?:kesho|baadaye|besok|esok|nanti|lusa|bukas|mamaya(?:ng)?|huomenna|myöhemmin|(?<!(?:guten|goede|good)\s)morgen|später|straks|i\s?morgen|i\s?morgon|senere|senare|ngày\s+mai|lát\s+nữa|(?<!(?:esta|la|de)\s)ma[ñn]ana|amanh[ãa]|domani|demain|m[áa]s\s+tarde|mais\s+tarde|pi[ùu]\s+tardi|plus\s+tard|yar[ıi]n|jutro|p[óo][źz]niej|parso|kalke)(?![\p{L}])|明日|あした|明天|내일|あとで|後で|稍后|나중에/u;
const TOKEN_ONLY = /token|トークン|토큰|令牌|টোকেন|टोकन/;
const CHANGE_WORD = /rotat|revo|delet|deprov|remov|disabl|decommission|offboard/;

/**
 * fix52f: a plan's heading that says when, before a colon ("after the release: rotate the ads key", "post-migration:
 * revoke the old growth keys", "Monday: create key for recs-v2", "EOD tasks: rotate fraud-ml key, update wiki",
 * "next sprint — …"): what follows is a list for later, not asked now. Not "today:" or "now:" (now), not a deadline
 * ("by friday:"), and not a day told before ("yesterday:", a diary: reported-request.ts).
 */
const LATER_HEADING = new RegExp(
  String.raw`^[\s*_>•-]*(?:(?:after|post|once|following)[\s-]+(?:the\s+|our\s+)?[a-z0-9_-]+(?:\s+[a-z0-9_-]+){0,2}|(?:(?:eod|eow|end\s+of\s+(?:the\s+)?(?:day|week|sprint|month|quarter))\s+(?:tasks?|todos?|to-dos?|list|items?|plan)|(?:tomorrow|tmrw|tonight|later(?:\s+today)?|next\s+(?:week|sprint|month|quarter|time)|this\s+(?:afternoon|evening|weekend)|${DAY}(?:\s+(?:morning|afternoon|evening))?)(?:\s+(?:tasks?|todos?|to-dos?|list|items?|plan))?))[\s*_]*(?::|\s[—–-]+)\s*\S`,
);
/** Now said after such a heading ("after the leak: rotate the ads key now"): the heading tells why, not when. */
const NOW_SAID = /\b(?:now|asap|immediately|urgent(?:ly)?|right\s+away|straight\s+away)\b/;
/**
 * fix52f: a terse condition without its verb "is", as a status line types it: "once budget approved", "as soon as
 * the PR merged", "once v2 live" (the subject one or two words).
 */
const ONCE_TERSE =
  /\b(?:once|as\s+soon\s+as)\s+(?:the\s+|our\s+)?[a-z0-9_-]+(?:\s+[a-z0-9_-]+)?\s+(?:approved|signed\s+off|merged|deployed|released|shipped|live|done|finished|complete|completed|ready|migrated|out)\b/;

export function waitsForLater(text: string): boolean {
  if (text.includes(':') || text.includes(' -') || text.includes('—') || text.includes('–')) {
    if (LATER_HEADING.test(text) && !NOW_SAID.test(text)) return true;
  }
  if ((text.includes('once') || text.includes('soon')) && ONCE_TERSE.test(text)) return true;
  if (FOREIGN_LATER.test(text) && !(TOKEN_ONLY.test(text) && !CHANGE_WORD.test(text))) return true;
  if ((text.includes('every') || text.includes('each')) && CHANGE_ON_SCHEDULE.test(text)) return true;
  if (text.includes('in ') && CHANGE_IN_LATER.test(text)) return true;
  if (LATER_DAY_GUARD.test(text) && (CHANGE_AT_LATER.test(text) || LATER_THEN_CHANGE.test(text))) return true;
  if (OCCASION_GUARD.test(text) && (CHANGE_AT_OCCASION.test(text) || OCCASION_THEN_CHANGE.test(text)))
    return true;
  if (!GUARD.test(text) && !text.includes(':')) return false;
  if (text.includes(':') && WHEN_FIELD.test(text)) return true;
  return laterConditionAt(text) >= 0;
}

/**
 * Where the first condition not met yet starts in the text ("create key for x once the audit is signed
 * off" → the index of "once"), or -1 (a form's When field is not looked for here).
 */
export function laterConditionAt(text: string): number {
  if (!GUARD.test(text)) return -1;
  LATER.lastIndex = 0;
  for (let m = LATER.exec(text); m !== null; m = LATER.exec(text)) {
    if (PAST_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    if (
      !PERSON_CONDITION.test(text.slice(m.index, m.index + m[0].length + 60)) ||
      !HANDED_ON_LATER.test(after) ||
      CHANGES.test(text)
    )
      return m.index;
  }
  return -1;
}

/** One of our changes, as a command. */
const OUR_CHANGE = String.raw`(?:rotate|revoke|deprovision|regenerate|renew|cycle|roll|disable|delete|offboard|create|issue)`;
/**
 * A question whether something was done, then our change asked for only if it was not ("was the ads
 * key rotated after the leak? if not, rotate it now please", "… ? rotate them now if not", "… ?
 * otherwise revoke it"): the answer decides, so the change is asked about, never done as it stands.
 */
const IF_NOT_DONE = new RegExp(
  String.raw`\?\s*(?:(?:if\s+(?:not|(?:it|they|that|so)\s+(?:wasn'?t|weren'?t|hasn'?t|haven'?t|isn'?t|aren'?t|didn'?t))|otherwise|else)\b[\s,]*(?:(?:please|pls|plz|just|then|go\s+ahead\s+and|now)\s+)*${OUR_CHANGE}\b|(?:(?:please|pls|plz|just|then)\s+)*${OUR_CHANGE}\b[^.?!\n]{0,40}?\b(?:if\s+not|otherwise)\b)`,
);
/**
 * Round thirty-four: a question whether something was done, then our change asked if it was ("was the
 * ads key revoked? if so, issue a new one and tell me when", "… ? if yes rotate payments"): the change is the
 * request, asked about (parse-request.ts answerChangeHeld), never the question's record of changes. (Not "if not":
 * "does ads-ml have a key already? if not create one" asks the unit's details first.)
 */
const CHANGE_ON_ANSWER = new RegExp(
  String.raw`\?\s*if\s+(?:so|yes)\b[\s,]*(?:(?:please|pls|plz|just|then|go\s+ahead\s+and)\s+)*(?:${OUR_CHANGE}|make|generate)\b`,
);
export function changeOnAnswer(text: string): boolean {
  return text.includes('?') && CHANGE_ON_ANSWER.test(text);
}
export function changeIfNotDone(text: string): boolean {
  return text.includes('?') && IF_NOT_DONE.test(text);
}
