/**
 * Names written in Title Case (round fourteen): in lower-case or sentence-case prose, a run of two or
 * more capitalised words that does not open a sentence ("team Llama Drama", "for the Model Risk team",
 * "Business unit: Doc Intel", "the Customer 360 team") is one name, though its words alone are ours
 * or name nothing ("Drama", "Cycle", "Model"). The case is lost when the text is lower-cased, so the
 * runs are read here from the text as written, as pairs of neighbouring words ("llama drama"); the
 * unit finder lets a name go on through such a pair (unit-finder.ts).
 *
 * No run is a name when it is a product or a brand ("Claude Sonnet", "Amazon Bedrock", "Cost
 * Explorer"), a date ("Friday March"), a greeting ("Hi Team"), a person's possessive ("Lena
 * Fischer's team"), or when its line is all capitals or Title Case (a heading: "Monthly Cost Review").
 */

import { GIVEN_NAMES, NAME_PARTICLES } from './person-names.js';

/**
 * A capitalised word (or a short acronym) followed by more of them or by a number ("Customer 360"); a
 * name's lower-case particle may stand between two capitalised words ("Quinta do Vale", "Banco de Sol",
 * "Studio van Dijk", round fifteen) when the word after it is a name's, capitalised but not all capitals
 * and no English word: "Finance do KYC" and "Project Alpha do Not use it" are a name and a verb.
 */
const RUN =
  /(?<![\w'’-])[A-Z][a-z]*[A-Za-z]*(?:[ \t]+(?:(?:d[aeiou]|dos|das|del|della|van|von|der|den|la|le)[ \t]+(?=[A-Z][a-z])(?!(?:Not|Nothing|It|This|That|The|We|You|They)\b))?(?:[A-Z][A-Za-z]*|\d{1,4})(?![\w'’-]))+(?![\w'’-])/g;

/** Products, brands and services: capitalised for what they are, never a team's name. */
const BRANDS = new Set(
  (
    'bedrock claude sonnet haiku opus instant aws amazon anthropic azure openai google gemini microsoft ' +
    'mistral mixtral cohere deepseek meta sagemaker github gitlab slack jira okta confluence datadog ' +
    'explorer manager console cloudwatch cloudtrail iam sso api ai gpt chatgpt llm ec2 s3 lambda ' +
    'titan nova llama jamba qwen teams zoom notion figma excel sheets docs drive office365 outlook'
  ).split(' '),
);
/** Model families named before a number or a size ("Llama 3", "Titan Embeddings"): a model, no team. */
const MODEL_FAMILIES = new Set(['llama', 'titan', 'nova']);

/**
 * A word that makes a run no team's name: a brand or a word of dates and greetings ("team Llama
 * Drama" is a name: a model family's word opening a name of other words; "Llama 3" is the model).
 */
function excluded(w: string, k: number, words: string[]): boolean {
  if (MODEL_FAMILIES.has(w) && k === 0) return /^\d/.test(words[1] ?? '') || BRANDS.has(words[1] ?? '');
  return BRANDS.has(w) || NOT_IN_NAMES.has(w);
}

/** Words that never open or stand in a team's Title Case name: dates, greetings, titles, pronouns. */
const NOT_IN_NAMES = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december hi hey hello dear thanks thank cheers regards best kind ' +
    'please mr mrs ms dr i im i’m we you he she they the a an and or of for to in on at by with from my our your their ' +
    'it this that these those q1 q2 q3 q4 fy eu uk ' +
    // (Occasions: "a key for the Quarterly Business Review" names a meeting, no team.)
    'review reviews meeting meetings summit offsite offsites standup standups retro retrospective kickoff ' +
    'workshop workshops conference townhall hackathon'
  ).split(' '),
);

/**
 * Words that end a Title Case name's run, though capitalised with it: a key's word ("the Growth Key",
 * "the Marketing Token"), a time ("for Growth ASAP", "Growth Tomorrow Morning"), a region or country
 * ("Growth US") and a person's role ("Growth Team Lead"). The words before one may still be a name.
 */
