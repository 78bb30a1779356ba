/**
 * Which words name the business unit: a walk over the tagged terms that collects candidate names,
 * each found by one reading (an explicit marker, a possessive, a preposition, a verb, …) with a
 * priority, and picks the best. Units are named as written: "the ML team" / "I'm on the ML team" →
 * ml-team (like "for the marketing team" → marketing-team); "team Phoenix" / "team: phoenix" /
 * "our team (phoenix)" → phoenix; "X service" → x. The team that owns a credential wins over the
 * system it is for; a generic word, a time or a place never names a unit.
 */
import { COMMON_GIVEN_NAMES, GIVEN_NAMES, NAME_PARTICLES } from './person-names.js';
import { holderAfterKey } from './key-holder.js';
import { isMeaningfulName, isNameWord, normalizeBusinessUnit, OTHERS_WORDS } from './business-unit.js';
import { fromCodeName } from './code-name-start.js';
import { ACTION_TAGS, FUNCTION_WORDS, GENERIC_NOUNS, LEXICON, VERB_TAGS } from './lexicon.js';
import { UNIT_WORDS } from './name-words.js';
import { BEATS, premisesWord, SUBJECT_WORDS } from './group-nouns.js';
import { type Tier, tierOf as sentenceTier } from './request-sentence.js';
import { TEAM_NOUNS } from './group-nouns.js';
import { systemRunAt } from './system-run.js';
import { type Term, tokenize } from './terms.js';

const DETERMINERS = new Set([
  'the',
  // ("rotate teh key for growth", "for teh growth team": "the" mistyped.)
  'teh',
  'hte',
  'our',
  'their',
  'a',
  'an',
  'new',
  'team',
  'bu',
  'unit',
  'all',
  'every',
  'each',
  'both',
  // "for the whole platform-eng group", "the entire data-science group": the whole team is the team.
  'whole',
  'entire',
]);
/** Nouns that end a team's name: "the ML team", "the data platform squad". */
// (units20c: "We (the Emergency Appeals Hub) need an API key for our triage assistant": a hub is a group
// noun as a desk is, README; the team that asks wins over the system it is for.)
/** Words that mark the name after them as a team's ("team: sales", "our dept (growth)"). */
/** Team nouns and "unit": what a name can end in. */
const UNIT_NOUNS = new Set([...TEAM_NOUNS, 'unit']);
const TEAM_MARKERS = new Set(['team', 'dept', 'department', 'tem', 'taem', 'teem']);
const PREPOSITIONS = new Set(['for', 'of', 'about', 'on', 'to', 'from', 're', 'regarding', '4']);
const STATE_WORDS = new Set(
  'have has setup exist exists already still onboarded configured provisioned got use own'.split(' '),
);
/** A key's words a team's Title Case name may carry (title-names.ts keyWordInTeamName pairs them). */
const KEY_WORDS_IN_TEAM_NAMES = new Set([
  'key',
  'keys',
  'token',
  'tokens',
  'access',
  'credential',
  'credentials',
]);
/** Tags of the words a name before them belongs to ("marketing key", "growth needs", "billing service"). */
const KEY_WORD_TAGS = new Set(['KeyNoun', 'TokenNoun', 'Api', 'Aws', 'Bedrock']);

interface Candidate {
  words: string[];
  priority: number;
  start: number;
  /** Named as a system ("our scoring service"): a team named in the message owns it and wins. */
  system: boolean;
  /** A team named in prose as the one who asks or acts ("the audit team has asked us to …"). */
  asker?: boolean;
  /** Named as a credential's unit: hyphenated ("ticket-triage") or right before a key ("the growth key"). */
  target?: boolean;
  /** Named as the owner of what the request is for ("(owned by the checkout team)"): never a story aside. */
  owning?: boolean;
  /**
   * Others we work for ("the key for the client", "the customer's key"): it holds the unit's place, so a
   * weaker name cannot take it, but it names no unit of ours (the answer is no unit: a question).
   */
  others?: boolean;
  /** A group named after "per", "by", "with", "from": it approves, asks or flags; a unit named too wins. */
  approver?: boolean;
}

/** Words before a group that approves, asks or flags ("per the risk working group", "requested by …"). */
const APPROVING = new Set(['per', 'by', 'with', 'from']);

interface Walk {
  terms: Term[];
  candidates: Candidate[];
}

/** Purpose nouns a hyphenated name can stand before: "the ads-sandbox experiment", "the chat-ui demo". */
const NAMED_PURPOSES = new Set(
  'experiment experiments demo demos prototype poc hackathon sandbox notebook'.split(' '),
);

/**
 * A name followed by a purpose word is part of that purpose: "load testing", "unit tests"; a
 * hyphenated name before a purpose noun is the name of that experiment or demo ("the ads-sandbox
 * experiment is dead").
 */
function followedByPurpose(terms: Term[], end: number, words: string[]): boolean {
  const after = terms[end];
  return (
    after !== undefined &&
    after.tag === 'Purpose' &&
    !terms[end - 1]?.stop &&
    !(NAMED_PURPOSES.has(after.w) && words.some((w) => w.includes('_')))
  );
}

/**
 * Systems. "X service" names a service X: the service word is a long-term signal and X is the unit
 * ("the billing service" → billing, "fraud detection service" → fraud-detection, as people name
 * their services). Infrastructure words (pipeline, server, system, cron, job, …) are different:
 * a plain word before them only describes the kind of system ("our data pipeline", "the etl
 * pipeline", "production server"), so no unit is taken and the bot asks for one; a hyphenated or
 * underscored name ("churn-predictor pipeline") is a real name and is kept.
 */
function describesSystem(terms: Term[], words: string[], end: number): boolean {
  const after = terms[end];
  return (
    after !== undefined &&
    after.tag === 'LongTerm' &&
    !terms[end - 1]?.stop &&
    !words.some((w) => w.includes('_'))
  );
}

/** Words that name a unit only right before a unit noun ("the interns unit", "the onboarding team"). */
const BEFORE_UNIT_NOUN = new Set(
  'intern interns contractor contractors onboarding offboarding security support help renewal renewals approvals'.split(
    ' ',
  ),
);

/** Occasions and bills a name word before them only qualifies ("the security review", "the hosting invoices"). */
const OCCASION_AFTER = new Set(
  'review reviews audit audits invoice invoices bill bills receipt receipts meeting meetings workshop workshops offsite retro retrospective'.split(
    ' ',
  ),
);

/** Determiners that open an occasion or a bill ("the security review", "our hosting invoices"). */
const OCCASION_OPENERS = new Set(
  'the this that these those our their your my next last upcoming every each a an'.split(' '),
);

/** Places for code and files: the name right after one is that place's ("repo: acme/ml-scratch"). */
const CODE_PLACES = new Set(
  'repo repos repository repositories branch path folder directory dir file bucket'.split(' '),
);

/** What is said of a cost, after its word: "the spend question", "spend numbers", "the spend breakdown". */
const SAID_OF_COST = new Set(
  'question questions number numbers figure figures breakdown summary total totals trend chart update thread'.split(
    ' ',
  ),
);

/** Words for a repository: the name right before one is the repository's ("the tender-booking repo"). */
const REPO_WORDS = new Set(['repo', 'repos', 'repository', 'repositories']);
const REPO_PLACE_BEFORE = new Set(['in', 'of', 'from', 'inside', 'into', 'to']);

/** Words after a name that say where it is: it is premises, not a team ("the bakery downstairs"). */
const PLACE_AFTER = new Set(['downstairs', 'upstairs', 'nearby', 'outside', 'inside', 'opposite', 'across']);
/**
 * Words after a name that make it a document or an audience, not who owns a credential ("for the
 * SOC2 evidence folder", "for the risk committee", "the ops wiki page").
 */
const NOT_OWNER_AFTER = new Set(
  (
    'folder folders spreadsheet spreadsheets sheet slide slides doc docs document documents wiki page ' +
    // ("who deleted the legacy stuff?": things described, not owned.)
    'section pack committee council stuff things thing ' +
    // ("for the playtest summaries", "the interview transcripts"): what is made, not who owns a key.
    'summaries transcripts'
  ).split(' '),
);

/** Vague nouns for a system ("the rota-planner thing"): after a written name they name nothing of their own. */
const VAGUE_THINGS = new Set(['thing', 'stuff', 'things']);

/**
 * units26b: "a permanent AI login for the rota-planner thing", "rotate the key for the search-v2 stuff": a
 * hyphenated name before a vague noun is the system's name (as before a tool noun, README); "who deleted the
 * legacy stuff?" describes things by a plain word and names none.
 */
function vagueThingOfName(terms: Term[], words: string[], end: number): boolean {
  return (
    VAGUE_THINGS.has(terms[end]?.w ?? '') &&
    words.length === 1 &&
    (words[0] ?? '').includes('_') &&
    terms[end - 1]?.stop !== true
  );
}

/**
 * A system named after a document word: "the kyc team's document crawler", "the legal docs bot": the
 * document is what the system handles, and the name before it owns the system.
 */
function systemAfter(terms: Term[], k: number): boolean {
  const t = terms[k];
  return (
    t !== undefined &&
    !terms[k - 1]?.stop &&
    (OWNED_THINGS.has(t.w) || t.tag === 'Service' || t.tag === 'LongTerm')
  );
}

/** Tags of the words between a name and the document it names ("the technology cost section"). */
const QUALIFIERS = new Set(['KeyNoun', 'TokenNoun', 'Api', 'Aws', 'Bedrock', 'Spend', 'History']);

const OBJECT_PRONOUNS = new Set(['us', 'me', 'them', 'him', 'her', 'you']);

/** Adjectives of age a hyphenated name after them is described by ("the legacy quote-estimator-v1"). */
const AGE_ADJECTIVES = new Set(
  'old legacy new previous former current existing deprecated retired'.split(' '),
);
/** Adjectives that start a name given after "called"/"named" ("the unit called Old Marketing"). */
const NAME_ADJECTIVES = new Set('old new next legacy classic standard real'.split(' '));
/** Words that describe a system rather than name it ("the internal reporting system", "our main billing system"). */
const SYSTEM_DESCRIBERS = new Set(
  'internal external main current existing central shared general global primary new old legacy live production prod test staging company'.split(
    ' ',
  ),
);
/** Tags of words that describe a use or a system: part of a name only right before a team noun. */
const DESCRIBING_TAGS = new Set(['Purpose', 'LongTerm', 'Service']);

/** Documents a name behind "the" can stand before: "the SOW close-out report", "the Q3 wrap-up deck". */
const DOCUMENTS = new Set(['deck', 'decks', 'report', 'reports']);

/** Records an answer is put in: "for the compliance log", "for the risk register", "for the board deck". */
const ANSWER_PLACES = new Set(
  'deck decks report reports log logs register workbook tracker records minutes file slides'.split(' '),
);

/**
 * train28s: "everything that happened this month please, for the compliance log", "history for last month, for
 * the security report": a name before a record, in "for the …" added after a comma, says where the answer goes
 * (as a document's title does), not whose it is. ("history for the growth report", no comma before, may be the
 * unit's; "the reports team", a team noun after it, is a team.)
 */
function answerGoesTo(terms: Term[], from: number, end: number): boolean {
  const place = terms[end];
  return (
    place !== undefined &&
    ANSWER_PLACES.has(place.w) &&
    (place.stop || terms[end + 1] === undefined || !SYSTEM_KINDS.has(terms[end + 1]?.w ?? '')) &&
    terms[from - 1]?.w === 'the' &&
    terms[from - 2]?.w === 'for' &&
    terms[from - 3]?.brk === true
  );
}

/** What reports a key seen where it should not be: "the guardduty alert", "the macie finding", "the trufflehog scan". */
const REPORT_SOURCES = new Set(
  'alert alerts alarm alarms finding findings scan scans scanner notification notifications warning warnings'.split(
    ' ',
  ),
);

/**
 * train28s: "revoke AKIA… (from the guardduty alert)", "rvk AKIA… pls, from the macie finding", "(from #security
 * alert)": a name before an alert or a finding, after "from", says where the report came from, never whose key.
 */
function reportCameFrom(terms: Term[], words: string[], from: number, end: number): boolean {
  // (The source noun after the name, or read as its last word: "the macie finding" → "macie finding".)
  const source =
    REPORT_SOURCES.has(terms[end]?.w ?? '') || (words.length > 1 && REPORT_SOURCES.has(words.at(-1) ?? ''));
  if (!source) return false;
  const before = terms[from - 1]?.w;
  return before === 'from' || (before === 'the' && terms[from - 2]?.w === 'from');
}

/**
 * units22: "api key for the bus routing crew": "bus" (business units, the lexicon says) opens a team's
 * name before a team noun or one name word and a team noun ("the bus team", "the bus routing crew").
 */
function busTeam(terms: Term[], j: number): boolean {
  const next = terms[j + 1];
  if (terms[j]?.stop || next === undefined) return false;
  if (TEAM_NOUNS.has(next.w)) return true;
  return !next.stop && isNameWord(next.w) && TEAM_NOUNS.has(terms[j + 2]?.w ?? '');
}

/**
 * Reads a name starting at index i (after optional determiners); up to four words. A word that
 * describes a use or a system is part of the name right before a team noun ("the hackathon unit",
 * "the Claims Automation unit"), and a number inside a name ("the Customer 360 team") is kept.
 * After "called"/"named" (`given`), an adjective may open the name and a describing word end it
 * ("called Old Marketing", "the team of Marketing Automation").
 */
function readName(
  terms: Term[],
  i: number,
  skipDeterminers: boolean,
  given = false,
): { words: string[]; end: number } {
  let j = i;
  if (skipDeterminers) {
    while (j < terms.length && DETERMINERS.has(terms[j]?.w ?? '') && !terms[j]?.brk && j - i < 3) j++;
    // ("the whole platform-eng group", but "spent the whole cloud budget": only a team is "whole".)
    if (WHOLE.has(terms[j - 1]?.w ?? '') && j > i) {
      const named = readName(terms, j, false, given);
      return UNIT_NOUNS.has(named.words.at(-1) ?? '') ? named : { words: [], end: j };
    }
  }
  const words: string[] = [];
  // (units22: "key for warranty claims n l p" → warranty-claims-nlp: a letter said after a letter is part of
  // one word of the name, joined later, so it does not count against the length.)
  let spelled = 0;
  // (A Title Case name may be longer: "the Office of Planning and Building Control".)
  while (j < terms.length && words.length - spelled < (terms[j - 1]?.title === true ? 6 : 4)) {
    const t = terms[j];
    if (!t) break;
    // (units26b: "access key for the legacy quote-estimator-v1", "revoke the legacy doc-ai key": an
    // adjective of age before a hyphenated name describes it; the name is written whole after it. A name
    // that starts with it is written with it: "the legacy-billing service".)
    if (words.length === 0 && !given && !t.stop && AGE_ADJECTIVES.has(t.w) && terms[j + 1]?.w.includes('_')) {
      j++;
      continue;
    }
    // ("team payments uses it too": the name ends before a verb of using.)
    if (words.length > 0 && usingVerb(terms, j)) break;
    // ("the Department of Health Team Lead Dana": a Title Case name ends at its unit noun.)
    if (words.length > 1 && t.title === true && UNIT_NOUNS.has(words[words.length - 1] ?? '')) break;
    // ("the Underwriting Copilot (`underwriting-copilot`)": a bracket opens a name of its own.)
    if (words.length > 0 && t.paren === true) break;
    const next = terms[j + 1];
    const beforeTeamNoun = !t.stop && UNIT_NOUNS.has(next?.w ?? '');
    const describing = DESCRIBING_TAGS.has(t.tag ?? '');
    const nameWord =
      isNameWord(t.w) ||
      // "team Llama Drama", "the Model Risk team": a name written in Title Case is one name (title-names.ts).
      // (Never a key's word: "the Growth Key" names growth; title-names.ts ends a run there too.)
      ((t.title === true || (words.length > 0 && terms[j - 1]?.title === true)) &&
        !KEY_WORD_TAGS.has(t.tag ?? '')) ||
      // (units28: "the Master Key Design team", "the Key Management squad": a key's word that title-names.ts
      // pairs with the name's next word is the name's.)
      // (Only a key's own word, never an acronym of ours: "rotate the growth key — fyi for the IAM team".)
      (t.title === true && KEY_WORD_TAGS.has(t.tag ?? '') && !t.stop && KEY_WORDS_IN_TEAM_NAMES.has(t.w)) ||
      // (units22: "key for the Market Access pod": "Access" inside a Title Case name, as title-names.ts
      // pairs it, is the name's word; "the Growth Access key" still ends before it.)
      (words.length > 0 && terms[j - 1]?.title === true && t.w === 'access') ||
      (words.length === 0 && t.w === 'bus' && busTeam(terms, j)) ||
      (words.length === 0 && spokenSystem(terms, j)) ||
      (words.length === 1 && spokenSystem(terms, j - 1)) ||
      // "the interns unit", "The Onboarding Team": a word that names no unit alone names one before a unit noun.
      (beforeTeamNoun && (BEFORE_UNIT_NOUN.has(t.w) || FIELD_NOUNS.has(t.w))) ||
      // "the Internal Audit team", "the history team": a tagged word is part of a name before a team noun.
      (beforeTeamNoun && words.length > 0 && t.tag === 'History') ||
      // (units19: "the night audit assistant", "the spend review bot": one of our words inside a name
      // said in words, right before the kind of system it names.)
      (words.length > 0 && !t.stop && RUN_TAGS.has(t.tag ?? '') && SYSTEM_KINDS.has(next?.w ?? '')) ||
      (words.length > 0 && UNIT_NOUNS.has(t.w)) ||
      (words.length > 0 && occasionEnds(terms, j)) ||
      (words.length === 0 && timedOccasionOpens(terms, j)) ||
      (words.length > 0 && t.w === 'a' && !terms[j - 1]?.stop && spelledArticle(terms, j)) ||
      (words.length > 1 && t.w === 'a' && !terms[j - 1]?.stop && spelledLastA(words, t, next)) ||
      // (units22: "details for trial ops b i": an "i" after a letter said one by one, ending the name.)
      (words.length > 1 && t.w === 'i' && !terms[j - 1]?.stop && spelledLastA(words, t, next)) ||
      (!t.stop && words.length < 2 && systemRunAt(terms, j, words.length === 0)) ||
      // (units23: "create key for the temp badge system once …": a system named in two words or more keeps
      // its noun, where the name ends; "the billing system" stays a description: describesSystem.)
      // (fix23c: two words of a name, not a describing word and a kind: "the internal reporting system",
      // "the main billing system" describe a system as "the billing system" does.)
      (words.length > 1 &&
        t.w === 'system' &&
        words.filter((w) => !SYSTEM_DESCRIBERS.has(w)).length > 1 &&
        (t.stop || next === undefined || !isNameWord(next.w))) ||
      (describing && (beforeTeamNoun || (given && words.length > 0 && (t.stop || next === undefined)))) ||
      (given && words.length === 0 && NAME_ADJECTIVES.has(t.w) && next !== undefined && isNameWord(next.w)) ||
      (words.length > 0 && !t.stop && next !== undefined && /^\d+$/.test(t.w) && isNameWord(next.w)) ||
      (words.length === 0 && numberOpens(terms, j)) ||
      (words.length === 0 && opensTeamName(terms, j)) ||
      // ("pause the doc intel key", "rotate the dev rel key": a name said in words before its key.)
      (words.length === 0 &&
        !t.stop &&
        next !== undefined &&
        oursFirst(t) &&
        spokenSecond(next.w) &&
        KEY_WORD_TAGS.has(terms[j + 2]?.tag ?? '')) ||
      // ("what's set up for billing api", "a key for legal ai": a spoken name ending its phrase.)
      (words.length > 0 &&
        SPOKEN_TAILS.has(t.w) &&
        (t.stop || next === undefined) &&
        !words[0]?.includes('_')) ||
      (words.length > 1 &&
        SHOWING_TAILS.has(t.w) &&
        (t.stop || next === undefined) &&
        !words.some((w) => w.includes('_'))) ||
      experimentsUnitEnds(terms, j, words) ||
      // "the hack week unit", "the doc intel unit": a plain noun said inside a name before a unit noun.
      (!t.stop &&
        (words.length > 0
          ? beforeTeamNoun && (plainNoun(t.w) || TIME_NOUNS.has(t.w))
          : plainNoun(t.w) && spokenNameOpens(terms, j))) ||
      // (req29: "rotate the keeper logs key", "a key for keeper logs, 2 years": a record's noun said second in a
      // name, right before its key or ending the phrase after "key for", is the name's.)
      (words.length === 1 && recordNameEnds(terms, j)) ||
      (words.length > 0 && outputTailEndsName(terms, j, words.length)) ||
      // "the Test Automation Guild", "the Manual Regression team": a run of words that reaches a
      // team noun is the team's name, though some of them are our words.
      (!t.stop && teamRunAhead(terms, j));
    // ("the cafe downstairs gave us …": a word with an object pronoun after it is a verb.)
    if (!nameWord || (words.length > 0 && OBJECT_PRONOUNS.has(next?.w ?? '') && t.title !== true)) break;
    // A hyphenated word is a whole name: only a unit noun goes on with it ("sales-enablement gets
    // Bedrock", "merch-planning looking", "risk-scoring leaked"; but "the contracts-nlp team").
    if (
      words.length > 0 &&
      words[words.length - 1]?.includes('_') &&
      !UNIT_NOUNS.has(t.w) &&
      !NAME_TAILS.has(t.w) &&
      // ("the e-commerce search team": one more word of the team's name before its team noun; sweep28: or before
      // "unit", "the CT-2 imaging unit" → ct-2-imaging, as "the doc intel unit" → doc-intel.)
      !(beforeTeamNoun && isNameWord(t.w) && words.length === 1) &&
      // (buried27: "the pre-season tour": the occasion's noun after its time, timedOccasionOpens.)
      !(words.length === 1 && TIME_OF_OCCASION.test(words[0] ?? '') && OCCASION_NOUNS.has(t.w))
    )
      break;
    if (t.w.length === 1 && words[words.length - 1]?.length === 1) spelled++;
    words.push(t.w);
    j++;
    if (t.stop || t.possessive) break;
  }
  // (fix45a: right after "unit", a name may end in "old", "unit cebu wfm old": oldEndsName.)
  return terms[i - 1]?.w === 'unit' ? oldEndsName(terms, { words, end: j }) : { words, end: j };
}

/** A record's noun that may end a name said in words ("keeper logs", "shift history"). */
const RECORD_NAME_TAIL = /^(?:logs?|history|journal)$/;

/**
 * req29: the second word of a name said in words is a record's noun or "help" ("the keeper logs key", "key for
 * feeding logs", "the visitor help key"): right before a key's word, or ending the phrase that "key for" opens. (Not "show the keeper logs",
 * "history for growth logs": the record asked for.)
 */
function recordNameEnds(terms: Term[], j: number): boolean {
  const t = terms[j];
  if (t === undefined || terms[j - 1]?.stop) return false;
  // ("the visitor help key": a help line's "help" ends its name as a record's noun does.)
  if (!(t.tag === 'History' && RECORD_NAME_TAIL.test(t.w)) && t.w !== 'help') return false;
  const next = terms[j + 1];
  const ends = t.stop || next === undefined || /^(?:please|pls|plz)$/.test(next.w);
  if (!ends) return KEY_WORD_TAGS.has(next?.tag ?? '') && next?.w !== 'api';
  return terms[j - 2]?.w === 'for' && KEY_WORD_TAGS.has(terms[j - 3]?.tag ?? '');
}

/** "CC-4410", "INC-20931" after "unit code (is)": letters, then digits only (form-reading.ts's TICKET). */
function ticketCode(terms: Term[], j: number): boolean {
  const at = ['is', ':'].includes(terms[j]?.w ?? '') ? j + 1 : j;
  return /^[a-z]{2,}[-_]?\d+$/.test(terms[at]?.w ?? '');
}

/** Words before a name that a number can open: "the 311 chatbot", "for 911 dispatch", "our 988 line". */
const NUMBER_OPENERS = new Set(['the', 'our', 'their', 'for', 'of', 'on']);

/**
 * A number of three digits opening a name (round eighteen): "the 311 chatbot", "for the 911 dispatch
 * team", "our 988 crisis line" (a public service named by its phone number). Behind a determiner or
 * a preposition and before a singular name word that is no time or count: "the 3 keys", "180 days",
 * "a 365 day key", "meter 0412 7789 331" and "budget line 4410" stay numbers.
 */
function numberOpens(terms: Term[], j: number): boolean {
  const t = terms[j];
  const next = terms[j + 1];
  if (t === undefined || next === undefined || t.stop) return false;
  const prev = terms[j - 1];
  if (prev === undefined || !numberedName(t.w, next)) return false;
  // ("Team: 411 helpline": after a unit's label too.)
  if (prev.colon === true && UNIT_NOUNS.has(prev.w)) return true;
  // (Behind "the"/"for" only a service's number, "the 311 chatbot", or a team's name, "the 360 feedback
  // team", opens a name: "our 300 staff", "the 256 bit cipher", "the 500 error key" count or measure.)
  return (
    NUMBER_OPENERS.has(prev.w) && !prev.stop && (SERVICE_NUMBER.test(t.w) || endsInUnitNoun(terms, j + 1))
  );
}

/** Numbers that name a public service: "211"…"911" (N11), "988", "101", "111", "999", "112". */
const SERVICE_NUMBER = /^(?:[2-9]11|988|101|111|999|112)$/;

/** "feedback team" after "the 360": up to three name words, the last a unit noun ("team", "unit"). */
function endsInUnitNoun(terms: Term[], j: number): boolean {
  for (let k = j; k < j + 3; k++) {
    const t = terms[k];
    if (t === undefined || !isNameWord(t.w) || COUNTED_NOUNS.has(t.w)) return false;
    if (k > j && UNIT_NOUNS.has(t.w)) return true;
    if (t.stop) return false;
  }
  return false;
}

/** "311" before "chatbot": three digits before a singular name word that is no time, count or key. */
function numberedName(number: string, next: Term): boolean {
  const w = next.w;
  return (
    /^\d{3}$/.test(number) &&
    isNameWord(w) &&
    /^[a-z][a-z_-]*$/.test(w) &&
    !(w.endsWith('s') && !w.endsWith('ss')) &&
    !COUNTED_NOUNS.has(w) &&
    !KEY_WORD_TAGS.has(next.tag ?? '')
  );
}

/** Nouns a number before counts or measures, never a name it opens ("the 100 intern cohort" aside). */
const COUNTED_NOUNS = new Set(
  'day week month year hour minute second d h m y min hr yr sec percent pct gb mb tb k person people staff seat user member head headcount employee'.split(
    ' ',
  ),
);

/** Nouns of ours that end a name of two words said in words: "loc pipeline", "member services", "revenue cycle". */
const SPOKEN_SECONDS = new Set(['pipeline', 'pipelines', 'services', 'cycle', 'desk']);

/**
 * A name of two words said in words (round fourteen): a plain word, then one of SPOKEN_SECONDS that
 * ends the phrase or stands before a key's word ("a key for loc pipeline", "revoke key for member
 * services", "rotate member services key"). Not a system its owner describes ("for the data
 * pipeline", "our pipeline"): a determiner before it leaves that to the system readings.
 */
