/**
 * A unit said to have ended, then removed by a pronoun: "project Phoenix got cancelled :( please
 * deprovision it", "our team kestrel does not exist anymore, please remove it completely", "project
 * atlas is finish, remove please everything". The request names no unit; the sentence before it
 * does, with a word for a team or project next to the name and a word for its end after it. The
 * rules take that name for the request's unit and never act on it without asking (rules.ts).
 * Only when the request removes "it", "them", "everything" or "all of it", with one of our verbs of
 * removing: "the meeting was cancelled, please delete it" names no team; "the team lunch was
 * cancelled" names a thing of everyday life.
 * requests22: "shelved", "scrapped", "axed" end a project too ("the Kestrel project got shelved (the in-car
 * voice one) — deprovision it please"), and a name in a bracketed aside is what the project was, not the unit.
 */
import { normalizeBusinessUnit } from './business-unit.js';
import { FUNCTION_WORDS, GENERIC_NOUNS, LEXICON } from './lexicon.js';

const MARK = String.raw`(?:project|team|unit|squad|group|programme|program|initiative|bu)`;
const NAME = String.raw`([a-z][a-z0-9_-]{1,40})`;
/**
 * After a verb that takes an object ("scrapped", "binned", "axed", "canned", "shelved"), no object: "the ads
 * team scrapped the old dashboard, please delete it" tells what the team threw away, and the team goes on
 * (fix22c). After "is/was/got/been" it is the passive, and the team itself ended ("project kite got
 * scrapped, remove everything", "team heron was binned last week").
 */
const NO_OBJECT = String.raw`(?:(?<=\b(?:is|was|were|got|gets|been|being|be|are)\s+(?:(?:now|officially|finally|already|completely)\s+)?[a-z]+)|(?!\s+(?:the|a|an|our|their|its|his|her|my|your|this|that|these|those|some|all|every|each|it|them|one|two|three|both|half|most)\b))`;
/** "is cancelled", "got closed", "has been dissolved", "is finish", "is over", "does not exist anymore". */
const ENDED = String.raw`(?:(?:is|was|were|got|gets|has\s+been|have\s+been|had\s+been|is\s+being|was\s+being|will\s+be|are|be)\s+)?(?:now\s+|officially\s+|finally\s+|already\s+|completely\s+)?(?:cancell?ed|cancel|closed|close|finished|finish|over|ended|end|dissolved|discontinued|stopped|sunset|sunsetted|done|gone|killed|shut\s+down|shutdown|closed\s+down|wound\s+down|terminated|archived|retired|defunded|(?:shelved|scrapped|axed|canned|binned)${NO_OBJECT}|not\s+(?:needed|used)\s+(?:any\s*more|more|longer)|no\s+longer\s+(?:needed|used|exists?|existing)|(?:does\s+not|doesn't|do\s+not|don't|not)\s+exists?(?:\s+(?:any\s*more|more|longer))?)(?![\w-])`;
const NAMED_ENDED = new RegExp(
  String.raw`(?<![\w-])(?:${MARK}\s+${NAME}|${NAME}(?:'s)?\s+${MARK})\s+${ENDED}`,
  'g',
);
/**
 * dev26a: the speakers ending a unit themselves, the name the verb's object: "we're sunsetting lighthouse, pls
 * remove it from bedrock completely", "we retired project kite — delete everything". The name closes its
 * clause (a comma, a full stop, a dash or the text's end), so "we're closing the old dashboard for growth"
 * names no ended unit, and only one bare word or a coded name stands there.
 */
const WE_END = new RegExp(
  String.raw`(?<![\w-])(?:we|we're|we\s+are|we've|we\s+have|we'll|we\s+will|i'm|i\s+am)\s+(?:now\s+|finally\s+|officially\s+|just\s+)?(?:sunsetting|sunsetted|sunset|retiring|retired|decommissioning|decommissioned|shutting\s+down|shut\s+down|closing\s+down|closed\s+down|winding\s+down|wound\s+down|killing|killed|archiving|archived)\s+(?:(?:the\s+)?${MARK}\s+)?${NAME}(?=\s*(?:[,.;:!?—–]|\s-\s|$))`,
  'g',
);
/**
 * fix37a, tuned-met and tuned-bakery: an occasion named bare at the message's opening and said to be over ("spring
 * fair is over, delete everything bedrock set up for it", "the summer school is finished, please deprovision everything
 * that was set up for it"): with everything set up for it removed, the unit set up for the occasion is named by it
 * (README, "Units"), as event-unit.ts reads "everything for the Q2 hackathon". One to three words, no mark needed.
 */
