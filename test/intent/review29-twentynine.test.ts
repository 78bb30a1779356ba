/**
 * Round twenty-nine's review: behaviour fixes found reviewing the round's merged readers.
 */
import { describe } from 'vitest';
import { exactly, neverActs } from './acted.js';

/**
 * dev29 read Czech "na hodinu", "na půl hodiny" in durations.ts, req29 glossed "na" as "for" and "hodinu" as "hours"
 * in more-languages.ts; merged, the glossary ran first and the lifetime was lost ("token na hodinu" was a token of no
 * lifetime, and dev29's own test failed). One reader now: the glossary for a number and its unit, surface.ts
 * foreignHours for the span said without a number, as for "na godzinę".
 */
describe('a Czech lifetime said without a number is read once, before the glossary', () => {
  exactly([
    { text: 'token na hodinu', intent: 'token', ttlSeconds: 3600 },
    { text: 'token na půl hodiny', intent: 'token', ttlSeconds: 1800 },
    { text: 'potřebuju token na hodinu prosím', intent: 'token', ttlSeconds: 3600 },
    { text: 'token na 2 hodiny', intent: 'token', ttlSeconds: 7200 },
    { text: 'token na 30 minut', intent: 'token', ttlSeconds: 1800 },
  ]);
});

/**
 * dev29 read Italian "quali/che chiavi|keys|tokens ha|hanno <unit>" in more-languages.ts, but its cheap trigger knew
 * only "chiavi" and "credenziali": "che keys hanno data-eng?" was never taken for Italian, and "che" was read as the
 * unit. The trigger now covers every form the phrase reads.
 */
describe('an Italian "what keys has X" with the English noun is read as the Italian one', () => {
  exactly([
    { text: 'che keys hanno data-eng?', intent: 'details', businessUnit: 'data-eng' },
    { text: 'quali tokens ha vendite?', intent: 'details', businessUnit: 'vendite' },
  ]);
});

/**
 * fixlong29 reads a command in the last sentence after a story on its own when the whole message reads as nothing;
 * a rule told there, done on a condition or each time ("… Rotate the growth key again only if it leaks"), was then
 * acted on at once. A last sentence that tells a rule is not read on its own.
 */
describe('a rule told in the last sentence after a story is not acted on', () => {
  neverActs([
    'Sam asked me to rotate the growth key and I did it this morning before standup. Rotate the growth key again only if it leaks.',
    'We had a very long week at the depot with the crane schedule and the harbour team. Revoke the ads key whenever someone leaves the team.',
  ]);
});
