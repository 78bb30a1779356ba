/**
 * Round twenty-seven, units27: units and slots misread in requests (round twenty-six's blind files, now
 * tuned). Sentences of our own for each kind, written before the parser's answer was looked at, and
 * look-alikes that must not change (above all, non-requests with the same words that must never act).
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('Welsh hours and minutes ("awr", "munud") are a token lifetime', () => {
  slots([
    ['token am 3 awr plis 🙏', { intent: 'token', ttlSeconds: 10800 }],
    ['token am 2 awr os gwelwch yn dda', { intent: 'token', ttlSeconds: 7200 }],
    ['angen token am 45 munud', { intent: 'token', ttlSeconds: 2700 }],
    ['token 4 awr i fi plis', { intent: 'token', ttlSeconds: 14400 }],
    ['*token* am 90 munud diolch', { intent: 'token', ttlSeconds: 5400 }],
  ]);
  // look-alikes: the word asked about, a time told, Oracle's AWR report
  // ("token 3 awr?" alone is read as "token 3h?" is, a request; asked what the word means, it is not.)
  neverActs(["what does awr mean in 'token 3 awr'?", 'what is awr? token 3 awr?']);
  nothingAsked(['mae’r swydd yn cymryd 3 awr', 'the AWR report took 3 hours to load']);
  slots([
    ['token for 2h, pulling the oracle awr report', { intent: 'token', ttlSeconds: 7200 }],
    ['token for 2h, pulling the last 3 awr reports', { intent: 'token', ttlSeconds: 7200 }],
  ]);
});

describe('Romanian requests: "am nevoie de" / "as avea nevoie de", "pentru X" = for X, "expira in N de zile"', () => {
  slots([
    [
      'buna ziua, as avea nevoie de un api key pentru data-ml, expira in 60 de zile',
      { intent: 'create_key', businessUnit: 'data-ml', keyKind: 'api-key', expiryDays: 60 },
    ],
    [
      'salut, am nevoie de un api key pentru risk-ml, expira in 30 de zile',
      { intent: 'create_key', businessUnit: 'risk-ml', expiryDays: 30 },
    ],
    ['buna, va rog un api key pentru ocr-pipeline', { intent: 'create_key', businessUnit: 'ocr-pipeline' }],
    [
      'am nevoie de api key pentru billing-api, sa expire in 90 de zile, multumesc',
      { intent: 'create_key', businessUnit: 'billing-api', expiryDays: 90 },
    ],
  ]);
  // look-alikes: a key that expired, no longer needed, thanks
  neverActs([
    'cheia pentru data-ml a expirat acum 60 de zile',
    'nu mai am nevoie de api key pentru data-ml',
    'multumesc pentru ajutor',
  ]);
});

describe('a key kind named only in the story, not in the request sentence, is not stated for the request', () => {
  slots([
    [
      'Hi team, the telemetry-bridge access key has been sitting in a shared OneNote page for months and was visible to contractors. Please rotate the telemetry-bridge key today.',
      { intent: 'rotate', businessUnit: 'telemetry-bridge', keyKind: null },
    ],
    [
      "our billing access key was pasted in a jira ticket last week. please rotate billing's key",
      { intent: 'rotate', businessUnit: 'billing', keyKind: null },
    ],
    [
      'fyi the access key for doc-ai was in a screenshot on confluence.\nrevoke the doc-ai key pls',
      { intent: 'revoke', businessUnit: 'doc-ai', keyKind: null },
    ],
    [
      // (in a sentence of its own: after " — " in the same sentence the kind is still read, not fixed here)
      'someone found the ads api key in a public gist 😬. can you rotate the ads key asap',
      { intent: 'rotate', businessUnit: 'ads', keyKind: null },
    ],
  ]);
  // look-alikes: the kind named in the request sentence itself
  slots([
    [
      'rotate the telemetry-bridge access key, it was in a OneNote page',
      { intent: 'rotate', businessUnit: 'telemetry-bridge', keyKind: 'access-key' },
    ],
    [
      'the billing api key leaked in a gist, please rotate the billing api key',
      { intent: 'rotate', businessUnit: 'billing', keyKind: 'api-key' },
    ],
  ]);
  neverActs(['our access key for ads has been in a screenshot for months']);
  // a request that points back at the key told of keeps its kind
  slots([
    [
      'Finding from the review: underwriting-ai holds an access key nobody claims. Revoke that key.',
      { intent: 'revoke', keyKind: 'access-key' },
    ],
  ]);
});

describe('a capitalised multi-word team name ending in a group noun is the unit', () => {
  reads([
    ['deprovision the Demand Forecast lab', 'deprovision', 'demand-forecast-lab'],
    ['please deprovision the Grid Analytics squad', 'deprovision', 'grid-analytics-squad'],
    ['rotate the key of the Customer Insights pod', 'rotate', 'customer-insights-pod'],
    ['create a key for the Asset Health lab pls', 'create_key', 'asset-health-lab'],
    ['deprovision the Meter Data guild, they moved to the new platform', 'deprovision', 'meter-data-guild'],
  ]);
  // look-alikes: told, a visit, a lab with no name
  neverActs(['the Demand Forecast lab is being deprovisioned next year, fyi']);
  nothingAsked(['I visited the Demand Forecast lab yesterday, great demo']);
});

describe('an apology for dictation is never the unit; spoken number words inside a name are its number', () => {
  reads([
    [
      'key for fan help bot — sorry voice typing — fan help bot, owner is me, tunde.bakare@club.example',
      'create_key',
      'fan-help-bot',
    ],
    [
      "key for membership three sixty please (the unit's name is spoken, sorry, voice note)",
      'create_key',
      'membership-360',
    ],
    ['rotate the key for scouting data (sorry, voice to text)', 'rotate', 'scouting-data'],
    ['new key for fan portal two please, sorry dictating', 'create_key', 'fan-portal-2'],
  ]);
  // look-alikes: the apology alone asks nothing; a unit really named so keeps its name
  nothingAsked(['sorry voice typing, ignore that', 'sorry, voice note, meant to send that to my wife']);
  reads([['a key for the voice notes team please', 'create_key', 'voice-notes-team']]);
});

describe('the unit named as "the unit is X" wins over the words after "for"', () => {
  reads([
    [
      'we need a key for match reports, the unit is `match-reports-auto` in the org chart, owner <@U0ABC1234>, 45 days',
      'create_key',
      'match-reports-auto',
    ],
    ['key for scouting please — unit is scouting-video', 'create_key', 'scouting-video'],
    [
      'create a key for the ticketing people, the unit should be box-office-ops',
      'create_key',
      'box-office-ops',
    ],
    ['rotate the key for payroll pls, the unit is payroll-core', 'rotate', 'payroll-core'],
  ]);
  // look-alikes: "the unit is" with no name after it
  reads([
    ['key for match-reports, the unit is new', 'create_key', 'match-reports'],
    ['key for match-reports; the unit is in the org chart', 'create_key', 'match-reports'],
  ]);
  neverActs(['the unit is match-reports-auto in the org chart']);
});

describe('a reason clause that mentions a model does not make a models question', () => {
  reads([
    [
      "key for the Academy Data group pls, they've started using the xG model summaries",
      'create_key',
      'academy-data-group',
    ],
    ['api key for risk-ml, they use the claude models for summaries now', 'create_key', 'risk-ml'],
    ["new key for the scouting pod please, they're testing a few models", 'create_key', 'scouting-pod'],
    ['create a key for ops-analytics since they moved to the llama models', 'create_key', 'ops-analytics'],
  ]);
  // look-alikes: a question about models, or a key asked about for someone else
  neverActs(['key for the academy data group? they asked about the xG model, not me']);
  reads([['which models can the academy data group use?', 'models', null]]);
});

describe('"all of them" is all', () => {
  slots([
    [
      'rotate all of them for turnstile-analytics, we found the key on an old stadium laptop',
      { intent: 'rotate', businessUnit: 'turnstile-analytics', all: true },
    ],
    ['revoke all of them for ads please', { intent: 'revoke', businessUnit: 'ads', all: true }],
    ['growth has 3 keys, rotate all of them', { intent: 'rotate', all: true }],
    ['pls revoke all of em for billing', { intent: 'revoke', businessUnit: 'billing', all: true }],
  ]);
  // look-alikes: one of them, a remark, a question
  // ("rotate one of them for ads" reads as nothing today, never acted on: not fixed in this round)
  neverActs(['rotate one of them for ads']);
  nothingAsked(['all of them work fine']);
  neverActs(['did we rotate all of them?']);
});

describe('"unit <words>" names all the words, "model" among them', () => {
  reads([
    ['new key for unit yield model sandbox', 'create_key', 'yield-model-sandbox'],
    ['create a key for unit risk model dev', 'create_key', 'risk-model-dev'],
    ['rotate the key of unit price model eval please', 'rotate', 'price-model-eval'],
    ['api key for unit claims triage please', 'create_key', 'claims-triage'],
  ]);
  // look-alikes: a models question about a unit
  neverActs(['which models can unit yield use?', 'does unit yield have a model sandbox?']);
});

describe('German verb infinitives and nouns as commands ("Deprovisionieren: X, bitte")', () => {
  reads([
    ['Deprovisionieren: lot-genealogy-old, bitte', 'deprovision', 'lot-genealogy-old'],
    ['Rotieren: wafer-vision, bitte', 'rotate', 'wafer-vision'],
    ['bitte deprovisionieren: legacy-mes', 'deprovision', 'legacy-mes'],
    ['etch-ml bitte deprovisionieren, danke', 'deprovision', 'etch-ml'],
  ]);
  // look-alikes: told for later, not to be done, asked what it means
  neverActs([
    'lot-genealogy-old wird nächstes Jahr deprovisioniert',
    'bitte nicht deprovisionieren: lot-genealogy-old',
    'Deprovisionieren – was heißt das genau?',
  ]);
});

describe('a token for a colleague who is new, with the reason after', () => {
  slots([
    [
      'token for <@U07HSU22K> 4h, she is new in yield team and not yet in #bedrock-access',
      { intent: 'token', ttlSeconds: 14400, owner: 'U07HSU22K' },
    ],
    [
      'token 2h for <@U0ABCD123>, he just joined the etch team',
      { intent: 'token', ttlSeconds: 7200, owner: 'U0ABCD123' },
    ],
    [
      'token for my new colleague <@U0ABCD123> for 1h, she is not in the channel yet',
      { intent: 'token', ttlSeconds: 3600, owner: 'U0ABCD123' },
    ],
    [
      'token for <@U0ZZZ9999> 3 hours pls - new starter, not in #bedrock-access yet',
      { intent: 'token', ttlSeconds: 10800, owner: 'U0ZZZ9999' },
    ],
  ]);
  // look-alikes: a welcome, a question to people
  nothingAsked(['<@U07HSU22K> is new in the yield team, welcome!']);
  neverActs(['she is new in yield team and not yet in #bedrock-access, can someone add her?']);
});

describe("a token for a team's piece of work, with an aside in brackets", () => {
  slots([
    [
      "token 6hrs for the shop team's product descriptions (black friday is killing us 😭)",
      { intent: 'token', ttlSeconds: 21600 },
    ],
    ["token 3hrs for the ticket office's email drafts pls", { intent: 'token', ttlSeconds: 10800 }],
    ['token 2 hrs for the kit launch copy (deadline tonight 😅)', { intent: 'token', ttlSeconds: 7200 }],
    ["need a token 5hrs for the club shop's product texts", { intent: 'token', ttlSeconds: 18000 }],
  ]);
  // look-alikes: the aside alone, time spent told
  nothingAsked(['black friday is killing us 😭']);
  neverActs(['the shop team spent 6hrs on product descriptions (black friday is killing us 😭)']);
});