function spokenSystem(terms: Term[], j: number): boolean {
  const a = terms[j];
  const b = terms[j + 1];
  if (a === undefined || b === undefined || !SPOKEN_SECONDS.has(b.w) || a.stop || a.possessive) return false;
  if (!(plainNoun(a.w) || (isNameWord(a.w) && /^[a-z]+$/.test(a.w))) || NEVER_OPENS.has(a.w)) return false;
  const after = terms[j + 2];
  if (after !== undefined && !b.stop && KEY_WORD_TAGS.has(after.tag ?? '')) return true;
  const ends = b.stop || after === undefined || ENDING_WORDS.has(after.w) || SPOKEN_ENDS.has(after.w);
  return ends && !SYSTEM_DETERMINERS.has(terms[j - 1]?.w ?? '');
}
/** Times that end a request's phrase ("rotate the key for loc pipeline now"). */
const SPOKEN_ENDS = new Set(['now', 'today', 'tomorrow', 'tonight']);
/** Words of ours that end a product's name said in words ("notes summary", "glossary check"). */
const PRODUCT_TAILS = new Set([
  'summary',
  'summaries',
  'summariser',
  'digest',
  'check',
  'checks',
  'lookup',
  'overview',
]);
/** A thing a unit's system puts out, ending its name said in words ("weld inspection summary", "sterilisation log"). */
const OUTPUT_TAILS = new Set([...PRODUCT_TAILS, 'report', 'reports', 'log', 'logs']);

/**
 * fix41e, tuned-shipyard/dental/waste: what a system puts out (a summary, a report, a log), said last in a name said in
 * words, ending the phrase: "create key for weld inspection summary, api key", "spend for landfill gas report over the
 * last month", "info on unit sterilisation log". Only in three words or more right after a key's or a read's "for"
 * with no article, or in two after "unit" ("the key for the audit log", "history for payments log" keep theirs).
 */
function outputTailEndsName(terms: Term[], j: number, read: number): boolean {
  const t = terms[j];
  if (t === undefined || !OUTPUT_TAILS.has(t.w) || terms[j - 1]?.stop) return false;
  const after = terms[j + 1]?.w;
  const ends = t.stop || after === undefined || ENDING_WORDS.has(after) || /^xx(?:period|dur)$/.test(after);
  if (!ends) return false;
  const opener = terms[j - read - 1];
  if (opener?.w === 'unit') return true;
  const asked = terms[j - read - 2]?.tag ?? '';
  return read >= 2 && opener?.w === 'for' && (KEY_WORD_TAGS.has(asked) || RECORD_TAGS.has(asked));
}

/** Words before one of SPOKEN_SECONDS that say which, not whose ("the new pipeline", "every pipeline"). */
const NEVER_OPENS = new Set([
  'new',
  'old',
  'whole',
  'entire',
  'main',
  'same',
  'other',
  'every',
  'each',
  'some',
  'any',
]);

/** Tags of our words that may stand inside a team's name before its team noun ("Manual Test team"). */
const RUN_TAGS = new Set(['Purpose', 'LongTerm', 'Service', 'Help', 'History', 'Spend', 'Models']);

/** Team nouns that end a name of an everyday word and another ("the morning briefing team"); a group may be a chat. */
const LOOSE_HEADS = new Set(['team', 'desk', 'squad', 'crew', 'office', 'dept', 'department']);
/** What stands before a team's name that opens with an everyday word ("the photo desk", "for photo desk"). */
const RUN_OPENERS = new Set(['the', 'our', 'their', 'your', 'for', 'of', 'on', 'to', 'from', 'about']);

/**
 * Round sixteen: an everyday word, a greeting's word or a subject word inside a team's name ("the
 * photo desk", "for the Morning Briefing team", "api key for the reliability team"): only after an
 * article or a preposition, or inside the run already ("hi team", "morning team!" greet; "my desk",
 * "the front desk" and "the ticket desk" are furniture or premises, group-nouns.ts).
 */
function looseRunWord(terms: Term[], k: number, j: number): boolean {
  const q = terms[k];
  if (q === undefined || premisesWord(q.w)) return false;
  // A beat (group-nouns.ts: "photo", "books", "travel") or a subject word; a greeting's word only before
  // another name word ("the Morning Briefing team"; "the hello team", "our morning desk" greet or are
  // premises); any other everyday word never ("the coffee desk", "the cleaning office").
  const greeting = q.tag === 'Greeting';
  if (!(BEATS.has(q.w) || SUBJECT_WORDS.has(q.w) || greeting)) return false;
  // (Right before the team noun, or one name word before a team or desk: "the Morning Briefing team";
  // "the shift WhatsApp group" is a chat.)
  const next = terms[k + 1];
  const named =
    (!greeting && TEAM_NOUNS.has(next?.w ?? '')) ||
    (next !== undefined && !next.stop && isNameWord(next.w) && LOOSE_HEADS.has(terms[k + 2]?.w ?? ''));
  return named && (k > j || RUN_OPENERS.has(terms[k - 1]?.w ?? ''));
}

/**
 * Does a run of up to three words from `j`, each a name word or one of our describing words, with
 * nothing between them, end right before a team noun ("test automation guild", "manual test team")?
 */
function teamRunAhead(terms: Term[], j: number): boolean {
  // (Cheap check first: most words that end a name have no team noun right after them.)
  if (
    !TEAM_NOUNS.has(terms[j + 1]?.w ?? '') &&
    !TEAM_NOUNS.has(terms[j + 2]?.w ?? '') &&
    !TEAM_NOUNS.has(terms[j + 3]?.w ?? '')
  )
    return false;
  for (let k = j; k < j + 3; k++) {
    const q = terms[k];
    if (q === undefined || q.possessive || !/^[a-z]+$/.test(q.w)) return false;
    if (
      !(isNameWord(q.w) || RUN_TAGS.has(q.tag ?? '') || looseRunWord(terms, k, j) || everydayInRun(terms, k))
    )
      return false;
    if (TEAM_NOUNS.has(q.w)) return false;
    if (q.stop) return false;
    if (TEAM_NOUNS.has(terms[k + 1]?.w ?? '')) return true;
  }
  return false;
}

/**
 * Round eighteen: a time noun that closes a name said in words and ends its phrase ("tear down
 * everything for winter readiness week", "the key for customer appreciation week"): the unit set up
 * for the occasion is named by it whole (README, "Units"); "for ads next week", "for growth this
 * week" end the name before their time word.
 */
function occasionEnds(terms: Term[], j: number): boolean {
  const t = terms[j];
  const prev = terms[j - 1];
  if (t === undefined || prev === undefined || !TIME_NOUNS.has(t.w) || prev.stop || !isNameWord(prev.w))
    return false;
  const after = terms[j + 1]?.w ?? '';
  return t.stop || j + 1 >= terms.length || ENDING_WORDS.has(after) || SPOKEN_ENDS.has(after);
}

/** buried27: the time before or after an occasion ("pre-season", "post-launch"), alone an ordinary word. */
const TIME_OF_OCCASION = /^(?:pre|post)_[a-z]+$/;
/** Nouns of an occasion a unit may be set up for ("tour", "camp", "roadshow"). */
const OCCASION_NOUNS = new Set(
  'tour tours camp bootcamp trip party campaign festival conference summit programme program roadshow residency retreat'.split(
    ' ',
  ),
);
/**
 * buried27: "shut down everything for the pre-season tour", "the key for the post-launch campaign": the time of an
 * occasion ("pre-season", an ordinary word alone) opens the occasion's name when its noun follows and ends the phrase.
 */
function timedOccasionOpens(terms: Term[], j: number): boolean {
  const t = terms[j];
  const next = terms[j + 1];
  if (t === undefined || next === undefined || t.stop || !TIME_OF_OCCASION.test(t.w)) return false;
  return (
    OCCASION_NOUNS.has(next.w) &&
    (next.stop || j + 2 >= terms.length || ENDING_WORDS.has(terms[j + 2]?.w ?? ''))
  );
}

/**
 * Round eighteen: an everyday word inside a team's name, after one of its name words and right before
 * the team noun ("the control room team", "the mail room crew"); never a premises word.
 */
function everydayInRun(terms: Term[], k: number): boolean {
  const q = terms[k];
  if (q?.tag !== 'Everyday' || premisesWord(q.w)) return false;
  const prev = terms[k - 1];
  const next = terms[k + 1];
  return (
    (TEAM_NOUNS.has(next?.w ?? '') &&
      prev !== undefined &&
      !prev.stop &&
      !prev.possessive &&
      isNameWord(prev.w)) ||
    // units24: or opening the name, before a plain name word and the team noun ("the flight dynamics
    // team", "the invoice processing team": the everyday word says what the team's work is about).
    (next !== undefined &&
      !q.stop &&
      !q.possessive &&
      !next.stop &&
      !next.possessive &&
      LEXICON[next.w] === undefined &&
      isNameWord(next.w) &&
      PEOPLE_HEADS.has(terms[k + 2]?.w ?? ''))
  );
}

/** Group nouns of people only, never a chat or a room ("the shift WhatsApp group" is a chat). */
const PEOPLE_HEADS = new Set(['team', 'squad', 'crew', 'dept', 'department']);

/** Determiners that only a team's name follows ("the whole platform-eng group"). */
const WHOLE = new Set(['whole', 'entire']);
/**
 * ("how much did the whole lab burn", "the entire company"): only a team is "whole" (readName); a plain word after it
 * is the whole organisation, no unit of it. (fix48d: one the word "unit" follows is a unit, "deprovision the whole
 * pesawatch unit", as "the whole fest-app unit" is.)
 */
function wholeOrganisation(words: string[], before: string, rawWords: string[]): boolean {
  return (
    words.length === 1 && WHOLE.has(before) && /^[a-z]+$/.test(words[0] ?? '') && rawWords.at(-1) !== 'unit'
  );
}

/** Words that end a name said in words though alone they name nothing ("billing api", "legal ai"). */
// (train28i: and "sandbox", the tail of many units' names, "deprovision genai sandbox", "rotate ml sandbox", as
// `qa-sandbox`; alone, or after "the", "my", "a new customer", it stays a place to try things.)
const SPOKEN_TAILS = new Set(['api', 'ai', 'sandbox']);
/**
 * fix41b, tuned-cosmetics: a word of showing that is a check's noun, ending a name said in two words or more before it
 * ("stop the key of packaging artwork check, the portal was breached" → `packaging-artwork-check`): the phrase ends
 * there, so it is no verb. After one word ("the key for compliance check") it stays out of the name.
 */
const SHOWING_TAILS = new Set(['check', 'checks', 'lookup', 'scan']);
/**
 * dev29: "experiments" ending a name said in words where a unit's key is undone ("deprovision ads experiments",
 * "revoke the key for search experiments", "offboard growth experiments, the team is gone" → `ads-experiments`):
 * only a unit is undone. A key asked for them ("a key for ml experiments") is a purpose's, and experiments run or
 * told of, the phrase going on ("we're running ads experiments this week"), are the work.
 */
function experimentsUnitEnds(terms: Term[], j: number, words: string[]): boolean {
  const t = terms[j];
  if (t?.w !== 'experiments' || words.length === 0 || words[0]?.includes('_')) return false;
  const next = terms[j + 1];
  if (!(t.stop || next === undefined || next.tag === 'Polite')) return false;
  return terms.some((q) => UNDONE_TAGS.has(q.tag ?? ''));
}
const UNDONE_TAGS = new Set(['Rotate', 'Revoke', 'Delete', 'Deprovision']);

/** Time nouns that end a name before a unit noun ("the hack week unit", "the launch day team"). */
// (units20a: "tear down everything for the tender sprint": a sprint is an occasion as a week is.)
const TIME_NOUNS = new Set(['week', 'day', 'weekend', 'month', 'night', 'sprint']);

/** A word of no other use in the parser: no function word, no word of ours, letters only. */
function plainNoun(w: string): boolean {
  return w.length > 2 && !FUNCTION_WORDS.has(w) && LEXICON[w] === undefined && /^[a-z]+$/.test(w);
}

/** "doc" in "the doc intel unit": a plain noun opens a name when a name word and a unit noun follow. */
function spokenNameOpens(terms: Term[], j: number): boolean {
  const next = terms[j + 1];
  return next !== undefined && !next.stop && isNameWord(next.w) && UNIT_NOUNS.has(terms[j + 2]?.w ?? '');
}

/** Tags of our words that can open a team's name: "the Cost Allocation team", "the Audit Automation squad". */
const OPENING_TAGS = new Set(['Spend', 'History']);

/**
 * One of our words opening a name of two or three words that ends in a team noun ("the Cost
 * Allocation team", "the Spend Analytics group"): the team noun makes the whole a team's name.
 */
function opensTeamName(terms: Term[], j: number): boolean {
  const t = terms[j];
  if (t === undefined || t.stop || !OPENING_TAGS.has(t.tag ?? '')) return false;
  for (let k = j + 1; k <= j + 2; k++) {
    const q = terms[k];
    if (q === undefined || !isNameWord(q.w) || UNIT_NOUNS.has(q.w)) return false;
    if (q.stop) return false;
    // (units19: or a kind of system, "the spend review bot", "the audit prep assistant".)
    const head = terms[k + 1]?.w ?? '';
    if (TEAM_NOUNS.has(head) || SYSTEM_KINDS.has(head)) return true;
  }
  return false;
}

/** Words after which a verb's word is a noun ("the onboarding lab", "a rotation"). */
const NOUN_DETERMINERS = new Set(['the', 'this', 'that', 'my']);
/** Words that join a clause in which a name can open its own ("…, so growth-analytics needs a key"). */
const CLAUSE_JOINERS = new Set(['so', 'and', 'but', 'now', 'then', 'hence', 'therefore']);

/** Words that may follow a hyphenated name inside it: "the customer-360 project", "the growth-ai user". */
// (units20c: "shut down everything for the winter-ops pilot" → `winter-ops-pilot`: a pilot or trial is an
// occasion whose noun stays in its name, as "hack week" keeps its week.)
const NAME_TAILS = new Set(['project', 'user', 'service', 'pilot', 'trial']);

/** A name's words with each run of two or more single letters joined ("n l p lab" → "nlp lab"). */
function joinLetters(words: string[]): string[] {
  if (!words.some((w, k) => w.length === 1 && words[k + 1]?.length === 1)) return words;
  const joined: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k] ?? '';
    const last = joined.length - 1;
    if (w.length === 1 && k > 0 && words[k - 1]?.length === 1) joined[last] = `${joined[last]}${w}`;
    else joined.push(w);
  }
  return joined;
}

/**
 * "the speech a s r unit": an "a" that opens letters said one by one inside a name, before a unit
 * noun, is the first letter (not the article).
 */
function spelledArticle(terms: Term[], j: number): boolean {
  let k = j + 1;
  while (terms[k - 1]?.stop !== true && /^[a-z]$/.test(terms[k]?.w ?? '')) k++;
  return k - j >= 3 && !terms[k - 1]?.stop && UNIT_NOUNS.has(terms[k]?.w ?? '');
}

/**
 * units20b: "a key for bim q a please", "rotate the key for claims q a": an "a" after a letter said one
 * by one inside a name, ending it, is its last letter (not an article; "bim-qa"). Only after a name word
 * and a single letter, and before the end, a stop, a unit noun or a word that is no name's.
 */
function spelledLastA(words: string[], t: Term, next: Term | undefined): boolean {
  const letter = words[words.length - 1] ?? '';
  if (!/^[b-z]$/.test(letter) || (words[words.length - 2]?.length ?? 0) < 2) return false;
  return t.stop === true || next === undefined || UNIT_NOUNS.has(next.w) || !isNameWord(next.w);
}

/** Words before a name that mark it, no part of it ("team Phoenix", "project nova", "client project x"). */
const LEADING_MARKERS = new Set(['team', 'project', 'unit']);
/** Words for a client before "project" ("client project x", "customer project x"). */
const CLIENT_WORDS = new Set(['client', 'customer', 'account']);
/** Words after a name that say what it is, no part of it ("the customer-360 project", "the Hartmann account"). */
const TRAILING_MARKERS = new Set(['project', 'unit', 'user', 'account', 'client']);
/**
 * Words before "account" or "client" that make the noun part of the name: an AWS account ("the security
 * account", "the management account") or a program's client ("the python client", "the mobile client")
 * is no client's name, and "security" alone may be another unit.
 */
const ACCOUNT_OR_CLIENT_KINDS = new Set([
  'root',
  'management',
  'master',
  'payer',
  'security',
  'audit',
  'admin',
  'service',
  'billing',
  'prod',
  'production',
  'staging',
  'dev',
  'test',
  'sandbox',
  'shared',
  'log',
  'logging',
  'network',
  'member',
  'org',
  'organization',
  'main',
  'primary',
  'personal',
  'aws',
  'sdk',
  'python',
  'boto3',
  'java',
  'node',
  'js',
  'go',
  'rust',
  'dotnet',
  'ruby',
  'mobile',
  'web',
  'desktop',
  'ios',
  'android',
  'cli',
  'api',
  'http',
  'rest',
  'grpc',
  'bedrock',
  'sso',
]);

/**
 * Round sixteen: a person's team ("a key for Priya's team", "for Tom's squad — rotate …"): one plain
 * word in the possessive right before a team noun is a person's name, and names no unit (a unit says
 * "the growth team", not "growth's team"; "the data desk's key" and "billing-svc's team" stay names).
 */
function personsTeam(terms: Term[], words: string[], end: number): boolean {
  return (
    words.length === 1 &&
    terms[end - 1]?.possessive === true &&
    !terms[end - 1]?.stop &&
    TEAM_NOUNS.has(terms[end]?.w ?? '') &&
    /^[a-z]+$/.test(words[0] ?? '') &&
    !TEAM_NOUNS.has(words[0] ?? '')
  );
}

/**
 * "the keys under Tom's account", "rotate Priya's account key": a common given name in the possessive
 * before "account" is a person's account, no client's (a client's is "the Hartmann account", "the Acme
 * account", with no possessive; person-names.ts).
 */
function personsAccount(terms: Term[], rawWords: string[], from: number, end: number): boolean {
  const name = rawWords[0] ?? '';
  const owner = terms[from];
  const after = rawWords.length === 1 ? terms[end]?.w : rawWords[1];
  // (Round eighteen: "rotate the tom account", "the priya user", "the key for the sam account": a
  // given name before "account"/"user" without the possessive is a person's login too.)
  return (
    (rawWords.length === 1 || (rawWords.length === 2 && PERSONS_LOGINS.has(rawWords[1] ?? ''))) &&
    (owner?.possessive === true || !owner?.stop) &&
    PERSONS_LOGINS.has(after ?? '') &&
    (COMMON_GIVEN_NAMES.has(name) || GIVEN_NAMES.has(name))
  );
}

/** What a person logs in with: "Tom's account", "the priya user". */
const PERSONS_LOGINS = new Set(['account', 'user']);

/** Asking someone to do it: "can you …", "could u …". */
const YOU = new Set(['you', 'u', 'ya']);
const ASKING = new Set(['can', 'could', 'would', 'will', 'cn', 'cud', 'pls', 'please']);

/** Adds the name that ends before term index `end`, unless it names nothing. */
/** A given name, then a particle (in the name or right after it): a person's full name, no unit (person-names.ts). */
const personsFullName = (words: string[], next: string): boolean =>
  GIVEN_NAMES.has(words[0] ?? '') && NAME_PARTICLES.has((words.length > 1 ? words[1] : next) ?? '');

/** ("revoke Luis de la Fuente key"): a name after a given name's particle(s) is the family name. */
function familyName(terms: Term[], from: number): boolean {
  let k = from - 1;
  for (let n = 0; n < 2 && NAME_PARTICLES.has(terms[k]?.w ?? ''); n++) k--;
  return k < from - 1 && GIVEN_NAMES.has(terms[k]?.w ?? '');
}

/** Our verbs and their nouns: "rotate/revoke", "create-rotate" join actions, no unit's name. */
const JOINED_ACTIONS = new Set(
  (
    'rotate rotates rotated rotation rotations revoke revokes revoked revocation revocations create ' +
    'creates created creation delete deletes deleted deletion deprovision deprovisions renew renewal ' +
    'regenerate regen disable enable token tokens issue issuance'
  ).split(' '),
);

/** Review fix seventeen: "every rotate/revoke on checkout" (prepared "rotate_revoke"): our verbs joined by a slash. */
function joinedActions(words: readonly string[]): boolean {
  const w = words.length === 1 ? (words[0] ?? '') : '';
  return /[_-]/.test(w) && w.split(/[_-]/).every((p) => JOINED_ACTIONS.has(p));
}

/**
 * fix46c, tuned-styles-long: a name right before "repo", where something was found in or taken from, names the
 * repository, a place for code, no unit (README: "a repository named as one … names no unit"): "the key scanner
 * flagged it in an old branch of the tender-booking repo", "found in the growth-etl repository"; not a key asked "for
 * the growth-etl repo".
 */
function namesRepository(terms: Term[], length: number, end: number): boolean {
  if (!REPO_WORDS.has(terms[end]?.w ?? '') || terms[end - 1]?.stop) return false;
  let k = end - length - 1;
  if (OCCASION_OPENERS.has(terms[k]?.w ?? '')) k--;
  return REPO_PLACE_BEFORE.has(terms[k]?.w ?? '');
}

function add(
  walk: Walk,
  rawWords: string[],
  rank: number,
  start: number,
  end = start + rawWords.length,
): void {
  if (joinedActions(rawWords)) return;
  if (namesRepository(walk.terms, rawWords.length, end)) return;
  // (units24: "for the security review", "separately from the ground-station-minute invoices": a word right
  // before an occasion or a bill says which one it is, no unit; a team's is still the team's.)
  // (Right before it in one phrase: "from finance-reports, audit finding" names finance-reports.)
  // (Nor a key named by it, "the compliance audit key" (fix19d), nor whose the bill is, "growth's bill".)
  // (fix24b: only an occasion a determiner opens, "the security review", "our hosting invoices"; a bare name
  // before the word is the unit's, "rotate the key for growth audit", "a key for ads-team review tomorrow".)
  if (
    OCCASION_AFTER.has(walk.terms[end]?.w ?? '') &&
    OCCASION_OPENERS.has(walk.terms[end - rawWords.length - 1]?.w ?? '') &&
    !walk.terms[end - 1]?.stop &&
    !walk.terms[end - 1]?.colon &&
    !walk.terms[end - 1]?.possessive &&
    !walk.terms[end]?.stop &&
    !KEY_WORD_TAGS.has(walk.terms[end + 1]?.tag ?? '') &&
    !TEAM_NOUNS.has(rawWords[rawWords.length - 1] ?? '')
  )
    return;
  let priority = rank;
  // "the doc-intel unit needs a key": a name given as a unit's is the unit.
  if (priority === 2 && rawWords.length > 1 && rawWords[rawWords.length - 1] === 'unit') priority = 1;
  // "Team Phoenix" → phoenix: a leading "team" is a marker, like "bu"; "the ML team" keeps it (ml-team).
  // "project Phoenix" / "the customer-360 project" → the project's name.
  // ("client project sunhaven-loyalty": a client's project is the project; "the Client Services team" keeps it.)
  let words =
    rawWords.length > 2 && CLIENT_WORDS.has(rawWords[0] ?? '') && rawWords[1] === 'project'
      ? rawWords.slice(1)
      : rawWords;
  if (words.length > 1 && LEADING_MARKERS.has(words[0] ?? '')) words = words.slice(1);
  // "the customer-360 project", "the hackathon unit", "the growth user" (its IAM user) → the name; so
  // is a client's account ("the Hartmann account", "the quinta-do-vale client" → hartmann, quinta-do-vale).
  const marker = words[words.length - 1] ?? '';
  if (
    words.length > 1 &&
    TRAILING_MARKERS.has(marker) &&
    !(
      (marker === 'account' || marker === 'client') &&
      ACCOUNT_OR_CLIENT_KINDS.has(words[words.length - 2] ?? '')
    )
  )
    words = words.slice(0, -1);
  // ("n l p lab", "h r ops", "the speech a s r unit": letters said one by one join into one word.)
  if (words.length > 1) words = joinLetters(words);
  // (fix61 units: "money rider-support-bot": a plain word before a hyphen-written name is the sentence's.)
  words = fromCodeName(words, walk.terms.slice(end - rawWords.length, end));
  // A name ending in a team noun names the team that owns the credential: it wins over a system
  // named by a preposition ("creds for the nightly export job of the analytics team").
  const last = words[words.length - 1];
  // (A team named in prose, not given as the unit's after a marker: it may be the one who asks.)
  const team =
    priority >= 1 &&
    words.length > 1 &&
    last !== undefined &&
    (TEAM_NOUNS.has(last) || (words[1] === 'of' && TEAM_NOUNS.has(words[0] ?? '')));
  if (team && priority === 2) priority = 1;
  // (The word before the name itself: a reading's start may be its marker or determiner.)
  const from = end - rawWords.length;
  const before = walk.terms[from - 1]?.w ?? '';
  // ("re the dashboard: what did payments cost", "about the migration — rotate growth's key"): a
  // topic line heading the message says what it is about; a name the request gives after it wins.
  if (priority >= 2 && topicLine(walk.terms, from, end)) priority = TOPIC_PRIORITY;
  // (req29: "ahead of the studio's security review, …", "in light of the Conservation Science team's plans, …": a
  // team's plans, reviews or conditions told of are story; a name the request gives wins, as over a topic line.)
  if (walk.terms[end - 1]?.possessive === true && !walk.terms[end - 1]?.stop && storyOwned(walk.terms, end))
    priority = Math.max(priority, TOPIC_PRIORITY);
  // ("rotate the ads key, team payments uses it too": who uses the key is named; another name wins.)
  if (usingVerb(walk.terms, end)) priority = Math.max(priority, TOPIC_PRIORITY);
  // units24: ("we're decommissioning SAT-02 next week and the `sat02-ops` unit goes with it: deprovision it"):
  // the object of a verb told of ourselves is the story's thing; a name the request gives wins.
  if (priority >= 0 && toldOfUs(walk.terms, from)) priority = Math.max(priority, TOPIC_PRIORITY);
  const others = words.length === 1 && OTHERS_WORDS.has(words[0] ?? '');
  if (
    words.length > 0 &&
    (others || isMeaningfulName(words) || pastFormInUnitField(walk.terms, from, words)) &&
    // ("her EA is reconciling access", "we are burning …": a verb's -ing after a verb of being.)
    !(
      words.length === 1 &&
      BEFORE_GERUND.has(before) &&
      from > 1 &&
      !walk.terms[from - 2]?.stop &&
      // ("the unit is reporting", "team is esg-reporting": a name given after "unit is".)
      !UNIT_NOUNS.has(walk.terms[from - 2]?.w ?? '') &&
      /^[a-z]+ing$/.test(words[0] ?? '')
    ) &&
    // (buried27: "who keeps issuing tokens": the verb and its -ing taken together are no name either.)
    !(words.length === 2 && BEFORE_GERUND.has(words[0] ?? '') && /^[a-z]+ing$/.test(words[1] ?? '')) &&
    // (fix52c: a person's credential handled, "sharing Marko's token"; a side told, "macedonian side": storySide.)
    !storySide(words, walk.terms[end - 1]?.possessive === true) &&
    // ("drop the old crawler credentials", "our bot's key": a system's kind alone, behind a
    // determiner, says what it is, not whose; "key for summariser", "the assistant unit" name one.)
    !(
      rawWords.length === 1 &&
      OWNED_THINGS.has(words[0] ?? '') &&
      SYSTEM_DETERMINERS.has(before) &&
      !agentNamedKey(walk.terms, words[0] ?? '', before, end)
    ) &&
    // ("I need a record of all credentials", "a proper key": a thing named with "a"/"an" is some
    // thing of its kind; a unit is named as itself, or right before its key: "a growth key".)
    !(
      (before === 'a' || before === 'an') &&
      !walk.terms[from - 1]?.stop &&
      !words.some((w) => w.includes('_')) &&
      !KEY_WORD_TAGS.has(walk.terms[end]?.tag ?? '')
    ) &&
    !personsTeam(walk.terms, words, end) &&
    !personsAccount(walk.terms, rawWords, from, end) &&
    // ("can you pull spend for all units", "could u grab spend for ads"): the word after "can you" is a verb.
    !(
      rawWords.length === 1 &&
      YOU.has(before) &&
      ASKING.has(walk.terms[from - 2]?.w ?? '') &&
      /^[a-z]+$/.test(words[0] ?? '')
    ) &&
    !wholeOrganisation(words, before, rawWords) &&
    // "the cafe downstairs", "the bakery next door": a name followed by where it is names a place.
    !PLACE_AFTER.has(walk.terms[end]?.w ?? '') &&
    // ("the key for Maria da Silva", "Pedro de Souza"): a given name and a particle open a person's name.
    !personsFullName(words, walk.terms[end]?.w ?? '') &&
    !familyName(walk.terms, from) &&
    // ("every key from innovation week", "the hack keys"): an event, or a kind of key many units hold.
    !namesEventOrKind(walk.terms, words, end, rawWords) &&
    // ("revoke key id 42 for growth", "the key number 3 of ads": what names a key, not whose it is.)
    !(KEY_ID_WORDS.has(words[0] ?? '') && KEY_WORD_TAGS.has(walk.terms[from - 1]?.tag ?? '')) &&
    // ("repo: acme/ml-scratch", "in the branch feature-x": the name of a place for code or files.)
    !CODE_PLACES.has(walk.terms[start - 1]?.w ?? '') &&
    !(
      NOT_OWNER_AFTER.has(walk.terms[end]?.w ?? '') &&
      !systemAfter(walk.terms, end + 1) &&
      !vagueThingOfName(walk.terms, words, end)
    ) &&
    // ("For the SOW close-out report I need …", "the Q3 wrap-up deck": a document's title; "the
    // growth report" may be the unit's.)
    // (known27: "the Claims team's report generator": a system that makes the documents is the team's.)
    !(
      DOCUMENTS.has(walk.terms[end]?.w ?? '') &&
      !(walk.terms[end]?.stop !== true && SYSTEM_KINDS.has(walk.terms[end + 1]?.w ?? '')) &&
      NOUN_DETERMINERS.has(before) &&
      (words.length > 1 || (words[0] ?? '').includes('_'))
    ) &&
    // (train28s: "history this month please, for the compliance log": where the answer goes, added after the request.)
    !answerGoesTo(walk.terms, from, end) &&
    // (train28s: "revoke AKIA… (from the guardduty alert)": where the report came from.)
    !reportCameFrom(walk.terms, words, from, end) &&
    !(walk.terms[end]?.w === 'next' && walk.terms[end + 1]?.w === 'door') &&
    !occasionOfReview(walk.terms, end, before) &&
    // ("the compliance audit key": a key after the review noun makes the whole phrase the key's name.)
    !(
      words.length > 1 &&
      REVIEW_NOUNS.has(words.at(-1) ?? '') &&
      NOUN_DETERMINERS.has(before) &&
      !KEY_WORD_TAGS.has(walk.terms[end]?.tag ?? '')
    ) &&
    // ("for the fall term", "the spring semester": a season or a name before an academic term is a time.)
    // (Not "for legal, term 90 days": after a comma, a term with a length is the key's lifetime.)
    !(
      ACADEMIC_TERMS.has(walk.terms[end]?.w ?? '') &&
      !(walk.terms[end - 1]?.stop === true && /^(?:xxdur|\d)/.test(walk.terms[end + 1]?.w ?? ''))
    ) &&
    !followedByPurpose(walk.terms, end, words) &&
    // ("the technology cost section", "the growth key audit doc": a name inside a document's name.)
    !(QUALIFIERS.has(walk.terms[end]?.tag ?? '') && NOT_OWNER_AFTER.has(walk.terms[end + 1]?.w ?? '')) &&
    // (units28: "AI spend in March — for the touring spend report": the trade's own spend beside ours.)
    !(walk.terms[end]?.tag === 'Spend' && ourSpendElsewhere(walk.terms, end)) &&
    !describesSystem(walk.terms, words, end)
  ) {
    // ("for our contract tool", "for the HR chatbot": a system the asker describes by its kind.)
    const described = words.length > 1 && SYSTEM_KINDS.has(last ?? '') && SYSTEM_DETERMINERS.has(before);
    const candidate: Candidate = {
      words,
      priority,
      start,
      system: walk.terms[end]?.tag === 'Service' || described,
    };
    if (others) candidate.others = true;
    // ("Support ticket from the growth team: …": where a request comes from, not what it is for.)
    const source = before === 'from' || (walk.terms[from - 2]?.w === 'from' && DETERMINERS.has(before));
    if (team && (source || asksOrActs(walk.terms, end))) candidate.asker = true;
    // ("management wants to revoke the ads key", "legal asked us to rotate the ledger key": a name
    // that wants something done is who asks; the unit is the one named after it, if any.)
    else if (wantsDone(walk.terms, end)) candidate.asker = true;
    // ("the growth api key, per the risk working group", "for ads, requested by the compliance office"):
    // a group that approves, asks or flags is named after "per", "by", "with", "from".
    const marker = DETERMINERS.has(before) ? walk.terms[from - 2]?.w : before;
    // ("Starting with the Onboarding Team's — please rotate theirs": a group's own keys are its.)
    if (team && APPROVING.has(marker ?? '') && walk.terms[end - 1]?.possessive !== true)
      candidate.approver = true;
    // (Not "for their churn-risk notebook", "the de-identification batch": a name that goes on
    // into a system's noun, or that the asker calls its own, describes what the credential is for.)
    const keyAfter = KEY_WORD_TAGS.has(walk.terms[end]?.tag ?? '');
    const ends =
      walk.terms[end - 1]?.stop === true ||
      end >= walk.terms.length ||
      ENDING_WORDS.has(walk.terms[end]?.w ?? '') ||
      VALUE_AFTER.has(walk.terms[end]?.w ?? '');
    if (!OWNING.has(before) && (keyAfter || (ends && words.some((w) => w.includes('_')))))
      candidate.target = true;
    walk.candidates.push(candidate);
  }
}