const OCCASION_ENDED =
  /^\W*(?:the\s+|our\s+)?([a-z][a-z0-9]*(?:\s+[a-z0-9][a-z0-9]*){0,2})(?:\s+(?:is|was|has\s+been)\s+|'s\s+|\s+(?=wrapped\b))(?:now\s+|officially\s+|finally\s+|already\s+)?(?:done|over|finished|wrapped(?:\s+up)?|ended|closed)(?![\w-])/;
/**
 * fix38a, tuned-ocean and tuned-fashion: the occasion's own unit removed whole, "Antarctic Winter School's over — tear the
 * whole unit down please", "the SS26 resort shoot wrapped yesterday, please tear down its unit", "hack 9 is over, shut it
 * all down": the unit of the occasion named first (OCCASION_ENDED), as everything set up for it is.
 */
const ITS_UNIT_REMOVED =
  /(?<![\w-])(?:(?:tear|shut|close|wind|take)\s+(?:it\s+all|the\s+whole\s+(?:thing|unit)|its\s+unit|everything)\s+down|deprovision\s+(?:it\s+all|everything)(?=\s*(?:please|pls|plz|now|thanks|thx)?\s*[.!]*\s*$)|(?:tear\s*down|teardown|shut\s+down|close|deprovision|decommission|remove|delete)\s+(?:its|their|the\s+whole|the\s+entire)\s+unit)(?![\w-])/;
const SET_UP_FOR_IT =
  /\beverything\s+(?:(?:that\s+)?(?:was|were|got|has\s+been|we|you|bedrock|the\s+bot)\s+)?set\s*up\s+for\s+(?:it|them)\b/;
/**
 * fix40g, tuned-auction: everything for the occasion removed, "set up" left unsaid: "Spring Expo is over, tear down
 * everything for it", as "… everything that was set up for it" is.
 */
const EVERYTHING_FOR_IT = /\b(?:everything|it\s+all|all\s+of\s+it)\s+for\s+(?:it|them)\b/;
/**
 * post40a: without "set up", only the whole message of an occasion over and everything for it removed at once, the
 * request bare after it ("Spring Expo is over, tear down everything for it", "the kelp fair is done, please remove
 * everything for it"). Not another's removal told ("…, the caterers will remove everything for it"), one put to a
 * colleague, "drop everything for it and focus on Q4", everything for it taken from a place ("… from the stand",
 * "… in the warehouse"), a plan ("the plan is to tear down …") or a question.
 */
const EVERYTHING_FOR_IT_ASKED =
  /^[^,.;:!?—–]*?(?:[,.;:!—–]|\s-)\s*(?:(?:please|pls|plz|now|so|ok|okay)[\s,]+)?(?:tear\s*down|teardown|remove|delete|deprovision|decommission|wipe|purge|shut\s+down)\s+(?:please\s+|pls\s+)?(?:everything|it\s+all|all\s+of\s+it)\s+for\s+(?:it|them)\s*(?:please|pls|plz|now|thanks|thx|ty)?\s*[.!]*\s*$/;
/**
 * post40a: a message opening on a condition ("if Spring Expo is cancelled, …", "once Spring Expo is over, …", "when
 * …", "in case …"): a plan for what may come, no occasion ended and no request of ours to carry out.
 */
const ON_CONDITION =
  /^\W*(?:if|once|when|whenever|in\s+case|should|unless|after|as\s+soon\s+as|assuming|suppose|supposing|provided|until|before)\b/;
/** Whether everything set up for an occasion is removed ("… deprovision everything that was set up for it"). */
export const setUpForItRemoved = (text: string): boolean =>
  ((text.includes('set') && SET_UP_FOR_IT.test(text)) || EVERYTHING_FOR_IT_ASKED.test(text)) &&
  REMOVES_IT.test(text) &&
  !ON_CONDITION.test(text) &&
  !removedFromElsewhere(text);
/** Removing what was named: "deprovision it", "remove it completely", "delete everything of it". */
const REMOVES_IT =
  /(?<![\w-])(?:deprovision|offboard|decommission|teardown|remove|delete|drop|purge|wipe|erase)\s+(?:please\s+|pls\s+|also\s+)?(?:it|them|everything|all|it\s+all|all\s+of\s+it)(?![\w-])/;
/**
 * fix34a: removed from a thing of everyday work ("the team offsite is cancelled, please remove it from the calendar",
 * "… remove it from the agenda"): the event or the item goes from the calendar, no unit from Bedrock.
 */
const FROM_ELSEWHERE =
  /(?<![\w-])(?:remove|delete|drop|purge|wipe|erase|take)\s+(?:please\s+|pls\s+|also\s+)?(?:it|them|everything|all|it\s+all|all\s+of\s+it)(?:\s+for\s+(?:it|them))?\s+(?:off|out\s+of|from)\s+(?:the\s+|our\s+|my\s+|your\s+|this\s+|team\s+|shared\s+)*(?:calendars?|agendas?|diary|diaries|schedules?|rotas?|jira|board|trello|wiki|confluence|spreadsheets?|sheets?|newsletter|website|roadmap|invites?|minutes|notion|planner|list|whiteboard|outlook)\b/;
/** Whether the text removes "it" from a thing of everyday work (FROM_ELSEWHERE). */
export const removedFromElsewhere = (text: string): boolean =>
  (text.includes(' from ') || text.includes(' off ') || text.includes(' out of ')) &&
  FROM_ELSEWHERE.test(text);
const HINT =
  /cancel|clos|finish|over|wrapped|end|dissolv|discontinu|stop|sunset|done|gone|kill|shut|terminat|archiv|retir|defund|exist|need|used|shelved|scrapped|axed|canned|binned/;

/**
 * The unit a message says has ended, when its request removes "it"/"everything" and names no unit
 * itself; or null. `story` is the text left out around the request (discourse.ts), `text` the request.
 */
export function endedUnit(text: string, story: string | undefined): string | null {
  const all = story === undefined ? text : `${story} . ${text}`;
  const itsUnit = ITS_UNIT_REMOVED.test(text);
  if (!HINT.test(all) || !(itsUnit || REMOVES_IT.test(text)) || FROM_ELSEWHERE.test(text)) return null;
  let found: string | null = null;
  const named = [...all.matchAll(NAMED_ENDED)].map((m) => m[1] ?? m[2] ?? '');
  const setUp = itsUnit || (all.includes('set') && SET_UP_FOR_IT.test(all));
  // (post40a: a message opening on a condition tells of no occasion ended, "once Spring Expo is over, …"; without
  // "set up", only everything for it removed bare, EVERYTHING_FOR_IT_ASKED.)
  const said =
    !ON_CONDITION.test(all) && (setUp || (EVERYTHING_FOR_IT.test(text) && EVERYTHING_FOR_IT_ASKED.test(all)))
      ? OCCASION_ENDED.exec(all)?.[1]
      : undefined;
  // (fix40g: without "set up", only a name of two words or more, "Spring Expo": "the meeting is over, delete
  // everything for it" names an everyday thing.)
  const occasion = said !== undefined && (setUp || /\s/.test(said)) ? said : undefined;
  if (occasion !== undefined && !FUNCTION_WORDS.has(occasion.split(/\s+/)[0] ?? ''))
    named.push(occasion.replace(/\s+/g, '-'));
  if (all.includes('we') || all.includes("i'm") || all.includes('i am'))
    for (const m of all.matchAll(WE_END)) named.push(m[1] ?? '');
  for (const raw of named) {
    const name = raw.replace(/'s$/, '');
    if (
      name.length < 2 ||
      FUNCTION_WORDS.has(name) ||
      GENERIC_NOUNS.has(name) ||
      (LEXICON[name] !== undefined && !name.includes('-')) ||
      name.startsWith('xx')
    )
      continue;
    if (found !== null && found !== name) return null;
    found = name;
  }
  return found === null ? null : normalizeBusinessUnit(found);
}

/** A bracketed aside: "(the in-car voice one)", "(the autonomous valet parking one)". */
const ASIDE = /\([^()\n]{1,80}\)/g;

/**
 * Whether a unit the finder took is named only inside a bracketed aside of the text ("project Falcon got
 * cancelled (the in-car voice one)" → "in-car"): then it describes the ended unit, and is not the request's.
 */
export function onlyInAside(text: string, unit: string): boolean {
  if (!text.includes('(')) return false;
  // (As the prepared text writes it: "in-car", "in car", "in_car".)
  const forms = [unit, unit.replace(/-/g, ' '), unit.replace(/-/g, '_')];
  let inside = false;
  for (const m of text.matchAll(ASIDE)) if (forms.some((f) => m[0].includes(f))) inside = true;
  if (!inside) return false;
  const rest = text.replace(ASIDE, ' ');
  return !forms.some((f) => rest.includes(f));
}
