/**
 * fix61 units: a plain word read in front of a unit written as a code name. A name written with hyphens
 * ("rider-support-bot", "chatbot-cs", "export-bi"; prepare.ts makes them one "_" word) is written whole, the way
 * code and dashboards name a service (README "Units written as service names"): a plain word before it is the
 * sentence's, not the name's ("how much bedrock money rider-support-bot burn", "pengeluaran AI chatbot-cs",
 * "desactiva a chave do painel export-bi", "leave trail-report-writer's unit alone", "iptal et şu izmir-bookings
 * key'ini"). Read as one run, these became "money-rider-support-bot", "ai-chatbot-cs", "painel-export-bi".
 * Over the tuned files a plain word then a hyphenated name is the label's start once in about 12,900 (a prose
 * compound, "summer pop-up"); a word after the name (a team noun, "the platform-eng group") is not touched here.
 */
import { isNameWord } from './business-unit.js';
import { TEAM_NOUNS } from './group-nouns.js';
import type { Term } from './terms.js';

/** A plain word of a sentence: letters only, no hyphen or digit, so no part of a code name. */
const PLAIN = /^[a-z]+$/;
/** A name written as code: two or more parts joined by hyphens (read as "_"), each of letters or digits. */
const CODE_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

/**
 * A tool over logs that prepare.ts joins from plain words ("maintenance log search" → "maintenance log_search",
 * fix47c): the joined word was not typed as a code name, so the words before it stay the name's.
 */
const LOG_TOOL_JOINED = /^log_[a-z]+$/;

/**
 * The run from its first code-written name on, when only plain words stand before it ("money rider_support_bot"
 * → "rider_support_bot"); the run as it was otherwise: when the code word is no name (a prose compound), a group
 * noun prepare.ts joins ("the radiology working_group") or a log tool it joins, or when the run's terms are a name
 * in Title Case ("the Summer Pop-up": title-names.ts).
 */
export function fromCodeName(words: string[], terms: readonly Term[]): string[] {
  if (words.length < 2 || terms.some((t) => t.title === true)) return words;
  const at = words.findIndex((w) => w.includes('_'));
  if (at <= 0) return words;
  const code = words[at] ?? '';
  if (!CODE_NAME.test(code) || LOG_TOOL_JOINED.test(code) || TEAM_NOUNS.has(code) || !isNameWord(code))
    return words;
  return words.slice(0, at).every((w) => PLAIN.test(w)) ? words.slice(at) : words;
}