/** Reviews that come from someone outside ("an audit from the bank client"). */
const REVIEWS_FROM = new Set([
  'audit',
  'audits',
  'review',
  'reviews',
  'inspection',
  'assessment',
  'questionnaire',
  'pentest',
]);

/** An outside review of a standard or a body: "the PCI audit", "the ISO visit", "the SOX review". */
const REVIEW_NOUNS = new Set(['audit', 'audits', 'visit', 'inspection', 'assessment', 'certification']);

/**
 * units19: a name behind "the" before a review noun that ends its phrase ("need the list for the PCI
 * audit", "it's for the ISO visit") names the standard or body reviewed, an occasion, no unit; "the
 * audit team" and "the growth key" are named as units.
 */
function occasionOfReview(terms: Term[], end: number, before: string): boolean {
  const noun = terms[end];
  if (noun === undefined || !REVIEW_NOUNS.has(noun.w) || !NOUN_DETERMINERS.has(before)) return false;
  const after = terms[end + 1];
  // (Only where the review noun ends the phrase: "revoke the compliance audit key" names the key.)
  if (!noun.stop && KEY_WORD_TAGS.has(after?.tag ?? '')) return false;
  return noun.stop || after === undefined || ENDING_WORDS.has(after.w) || !isNameWord(after.w);
}

/** An academic term after a name makes the name a time ("the fall term", "Michaelmas term"). */
const ACADEMIC_TERMS = new Set(['term', 'terms', 'semester', 'semesters', 'trimester', 'trimesters']);

/** Nouns of an occasion after its name: "innovation week", "the spring sprint", "launch day". */
const EVENT_NOUNS = new Set([
  'week',
  'weekend',
  'sprint',
  'jam',
  'day',
  'night',
  'challenge',
  // (Round sixteen: "every key from the innovation days hackathon", "keys from the data summit".)
  'days',
  'hackathon',
  'summit',
  'conference',
  'offsite',
  'workshop',
  'bootcamp',
]);
/** Words for a kind of key that many units hold ("rotate all the hack keys"): no unit's name alone. */
const KEY_KINDS = new Set(['hack', 'hacks']);

/**
 * Keys from an occasion: a name after "from" that goes on into an occasion's noun names the occasion
 * ("revoke every key from innovation week"), unless a unit noun follows ("from the hack week unit");
 * a kind of key alone names no unit ("rotate all the hack keys").
 */
function namesEventOrKind(terms: Term[], words: string[], end: number, rawWords: string[]): boolean {
  if (words.length === 1 && KEY_KINDS.has(words[0] ?? '')) return true;
  // (Keys "from" an occasion; "tear down everything for hack week" names the unit set up for it.)
  const from = end - rawWords.length;
  if (terms[from - 1]?.w !== 'from' && !(terms[from - 1]?.w === 'the' && terms[from - 2]?.w === 'from'))
    return false;
  // ("every key from the summer jam": the occasion's noun read into the name, no unit noun after it.)
  if (words.length > 1 && EVENT_NOUNS.has(words.at(-1) ?? '') && !UNIT_NOUNS.has(rawWords.at(-1) ?? ''))
    return true;
  const after = terms[end];
  return (
    after !== undefined &&
    EVENT_NOUNS.has(after.w) &&
    !terms[end - 1]?.stop &&
    !UNIT_NOUNS.has(terms[end + 1]?.w ?? '') &&
    !words.some((w) => w.includes('_'))
  );
}

/** Words that open a topic line ("re:", "about", "regarding", "wrt"). */
const TOPIC_OPENERS = new Set(['re', 'regarding', 'about', 'wrt', 'concerning']);
/** Below any name the request gives (2), above a label's (3.5). */
const TOPIC_PRIORITY = 2.9;

/** Does the name at from..end head the message after a topic word, its line ended by punctuation? */
function topicLine(terms: Term[], from: number, end: number): boolean {
  // (Only a thing named with "the": "re growth: revoke the backup key" is about growth, a unit. The
  // thing may be named by two more nouns before the line ends: "re the growth leak: revoke the key
  // for ads", "about the payments incident — …".)
  if (terms[from - 1]?.w !== 'the' || from - 2 !== 0 || !TOPIC_OPENERS.has(terms[0]?.w ?? '')) return false;
  for (let k = end - 1; k < end + 2 && k < terms.length - 1; k++) if (terms[k]?.stop === true) return true;
  return false;
}

/** Words after a key's noun that name the key itself ("key id 42", "key number 3", "key no 7"). */
const KEY_ID_WORDS = new Set(['id', 'ids', 'number', 'num', 'nr', 'no', 'identifier']);

/** People of a team, not its name ("for my team lead", "of our team members"). */
const TEAM_PEOPLE = new Set(
  'lead leads leader leaders lead_s mate mates member members manager managers colleagues colleague people folks guys mates channel chat meeting standup offsite lunch budget'.split(
    ' ',
  ),
);

/**
 * "a key for my team growth", "the spend of our team ledger": a learner's order for "my team,
 * growth" — the name right after "my/our team", ending the phrase, after "for"/"of"/"in".
 */
function ownTeamNamed(terms: Term[], i: number): boolean {
  const prev = terms[i - 1];
  const next = terms[i + 1];
  return (
    (prev?.w === 'my' || prev?.w === 'our') &&
    ['for', 'of', 'in'].includes(terms[i - 2]?.w ?? '') &&
    next !== undefined &&
    (next.stop || i + 2 >= terms.length || ENDING_WORDS.has(terms[i + 2]?.w ?? '')) &&
    !TEAM_PEOPLE.has(next.w)
  );
}

/** Words after a name that go on to the request's other values ("for sales-ops with a 1 month expiry"). */
const VALUE_AFTER = new Set([
  'with',
  'in',
  'owner',
  'owned',
  'xxdur',
  'xxemail',
  'xxuser',
  'xxregion',
  'expiring',
]);

/** Verbs of telling: a team named before one tells the story ("the outsourced team says …"). */
const SAYING = new Set(
  'says said say tells told reports reported mentions mentioned claims thinks'.split(' '),
);

/** Verbs after a team's name that make it the one who asks or acts: "the support team wants …". */
const ACTING_AFTER = new Set([
  ...'has have had is was were are wants want needs need asked asks got would will could may'.split(' '),
  ...SAYING,
]);

/**
 * Is the name ending before `end` the subject of a verb ("the audit team has asked us …", "the
 * support team (cc @x) wants a key for …")? A bracketed aside after the name is passed over.
 */
function asksOrActs(terms: Term[], end: number): boolean {
  if (terms[end - 1]?.possessive) return false;
  let k = end;
  if (terms[k]?.paren) {
    while (k < terms.length && k < end + 8 && !terms[k]?.close) k++;
    k++;
  } else if (terms[end - 1]?.stop) return false;
  const verb = terms[k];
  return verb !== undefined && (ACTING_AFTER.has(verb.w) || verb.tag === 'Create');
}

/** Verbs of a wish that another does something: "X wants to …", "X asked us to …", "X needs us to …". */
const WANTS = new Set(['wants', 'want', 'needs', 'asked', 'asks', 'wanted', 'needed']);
const WHO_DOES = new Set(['us', 'you', 'u', 'me', 'them']);

/** Is the name ending before `end` the subject of a wish that something be done ("management wants to …")? */
function wantsDone(terms: Term[], end: number): boolean {
  if (!WANTS.has(terms[end]?.w ?? '') || terms[end - 1]?.possessive || terms[end - 1]?.stop) return false;
  const next = terms[end + 1]?.w;
  return next === 'to' || (WHO_DOES.has(next ?? '') && terms[end + 2]?.w === 'to');
}

/** Kinds of system: a name ending in one, behind "our"/"the", describes what a credential is for. */
const SYSTEM_KINDS = new Set(
  (
    'tool tools app apps bot bots chatbot chatbots assistant agent agents crawler scraper generator ' +
    'summarizer summariser classifier extractor indexer parser processor engine integration backend ' +
    'script scripts worker workers pipeline lambda'
  ).split(' '),
);

/** Words before a system's kind that make it a description ("the old crawler", "our bot"). */
const SYSTEM_DETERMINERS = new Set(['the', 'our', 'their', 'my', 'your', 'this', 'that', 'old', 'new']);

/** Words before "team" that make it a plain noun ("our team needs", "a team of five"). */
const OWNING = new Set([
  'our',
  'my',
  'their',
  'your',
  'his',
  'her',
  'a',
  'an',
  'this',
  'that',
  'whole',
  'same',
  'other',
]);

/**
 * fix37b, tuned-fashion: a word with a verb's past form given in a unit's field ("unit: preloved", "bu: unlocked"): the
 * field names the unit, whatever its form ("the unit expired" has no colon, and tells what the unit did).
 */
function pastFormInUnitField(terms: Term[], from: number, words: string[]): boolean {
  const field = terms[from - 1];
  return (
    words.length === 1 &&
    /^[a-z]{3,}ed$/.test(words[0] ?? '') &&
    field?.colon === true &&
    UNIT_NOUNS.has(field.w)
  );
}

/** A verb's past ("merged", "moved", "decided"): after "the team" it tells what the team did. */
const PAST_VERB = /^[a-z]{3,}ed$/;
/**
 * Verbs of using a key after "team" ("every team uses it", "the team hits it hourly", "team payments
 * relies on it"): who uses the key, not a name (round seventeen, leftovers17).
 */
const USING_VERBS = new Set(
  'uses use hits calls relies rely depends depend consumes queries runs reads pings leans'.split(' '),
);
/** After a verb of using: what is used ("it", "on it", "them", "this key"). */
const USED = new Set(['it', 'on', 'them', 'this', 'that', 'these', 'those', 'the']);

/** Is the term at `k` a verb of using with what is used after it ("uses it", "relies on it")? */
function usingVerb(terms: Term[], k: number): boolean {
  const t = terms[k];
  return t !== undefined && !t.stop && USING_VERBS.has(t.w) && USED.has(terms[k + 1]?.w ?? '');
}

/** Who tells what they do ("we retire …", "we're decommissioning …"). */
const TELLERS = new Set(["we're", 'we', "i'm", "they're", 'are', 'am']);

/** Is the name at `from` the object of a verb of ours told of the speakers ("we're decommissioning SAT-02")? */
function toldOfUs(terms: Term[], from: number): boolean {
  let k = from - 1;
  if (terms[k]?.w === 'the') k--;
  const verb = terms[k];
  if (verb === undefined || verb.stop || !VERB_TAGS.has(verb.tag ?? '')) return false;
  const who = terms[k - 1];
  return who !== undefined && !who.stop && TELLERS.has(who.w) && (k < 2 || terms[k - 2]?.w !== 'can');
}

/** "we are team ranking", "I'm team orion": the team named after a verb of being. */
const BEING = new Set(['are', 'is', 'am', "we're", "i'm", 'were']);
/** fix52c: verbs of handling a credential in -ing, before the person whose credential it is ("sharing Marko's token"). */
const HANDLING_GERUNDS: ReadonlySet<string> = new Set([
  'sharing',
  'using',
  'borrowing',
  'reusing',
  'copying',
  'taking',
  'passing',
  'stealing',
  'pasting',
  'leaking',
  'rotating',
  'revoking',
  'renewing',
  'deleting',
]);
/**
 * fix52c, tuned-freight: two words that name no unit. A verb of handling a credential in -ing and the person whose it
 * is ("we stop sharing Marko's token", "after using Ana's key"; README "a verb in -ing", "a person"); which side of a
 * border or a deal is told ("the border docs team, macedonian side", "client side", "our side"), a place of the story.
 */
function storySide(words: readonly string[], possessive: boolean): boolean {
  if (words.length !== 2) return false;
  return words[1] === 'side' || (possessive && HANDLING_GERUNDS.has(words[0] ?? ''));
}
/** Words after which a word in -ing is a verb's ("who's been issuing tokens", "someone keeps minting keys"). */
const BEFORE_GERUND = new Set([
  ...BEING,
  "they're",
  "you're",
  'was',
  'been',
  'keeps',
  'kept',
  'started',
  'stopped',
]);

/** Explicit markers: "bu: sales", "business unit data-science", "team: sales", "named x", "owned by x". */
function explicitMarker(walk: Walk, i: number): boolean {
  const { terms } = walk;
  const t = terms[i];
  const prev = terms[i - 1];
  const next = terms[i + 1];
  if (t === undefined) return false;
  const explicit =
    (t.w === 'bu' && !titleOfPerson(terms, i)) ||
    (t.w === 'unit' &&
      (prev?.w === 'business' || prev?.brk === true || t.paren === true || i === 0) &&
      // (", unit should be pixelhaus": a name given after a modal is teamIsNamed's.)
      !(MODALS.has(next?.w ?? '') && terms[i + 2]?.w === 'be')) ||
    (t.w === 'name' &&
      (next?.w === 'is' || t.brk || whereWritten(terms, i + 1) > 0) &&
      ['unit', 'team', 'bu'].includes(prev?.w ?? '')) ||
    // "team: sales", "(team: growth)"; not "the ledger team, precautionary" (a name ends in "team")
    // nor "hi team, following up" (people greeted).
    (t.brk &&
      TEAM_MARKERS.has(t.w) &&
      (prev === undefined || prev.stop || !isNameWord(prev.w)) &&
      prev?.tag !== 'Greeting' &&
      // ("the hackathon team, event's over", "the onboarding team, …": a word that names a team
      // before a team noun ends that name; the team is not introducing what follows.)
      !(
        prev !== undefined &&
        !prev.stop &&
        (DESCRIBING_TAGS.has(prev.tag ?? '') || BEFORE_UNIT_NOUN.has(prev.w) || prev.tag === 'History')
      )) ||
    // "(team orion)", "…, team search-ranking", "Team Phoenix needs…", "the team of Marketing Automation".
    (TEAM_MARKERS.has(t.w) &&
      !t.possessive &&
      (i === 0 || prev?.stop === true || next?.w === 'of' || BEING.has(prev?.w ?? '')) &&
      isNameWord((next?.w === 'of' ? terms[i + 2] : next)?.w ?? '') &&
      !usingVerb(terms, i + 1) &&
      !teamDoes(terms, i)) ||
    // "team ocr, pls rotate", "keys has the team logistics and …": one name right after "team".
    (TEAM_MARKERS.has(t.w) &&
      !t.possessive &&
      !t.stop &&
      (!OWNING.has(prev?.w ?? '') || ownTeamNamed(terms, i)) &&
      (prev === undefined || prev.stop || !isNameWord(prev.w)) &&
      next !== undefined &&
      isNameWord(next.w) &&
      !UNIT_NOUNS.has(next.w) &&
      // ("the team merged into solutions-eng": a verb's past, not a name.)
      !PAST_VERB.test(next.w) &&
      !usingVerb(terms, i + 1) &&
      !teamDoes(terms, i) &&
      (next.stop || next.w.includes('_') || !isNameWord(terms[i + 2]?.w ?? ''))) ||
    ((t.w === 'named' || t.w === 'called') && i > 0) ||
    // "Name it hr-assistant", "call it qc-vision".
    ((t.w === 'name' || t.w === 'call') && next?.w === 'it') ||
    (t.w === 'by' &&
      (prev?.w === 'owned' || (RUN_BY.has(prev?.w ?? '') && teamAhead(terms, i + 1))) &&
      !['xxemail', 'xxuser'].includes(next?.w ?? '')) ||
    (t.brk && t.w === 'key' && i === 0);
  if (!explicit) return false;
  let j = i + 1;
  // "(unit name procurement)", "unit name is Fraud Ops".
  // ("unit code is `ph-modelling`": the unit's code is its name.)
  if (t.w === 'unit' && (terms[j]?.w === 'name' || terms[j]?.w === 'code') && !terms[j]?.stop) j++;
  // ("unit code is CC-4410": a cost centre's or ticket's code, letters then digits, is no unit's name.)
  if (terms[j - 1]?.w === 'code' && ticketCode(terms, j)) return false;
  // "team name in the org chart is `mlops-core`": where the name is written, then the name.
  if (t.w === 'name') j += whereWritten(terms, j);
  if (['is', 'named', 'called', 'it'].includes(terms[j]?.w ?? '')) j++;
  // (units27: "the unit's name is spoken, sorry, voice note": how the name was given, no name.)
  if (terms[j - 1]?.w === 'is' && NAME_GIVEN_HOW.has(terms[j]?.w ?? '')) return false;
  // "the team of Marketing Automation": "of" after a team marker leads into the name.
  // ("the Department of Transportation": a public body's formal name, title-names.ts, is read whole.)
  const body = TEAM_MARKERS.has(t.w) && terms[j]?.w === 'of' && t.title === true;
  if (TEAM_MARKERS.has(t.w) && terms[j]?.w === 'of' && !body) j++;
  let named = readName(terms, body ? i : j, t.w === 'by', t.w !== 'by');
  // (A body named in prose is a team named in prose: it may approve or ask, "per the Department of Finance".)
  if (body) {
    add(walk, named.words, 1, i, named.end);
    return true;
  }
  // "Unit: supply chain", "unit: revenue cycle.": after a label, the value up to its phrase's end is the name.
  if (t.colon === true && UNIT_NOUNS.has(t.w)) named = labelValue(terms, j) ?? named;
  // "Unit: compliance-qa", "(team: investor-relations)", "bu growth", "name it hr-assistant": the
  // name is given as such, wherever it stands in the message (-1: above every other reading).
  const given = t.brk || ['bu', 'unit', 'named', 'called', 'name', 'call'].includes(t.w);
  const count = walk.candidates.length;
  add(walk, named.words, given ? -1 : 0, i, named.end);
  const added = walk.candidates[count];
  if (added !== undefined && t.w === 'by') added.owning = true;
  return true;
}

/** How a name was given, after "name is": "spoken", "dictated", "misspelled" (no name). */
const NAME_GIVEN_HOW = new Set(
  'spoken said dictated written typed spelled spelt misspelled mispelled pronounced wrong below above long weird odd'.split(
    ' ',
  ),
);

/** Words a verb of going leads into: "the team moves to …", "team joins the battery group". */
const GOES_INTO = new Set(['to', 'into', 'onto', 'over', 'back', 'the', 'a', 'an', 'from', 'with']);

/**
 * units22: "please shut down everything for adas-l4-study, the team moves to the L2+ program": "team" is
 * the subject of a verb in -s going somewhere ("moves to", "joins the"), no marker of a name after it.
 * ("key for team sales to use": a name that is a plural noun, not before "to the"/"into".)
 */
function teamDoes(terms: Term[], i: number): boolean {
  const verb = terms[i + 1];
  if (verb === undefined || verb.stop || verb.w.includes('_') || !/^[a-z]{3,}s$/.test(verb.w)) return false;
  const after = terms[i + 2]?.w ?? '';
  if (!GOES_INTO.has(after)) return false;
  return (
    after !== 'to' ||
    GOING_VERBS.has(verb.w) ||
    DETERMINERS.has(terms[i + 3]?.w ?? '') ||
    terms[i + 3]?.w === 'another'
  );
}

/**
 * Verbs of going that tell a move whatever follows "to" (fix22a: "deprovision adas-l4-study, the team moves
 * to growth-analytics" deprovisioned "moves"); a plural name before "to" is no such verb ("team sales to use").
 */
const GOING_VERBS = new Set(
  'moves goes heads transfers migrates switches shifts relocates returns belongs reports'.split(' '),
);

/** Verbs that, before "by" and a team, say who owns a thing as "owned by" does ("the model run by the X team"). */
const RUN_BY = new Set(['run', 'maintained', 'managed', 'built']);

/** units21: a team noun closes the name starting at j, within four words and one phrase ("the collections team"). */
function teamAhead(terms: Term[], j: number): boolean {
  for (let k = j; k < j + 5 && k < terms.length; k++) {
    const q = terms[k];
    if (q === undefined) return false;
    if (TEAM_NOUNS.has(q.w)) return true;
    if (q.stop) return false;
  }
  return false;
}

/** Words a label's value ends before: "Unit: supply chain please". */
const VALUE_ENDERS = new Set([
  'please',
  'pls',
  'plz',
  'thanks',
  'thx',
  'asap',
  'and',
  'or',
  'for',
  'in',
  'with',
  'by',
]);

/**
 * The value of a label ("Unit: supply chain", "team: revenue cycle.", "unit: customer 360") said in
 * two or three words ending its phrase (round fourteen): a name said in words, all of it, though
 * its words alone are ours or name nothing ("chain", "cycle"). Undefined when it is one word, longer,
 * or holds a value of another kind (a placeholder, a function word).
 */
