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
 * The words a match of a pattern can start with (every match is " " then one of them), or null
 * when the pattern's start is not that plain (an optional group, a gap, an empty alternative).
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
  for (const alternative of alternatives) {
    if (alternative.startsWith('(')) {
      let level = 0;
      let close = -1;
      for (let i = 0; i < alternative.length && close < 0; i++) {
        if (alternative[i] === '(') level++;
        else if (alternative[i] === ')' && --level === 0) close = i;
      }
      if (close < 0 || /^[?*{]/.test(alternative.slice(close + 1))) return null;
      const inner = firstWords(alternative.slice(1, close));
      if (inner === null) return null;
      out.push(...inner);
    } else if (alternative.startsWith('#')) {
      const words = byTag.get(/^#([A-Za-z]+)/.exec(alternative)?.[1] ?? '');
      if (words === undefined || words.some((w) => w === '')) return null;
      out.push(...words);
    } else {
      const word = /^[a-z0-9_']+/.exec(alternative)?.[0];
      // (A quantifier after the word makes its last letter optional: no plain start then.)
      if (word === undefined || /^[?*+{]/.test(alternative.slice(word.length))) return null;
      out.push(word);
    }
  }
  return out;
}

/**
 * A phrase pattern with a cheap first look: a text without " " and one of the words a match starts
 * with is no match, and the regular expression is only run on the others (most texts have none).
 */
export class Phrase {
  readonly regex: RegExp;
  private readonly starts: string[] | null;

  constructor(source: string) {
    this.regex = phrasePattern(source);
    const words = firstWords(source);
    // (A word is enough when a shorter one it starts with is already looked for.)
    this.starts =
      words === null
        ? null
        : [...new Set(words)]
            .filter((w, _i, all) => !all.some((o) => o !== w && w.startsWith(o)))
            .map((w) => ` ${w}`);
  }

  test(phrase: string): boolean {
    if (this.starts !== null && !this.starts.some((start) => phrase.includes(start))) return false;
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
  whoDid: phrase('who (#Create|#Rotate|#Revoke|#Delete|#Deprovision|#Refresh|did|made|changed)'),
  theUser: phrase('(the|its|their) (iam |bedrock )?user'),
  unitEntirely: phrase('(business unit|bu) entirely'),
  whatChanged: phrase('what (changed|happened|has changed|was changed|got changed)'),
  available: phrase('available'),
  canUse: phrase('(can|could) _{0,3} use'),
  isProvider: phrase('(is|are) #Provider'),
  accessToProvider: phrase('access to #Provider'),
  allUnits: phrase('(all|every|each) (the |our )?(#Unit|teams|team|keys|users|configurations|access)'),
  whoHasAccess: phrase(
    "(who|who's|which teams|what teams) (has|have|got|has got|have got) (access|keys|#KeyNoun|bedrock)",
  ),
  whichUnitsExist: phrase('(what|which) (#Unit|teams) (exist|exists|are|is|have|has|having|do)'),
  showAll: phrase('#Show (me )?(all|everything|everyone)'),
  whoOwns: phrase("(who|who's) (owns|is the owner|the owner|is responsible|responsible)"),
  ownerOf: phrase('#Owner of'),
  whenExpires: phrase(
    'when (does|do|did|will|was|were|is|are) _{0,4} (expire|expires|expired|created|rotated)',
  ),
  howManyKeys: phrase('how many #KeyNoun'),
  unitIsSetUp: phrase(
    '(is|does|has) _{1,4} (have|has|setup|exist|exists|already|onboarded|configured|provisioned|active|valid|expired|live|working)',
  ),
  wholeSetup: phrase('(whole|entire|complete) (setup|thing|unit|account|access|bedrock)'),
  isThere: phrase("(is|are) there|there's|theres"),
  whichRegions: phrase('(what|which) regions'),
};
