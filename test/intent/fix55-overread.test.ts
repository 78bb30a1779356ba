/**
 * Round fifty-five, fix55 overread: the rules alone read thousands of non-requests as confident actions, and only the
 * classifier turned them back. Here the rules themselves stop, by kind: a question put about our things
 * (asked-about-not-for.ts) and a change told as done or noted for later (told-not-asked.ts). Each kind is proved with
 * sentences of our own in other trades and words, read by the rules alone (`parseRequestWith(text, 'rules')` must not
 * act) and by the whole parser (never acted on), and look-alike real requests that must still act.
 */
import { describe, expect, it } from 'vitest';
import { ACTING_INTENTS } from '../../src/core/request.js';
import { parseRequestWith } from '../../src/intent/parse-request.js';
import { neverActs, nothingAsked, stillActs } from './acted.js';

/** Each text, read by the rules alone, is no confident action. */
const rulesDoNotAct = (texts: string[]) =>
  it.each(texts)('%j: the rules alone do not act', (text) => {
    const read = parseRequestWith(text, 'rules');
    expect(ACTING_INTENTS.has(read.intent) && read.confidence >= 0.7).toBe(false);
  });

describe('a whole question about our things, opened by a question word (asked-about-not-for.ts)', () => {
  const questions = [
    'which regions do the tokens work in for the warehouse scanners?',
    'where should I store the api key on the ward laptops?',
    'what happens to the pickers if I revoke?',
    'how do tokens behave when the night shift runs past midnight?',
    'why would a key stop working after the audit?',
    'what do I do with a token once the stocktake is finished?',
  ];
  rulesDoNotAct(questions);
  neverActs(questions);
});

describe('a question whose subject is the credential itself (asked-about-not-for.ts)', () => {
  const questions = [
    'can a token outlive the harvest shift?',
    'do api keys expire on their own at the depot?',
    'are the keys tied to me or to the clinic?',
    'can tokens be shared between the two tills?',
    'does a token still work if my laptop goes to sleep',
    'should the credentials sit in the router config',
  ];
  rulesDoNotAct(questions);
  neverActs(questions);
});

describe('whether the writer needs or must (asked-about-not-for.ts)', () => {
  const questions = [
    'do I need the site manager to sign off a token?',
    'do we have to ask in the channel or can we DM for keys?',
    'would I need a separate key for the second kitchen?',
    'do I need a new token every morning at the bakery?',
  ];
  rulesDoNotAct(questions);
  neverActs(questions);
});

describe('a change of ours told as done, or noted for later (told-not-asked.ts)', () => {
  const told = [
    'rotated the dock-scanner key this morning, restart the handhelds',
    'we revoked the old ferry-tickets key yesterday, all good now',
    'fyi I deprovisioned the summer-camp unit on friday',
    'the shuttle-eta key was rotated last night by the platform crew',
    'note to self: rotate the loom-monitor key after the trade fair',
    'reminder to self - revoke the showroom key when the lease ends',
  ];
  rulesDoNotAct(told);
  nothingAsked(told);
});

describe('look-alike real requests still act', () => {
  stillActs([
    'can I get a token for 3 hours?',
    'token for 4h please, the night audit runs late',
    'rotate the dock-scanner key please, it was pasted in a chat',
    'revoke the showroom key now, the lease ended',
  ]);
  // (The rules keep reading these as the request; the whole parser may still ask first.)
  it.each([
    ['could a token be issued for me for 2 hours in Frankfurt?', 'token'],
    ['we revoked the old one, so ferry-tickets needs a fresh key, 60 days', 'create_key'],
    ['do api keys expire? anyway, token for 3h please', 'token'],
  ])('%j: the rules still read %s', (text, intent) => {
    expect(parseRequestWith(text, 'rules').intent).toBe(intent);
  });
});