const RUN_ENDERS = new Set(
  (
    'key keys token tokens credential credentials creds cred secret secrets password passwords access api ' +
    'now today tonight tomorrow yesterday morning afternoon evening night asap eod eow cob next week weekend ' +
    'month soon later us usa eu uk emea apac latam na anz dach nordics canada germany france japan india ' +
    'lead leads manager managers owner owners head director admin admins'
  ).split(' '),
);

/** The parts of a run between words that end it ("Growth Access Key" → "Growth"; "Model Risk Team Lead" → "Model Risk Team"). */
function splitAtEnders(words: string[], after: string): string[][] {
  const parts: string[][] = [[]];
  for (let k = 0; k < words.length; k++) {
    const w = words[k] ?? '';
    if (
      RUN_ENDERS.has(w.toLowerCase()) &&
      !accessInName(words, k, after) &&
      !keyWordInTeamName(words, k, after) &&
      !timeOpensName(words, k)
    )
      parts.push([]);
    else parts[parts.length - 1]?.push(w);
  }
  return parts.filter((p) => p.length > 1);
}

/** Words of a time that open a name when a name's word follows ("project Night Shift", "the Morning Show team"). */
const TIME_OPENERS = new Set('night morning evening afternoon weekend tonight'.split(' '));

/** things26: a time's word opening the run, before a capitalised word that ends nothing, is the name's first word. */
function timeOpensName(words: string[], k: number): boolean {
  const next = words[k + 1];
  return (
    k === 0 &&
    TIME_OPENERS.has((words[0] ?? '').toLowerCase()) &&
    next !== undefined &&
    /^[A-Z][a-z]/.test(next) &&
    !RUN_ENDERS.has(next.toLowerCase())
  );
}

/** A team noun written in lower case right after a Title Case run ("the Market Access pod"). */
const TEAM_NOUN_AFTER =
  /^[*_]{0,2}[ \t]+(?:team|pod|squad|crew|desk|office|unit|group|guild|tribe|hub|lab)(?![\w-])/;

/**
 * units22: "Access" inside a name, not a key's word: between a name's words ("Market Access Analytics")
 * or ending a run a team noun follows ("the Market Access pod"). "the Growth Access key" still ends.
 */
function accessInName(words: string[], k: number, after: string): boolean {
  if (words[k] !== 'Access' || k === 0) return false;
  const next = words[k + 1];
  if (next === undefined) return TEAM_NOUN_AFTER.test(after);
  return /^[A-Z][a-z]/.test(next) && !RUN_ENDERS.has(next.toLowerCase());
}

/** Our words that a trade's team may carry in its name ("the Master Key Design team", "the Token Services team"). */
const KEY_WORDS_IN_NAMES = new Set(['Key', 'Keys', 'Token', 'Tokens', 'Access', 'Credential', 'Credentials']);
/** A team noun ending the run itself ("the Key Management Squad"). */
const TEAM_NOUN_WORD = /^(?:team|pod|squad|crew|desk|office|unit|group|guild|tribe|hub|lab)$/i;

/**
 * units28: a key's word inside a team's Title Case name, not a key: followed by a capitalised word that ends
 * nothing, in a run that a team noun ends or follows ("the Master Key Design team", "the Key Management squad",
 * "the Token Services team"). "the Growth Key", "the Growth Key for ads" and "the Marketing Token" still end.
 */
function keyWordInTeamName(words: string[], k: number, after: string): boolean {
  if (!KEY_WORDS_IN_NAMES.has(words[k] ?? '')) return false;
  const next = words[k + 1];
  if (next === undefined || !/^[A-Z][a-z]/.test(next) || RUN_ENDERS.has(next.toLowerCase())) return false;
  return TEAM_NOUN_WORD.test(words[words.length - 1] ?? '') || TEAM_NOUN_AFTER.test(after);
}

/** Labels whose value after a colon is a unit's name ("Business unit: Doc Intel", "Team: Byte Me"). */
const UNIT_LABEL =
  /(?:unit|team|bu|project|squad|group|department|dept|service|system|app)\s*(?:\*+\s*)?:\s*(?:\*+\s*)?$/i;

