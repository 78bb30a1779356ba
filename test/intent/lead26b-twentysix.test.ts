/**
 * Round twenty-six, after its blind files were scored: the one text of them acted on (read alone) opened with a
 * colleague's mention and asked them, with a "please", to make a key because the writer was on the way somewhere
 * ("I'm on my phone in a taxi"). Round sixteen's reader (addressee.ts) put such a message to the person only with
 * "can you …"; on one's phone alone one still asks the bot ("<@bot> token for 3h please, I'm on my phone",
 * acted16). Travelling and a "please" now ask the one mentioned too. The kind, with texts of our own.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked, reads } from './acted.js';

describe('a leading mention asked "please" by someone travelling asks that colleague', () => {
  nothingAsked([
    "<@U02LUCAS> can you rotate the ads key? I'm on my phone at the gate",
    '<@U07ANNA> pls make a key for billing-bot, im in a cab and have no laptop',
    "<@U03KIM> revoke the growth key pls — I'm driving, can't do it myself",
    "hey <@U09PIET> create a key for search-api please, I'm at the airport",
    "<@U04MEI> new key for ledger-sync pls, I'm on the train without my laptop",
    "<@U05OLA> please deprovision old-crawler, I'm in taxi to the station",
  ]);
  keeps([
    ["pls create key for defect-triage-v2, I'm on my phone in a taxi", 'create_key', 'defect-triage-v2'],
    ["<@U0BEDROCK> token for 3h please, I'm on my phone", 'token'],
    ["I'm on my phone, rotate the ads key pls", 'rotate', 'ads'],
    ['revoke the growth key now, I am at the airport and saw it leaked', 'revoke', 'growth'],
    ['<@U02LUCAS> rotate the ads key', 'rotate', 'ads'],
    ["hey <@U0BEDROCK> token for 3 hrs, I'm driving the summariser demo today", 'token'],
  ]);
});

/**
 * Known from round twenty-six's dev reads: "can I get an api key? it's for growth" named the unit but "… it is for
 * growth", spelled out, was left out as story (four words) and the question alone read as help. A sentence that
 * says what the thing asked for is for belongs to the request.
 */
describe('whom the thing asked for is for, spelled out, names the unit', () => {
  reads([
    ['can I get an api key? it is for growth', 'create_key', 'growth'],
    ['could I have a key please? it is for the search team', 'create_key', 'search-team'],
    ["need a new key. this is for the fraud-ml team's nightly job", 'create_key', 'fraud-ml-team'],
    ['new key please. it will be for ledger-sync', 'create_key', 'ledger-sync'],
  ]);
  nothingAsked(['the cake is in the kitchen. it is for the growth team, help yourselves']);
});

/** Known from round twenty-six's dev reads: the cost centre a new key is booked to is stated, no spend asked. */
describe('a cost centre given by its code with a key asked for is no spend question', () => {
  reads([
    ['key for bi-exports, cost centre 4410', 'create_key', 'bi-exports'],
    ['new api key for ledger-sync, cost center: CC-4410, owner ana@x.co', 'create_key', 'ledger-sync'],
    ['how much did cost centre 4410 spend last month?', 'spend', null],
    ['key for bi-exports, how much is the cost centre 4410 paying for it?', 'spend', 'bi-exports'],
  ]);
});

/**
 * After the round's retrain, two texts of the tuned files read right only by the classifier's margin moved (a
 * key's purpose told with models in it, read as the models list; a choice put off to a talk, asked as a key).
 * A rule now decides each kind, with texts of our own.
 */
describe('what the key will serve, told with models in it, asks for the key', () => {
  reads([
    [
      "need a bedrock api key for the Grid Planning team, they're running the load models on it",
      'create_key',
      'grid-planning-team',
    ],
    [
      "we need a key for forecasting, we'll be running the demand models with it",
      'create_key',
      'forecasting',
    ],
    [
      'need an access key for ledger-ml, we are using the new claude models through it',
      'create_key',
      'ledger-ml',
    ],
    ['which models are they running on the grid-planning key?', 'models', null],
  ]);
});

describe('a choice weighed and put off to a talk asks nothing yet', () => {
  nothingAsked([
    "not sure if we need a key at all for the visitor-faq demo or if a token would do — let's talk it over friday",
    "not sure whether growth needs an access key or an api key, let's discuss tomorrow",
    "unsure if ledger-sync should get its own key or share ours. let's sync at standup",
  ]);
  keeps([['not sure if it matters, but let’s talk later. rotate the ads key now please', 'rotate', 'ads']]);
});
