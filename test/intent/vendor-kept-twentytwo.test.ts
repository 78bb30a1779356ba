/**
 * Round twenty-two, the lead: a credential made in another vendor's system is that system's, wherever the
 * vendor is named in the request ("create a key for payroll in 1password", "generate an api key for the
 * payroll team in Workday", "create a key in the openai dashboard for the marketing team"), and a key for
 * another vendor's AI resource ("the azure openai resource") is not ours. Round twenty-one read only "a key
 * in <vendor>" with nothing between. A key of ours kept or found there is still ours, and so is a system
 * of ours named after a vendor. Also: a token for the car park is a parking token.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked } from './acted.js';

describe("a credential made in another vendor's system asks nothing of the bot", () => {
  nothingAsked([
    'create a key for payroll in 1password please',
    'generate an api key for the payroll team in Workday',
    'create a key in the openai dashboard for the marketing team',
    'can you make a new token for the release pipeline on gitlab',
    'rotate the api key for the billing service in stripe',
    'new api key for growth-ml in the gcp console please',
    'make an access token for the data team in snowflake',
    'pls create a key for the ci bot in the circleci project settings',
    'key for the azure openai resource, payroll team',
    'need an api key for the vertex ai project for the growth team',
    'create a key for the support team in the OpenAI platform, 90 days',
    'revoke the token for the ads team in LastPass',
  ]);
});

describe('a token for a car park, a toll or a tram is no token of ours (working on the train is still a token)', () => {
  nothingAsked([
    'can I get a token for the car park? 4h',
    'anyone got a spare token for the carpark barrier',
    'need a token for the toll gate, 2 of them',
    'anyone have a tram token? left my card at home',
  ]);
});

describe('a key of ours kept, found or named after a vendor keeps its request', () => {
  keeps([
    ['create a key for payroll, we will keep it in 1password', 'create_key', 'payroll'],
    ['create a key for payroll and store it in vault', 'create_key', 'payroll'],
    ['rotate the ads key, it leaked in github', 'rotate', 'ads'],
    ['new key for the workday-sync service please', 'create_key', 'workday-sync'],
    ['create a key for the jira-triage bot', 'create_key', 'jira-triage'],
    ['we are moving off openai to bedrock, need a key for support-bot', 'create_key', 'support-bot'],
    ['create a bedrock key for payroll, they call it from workday', 'create_key', 'payroll'],
    ['revoke the growth key, I pasted it in the gitlab issue by mistake', 'revoke', 'growth'],
    ['token for 4h please', 'token'],
    ['a token for the parking-app demo, 2h', 'token'],
    ['token for the ferry crossing, 2h, want to finish the deck', 'token'],
    ['need a token for the tram ride home, 1h', 'token'],
  ]);
});
