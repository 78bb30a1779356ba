/**
 * Round fifty-two, fix52e (tuned-insurer, tuned-hotels, tuned-studio): the English people type in a company Slack,
 * read by the shared readers by kind. Sentences of our own of each kind (none from the data files), and look-alikes
 * that must keep their reading or never be acted on:
 *  - a year ending a name said in words (spoken-unit-name.ts), and a name holding one of our words before its key or
 *    unit ("the menu copy nz key", "the wine list unit");
 *  - a phone's slips in our words: a stray space inside a verb, "fr" for "for", a unit of time one key off
 *    (phone-slips.ts, unit-typos.ts);
 *  - "the past fortnight" (periods.ts); a form of a duration whose purpose is work on documents (form-reading.ts);
 *  - a verb on a quote after an exclamation (parse-request.ts); a request typed in the wrong chat, told after any
 *    take-back; "not gonna"; a request judged overkill (negation.ts, withdrawal.ts);
 *  - a hotel group's premises after a city (regions.ts); whether someone was told, asked of the channel, and a cost
 *    report closed by "FYI only" (told-to-people.ts); help about one's units and how far back spend goes (help-topic.ts).
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a name said in words: a year ending it, one of our words inside it', () => {
  slots([
    [
      'api key for the storm season 2027 unit, 60 days',
      { intent: 'create_key', businessUnit: 'storm-season-2027', expiryDays: 60 },
    ],
    ['details on summer sale 2026 pls', { intent: 'details', businessUnit: 'summer-sale-2026' }],
    [
      'how much is the spring promo 2025 thing costing us',
      { intent: 'spend', businessUnit: 'spring-promo-2025' },
    ],
    ["revoke winter menu 2026's keys, season's over", { intent: 'revoke', businessUnit: 'winter-menu-2026' }],
    ['rotate the guest list nz key pls', { intent: 'rotate', businessUnit: 'guest-list-nz' }],
    ["what's the status of the help desk v2 key", { intent: 'details', businessUnit: 'help-desk-v2' }],
    [
      "deprovision the price list unit, we're done with it",
      { intent: 'deprovision', businessUnit: 'price-list' },
    ],
    ['revoke the audit notes key, it was in a screenshot', { intent: 'revoke', businessUnit: 'audit-notes' }],
  ]);
  reads([
    ['show me the history of the ads key', 'history', 'ads'],
    ['rotate the new api key', 'rotate', null],
    ['rotate the translation desk key and the photo desk key', 'rotate', 'translation-desk'],
    ['revoke the spa booking key and the menu copy key', 'revoke', 'spa-booking'],
  ]);
  slots([
    ['spend since early march 2026', { intent: 'spend', businessUnit: null }],
    ['can the bot list keys for a unit or do I need admin?', { intent: 'help', topic: 'list' }],
  ]);
});

describe("a phone's slips in our words", () => {
  slots([
    ['token fir 2 hoirs pls', { intent: 'token', ttlSeconds: 7200 }],
    ['tokn for 4 hiurs', { intent: 'token', ttlSeconds: 14400 }],
    ['token fot 30 minites', { intent: 'token', ttlSeconds: 1800 }],
    ['token for 2 houses', { ttlSeconds: null }],
  ]);
  reads([
    ['rotat e billing-ops key', 'rotate', 'billing-ops'],
    ['revo ke the ads-ml key', 'revoke', 'ads-ml'],
    ['api key fr claims triage exp 60d', 'create_key', 'claims-triage'],
  ]);
});

describe('periods, forms and quotes', () => {
  slots([
    ["what's been rotated in the past fortnight", { intent: 'history', period: { kind: 'days', days: 14 } }],
    ['who revoked keys over the last fortnight?', { intent: 'history', period: { kind: 'days', days: 14 } }],
    [
      'spend for growth over the past fortnight',
      { intent: 'spend', businessUnit: 'growth', period: { kind: 'days', days: 14 } },
    ],
    [
      'Duration: 3h\nPurpose: checking the renewal letters\nRequested by: ann.lee@corp.com',
      { intent: 'token', ttlSeconds: 10800 },
    ],
    ['Request: token\nDuration: 45 min\nReason: testing a prompt', { intent: 'token', ttlSeconds: 2700 }],
    [
      '> the billing-ops key is 300 days old\noof. rotate it',
      { intent: 'rotate', businessUnit: 'billing-ops' },
    ],
  ]);
  nothingAsked([
    'Duration: 2 hours\nPurpose: reviewing the budget at the quarterly planning offsite\nRequested by: Dana',
  ]);
  neverActs([
    '> the billing-ops key is 300 days old\noof. rotate it',
    "> should we rotate the billing-ops key?\nnah it's fine",
  ]);
});

describe('taken back, turned down, never acted on', () => {
  nothingAsked([
    'token for an hour pls\n\nsorry, ignore, that was meant for the group chat',
    'rotate the ads key. disregard, meant to post that in the team channel',
    'revoke the billing key\n\noops ignore that, it was meant for the ops group',
    "not gonna rotate the billing key, it's 3 days old and nobody saw it",
    'a key for the finance team? honestly overkill, they can use tokens',
    "rotate the ads key? seems unnecessary, it's 2 days old",
  ]);
  reads([
    ['rotate ads key. no, I meant for growth', 'rotate', 'growth'],
    ['not gonna lie, rotate the billing key pls', 'rotate', 'billing'],
  ]);
});

describe("premises, what people were told, a pasted report, help about the bot's reads", () => {
  slots([
    [
      "token for 2h please, I'm writing the wine notes in the Auckland restaurant",
      { intent: 'token', region: null, ttlSeconds: 7200 },
    ],
    ['token for 3 hours for the Sydney pub team', { intent: 'token', region: null }],
    ['token 2h in sydney please', { intent: 'token', region: 'ap-southeast-2' }],
    ['can you tell me the bedrock spend for October?', { intent: 'spend' }],
    [
      'how can I check which units I look after? is there a command for it',
      { intent: 'help', topic: 'list' },
    ],
    ['how do I find my units? is there a command', { intent: 'help', topic: 'list' }],
    ['how far back do the cost numbers go? audit wants the whole year', { intent: 'help', topic: 'spend' }],
    ['how far back does the history go?', { intent: 'help', topic: 'history' }],
  ]);
  nothingAsked([
    'did anyone tell Marta that we spent $900 on bedrock in October?',
    'has somebody told legal that claude costs doubled last month?',
    'have we told the CFO about the bedrock spend in Q3?',
    'October Bedrock costs:\nguest-chat  $88.10\nmenu-copy  $12.50\nfor info, nothing to do',
  ]);
});

describe('Estonian and chat Finnish of the studio: the glossary (more-languages.ts)', () => {
  slots([
    ['palun tokeni tunniks', { intent: 'token', ttlSeconds: 3600 }],
    ['tere! palun pool tundi tokenit', { intent: 'token', ttlSeconds: 1800 }],
    [
      'kas saaks API võtme üksusele qa-tools, 60 päeva?',
      { intent: 'create_key', businessUnit: 'qa-tools', keyKind: 'api-key', expiryDays: 60 },
    ],
    [
      'kulud qa-tools eelmisel nädalal?',
      { intent: 'spend', businessUnit: 'qa-tools', period: { kind: 'days', days: 7 } },
    ],
    ['tarviin tokenin kolmeks tunniksi', { intent: 'token', ttlSeconds: 10800 }],
    [
      'paljonko qa-tools on kuluttanut viime kuussa?',
      { intent: 'spend', businessUnit: 'qa-tools', period: { kind: 'month', monthsAgo: 1 } },
    ],
    ['näytä kaikki unitit', { intent: 'list', all: true }],
  ]);
  reads([
    ['mis võtmed on qa-tools all?', 'details', 'qa-tools'],
    ['tühista palun qa-tools võti', 'revoke', 'qa-tools'],
  ]);
  nothingAsked(['mul oli eile token 3 tundi ja kõik töötas']);
});
