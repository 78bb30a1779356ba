/**
 * Round fifty-three, fix53e (negatives): English non-requests of our own, written from scratch across trades, that
 * were acted on, fixed by kind in the shared readers and the decision layer: a request taken back in brackets or
 * stopped after "wait" (tail-take-back.ts), how to ask taught to a reader with a placeholder, a "usage:" label or
 * "type … to get one" (shown-not-sent.ts), a change asked about in theory (parse-request.ts), a ticket's title "moved
 * to Done" (not-live-request.ts), a call to whoever holds a key (yours-to-do.ts), an account made on another app
 * (not-ours.ts), "ignore the previous message" (withdrawal.ts, negation.ts), a key "→ not needed" with its reason
 * (declined-credential.ts), another cloud's model vendor key (other-vendor-key.ts) and "key lime" (not-ours.ts). Real
 * requests of the same words keep acting.
 */
import { describe } from 'vitest';
import { neverActs, stillActs } from './acted.js';

describe('taken back in brackets, or stopped after "wait"', () => {
  neverActs([
    "give me a token for the ops team 2h (don't actually, just checking the reply format)",
    'revoke the growth key (do not run this, only a draft)',
    'create a key for the support team (testing the bot, please ignore)',
    'rotate the ads key — wait, wrong workspace, cancel that',
    "revoke key for team zeta — wait, that's the wrong team, stop",
  ]);
  stillActs(['token 2h (testing the new pipeline)', 'rotate the ml key please, this is urgent']);
});

describe('how to ask, taught: a placeholder, a "usage:" label, "type … to get one"', () => {
  neverActs([
    'syntax: `revoke <unit> key`',
    'Usage: create a key for [team], owner [email]',
    'key for the catering team: token {hours}',
    'send `give me a token for 1h` whenever you need one',
    'write "create a key for the growth team" and you\'re done',
    'this is what I\'d type: "revoke the ml key" — not sending it yet',
  ]);
  stillActs([
    "revoke the key for <@U0123ABC>'s team, they left",
    'usage is spiking, rotate the key for team orion',
  ]);
});

describe('a change asked about in theory is help', () => {
  neverActs([
    'hypothetically, could you revoke a key that is in use?',
    'could you theoretically rotate every key in one command?',
    'out of curiosity, can you rotate the search key without breaking the crawler?',
  ]);
  stillActs(['hypothetically we are fine, but please rotate the ads key now']);
});

describe('a ticket marked done, a call to whoever holds one, an account on another app', () => {
  neverActs([
    'PR "rotate the ranking key" → merged',
    'OPS-12 "Revoke key for team atlas" — marked as done',
    '@here if you still have a token for the hack-week unit, please rotate it',
    'everyone: if you own any keys for legacy-payments, please revoke them',
    'can you set up an account for the new intern on the booking portal?',
    'please make an account for Dr Shah on the patient portal',
  ]);
  stillActs([
    'if you can, revoke the key for team kilo now',
    'create a key for the scheduling team, owner s@co.io',
  ]);
});

describe('the previous message ignored, a key not needed with its reason', () => {
  neverActs([
    'Please ignore the above message about rotating the ads key',
    'ignore the previous request for a key for the claims team, sorry',
    'token for the pos team -> not needed, they borrow the store one',
    'key for legal → not required, we reuse the old one',
  ]);
  stillActs([
    'ignore the previous message, give me a token for 2h',
    'key for the pharmacy team please, not the shared one',
  ]);
});

describe("another cloud's model vendor key, and a key lime", () => {
  neverActs([
    'rotate the Azure OpenAI key for the helpdesk bot',
    'create a Vertex AI key for the research notebook',
    'can you make a key lime tart for Friday?',
  ]);
  stillActs([
    'rotate the key for the azure-platform team',
    'create a key for the openai-migration team, owner o@x.io',
  ]);
});

describe('an item marked done or dropped, an action played, an outsider quoted', () => {
  neverActs([
    'key for team east: ✅ (done by Ravi)',
    ':white_check_mark: key for the payroll team created',
    ':x: revoke the kyc key (cancelled)',
    '(resolved) token for support 2h',
    'RE: key for the design team → approved and created, closing',
    '*revokes all the keys dramatically*',
    'quoting the client: "please rotate our API key today". Their admin does it in their portal.',
  ]);
  stillActs([
    '*rotate the ads key*',
    '(urgent) token for ops 4h',
    'key for the marketing team, manager approval → done',
    'quoting the client: "please rotate our API key today". can you do it for us?',
  ]);
});

describe('a roadmap or homework set out, a group of people hailed', () => {
  neverActs([
    'H2 roadmap: deprovision the old sandbox unit, then keys per store',
    'homework from the cloud course: revoke a pretend key for a made-up team',
    'unit owners, please revoke your unused keys by Friday',
    'key owners: rotate your keys before the audit, thanks',
  ]);
  stillActs(['rotate the roadmap team key please', 'revoke the key for the unit-owners team']);
});
