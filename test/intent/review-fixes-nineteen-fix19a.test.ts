/**
 * Review fixes of round nineteen (fix19a): reviewer A's confirmed findings, each as a mechanism, with the
 * reviewer's texts, texts of our own of the same kind, and look-alikes whose reading must not change.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked } from './acted.js';

describe('1. "pull the key" fetched, not taken away: never a revoke acted on', () => {
  neverActs([
    'pull the key for growth from secrets manager',
    'pull the key for ads from 1password',
    'pull the api key for ads and send it to me',
    'pull the key for growth so we can debug',
    'pull the new key for ads',
    'pull a key for growth',
    'pull the growth key so I can run the notebook',
    'can you pull the keys for ads from the secrets manager and paste them here',
    'Pull the key for ADS',
    'pull the key for ads from the team vault',
    // our own
    'pull the kyc key from aws secrets and dm it to me',
    'pull the latest key for search-api',
    'pull the key for checkout, I need it for the load test',
    'pull the billing key out of the vault so they can test',
    'could you pull the ads api key and share it in the channel',
  ]);
  keeps([
    ["pull the key for sommelier-ai, the wine pilot's done", 'revoke', 'sommelier-ai'],
    ['please pull the api key for churn-lab, project is over', 'revoke', 'churn-lab'],
    ['pull their key, legal-bot is shutting down', 'revoke', 'legal-bot'],
    ['pull the key from risk-scoring-v2 now', 'revoke', 'risk-scoring-v2'],
    ['pull all keys from finance-reports, audit finding', 'revoke', 'finance-reports'],
    ['pull the key for ads, the campaign is over', 'revoke', 'ads'],
    ['pull the kyc key, we no longer need it', 'revoke', 'kyc'],
    ['pull the key details for ads', 'details', 'ads'],
  ]);
});

describe("2. a key's history with a number of days is the history read, not a key made", () => {
  keeps([
    ['key history for ads, 30 days', 'history', 'ads'],
    ['key activity for growth, 14 days', 'history', 'growth'],
    ['access logs for the ads access key, 90 days', 'history', 'ads'],
    ['audit log for the ads key, 30 days', 'history', 'ads'],
    ['logs for the ads key, 7 days', 'history', 'ads'],
    ["audit log of growth's api key, 60 days", 'history', 'growth'],
    ['history of the keys for growth, 30 days', 'history', 'growth'],
    ['history of the ads key. 30 days', 'history', 'ads'],
    // our own
    ['audit trail for the kyc key, 45 days', 'history', 'kyc'],
    ['usage logs of the billing api key, 10 days', 'history', 'billing'],
    ['event log of the search-api key, 21 days', 'history', 'search-api'],
  ]);
  neverActs([
    'key history for ads, 30 days',
    'key activity for growth, 14 days',
    'access logs for the ads access key, 90 days',
  ]);
  keeps([
    ['api key for ads, 30 days', 'create_key', 'ads'],
    ['key for growth, expires in 14 days', 'create_key', 'growth'],
    ['key for ads valid for 30 days', 'create_key', 'ads'],
  ]);
});

describe("3. a day word inside a team's name is no token's lifetime", () => {
  neverActs([
    'AI access for the day one team',
    'an AI login for the evening news team',
    'access to claude for the night owls team',
    'AI access for the rest of the day for growth',
    'access to claude for the night audit assistant',
    // our own
    'claude access for the morning briefing desk',
    'an AI password for the night shift nurses',
    'AI access for the afternoon tea committee',
  ]);
  keeps([
    ['access to claude for the night owls team', 'create_key', 'night-owls-team'],
    ['AI access for the rest of the day for growth', 'create_key', 'growth'],
    ['claude access for the afternoon please', 'token'],
    ['token please, for the rest of the afternoon', 'token'],
    ['temporary creds for the afternoon please', 'token'],
    ['need creds for the afternoon to play with nova, 4h', 'token'],
  ]);
});

describe('4–5. a unit taken off a page, or "unit test"/"unit price", deprovisions nothing', () => {
  nothingAsked([
    'remove the unit ads from the list',
    'remove unit ads from the dropdown',
    'remove the unit kyc from the jira board',
    'remove the kyc unit from the q3 plan',
    'remove the growth unit from the slack channel please',
    'wipe the unit called pilot-7 from my notes',
    'remove the unit test for ads please',
    'drop the unit price for ads',
    // our own
    'delete the billing unit from the roadmap spreadsheet',
    'remove unit search-api from the on-call rota',
    'drop the unit tests for checkout, they are flaky',
    'delete the unit cost column for growth',
  ]);
  keeps([
    ['remove the unit ads', 'deprovision', 'ads'],
    ['delete the unit sms-spam-classifier and all its keys', 'deprovision', 'sms-spam-classifier'],
  ]);
});

describe('8. "all"/"both" keys after a take-back widen the action; only told done do they withdraw it', () => {
  keeps([
    ['revoke the ads key. never mind, all keys were compromised so revoke all', 'revoke'],
    ['rotate the ads key. never mind, both keys were leaked, do both', 'rotate'],
    ['revoke the ads key. no, all keys are affected', 'revoke'],
    ['rotate the ads key. never mind, both keys got leaked', 'rotate'],
    // our own
    ['revoke the kyc key. wait, all keys are exposed', 'revoke'],
    ['rotate the growth key. actually, both keys were in the leaked repo', 'rotate'],
    ['revoke the billing key. no, all keys got posted in the channel', 'revoke'],
  ]);
  nothingAsked([
    'rotate the ads key. never mind, both keys were rotated yesterday',
    'rotate the ads key. never mind, all keys were rotated already',
    'revoke the search key? nah, the key was just a dummy',
  ]);
});