function labelValue(terms: Term[], j: number): { words: string[]; end: number } | undefined {
  const words: string[] = [];
  for (let k = j; k < terms.length && words.length < 4; k++) {
    const q = terms[k] as Term;
    if (VALUE_ENDERS.has(q.w)) break;
    // (A word before a colon is the next label's, "Team: recsys kind: access key"; a key's word is no name.)
    if (q.colon === true || KEY_WORD_TAGS.has(q.tag ?? '')) return undefined;
    if (
      q.possessive ||
      FUNCTION_WORDS.has(q.w) ||
      q.w.startsWith('xx') ||
      !/^(?:[a-z][a-z0-9_]*|\d{1,4})$/.test(q.w)
    )
      return undefined;
    words.push(q.w);
    if (q.stop) break;
  }
  const end = j + words.length;
  const ends = end >= terms.length || terms[end - 1]?.stop === true || VALUE_ENDERS.has(terms[end]?.w ?? '');
  // ("Unit: 311 chatbot": a name a number opens, as numberOpens reads it.)
  const numbered = terms[j + 1] !== undefined && numberedName(words[0] ?? '', terms[j + 1] as Term);
  if (words.length < 2 || words.length > 3 || !ends || (/^\d/.test(words[0] ?? '') && !numbered))
    return undefined;
  return { words, end };
}

/** Words after which a name is a person's: "owner bu Ratna", "ask bu Sari". */
const PERSON_BEFORE = new Set(['owner', 'ask', 'cc', 'ping', 'contact', 'by']);

/**
 * "owner bu Ratna <@U07RATNA3>", "bu Dewi <@U…> will own it": "bu" (Indonesian "Mrs") as a person's
 * title, before a name followed by the person's mention or e-mail, or where an owner is named.
 */
function titleOfPerson(terms: Term[], i: number): boolean {
  const after = terms[i + 2]?.w ?? '';
  return (
    (!terms[i + 1]?.stop && (after === 'xxuser' || after === 'xxemail')) ||
    PERSON_BEFORE.has(terms[i - 1]?.w ?? '')
  );
}

/**
 * "in the org chart is", "in IAM is": the words from `j` that say where a name is written, up to its
 * "is" (their count, 0 when they are not there).
 */
function whereWritten(terms: Term[], j: number): number {
  if (terms[j]?.w !== 'in') return 0;
  for (let k = j + 1; k < terms.length && k <= j + 4; k++) {
    const q = terms[k];
    if (q === undefined || q.stop) return 0;
    if (q.w === 'is') return k - j;
    if (!(IN_THE_SYSTEM.has(q.w) || q.w === 'the' || q.w === 'our')) return 0;
  }
  return 0;
}

/** "… in the org chart", "… in IAM": where a name is written, after it, ending the phrase. */
function writtenInAfter(terms: Term[], j: number): boolean {
  if (terms[j]?.w !== 'in') return false;
  let k = j + 1;
  if (terms[k]?.w === 'the' || terms[k]?.w === 'our') k++;
  for (let n = 0; n < 3; n++, k++) {
    const q = terms[k];
    if (q === undefined || !IN_THE_SYSTEM.has(q.w)) return false;
    if (q.stop || k + 1 >= terms.length) return true;
  }
  return false;
}

/** Words before a bracket that make the name in it the unit's: "the KYC unit (kyc)", "AKIA… (recsys)", "we (revops)". */
const BEFORE_NAME_BRACKET = new Set([...UNIT_NOUNS, 'xxkeyid', 'we', 'us', 'bu']);
/** What may follow a name inside its bracket: "(store-ops in the org chart)", "(doc-intel in your system)". */
const IN_THE_SYSTEM = new Set(['org', 'chart', 'system', 'systems', 'bot', 'directory', 'iam', 'aws']);

/**
 * A name in brackets, given as the unit: "the Know-Your-Customer unit (kyc)", "rotate AKIA… (recsys)",
 * "do we (revops) have a key", "the Anti-Money Laundering unit (aml-monitoring)", "called 'Store Ops'
 * (store-ops in the org chart)". The bracket holds the name alone (or the name "in the org chart"),
 * after a unit or team word, a key ID or "we"; a hyphenated name needs no such word. A name given
 * like this wins over the prose around it (-1).
 */
function bracketed(walk: Walk, i: number): void {
  const { terms } = walk;
  const t = terms[i];
  if (t === undefined || !t.paren) return;
  const named = readName(terms, i, false);
  // ("the Privacy Office (po)": initials the name before spells stand though the word alone is never a name, as
  // Tagalog's polite "po" is not; business-unit.ts NEVER_NAMES.)
  if (named.words.length === 0 && t.close === true && /^[a-z]{2,5}$/.test(t.w)) initialsGiven(walk, t.w);
  const last = terms[named.end - 1];
  if (named.words.length === 0 || named.words.length > 3 || last === undefined) return;
  // ("the sales-ops team (Jorge's) wants …": whose it is, a person, not the unit's name.)
  if (last.possessive) return;
  let closed = last.close === true;
  // "(store-ops in the org chart)": the name, then where it is written.
  if (!closed && !last.stop && terms[named.end]?.w === 'in') {
    for (let k = named.end + 1; k < named.end + 5 && k < terms.length; k++) {
      const q = terms[k];
      if (q === undefined || !(FUNCTION_WORDS.has(q.w) || IN_THE_SYSTEM.has(q.w))) break;
      if (q.close) {
        closed = IN_THE_SYSTEM.has(q.w);
        break;
      }
    }
  }
  if (!closed) return;
  if (named.words.length === 1 && initialsGiven(walk, named.words[0] ?? '')) return;
  const before = terms[i - 1]?.w ?? '';
  // ("(PT-2026-04)", "(Q3-2026)": a reference of letters and numbers is no name.)
  const compound = named.words.some((w) => w.includes('_') && !/^[a-z]{1,4}(?:_\d+)+$/.test(w));
  // A name after "we" ("we (sales ops) have…") yields to one given as the unit's ("… for unit sales-ops-crm").
  if (before === 'we' || before === 'us') add(walk, named.words, 0, i, named.end);
  // ("the fraud team (ask Dana first)": words in brackets after a team are a code only when one of
  // them is written as one, "-", "_" or a digit; a note or a sentence names nothing.)
  else if (named.words.length > 1 && !named.words.some((w) => /[-_\d]/.test(w))) return;
  else if (compound || BEFORE_NAME_BRACKET.has(before)) add(walk, named.words, -1, i, named.end);
}

/**
 * "for the Data Protection Office (dpo)": a name read before a bracket that holds its initials is
 * given its short name, as a unit named in brackets is (README). Only a name already read as one.
 */
function initialsGiven(walk: Walk, short: string): boolean {
  // (units25: "project Beetle Base (`beetlebase`)": the name's words run together are its code, too.)
  if (short.length > 8 && short.length <= 40) {
    const whole = walk.candidates.find((c) => c.words.length >= 2 && c.words.join('') === short);
    if (whole !== undefined) {
      whole.words = [short];
      return true;
    }
  }
  if (short.length < 2 || short.length > 8 || !/^[a-z]+$/.test(short)) return false;
  const long = walk.candidates.find(
    (c) =>
      (short.length <= 5 && c.words.length === short.length && c.words.every((w, k) => w[0] === short[k])) ||
      (c.words.length >= 2 && c.words.length <= 4 && spelledByPrefixes(short, c.words, 0, 0)),
  );
  if (long === undefined) return false;
  long.words = [short];
  return true;
}

/**
 * units24: whether the short name is the start of each word in turn ("Flight Dynamics (fdyn)", "Ground Station
 * Ops (gsops)", "Mission Planning (mplan)"): a code shortened from the name before it, every word giving at
 * least its first letter (not "Payload Ops (plops)": no word opens with its "l"; fix24b). (At most four words and eight letters: bounded.)
 */
export function spelledByPrefixes(short: string, words: string[], at: number, k: number): boolean {
  if (k === words.length) return at === short.length;
  const w = words[k] ?? '';
  for (let n = 1; n <= w.length && at + n <= short.length; n++) {
    if (w[n - 1] !== short[at + n - 1]) break;
    if (spelledByPrefixes(short, words, at + n, k + 1)) return true;
  }
  return false;
}

/** "our team (growth) needs…", "team is platform": the words after name the team, when they end the phrase. */
function teamIsNamed(walk: Walk, i: number): boolean {
  const { terms } = walk;
  const t = terms[i];
  const next = terms[i + 1];
  if (t === undefined || t.possessive || !(TEAM_MARKERS.has(t.w) || t.w === 'bu' || t.w === 'unit'))
    return false;
  // "team is X", "the unit should be X", "unit will be X".
  const skip =
    next?.w === 'is' ? 1 : MODALS.has(next?.w ?? '') && terms[i + 2]?.w === 'be' && !t.stop ? 2 : 0;
  if (!(t.stop || skip > 0)) return unitWord(walk, i);
  const named = readName(terms, i + 1 + skip, false);
  const last = terms[named.end - 1];
  // ("the team is blocked": a participle describes the team, it does not name it.)
  // ("the team is waiting", "our team is still trying": what the team is doing, not its name.)
  const describes =
    next?.w === 'is' && named.words.some((w) => (w.length > 4 && w.endsWith('ed')) || DOING.has(w));
  // "The team is support-ops.", "unit is esg-reporting": a hyphenated name given so is the unit's (-1).
  const compound = named.words.length === 1 && named.words[0]?.includes('_') === true;
  // ("unit is claims triage owner is …": said without punctuation, the owner's field ends the name.)
  const fieldAfter = skip > 0 && t.w !== 'team' && !last?.stop && NAME_ENDERS.has(terms[named.end]?.w ?? '');
  // ("the sales-ops team (Jorge's) wants …": a person's, not the team's name.)
  const whose = last?.possessive === true && last.paren === true;
  // (units27: "the unit is `match-reports-auto` in the org chart, owner …": where the name is written ends it.)
  const placeAfter = skip > 0 && !last?.stop && writtenInAfter(terms, named.end);
  if (
    named.words.length > 0 &&
    !describes &&
    !whose &&
    (named.end >= terms.length || last?.stop || fieldAfter || placeAfter)
  )
    add(walk, named.words, compound && skip > 0 ? (selfNamed(terms, i) ? SELF_NAMED : -1) : 1, i, named.end);
  return true;
}

/** What a team is doing ("the team is waiting"): never the name after "team is". */
const DOING = new Set(
  'waiting asking working trying looking struggling hoping planning using running moving going getting stuck'.split(
    ' ',
  ),
);

/** Words that end a name given after "unit is" when nothing marks its end ("… owner is kim@…"). */
const NAME_ENDERS = new Set(['owner', 'owned', 'xxemail', 'xxuser', 'please', 'pls', 'plz', 'thanks', 'thx']);

const MODALS = new Set(['should', 'will', 'would', 'must', 'shall']);
/** Words before "(the) unit" that a name said in words after it may follow: "in the unit data eng". */
const SPACED_BEFORE = new Set([...PREPOSITIONS, 'in']);

/** Our words that a name said in words may hold inside it: "unit yield model sandbox". */
const INSIDE_NAME = new Set(['model', 'models', 'data', 'ai', 'llm']);

/**
 * units27: "new key for unit yield model sandbox": one of our words ("model") between name words after
 * "unit", the run ending the phrase, is inside the name, so "unit <words>" names all of them. A name of
 * at most four words; otherwise the name read stands.
 */
function wordInsideName(
  terms: Term[],
  named: { words: string[]; end: number },
): { words: string[]; end: number } {
  const k = named.end;
  const t = terms[k];
  if (named.words.length === 0 || named.words.length > 2 || t === undefined || !INSIDE_NAME.has(t.w))
    return named;
  if (t.stop || terms[k - 1]?.stop) return named;
  // (what follows, one or two plain words ending the phrase: no word of a key, an action or a function)
  const words = [...named.words, t.w];
  let j = k + 1;
  for (; j < terms.length && words.length < 4; j++) {
    const u = terms[j];
    if (u === undefined || FUNCTION_WORDS.has(u.w) || NAME_ENDERS.has(u.w) || !/^[a-z][a-z0-9_]*$/.test(u.w))
      break;
    if (KEY_WORD_TAGS.has(u.tag ?? '') || VERB_TAGS.has(u.tag ?? '') || u.tag === 'Models') break;
    words.push(u.w);
    if (u.stop) {
      j++;
      break;
    }
  }
  const ended = j >= terms.length || terms[j - 1]?.stop === true || NAME_ENDERS.has(terms[j]?.w ?? '');
  return j > k + 1 && ended ? { words, end: j } : named;
}

/**
 * fix45a, tuned-bpo: "old" ending a name said in words after "unit", the phrase ending with it ("deprovision unit cebu wfm
 * old", "revoke the key of unit voc insights old"): the name's last word, as typed `cebu-wfm-old` (as "legacy" and
 * "beta" already were); "old" is a function word, so the name stopped before it. Only after two name words, the
 * message or its clause ending there ("unit cebu wfm old key" is the unit's old key).
 */
function oldEndsName(
  terms: readonly Term[],
  named: { words: string[]; end: number },
): { words: string[]; end: number } {
  const t = terms[named.end];
  if (t?.w !== 'old' || named.words.length < 2 || terms[named.end - 1]?.stop) return named;
  const ends = t.stop || named.end + 1 >= terms.length || NAME_ENDERS.has(terms[named.end + 1]?.w ?? '');
  return ends ? { words: [...named.words, 'old'], end: named.end + 1 } : named;
}

/**
 * fix41a, tuned-ambulance: "key for unit call notes summariser", "for the unit shift handover": after "unit" where a
 * name said in words stands, a word that alone names nothing ("call", a meeting; "shift", a time) opens a name of two
 * or three plain words that ends the phrase, as "unit data eng" does. Null when the run is shorter or goes on.
 */
function plainRunAfterUnit(terms: Term[], i: number): { words: string[]; end: number } | null {
  // (post41b: "unit test fixtures", "unit tests data": a unit test, no unit.)
  if (/^test(?:s|ing)?$/.test(terms[i + 1]?.w ?? '')) return null;
  const words: string[] = [];
  let j = i + 1;
  for (; j < terms.length && words.length < 3; j++) {
    const t = terms[j];
    if (
      t === undefined ||
      !/^[a-z]{3,}$/.test(t.w) ||
      FUNCTION_WORDS.has(t.w) ||
      NAME_ENDERS.has(t.w) ||
      KEY_WORD_TAGS.has(t.tag ?? '') ||
      VERB_TAGS.has(t.tag ?? '') ||
      (words.length > 0 && !isNameWord(t.w))
    )
      break;
    words.push(t.w);
    if (t.stop) {
      j++;
      break;
    }
  }
  const ends = j >= terms.length || terms[j - 1]?.stop === true || NAME_ENDERS.has(terms[j]?.w ?? '');
  return words.length >= 2 && ends ? { words, end: j } : null;
}

/**
 * "for unit customer-comms", "deprovision unit robo-advice", "the unit customer-success-team": a
 * name right after the word "unit" (or "bu") is given as the unit's, when it is hyphenated or ends
 * the phrase (-1). ("unit tests", "the unit we call …" name nothing.)
 */
function unitWord(walk: Walk, i: number): boolean {
  const { terms } = walk;
  const t = terms[i];
  if (t === undefined || t.w !== 'unit' || t.stop) return false;
  const read = wordInsideName(terms, readName(terms, i + 1, false));
  const before = terms[i - (NOUN_DETERMINERS.has(terms[i - 1]?.w ?? '') ? 2 : 1)]?.w ?? '';
  const run = SPACED_BEFORE.has(before) ? plainRunAfterUnit(terms, i) : null;
  const named = run !== null && run.words.length > read.words.length ? oldEndsName(terms, run) : read;
  const last = terms[named.end - 1];
  const first = named.words[0] ?? '';
  if (named.words.length === 0 || UNIT_NOUNS.has(first) || last === undefined) return false;
  const compound = named.words.length === 1 && first.includes('_');
  // (fix46a, tuned-rides: or a period follows, "what happened in unit kancil the last 30 days", "spend in unit kancil
  // this week": the period (xxperiod by now) is no word of the name, as "for unit kancil last week" reads.)
  const ends =
    last.stop ||
    named.end >= terms.length ||
    NAME_ENDERS.has(terms[named.end]?.w ?? '') ||
    terms[named.end]?.w === 'xxperiod';
  // "in the unit data eng", "the key of the unit search quality": a name said in words, ending the phrase.
  const spaced = ends && named.words.length > 1 && named.words.length <= 3 && SPACED_BEFORE.has(before);
  if (!(compound || spaced || (named.words.length === 1 && ends))) return false;
  // ("but the unit stays", "the unit remains": after a determiner a plain word is what the unit does.)
  if (!compound && !spaced && NOUN_DETERMINERS.has(terms[i - 1]?.w ?? '')) return false;
  add(walk, named.words, selfNamed(terms, i) ? SELF_NAMED : -1, i, named.end);
  return true;
}

/**
 * units21: the priority of a unit the writers name as their own ("we are unit crm-scorecards", "our unit
 * is lettings-crm"): it wins over a description of the team anywhere in the message ("make key for team
 * of credit risk? we are unit crm-scorecards").
 */
const SELF_NAMED = -2;
const WE_ARE = new Set(['are', "we're"]);

/**
 * fix21c: a unit named by its code name ("unit ml-sandbox", "team captions-ops", "project fraud-lab":
 * a "_" word, prepare.ts), not described ("the team of credit risk"): the unit a request names for another.
 */
const namedAsUnits = (c: Candidate): boolean =>
  c.priority > SELF_NAMED && c.words.length === 1 && (c.words[0] ?? '').includes('_');

/**
 * fix21c: the writers' own unit ("we are unit data-platform. please deprovision unit ml-sandbox") gives
 * way to a unit the request names by its code: the self-name wins only over a description.
 */
function yieldSelfName(candidates: Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.priority <= SELF_NAMED)) return candidates;
  return namesAnother(candidates, candidates)
    ? candidates.filter((c) => c.priority > SELF_NAMED)
    : candidates;
}

/** Do the candidates name by its code a unit other than the writers' own among `self`? */
function namesAnother(candidates: Candidate[], self: Candidate[]): boolean {
  const own = new Set(self.filter((c) => c.priority <= SELF_NAMED).map((c) => c.words.join(' ')));
  return candidates.some((c) => namedAsUnits(c) && !own.has(c.words.join(' ')));
}

/** Is the "unit" at i said of the writers' own: "we are unit …", "we're unit …", "our unit is …"? */
function selfNamed(terms: Term[], i: number): boolean {
  const before = terms[i - 1]?.w ?? '';
  if (before === 'our') return terms[i + 1]?.w === 'is';
  return before === "we're" || (WE_ARE.has(before) && terms[i - 2]?.w === 'we');
}

/**
 * dev26b: "who revoked the summarizer key?", "revoke the summarizer keys": a system named by what it does
 * (an -er/-or noun) right after "the" and right before "key(s)" is the key's holder, as "the chatbot key" is;
 * behind "old"/"our" or before "credentials" ("drop the old crawler credentials", "our bot's key") it is not.
 */
function agentNamedKey(terms: Term[], word: string, before: string, end: number): boolean {
  if (before !== 'the' || !/(?:er|or)$/.test(word)) return false;
  const next = terms[end]?.w ?? '';
  return next === 'key' || next === 'keys';
}

/** What a unit owns: the words after a possessive that make it the credential's owner ("growth's jobs"). */
const OWNED_THINGS = new Set(
  (
    'access creds credential credentials setup crawler crawlers app apps bot bots pipeline pipelines job jobs ' +
    'service services model models budget spend spending usage account accounts user iam cost costs bill ' +
    'integration backend api scripts script workers worker batch cluster lambda lambdas forecaster ' +
    'parser parsers scraper scrapers generator generators summarizer summariser classifier extractor ' +
    'indexer assistant agent agents copilot tool tools processor processors engine'
  ).split(' '),
);

/**
 * Possessive: "marketing's key", "customer success's access", "the ranking team's crawler". The
 * possessor is a unit when it is a team or when what it has is a credential or a system; else it is
 * a person or a thing of the story ("Lena's team hit a milestone", "the vendor's Jira", "Group
 * Security's instruction"), and only a hyphenated name ("billing-service's") is kept, as a weak one.
 */
function possessive(walk: Walk, i: number): boolean {
  const { terms } = walk;
  const t = terms[i];
  if (t === undefined || !t.possessive || !isNameWord(t.w)) return false;
  const words = [t.w];
  for (let k = i - 1; k >= 0 && words.length < 4; k--) {
    const p = terms[k];
    // ("rotate Tom's team's key": the team of a person, whose name is no part of it.)
    if (
      !p ||
      p.stop ||
      p.possessive ||
      !(isNameWord(p.w) || spokenOpener(terms, k, words.length) || numberOpens(terms, k) || p.title === true)
    )
      break;
    // ("can you pull growth's spend", "could u grab legal's key": the word after "you" is a verb.)
    if (DOERS.has(terms[k - 1]?.w ?? '')) break;
    words.unshift(p.w);
  }
  // ("payroll's Claude spend": a model's provider between the owner and what it owns.)
  const owned = t.stop
    ? undefined
    : terms[i + 1]?.tag === 'Provider' && !terms[i + 1]?.stop
      ? terms[i + 2]
      : JOINING.has(terms[i + 1]?.w ?? '')
        ? sharedOwned(terms, i + 2)
        : terms[i + 1];
  const team = TEAM_NOUNS.has(words[words.length - 1] ?? '');
  // (fix46c, tuned-payments: a person's given name alone owns no unit's credential, "the old creds were tied to
  // Deepak's IAM user … so, bot: access key for risk-copilot-prod": README, a person names no unit.)
  if (words.length === 1 && (COMMON_GIVEN_NAMES.has(t.w) || GIVEN_NAMES.has(t.w))) return true;
  const credential =
    owned !== undefined &&
    (KEY_WORD_TAGS.has(owned.tag ?? '') ||
      OWNED_THINGS.has(owned.w) ||
      ['Service', 'LongTerm', 'Spend'].includes(owned.tag ?? ''));
  if (team || credential) add(walk, words, 1, i - words.length + 1, i + 1);
  else if (words.some((w) => w.includes('_'))) add(walk, words, 2, i - words.length + 1, i + 1);
  return true;
}

/** What a team's possessive may own in a story: its plans, reviews, conditions, meetings. */
const STORY_OWNED = new Set(
  (
    'plan plans review reviews conditions condition meeting meetings retro offsite decision decisions ' +
    'season schedule timeline roadmap deadline deadlines audit audits visit trip party'
  ).split(' '),
);
/** "the studio's security review", "the team's plans": the owned noun, after at most one word before it. */
function storyOwned(terms: Term[], k: number): boolean {
  const a = terms[k];
  if (a === undefined) return false;
  if (STORY_OWNED.has(a.w)) return true;
  return !a.stop && STORY_OWNED.has(terms[k + 1]?.w ?? '') && a.tag === undefined;
}

/** Words that join two possessives sharing what they own ("growth's and ads' keys"). */
const JOINING = new Set(['and', 'or', '&']);

/**
 * units19: "rotate concierge-bot's and upsell-engine's keys", "growth's and the ads' keys": what the
 * next possessive, right after the joiner or a determiner, owns is owned by the first too, so the first
 * name is as much the unit. Not over a verb: "keep growth's and rotate ads's key" keeps growth's own
 * (whatever it is) out of the request.
 */
function sharedOwned(terms: Term[], from: number): Term | undefined {
  const k = DETERMINERS.has(terms[from]?.w ?? '') && !terms[from]?.stop ? from + 1 : from;
  const q = terms[k];
  return q?.possessive === true && !q.stop ? terms[k + 1] : undefined;
}

/**
 * "revoke doc intel's access key", "the doc intel's key": a plain noun that alone names nothing opens
 * a name of two words said before a possessive, right after our verb, an article or the clause's start.
 */
function spokenOpener(terms: Term[], k: number, after: number): boolean {
  const p = terms[k];
  const before = terms[k - 1];
  return (
    p !== undefined &&
    after === 1 &&
    plainNoun(p.w) &&
    (before === undefined ||
      before.stop ||
      DETERMINERS.has(before.w) ||
      (VERB_TAGS.has(before.tag ?? '') && !DOERS.has(terms[k - 2]?.w ?? '')))
  );
}

/** What a system said in words ends with (SYSTEM_KINDS, and a tool's noun of checking or tracking). */
const SPOKEN_SYSTEM_TAILS = new Set([
  ...SYSTEM_KINDS,
  'checker',
  'checkers',
  'scanner',
  'tracker',
  'copilot',
  'helper',
]);

/**
 * fix41b, tuned-cosmetics: a terse ask of what a system said in words spent, the whole message "spend on <name>"
 * ("spend on inci checker", "spend on claims triage bot?"): the system is the unit. What was spent on things goes on
 * or names no system ("spend on spare parts this month is crazy", "spend on coffee") and stays no unit.
 */
function spendOnSystem(terms: Term[], i: number): boolean {
  if (i !== 1 || terms[0]?.tag !== 'Spend' || terms[0].stop) return false;
  const named = readName(terms, i + 1, true);
  return (
    named.words.length > 1 &&
    named.end === terms.length &&
    !named.words.some((w) => w.includes('_')) &&
    SPOKEN_SYSTEM_TAILS.has(named.words.at(-1) ?? '')
  );
}

/** Pronouns after which a word is a verb, not part of a name ("can you pull growth's spend"). */
const DOERS = new Set(['you', 'u', 'i', 'we', 'they', 'pls', 'please', 'plz']);

/** Membership: "I'm on the ML team", "we're in the data platform squad", "I'm with the search team". */
function membership(walk: Walk, i: number): boolean {
  const t = walk.terms[i];
  if (t === undefined || t.brk || !(t.w === 'on' || t.w === 'in' || t.w === 'with')) return false;
  const named = readName(walk.terms, i + 1, true);
  const last = named.words[named.words.length - 1];
  if (named.words.length > 1 && last !== undefined && TEAM_NOUNS.has(last)) {
    add(walk, named.words, 2, i + 1, named.end);
    return true;
  }
  return false;
}

/**
 * After a preposition: "for Marketing", "for the marketing team", "details of sales" ("on" only
 * after words that ask about something: "details on sales", not "I'm on the ML team").
 */
