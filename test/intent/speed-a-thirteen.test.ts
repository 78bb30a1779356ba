import { describe, expect, it } from 'vitest';
import { classify, classifyPrepared } from '../../src/intent/classifier.js';
import { featuresOf } from '../../src/intent/features.js';
import { correctWord, editDistance } from '../../src/intent/typos.js';

// Round thirteen (speed-a): the classifier finds a text's words in place (no regex, no substring per
// known word) and the typo corrector reuses its distance rows. Neither may change an answer.

/** Texts as the classifier may see them: word edges, apostrophes, question marks, digits, odd characters. */
const TEXTS = [
  '',
  '?',
  "'s",
  "growth's key?",
  "rotate growth's and ads' keys",
  'revoke key_id 42 for team-x??',
  "what's   the spend   of   payments?!",
  'ROTATE the Key for Search',
  'rotate the kéy for zürich ops — now',
  'token 2h xxregion for xxemail pls',
  "i'd like a new token for the recsys squad's batch job",
  'who owns kyc? rotating, revokes, deprovisioned',
  'key key key key key',
  "''' '' 's's ?? a",
  'list all keys\nfor\tmarketing-ops',
  'quarterlyreportsforeveryoneandnobody rotate',
  `${'spend '.repeat(40)}?`,
];

describe('classifier: words found in place (speed-a, round thirteen)', () => {
  it.each(TEXTS)('scores %j as the features training used do', (text) => {
    for (const extra of [[], ['rule=token'], ['rule=rotate', 'rule=unknown-rule']]) {
      const features = featuresOf(text);
      for (const f of extra) features.add(f);
      expect(classifyPrepared(text, extra)).toEqual(classify(features));
    }
  });

  it('gives the same answer when a text is scored again, after others', () => {
    const first = TEXTS.map((t) => classifyPrepared(t, ['rule=rotate']));
    const again = [...TEXTS].reverse().map((t) => classifyPrepared(t, ['rule=rotate']));
    expect(again.reverse()).toEqual(first);
  });
});

/** The textbook table, no cap: the reference for the capped distance. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_r, i) =>
    Array.from({ length: b.length + 1 }, (_c, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      let v = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = v;
    }
  return (d[a.length] as number[])[b.length] as number;
}

describe('typo corrector: distance rows reused (speed-a, round thirteen)', () => {
  const PAIRS: [string, string][] = [
    ['rotate', 'rotaet'],
    ['token', 'tokn'],
    ['lsit', 'list'],
    ['credentials', 'credentails'],
    ['', 'abc'],
    ['abc', ''],
    ['deprovision', 'deprovison'],
    ['spends', 'depends'],
    ['a'.repeat(90), `${'a'.repeat(88)}ba`],
    ['details', 'detials'],
    ['access', 'acess'],
  ];

  it.each(PAIRS)('%s ~ %s within a cap as the full table says', (a, b) => {
    const exact = reference(a, b);
    for (const max of [1, 2, 3]) {
      const d = editDistance(a, b, max);
      if (exact <= max) expect(d).toBe(exact);
      else expect(d).toBeGreaterThan(max);
    }
  });

  it.each([
    ['rotaet', 'rotate'],
    ['revokd', 'revoke'],
    ['modles', 'models'],
    ['deatils', 'details'],
  ])('still corrects %s → %s', (typo, word) => {
    expect(correctWord(typo)).toBe(word);
  });

  it.each(['deleted', 'planning', 'last', 'depends', 'marketing', 'payments'])(
    'leaves the real word %s as written',
    (word) => {
      expect(correctWord(word)).toBe(word);
    },
  );
});
