/**
 * Phrase patterns the rules look for, compiled once into regular expressions over `phraseText`
 * (the terms' words joined by single spaces, " | " between sentences). `#Tag` stands for every
 * lexicon word with that tag; `_{m,n}` for m to n words of the same sentence.
 */
import { LEXICON } from './lexicon.js';

const byTag = new Map<string, string[]>();
for (const [word, tag] of Object.entries(LEXICON)) {
  const list = byTag.get(tag) ?? [];
  list.push(word.replace(/[^a-z0-9_']/g, ''));
  byTag.set(tag, list);
}

/** Compiles a pattern: words separated by spaces, (a|b c) groups, `#Tag`, `_{m,n}`. */
export function phrasePattern(source: string): RegExp {
  const body = source
    .replace(/\(/g, '(?:')
    .replace(/ +/g, ' ')
    .replace(/#([A-Za-z]+)/g, (_m, tag: string) => `(?:${(byTag.get(tag) ?? ['\\0']).join('|')})`)
    .replace(/_\{(\d+),(\d+)\}\s*/g, '(?:[^ |]+ ){$1,$2}');
  return new RegExp(` (?:${body}) `);
}

/**
 * The words a match of a pattern can start with: every match is " ", one of them and a space (the
 * phrase's words are whole between spaces). Null when the start is not that plain (an optional
 * group, a gap, a word that runs on into a group or ends in a quantifier).
 */
function firstWords(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  const alternatives: string[] = [];
  for (let i = 0; i <= source.length; i++) {
    const c = source[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if ((c === '|' && depth === 0) || c === undefined) {
      alternatives.push(source.slice(from, i).replace(/^ +/, ''));
      from = i + 1;
    }
  }
  // (What follows a word must be a space: its end, at the end of an alternative, is followed by one.)
  const endsWord = (rest: string): boolean => rest === '' || rest.startsWith(' ');
  for (const alternative of alternatives) {
    if (alternative.startsWith('(')) {
      let level = 0;
      let close = -1;
      for (let i = 0; i < alternative.length && close < 0; i++) {
        if (alternative[i] === '(') level++;
        else if (alternative[i] === ')' && --level === 0) close = i;
      }
      if (close < 0 || !endsWord(alternative.slice(close + 1))) return null;
      const inner = firstWords(alternative.slice(1, close));
      if (inner === null) return null;
      out.push(...inner);
    } else if (alternative.startsWith('#')) {
      const tag = /^#([A-Za-z]+)/.exec(alternative)?.[1] ?? '';
      const words = byTag.get(tag);
      if (words === undefined || words.some((w) => w === '') || !endsWord(alternative.slice(tag.length + 1)))
        return null;
      out.push(...words);
    } else {
      const word = /^[a-z0-9_']+/.exec(alternative)?.[0];
      if (word === undefined || !endsWord(alternative.slice(word.length))) return null;
      out.push(word);
    }
  }
  return out;
}

/** The words of the phrase text tested last (the rules test every pattern on the same text). */
let lastPhrase = '';
let lastWords = new Set<string>();

/**
 * The words of a phrase text its caller has already collected (the rules' reading has them as a
 * set): they stand in for its split (the phrase's empty and "|" parts start no pattern).
 */
export function knownPhraseWords(phrase: string, words: Set<string>): void {
  lastPhrase = phrase;
  lastWords = words;
}

function wordsOf(phrase: string): Set<string> {
  if (phrase !== lastPhrase) {
    lastPhrase = phrase;
    lastWords = new Set(phrase.split(' '));
  }
  return lastWords;
}

/**
 * A phrase pattern with a cheap first look: a text without one of the words a match starts with
 * is no match, and the regular expression only runs on the others (most texts have none).
 */
export class Phrase {
  readonly regex: RegExp;
  private readonly starts: string[] | null;

  constructor(source: string) {
    this.regex = phrasePattern(source);
    const words = firstWords(source);
    this.starts = words === null ? null : [...new Set(words)];
  }

  test(phrase: string): boolean {
    if (this.starts !== null) {
      const words = wordsOf(phrase);
      if (!this.starts.some((w) => words.has(w))) return false;
    }
    return this.regex.test(phrase);
  }
}

const phrase = (source: string): Phrase => new Phrase(source);

export const PHRASES = {
  apiToken: phrase('api (token|tokens|credential|credentials)'),
  accessKey: phrase('access (key|keys|keypair|id)'),
  secretKey: phrase('secret (key|keys|access)'),
  iamUser: phrase('iam user'),
  neverExpires: phrase(
    "(never|doesnt|doesn't|does not|wont|won't|will not|dont|don't|do not) (expire|expires|expiring)",
  ),
  noExpiry: phrase('no expiry'),
  whatCanYouDo: phrase('what (can|do) (you|u) do'),
  howDoesItWork: phrase('how (does|do) (this|it|you) work'),
  whichCommands: phrase('(what|which) commands'),
  // (fix39a, tuned-forestry: and its perfect, "who has created the X key?", the way Afrikaans "wie het … geskep?"
  // reads.)
  whoDid: phrase(
    'who (has |have |had )?(#Create|#Rotate|#Revoke|#Delete|#Deprovision|#Refresh|did|made|changed)',
  ),
  theUser: phrase('(the|its|their) (iam |bedrock )?user'),
  unitEntirely: phrase('(business unit|bu) entirely'),
  whatChanged: phrase('what (changed|happened|has changed|was changed|got changed)'),
  available: phrase('available'),
  canUse: phrase('(can|could) _{0,3} use'),
  isProvider: phrase('(is|are) #Provider'),
  accessToProvider: phrase('access to #Provider'),
  // ("does bedrock have titan?", "do you have llama?": a model family asked to be among those offered; asks23.)
  hasProvider: phrase(
    '(does|do) (bedrock|bedrock_bot|you|u|aws) (have|has|offer|support|carry|include|host|serve) #Provider',
  ),
  allUnits: phrase('(all|every|each) (the |our )?(#Unit|teams|team|keys|users|configurations|access)'),
  whoHasAccess: phrase(
    "(who|who's|which teams|what teams) (has|have|got|has got|have got) (access|keys|#KeyNoun|bedrock)",
  ),
  whichUnitsExist: phrase('(what|which) (#Unit|teams) (exist|exists|are|is|have|has|having|do)'),
  showAll: phrase('#Show (me )?(all|everything|everyone)'),
  whoOwns: phrase(
    "(who|who's) (owns|own|is the owner|the owner|is responsible|responsible|is (on record|listed|registered|down) as (the )?owner|(on record|listed|registered|down) as (the )?owner)",
  ),
  ownerOf: phrase('#Owner of'),
  whenExpires: phrase(
    'when (does|do|did|will|was|were|is|are) _{0,4} (expire|expires|expired|created|rotated)',
  ),
  howManyKeys: phrase('how many #KeyNoun'),
  unitIsSetUp: phrase(
    '(is|does|has) _{1,4} (have|has|hold|holds|setup|exist|exists|already|onboarded|configured|provisioned|active|valid|expired|live|working)',
  ),
  wholeSetup: phrase('(whole|entire|complete) (setup|thing|unit|account|access|bedrock)'),
  // dev26a: "take away all their Bedrock stuff": all a unit has on Bedrock, its whole setup.
  allBedrockStuff: phrase(
    'all (of )?(their|its|the|our|his|her) (bedrock|ai) (stuff|things|setup|resources)',
  ),
  isThere: phrase("(is|are) there|there's|theres"),
  // "anything provisioned for s4-narrative yet?", "anything set up for growth?": what a unit has.
  anythingSetUp: phrase('(anything|something) (provisioned|setup|configured|onboarded|enabled)'),
  whichRegions: phrase('(what|which) regions'),
};