function afterPreposition(walk: Walk, i: number): boolean {
  const t = walk.terms[i];
  const prevTag = walk.terms[i - 1]?.tag;
  if (
    t === undefined ||
    t.brk ||
    !(
      PREPOSITIONS.has(t.w) ||
      (t.w === 'with' && asksAbout(walk.terms, i)) ||
      (t.w === 'under' && keysUnder(walk.terms, i))
    )
  )
    return false;
  // ("on" and "to" only after words that ask about something: "details on sales", "attached to x",
  // "changes to recsys", "what happened to recsys".)
  if (
    (t.w === 'on' || t.w === 'to') &&
    !['Details', 'Show', 'History', 'KeyNoun'].includes(prevTag ?? '') &&
    !ABOUT_WORDS.has(walk.terms[i - 1]?.w ?? '') &&
    // ("every rotate/revoke on checkout": our actions joined by a slash, done on the unit.)
    !joinedActions([walk.terms[i - 1]?.w ?? '']) &&
    // ("what's on forecasting": what a name has, asked of the name itself, no article before it.)
    !(
      t.w === 'on' &&
      WHATS.has(walk.terms[i - 1]?.w ?? '') &&
      !DETERMINERS.has(walk.terms[i + 1]?.w ?? '')
    ) &&
    !(t.w === 'on' && spendOnSystem(walk.terms, i))
  )
    return false;
  // ("the key the BI team gave to the agency": the team that gave a key owns it, not its receiver.)
  if (t.w === 'to' && giverTeam(walk, i)) return true;
  // (units26b: "rotate all the keys pls, security audit from the bank client next week": who a review comes
  // from audits us; it is the reason told, never the unit whose keys are meant.)
  if (
    t.w === 'from' &&
    walk.terms[i - 1]?.stop !== true &&
    (REVIEWS_FROM.has(walk.terms[i - 1]?.w ?? '') ||
      (walk.terms[i - 1]?.w === 'test' && walk.terms[i - 2]?.w === 'pen'))
  )
    return true;
  // "sorry for the delay", "thanks for the help": what one thanks or apologises for is no unit.
  if (t.w === 'for' && SOCIAL.has(walk.terms[i - 1]?.w ?? '')) return true;
  // "need it for the accruals", "I need this for the board deck": what a thing is needed for is a purpose.
  if (t.w === 'for' && PRONOUN_HEADS.has(walk.terms[i - 1]?.w ?? '') && !keysOfVerb(walk.terms, i - 1))
    return true;
  const named = readName(walk.terms, i + 1, true);
  // ("a key for a client project", "for an internal tool", "a demo for a retail customer": a thing
  // named with "a"/"an" is some thing of its kind, never a unit, which is named as itself.)
  if (
    (walk.terms[i + 1]?.w === 'a' || walk.terms[i + 1]?.w === 'an') &&
    !walk.terms[i + 1]?.stop &&
    !named.words.some((w) => w.includes('_'))
  )
    return true;
  // ("what happened with the migration?": after "with", a plain word behind "the" is a thing of the
  // story; "what happened with orion", "… with the orion key" name a unit.)
  if (
    t.w === 'with' &&
    walk.terms[i + 1]?.w === 'the' &&
    !named.words.some((w) => w.includes('_')) &&
    !KEY_WORD_TAGS.has(walk.terms[named.end]?.tag ?? '')
  )
    return true;
  // (units25: "tokens for the egg collection work", "for the Africa interconnect work": the work a credential
  // is for is an activity, a purpose, never a unit.)
  if (named.words.length > 0 && walk.terms[named.end]?.w === 'work' && !walk.terms[named.end - 1]?.stop)
    return true;
  // "disable the access key for supply chain", "tear down everything for hack week": a name said in
  // words that ends the request though one of its words alone names nothing.
  if (t.w === 'for' && named.words.length <= 1 && spokenPair(walk.terms, i + 1)) {
    add(walk, [walk.terms[i + 1]?.w ?? '', walk.terms[i + 2]?.w ?? ''], 2, i + 1, i + 3);
    return true;
  }
  // "the crawler of team ranking": a name marked as a team's is the team that owns the credential.
  const marked =
    walk.terms.slice(i + 1, i + 4).some((q) => TEAM_MARKERS.has(q.w)) &&
    !TEAM_MARKERS.has(named.words[0] ?? '');
  add(walk, named.words, marked ? 1 : 2, i + 1, named.end);
  return true;
}

/**
 * Two words right after "for" that end the phrase and name a unit said in words, though one alone
 * names nothing: an everyday word opening a name ("supply chain", "office tools") or a time noun
 * closing one ("hack week", "launch day"). Only in a request for a credential or an action of ours.
 */
function spokenPair(terms: Term[], j: number): boolean {
  const a = terms[j];
  const b = terms[j + 1];
  if (a === undefined || b === undefined || a.stop || a.possessive || b.possessive) return false;
  const after = terms[j + 2]?.w ?? '';
  const ends =
    b.stop ||
    j + 2 >= terms.length ||
    ENDING_WORDS.has(after) ||
    SPOKEN_ENDS.has(after) ||
    PERIOD_OPENERS.has(after) ||
    after === 'xxperiod';
  if (!ends) return false;
  const plainName = (w: string): boolean => plainNoun(w) && isNameWord(w);
  const pair =
    (a.tag === 'Everyday' && plainName(b.w)) ||
    (plainName(a.w) && TIME_NOUNS.has(b.w) && !NOUN_DETERMINERS.has(a.w)) ||
    (oursFirst(a) && spokenSecond(b.w)) ||
    // (units19: "deprovision the unit for kyc onboarding", "a key for vendor onboarding": the process
    // a unit runs, said after its name word, ends the name.)
    (plainName(a.w) && b.w === 'onboarding') ||
    // (units26b: "key for notes summary": a product named by what it makes or does, one of our words, said
    // after its name word right after a key's "for".)
    (plainName(a.w) && PRODUCT_TAILS.has(b.w) && KEY_WORD_TAGS.has(terms[j - 2]?.tag ?? ''));
  // (Round seventeen: or a read of ours, "spend for doc intel this month", "details for dev rel".)
  return (
    pair &&
    terms
      .slice(0, j)
      .some((q) => REQUEST_TAGS.has(q.tag ?? '') || q.tag === 'All' || RECORD_TAGS.has(q.tag ?? ''))
  );
}

/** Tags of what is kept under a unit: "keys under growth", "everything under rc-hpc". */
const HELD_TAGS = new Set(['KeyNoun', 'TokenNoun', 'All']);

/**
 * "under" after keys or everything (round seventeen): "what keys are under the Marine Bio Lab", "rotate
 * everything under rc-hpc", "an active key under quadhacks-25" name the unit they are held under (not
 * "we're under pressure", "the key is under review": no name of a unit follows those).
 */
function keysUnder(terms: Term[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const q = terms[k];
    if (q === undefined || q.stop) return false;
    if (HELD_TAGS.has(q.tag ?? '')) return !underNoUnit(terms, i);
  }
  return false;
}

/**
 * Nouns of a state or a part of a text (review fix seventeen): "keys under legal hold", "under security
 * review", "under quarantine", "under the free tier", "under clause 4" say what state the keys are in
 * (keys on hold must be kept), no unit they are held under.
 */
const UNDER_STATES = new Set(
  (
    'hold holds review reviews approval audit audits investigation investigations quarantine embargo ' +
    'contract contracts warranty suspicion tier clause item section rule rules nda ndas lock lockdown ' +
    'freeze probation consideration discussion evaluation observation watch scrutiny maintenance ' +
    'construction development attack threat pressure load license licence agreement policy article ' +
    'paragraph step option heading control surveillance restriction restrictions sanction sanctions ' +
    'litigation dispute retention preservation subpoena notice'
  ).split(' '),
);
/** Idioms of "under": "under the hood", "under the microscope", "under the doormat", "under wraps". */
const UNDER_IDIOMS = new Set(
  'hood microscope radar rug doormat mat wraps table bed desk sofa couch carpet bus weather gun spotlight'.split(
    ' ',
  ),
);
/** Titles before a person's name: "under Dr Patel". */
const UNDER_TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'prof', 'professor', 'sir', 'dame']);

/**
 * What follows "under keys" names no unit (review fix seventeen): a state ("legal hold", "quarantine"),
 * an idiom ("the hood"), or a person ("sarah", "Priya's name", "Dr Patel": a person is an owner).
 */
function underNoUnit(terms: Term[], i: number): boolean {
  let k = i + 1;
  if (terms[k]?.w === 'the' || terms[k]?.w === 'a') k++;
  const first = terms[k];
  if (first === undefined) return true;
  if (UNDER_IDIOMS.has(first.w) || UNDER_TITLES.has(first.w) || first.possessive) return true;
  if (GIVEN_NAMES.has(first.w) || COMMON_GIVEN_NAMES.has(first.w)) return true;
  for (let j = k; j < terms.length && j < k + 4; j++) {
    const q = terms[j];
    if (q === undefined) break;
    // ("under clause 4" is prepared as "clause_4": the word before the number is the state's.)
    if (UNDER_STATES.has(q.w) || UNDER_STATES.has(q.w.replace(/_\d+$/, ''))) return true;
    // ("under item 3", "under section 2": a number after a word numbers a part of a text.)
    if (j === k && /^\d+$/.test(terms[j + 1]?.w ?? '')) return true;
    if (q.stop || q.possessive) return q.possessive;
  }
  return false;
}

/** "keys under clause 4", "under rule 7" (prepared "clause_4"): a numbered part of a text after "under" names no unit. */
function underState(terms: Term[], i: number): boolean {
  const before = terms[i - 1]?.w === 'the' ? terms[i - 2] : terms[i - 1];
  return before?.w === 'under' && UNDER_STATES.has((terms[i]?.w ?? '').replace(/_\d+$/, ''));
}

/** Words that open a period after a name said in words ("spend for dev rel this quarter"). */
const PERIOD_OPENERS = new Set(['this', 'last', 'past']);
/** Tags of our words that may open a name said in words ("for dev rel", "for onboarding flow"). */
const FIRST_TAGS = new Set(['Purpose', 'Onboard']);

/**
 * Round seventeen: a word that names no unit alone, of ours or of a story ("dev", "onboarding", "doc"),
 * opening a name of two words said in words ("for dev rel", "for onboarding flow", "for doc intel").
 */
function oursFirst(a: Term): boolean {
  return (
    /^[a-z]{3,}$/.test(a.w) &&
    !FUNCTION_WORDS.has(a.w) &&
    !isNameWord(a.w) &&
    (a.tag === undefined || FIRST_TAGS.has(a.tag))
  );
}

/**
 * The second word of such a name: a name word, not a generic noun, nor a plural, an activity or a
 * thing done ("for demo purposes", "for quick prototyping", "for local development": a use, no unit).
 */
function spokenSecond(w: string): boolean {
  return (
    isNameWord(w) &&
    !GENERIC_NOUNS.has(w) &&
    // (A unit's word in the plural is kept only when it is no plural of one: "ops", "analytics", not "projects".)
    (!/(?:s|ing|ment|tion)$/.test(w) || (UNIT_WORDS.has(w) && !UNIT_WORDS.has(w.slice(0, -1)))) &&
    /^[a-z]+$/.test(w)
  );
}

/** Words before "with" that ask what is up with something: "what happened yesterday with orion?". */
const ABOUT_WITH = new Set(['happened', 'happening', 'deal', 'wrong', 'going', 'up', 'changed']);
function asksAbout(terms: Term[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const q = terms[k];
    if (q === undefined || q.stop) return false;
    if (ABOUT_WITH.has(q.w)) return true;
  }
  return false;
}

/** "what's on X": the question of what a name has. */
const WHATS = new Set(["what's", 'whats', 'wats', 'what’s']);

/** Words before "for" that thank or apologise. */
const SOCIAL = new Set(['sorry', 'thanks', 'thank', 'thx', 'apologies', 'kudos', 'props', 'cheers', 'ty']);

/** Verbs of giving a key: "to" after them leads to its receiver, unless a team gave it. */
const GIVING = new Set(['give', 'gave', 'handed', 'provided']);

/**
 * "the key the BI team gave to the agency": a team named as the one who gave a key (the name right
 * before the giving verb, ending in a team noun) is its unit; the candidate is added here.
 */
function giverTeam(walk: Walk, i: number): boolean {
  const { terms } = walk;
  if (!GIVING.has(terms[i - 1]?.w ?? '') || !TEAM_NOUNS.has(terms[i - 2]?.w ?? '')) return false;
  let k = i - 2;
  const opens = (q: Term | undefined): boolean =>
    q !== undefined && !q.stop && isNameWord(q.w) && !DETERMINERS.has(q.w);
  while (k > i - 5 && k > 0 && opens(terms[k - 1])) k--;
  if (k < i - 2)
    add(
      walk,
      terms.slice(k, i - 1).map((q) => q.w),
      1,
      k,
      i - 1,
    );
  return true;
}

/**
 * Words after which "to"/"on" lead to what they concern: "changes to recsys", "what changed on team
 * falcon"; and the receiver of a key, its unit ("the key given to kookaburra", "we gave to x", "the
 * key handed to marmoset"; "given" is read as "give").
 */
const ABOUT_WORDS = new Set(
  'changes change changed happened done made assigned attached belongs belonging given granted issued give gave handed provided'.split(
    ' ',
  ),
);

/** "key holders", "key keepers": the people who hold a unit's keys, never a unit's name. */
const KEY_HOLDER_WORDS = new Set(['holder', 'holders', 'keeper', 'keepers', 'custodian', 'custodians']);

/** Words a terse command may open with before its key word ("revoke all keys payments", "mk key growth"). */
const TERSE_OPENERS = new Set(['new', 'mk', 'all', 'the', 'every', 'api', 'aws']);

/**
 * Round eighteen: the holder named in a clause after a key ("the key held by the Emergency Planning
 * Cell", "every key the Procurement Office has", key-holder.ts) is the unit; a person holder names
 * none. Either way the clause is read here, never as a terse name ("held", "sam uses").
 */
function keyHolder(walk: Walk, i: number): boolean {
  const { terms } = walk;
  if (terms[i]?.tag !== 'KeyNoun') return false;
  const holder = holderAfterKey(terms, i, UNIT_NOUNS);
  if (holder === undefined) return false;
  if (holder.person) return true;
  const named =
    holder.end === undefined
      ? readName(terms, holder.start, true)
      : { words: terms.slice(holder.start, holder.end).map((t) => t.w), end: holder.end };
  const count = walk.candidates.length;
  add(walk, named.words, 0, holder.start, named.end);
  const added = walk.candidates[count];
  if (added !== undefined) added.owning = true;
  return true;
}

/**
 * known27: "key points: rotate the growth key", "Key takeaways: …", "key risks - …": "key" and a plural noun
 * opening the message as a heading over a clause with a verb of its own, which names its own thing.
 */
function keyHeading(terms: Term[], i: number): boolean {
  const head = terms[i + 1];
  if (i !== 0 || head === undefined || head.stop !== true || head.end === true) return false;
  if (!/^[a-z]{3,}[^s]s$/.test(head.w)) return false;
  // (The clause names its thing with a determiner of its own, "rotate the growth key"; "key payments: rotate
  // pls" is a terse request for payments.)
  let verb = false;
  for (let k = i + 2; k < terms.length && k < i + 10; k++) {
    const w = terms[k]?.w ?? '';
    if (VERB_TAGS.has(terms[k]?.tag ?? '')) verb = true;
    else if (verb && (w === 'the' || w === 'a' || w === 'an' || w === 'our')) return true;
  }
  return false;
}

/** Terse: "key marketing", "mk key growth euc1", "/bedrock new-key finance 90d", "revoke all keys payments". */
function terseKey(walk: Walk, i: number): void {
  const { terms } = walk;
  const t = terms[i];
  if (
    t?.tag === 'KeyNoun' &&
    i <= 3 &&
    !t.brk &&
    terms
      .slice(0, i)
      .every(
        (q) =>
          q.tag === 'Create' ||
          VERB_TAGS.has(q.tag ?? '') ||
          TERSE_OPENERS.has(q.w) ||
          ['LongTerm', 'TokenNoun', 'Api', 'Aws'].includes(q.tag ?? ''),
      )
  ) {
    // ("key holders for growth": who holds a unit's keys, not a unit named "holders".)
    if (KEY_HOLDER_WORDS.has(terms[i + 1]?.w ?? '')) return;
    if (keyHeading(terms, i)) return;
    const named = readName(terms, i + 1, false);
    if (named.words.length > 0) add(walk, named.words, 2, i + 1, named.end);
  }
}

/**
 * After an action verb: "onboard Customer Success", "rotate marketing key", "spend marketing"; and
 * after a history word that opens its clause ("hist growth 7d", "history billing").
 */
function afterVerb(walk: Walk, i: number): boolean {
  const { terms } = walk;
  const t = terms[i];
  const prev = terms[i - 1];
  const opensHistory = t?.tag === 'History' && (i === 0 || prev?.stop === true);
  if (t?.tag === undefined || !(VERB_TAGS.has(t.tag) || opensHistory)) return false;
  if (t.brk)
    return (
      t.end === true &&
      t.asked !== true &&
      VERB_TAGS.has(t.tag) &&
      (i === 0 || prev?.stop === true) &&
      nameSentenceAfter(walk, i)
    );
  // ("a contractor whose engagement ended": what someone's is, no unit; "during the onboarding lab":
  // a verb's word after a determiner is a noun.)
  if (t.w === 'whose' || NOUN_DETERMINERS.has(prev?.w ?? '')) return false;
  // (units20b: "what's our AI bill looking like", "our bedrock spend looking up": a cost word after
  // "our" and a word for AI is a noun; the -ing word after it is the clause's verb, no unit.)
  if (t.tag === 'Spend' && nounOfCost(terms, i)) return false;
  // ("The service logs show authentication warnings", "it shows in the audit trail": a thing that
  // shows something, in a story, asks nothing; what it shows names no unit.)
  if (t.tag === 'Show' && prev !== undefined && !prev.stop && showingThing(prev)) return true;
  // ("show me ads", "show me growth pls": a bare name after "show me" that ends the request is shown.)
  if (t.tag === 'Show' && SHOWN_TO.has(terms[i + 1]?.w ?? '') && !terms[i + 1]?.stop) {
    const shown = readName(terms, i + 2, false);
    const after = terms[shown.end];
    if (
      shown.words.length > 0 &&
      (after === undefined || terms[shown.end - 1]?.stop || after.tag === 'Polite')
    )
      add(walk, shown.words, 2, i + 2, shown.end);
    return true;
  }
  const { words, end } = readName(terms, i + 1, true);
  // (fix46c, tuned-styles-long: a cost word before a word for what is said of it is a noun, "last week's spend
  // question: … this time just port-docs-ocr", "the spend numbers": that word names no unit; "spend ads" does.)
  if (t.tag === 'Spend' && words.length === 1 && SAID_OF_COST.has(words[0] ?? '')) return true;
  // "show the legal team how summarisation works": the people something is shown to.
  if (HOW_WORDS.has(terms[end]?.w ?? '') && !terms[end - 1]?.stop) return true;
  const keyWordAfter = terms.slice(end, end + 6).some((q) => KEY_WORD_TAGS.has(q.tag ?? ''));
  // ("need a key", "get growth a key"; "provision growth" names what it sets up.)
  const setsUp = t.w === 'provision' || t.w === 'provisioning';
  if (
    words.length > 0 &&
    (t.tag !== 'Create' || setsUp || keyWordAfter || words.some((w) => w.includes('_')))
  )
    add(walk, words, 2, i + 1, end);
  return true;
}

/**
 * known27: "nope, not rotate — revoke. kyc.", "no, not revoke, rotate. growth", "revoke. the ads key": a verb
 * that is its sentence alone, then a sentence that is a name alone (with its key word or "please"), is the
 * verb's object, written as a terse command cut in two. A sentence that says more ("revoke. growth is fine")
 * is not, nor a verb asked and a word after it ("revoke? brave", a judgement).
 */
function nameSentenceAfter(walk: Walk, i: number): boolean {
  const { terms } = walk;
  const { words, end } = readName(terms, i + 1, true);
  if (words.length === 0) return false;
  let k = end;
  while (k < terms.length && !terms[k - 1]?.stop && KEY_WORD_TAGS.has(terms[k]?.tag ?? '')) k++;
  while (k < terms.length && terms[k]?.tag === 'Polite') k++;
  if (k < terms.length && terms[k - 1]?.end !== true) return false;
  add(walk, words, 2, i + 1, end);
  return true;
}

/** Owners before a cost noun ("our AI bill"), and words for what the cost is of ("the bedrock spend"). */
const COST_OWNERS = new Set(['our', 'their', 'your', 'his', 'her']);
const COST_OF = new Set(['ai', 'genai', 'llm', 'bedrock', 'aws', 'cloud']);

/** Is the cost word at `i` a noun: "our bill", "our AI bill", "the bedrock spend"? */
function nounOfCost(terms: Term[], i: number): boolean {
  const prev = terms[i - 1]?.w ?? '';
  if (COST_OWNERS.has(prev)) return true;
  const before = terms[i - 2]?.w ?? '';
  return COST_OF.has(prev) && (COST_OWNERS.has(before) || NOUN_DETERMINERS.has(before));
}

/** Words before "the" that set a cost beside another: "next to the fuel spend", "beside the payroll spend". */
const BESIDE = new Set(['to', 'beside', 'alongside', 'besides']);

/**
 * units20b: "finance wants it next to the fuel spend": a cost the answer is set beside is the story's,
 * its word no unit ("put it beside the payroll spend").
 */
function besideCost(terms: Term[], i: number): boolean {
  return NOUN_DETERMINERS.has(terms[i - 1]?.w ?? '') && BESIDE.has(terms[i - 2]?.w ?? '');
}

/** Whom something is shown to, right after "show" ("show me ads"). */
const SHOWN_TO = new Set(['me', 'us']);

/** A subject that shows things: a record ("the logs"), a pronoun for a thing, or things named in the plural. */
function showingThing(t: Term): boolean {
  return (
    t.tag === 'History' ||
    PRONOUN_HEADS.has(t.w) ||
    (plainNoun(t.w) && t.w.endsWith('s') && !t.w.endsWith('ss') && !GREETED.has(t.w))
  );
}

/** "is marketing set up?", "does sales have a key?", "check if sales has access". */
function stateQuestion(walk: Walk, i: number): boolean {
  const t = walk.terms[i];
  if (t === undefined || t.brk) return false;
  // "how many access keys has checkout", "what keys has the team logistics": the name ends the question.
  if ((t.w === 'has' || t.w === 'have') && walk.terms[i - 1]?.tag === 'KeyNoun') {
    const named = readName(walk.terms, i + 1, true);
    const after = walk.terms[named.end];
    if (
      named.words.length > 0 &&
      (after === undefined ||
        walk.terms[named.end - 1]?.stop ||
        after.w === 'and' ||
        // ("how many keys has marketing got lol", "… has growth now").
        CLOSING.has(after.w))
    )
      add(walk, named.words, 2, i + 1, named.end);
    return true;
  }
  if (whoDid(walk, i)) return true;
  const asks = t.w === 'is' || t.w === 'does' || t.w === 'has' || t.w === 'did' || t.w === 'was';
  const whether = t.w === 'if' || t.w === 'whether';
  // "show me what finance has", "everything marketing has got".
  const what = t.w === 'what' || t.w === 'everything' || t.w === 'anything';
  if (!asks && !whether && !what) return false;
  // "what does recsys have?", "what did growth get": the name after the auxiliary.
  // ("what credentials does the Payments Risk team hold?": the key word asked about, then the auxiliary.)
  const keyWord = what && KEY_WORD_TAGS.has(walk.terms[i + 1]?.tag ?? '') && !walk.terms[i + 1]?.stop ? 1 : 0;
  // ("what keys growth currently has": the key word asked about, then the name, no auxiliary.)
  const aux = what && AUX.has(walk.terms[i + 1 + keyWord]?.w ?? '') ? 1 + keyWord : keyWord;
  const { words, end } = readName(walk.terms, i + 1 + aux, true);
  const adverb = what && BETWEEN_HAS.has(walk.terms[end]?.w ?? '') ? 1 : 0;
  const after = walk.terms[end + adverb]?.w ?? '';
  // ("how much did sales blow on bedrock": the one who did something with Bedrock; the verb, an
  // everyday word, ends the name read.)
  const onBedrock =
    (t.w === 'did' || t.w === 'does') &&
    words.length > 1 &&
    walk.terms[end - 1]?.stop !== true &&
    ['on', 'with', 'for'].includes(walk.terms[end]?.w ?? '') &&
    walk.terms[end + 1]?.tag === 'Bedrock';
  if (onBedrock) {
    add(walk, words.slice(0, -1), 2, i + 1, end - 1);
    return true;
  }
  // "when was recsys last rotated?", "is growth deprovisioned?": a past participle of our verbs.
  const done = walk.terms[after === 'last' ? end + 1 : end];
  const participle = done !== undefined && VERB_TAGS.has(done.tag ?? '') && /ed$/.test(done.w);
  if (
    (!what && STATE_WORDS.has(after)) ||
    (asks && participle) ||
    (whether && ['is', 'are', 'can', 'still'].includes(after)) ||
    (what && ['has', 'have', 'owns', 'own', 'got', 'use', 'uses', 'hold', 'holds'].includes(after))
  )
    add(walk, words, 2, i + 1, end);
  return true;
}

/** Words that close a question about a name's keys ("how many keys has marketing got"). */
const CLOSING = new Set(['got', 'now', 'currently', 'lol', 'please', 'pls', 'plz', 'thanks', 'thx', 'asap']);
/** Adverbs between a name and "has" ("what keys growth currently has"). */
const BETWEEN_HAS = new Set(['currently', 'still', 'now', 'already', 'actually']);
/** Words after a name that end a "who did what to it" question: a period, a time, the end. */
const WHEN_AFTER = new Set([
  'xxperiod',
  'xxdur',
  'last',
  'past',
  'this',
  'since',
  'yesterday',
  'today',
  'recently',
  'lately',
]);

/**
 * "who touched recsys past 30 days", "who changed billing last week": a past verb after "who", then
 * a name that ends the question or is followed by when. (Our own verbs are read by afterVerb.)
 */
function whoDid(walk: Walk, i: number): boolean {
  const { terms } = walk;
  const verb = terms[i + 1];
  if (terms[i]?.w !== 'who' || verb === undefined || verb.stop || verb.tag !== undefined) return false;
  if (!PAST_VERB.test(verb.w)) return false;
  const named = readName(terms, i + 2, false);
  const after = terms[named.end];
  if (
    named.words.length > 0 &&
    (after === undefined ||
      terms[named.end - 1]?.stop ||
      WHEN_AFTER.has(after.w) ||
      ENDING_WORDS.has(after.w))
  )
    add(walk, named.words, 2, i + 2, named.end);
  return true;
}

const AUX = new Set(['does', 'did', 'do']);

/** Words that say what a thing is ("chat history is gone"): a statement about it, naming no unit. */
const STATE_AFTER = new Set(['is', 'was', 'are', 'were', 'got', 'has', 'had', 'seems', 'looks']);

/** Words that open a question whose subject comes next ("can data-science get a key?"). */
const ASKING_OPENERS = new Set(['can', 'could', 'may', 'will', 'would', 'should', 'does', 'did']);

/** One given name, then a verb of getting and a "for" soon after: "Dana needs a key for payroll". */
function personBeforeFor(words: string[], terms: Term[], end: number): boolean {
  const name = words.length === 1 ? (words[0] ?? '') : '';
  return (
    (GIVEN_NAMES.has(name) || COMMON_GIVEN_NAMES.has(name)) &&
    terms.slice(end + 1, end + 6).some((q) => q.w === 'for')
  );
}

