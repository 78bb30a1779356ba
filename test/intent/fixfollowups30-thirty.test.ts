/**
 * Round thirty, fixfollowups30: kinds misread in the follow-ups and short-turns style file (nudges, status checks,
 * replies, planners' notes, terse pointers). Sentences of our own, not the file's (other trades, units, verbs and
 * word orders), and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe("a machine named by its noun and a number is the plant's, whatever system it is kept in", () => {
  nothingAsked([
    'please deprovision dryer 3 in the asset register, it failed its inspection',
    'decommission ironer 2 tomorrow, the rollers are shot',
    'retire tumbler 6 in the CMMS please',
    'deprovision pump 4 in the maintenance portal, being replaced',
  ]);
  neverActs(['deprovision washer 12 pls, it is being sold for parts']);
  keeps([
    ['deprovision hack 12', 'deprovision', 'hack-12'],
    ['deprovision the washer-analytics unit please', 'deprovision', 'washer-analytics'],
    ['rotate the dryer-telemetry key', 'rotate', 'dryer-telemetry'],
  ]);
});

describe('a leading mention asked to act by someone on the floor of a plant or on a round is put to that person', () => {
  nothingAsked([
    "<@U0ABC123> could you grab me a token? I'm on the lorry, no laptop",
    "<@U0DEF456> rotate the billing key when you've a minute, I'm stuck at the Leeds depot till 6",
    "<@U0GHI789> can you revoke the ads key? I'm out on the shop floor all morning",
  ]);
  keeps([
    ["revoke the hotel-desk key, I'm stuck in the Bristol plant all day", 'revoke', 'hotel-desk'],
    ['token for 2h please', 'token'],
  ]);
});

describe("a change named as a noun and set to a later time is a planner's note, nothing asked now", () => {
  nothingAsked([
    'billing-api rotation: not before the quarter close please',
    'ads key rotation - next quarter',
    'crm-sync offboarding → March, once the contract ends',
    'the kyc revocation: not until legal signs off',
    'legacy-bi decommission — after the migration',
  ]);
  keeps([['rotate route-planner after the peak', 'rotate', 'route-planner']]);
  neverActs(['route-planner rotation: today please']);
});

describe('a message that only points to a thread, a message or a document asks nothing', () => {
  nothingAsked(['see thread', 'see above', 'pls see my last message', 'see the pinned doc for context']);
  keeps([
    ['see the list', 'list'],
    ['see above — token for 2h pls', 'token'],
  ]);
});

describe("spend on fuel, power and supplies is another trade's", () => {
  nothingAsked([
    'how much did we spend on diesel in October? the transport manager wants it',
    'what did we spend on chemicals this quarter',
    'spend on electricity last month?',
  ]);
  reads([['what did hotel-desk spend in November', 'spend', 'hotel-desk']]);
});

describe("news of one's own request, asked and nothing more, is its state: not the bot's to answer", () => {
  nothingAsked([
    'any update on the payroll-ai key? asked on Monday',
    'any news on my token request?',
    'any progress on our api key?',
  ]);
  keeps([['any update on the ads key? rotate it now pls', 'rotate', 'ads']]);
});

describe('a command written out and disowned as a demonstration is an example, not a request', () => {
  nothingAsked([
    "<@U0BOT> rotate the billing key (that's what I'd type if finance hadn't said wait, so I'm not)",
    "token 4h ← not actually sending this, it's for the wiki",
    'rotate growth - just showing the new starter the format',
  ]);
  keeps([
    ["revoke the ads key, I'm showing the team how fast it is", 'revoke', 'ads'],
    ['showing Ana the syntax. ok for real: token 2h', 'token'],
  ]);
});

describe('"mdls", the terse spelling of models, asks for the models', () => {
  reads([
    ['mdls for tokyo pls', 'models', null],
    ['which mdls can I use', 'models', null],
  ]);
  slots([['mdls seoul', { intent: 'models', region: 'ap-northeast-2' }]]);
});
