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