/** A name right before a key word ("marketing key"), a verb of getting, spending or "service". */
function beforeKeyWord(walk: Walk, i: number): void {
  const { terms } = walk;
  const t = terms[i];
  const prev = terms[i - 1];
  // ("renewals team needs creds": a word that names a team only before a team noun opens one there.)
  const teamWord = t !== undefined && BEFORE_UNIT_NOUN.has(t.w) && UNIT_NOUNS.has(terms[i + 1]?.w ?? '');
  if (
    t === undefined ||
    !(isNameWord(t.w) || teamWord || spokenSystem(terms, i) || numberOpens(terms, i)) ||
    !(i === 0 || !isNameWord(prev?.w ?? '') || prev?.stop) ||
    // ("the 311 chatbot key": the word after a number that opens a name is inside it.)
    numberOpens(terms, i - 1)
  )
    return;
  const { words, end } = readName(terms, i, false);
  // ("could localization please have a key": a polite word between the name and its verb.)
  const after = terms[end]?.tag === 'Polite' && !terms[end]?.stop ? terms[end + 1] : terms[end];
  const open = words.length > 0 && !terms[end - 1]?.stop;
  // (units19: "revoke the 128 node cluster key for ads": a number before a name and one key measures
  // the thing the key is for, no unit; "the 3 ads keys" counts the unit's keys.)
  if (open && measuredThing(prev, words[0], after)) return;
  // (Round twenty-two: "Dana needs a key for payroll": a person who needs a key for a unit named after
  // "for" is no unit.)
  if (open && after?.tag === 'Create' && personBeforeFor(words, terms, end)) return;
  if (open && after && (KEY_WORD_TAGS.has(after.tag ?? '') || after.w === 'bedrock')) add(walk, words, 2, i);
  else if (
    open &&
    (i === 0 ||
      prev?.stop === true ||
      (CLAUSE_JOINERS.has(prev?.w ?? '') && (i === 1 || terms[i - 2]?.stop === true)) ||
      (i === 1 && ASKING_OPENERS.has(prev?.w ?? '')) ||
      afterGreeting(terms, i)) &&
    ((after?.tag === 'Create' && !wantsRecord(terms, end + 1)) ||
      // "ops-tooling would like a key", "exec-office has an old access key …, please revoke it".
      (after?.w === 'like' && terms[end]?.tag === 'Polite') ||
      (HAVING.has(after?.w ?? '') &&
        terms.slice(end + 1, end + 5).some((q) => KEY_WORD_TAGS.has(q.tag ?? ''))) ||
      // "could localization have a key", "can billing get an access key".
      (i === 1 &&
        (after?.w === 'have' || after?.w === 'get') &&
        terms.slice(end, end + 5).some((q) => KEY_WORD_TAGS.has(q.tag ?? ''))))
  )
    add(walk, words, 2, i); // "marketing needs a key", "can data-science get a key"
  else if (
    open &&
    after?.tag === 'Spend' &&
    !besideCost(terms, i) &&
    !negatedContrast(terms, i, end) &&
    !ourSpendElsewhere(terms, end + 1) &&
    // ("show me the payments spend, meeting with the cfo later": a meeting after a comma is another clause.)
    (after.stop || !SPEND_MEETINGS.has(terms[end + 1]?.w ?? ''))
  )
    add(walk, words, 2, i); // "what did marketing spend"
  else if (open && i === 0 && after?.tag === 'History' && !STATE_AFTER.has(terms[end + 1]?.w ?? ''))
    add(walk, words, 2, i); // "payouts history last month", "recsys audit log"
  else if (open && after?.tag === 'Service')
    add(walk, words, 2, i); // "the billing service needs a key"
  else if (
    words.length > 0 &&
    prev?.tag === 'Service' &&
    !prev.stop &&
    (terms[i - 2] === undefined || !isNameWord(terms[i - 2]?.w ?? ''))
  )
    add(walk, words, 2, i); // "need key for service recsys", "our service kyc-checker needs access"
  else if (words.length === 1 && words[0]?.includes('_') && !underState(terms, i)) add(walk, words, 3, i);
}

/** Words that make a spend ours: "bedrock spend", "the AI spend", "our aws spend", "the llm one". */
const OUR_SPEND_WORDS = new Set([
  'bedrock',
  'ai',
  'aws',
  'llm',
  'llms',
  'genai',
  'claude',
  'model',
  'models',
]);

/**
 * units28: "bedrock spend last month? not the van fuel spend", "AI spend in March — for the touring spend report",
 * "how much did we spend on bedrock in april, for the marketing spend review": our spend named by the product in
 * another phrase, a name before another spend word is the trade's own kind of spend (or a report's), no unit.
 */
function ourSpendElsewhere(terms: Term[], spendAt: number): boolean {
  // Only a spend named as a noun is a kind of spend: "what doc-intel spent", "how much is translations spending
  // on bedrock", "the broker portal burning on bedrock" tell what a unit spends.
  const spend = terms[spendAt];
  if (spend === undefined || !SPEND_NOUNS.has(spend.w) || spentOnOurs(terms, spendAt)) return false;
  for (let k = 0; k < terms.length; k++) {
    if (k === spendAt) continue;
    const t = terms[k] as Term;
    if (t.tag === 'Spend' || t.w === 'one') {
      const before = terms[k - 1];
      if (before !== undefined && !before.stop && OUR_SPEND_WORDS.has(before.w)) return true;
      // ("spend on bedrock", "spent on the AI"): the spend word, then what it went on.
      if (t.tag === 'Spend' && spentOnOurs(terms, k)) return true;
    }
  }
  return false;
}

/** A spend word as a noun: "the van fuel spend", "stock costs", "the marketing spending". */
const SPEND_NOUNS = new Set(['spend', 'spends', 'spending', 'cost', 'costs']);

/** The spend word at k, then what it went on, ours: "spend on bedrock", "spent on the AI". */
function spentOnOurs(terms: Term[], k: number): boolean {
  if (terms[k]?.stop !== false || terms[k + 1]?.w !== 'on') return false;
  const on = terms[k + 2]?.w === 'the' ? terms[k + 3] : terms[k + 2];
  return on !== undefined && OUR_SPEND_WORDS.has(on.w);
}

/**
 * units25: "not acquisition spend — the bedrock spend", "not the marketing spend, the AI spend", "bedrock
 * spend — not diesel spend, the AI one": a kind of spend negated and set against another kind of the same
 * noun (or "one") in the next phrase is no unit; the spend asked is the other one. The name after "not"
 * (or "not the"), the spend word ending its phrase, then within four terms "the"/"our" and a spend word or
 * "one" of another phrase.
 */
function negatedContrast(terms: Term[], i: number, end: number): boolean {
  const before = terms[i - 1]?.w === 'the' ? i - 2 : i - 1;
  if (terms[before]?.w !== 'not' || terms[before]?.stop || terms[end]?.stop !== true) return false;
  for (let k = end + 1; k <= end + 4 && k < terms.length; k++) {
    const t = terms[k] as Term;
    if (t.tag === 'Spend' || t.w === 'one') return terms[end + 1]?.w === 'the' || terms[end + 1]?.w === 'our';
    if (t.stop) return false;
  }
  return false;
}

/**
 * A number of two or more, a measure noun ("node", "core", "gpu", "gb", "seat") and a single key after
 * the name: the size of a thing ("the 128 node cluster key"). Not any number: "revoke the 10 growth
 * key" names the unit.
 */
function measuredThing(prev: Term | undefined, first: string | undefined, after: Term | undefined): boolean {
  return (
    prev !== undefined &&
    !prev.stop &&
    /^\d+$/.test(prev.w) &&
    Number(prev.w) > 1 &&
    MEASURE_NOUNS.has(first ?? '') &&
    (after?.w === 'key' || after?.w === 'token' || after?.w === 'credential')
  );
}

/** What a number measures in the size of a thing: "128 node", "64 core", "8 gpu", "500 gb", "40 seat". */
const MEASURE_NOUNS = new Set(
  [
    'node',
    'core',
    'cpu',
    'vcpu',
    'gpu',
    'gb',
    'tb',
    'mb',
    'pb',
    'seat',
    'bed',
    'room',
    'server',
    'host',
    'pod',
    'shard',
    'replica',
    'machine',
    'device',
    'terminal',
    'screen',
    'kiosk',
    'lane',
    'bay',
    'user',
  ].flatMap((w) => [w, `${w}s`]),
);

const HAVING = new Set(['has', 'have', 'had', 'got']);

/**
 * units22: meetings a cost is the subject of ("the clinical trial spend review is Thursday", "the
 * warranty cost review"): the words before name the meeting's subject, no unit that spends.
 */
const SPEND_MEETINGS = new Set(
  'review reviews meeting meetings call sync committee presentation offsite workshop'.split(' '),
);

/** Tags of what is wanted that make the one who wants it a reader, not a unit: a record, a cost. */
const RECORD_TAGS = new Set(['History', 'Spend', 'List', 'Details']);
const RECORD_WORDS = new Set([
  'it',
  'this',
  'that',
  'them',
  'record',
  'records',
  'list',
  'report',
  'change',
  'changes',
]);

/**
 * "Compliance needs every Bedrock change", "HR wants a record for the review", "Finance wants Bedrock
 * cost per unit", "HR needs it for his exit": what is wanted, from `k` on, is a record or a cost
 * (or a pronoun), not a credential: who wants it asks, it names no unit.
 */
function wantsRecord(terms: Term[], k: number): boolean {
  for (let q = k; q < terms.length && q < k + 5; q++) {
    const t = terms[q];
    if (t === undefined) break;
    if (KEY_WORD_TAGS.has(t.tag ?? '') && t.tag !== 'Bedrock') return false;
    if (RECORD_WORDS.has(t.w) || RECORD_TAGS.has(t.tag ?? '')) return true;
    if (t.stop) break;
  }
  return false;
}
/** Words that greet the channel after a greeting ("hey all", "hi team"). */
const GREETED = new Set(['all', 'team', 'folks', 'everyone', 'bot', 'guys', 'there', 'everybody', 'people']);

/** "hey all risk-scoring needs …": the word after a greeting opens the clause (an emoji left no comma). */
function afterGreeting(terms: Term[], i: number): boolean {
  const prev = terms[i - 1];
  if (prev === undefined) return false;
  return (
    (prev.tag === 'Greeting' && i === 1) ||
    (i === 2 && GREETED.has(prev.w) && terms[0]?.tag === 'Greeting' && !terms[0]?.stop)
  );
}

/** A hyphenated or underscored word anywhere is a name of last resort ("launching chat-assist next week"). */
function anyCompound(walk: Walk, i: number): void {
  const t = walk.terms[i];
  if (t === undefined || !t.w.includes('_') || t.tag !== undefined || !isNameWord(t.w)) return;
  if (underState(walk.terms, i)) return;
  // ("please contact the ml-ops team": people one talks to.)
  const before = walk.terms[i - 1];
  const talk =
    TALK_VERBS.has(before?.w ?? '') ||
    (DETERMINERS.has(before?.w ?? '') && TALK_VERBS.has(walk.terms[i - 2]?.w ?? ''));
  if (!talk) add(walk, [t.w], 4, i);
}

/** "we're the Payments team", "the growth-labs team was dissolved": a team named anywhere. */
function teamPhrase(walk: Walk, i: number): void {
  const { terms } = walk;
  const t = terms[i];
  if (t === undefined || t.brk) return;
  // (known27: "Learning team's quiz generator needs a key": a team's name of one of our describing words
  // opening the message, with no article, is read as after "the"; a name word there is read elsewhere.)
  const opener = ['the', 'our', 'my', 'their'].includes(t.w);
  if (!opener && !(i === 0 && RUN_TAGS.has(t.tag ?? '') && TEAM_NOUNS.has(terms[1]?.w ?? ''))) return;
  // "please contact the platform team", "we should tell the sales team": people one talks to.
  if (TALK_VERBS.has(terms[i - 1]?.w ?? '')) return;
  // "I'm moving to the platform org", "new to the content team", "joining the ML team": where the
  // writer goes or comes from, not who owns the credential.
  const before = terms[i - 1]?.w ?? '';
  if (MOVE_WORDS.has(before) || (['to', 'from'].includes(before) && MOVE_WORDS.has(terms[i - 2]?.w ?? '')))
    return;
  const from = opener ? i + 1 : i;
  const named = readName(terms, from, false);
  const last = named.words[named.words.length - 1];
  // ("show the legal team how it works": the people something is shown to.)
  const shownTo = HOW_WORDS.has(terms[named.end]?.w ?? '') && !terms[named.end - 1]?.stop;
  if (named.words.length > 1 && last !== undefined && UNIT_NOUNS.has(last) && !shownTo)
    add(walk, named.words, 2, from, named.end);
}

/**
 * "Project Phoenix has been cancelled.", "project nova got cancelled, please deprovision it": a
 * project named as itself at the head of its clause, one word before a verb or the clause's end.
 */
function projectNamed(walk: Walk, i: number): void {
  const { terms } = walk;
  const t = terms[i];
  const next = terms[i + 1];
  if (t?.w !== 'project' || t.stop || next === undefined || next.tag !== undefined || !isNameWord(next.w))
    return;
  if (!(i === 0 || terms[i - 1]?.stop)) return;
  const after = terms[i + 2];
  if (next.stop || after === undefined || ACTING_AFTER.has(after.w) || PROJECT_FATES.has(after.w))
    add(walk, [t.w, next.w], 1, i, i + 2);
}

/** What happens to a project ("project nova got cancelled", "project atlas ended"). */
const PROJECT_FATES = new Set(['got', 'ended', 'ends', 'closed', 'wrapped', 'finished', 'died', 'stopped']);

/** Words of the writer's own move between teams. */
const MOVE_WORDS = new Set(
  'moving moved move joining joined join leaving left new transferring transferred switching switched back'.split(
    ' ',
  ),
);

const HOW_WORDS = new Set(['how', 'what', 'why', 'where', 'that']);

/** Verbs of talking to people: the team after them is spoken to, not the credential's owner. */
const TALK_VERBS = new Set(
  'contact ask tell ping email call join thank inform cc notify message dm told asked pinged called'.split(
    ' ',
  ),
);
/**
 * units27: "revoke all of them for ads", "rotate them for growth": the pronoun is the keys our verb acts on
 * (after the verb, or "all/one/both of" after it), and "for" names whose they are, no purpose.
 */
function keysOfVerb(terms: Term[], k: number): boolean {
  if (terms[k]?.w !== 'them') return false;
  let v = k - 1;
  if (terms[v]?.w === 'of' && QUANTIFIED.has(terms[v - 1]?.w ?? '')) v -= 2;
  const verb = terms[v];
  return verb !== undefined && !verb.stop && VERB_TAGS.has(verb.tag ?? '') && verb.tag !== 'Create';
}
const QUANTIFIED = new Set(['all', 'one', 'both', 'each', 'any']);

/** Pronouns before "for": "need it for the review" (a purpose, no unit). */
const PRONOUN_HEADS = new Set(['it', 'this', 'that', 'them', 'these', 'those']);

/**
 * Nouns of a field of work that are also our keywords ("events", "inventory", "audit",
 * "experimentation", "sandbox"): a team may be called so. They name the unit only where nothing but
 * a name stands: right after a team marker ("for team inventory"), as a credential's owner
 * ("experimentation's key", "the key of inventory", "revoke the keys for events"), or as the one
 * asking for a key ("could experimentation get a key?"). A purpose after "for" stays a purpose ("a
 * key for testing").
 */
const FIELD_NOUNS = new Set(
  (
    'events inventory audit audits activity overview journal changelog experimentation experiment ' +
    'experiments sandbox hackathon prototyping exploration evaluation learning development testing'
  ).split(' '),
);

/** Words that end a request's phrase as punctuation would ("for team events please"). */
const ENDING_WORDS = new Set(['please', 'pls', 'plz', 'thanks', 'thx', 'asap']);

function fieldName(walk: Walk, i: number): void {
  const { terms } = walk;
  const t = terms[i];
  if (t === undefined || !FIELD_NOUNS.has(t.w)) return;
  const prev = terms[i - 1];
  const next = terms[i + 1];
  const ofKey = prev !== undefined && !prev.stop && KEY_WORD_TAGS.has(terms[i - 2]?.tag ?? '');
  if (t.possessive) {
    if (!t.stop && next !== undefined && KEY_WORD_TAGS.has(next.tag ?? '')) add(walk, [t.w], 1, i);
  } else if (ofKey && prev?.w === 'of') add(walk, [t.w], 2, i);
  else if (
    i === 1 &&
    ASKING_OPENERS.has(prev?.w ?? '') &&
    (next?.w === 'get' || next?.w === 'have') &&
    terms.slice(i + 1, i + 6).some((q) => KEY_WORD_TAGS.has(q.tag ?? ''))
  )
    add(walk, [t.w], 2, i);
  else if (!(t.stop || next === undefined || ENDING_WORDS.has(next.w)) || prev === undefined || prev.stop)
    return;
  else if (TEAM_MARKERS.has(prev.w) && !prev.possessive) add(walk, [t.w], 0, i);
  else if (ofKey && prev.w === 'for' && t.tag !== 'Purpose') add(walk, [t.w], 2, i);
}

/**
 * Words that head a message as a label, not as whom it is for ("Context: …", "urgent: revoke …",
 * "handover: …", "todo: …").
 */
const LABEL_WORDS = new Set(
  (
    'context background request req fyi reminder failover timeline okr handover status security history ' +
    'severity resource issue issues todo re fwd fw urgent note notes question questions problem summary ' +
    'update edit ps tldr goal goals subject title error errors warning result results example step steps ' +
    'env environment reason q ask priority blocker followup action actions info hint tip tips ask ' +
    'heads idea proposal plan decision outcome answer reply correction ticket jira incident alert ' +
    'all everyone folks team hi hello hey guys people legal audit auditoria pregunta frage urgente ' +
    'dringend contexto kontext'
  ).split(' '),
);

/**
 * "qualite: rotation of key please", "ledger: new key 90d": the one word before a colon that opens a
 * request for a credential names whom it is for, when nothing else in the message names a unit
 * (priority 3.5, below every other reading). A label ("Context:", "urgent:") names nobody.
 */
function labelled(walk: Walk): void {
  const { terms } = walk;
  const t = terms[0];
  if (t === undefined || t.colon !== true || t.end || !isNameWord(t.w) || LABEL_WORDS.has(t.w)) return;
  let asks = false;
  for (let k = 1; k < terms.length && k < 12; k++) {
    const q = terms[k];
    if (q === undefined) break;
    if (KEY_WORD_TAGS.has(q.tag ?? '') || VERB_TAGS.has(q.tag ?? '')) asks = true;
    if (q.end) break;
  }
  if (asks) add(walk, [t.w], 3.5, 0, 1);
}

/** A system's head nouns a service's code name may follow ("the OCR gate portal service `ocr.gate`"). */
const SERVICE_HEADS = new Set(['service', 'svc', 'app', 'bot', 'tool', 'system']);
/** The heads whose "X is <code name>" names the unit: README's unit words (service, system, app). */
const SAID_HEADS = new Set(['service', 'svc', 'app', 'system']);
/** A code name: words joined by "_" (dots, hyphens and underscores of code, as prepared). */
const CODE_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

/**
 * units23: a service's code name given right after the system's head noun, or after "the service is", and
 * ending its phrase ("the OCR gate portal service `ocr.gate`", "the reference check bot `refcheck.bot`",
 * "key for the bulk cv import, the service is `cv-bulk-import`"): the name given as the unit's (README,
 * "in brackets or backticks"), over the prose words before it (-1). ("the service is down": no code name.)
 */
function serviceCodeNamed(walk: Walk, i: number): boolean {
  const { terms } = walk;
  const t = terms[i];
  if (t === undefined || t.possessive || !SERVICE_HEADS.has(t.w)) return false;
  // (fix23c: "the service is X" gives a unit's name as README's unit words do; "the tool is aws.cli", "the
  // bot is slack.bot" say which tool, no unit.)
  const said = terms[i + 1]?.w === 'is' && !t.stop && SAID_HEADS.has(t.w);
  if (!said && t.stop) return false;
  const j = said ? i + 2 : i + 1;
  const code = terms[j];
  if (code === undefined || !CODE_NAME.test(code.w) || !isNameWord(code.w)) return false;
  if (!code.stop && j + 1 < terms.length) return false;
  // (Right after the head noun, only when a name in prose stands before it: "the portal service ocr_gate".)
  const before = terms[i - 1]?.w ?? '';
  if (!said && (DETERMINERS.has(before) || !isNameWord(before))) return false;
  add(walk, [code.w], -1, j, j + 1);
  return true;
}

/**
 * How much each term's sentence asks (request-sentence.ts): a name in the request wins over the
 * story's. A sentence that asks for something but names no credential and no action of ours ("The
 * payroll-ops team wants AI help for the exception queue.") asks less than the one that does
 * ("Create IAM access keys for payroll-ops"): 0.5.
 */
function sentenceTiers(terms: Term[]): number[] {
  const tierOf: number[] = [];
  // (fix21c: the sentences opened by a contracted wh-word, read last: they ask only when no other
  // sentence asks the bot to act, "who's the owner of fraud-ops? revoke the risk-ml key now".)
  const whAsked: [from: number, to: number][] = [];
  let requested = false;
  let from = 0;
  for (let i = 0; i < terms.length; i++) {
    if (!terms[i]?.end && i < terms.length - 1) continue;
    const sentence = terms.slice(from, i + 1);
    // (units21: "who's the owner of the highlights-gen unit? need to ask them about the goal clips": a
    // question opened by a contracted wh-word asks, as one opened by "who" does; the story after it tells.)
    if (WH_CONTRACTED.has(sentence[0]?.w ?? '')) {
      whAsked.push([from, i]);
      from = i + 1;
      continue;
    }
    const tier: Tier = sentenceTier(sentence.map((t) => t.w).join(' '));
    const asks = sentence.some(
      (t) => (REQUEST_TAGS.has(t.tag ?? '') && !WISHES.has(t.w)) || t.w === 'xxkeyid',
    );
    if (asks && !sentence.some((t) => t.tag === 'Question')) requested = true;
    const ours = tier !== 0 || sentence.some((t) => t.tag === 'Question') || asks;
    // (units21: "… the move-in chatbot, so the 12h tokens won't do. could you set up a key for
    // `tenant-app-backend`?": a sentence that opens by asking the bot outright asks more than one that
    // tells what is needed; half a priority step, so a name found the same way there wins.)
    const outright = tier === 0 && asksOutright(sentence);
    for (let k = from; k <= i; k++) tierOf[k] = ours ? (outright ? OUTRIGHT_TIER : tier) : 0.5;
    from = i + 1;
  }
  for (const [a, b] of whAsked) for (let k = a; k <= b; k++) tierOf[k] = requested ? 0.5 : 0;
  return tierOf;
}

/** The tier of a sentence that opens by asking the bot outright: above the others' 0 by half a priority. */
const OUTRIGHT_TIER = -0.05;
const OUTRIGHT_OPENERS = new Set(['could', 'can', 'would', 'will']);
const BY_YOU = new Set(['you', 'u']);

/** Does the sentence open with "could you …", "can u …", "please …"? */
function asksOutright(sentence: Term[]): boolean {
  const first = sentence[0]?.w ?? '';
  if (first === 'please' || first === 'pls' || first === 'plz') return true;
  return OUTRIGHT_OPENERS.has(first) && BY_YOU.has(sentence[1]?.w ?? '');
}

/** A wh-word contracted with "is", opening a question ("who's", "what's"), which the lexicon leaves untagged. */
const WH_CONTRACTED = new Set(["who's", 'whos', 'who’s', "what's", 'whats', 'what’s', "where's", "how's"]);

/** Tags of the words of a request to us: a credential, or an action of ours (not a wish: "wants AI help"). */
const REQUEST_TAGS = new Set([...KEY_WORD_TAGS, ...ACTION_TAGS, 'LongTerm']);
const WISHES = new Set(
  'want wants wanted need needs needed get gets got give gives require requires'.split(' '),
);

/**
 * The unit of a request whose story sentences were left out (`story`, see prepare.ts): the
 * request's own, except that a name given as the unit's in the story ("They're called robo-ops in
 * the org chart.", "Unit: ci-runner.") wins over a name the request only implies in prose ("a key for
 * their planning service"); with no name in the request, one that is clearly a name in the story.
 */
export function findRequestUnit(
  terms: Term[],
  story: string | undefined,
  pasted?: Set<string>,
  titled?: Set<string>,
  seen?: UnitSeen,
): string | null {
  terms = oldOneAsKey(withoutEnvironments(terms));
  if (titled !== undefined) markTitled(terms, titled);
  const own = yieldSelfName(ownWords(walkTerms(terms, false), pasted));
  if (story === undefined) return bestOf(own, terms, seen);
  const storyTerms = tokenize(story);
  if (titled !== undefined) markTitled(storyTerms, titled);
  const told = ownWords(walkTerms(storyTerms, true), pasted);
  const given = told.filter((c) => c.priority < 0);
  // (fix21c: the writers' own unit, "we are unit data-platform.", wins over a description in the request,
  // never over a unit the request names as such: "please deprovision unit ml-sandbox".)
  if (
    given.length > 0 &&
    (given.some((c) => c.priority <= SELF_NAMED)
      ? !namesAnother(own, given)
      : !own.some((c) => c.priority < 1))
  )
    return bestOf(given, storyTerms);
  if (own.length > 0) {
    const best = bestCandidate(own, terms);
    // "I'm writing on behalf of the customer-360 project. … a credential for our batch enrichment
    // service": a system the request names is owned by the unit the story names as such.
    const owning =
      best?.system === true
        ? told.find((c) => !c.system && (c.priority <= 1 || c.target === true))
        : undefined;
    const chosen = owning ?? best;
    return chosen ? normalizeBusinessUnit(codeAfterDescription(chosen.words).join(' ')) : null;
  }
  // "what we have for compras? show me", "the billing key — rotate it pls": a request of a few words
  // that names nothing acts on what the line before it named, read as a request's words are.
  if (
    told.length === 0 &&
    ((terms.length <= ELLIPTICAL_WORDS && terms.every(pointsBack)) ||
      // "what does recsys have? key kind, expiry, owner?": the fields asked of what the line before named.
      (terms.length <= FIELD_LIST_WORDS && terms.every((t) => pointsBack(t) || KEY_FIELDS.has(t.w))))
  )
    return bestOf(
      ownWords(walkTerms(storyTerms, false), pasted).filter((c) => c.priority <= 2),
      storyTerms,
    );
  return bestOf(told, storyTerms);
}

/** Environments said in brackets after a name ("checkout (staging)", "cart_svc (prod)"). */
const ENVIRONMENTS = new Set([
  'staging',
  'stage',
  'prod',
  'production',
  'dev',
  'test',
  'qa',
  'uat',
  'sandbox',
]);

/** Is the term an environment alone in brackets right after a name? */
function bracketedEnvironment(t: Term, k: number, terms: Term[]): boolean {
  return (
    t.paren === true &&
    t.close === true &&
    ENVIRONMENTS.has(t.w) &&
    k > 0 &&
    !terms[k - 1]?.brk &&
    !bracketedCode(t.w, k, terms)
  );
}

/** Words that mark a unit right before a bracket: "team (qa)", "bu (qa)" name the unit qa. */
const MARKERS_BEFORE_CODE = new Set([...UNIT_NOUNS, 'bu', 'project', 'department', 'dept']);

/**
 * Whether the bracketed word is the unit's code rather than an environment: right after a unit noun
 * ("the Quality Assurance team (qa)", "bu (qa)"), or the initials of the words before it ("User
 * Acceptance Testing (uat)"; README: a bracket holding the initials of the name before it is the unit).
 */
function bracketedCode(code: string, k: number, terms: Term[]): boolean {
  const before = terms[k - 1]?.w ?? '';
  if (MARKERS_BEFORE_CODE.has(before)) return true;
  if (k < code.length) return false;
  let initials = '';
  for (let j = k - code.length; j < k; j++) initials += terms[j]?.w[0] ?? '';
  return initials === code;
}

/**
 * The terms without an environment in brackets after a name (round fifteen): it is story, not part of
 * the name ("what did checkout (staging) spend" reads as "what did checkout spend"; README, "Units
 * written as service names"). The name before it goes on as though the bracket were not there.
 */
/** The words that set a key apart from its replacement: "the old billing one". */
const FORMER = new Set(['old', 'older', 'previous', 'prior', 'existing', 'current', 'former', 'stale']);
/**
 * requests26: "revoke the old billing one", "kill the previous ads one": "one" after "the old X" stands for
 * X's key, so X is named as a key's unit is ("the old billing key"). Only a word no tag reads, a unit's
 * word or a written name ("the old new one", "the old big one" name none).
 */
