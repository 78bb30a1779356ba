import { describe } from 'vitest';
import { exactly } from './acted.js';

/**
 * Round fifteen's review fixes (fixv: units and commands): the reviewer's texts, sentences of the same
 * kind written before the parser's answers were looked at, and look-alikes whose reading must not change.
 */
describe('a command word of the bot syntax other than create-key is its verb, never a unit', () => {
  exactly([
    // The reviewer's.
    {
      text: 'rotate-key ads api-key 90',
      intent: 'rotate',
      businessUnit: 'ads',
      keyKind: 'api-key',
      expiryDays: 90,
    },
    {
      text: '/bedrock rotate-key ads api-key 90',
      intent: 'rotate',
      businessUnit: 'ads',
      keyKind: 'api-key',
      expiryDays: 90,
    },
    {
      text: 'rotate_key ads api_key 30',
      intent: 'rotate',
      businessUnit: 'ads',
      keyKind: 'api-key',
      expiryDays: 30,
    },
    // Ours.
    { text: 'rotate-key ads api-key', intent: 'rotate', businessUnit: 'ads', keyKind: 'api-key' },
    { text: '/bedrock rotate-key ads', intent: 'rotate', businessUnit: 'ads' },
    { text: 'revoke-key ads api-key', intent: 'revoke', businessUnit: 'ads', keyKind: 'api-key' },
    { text: 'revoke_key payments-core', intent: 'revoke', businessUnit: 'payments-core' },
    {
      text: '/bedrock revoke-key growth access-key',
      intent: 'revoke',
      businessUnit: 'growth',
      keyKind: 'access-key',
    },
    {
      text: 'rotate-key claims-eng access-key 14',
      intent: 'rotate',
      businessUnit: 'claims-eng',
      keyKind: 'access-key',
      expiryDays: 14,
    },
    { text: '@bedrock-bot rotate-key ads', intent: 'rotate', businessUnit: 'ads' },
    // Look-alikes: create-key stays a new key; mid-sentence the word names a thing.
    {
      text: 'create-key ads api-key 90',
      intent: 'create_key',
      businessUnit: 'ads',
      keyKind: 'api-key',
      expiryDays: 90,
    },
    {
      text: '/bedrock create_key ads access_key 30',
      intent: 'create_key',
      businessUnit: 'ads',
      keyKind: 'access-key',
      expiryDays: 30,
    },
    { text: 'create an api-key for ads', intent: 'create_key', businessUnit: 'ads', keyKind: 'api-key' },
    { text: 'the rotate-key script failed', intent: 'unknown' },
    { text: 'our auto-rotate-key job', intent: 'unknown' },
  ]);
});

describe('"account" and "client" stay part of the name after an AWS account or a program client word', () => {
  exactly([
    // The reviewer's.
    { text: 'revoke the key for the security account', intent: 'revoke', businessUnit: 'security-account' },
    {
      text: 'revoke the key for the management account',
      intent: 'revoke',
      businessUnit: 'management-account',
    },
    { text: 'rotate the key for the master account', intent: 'rotate', businessUnit: 'master-account' },
    { text: 'revoke the key for the root account', intent: 'revoke', businessUnit: 'root-account' },
    { text: 'rotate the key for the admin account', intent: 'rotate', businessUnit: 'admin-account' },
    { text: 'revoke the key for the billing account', intent: 'revoke', businessUnit: 'billing-account' },
    { text: 'rotate the key for the python client', intent: 'rotate', businessUnit: 'python-client' },
    { text: 'revoke the key for the mobile client', intent: 'revoke', businessUnit: 'mobile-client' },
    // Ours.
    { text: 'revoke the key for the payer account', intent: 'revoke', businessUnit: 'payer-account' },
    { text: 'revoke the boto3 client key', intent: 'revoke', businessUnit: 'boto3-client' },
    { text: 'revoke the key for the web client', intent: 'revoke', businessUnit: 'web-client' },
    // Look-alikes: a client's name before "account"/"client" is the client.
    { text: 'revoke the key for the Hartmann account', intent: 'revoke', businessUnit: 'hartmann' },
    {
      text: 'rotate the key for the quinta-do-vale client',
      intent: 'rotate',
      businessUnit: 'quinta-do-vale',
    },
    {
      text: 'new api key for the Novabank client',
      intent: 'create_key',
      businessUnit: 'novabank',
      keyKind: 'api-key',
    },
    { text: 'rotate the key for the customer-360 project', intent: 'rotate', businessUnit: 'customer-360' },
  ]);
});

