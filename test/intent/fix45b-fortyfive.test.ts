/**
 * Round forty-five, fix45b (tuned-care, tuned-solar): the kinds of writing of the care homes and the solar installer
 * files that the parser missed. Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { exactly, neverActs, nothingAsked, reads, slots } from './acted.js';

describe("a unit whose name opens with 'customer' and ends in a word and a number, typed or said", () => {
  reads([
    ['rotate the key for customer-hub-360 please', 'rotate', 'customer-hub-360'],
    [
      'can you revoke the key for customer-portal-365? it was in a screenshot',
      'revoke',
      'customer-portal-365',
    ],
    ['api key for customer app three sixty, sixty days', 'create_key', 'customer-app-360'],
  ]);
  // look-alikes: a customer's own account ID in our product stays the customer's
  nothingAsked([
    'regenerate the API key of customer ORB-412 in the tasking portal admin, they lost it',
    'rotate the key for customer acme-88, they asked',
  ]);
  neverActs(['can you rotate the key for customer acme-88 in the app?']);
});

describe("a name said in words after 'unit', ending in a deployment's word or a country's code", () => {
  slots([
    [
      'new api key for unit bed planner nl, owner <@U08JBAKK>',
      { intent: 'create_key', businessUnit: 'bed-planner-nl', owner: 'U08JBAKK' },
    ],
    [
      'revoke every key for unit meal order app uk',
      { intent: 'revoke', businessUnit: 'meal-order-app-uk', all: true },
    ],
    [
      'offboard unit wound photo checker test',
      { intent: 'deprovision', businessUnit: 'wound-photo-checker-test' },
    ],
    [
      'deprovision unit visit notes summariser dev',
      { intent: 'deprovision', businessUnit: 'visit-notes-summariser-dev' },
    ],
  ]);
  // look-alikes: a place after a name with no "unit", and unit tests, name no unit so
  slots([
    ['token for 2h for the rota planner in nl', { intent: 'token', businessUnit: null }],
    ['deprovision unit tests', { businessUnit: null }],
  ]);
});

describe('a kind weighed against a token or a lay name after a short lead, or against what someone calls it', () => {
  exactly([
    { text: 'sorry, silly q — is a token basically an access key?', intent: 'help', topic: 'key-kinds' },
    { text: 'quick one: is an api key just a token that never expires?', intent: 'help', topic: 'key-kinds' },
    {
      text: 'is an access key the same thing as what Tom calls the AI login?',
      intent: 'help',
      topic: 'key-kinds',
    },
    { text: 'is a token the same as what the docs call an api key?', intent: 'help', topic: 'key-kinds' },
  ]);
  // look-alikes: a kind asked for after a lead keeps its kind
  slots([
    [
      'sorry, quick q — can I get an api key for growth?',
      { intent: 'create_key', keyKind: 'api-key', businessUnit: 'growth' },
    ],
  ]);
});

describe('a key ID masked with four or five question marks', () => {
  exactly([
    {
      text: 'revoke key ABSK???? — the rest is cut off in the screenshot',
      intent: 'revoke',
      invalid: ['keyId'],
    },
    {
      text: 'rotate AKIA????? for meal-orders please',
      intent: 'rotate',
      businessUnit: 'meal-orders',
      invalid: ['keyId'],
    },
  ]);
  // look-alikes: a short real ID stays an ID, and a shouted continent is none
  slots([
    ['rotate key ABSK7Q2M9XTR', { intent: 'rotate', keyId: 'ABSK7Q2M9XTR' }],
    ['token for 2h, which region is closest to ASIA???', { keyId: null }],
  ]);
});

describe("a key's lifetime in Afrikaans days or months", () => {
  slots([
    [
      "'n API key vir battery-sizer, 60 dae asseblief",
      { intent: 'create_key', businessUnit: 'battery-sizer', expiryDays: 60 },
    ],
    [
      "Asseblief 'n access key vir za-quotes, 6 maande",
      { intent: 'create_key', businessUnit: 'za-quotes', expiryDays: 180 },
    ],
  ]);
  // look-alike: the word in English prose names no lifetime
  slots([['api key for za-installs, 90 dae', { expiryDays: null }]]);
});

describe("the asker's own units in Polish plural cases", () => {
  slots([
    ['lista moich unitów pls', { intent: 'list', owner: 'me' }],
    ['pokaż listę moich jednostek', { intent: 'list', owner: 'me' }],
  ]);
});

describe("a form's 'Rotation period' field holding a bare number is the key's expiry in days", () => {
  exactly([
    {
      text: '*Team*: panel-tracker\n*Kind*: api key\n*Rotation period*: 60\n*Purpose*: reads the inverter exports',
      intent: 'create_key',
      businessUnit: 'panel-tracker',
      keyKind: 'api-key',
      expiryDays: 60,
    },
    {
      text: 'Unit: meal-orders\nRotation period: 30',
      intent: 'create_key',
      businessUnit: 'meal-orders',
      expiryDays: 30,
    },
  ]);
  // look-alike: a rotation period talked about names no key's lifetime, and is never acted on
  neverActs(['our key rotation period: 90 is too long, says audit']);
});

describe("the history of a person named by a title of address is a client's record", () => {
  nothingAsked([
    'history for Mrs Ellis please, the GP wants every fall since June',
    'history for Mr. Okoro please, the pharmacist asked',
    'history of Ms Byrne, her daughter rang about the falls',
  ]);
  // look-alikes: a unit's history asked by a titled person, and a unit named by a title's letters, stay history
  reads([
    ['history for growth, Mrs Ellis asked', 'history', 'growth'],
    ['history for ms-teams-bot', 'history', 'ms-teams-bot'],
  ]);
});

describe('a spend asked in the Spanish perfect', () => {
  slots([
    [
      '¿cuánto hemos gastado en IA el mes pasado? unidad panel-tracker',
      { intent: 'spend', businessUnit: 'panel-tracker', period: { kind: 'month', monthsAgo: 1 } },
    ],
    ['cuánto llevamos gastado este mes en quote-engine', { intent: 'spend', businessUnit: 'quote-engine' }],
  ]);
  // look-alike: what was spent on a trip names nothing of ours
  nothingAsked(['¿cuánto hemos gastado en el catering de la feria?']);
});

describe("our verb on a key safe's codes", () => {
  nothingAsked([
    'can you rotate the key safe codes for all the Roundhay clients? the old carer had them',
    'please change the key safe code at the Holbeck flat',
  ]);
  neverActs(['rotate the key safe codes for rota-planner']);
});

describe('the command for one of ours asked after', () => {
  exactly([
    { text: "what's the command for history?", intent: 'help', topic: 'history' },
    { text: 'is there a slash command for history?', intent: 'help', topic: 'history' },
  ]);
  // look-alike: history in its other sense stays nothing asked
  nothingAsked(['that match is going down for history']);
});

describe("'I' after the word owner is the asker or the next clause, never an owner refused", () => {
  exactly([
    {
      text: "api key for panel-tracker please, I'll be the owner I guess",
      intent: 'create_key',
      businessUnit: 'panel-tracker',
      keyKind: 'api-key',
    },
    {
      text: 'access key for quote-engine, owner: I',
      intent: 'create_key',
      businessUnit: 'quote-engine',
      keyKind: 'access-key',
    },
  ]);
  // look-alike: a name that is no e-mail or mention is still refused
  slots([['api key for quote-engine, owner bob', { owner: null }]]);
});

describe('where to ask for a key: the bot asked in a DM', () => {
  exactly([
    { text: 'can I DM the bot for a key or must I ask in #ai-access?', intent: 'help', topic: 'create_key' },
    { text: 'can I message the bot for a long-term key?', intent: 'help', topic: 'create_key' },
  ]);
  // look-alike: a token asked for so stays the token's topic
  exactly([{ text: 'can I DM the bot for a token?', intent: 'help', topic: 'token' }]);
});

describe("whether the bot does or offers a maker's models", () => {
  exactly([
    { text: 'does the bot do mistral models?', intent: 'help', topic: 'models', provider: 'mistral' },
    { text: 'do you do llama?', intent: 'help', topic: 'models', provider: 'meta' },
  ]);
  // look-alikes: a token asked for the model stays a request, and the list of models stays the list
  slots([
    ['can you do a token for claude?', { intent: 'token' }],
    ['which llama models does the bot have?', { intent: 'models' }],
  ]);
});

describe('a task planned with a model in the sentence after the ask names its maker', () => {
  slots([
    [
      'can I grab a token for 2 hrs? gotta sort the Ipswich quotes with claude this arvo',
      { intent: 'token', ttlSeconds: 7200, provider: 'anthropic' },
    ],
    [
      'can I get a token for 2h? gonna draft the tender replies with llama',
      { intent: 'token', provider: 'meta' },
    ],
  ]);
  // look-alikes: a colleague of that name met, and a model used in the past, state none
  slots([
    [
      'can I get a token for 2h? gotta meet with Claude from finance first',
      { intent: 'token', provider: null },
    ],
    ['token for 2h please. we compared it with claude last week', { intent: 'token', provider: null }],
  ]);
});

describe('the chat group a key was seen in is the story, the key named is the unit', () => {
  reads([
    [
      'the tariff-bot key showed up in a screenshot in the installers WhatsApp group, can we get a new one please',
      'rotate',
      'tariff-bot',
    ],
    ['the payroll-bot key appeared in the night crew Signal group, rotate it', 'rotate', 'payroll-bot'],
  ]);
  // look-alike: a group named as the key's holder stays the unit
  reads([['rotate the key for the installers group', 'rotate', 'installers-group']]);
});
