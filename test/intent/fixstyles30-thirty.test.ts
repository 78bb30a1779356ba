/**
 * Round thirty, fixstyles30: errors in the three style files of round twenty-nine (tuned-styles-long, -threads,
 * -foreign), by kind. Sentences of our own (other trades, words and shapes than the files'), and the look-alikes
 * that must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { exactly, keeps, neverActs, nothingAsked, reads } from './acted.js';

/** Each text is help (with the topic given), never acted on. */
const helpOn = (rows: [string, string | null][]) =>
  it.each(rows)('%j', (text, topic) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('help');
    expect(parse.topic ?? null).toBe(topic);
  });

describe('a last sentence that leads into its ask after a story (a duty, a precaution, what one needs, a count, a "but") is the request', () => {
  reads([
    [
      'The tablet at the loading dock was left unlocked over the weekend and the night shift used it to browse. We should rotate the key for dock-scanner',
      'rotate',
      'dock-scanner',
    ],
    [
      'The ward tablets were left logged in over the weekend and the agency nurses used one to check rotas, nothing else as far as we know. we should reset the key for ward-rounds',
      'rotate',
      'ward-rounds',
    ],
    [
      'Our tutor left the coding club last month (we had cake) and took the club laptop home, it still has the keys on it. I think we should revoke the coding-club key',
      'revoke',
      'coding-club',
    ],
    [
      'The contractor who wrote the bread ordering bot left in June and nobody knows where his laptop went. To be safe revoke the bread-orders key',
      'revoke',
      'bread-orders',
    ],
    [
      'The screenshot went to the supplier group chat for ten minutes before I deleted it. Nobody opened it as far as we can tell, but rotate the pallet-tracker key just in case',
      'rotate',
      'pallet-tracker',
    ],
    [
      'Three pharmacies in the north switched to the new stock system last week and each needs its own sync job. First one: access key for stock-sync, owner nina@pharma.example, 60 days',
      'create_key',
      'stock-sync',
    ],
  ]);
  it('keeps the lifetime of a token asked for after the lead-in', () => {
    const parse = parseRequest(
      'The translation vendor finished the Lisbon batch yesterday and sent the invoice already. What I really need from you is a token for 3 hours to check their output',
    );
    expect(parse.ttlSeconds).toBe(10800);
  });
  // look-alikes: a lead-in with no command after it, or a command written by someone else, asks nothing
  nothingAsked([
    'The tablet at the loading dock was left unlocked over the weekend and the night shift used it. We should talk about the rotation schedule at the retro',
    'The supplier asked about our keys at the quarterly meeting last week. To be safe, I told them nothing at all',
  ]);
  neverActs([
    'The tablet at the loading dock was left unlocked over the weekend. Lars wrote: we should rotate the key for dock-scanner',
  ]);
});

describe("a remark whose subject is a reading's noun, said of how it went, asks nothing", () => {
  nothingAsked([
    'the lift-pass history for december is wild, busiest since 2015',
    'greenhouse heating costs went up again this week',
    'stable feed costs went up again this month',
    'the warehouse spend went through the roof in march',
    'the tasting-room approval from the council took six weeks',
    'our ledger history for 2019 is a mess honestly',
  ]);
  // look-alikes: the reading asked for, with or without a remark, stays a reading
  keeps([
    ['spend for ads last month', 'spend', 'ads'],
    ['ads spend last month is what I need', 'spend', 'ads'],
    ['spend for growth was high, show me last week', 'spend', 'growth'],
    ['history for billing since monday', 'history', 'billing'],
  ]);
});

describe('help topics said in thread shorthand: a Region before its offer, a kind then "what is it", a token weighed against one of the keys, a token past a lifetime', () => {
  helpOn([
    ['pallet keys in Sydney region allowed or only tokens?', 'regions'],
    ['access keys, what are those', 'key-kinds'],
    ['api keys: what is that exactly', 'key-kinds'],
    ['bearer tokens, what are those exactly', 'key-kinds'],
    ['nightly export: do I want a token or one of the access keys', 'key-kinds'],
    ["would tokens past the 10h mark be ok with my manager's sign-off?", 'limits'],
    ["are tokens over the 8h mark possible with the CISO's sign-off?", 'limits'],
  ]);
  // look-alikes: the request itself, and approval asked on its own
  keeps([['token 4h in Sydney', 'token']]);
  helpOn([['who signs off on tokens for the night shift?', 'approvals']]);
});