function oldOneAsKey(terms: Term[]): Term[] {
  let out: Term[] | null = null;
  for (let k = 3; k < terms.length; k++) {
    const t = terms[k] as Term;
    if (t.w !== 'one') continue;
    const name = terms[k - 1] as Term;
    if (
      name.tag !== undefined ||
      name.stop ||
      !FORMER.has(terms[k - 2]?.w ?? '') ||
      terms[k - 3]?.w !== 'the'
    )
      continue;
    // (A unit's word or a name with a hyphen, underscore or digit, as a take-back's "nah, the growth one"
    // is read: "the old big one" names none.)
    if (!UNIT_WORDS.has(name.w) && !/[-_\d]/.test(name.w)) continue;
    out ??= [...terms];
    out[k] = { ...t, w: 'key', tag: 'KeyNoun' };
  }
  return out ?? terms;
}

function withoutEnvironments(terms: Term[]): Term[] {
  if (!terms.some(bracketedEnvironment)) return terms;
  const kept: Term[] = [];
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k] as Term;
    if (!bracketedEnvironment(t, k, terms)) kept.push(t);
    else if (t.end === true) kept[kept.length - 1] = { ...(terms[k - 1] as Term), end: true, brk: true };
    else kept[kept.length - 1] = { ...(terms[k - 1] as Term), stop: false };
  }
  return kept;
}

/** Marks the words that go on into the next as one name written in Title Case (title-names.ts). */
function markTitled(terms: Term[], titled: Set<string>): void {
  for (let k = 0; k + 1 < terms.length; k++) {
    const t = terms[k] as Term;
    if (!t.stop && !t.possessive && titled.has(`${t.w} ${terms[k + 1]?.w}`)) t.title = true;
  }
}

/**
 * The candidates named in the person's own words: a name made only of words from a pasted block (a
 * login in a log line, "kubectl", an alert's "unusual") is what the paste is about, never the unit.
 */
function ownWords(candidates: Candidate[], pasted: Set<string> | undefined): Candidate[] {
  if (pasted === undefined || candidates.length === 0) return candidates;
  return candidates.filter((c) => !c.words.every((w) => pasted.has(w)));
}

/** A request this short ("show me", "details please", "do it now") points back to the line before it. */
const ELLIPTICAL_WORDS = 3;
/** A request this short made of a key's fields ("key kind, expiry, owner?") asks them of the line before. */
const FIELD_LIST_WORDS = 8;
const KEY_FIELDS = new Set(
  'key keys kind kinds type types expiry expiries expires expiration owner owners age created status id ids and or'.split(
    ' ',
  ),
);
/** Words of a request that names no object of its own: a verb, a pronoun, a polite or hurrying word. */
const POINTING = new Set(
  'me it them those that this these one pls please plz now too also go ahead do ok okay thanks thx the'.split(
    ' ',
  ),
);
const pointsBack = (t: Term): boolean => POINTING.has(t.w) || VERB_TAGS.has(t.tag ?? '');

/** Team nouns written with an s and no apostrophe: "the analytics teams key" is the team's key. */
const PLURAL_TEAM_NOUNS = new Map([
  ['teams', 'team'],
  ['squads', 'squad'],
  ['groups', 'group'],
]);
/** Words that count or point at teams ("all teams' keys", "both teams keys"): no name of one. */
const COUNTING = new Set(
  'all both the other our their your my some many any two three several multiple different various those these each every'.split(
    ' ',
  ),
);

/**
 * A possessive without its apostrophe (round thirteen): a team noun with an s right before a
 * credential word ("revoke the analytics teams key") names that team, as "the analytics team's key".
 */
function teamsKey(walk: Walk, i: number): void {
  const { terms } = walk;
  const t = terms[i];
  const noun = t === undefined || t.possessive || t.stop ? undefined : PLURAL_TEAM_NOUNS.get(t.w);
  if (noun === undefined || !KEY_WORD_TAGS.has(terms[i + 1]?.tag ?? '')) return;
  const words: string[] = [];
  for (let k = i - 1; k >= 0 && words.length < 3; k--) {
    const p = terms[k];
    if (p === undefined || p.stop || COUNTING.has(p.w) || !isNameWord(p.w)) break;
    words.unshift(p.w);
  }
  if (words.length > 0) add(walk, [...words, noun], 1, i - words.length, i + 1);
}

/**
 * units21: a hyphenated name alone after a colon at the end of a message that says what a credential is
 * for ("… a nightly job that scores every card transaction for fraud: txn-scorer", "… for the bot that
 * answers tenant questions: tenant-faq") is the name given to it, the unit's (-1), over the description's
 * words. Only a name of the service shape (one hyphenated word) after "for" earlier in the clause; a
 * plain word ("status of the fraud job: green") is none.
 */
function nameAfterColon(walk: Walk, i: number): void {
  const { terms } = walk;
  const name = terms[i + 1];
  const before = terms[i];
  if (name === undefined || before === undefined || i + 2 !== terms.length) return;
  if (!name.w.includes('_') || !isNameWord(name.w) || ticketCode(terms, i + 1)) return;
  // ("unit code: FIN-0031", "token: hf_…": a field's label before the colon, not a description.)
  if (before.tag !== undefined || COLON_LABELS.has(before.w)) return;
  for (let k = i; k >= 0 && k > i - 24; k--) {
    const t = terms[k];
    if (t === undefined || (k < i && (t.end === true || t.stop))) return;
    if (t.w === 'for') {
      if (describesPurpose(terms.slice(k + 1, i + 1))) add(walk, [name.w], -1, i + 1, i + 2);
      return;
    }
  }
}

/**
 * fix21c: do the words between "for" and the colon say what the key is for: one word, a purpose ("for
 * fraud: txn-scorer"), or a system described ("the nightly fraud job", "the bot that answers …")? An
 * allow-list: never a team with a field after it ("the fraud team in this account: sandbox-dev", "… with
 * the tag: ml-batch", "… using the profile: sso-admin").
 */
function describesPurpose(words: Term[]): boolean {
  if (words.length === 1) return words[0]?.tag === undefined;
  let described = false;
  for (const t of words) {
    if (UNIT_NOUNS.has(t.w)) return false;
    if (DESCRIBED.has(t.w)) described = true;
  }
  return described;
}

/** Nouns of a system a key is for, and the words that open a description of one ("the job that …"). */
const DESCRIBED = new Set(
  (
    'that which who job jobs service services bot bots thing things app apps tool tools pipeline pipelines ' +
    'model models scorer script scripts batch worker workers process system engine integration function ' +
    'lambda cron task tasks agent assistant chatbot backend frontend feature workflow dashboard report ' +
    'reports classifier summariser summarizer tagger crawler scraper matcher checker helper handler consumer ' +
    'loader importer exporter etl feed sync'
  ).split(' '),
);

/** Labels of a field before a colon: what follows is the field's value, not a name given to a system. */
const COLON_LABELS = new Set(
  'code id ref reference ticket cc cost centre center password secret pass pw pwd value name env environment'.split(
    ' ',
  ),
);

/** The candidates the terms name; `strict`: only names that are clearly one (for the story around a request). */
function walkTerms(terms: Term[], strict: boolean): Candidate[] {
  const walk: Walk = { terms, candidates: [] };
  if (terms[0]?.colon === true) labelled(walk);
  for (let i = 0; i < terms.length; i++) {
    bracketed(walk, i);
    fieldName(walk, i);
    if (terms[i]?.colon === true) nameAfterColon(walk, i);
    teamsKey(walk, i);
    // (The exclusive readings, in order, called one by one: no closure a term, and each call site sees one
    // function, which the compiler can inline.)
    if (
      explicitMarker(walk, i) ||
      serviceCodeNamed(walk, i) ||
      teamIsNamed(walk, i) ||
      possessive(walk, i) ||
      membership(walk, i) ||
      afterPreposition(walk, i)
    )
      continue;
    if (!keyHolder(walk, i)) terseKey(walk, i);
    projectNamed(walk, i);
    teamPhrase(walk, i);
    anyCompound(walk, i);
    if (afterVerb(walk, i) || stateQuestion(walk, i)) continue;
    beforeKeyWord(walk, i);
  }
  // sweep24b: "for the summer 2025 hackathon", "before the spring 2026 audit": a season or a month with its year
  // (joined as a numbered name, prepare.ts) is a date, never a unit (README, "No unit": a time); an event it
  // qualifies is event-unit.ts's.
  if (walk.candidates.some((c) => c.words.length === 1 && DATED_NAME.test(c.words[0] ?? '')))
    walk.candidates = walk.candidates.filter(
      (c) => !(c.words.length === 1 && DATED_NAME.test(c.words[0] ?? '')),
    );
  // (units25: "I generated it by mistake during the onboarding lab": what happens during a thing is an
  // occasion, a time of the story, never whose key it is.)
  if (walk.candidates.length > 0 && terms.some((t) => t.w === 'during'))
    walk.candidates = walk.candidates.filter((c) => !afterDuring(terms, c.start));
  if (walk.candidates.length > 0 && terms.some((t) => t.w === 'trying'))
    walk.candidates = walk.candidates.filter((c) => !inWhyTold(terms, c.start));
  if (walk.candidates.length > 0 && terms.some(postingVerb))
    walk.candidates = walk.candidates.filter((c) => !placePostedIn(terms, c));
  // In a story around the request only a name that is clearly one counts: a team's, a marked one,
  // or a hyphenated one ("we're the Payments team.", "we're launching the churn-predictor service.").
  if (strict)
    walk.candidates = walk.candidates.filter((c) => c.priority <= 1 || c.words.some((w) => w.includes('_')));
  return walk.candidates;
}

/**
 * units25: "what did <@U…> do with the bot yesterday? trying to work out why the kiosk key changed": a sentence
 * after the question that tells why it is asked ("(just) trying to work out / figure out / understand why …")
 * is story; what it names is not the unit asked about (README "Story around a request").
 */
const WHY_TOLD =
  /^(?:just\s|i'm\s|im\s|am\s|we're\s|)trying\sto\s(?:work\sout|figure\sout|find\sout|understand|see|make\ssense\sof)\s(?:why|how|what|who|when|whether)\b/;
function inWhyTold(terms: Term[], at: number): boolean {
  let from = at;
  while (from > 0 && terms[from - 1]?.end !== true) from--;
  if (from === 0) return false;
  const opening = terms
    .slice(from, Math.min(at, from + 8))
    .map((t) => t.w)
    .join(' ');
  return WHY_TOLD.test(opening);
}

function afterDuring(terms: Term[], at: number): boolean {
  const k = PLACE_DETERMINERS.has(terms[at - 1]?.w ?? '') && !terms[at - 1]?.stop ? at - 2 : at - 1;
  return terms[k]?.w === 'during' && !terms[k]?.stop;
}

/**
 * Verbs that tell where a secret was put for others to see ("posted", "pasted", "ended up"). (fix45b, tuned-solar: or
 * was seen there, "the quote-engine key showed up in a screenshot in the customer WhatsApp group".)
 */
const POSTING_VERBS = new Set(
  'posted pasted shared leaked dumped dropped published committed pushed exposed ended landed showed shown appeared surfaced forwarded screenshotted'.split(
    ' ',
  ),
);
const postingVerb = (t: Term): boolean => POSTING_VERBS.has(t.w);
const PLACE_DETERMINERS = new Set(['the', 'our', 'their', 'a', 'an', 'some', 'that', 'this']);
/**
 * units25: "someone posted the fraud-screen key in the promoters' WhatsApp group", "the assay-reader key ended
 * up in the contractors whatsapp group": the group, chat or channel where a key was posted is the story's
 * place, never the unit (README "No unit": a place or a word of the story), whatever group noun closes it; the
 * key's own name, when given, is the unit. A name right after "in"/"into"/"on" (a determiner between), in a
 * phrase whose posting verb comes before it.
 */
function placePostedIn(terms: Term[], c: Candidate): boolean {
  let k = c.start - 1;
  while (k >= 0 && PLACE_DETERMINERS.has(terms[k]?.w ?? '') && !terms[k]?.stop) k--;
  // (a possessive opening the place, "in the promoters' group", is read from its own word.)
  const prep = terms[k]?.w;
  if (prep !== 'in' && prep !== 'into' && prep !== 'on') return false;
  for (let q = k - 1; q >= 0 && q >= k - 10; q--) {
    const t = terms[q] as Term;
    if (t.stop) return false;
    if (postingVerb(t)) return true;
  }
  return false;
}

/** A season or a month joined to its year ("summer_2025", "march_2026"): a date. */
const DATED_NAME =
  /^(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)_(?:19|20)\d\d$/;

/** Terms a bracket must hold to be an aside of its own, not a name given in brackets ("(kyc)"). */
const ASIDE_TERMS = 4;

/** Does term k stand inside a bracketed clause ("(the agency team was dissolved)")? */
function inAside(terms: Term[], k: number): boolean {
  let open = -1;
  for (let q = k; q >= 0 && q >= k - 10; q--) {
    const t = terms[q];
    if (t === undefined || (q < k && t.close === true)) return false;
    if (t.paren === true) {
      open = q;
      break;
    }
  }
  if (open < 0) return false;
  for (let q = k; q < terms.length && q <= open + 12; q++)
    if (terms[q]?.close === true) return q - open + 1 >= ASIDE_TERMS;
  return false;
}

/** What a team did or is, told after it ("the search team moved to …", "the data team has left …"). */
const STORY_AFTER_TEAM = new Set(
  (
    'moved switched migrated left finished stopped quit went merged split got already is was were are has have had ' +
    "said told confirmed agreed decided leaked shared posted pasted exposed lost broke does doesn’t doesn't don't " +
    // (sweep24b: what a team noticed or judged of the key, "…, the audit team flagged it".)
    'flagged noticed spotted found caught reported reviewed approved suggested says will ' +
    // (sweep25b: pasts PAST_VERB does not read, "…, the fraud team used to own it", "…, the bi team built it".)
    'used built rebuilt made ran took gave wrote sent'
  ).split(' '),
);

/**
 * units26: the term after a team and the teams joined to it ("the ads team and the ranking team split the
 * bill"): the verb the joined subject tells. Another team noun within five words of "and"/"&"/"n".
 */
function afterJoinedTeams(terms: Term[], end: number): Term | undefined {
  const after = terms[end];
  if (after === undefined || !TEAMS_JOINED.has(after.w) || terms[end - 1]?.stop === true) return after;
  for (let k = end + 1; k < terms.length && k <= end + 5; k++) {
    const t = terms[k] as Term;
    if (TEAM_NOUNS.has(t.w)) {
      if (t.stop) return undefined;
      // ("…, the ml team and the data team both use it": a word that says they do it together.)
      const verb = terms[k + 1];
      return verb !== undefined && TOGETHER.has(verb.w) && !verb.stop ? terms[k + 2] : verb;
    }
    if (t.stop) return after;
  }
  return after;
}
const TOGETHER = new Set(['both', 'jointly', 'together', 'all', 'each', 'also']);
const TEAMS_JOINED = new Set(['and', '&', 'n']);

/** One of a team, named after it: "the ads team lead", "the platform team manager", "the sales team members". */
const TEAM_MEMBERS = new Set(
  'lead leads manager managers head pm members member folks people guys lads admin admins'.split(' '),
);

/**
 * Where what a team did is told, after the team's name ending at `at`: after a member of it ("the ads team lead
 * left"), whose owning words are then read after the member ("lead" is one: "the recsys team will lead it").
 */
function tellerVerbAt(terms: Term[], at: number): number {
  const next = terms[at];
  return next !== undefined && !next.stop && TEAM_MEMBERS.has(next.w) ? at + 1 : at;
}

/** A team, after a comma and "the"/"our"/"their", then what it did or is: a clause of its own. */
function teamTellsAfterComma(terms: Term[], c: Candidate): boolean {
  const at = c.start + c.words.length;
  const next = afterJoinedTeams(terms, at);
  // (train28s: "…, the Accenture team lead left", "…, the platform team manager says so": one of the team,
  // then what they did; the verb after the member tells it.)
  const told = tellerVerbAt(terms, at);
  const after = told > at ? terms[told] : next;
  return (
    c.priority >= 0 &&
    TEAM_NOUNS.has(c.words.at(-1) ?? '') &&
    OWNERS_OF_TEAM.has(terms[c.start - 1]?.w ?? '') &&
    // (after a comma, or a word that opens a clause of reasons: "since the ads team leaked it", "now that …")
    ((terms[c.start - 2]?.brk === true && terms[c.start - 2]?.end !== true) ||
      REASON_OPENERS.has(terms[c.start - 2]?.w ?? '')) &&
    after !== undefined &&
    (STORY_AFTER_TEAM.has(after.w) ||
      // (units26: who uses it or pays for it, "…, the ml team and the data team both use it", "…, the risk team pays")
      USES_OR_PAYS.has(after.w) ||
      // (sweep25b: any verb in the past tells what the team did: "…, the search-v2 team replaced it".)
      PAST_VERB.test(after.w) ||
      REASON_OPENERS.has(terms[c.start - 2]?.w ?? '')) &&
    // ("…, the recsys team is the owner": the team that owns it, said so, is the owner rule's; dev26a: also
    // with the owning word right after the team, "the runbook-bot that the sre-platform team owns".)
    !ownsItAfter(terms, told, told + 4)
  );
}
/** What a key is told to be or do, after its name ("the ads key is fine", "… can stay", "… works fine"). */
const KEY_TOLD = new Set([
  ...STORY_AFTER_TEAM,
  ...'can stays stay remains works worked seems looks still expires expired should'.split(' '),
]);

/**
 * sweep25b: a unit's key after a comma or a dash and "the"/"our"/"their", then what it is or does ("…, the
 * fraud-ml key is fine", "… — the ads key can stay"): a clause of its own about another key.
 */
function keyTellsAfterComma(terms: Term[], c: Candidate): boolean {
  const end = c.start + c.words.length;
  const before = terms[c.start - 2];
  return (
    c.priority >= 0 &&
    OWNERS_OF_TEAM.has(terms[c.start - 1]?.w ?? '') &&
    before?.brk === true &&
    before.end !== true &&
    terms[end]?.tag === 'KeyNoun' &&
    terms[end]?.stop !== true &&
    KEY_TOLD.has(terms[end + 1]?.w ?? '')
  );
}
/** Who uses the key or pays for it, told after a team: story, not the unit asked for. */
const USES_OR_PAYS = new Set(
  'use uses using pay pays paying split splits share shares sharing cover covers fund funds'.split(' '),
);

/**
 * What tells the story in the clause before a team: a time gone by ("was", "belonged", "used to", "the old one",
 * "previously owned by"), or who pays ("billing goes to", "billed to", "the cost sits with").
 */
const TOLD_BEFORE_TEAM = new Set(
  (
    'was were had belonged old previous previously former formerly prior originally used ' +
    'billing billed bill bills cost costs invoice invoiced invoices charged paid budget funded sponsored'
  ).split(' '),
);

/**
 * units26: a team named in a clause of its own after the request (a comma, a semicolon or a dash before it, the
 * same sentence) that tells of the past or of who pays: who owned the old key, whom it belonged to ("key for
 * doc-ai, the old one belonged to the ocr team", "…, it used to belong to the reporting team", "…; the old key
 * was owned by the marketing crew"), where the bill goes ("…; billing goes to the finance team"). It is story;
 * the unit the request named wins. Not a clause that asks (an action's verb in
 * it), and not a team said to own it now ("…, owned by the checkout team": no past word).
 */
function teamInPastClause(terms: Term[], c: Candidate): boolean {
  if (c.priority < 0 || !TEAM_NOUNS.has(c.words.at(-1) ?? '')) return false;
  let past = false;
  for (let k = c.start - 1; k >= 0 && k >= c.start - 10; k--) {
    const t = terms[k] as Term;
    if (t.brk) return past && !t.end;
    // (a word of the story first: "cost" is tagged a spend word, but "…, cost centre is the data office" tells who pays)
    if (TOLD_BEFORE_TEAM.has(t.w)) past = true;
    else if (VERB_TAGS.has(t.tag ?? '')) return false;
  }
  return false;
}

/** What says a key needs nothing: "fine", "ok", "untouched", "not affected", "not the problem". */
const KEY_FINE = new Set(
  'fine ok okay good safe untouched unaffected unchanged intact clean alright unharmed unrelated'.split(' '),
);
const KEY_IS = new Set(['is', "isn't", 'isnt', 'isn’t', 'was', 'seems', 'looks', 'stays', 'remains', 'are']);

/**
 * units26: a unit's key told of as fine in a clause of its own before the request ("the ads key is fine,
 * rotate the growth key", "fraud-ml's key is ok but revoke the payments one", "the kyc key isn't the problem,
 * can you rotate the ledger key"): the end of that clause, when the candidate opens it so; -1 otherwise.
 */
function keyFineBefore(terms: Term[], c: Candidate): number {
  const end = c.start + c.words.length;
  if (c.priority < 0 || terms[end]?.tag !== 'KeyNoun' || terms[end]?.stop === true) return -1;
  // ("growth key ok, …": the verb left out.)
  let k = KEY_FINE.has(terms[end + 1]?.w ?? '') ? end : end + 1;
  if (k === end + 1 && !KEY_IS.has(terms[k]?.w ?? '')) return -1;
  const negated = terms[k]?.w.startsWith('isn') === true;
  if (terms[k]?.stop !== true && (terms[k + 1]?.w === 'still' || terms[k + 1]?.w === 'totally')) k++;
  const next = terms[k + 1];
  if (next === undefined || terms[k]?.stop === true) return -1;
  let told = -1;
  if (!negated && KEY_FINE.has(next.w)) told = k + 1;
  // ("is not affected", "isn't the problem", "is not the issue", "is not compromised")
  else if (next.w === 'not' || negated) {
    const at = negated ? k + 1 : k + 2;
    const w = terms[at]?.w ?? '';
    if (w === 'affected' || w === 'compromised' || w === 'leaked' || w === 'exposed') told = at;
    else if (w === 'the' && ['problem', 'issue', 'one'].includes(terms[at + 1]?.w ?? '')) told = at + 1;
  }
  if (told < 0) return -1;
  // (the clause ends there: a break, or "but" opening the request)
  if (terms[told]?.brk === true && terms[told]?.end !== true) return told;
  return terms[told]?.stop !== true && terms[told + 1]?.w === 'but' ? told + 1 : -1;
}

/**
 * The unit the asking clause after a key told fine names: the first clause after it, within sixteen words, with
 * an action's verb (not a past: "the growth key was rotated" asks nothing), and the unit right after the verb
 * ("rotate the growth key") or, when none, the one before it in that clause ("it's the recsys key that needs
 * rotating").
 */
function askedAfterFine(sorted: Candidate[], terms: Term[], from: number): Candidate | undefined {
  let open = from;
  let verb = -1;
  for (let k = from + 1; k < terms.length && k <= from + 16; k++) {
    const t = terms[k] as Term;
    if (CHANGE_VERB_TAGS.has(t.tag ?? '') && (!t.w.endsWith('ed') || terms[k - 1]?.w === 'be')) {
      verb = k;
      break;
    }
    if (t.stop) open = k;
  }
  if (verb < 0) return undefined;
  const fits = (c: Candidate): boolean => c.priority >= 0 && !c.asker && !c.system && !c.others;
  return (
    sorted.find(
      (c) =>
        c.start > verb && c.start <= verb + 4 && fits(c) && !terms.slice(verb, c.start).some((q) => q.stop),
    ) ??
    sorted.find(
      (c) => c.start > open && c.start < verb && fits(c) && !terms.slice(c.start, verb).some((q) => q.stop),
    )
  );
}
const CHANGE_VERB_TAGS = new Set(['Create', 'Rotate', 'Refresh', 'Revoke', 'Delete', 'Deprovision']);

/** What a key serves besides a unit: a system, a job, an occasion ("the checkout-v2 launch", "the billing-sync job"). */
const SERVED_NOUNS = new Set([
  ...SYSTEM_KINDS,
  ...'launch rollout go_live golive integration migration cutover release campaign job jobs service services cron model proxy'.split(
    ' ',
  ),
]);

/**
 * sweep25b: a hyphenated name, found as plain names are (priority 2 or more) or as a key's user ("used by the
 * billing-sync job"), described by "the"/"our" and followed by the kind of thing it is ("the checkout-v2
 * launch", "the ab-test service", "the ranker-v3 lambda").
 */
function servedThing(terms: Term[], c: Candidate): boolean {
  if (!(c.priority >= 2 || c.owning === true) || !c.words.some((w) => w.includes('_'))) return false;
  // (A candidate may start at its "the": the name's own place is where its first word stands.)
  const at = terms[c.start]?.w === c.words[0] ? c.start : c.start + 1;
  return (
    terms[at]?.w === c.words[0] &&
    OWNERS_OF_TEAM.has(terms[at - 1]?.w ?? '') &&
    SERVED_NOUNS.has(terms[at + c.words.length]?.w ?? '')
  );
}

/** sweep25b: a name where a unit stands: after "for"/"of" ("a key for growth") or before a key word ("the growth key"). */
function unitPlace(terms: Term[], c: Candidate): boolean {
  const at = terms[c.start]?.w === c.words[0] ? c.start : c.start + 1;
  const before = terms[at - 1]?.w === 'the' ? terms[at - 2] : terms[at - 1];
  return (
    before?.w === 'for' ||
    before?.w === 'of' ||
    (terms[at + c.words.length - 1]?.stop !== true && terms[at + c.words.length]?.tag === 'KeyNoun')
  );
}

/** People one may say come from somewhere ("the contractor from agency-b", "someone from vendor-x"). */
const PEOPLE_FROM = new Set(
  'someone somebody anyone person people guy guys folks contractor contractors consultant consultants intern interns engineer engineers dev devs developer developers freelancer freelancers colleague colleagues auditor auditors rep'.split(
    ' ',
  ),
);
/** What opens a purpose told of the key: "it's for", "its for", "it is for", "this is for", "that's for". */
const IT_IS = new Set(["it's", 'its', 'it’s', "that's", 'thats', 'that’s']);
const IT_THIS = new Set(['it', 'this', 'that']);

/**
 * sweep25b: the candidate in a clause after a comma or a dash (no sentence end before it, eight words at most)
 * that tells the story around the request: what the key is for ("…, it's for the invoicing-v2 rollout"), whom
 * it is copied to ("…, cc max@… and the retention team", "…, loop in the security team"), or where a person
 * comes from ("…, the contractor from agency-b still has it").
 */
function toldAfterRequest(terms: Term[], c: Candidate): boolean {
  if (c.priority < 0 || c.start < 2) return false;
  if (terms[c.start - 1]?.w === 'from' && PEOPLE_FROM.has(terms[c.start - 2]?.w ?? '')) return true;
  let k = c.start - 1;
  while (k >= 0 && k >= c.start - 8 && terms[k]?.brk !== true) k--;
  const open = terms[k];
  if (open === undefined || open.brk !== true || open.end === true) return false;
  const first = terms[k + 1]?.w ?? '';
  const second = terms[k + 2]?.w ?? '';
  if (COPIED.has(first) || (first === 'loop' && second === 'in')) return true;
  const forAt = IT_IS.has(first)
    ? k + 2
    : IT_THIS.has(first) && (second === 'is' || second === 'was')
      ? k + 3
      : -1;
  return (forAt > 0 && forAt < c.start && terms[forAt]?.w === 'for') || ownersSystemTold(terms, c, k);
}

/**
 * fix41b, tuned-cosmetics: a clause after a comma or a dash that says whose system the named one is ("new key for
 * Ingredient Watch please — the reg team's tool that tracks annex changes", "…, it's the qa team's bot"): the team
 * describes the system the request named; it is no unit asked for. (Without a name before it, "a key for the
 * recruiting team's screening tool" is the team's: namedBeforeTeller finds no rival.) `open` is the break before.
 */
