/**
 * fix61 (missed requests): a command asked of a named unit and answered at once with another plain name ("revoke
 * client-portal? nope, kestrel", "rotate the ads-ml key? nah, osprey"). The writer checks the name they typed and
 * gives the one meant: the take-back corrects the unit, it does not withdraw the request. A name with a hyphen, an
 * underscore or a digit was already read so (negation.ts's unitNamedAlone); a plain word was not, for "nope, later"
 * and "nah, overkill" take the request back. A plain word is read as the name only here: right after a question
 * whose last word is a name of the unit's shape (hyphenated, underscored or with a digit, then at most the key's
 * noun), and when it is no word of ours, no given name and no word of time or judgement.
 */
import { isNameWord } from './business-unit.js';
import { LEXICON } from './lexicon.js';
import { COMMON_GIVEN_NAMES, GIVEN_NAMES } from './person-names.js';

/** The text up to the take-back word ends in a unit's name asked about: "… client_portal? nope", "… the ads_ml key? nah". */
const NAME_ASKED =
  /\b[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+(?:\s+(?:key|keys|one|unit|team))?\s*\?[\s,.!]*(?:no|nope|nah)$/;

/** Plain words that answer such a question without naming a unit: a judgement, a time, a mood, whom one speaks to. */
const NOT_A_NAME =
  /^(?:later|tomorrow|today|tonight|soon|never|maybe|overkill|pointless|bad|wrong|dumb|silly|idea|fine|good|nothing|none|nobody|yes|yeah|yep|sure|both|neither|either|whatever|anyway|wait|hold|stop|cancel|leave|keep|skip|pass|lol|haha|jk|ugh|hmm|meh|stupid|crazy|risky|dangerous|premature|insane|bot|bots|team|folks|everyone|everybody|guys|people|all|thanks|thx)$/;

/** May the plain word after a take-back name the unit meant, the text before it asking of a named unit? */
export function plainNameAnswers(upToTakeBack: string, word: string): boolean {
  return (
    NAME_ASKED.test(upToTakeBack) && word.length >= 3 && !/(?:ly|ing|ed)$/.test(word) && groupNamed(word)
  );
}

/**
 * fix61: a group noun after a plain word said alone after a take-back ("rotate the key for the night audit assistant,
 * no, the revenue lab", "nope, the pricing squad"): with the noun, the word names a unit (the data README keeps the
 * group noun in the name), though the word alone would not.
 */
export const GROUP_AFTER_NAME = /^(?:lab|labs|squad|crew|pod|guild|tribe|chapter|studio|bureau|cell)$/;

/**
 * Can this plain word name the unit a take-back corrects to (followed by a group noun, or answering a named unit asked
 * about, above)? Letters only, no word of ours, of time or judgement, and no given name.
 */
export function groupNamed(word: string): boolean {
  return (
    /^[a-z]+$/.test(word) &&
    isNameWord(word) &&
    !(word in LEXICON) &&
    !NOT_A_NAME.test(word) &&
    !GIVEN_NAMES.has(word) &&
    !COMMON_GIVEN_NAMES.has(word)
  );
}