describe('one question about the bot set in a story, first or last, is help on what it asks', () => {
  helpOn([
    [
      'is Frankfurt even possible for access keys? our payroll vendor only hosts in Germany and legal wants it local',
      'regions',
    ],
    [
      'what exactly is an api key? the onboarding doc for the warehouse scanners mentions it twice',
      'key-kinds',
    ],
    ['what exactly is an api key? the rota-planner team keeps mentioning it in standup', 'key-kinds'],
  ]);
  // look-alikes: a question that asks for the credential, or a story that states the request's values, asks
  keeps([
    ['can I get a token? the old one died mid-call with the supplier, annoying', 'token'],
    [
      'is it possible to get a key for billing-sync? owner is sam@acme.com, 60 days',
      'create_key',
      'billing-sync',
    ],
    ['is Frankfurt possible for tokens? please 2h', 'token'],
  ]);
});

describe('a key ID masked in groups or with hashes is a placeholder: no key named, the ID refused', () => {
  exactly([
    {
      text: 'revoke ABSK-XXXX-XXXX-XXXX for the loyalty-app',
      intent: 'revoke',
      businessUnit: 'loyalty-app',
      invalid: ['keyId'],
    },
    {
      text: 'rotate AKIA####-####-7QZ2 of warehouse-bot',
      intent: 'rotate',
      businessUnit: 'warehouse-bot',
      invalid: ['keyId'],
    },
    {
      text: 'pls revoke ABSK_xxxx_xxxx, the old ticket-scanner one',
      intent: 'revoke',
      businessUnit: 'ticket-scanner',
      invalid: ['keyId'],
    },
    // look-alikes: real IDs stay IDs
    { text: 'revoke ABSK-demo-key-771', intent: 'revoke', keyId: 'ABSK-demo-key-771' },
    {
      text: 'revoke AKIAX3COST9KQ2WE7VNM',
      intent: 'revoke',
      keyId: 'AKIAX3COST9KQ2WE7VNM',
    },
  ]);
});

describe("an action put off in the last sentence stands over a reading of the story's words", () => {
  nothingAsked([
    'Spoke to Legal just now: they want to look at the pos-bridge logs before anything changes. so please hold off on revoking the pos-bridge key until they say so',
    'Had a call with the auditors: they want to see the tram-app audit log first. please hold off on rotating the tram-app key until they have it',
    'The insurer wants the claims-bot history exported first. so please wait with revoking the claims-bot key until that is done',
  ]);
  // look-alikes: a command or a reading asked in the last sentence stays the request
  reads([
    [
      'Audit went through the warehouse-bot history this morning and found nothing odd. so please rotate the warehouse-bot key now',
      'rotate',
      'warehouse-bot',
    ],
    [
      'Finance checked the kiosk-app costs. please show me the kiosk-app spend for last month',
      'spend',
      'kiosk-app',
    ],
    [
      'Legal wants to look at the pos-bridge logs before anything changes. please show me the history for pos-bridge',
      'history',
      'pos-bridge',
    ],
  ]);
});

describe("everything a team made for an occasion, with the clause of who made it, is the occasion's unit", () => {
  reads([
    ['tear down everything we made for harvest week', 'deprovision', 'harvest-week'],
    ['shut down everything we built for hack week', 'deprovision', 'hack-week'],
    ['tear down everything we set up for robot week please', 'deprovision', 'robot-week'],
  ]);
  // look-alikes: a clause of what was made, with nothing asked, stays nothing
  nothingAsked(['we made a cake for everyone, thanks all', 'everything we set up for the offsite went fine']);
});