/** Does the text before a run end a sentence or open a line (so the run's first word is capitalised as such)? */
function opensSentence(before: string): boolean {
  const t = before.replace(/[ \t*_>]+$/, '');
  if (t === '' || /[.!?\n]$/.test(t)) return true;
  // (A list's bullet or number: "- Prompt Goblins need …", "2. Model Risk".)
  if (/(?:^|\n)[ \t]*(?:[-•*]|\d+[.)])$/.test(t)) return true;
  // (A quote or bracket opening: "(Data Protection Office)" is no sentence; a colon is one unless a unit's label.)
  if (t.endsWith(':')) return !UNIT_LABEL.test(before);
  return /["“]$/.test(t);
}

/** A closing double quote, then a team noun: "the \"Bench Automation\" unit". */
const QUOTE_THEN_TEAM_NOUN =
  /^["”][ \t]+(?:team|pod|squad|crew|desk|office|unit|group|guild|tribe|hub|lab)(?![\w-])/;

/**
 * fix37b, tuned-aerospace: a Title Case run in double quotes with a team noun after the quotes is a unit's name given
 * whole ("key for the \"Bench Automation\" unit"), its first word capitalised as the name's, not as a quote's opening.
 */
function quotedBeforeTeamNoun(text: string, start: number, end: number): boolean {
  return (
    /["“]$/.test(text.slice(Math.max(0, start - 1), start)) &&
    QUOTE_THEN_TEAM_NOUN.test(text.slice(end, end + 12))
  );
}

/** Is this line a heading or shouted: no word in it starts with a lower-case letter? */
function headingLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  return !/(?:^|[\s(])[a-z]/.test(text.slice(start, end));
}

/** A cheap test before the run's expression: a capitalised word, spaces, a capital or a digit (most texts have none). */
const CAPITALISED_PAIR =
  /[A-Z][a-z]*[ \t]+(?:(?:d[aeiou]|dos|das|del|della|van|von|der|den|la|le)[ \t]+(?=[A-Z]))?[A-Z0-9]/;

/**
 * A public body's formal name (round eighteen): a body's noun, "of", and one to four capitalised words,
 * "and" or "&" between them ("the Department of Transportation", "the Ministry of Justice", "the Office
 * of Planning and Building Control", "the Bureau of Labor Statistics"). It is one name, written whole
 * (department-of-transportation), though "of" and "and" are never a name's words elsewhere.
 */
const BODY_NAME =
  /(?<![\w'’-])(?:Department|Dept|Ministry|Office|Bureau|Division|Directorate|Agency|Board|Commission|Authority|Institute|Council|Secretariat|Administration|Inspectorate|Registry)[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][a-z]+){0,3}(?=['’]s\b|(?![\w'’-]))/g;

/**
 * fix37c, tuned-crypto: a team's Title Case name with "of" inside, before its team noun ("access key for the Proof of
 * Reserves team", "revoke the Proof of Reserves team's credentials", "the Centre of Excellence squad"): one name, as a
 * body's is. Not a person's role ("the Head of Sales team": a role's word opens it).
 */
const OF_NAME_BEFORE_TEAM =
  /(?<![\w'’-])(?!(?:Head|Director|Chief|Vice|VP|Lead|Manager|Member|Members|Rest|Most|Some|All|None|One|Part|End|Out)\b)[A-Z][a-z]+[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}(?=(?:['’]s)?[ \t]+(?:team|squad|desk|pod|crew|guild|group|unit|lab|cell|tribe|chapter)\b)/g;

/** Adds the pairs of a public body's formal names (BODY_NAME) and of a team's named with "of" to `pairs`. */
function bodyNamePairs(text: string, pairs: Set<string> | undefined): Set<string> | undefined {
  return ofNamePairs(text, OF_NAME_BEFORE_TEAM, ofNamePairs(text, BODY_NAME, pairs));
}
/** Adds the pairs of neighbouring words of each name `names` finds (an excluded word after "of" drops it). */
function ofNamePairs(text: string, names: RegExp, pairs: Set<string> | undefined): Set<string> | undefined {
  names.lastIndex = 0;
  for (let m = names.exec(text); m !== null; m = names.exec(text)) {
    const lower = m[0].toLowerCase().split(/[ \t]+/);
    if (lower.some((w, k) => k > 1 && excluded(w, k, lower) && w !== 'and')) continue;
    pairs ??= new Set();
    for (let k = 0; k + 1 < lower.length; k++) pairs.add(`${lower[k]} ${lower[k + 1]}`);
  }
  return pairs;
}

/**
 * The pairs of neighbouring words, lower-cased ("llama drama"), inside the Title Case names of a
 * text as written; undefined when there are none (most texts).
 */
export function titleNamePairs(text: string): Set<string> | undefined {
  if (!CAPITALISED_PAIR.test(text)) {
    const body = text.includes(' of ') ? bodyNamePairs(text, undefined) : undefined;
    return ACRONYM_HINT.test(text) ? acronymTeams(text, body) : body;
  }
  let pairs: Set<string> | undefined = text.includes(' of ') ? bodyNamePairs(text, undefined) : undefined;
  if (ACRONYM_HINT.test(text)) pairs = acronymTeams(text, pairs);
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    let run = m[0].split(/[ \t]+/);
    if (
      opensSentence(text.slice(Math.max(0, m.index - 40), m.index)) &&
      !quotedBeforeTeamNoun(text, m.index, m.index + m[0].length)
    )
      run = run.slice(1);
    if (run.length < 2 || headingLine(text, m.index)) continue;
    for (const words of splitAtEnders(run, text.slice(m.index + m[0].length, m.index + m[0].length + 12))) {
      const lower = words.map((w) => w.toLowerCase());
      if (lower.some((w, k) => excluded(w, k, lower))) continue;
      // ("the key for Maria da Silva": a given name and a particle open a person's full name, no unit's.)
      if (lower.some((w, k) => GIVEN_NAMES.has(w) && NAME_PARTICLES.has(lower[k + 1] ?? ''))) continue;
      // (A run in capitals is shouted, "REVOKE IT NOW": a name has a word in Title Case.)
      if (!/^[a-z]/.test(lower[0] ?? '') || !words.some((w) => /^[A-Z][a-z]/.test(w))) continue;
      pairs ??= new Set();
      for (let k = 0; k + 1 < lower.length; k++) pairs.add(`${lower[k]} ${lower[k + 1]}`);
    }
  }
  return pairs;
}

/** A short acronym in capitals before a team noun ("the plant IT team", "the MES team's"). */
const ACRONYM_TEAM =
  /(?<![\w'’-])(?:([a-z][a-z]+)[ \t]+)?([A-Z]{2,5})[ \t]+(team|squad|crew|group|dept|department)(?![\w-])/g;
const ACRONYM_HINT = /[A-Z]{2}[ \t]+(?:team|squad|crew|group|dept|department)\b/;
/** Words before an acronym that are no part of its team's name ("the", "for", "our"). */
const NOT_IN_NAME = new Set(
  'the a an our their your my his her its for of to from on in at by with and or but is are was were this that these those all every each whole entire new old'.split(
    ' ',
  ),
);

/**
 * units19: in prose written in lower case, an acronym in capitals before a team noun is one name with
 * it, and with a plain word before it ("the plant IT team" → plant-it-team; "IT" is no pronoun there).
 */
function acronymTeams(text: string, pairs: Set<string> | undefined): Set<string> | undefined {
  if (!/[a-z]{3}/.test(text)) return pairs;
  ACRONYM_TEAM.lastIndex = 0;
  for (let m = ACRONYM_TEAM.exec(text); m !== null; m = ACRONYM_TEAM.exec(text)) {
    const acronym = (m[2] ?? '').toLowerCase();
    pairs ??= new Set();
    pairs.add(`${acronym} ${m[3]}`);
    if (m[1] !== undefined && !NOT_IN_NAME.has(m[1])) pairs.add(`${m[1]} ${acronym}`);
  }
  return pairs;
}

/** Is the word one of a Title Case name's (pairs from titleNamePairs)? */
export function inTitledName(titled: Set<string>, word: string): boolean {
  for (const pair of titled) if (pair.startsWith(`${word} `) || pair.endsWith(` ${word}`)) return true;
  return false;
}
