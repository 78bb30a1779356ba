/**
 * Round twenty, units20a: names of units the parser did not see at all in round nineteen's blind files
 * (now tuned-{airline,construction,nonprofit}), with sentences of our own written before the parser's
 * answer was looked at (other units, verbs, word orders, Slack markup) and look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { exactly, nothingAsked } from './acted.js';

type Row = readonly [text: string, intent: string, unit: string | null];

const reads = (rows: Row[]) =>
  it.each(rows)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit ?? null]).toEqual([intent, unit]);
  });

describe('a team said in plain words of a trade before a group noun is the unit', () => {
  exactly([
    {
      text: 'new api key for the site logistics crew, 60 days',
      intent: 'create_key',
      businessUnit: 'site-logistics-crew',
      keyKind: 'api-key',
      expiryDays: 60,
    },
    { text: 'rotate the key for the plant hire desk', intent: 'rotate', businessUnit: 'plant-hire-desk' },
    {
      text: 'can u revoke the keys for the disaster response cell',
      intent: 'revoke',
      businessUnit: 'disaster-response-cell',
      all: true,
    },
    {
      text: 'list the keys for the plant maintenance team',
      intent: 'details',
      businessUnit: 'plant-maintenance-team',
    },
    {
      text: '<@U0BEDROCK1> access key for the ramp ops crew pls',
      intent: 'create_key',
      businessUnit: 'ramp-ops-crew',
      keyKind: 'access-key',
    },
  ]);
  reads([
    ['details for the gate control team', 'details', 'gate-control-team'],
    ["revoke the works planning cell's key", 'revoke', 'works-planning-cell'],
    ["deprovision the flood response hub, it's wound down", 'deprovision', 'flood-response-hub'],
    ['what did the night works team spend last month?', 'spend', 'night-works-team'],
    ['replace the key for the ground ops desk', 'rotate', 'ground-ops-desk'],
    ['set up a key for the permanent works team', 'create_key', 'permanent-works-team'],
    ['get rid of the plant yard crew unit, nobody uses it', 'deprovision', 'plant-yard-crew'],
    ["revoke the ground ops crew's key and the cargo one", 'revoke', 'ground-ops-crew'],
    // requests whose other reading is right
    ['rotate the key for plant-ops', 'rotate', 'plant-ops'],
    ['new key for the ops team', 'create_key', 'ops-team'],
    ['rotate the key for the emergency team', 'rotate', 'emergency-team'],
  ]);
  nothingAsked([
    'the plant room key is in the drawer by the door',
    "gate 4's key safe has a new code",
    'I updated the temporary works register this morning',
    'the emergency response team did a great job yesterday',
    'ops crew are on site from 7 tomorrow',
    'the works desk is closed till monday',
    'the plant team is meeting at 3 about the crane',
    'who has the key to the gate ops cabin?',
  ]);
});

describe('an occasion or project after "everything for" is the unit', () => {
  reads([
    ['tear down everything for the bid sprint', 'deprovision', 'bid-sprint'],
    ['shut down everything for the flood pilot', 'deprovision', 'flood-pilot'],
    ['shut everything down for the audit sprint unit (audit-sprint-25)', 'deprovision', 'audit-sprint-25'],
    ['tear down everything for the donor campaign please', 'deprovision', 'donor-campaign'],
    ['tear down everything for hack week', 'deprovision', 'hack-week'],
  ]);
  nothingAsked([
    'we worked through everything for the tender sprint last night',
    'thanks for everything for the tender sprint!',
    "I've got everything for the winter-ops pilot ready",
    'the server shut everything down for maintenance',
    'did they shut everything down for the tender sprint?',
  ]);
});

describe('a form whose unit field is in Title Case words names the unit with them', () => {
  exactly([
    {
      text: 'Business unit: Site Logistics\nRequest type: API key\nExpiry: 90',
      intent: 'create_key',
      businessUnit: 'site-logistics',
      keyKind: 'api-key',
      expiryDays: 90,
    },
    {
      text: '*Team*: Donor Care\n*Type*: access key\n*Expires in*: 30 days',
      intent: 'create_key',
      businessUnit: 'donor-care',
      keyKind: 'access-key',
      expiryDays: 30,
    },
    {
      text: 'Team: Flight Ops Planning\nRequest type: api key\nExpiry: 60 days\nOwner: <@U07FOP22>',
      intent: 'create_key',
      businessUnit: 'flight-ops-planning',
      keyKind: 'api-key',
      expiryDays: 60,
      owner: 'U07FOP22',
    },
    {
      text: '*Bedrock request*\n*Team*: Major Gifts\n*Type*: API key\n*Expires in*: 45 days\n*Why*: CRM summariser (JIRA-442 is unrelated)',
      intent: 'create_key',
      businessUnit: 'major-gifts',
      keyKind: 'api-key',
      expiryDays: 45,
    },
    {
      text: 'Business unit: Ground Handling\nRequest type: access key\nExpiry: 14',
      intent: 'create_key',
      businessUnit: 'ground-handling',
      keyKind: 'access-key',
      expiryDays: 14,
    },
  ]);
  nothingAsked([
    'Business unit: Temporary Works\nStatus: done\nBlockers: none',
    'Team: Fundraising Analytics\nAgenda: Q3 planning\nAttendees: Ana, Joe',
  ]);
});

describe('the team that asks, in a polite long message, wins over the system it is for', () => {
  exactly([
    {
      text: "<@U0BEDROCK1> Hi there, sorry to bother you. Our Uganda field team would like a long-term key so the SMS survey bot can use Claude. Could you set one up? I'd be the owner, <@U05UGA11>",
      intent: 'create_key',
      businessUnit: 'uganda-field-team',
      owner: 'U05UGA11',
    },
    {
      text: 'Hello! We (the Donor Care Desk) need an API key for our email assistant. 60 days please. Owner: <@U03DCD9>',
      intent: 'create_key',
      businessUnit: 'donor-care-desk',
      keyKind: 'api-key',
      expiryDays: 60,
      owner: 'U03DCD9',
    },
    {
      text: "Good morning! Our grants team would like an api key for the report summariser, 90 days. I'll own it — <mailto:grants@hopebridge.org|grants@hopebridge.org>",
      intent: 'create_key',
      businessUnit: 'grants-team',
      keyKind: 'api-key',
      expiryDays: 90,
      owner: 'grants@hopebridge.org',
    },
  ]);
  reads([['rotate the key for the triage assistant', 'rotate', 'triage-assistant']]);
  nothingAsked(['Our Kenya programme team loves the WhatsApp helpline bot, it uses Claude']);
});

// Left by units20a, read right since units20c (moved up from it.fails): a hyphenated name keeps "trial"
// after it, and a Title Case team in a polite long message wins over the system it is for.
describe('left by units20a, read right since units20c', () => {
  reads([
    ['remove everything for the spring-ops trial', 'deprovision', 'spring-ops-trial'],
    [
      'Hi, I am not technical at all. The Cargo Planning team needs a key for the load sheet checker, could you help?',
      'create_key',
      'cargo-planning-team',
    ],
  ]);
});
