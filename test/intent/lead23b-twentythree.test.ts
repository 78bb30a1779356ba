/**
 * Round twenty-three, after the round's work was measured on its blind files: the two non-requests acted on there
 * (the only texts of those files read) and their kinds, with texts of our own.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked } from './acted.js';

describe("a leading mention asked 'can you' by someone away from their laptop is put to that person", () => {
  nothingAsked([
    "<@U06BREW01> I'm in the cellar without laptop, can you get me a token for 2h and DM it?",
    "<@U0XYZ123> I'm at the depot without my laptop, could you rotate the ads key?",
  ]);
  neverActs(['<@U0AB12CD3> im down in the plant with no laptop, can u revoke the growth key']);
  keeps([
    ["<@U0BOT1234> I'm at home without my laptop so token for 2h please", 'token'],
    ["<@U0BOT1234> token for 2h please, I'm in the lab", 'token'],
  ]);
});

describe("a customer's own key in our product, named by the customer's account ID, is theirs", () => {
  nothingAsked([
    'regenerate the API key of customer ORB-331 in the imagery portal admin, they lost it',
    'reset the api key for client 4471, they rotated staff',
  ]);
  keeps([
    ['rotate the key for customer-360', 'rotate', 'customer-360'],
    ['key for customer three sixty, ninety days', 'create_key', 'customer-360'],
    ['rotate the key for client_360_portal', 'rotate', 'client-360-portal'],
  ]);
});