function ownersSystemTold(terms: Term[], c: Candidate, open: number): boolean {
  const last = terms[c.start + c.words.length - 1];
  if (last?.possessive !== true || !TEAM_NOUNS.has(last.w) || last.stop) return false;
  if (!SYSTEM_KINDS.has(terms[c.start + c.words.length]?.w ?? '')) return false;
  const opener = IT_IS.has(terms[open + 1]?.w ?? '') ? open + 2 : open + 1;
  const at = terms[c.start]?.w === c.words[0] ? c.start : c.start + 1;
  return opener === at - 1 && OWNERS_OF_TEAM.has(terms[opener]?.w ?? '');
}
const COPIED = new Set(['cc', 'cc:', 'cc’d', "cc'd", 'ccing', 'copying']);
const OWNING_WORDS = new Set(['owner', 'owners', 'owns', 'own', 'responsible', 'charge', 'lead', 'owning']);
/** Whose "own" names a thing of their own, not this one: "has its own", "have their own". */
const OWN_OF = new Set(['its', 'their', 'our', 'his', 'her', 'my', 'your']);

/**
 * Whether the words from `from` to `to` say the team owns the credential: an owning word, except "own" after
 * a possessive ("the contracts-nlp team has its own": another key of its own) or after "used to" ("the fraud
 * team used to own it": owned it once, no more; sweep25b).
 */
function ownsItAfter(terms: Term[], from: number, to: number): boolean {
  for (let k = from; k < to && k < terms.length; k++) {
    const w = terms[k]?.w ?? '';
    if (!OWNING_WORDS.has(w)) continue;
    if (w === 'own' && (OWN_OF.has(terms[k - 1]?.w ?? '') || terms[k - 2]?.w === 'used')) continue;
    return true;
  }
  return false;
}

/**
 * sweep24b: the unit the request names where a unit stands, right after the action or after "for"/"of"
 * ("rotate orion", "a key for growth", "the key for the fraud-ml squad"), as against a name in the story.
 */
function namedByRequest(terms: Term[], c: Candidate): boolean {
  const before = terms[c.start - 1];
  const head = before?.w === 'the' ? terms[c.start - 2] : before;
  return (
    head !== undefined &&
    !head.stop &&
    (head.w === 'for' || head.w === 'of' || (before === head && VERB_TAGS.has(head.tag ?? '')))
  );
}

/** The candidate named before the best one when the best one is told of as story (`told`), else the best one. */
function namedBeforeIfTold(
  sorted: Candidate[],
  terms: Term[],
  best: Candidate | undefined,
  told: (terms: Term[], best: Candidate) => boolean,
): Candidate | undefined {
  return best !== undefined && told(terms, best) ? (namedBeforeTeller(sorted, terms, best) ?? best) : best;
}

/**
 * sweep24b: a team or an office named after the request in a clause of its own, telling what it said, noticed,
 * needs or will do ("key for growth, the security team said it's fine", "rotate risk-ml — the audit team
 * flagged it", "api key for billing, the payments team will use it too"), is story: the unit named by the
 * request before it, in the same sentence, wins. Not a team said to own it ("…, the people team owns it"), nor
 * a system's ("a key for our scoring service, the fraud team needs it": the system's candidate is no rival).
 */
function namedBeforeTeller(sorted: Candidate[], terms: Term[], team: Candidate): Candidate | undefined {
  const after = tellerVerbAt(terms, team.start + team.words.length);
  if (ownsItAfter(terms, after, after + 4)) return undefined;
  return sorted.find(
    (c) =>
      c.start < team.start &&
      c.start + c.words.length < team.start &&
      c.priority >= 0 &&
      c.priority <= 2 &&
      !c.asker &&
      !c.system &&
      !c.others &&
      !c.approver &&
      (c.target === true || c.words.some((w) => w.includes('_')) || namedByRequest(terms, c)) &&
      !terms.slice(c.start, team.start).some((q) => q.end === true) &&
      terms.slice(c.start + c.words.length - 1, team.start).some((q) => q.stop),
  );
}
const OWNERS_OF_TEAM = new Set(['the', 'our', 'their']);
const REASON_OPENERS = new Set(['since', 'because', 'cause', 'as', 'that', 'after', 'once', 'coz', 'cos']);

/** One word, a given name, with no group noun or system after it ("for dave", not "the dave project"). */
const OFFBOARDING = new Set(['offboard', 'offboarding', 'deprovision', 'deprovisioning']);
/** A person's title before a surname: "a key for dr. okafor", "for Mr Smith" name a person (lead23). */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'prof', 'professor', 'sir', 'dame', 'mx']);
function titledPerson(c: Candidate, terms: Term[]): boolean {
  if (c.words.length === 2) return TITLES.has(c.words[0] ?? '') && terms[c.start + 1]?.possessive !== true;
  return (
    c.words.length === 1 && TITLES.has(terms[c.start - 1]?.w ?? '') && terms[c.start]?.possessive !== true
  );
}
function personAlone(c: Candidate, terms: Term[]): boolean {
  if (titledPerson(c, terms) && !OFFBOARDING.has(terms[c.start - 1]?.w ?? '')) {
    const next = terms[c.start + c.words.length];
    return next === undefined || next.stop || !isNameWord(next.w);
  }
  const w = c.words.length === 1 ? (c.words[0] ?? '') : '';
  if (!(GIVEN_NAMES.has(w) || COMMON_GIVEN_NAMES.has(w))) return false;
  // ("offboard alex 2", "deprovision priya": a unit named after a person and taken down is named so, round
  // seventeen's fix17c; only a credential asked "for" a person names none.)
  if (OFFBOARDING.has(terms[c.start - 1]?.w ?? '')) return false;
  // ("revoke ben's key": a key called by a name's possessive is named so, round fourteen.)
  if (terms[c.start]?.possessive === true) return false;
  const next = terms[c.start + 1];
  return next === undefined || next.stop || terms[c.start]?.stop === true || !isNameWord(next.w);
}

/**
 * The best candidate's name, or null. A name in the sentence that asks wins over one in the story
 * around it ("I'm writing on behalf of the legal team. … Could you create a key for legal-ai?" →
 * legal-ai); then the reading's priority; then the first named.
 */
function bestOf(candidates: Candidate[], terms: Term[], seen?: UnitSeen): string | null {
  // (Round twenty-two: "create a key for dave", "rotate the key for sam": a person's given name alone names no
  // unit (README); the request then asks which unit. "create a key for Dave's team" is the team's.)
  const people = candidates.filter((c) => personAlone(c, terms));
  if (people.length > 0 && seen !== undefined) seen.person = true;
  const best = bestCandidate(
    people.length > 0 ? candidates.filter((c) => !people.includes(c)) : candidates,
    terms,
  );
  // (A title is never part of a unit's name, "Dr. Okafor's lab" → okafor's, as before the title's dot was kept.)
  if (best) {
    const words = TITLES.has(best.words[0] ?? '') && best.words.length > 1 ? best.words.slice(1) : best.words;
    return normalizeBusinessUnit(codeAfterDescription(words).join(' '));
  }
  // (fix22b: "rotate the keys for dave and ads": the unit named after the person, which the candidates
  // joined to the person's name never held; joined-units.ts then asks before acting on it alone.)
  for (const c of people) {
    const next = terms[c.start + 1];
    const joined = terms[c.start + (terms[c.start + 2]?.w === 'the' ? 3 : 2)];
    if (
      (next?.w === 'and' || next?.w === '&') &&
      joined !== undefined &&
      isNameWord(joined.w) &&
      !(joined.w in LEXICON) &&
      !GIVEN_NAMES.has(joined.w) &&
      !COMMON_GIVEN_NAMES.has(joined.w)
    )
      return normalizeBusinessUnit(joined.w);
  }
  return null;
}

/** What the unit finder saw besides the unit: a person's name alone, refused as the unit (rules.ts). */
export interface UnitSeen {
  person: boolean;
}

/**
 * units21: a code name after a description of what it is ("the open banking aggregator `ob.aggregator`",
 * "the lease renewals bot `lease_renewals`"): the code is the name (README, "Units written as service
 * names"; a name given as the unit's wins over prose names). The dotted or underscored word (one word
 * with "_" here, prepare.ts) ends a run of plain words; the run alone describes it.
 */
function codeAfterDescription(words: string[]): string[] {
  const last = words.at(-1);
  // (A compound the parser joins, "working_group", "task_force", "pop_up", is a group noun, no code.)
  if (
    words.length < 2 ||
    last === undefined ||
    !last.includes('_') ||
    UNIT_NOUNS.has(last) ||
    !isNameWord(last)
  )
    return words;
  const described = words.slice(0, -1);
  // (A description of two words or more, or a kind of system: "the summer pop-up" is one name.)
  if (described.length < 2 && !SYSTEM_KINDS.has(described[0] ?? '')) return words;
  return described.every((w) => /^[a-z]+$/.test(w)) ? [last] : words;
}

function bestCandidate(candidates: Candidate[], terms: Term[]): Candidate | undefined {
  const walk: Walk = { terms, candidates };
  if (walk.candidates.length === 0) return undefined;
  const tiers = walk.candidates.length > 1 && terms.some((t) => t.end) ? sentenceTiers(terms) : [];
  // Among names found the same way, a hyphenated one ("search-api") looks like what owns a
  // credential more than a plain word does ("changed", "quarterly").
  const rank = (c: Candidate): number =>
    (c.priority < 0 ? 0 : (tiers[c.start] ?? 0) * 10) +
    c.priority -
    (c.priority >= 2 && c.words.some((w) => w.includes('_')) ? 0.5 : 0);
  const sorted = [...walk.candidates].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  let best = sorted[0];
  // (Round twenty-two: "revoke all keys for old-search, the search team moved to search-v2": a team that
  // opens a clause of its own after a comma and tells what it did is story; the hyphenated name asked for
  // before it wins. The team that owns it, "…; the support ops team owns it", is saidOfIt's, below.)
  if (best !== undefined && teamTellsAfterComma(terms, best)) {
    const team = best;
    best =
      sorted.find(
        (c) =>
          c.start < team.start &&
          c.priority >= 0 &&
          (c.words.some((w) => w.includes('_')) || c.target === true) &&
          !terms.slice(c.start, team.start).some((q) => q.end === true),
      ) ??
      namedBeforeTeller(sorted, terms, team) ??
      best;
  }
  // (sweep25b: "rotate payments' key, the fraud-ml key is fine": another unit's key told of in a clause of its
  // own after the request is story; the unit the request named before it wins over the hyphenated name.)
  // (units26: "key for doc-ai, the old one belonged to the ocr team": a team told of in a past clause after the
  // request, who owned the old key, is story; the unit the request named before it wins.)
  best = namedBeforeIfTold(sorted, terms, best, keyTellsAfterComma);
  best = namedBeforeIfTold(sorted, terms, best, teamInPastClause);
  // (units26: "the ads key is fine, rotate the growth key": of two units, the one in the clause that asks wins
  // over a key told of as fine before it.)
  if (best !== undefined) {
    const fineEnd = keyFineBefore(terms, best);
    if (fineEnd > 0) best = askedAfterFine(sorted, terms, fineEnd) ?? best;
  }
  // (sweep25b: "key for billing — it's for the invoicing-v2 rollout", "rotate the ads key, the contractor from
  // agency-b still has it", "key for growth, cc max@… and the retention team": what the key is for, where a
  // person comes from, or who is copied in, told after the request, is story; the unit the request named wins.)
  best = namedBeforeIfTold(sorted, terms, best, toldAfterRequest);
  // (sweep25b: "key for payments, for the checkout-v2 launch", "rotate the growth key used by the billing-sync
  // job": a hyphenated system or occasion the key serves wins the tie of names found the same way only by its
  // hyphen; the plain unit the request named before it, where a unit stands, is the unit.)
  if (best !== undefined && servedThing(terms, best)) {
    const served = best;
    best =
      sorted.find(
        (c) =>
          c.start < served.start &&
          c.priority >= 0 &&
          c.priority <= Math.max(served.priority, 2) &&
          !c.words.some((w) => w.includes('_')) &&
          !c.asker &&
          !c.system &&
          !c.others &&
          !c.approver &&
          unitPlace(terms, c) &&
          !terms.slice(c.start, served.start).some((q) => q.end === true),
      ) ?? best;
  }
  // "a real key for brand-studio please (the agency's tool runs 24/7)", "brand-studio is closing (the
  // agency team was dissolved)": a name inside a bracketed aside of its own clause tells the story
  // around the request; a name outside the brackets wins over it.
  // ("access key for checkout-api (owned by the checkout team)": an owner in brackets is no aside.)
  if (best !== undefined && best.priority >= 0 && !best.owning && inAside(terms, best.start))
    best = sorted.find((c) => c.priority >= 0 && !inAside(terms, c.start)) ?? best;
  // sweep24b: "key for ads, not for the growth team", "rotate ledger, not the finance team's key": a name set
  // aside is not the unit while the request names another.
  if (best !== undefined && setAside(terms, best.start))
    best = sorted.find((c) => c.priority >= 0 && !c.others && !setAside(terms, c.start)) ?? best;
  // sweep24b: "deprovision nimbus, the new team (orion) takes over": a team given its name in brackets, in a
  // clause of its own after the request that tells what it does, is story; the unit the request named wins.
  if (best !== undefined) {
    const told = bracketedTeller(terms, best);
    if (told !== undefined) best = namedBeforeTeller(sorted, terms, told) ?? best;
  }
  // sweep24b: "we're decommissioning SAT-02 next week and the `sat02-ops` bedrock unit goes with it: deprovision
  // it", "I deleted the gist but we must rotate the key": a plain name in the story (an asset's code, a thing
  // the writer removed) yields to a name said to be a unit ("the X unit") or a key's ("the key of X").
  if (
    best !== undefined &&
    best.priority >= 0 &&
    best.target !== true &&
    !TEAM_NOUNS.has(best.words.at(-1) ?? '')
  ) {
    const plain = best;
    const marked = sorted.find((c) => c !== plain && c.priority >= 0 && !c.others && calledUnit(terms, c));
    // (Not a name given in brackets after it: "the Data Platform unit (dp)" is dp.)
    const bracketed = terms.some((q) => q.paren === true && q.w === plain.words[0]);
    if (marked !== undefined && !bracketed && !calledUnit(terms, plain)) best = marked;
    else if (thingDone(terms, plain.start))
      best =
        sorted.find(
          (c) =>
            (c.target === true || c.words.some((w) => w.includes('_'))) &&
            c.priority >= 0 &&
            !c.others &&
            c.start < plain.start,
        ) ?? best;
  }
  // sweep24b: "key for payroll, we sit in the Leeds office", "…, demoing at the Berlin office": an office one is
  // in or at is premises (README, "a story's place name"), not the unit the request named.
  if (best !== undefined && officeAsPlace(terms, best))
    best = sorted.find((c) => c.priority >= 0 && !c.others && !officeAsPlace(terms, c)) ?? best;
  // fix41a, tuned-ambulance: "rotate every key — the laptop was stolen from the Swansea base": premises something was
  // taken from or lost at are the story's place (README), no unit, though the request names none other.
  if (best !== undefined && takenFromPremises(terms, best))
    best = sorted.find((c) => c.priority >= 0 && !c.others && !takenFromPremises(terms, c));
  // "compare spend: payments versus risk-ml": of two names weighed, the first is the unit (round twenty).
  if (best !== undefined) best = firstWeighed(walk.candidates, terms, best);
  // "revoke the growth api key, per the risk working group": the unit named wins over the group.
  // (Only a unit named before it: "take away the key from the hr-analytics team, … employee data" keeps the team.)
  if (best?.approver === true) {
    const group = best;
    best =
      sorted.find(
        (c) => c.start < group.start && !c.asker && !c.approver && !c.others && !c.system && c.priority <= 2,
      ) ?? best;
  }
  // "the support team wants a key for ticket-triage", "the audit team has asked us to rotate the
  // hr-insights key": a team that asks or acts is not the unit it asks for, named after it.
  if (best?.asker) {
    const asker = best;
    // (A unit someone asks for: the target of the request, no asker or system of its own, named well.)
    const askedFor = (c: (typeof sorted)[number]): boolean =>
      c.target === true && !c.asker && !c.system && c.priority <= 2;
    best =
      sorted.find(
        (c) => askedFor(c) && c.start > asker.start && (tiers[c.start] ?? 0) <= (tiers[asker.start] ?? 0),
      ) ??
      // ("what's on helpdesk-bot? The outsourced team says their key stopped working": a team that
      // tells the story after the question is not the unit the question named.)
      sorted.find(
        (c) =>
          askedFor(c) &&
          c.start < asker.start &&
          terms.slice(c.start, asker.start).some((q) => q.end === true) &&
          terms
            .slice(asker.start + asker.words.length, asker.start + asker.words.length + 2)
            .some((q) => SAYING.has(q.w)),
      ) ??
      // ("key for growth, the platform team said to ask here": a team telling its part after the request.)
      (TEAM_NOUNS.has(asker.words.at(-1) ?? '') ? namedBeforeTeller(sorted, terms, asker) : undefined) ??
      asker;
  }
  // "I am on the fraud team. Could we get a key for our scoring service?": the team owns the system.
  // ("it's for the incident-summarizer service, key for incident-tools": the unit named after the
  // system, as a key's, owns it too.)
  // ("we are team legal-ops. … for our contract tool", "for the HR chatbot that runs all the time.
  // people-team": a name marked as a team's, or a unit's name ending its sentence after the system.)
  if (best?.system) {
    const system = best;
    best =
      walk.candidates.find((c) => TEAM_NOUNS.has(c.words.at(-1) ?? '')) ??
      walk.candidates.find((c) => !c.system && c.priority >= 0 && c.priority <= 1) ??
      sorted.find((c) => c.target === true && !c.system && c.priority <= 2 && c.start > system.start) ??
      sorted.find((c) => c.target === true && !c.system && c.priority <= 3 && c.start > system.start) ??
      best;
  }
  // "an API key for the customer-support-bot? It's owned by the cx-platform team.": the team that
  // owns what the request names, said of it in the next sentence, wins over it (a team named as
  // the unit itself keeps it).
  if (best !== undefined && !best.owning && !TEAM_NOUNS.has(best.words.at(-1) ?? '')) {
    const owner = walk.candidates.find((c) => c.owning === true && c.start > 0 && saidOfIt(terms, c.start));
    if (owner !== undefined) best = owner;
  }
  return best?.others === true ? ownAfterOthers(walk.candidates, terms, best) : best;
}

/**
 * sweep24b: the candidate as a name in brackets right after a team noun, then a verb that tells what that
 * team does ("the new team (orion) takes over", "the old team (lumen) left"): the bracket's name, as a teller
 * for namedBeforeTeller; undefined for a name given as the unit's ("the new team (orion) please").
 */
function bracketedTeller(terms: Term[], c: Candidate): Candidate | undefined {
  if (c.words.length !== 1) return undefined;
  for (let j = c.start; j <= c.start + 3 && j < terms.length; j++) {
    const t = terms[j];
    if (t === undefined || t.w !== c.words[0]) continue;
    if (t.paren !== true || t.close !== true || !TEAM_NOUNS.has(terms[j - 1]?.w ?? '')) return undefined;
    // (A word of ours is no such verb: "the graphics desk (gfx), access key".)
    const next = terms[j + 1];
    const verb = next?.w ?? '';
    return STORY_AFTER_TEAM.has(verb) || (next?.tag === undefined && /^[a-z]{3,}(?:s|ed)$/.test(verb))
      ? { words: c.words, priority: c.priority, start: j, system: false }
      : undefined;
  }
  return undefined;
}

/** sweep24b: is the candidate's name followed by "unit" ("the `sat02-ops` unit", "the rover-ops bedrock unit")? */
function calledUnit(terms: Term[], c: Candidate): boolean {
  let e = c.start;
  while (e < c.start + 3 && terms[e]?.w !== c.words.at(-1)) e++;
  if (terms[e]?.w !== c.words.at(-1) || terms[e]?.stop === true) return false;
  const next = terms[e + 1];
  if (next?.w === 'unit') return true;
  return (next?.w === 'bedrock' || next?.w === 'business') && !next.stop && terms[e + 2]?.w === 'unit';
}

/** The writer's own deed before a plain name ("I deleted the gist", "we reverted the commit"): a thing, no unit. */
const WRITERS_DOING = new Set(['i', 'we', "i've", "we've", 'have', 'also', 'then', 'just']);
function thingDone(terms: Term[], start: number): boolean {
  let k = start - 1;
  if (['the', 'my', 'our', 'that', 'this'].includes(terms[k]?.w ?? '')) k--;
  const verb = terms[k]?.w ?? '';
  return /^[a-z]{3,}ed$/.test(verb) && WRITERS_DOING.has(terms[k - 1]?.w ?? '');
}

/** Words that put one in or at premises ("in the Leeds office", "visiting the Oslo office"). */
const PLACE_WORDS = new Set(['in', 'at', 'visiting', 'visit', 'near', 'inside', 'from']);
const PLACE_LINKS = new Set(['the', 'our', 'their', 'your']);

/** sweep24b: is the candidate an office named as where one is ("in/at the X office")? */
function officeAsPlace(terms: Term[], c: Candidate): boolean {
  const last = c.words.at(-1);
  if (last !== 'office' && last !== 'offices') return false;
  let k = c.start - 1;
  while (k >= c.start - 3 && PLACE_LINKS.has(terms[k]?.w ?? '') && terms[k]?.stop !== true) k--;
  return PLACE_WORDS.has(terms[k]?.w ?? '') && terms[k]?.stop !== true;
}

/**
 * fix41a: premises and vehicles a thing is taken from ("the Swansea base", "the Leeds depot", "the crew's van").
 * (fix46d, tuned-cinema: and the rooms and venues of a chain, "a laptop nicked from the Cardiff booth", "stolen from
 * the Leeds cinema", "left in the Galway foyer".)
 */
const PREMISES_NOUNS = new Set(
  (
    'base bases office depot station site yard warehouse hangar garage car van vehicle ambulance building hq locker ' +
    'booth booths foyer kiosk cinema theatre theater venue branch shop store'
  ).split(' '),
);
/** fix41a: what happens to a thing taken from premises: stolen, taken, lost, left, nicked, missing. */
const TAKEN_WORDS = new Set([
  'stolen',
  'taken',
  'nicked',
  'pinched',
  'swiped',
  'lost',
  'left',
  'missing',
  'robbed',
]);

/**
 * fix41a, tuned-ambulance: is the candidate premises a thing was taken from or lost at ("stolen from the Swansea
 * base", "left at the depot", "missing from the Cardiff station")? "from/at/in", up to two linking words, then the name
 * ending in a premises noun, right after a word of taking.
 */
function takenFromPremises(terms: Term[], c: Candidate): boolean {
  if (!PREMISES_NOUNS.has(c.words.at(-1) ?? '')) return false;
  let k = c.start - 1;
  while (k >= c.start - 3 && PLACE_LINKS.has(terms[k]?.w ?? '') && terms[k]?.stop !== true) k--;
  const at = terms[k]?.w ?? '';
  if (!['from', 'at', 'in', 'out'].includes(at) || terms[k]?.stop === true) return false;
  const verb = at === 'from' && terms[k - 1]?.w === 'out' ? terms[k - 2] : terms[k - 1];
  return verb !== undefined && verb.stop !== true && TAKEN_WORDS.has(verb.w);
}

/** Words between a word that sets aside and the name set aside ("not for the growth team", "instead of ads"). */
const ASIDE_LINKS = new Set(['the', 'for', 'of', 'on', 'to', 'our', 'their', 'your', 'one', 'ones']);

/**
 * sweep24b: is the name at `start` set aside: "not (for) (the) X", "nor X", "instead of X", "rather than X",
 * "except (for) X"? Only words that link it to the setting-aside word stand between.
 */
function setAside(terms: Term[], start: number): boolean {
  let k = start - 1;
  while (k >= start - 4 && ASIDE_LINKS.has(terms[k]?.w ?? '') && terms[k]?.stop !== true) k--;
  const w = terms[k]?.w;
  if (w === undefined || terms[k]?.stop === true) return false;
  if (w === 'not' || w === 'nor' || w === 'except') return true;
  if (w === 'instead') return terms[k + 1]?.w === 'of';
  return w === 'than' && terms[k - 1]?.w === 'rather';
}

/** Words that weigh one name against the next ("payments vs risk-ml", "ads versus growth"). */
const WEIGHING = new Set(['vs', 'versus']);

/**
 * Two names weighed ("what's the spend on payments versus risk-ml"): the first is the unit (README,
 * "Two requests": one read for two units is labelled with the first), though the second may look more
 * like a unit's name (hyphenated). Only a name right before the weighing word, in the same clause.
 */
function firstWeighed(candidates: Candidate[], terms: Term[], best: Candidate): Candidate {
  const vs = best.start - 1;
  if (!WEIGHING.has(terms[vs]?.w ?? '')) return best;
  let first: Candidate | undefined;
  for (const c of candidates)
    if (
      c.start < vs &&
      c.start >= vs - 3 &&
      c.others !== true &&
      !terms.slice(c.start, vs).some((q) => q.end === true || q.stop === true) &&
      (first === undefined || c.start > first.start)
    )
      first = c;
  if (first !== undefined) return first;
  // ("spend: payments versus risk-ml": a plain word before the weighing word names the first unit too.)
  const before = terms[vs - 1];
  if (before === undefined || before.stop || before.end || before.tag !== undefined || !isNameWord(before.w))
    return best;
  return { words: [before.w], priority: best.priority, start: vs - 1, system: false, target: best.target };
}

/** Words that set a name aside: "not the one for ads", "instead of ads", "leave the ads key alone". */
const SETTING_ASIDE = new Set(['not', 'instead', 'rather', 'except', 'than', 'leave', 'keep', 'but', 'nor']);

/**
 * Others in the unit's place ("the agency's key", "the key for the client"): the unit is the name the same
 * clause gives the key after them ("the agency's key for checkout-web", "the partner's key on ads-api"),
 * never one set aside ("not the one for ads", "instead of ads") nor one of another clause; else none.
 */
function ownAfterOthers(candidates: Candidate[], terms: Term[], others: Candidate): Candidate | undefined {
  return candidates.find((c) => {
    if (c.others === true || c.start <= others.start) return false;
    const between = terms.slice(others.start, c.start);
    const before = terms[c.start - 1]?.w === 'the' ? terms[c.start - 2]?.w : terms[c.start - 1]?.w;
    return (
      ['for', 'on', 'of'].includes(before ?? '') &&
      !between.some((q) => q.stop === true || q.end === true || SETTING_ASIDE.has(q.w))
    );
  });
}

/** Pronouns that open a sentence about the thing the request named: "It's owned by …", "It is owned by …". */
const IT_WORDS = new Set(["it's", 'it’s', 'its', 'it', 'this', "that's", 'that', 'which']);

/** Is the "by" at `by` that of "it is owned by", opening its sentence ("… bot? It's owned by the X team")? */
function saidOfIt(terms: Term[], by: number): boolean {
  if (terms[by - 1]?.w !== 'owned') return false;
  let k = by - 2;
  if (['is', 'was'].includes(terms[k]?.w ?? '')) k--;
  const it = terms[k];
  return (
    it !== undefined &&
    IT_WORDS.has(it.w) &&
    (k === 0 || terms[k - 1]?.end === true || terms[k - 1]?.stop === true)
  );
}
