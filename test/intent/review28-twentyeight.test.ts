/**
 * Round twenty-eight's review: patterns that backtracked on long runs of spaces, and readings the round's
 * readers gave to messages they were not written for.
 */
import { describe } from 'vitest';
import { parsesWithoutHanging } from './hang-guard.js';
import { keeps, neverActs } from './acted.js';

const SPACES = ' '.repeat(2000);

/**
 * A lazy run holding spaces beside a run of spaces (the mark's spaces, then the clause, then the spaces before
 * the verb) split a long run of spaces every way: seconds on a German, Dutch, Afrikaans or Turkish word, a comma
 * and 2,000 spaces (NOT_LAST_RE, VERB_LAST_RE and NOT_VERB_LAST_RE in surface.ts, TR_VERB_LAST_RE and the
 * Afrikaans spend in more-languages.ts).
 */
describe('a verb put last, read before a long run of spaces, parses in linear time', () => {
  parsesWithoutHanging([
    `bitte , ${SPACES}, `,
    `bitte \n${SPACES}\n`,
    `bitte the${SPACES}x`,
    `bitte not the ${SPACES}not the `,
    `lütfen sil , ${SPACES}, x`,
    `lütfen sil \n${SPACES}\n x`,
    `ek het x ${SPACES}het x `,
    `bitte het x ${SPACES}het x `,
  ]);
  keeps([
    ['bitte die unit einkauf komplett entfernen', 'deprovision', 'einkauf'],
    ['marketing anahtarını sil', 'revoke', 'marketing'],
    ['marketing het R500 aan bedrock gespandeer', 'spend', 'marketing'],
  ]);
  neverActs([
    'die Unit einkauf bitte nicht löschen',
    'graag niet de key van x vervangen',
    'marketing anahtarını silme',
    'not the growth key delete',
  ]);
});
