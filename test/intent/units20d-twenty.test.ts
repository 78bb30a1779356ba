/**
 * Round twenty, units20d: the kinds units20b left (a ticket field's code read as the unit; the app named
 * again for its owner read as a second unit; two units compared in a spend question), with sentences of our
 * own written before the parser's answer was looked at, and look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked } from './acted.js';
import { parseRequest } from '../../src/intent/parse-request.js';

/** Each text is read without a question (the bot has what it needs). */
const notAsked = (texts: string[]) =>
  it.each(texts)('%j asks nothing back', (text) => {
    expect(parseRequest(text).question).toBeUndefined();
  });

describe('a ticket, ref, change or jira field names no unit', () => {
  exactly([
    {
      text: 'Action: rotate\nKey ID: AKIAB4C5D6E7F8G9H0JK\nJira: OPS-4411',
      intent: 'rotate',
      keyId: 'AKIAB4C5D6E7F8G9H0JK',
    },
    {
      text: 'Request: revoke\nKey ID: AKIAM2N3B4V5C6X7Z8LK\nRef: REQ-2025-0193\nReason: leaked in a log',
      intent: 'revoke',
      keyId: 'AKIAM2N3B4V5C6X7Z8LK',
    },
    {
      text: '*Request:* rotate\n*Key ID:* AKIAP9O8I7U6Y5T4R3EW\n*Ticket:* SEC-2024-9',
      intent: 'rotate',
      keyId: 'AKIAP9O8I7U6Y5T4R3EW',
    },
    {
      text: 'Request: revoke\nKey ID: AKIAL0K9J8H7G6F5D4SA\nJira ticket: BIM-2024-7\nRequested by: Priya',
      intent: 'revoke',
      keyId: 'AKIAL0K9J8H7G6F5D4SA',
    },
    {
      text: 'Request: deprovision\nUnit: tender-assistant\nChange: CHG-2025-0042',
      intent: 'deprovision',
      businessUnit: 'tender-assistant',
    },
    {
      text: 'Request: new api key\nTeam: crew-roster\nTicket: CR-2025-12',
      intent: 'create_key',
      businessUnit: 'crew-roster',
      keyKind: 'api-key',
    },
    {
      text: 'Request: rotate | Key ID: AKIAZ1X2C3V4B5N6M7QW | Ticket: NP-2025-301',
      intent: 'rotate',
      keyId: 'AKIAZ1X2C3V4B5N6M7QW',
    },
    {
      text: 'Request: revoke\nKey ID: AKIAH3G4F5D6S7A8P9OI\nChange ref: CHG-88120',
      intent: 'revoke',
      keyId: 'AKIAH3G4F5D6S7A8P9OI',
    },
  ]);
  // look-alikes: units with digits named as units, a unit field beside a ticket
  keeps([
    ['rotate the key for hack-17', 'rotate', 'hack-17'],
    ['new api key for squad-7', 'create_key', 'squad-7'],
    ['Request: rotate\nUnit: growth\nTicket: GR-2024-118', 'rotate', 'growth'],
    ['Request: revoke all keys\nTeam: ads\nRef: ADS-2025-4', 'revoke', 'ads'],
    ['rotate the key for ticket-triage', 'rotate', 'ticket-triage'],
    ['please rotate the key for change-tracker-2024', 'rotate', 'change-tracker-2024'],
    ['new api key for ref-data-2025', 'create_key', 'ref-data-2025'],
  ]);
  nothingAsked(['Ticket: GR-2024-118\nStatus: closed', 'ticket GR-2024-118 was closed yesterday']);
});

describe('"whoever owns the X app can own it" names the owner to be, not another unit', () => {
  const rows = [
    {
      text: 'could we get an api key for the crew-roster app? whoever owns the roster app can own it',
      intent: 'create_key' as const,
      businessUnit: 'crew-roster',
      keyKind: 'api-key',
    },
    {
      text: 'new api key for the donor-portal app. whoever manages the donor app should own it',
      intent: 'create_key' as const,
      businessUnit: 'donor-portal',
      keyKind: 'api-key',
    },
    {
      text: '<@U0BEDROCK1> new api key for the bim-qa app, whoever owns the bim app can own it',
      intent: 'create_key' as const,
      businessUnit: 'bim-qa',
      keyKind: 'api-key',
    },
    {
      text: 'need an api key for lounge-concierge. whoever owns the lounge app can own it, thanks',
      intent: 'create_key' as const,
      businessUnit: 'lounge-concierge',
      keyKind: 'api-key',
    },
    {
      text: 'new api key for the volunteer-rota app - whoever owns the rota app can own it',
      intent: 'create_key' as const,
      businessUnit: 'volunteer-rota',
      keyKind: 'api-key',
    },
  ];
  exactly(rows);
  notAsked(rows.map((r) => r.text));
  // look-alikes: the sentence alone asks nothing to be done; an owner by mention stays the owner
  neverActs(['whoever owns the lounge app can own it', 'who owns the lounge app?']);
  exactly([
    {
      text: 'new api key for the lounge-concierge app, <@U02ABCDEF1> will own it',
      intent: 'create_key',
      businessUnit: 'lounge-concierge',
      keyKind: 'api-key',
      owner: 'U02ABCDEF1',
    },
  ]);
});

describe('two units compared in a spend question: the first is the unit, the intent stays spend', () => {
  exactly([
    {
      text: 'bedrock spend this month: site-diary vs bim-qa',
      intent: 'spend',
      businessUnit: 'site-diary',
      period: { kind: 'month', monthsAgo: 0 },
    },
    {
      text: '<@U0BEDROCK1> spend on `lounge-concierge` vs `gate-finder` last month',
      intent: 'spend',
      businessUnit: 'lounge-concierge',
      period: { kind: 'month', monthsAgo: 1 },
    },
    {
      text: 'compare spend for donor-portal vs volunteer-rota this month',
      intent: 'spend',
      businessUnit: 'donor-portal',
      period: { kind: 'month', monthsAgo: 0 },
    },
    {
      text: 'how much did growth spend versus ads last month?',
      intent: 'spend',
      businessUnit: 'growth',
      period: { kind: 'month', monthsAgo: 1 },
    },
    {
      text: 'spend comparison: risk-ml vs payments, past 30 days',
      intent: 'spend',
      businessUnit: 'risk-ml',
      period: { kind: 'days', days: 30 },
    },
  ]);
  // look-alikes: one unit, no unit, a comparison stated (asks nothing), two commands weighed
  exactly([]);
  // ("ads vs growth spend was about even last month" tells a figure: it reads as spend at base too, as
  // "growth spend was about even last month" does, a kind of its own; a read, never acted on.)
  neverActs([
    'ads vs growth spend was about even last month',
    'rotate vs revoke, which one should I use?',
    'compare: revoke versus deprovision',
  ]);
});
