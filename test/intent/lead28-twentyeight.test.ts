/**
 * Round twenty-eight, the lead's fixes by kind (found in the dev split's errors, which the rules may read).
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

/**
 * A rotation of the trade's own told as what one is doing ("rotating the sales deck for tomorrow …", "we're
 * rotating the homepage banners tonight"), then a request of ours in a later phrase: the rotation's phrase names
 * nothing of ours, so the request is read as if it were not there. The rotation verb used to decide the message
 * (a rotation of nothing ours, then doubted), and the request was lost.
 */
describe("a rotation of the trade's own before a request of ours is story", () => {
  reads([
    [
      'Hiya - rotating the sales deck for tomorrow and want AI help on the slides, could I get 2 hours of Bedrock please?',
      'token',
      null,
    ],
    [
      'Hey! rotating tyres on the van fleet all day, need 1 hour of bedrock to write up the report pls',
      'token',
      null,
    ],
    ["we're rotating the homepage banners tonight — could I have 4 hours of Bedrock access?", 'token', null],
    ['Rotating the on-call schedule for Q1; may I get a bedrock token for 90 minutes?', 'token', null],
    [
      'rotating the shift rota this afternoon and could use claude to draft it, can I get a token for 3h?',
      'token',
      null,
    ],
  ]);
  neverActs([
    'rotating the sales deck for tomorrow',
    'can you rotate the homepage banners? need it for 4 hours',
    'rotate the on-call schedule for Q1',
    'rotating the tyres today, the key is in the van',
    'rotating the ads key now, token for 2h after',
    "we're rotating the bedrock keys next week, no tokens needed",
  ]);
});

/**
 * Markdown bold typed out of habit ("Do **not** revoke — checkout depends on it"): the words between the pair of
 * "**" are the words, not a trailing "**" that corrects the value before it ("token 6h** 8h", corrections.ts).
 * The "not" inside the bold was read as "… , actually revoke", and the rotation before it lost to a revoke.
 */
describe('Markdown bold is the words in it', () => {
  reads([
    [
      '*INC-20931*: rotate the key for onboarding-flow immediately. Do **not** revoke — checkout depends on it.',
      'rotate',
      'onboarding-flow',
    ],
    ['rotate the **ads** key pls', 'rotate', 'ads'],
    ['**token** for 2h', 'token', null],
    ['**URGENT**: revoke the search-api key, it leaked', 'revoke', 'search-api'],
  ]);
  neverActs([
    'Do **NOT** rotate the billing key, it is fine',
    "please **don't** revoke the search-api key",
    '**never** deprovision old-crm without asking me',
  ]);
});

/**
 * Round twenty-eight's blind files, scored once before the round's fixes: the one text acted on (read alone)
 * weighed a deprovision as a question and answered it "no, keep the unit", then told why with a country's name
 * ("Spain pricing restarts in spring"). A Region named after a take-back corrects the request ("token in ohio?
 * no, Frankfurt"); one that names whose work a told clause is about ("Spain pricing is coming back", "Paris
 * sales still use it") does not, and a unit kept because its work comes back is kept.
 */
describe('a take-back with its reason told, a place in the reason, is a take-back', () => {
  neverActs([
    'deprovision pricing-es? no, keep the unit, Spain pricing restarts in spring',
    'deprovision pricing-es? no, Spain pricing is coming back in spring',
    'revoke the fr-sales key? nah, Paris sales still use it',
    'offboard the summer-ops team? nah keep them, summer ops starts again in june',
    'deprovision kiosk-bot? no, keep the unit, the kiosk comes back after the refit',
    'revoke the tokyo-sales key? no keep it, the Tokyo office reopens in March',
  ]);
  slots([
    ['token in ohio? no, Frankfurt', { intent: 'token', region: 'eu-central-1' }],
    ['token in ohio? no, Frankfurt region is closer', { intent: 'token', region: 'eu-central-1' }],
    ['rotate the ads key? no, keep it, rotate growth instead', { intent: 'rotate', businessUnit: 'growth' }],
  ]);
});

/**
 * Round twenty-eight's retrain of the classifier moved six texts the rules read wrong and the classifier had put
 * right; the rules read their kinds now. A list of the units that hold a key, asked with who wants it after a
 * comma, had become a key for that team (a key made where a list was asked); one's own units listed first, a key
 * named after as what to look for; the model of a thing named by its code; a thing's history told with its dated
 * entries after a colon; a site's own Region asked of colleagues; the approval of a key asked about, whatever desk
 * it is for.
 */
describe("the retrain's moved texts, read by the rules", () => {
  slots([
    [
      'can you list every unit with a key, export compliance want to cross-check',
      { intent: 'list', all: true },
    ],
    ['show all units that have api keys', { intent: 'list', all: true }],
    ['list my units and tell me which one the visitor-faq key is in', { intent: 'list', owner: 'me' }],
    ['list every unit with a key and rotate the ads key', { intent: 'list' }],
  ]);
  nothingAsked([
    'which model is SAT-07? the new bus or the old one?',
    'what model is the A320 on gate 4?',
    'history of the claim: FNOL 3 Oct, adjuster visit 9 Oct, reserve raised 12 Oct',
    'history of the patient: admitted 2 Jan, discharged 9 Jan',
    "what's the aws region for the new DR site? asking for the network team, they think Ireland",
    "what's the aws region for the Leeds office?",
  ]);
  reads([
    ['which model is claude 3?', 'models', null],
    ['history of the ads key: last 30 days please', 'history', 'ads'],
    [
      'how long does approval for a desk key usually take? trying to plan around a Thursday launch',
      'help',
      null,
    ],
    ['how long does approval for a key usually take?', 'help', null],
  ]);
  neverActs([
    'can you list every unit with a key, finance want to cross-check',
    'who approves the spare car keys?',
  ]);
});

/**
 * The merged round, tested whole: four texts of earlier rounds' tests that the rules read only at even odds, and the
 * retrain turned, are read by the rules now (who holds a unit's keys, "who all has access to …"; a unit's need of a
 * key with what became of the old one told after it; the owner told of, "whoever owns X left the company"; a
 * renewal told of as a noun, "po 4471 covers the renewal"); and a merge slip: a key's word in a team's Title Case
 * name (units28) took an acronym of ours with it, so "— fyi for the IAM team" named the unit.
 */
describe('readings the merged round holds by rules', () => {
  reads([
    ['who all has access to the *ads-platform* keys currently?', 'details', 'ads-platform'],
    ['who all has access to the growth api keys?', 'details', 'growth'],
    ['the fraud team needs a key, the old one was revoked', 'create_key', 'fraud-team'],
    ['the payments team needs a new key, the old one expired', 'create_key', 'payments-team'],
    ['rotate the growth key — fyi for the IAM team', 'rotate', 'growth'],
    ['rotate the ads key, for the AWS team', 'rotate', 'ads'],
    ['key for the Master Key Design team', 'create_key', 'master-key-design-team'],
    ['can you do the renewal for the ads key', 'rotate', 'ads'],
  ]);
  nothingAsked([
    'whoever owns access-portal left the company last week',
    'whoever runs search-api is on leave till monday',
    'my pwd manager lost the key for tally-app, po 4471 covers the renewal',
    'finance approved the renewal, the licence is sorted',
  ]);
  neverActs(['the fraud team needs a key to the archive room, the old one was lost']);
});
