/**
 * Round thirty-nine, fix39a (tuned-mssp, tuned-forestry, tuned-aerospace, tuned-ocean): a request written in Hebrew
 * (hebrew-words.ts); Afrikaans "wie het … geskep?" and a "who has V-ed" question; Dutch and Afrikaans "op" (on);
 * Polish number words of hours without "na", "poprzedni miesiąc", "jakie mam jednostki?"; a Region stated as where
 * the workload runs ("as a lambda in", "out of", "calls Bedrock from"). Sentences of our own of each kind, and
 * look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a request written in Hebrew, read into English when every word is known', () => {
  slots([
    ['צריך טוקן לחמש שעות בבקשה', { intent: 'token', ttlSeconds: 18_000 }],
    ['<@U07BEDR0CK> אפשר טוקן לשעה?', { intent: 'token', ttlSeconds: 3600 }],
    ['אפשר טוקן ל-4 שעות?', { intent: 'token', ttlSeconds: 14_400 }],
    ['תראה לי את היחידות שלי', { intent: 'list', owner: 'me' }],
  ]);
  reads([
    ['מפתח קבוע ל-kelp-map בבקשה', 'create_key', 'kelp-map'],
    ['תבטל את המפתח של kelp-map', 'revoke', 'kelp-map'],
    ['תחליף את המפתח של kelp-map בבקשה', 'rotate', 'kelp-map'],
  ]);
  keeps([['איך מקבלים טוקן?', 'help']]);
  // look-alikes: a negation, a past told, another's need: a word not known leaves the message unread
  nothingAsked(['לא צריך טוקן', 'הלקוח צריך טוקן מחר']);
  neverActs(['ביטלתי את המפתח של kelp-map', 'לא צריך טוקן']);
});

describe('Afrikaans "wie het … geskep?" and a "who has V-ed" question: history', () => {
  reads([
    ['wie het die sleutel vir kelp-map geskep?', 'history', 'kelp-map'],
    ['who has rotated the kelp-map key?', 'history', 'kelp-map'],
  ]);
  // look-alike: the same past told, not asked
  neverActs(['ek het die sleutel vir kelp-map gister geskep']);
});

describe('Dutch and Afrikaans "op" (on) names no unit', () => {
  slots([
    ['hoeveel het ons hierdie maand op bedrock spandeer?', { intent: 'spend', businessUnit: null }],
    ['hoeveel hebben we vorige maand op bedrock uitgegeven?', { intent: 'spend', businessUnit: null }],
  ]);
  // look-alike: a unit named after "op" is still the unit
  reads([['hoeveel het ons hierdie maand op kelp-map spandeer?', 'spend', 'kelp-map']]);
});

describe('Polish: hours in words without "na", last month as a subject, the units I have', () => {
  slots([
    ['token na cztery godziny', { intent: 'token', ttlSeconds: 14_400 }],
    ['token w Sztokholmie, pięć godzin', { intent: 'token', ttlSeconds: 18_000, region: 'eu-north-1' }],
    [
      'ile wydaliśmy w kelp-map, poprzedni miesiąc?',
      { intent: 'spend', businessUnit: 'kelp-map', period: { kind: 'month', monthsAgo: 1 } },
    ],
    ['które jednostki mam?', { intent: 'list', owner: 'me' }],
    // look-alike: "mamy", we have, is every unit
    ['jakie jednostki mamy?', { intent: 'list', owner: null }],
  ]);
});

describe('a Region stated as where the workload runs', () => {
  slots([
    [
      'need a long-term key for kelp-map, it runs as a cron job in eu-west-1',
      { intent: 'create_key', businessUnit: 'kelp-map', region: 'eu-west-1' },
    ],
    [
      'long-lived key for kelp-map please. our scheduler runs nightly out of Frankfurt',
      { intent: 'create_key', businessUnit: 'kelp-map', region: 'eu-central-1' },
    ],
    [
      'long-term key for kelp-map? the batch job calls Bedrock from eu-central-1',
      { intent: 'create_key', businessUnit: 'kelp-map', region: 'eu-central-1' },
    ],
    // look-alike: where the writer flew out of is a story's place
    [
      'long-term key for kelp-map please. I flew out of Frankfurt last week',
      { intent: 'create_key', businessUnit: 'kelp-map', region: null },
    ],
  ]);
});
