/**
 * units20b: a name said in words that ends in the kind of system it names, though its first words are
 * no name words alone ("rotate the key for grant writer assistant", "revoke the api key for delay codes
 * nlp" → "grant-writer-assistant", "delay-codes-nlp"). "grant" is one of our verbs, "writer" a provider,
 * "delay" a word of the story; before "assistant", "bot" or "nlp" that ends the phrase, right after
 * "for"/"the", they are the system's name. A described system is not ("the key for our new bot", "the old
 * assistant"), nor a key word inside the run ("the key for the bedrock api").
 */
import { isNameWord } from './business-unit.js';
import type { Term } from './terms.js';

/** The kinds of system a spoken name may end in. */
const SYSTEM_TAILS = new Set(
  (
    'assistant assistants bot bots chatbot copilot agent agents app tool tools tracker engine pipeline ' +
    'nlp ml dashboard dashboards classifier summariser summarizer extractor parser generator ' +
    // (units22: "the label text checker", "the parent letter translator".)
    'checker translator drafter tagger ' +
    // (units23: "whoever owns the job board scraper", "the milk quota calculator", "the shift roster planner".)
    'scraper calculator planner predictor importer matcher system'
  ).split(' '),
);

/** Is this word a kind of system a spoken name may end in ("planner", "bot", "scraper")? */
export const systemTail = (w: string): boolean => SYSTEM_TAILS.has(w);

/** Words that open no name of this kind: determiners, describing words, prepositions, pronouns. */
const NOT_IN_RUN = new Set(
  (
    'the a an our my your their his her its this that these those old new next legacy any some every all ' +
    'for of to from on in at by with and or but so is are was were be been it me us them you we i they ' +
    'please pls plz now today tomorrow same other another current existing shared main test ' +
    // (What a system is for or where it runs, as round seventeen reads it: "rotate the demo app key" names no unit.)
    'demo dev prod production staging sandbox personal local prototype poc'
  ).split(' '),
);
/** Tags of key and token words: "the bedrock api", "the access key bot" are no names of this kind. */
const KEY_TAGS = new Set(['KeyNoun', 'TokenNoun', 'Api', 'Aws', 'Bedrock']);

/**
 * Does a run of words from `j` (two or three with the tail) reach a system's kind that ends its phrase?
 * `opening`: `j` is the run's first word, which must stand right after "for" or "the".
 */
export function systemRunAt(terms: readonly Term[], j: number, opening: boolean): boolean {
  if (opening && !['for', 'the'].includes(terms[j - 1]?.w ?? '')) return false;
  // (Cheap check first: a tail within three words.)
  if (!SYSTEM_TAILS.has(terms[j + 1]?.w ?? '') && !SYSTEM_TAILS.has(terms[j + 2]?.w ?? '')) return false;
  for (let k = j; k < j + 3; k++) {
    const q = terms[k];
    if (q === undefined || q.possessive || !/^[a-z]{2,}$/.test(q.w)) return false;
    // (units23: "the temp badge system": "temp" opening a name of three words is the name's, no token.)
    const tempOpens = k === j && q.w === 'temp' && !SYSTEM_TAILS.has(terms[k + 1]?.w ?? '');
    if (NOT_IN_RUN.has(q.w) || (KEY_TAGS.has(q.tag ?? '') && !tempOpens)) return false;
    if (k > j && SYSTEM_TAILS.has(q.w)) {
      const next = terms[k + 1];
      // ("grant tracker bot": a kind before another is part of the name.)
      if (!q.stop && SYSTEM_TAILS.has(next?.w ?? '') && k + 1 < j + 3) continue;
      return q.stop || next === undefined || !isNameWord(next.w);
    }
    if (q.stop) return false;
  }
  return false;
}