describe('a bracket after a unit noun, or holding the initials of the name before it, is the unit', () => {
  exactly([
    // The reviewer's.
    { text: 'rotate the key for the Quality Assurance team (qa)', intent: 'rotate', businessUnit: 'qa' },
    { text: 'rotate the key for the Quality Assurance unit (qa)', intent: 'rotate', businessUnit: 'qa' },
    { text: 'revoke the key for the UAT team (uat)', intent: 'revoke', businessUnit: 'uat' },
    { text: 'revoke the key for team (qa)', intent: 'revoke', businessUnit: 'qa' },
    { text: 'rotate the key for bu (qa)', intent: 'rotate', businessUnit: 'qa' },
    // Ours.
    { text: 'revoke the key for User Acceptance Testing (uat)', intent: 'revoke', businessUnit: 'uat' },
    { text: 'revoke the key for the QA squad (qa)', intent: 'revoke', businessUnit: 'qa' },
    { text: 'rotate the key for the Quality Assurance group (qa)', intent: 'rotate', businessUnit: 'qa' },
    // Look-alikes: an environment after a service's name is still story.
    { text: 'what did checkout (staging) spend', intent: 'spend', businessUnit: 'checkout' },
    { text: 'rotate the key for payments (prod)', intent: 'rotate', businessUnit: 'payments' },
    { text: 'revoke the key for search-api (qa)', intent: 'revoke', businessUnit: 'search-api' },
  ]);
});

describe('a lower-case particle joins a Title Case name only before a capitalised name word', () => {
  exactly([
    // The reviewer's.
    { text: 'rotate the key Finance do KYC with', intent: 'rotate', businessUnit: 'finance' },
    {
      text: 'revoke the key for Project Alpha do Not use it anymore',
      intent: 'revoke',
      businessUnit: 'alpha',
    },
    // Ours.
    { text: 'rotate the key for Risk do AML checks', intent: 'rotate', businessUnit: 'risk' },
    { text: 'could you revoke the key for Team Orion do It now', intent: 'revoke', businessUnit: 'orion' },
    { text: 'create a key for Growth do NOT share it', intent: 'create_key', businessUnit: 'growth' },
    // Look-alikes: a name with its particle stays one name.
    {
      text: 'rotate the key for the Quinta do Vale client',
      intent: 'rotate',
      businessUnit: 'quinta-do-vale',
    },
    {
      text: 'new api key for Banco de Sol',
      intent: 'create_key',
      businessUnit: 'banco-de-sol',
      keyKind: 'api-key',
    },
    { text: 'revoke the key for Studio van Dijk', intent: 'revoke', businessUnit: 'studio-van-dijk' },
    { text: 'rotate the key for Casa de Campo', intent: 'rotate', businessUnit: 'casa-de-campo' },
  ]);
});

describe("a list of the asker's own units by a plural word for them reads no unit", () => {
  exactly([
    // The reviewer's.
    { text: "list the groups I'm owner of", intent: 'list', owner: 'me' },
    { text: "list the projects I'm the owner of", intent: 'list', owner: 'me' },
    { text: "list the squads I'm owner of", intent: 'list', owner: 'me' },
    // Ours.
    { text: 'list the departments I am the owner of', intent: 'list', owner: 'me' },
    { text: 'show me all the workspaces I own', intent: 'list', owner: 'me', all: true },
    { text: "list the services I'm owner of", intent: 'list', owner: 'me' },
    // Look-alikes: one unit's list stays its details.
    { text: "list growth's keys", intent: 'details', businessUnit: 'growth' },
    { text: 'list the keys of the data-eng group', intent: 'details', businessUnit: 'data-eng-group' },
  ]);
});
