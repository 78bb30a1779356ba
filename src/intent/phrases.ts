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

export const PHRASES = {
  apiToken: phrasePattern('api (token|tokens|credential|credentials)'),
  accessKey: phrasePattern('access (key|keys|keypair|id)'),
  secretKey: phrasePattern('secret (key|keys|access)'),
  iamUser: phrasePattern('iam user'),
  neverExpires: phrasePattern(
    "(never|doesnt|doesn't|does not|wont|won't|will not|dont|don't|do not) (expire|expires|expiring)",
  ),
  noExpiry: phrasePattern('no expiry'),
  whatCanYouDo: phrasePattern('what (can|do) (you|u) do'),
  howDoesItWork: phrasePattern('how (does|do) (this|it|you) work'),
  whichCommands: phrasePattern('(what|which) commands'),
  whoDid: phrasePattern('who (#Create|#Rotate|#Revoke|#Delete|#Deprovision|#Refresh|did|made|changed)'),
  theUser: phrasePattern('(the|its|their) (iam |bedrock )?user'),
  unitEntirely: phrasePattern('(business unit|bu) entirely'),
  whatChanged: phrasePattern('what (changed|happened|has changed|was changed|got changed)'),
  available: phrasePattern('available'),
  canUse: phrasePattern('(can|could) _{0,3} use'),
  isProvider: phrasePattern('(is|are) #Provider'),
  accessToProvider: phrasePattern('access to #Provider'),
  allUnits: phrasePattern('(all|every|each) (the |our )?(#Unit|teams|team|keys|users|configurations|access)'),
  whoHasAccess: phrasePattern(
    "(who|who's|which teams|what teams) (has|have|got|has got|have got) (access|keys|#KeyNoun|bedrock)",
  ),
  whichUnitsExist: phrasePattern('(what|which) (#Unit|teams) (exist|exists|are|is|have|has|having|do)'),
  showAll: phrasePattern('#Show (me )?(all|everything|everyone)'),
  whoOwns: phrasePattern("(who|who's) (owns|is the owner|the owner|is responsible|responsible)"),
  ownerOf: phrasePattern('#Owner of'),
  whenExpires: phrasePattern(
    'when (does|do|did|will|was|were|is|are) _{0,4} (expire|expires|expired|created|rotated)',
  ),
  howManyKeys: phrasePattern('how many #KeyNoun'),
  unitIsSetUp: phrasePattern(
    '(is|does|has) _{1,4} (have|has|setup|exist|exists|already|onboarded|configured|provisioned|active|valid|expired|live|working)',
  ),
  wholeSetup: phrasePattern('(whole|entire|complete) (setup|thing|unit|account|access|bedrock)'),
  isThere: phrasePattern("(is|are) there|there's|theres"),
  whichRegions: phrasePattern('(what|which) regions'),
};
