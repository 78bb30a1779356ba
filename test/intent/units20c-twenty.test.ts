/**
 * Round twenty, units20c: what units20a left of round nineteen's blind files (now
 * tuned-{airline,construction,nonprofit}): a form field's Title Case value is the unit's name whole; a
 * form's reason field is story, never the request; the team that asks, named first in a polite long
 * message, wins over the system it is for; a hyphenated name keeps "pilot"/"trial" after it. Sentences of
 * our own written before the parser's answer was looked at, and look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { exactly, neverActs, nothingAsked } from './acted.js';

type Row = readonly [text: string, intent: string, unit: string | null];

const reads = (rows: Row[]) =>
  it.each(rows)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit ?? null]).toEqual([intent, unit]);
  });

describe("a form field's Title Case value is the unit's name, whole", () => {
  exactly([
    {
      text: 'Business unit: Temporary Works\nRequest type: access key\nExpiry: 30\nOwner: <@U06TWC01>',
      intent: 'create_key',
      businessUnit: 'temporary-works',
      keyKind: 'access-key',
      expiryDays: 30,
      owner: 'U06TWC01',
    },
    {
      text: 'Team: Permanent Way\nRequest type: API key\nExpiry: 60 days',
      intent: 'create_key',
      businessUnit: 'permanent-way',
      keyKind: 'api-key',
      expiryDays: 60,
    },
    {
      text: 'Unit: Site Logistics\nRequest: new api key\nExpiry: 90',
      intent: 'create_key',
      businessUnit: 'site-logistics',
      keyKind: 'api-key',
      expiryDays: 90,
    },
    {
      text: '*Business unit*: Crew Scheduling\n*Request*: access key\n*Expiry*: 30 days',
      intent: 'create_key',
      businessUnit: 'crew-scheduling',
      keyKind: 'access-key',
      expiryDays: 30,
    },
    {
      text: 'Department: Temporary Accommodation\nRequest type: access key\nExpiry: 14\nOwner: <@U09TAC5>',
      intent: 'create_key',
      businessUnit: 'temporary-accommodation',
      keyKind: 'access-key',
      expiryDays: 14,
      owner: 'U09TAC5',
    },
    {
      text: 'Business unit: Token Services\nRequest type: api key\nExpiry: 30',
      intent: 'create_key',
      businessUnit: 'token-services',
      keyKind: 'api-key',
      expiryDays: 30,
    },
    {
      text: 'Team: Quick Response\nRequest type: access key\nExpiry: 7',
      intent: 'create_key',
      businessUnit: 'quick-response',
      keyKind: 'access-key',
      expiryDays: 7,
    },
    {
      text: 'Business unit: Temporary Works\nRequest type: rotate key',
      intent: 'rotate',
      businessUnit: 'temporary-works',
    },
  ]);
  // look-alikes: a bracket still names the unit; a form that asks nothing is no request; prose keeps its reading
  reads([
    ['Team: Data Protection Office (dpo)\nRequest type: api key\nExpiry: 30', 'create_key', 'dpo'],
    ['a temporary key for the works team', 'create_key', 'works-team'],
  ]);
  nothingAsked([
    'Business unit: Temporary Works\nStatus: on track\nRisks: none',
    'Team: Permanent Way\nMeeting: Thursday\nAgenda: track renewals',
  ]);
});

describe("a form's reason field is story, never the request", () => {
  exactly([
    {
      text: '*Bedrock request*\n*Team*: Fundraising Analytics\n*Type*: API key\n*Expires in*: 60 days\n*Owner*: <@U08FRA1AN>\n*Why*: legacy giving propensity model (PRJ-KEN-07 has nothing to do with this, ignore the old ticket)',
      intent: 'create_key',
      businessUnit: 'fundraising-analytics',
      keyKind: 'api-key',
      expiryDays: 60,
      owner: 'U08FRA1AN',
    },
    {
      text: '*Team*: Membership\n*Type*: API key\n*Expires in*: 30 days\n*Why*: how do I even use this? ignore the old ticket',
      intent: 'create_key',
      businessUnit: 'membership',
      keyKind: 'api-key',
      expiryDays: 30,
    },
    {
      text: "Team: Grants\nType: API key\nExpiry: 90 days\nReason: the old key was revoked last week, please don't rotate anything",
      intent: 'create_key',
      businessUnit: 'grants',
      keyKind: 'api-key',
      expiryDays: 90,
    },
    {
      text: 'Team: Appeals\nType: access key\nExpiry: 30\nPurpose: help the model list which donors lapsed',
      intent: 'create_key',
      businessUnit: 'appeals',
      keyKind: 'access-key',
      expiryDays: 30,
    },
    {
      text: 'Team: Events\nRequest type: API key\nExpiry: 30\nNotes: how to set this up is in the wiki, cancel the old request PRJ-EV-2',
      intent: 'create_key',
      businessUnit: 'events',
      keyKind: 'api-key',
      expiryDays: 30,
    },
    {
      text: '*Team*: Legacy Giving\n*Type*: API key\n*Expires in*: 45 days\n*Justification*: which models does the summariser use? ignore the earlier thread',
      intent: 'create_key',
      businessUnit: 'legacy-giving',
      keyKind: 'api-key',
      expiryDays: 45,
    },
    {
      text: 'Unit: Volunteer Services\nRequest: rotate key\nReason: what was the spend on it last month? nobody knows',
      intent: 'rotate',
      businessUnit: 'volunteer-services',
    },
    {
      text: 'Team: Major Donors\nType: access key\nExpiry: 60 days\nWhy: revoke of the old one is tracked elsewhere',
      intent: 'create_key',
      businessUnit: 'major-donors',
      keyKind: 'access-key',
      expiryDays: 60,
    },
  ]);
  // look-alikes: a form whose only ask is in its reason is no action; prose questions keep their reading
  neverActs([
    'Team: Events\nWhy: ignore the old ticket, revoke everything',
    'Team: Events\nReason: how do I get a key?',
  ]);
  nothingAsked(['ignore the old ticket, it has nothing to do with this']);
});

describe('the team that asks, named first in a polite long message, wins over the system it is for', () => {
  exactly([
    {
      text: "<@U0BEDROCK1> Hello! Apologies, I'm not an engineer. Our Kenya programme team would like a long-term key so the WhatsApp helpline bot can use Claude. Could you set one up? The owner would be me, <@U04KEN77Q>",
      intent: 'create_key',
      businessUnit: 'kenya-programme-team',
      owner: 'U04KEN77Q',
    },
    {
      text: "<@U0BEDROCK1> We (the Emergency Appeals Hub) need an API key for our triage assistant. 30 days to start. I'll be the owner — <mailto:ops@hopebridge.org|ops@hopebridge.org>",
      intent: 'create_key',
      businessUnit: 'emergency-appeals-hub',
      keyKind: 'api-key',
      expiryDays: 30,
      owner: 'ops@hopebridge.org',
    },
    {
      text: 'Hi! Our Youth Outreach team would like an API key so the volunteer chatbot can use Claude. Owner is <@U05YOU7H1>',
      intent: 'create_key',
      businessUnit: 'youth-outreach-team',
      keyKind: 'api-key',
      owner: 'U05YOU7H1',
    },
    {
      text: 'We (the Safeguarding Desk) need a key for our case notes assistant. 60 days.',
      intent: 'create_key',
      businessUnit: 'safeguarding-desk',
      expiryDays: 60,
    },
    {
      text: 'Good morning! The Logistics Hub would like a new access key so the route planner can use Claude. Owner: <@U07LOG22A>',
      intent: 'create_key',
      businessUnit: 'logistics-hub',
      keyKind: 'access-key',
      owner: 'U07LOG22A',
    },
    {
      text: 'Hello, sorry to bother you, I am new here. Our Malawi field office would like a long-term key so the SMS survey bot can use Claude, please.',
      intent: 'create_key',
      businessUnit: 'malawi-field-office',
    },
    {
      text: '<@U0BEDROCK1> hi, we (the Crisis Line Squad) need an api key for our chat summariser, 14 days please',
      intent: 'create_key',
      businessUnit: 'crisis-line-squad',
      keyKind: 'api-key',
      expiryDays: 14,
    },
    {
      text: "Hi, apologies, I'm not technical. Our finance team would like a key so the invoice matcher bot can use Claude. Could you set one up?",
      intent: 'create_key',
      businessUnit: 'finance-team',
    },
  ]);
  // (an everyday word before a system's noun names the system: "the load sheet checker")
  reads([
    [
      'Our Ramp Safety team needs a key for the door log summariser, could you help?',
      'create_key',
      'ramp-safety-team',
    ],
    ['the Grants team would like a key for the sheet classifier please', 'create_key', 'grants-team'],
  ]);
  nothingAsked(['can you give me the key for the storage room', 'lost my house keys again']);
  // look-alikes: with no team named, the system is the unit; a question about models stays one
  reads([
    ['new api key for the triage assistant, 30 days', 'create_key', 'triage-assistant'],
    ['rotate the key for the whatsapp helpline bot', 'rotate', 'whatsapp-helpline-bot'],
  ]);
  nothingAsked([
    'Our Kenya programme team would like to thank everyone who helped with the helpline bot last week',
    'We (the Emergency Appeals Hub) had a great quarter, thanks all',
  ]);
});

describe('a hyphenated name keeps "pilot"/"trial" after it', () => {
  reads([
    ['shut down everything for the winter-ops pilot', 'deprovision', 'winter-ops-pilot'],
    ['deprovision the summer-sales trial', 'deprovision', 'summer-sales-trial'],
    ['revoke the key for the route-opt pilot', 'revoke', 'route-opt-pilot'],
    ['new api key for the fleet-ai pilot, 30 days', 'create_key', 'fleet-ai-pilot'],
    ['what did the night-shift trial spend last month', 'spend', 'night-shift-trial'],
    ['rotate the key for the crew-chat pilot please', 'rotate', 'crew-chat-pilot'],
    ['remove everything for the spring-ops trial', 'deprovision', 'spring-ops-trial'],
    ['details for the bag-track pilot', 'details', 'bag-track-pilot'],
    // look-alikes: another group noun, or "pilot" outside the name, change nothing
    ['new key for the winter-ops team', 'create_key', 'winter-ops-team'],
    ['revoke the key for winter-ops, the pilot is over', 'revoke', 'winter-ops'],
  ]);
  nothingAsked(['the winter-ops pilot went well, thanks everyone']);
});
