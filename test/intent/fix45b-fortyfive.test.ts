/**
 * Round forty-five, fix45b (tuned-care, tuned-solar): the kinds of writing of the care homes and the solar installer
 * files that the parser missed. Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

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
