/**
 * Round twenty-seven, train27i: train-split texts whose intent was wrong, fixed by kind. Sentences of our own,
 * written before the parser's answer was looked at, and look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { neverActs, nothingAsked, reads } from './acted.js';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('a label closing a request heads the material pasted after it ("… please. contract end notice:"), no saying', () => {
  reads([
    [
      'fully remove partner-eng from Bedrock please. contract end notice:\n> Termination effective 30 November 2026.',
      'deprovision',
      'partner-eng',
    ],
    [
      'rotate the ads-api key pls. security bulletin:\n> keys seen in a public gist this morning',
      'rotate',
      'ads-api',
    ],
    [
      'create a key for risk-ml, 90 days! the policy:\n> service keys expire after 90 days',
      'create_key',
      'risk-ml',
    ],
    ["revoke growth's key. incident notice:\n```\nkey exposed in CI logs at 09:14\n```", 'revoke', 'growth'],
    [
      '*deprovision* `old-crm` please. the announcement:\n> old-crm is retired as of Friday',
      'deprovision',
      'old-crm',
    ],
    [
      'pls offboard team-lumen. HR notice:\n> Team Lumen is dissolved effective 1 Dec',
      'deprovision',
      'team-lumen',
    ],
  ]);
  // look-alikes: the label opens the saying, or the saying is told in so many words
  neverActs([
    'policy: rotate keys every 90 days',
    'OKR: rotate 100% of long-lived keys by Q3',
    'action items: rotate the ads key, revoke the old one',
    'announcement: we will deprovision legacy-bi on friday',
    'notice: the growth key will be revoked tomorrow',
    'our motto: revoke, rotate, repeat. the new notice:\n> be safe',
    'rotate keys every 90 days, says the policy:\n> all service keys',
    'we must rotate keys every 90 days. from the policy:\n> all service keys',
    'rotate 100% of long-lived keys by Q3. the goals:\n> security first',
    'we will deprovision legacy-bi on friday. announcement:\n> legacy-bi retires',
  ]);
});

describe('a take-back in an aside about quoted or earlier material ("the quote above is old, ignore it") leaves the request', () => {
  reads([
    ['<@U0BOTID> token for 3 hours — the quote above is from last week, ignore it', 'token', null],
    ['token 2h pls. the quoted bit is an old thread, ignore that', 'token', null],
    [
      "rotate search-api's key please — the message above was for someone else, ignore it",
      'rotate',
      'search-api',
    ],
    ['revoke the kyc key. (screenshot above is from march, ignore it)', 'revoke', 'kyc'],
    [
      '> create a key for ads\ndeprovision `legacy-bi` please, the quote above is from another thread, ignore it',
      'deprovision',
      'legacy-bi',
    ],
  ]);
  // look-alikes: the take-back is of the request itself
  nothingAsked([
    'token for 3 hours — actually ignore it, found an old one',
    'rotate the ads key please. ignore it, wrong unit',
    'revoke the growth key — the leak report was a false positive, ignore it',
    'key for kyc please. ignore that, the quote above already has one',
  ]);
});

describe("who to chase or how approval works, after a request of the asker's own, is help (approvals)", () => {
  const help = (texts: string[]) =>
    it.each(texts)('%j', (text) => {
      const p = parseRequest(text);
      expect([p.intent, p.topic ?? null]).toEqual(['help', 'approvals']);
    });
  help([
    'I requested a token 30 min ago, who do I chase?',
    'put in a key request this morning, who approves these?',
    'requested a key 2 hrs back, whom to chase?',
    'i asked the bot for a key on monday. who do i nudge?',
  ]);
  // (Not fixed, only held: with a unit named in the told request the reported-request cut still wins, and the
  // question after it is not read alone; it is never acted on.)
  neverActs(['asked for an api key for growth yesterday — who should I ping to get it approved?']);
  // look-alikes: nothing asked, the state of one request, or another approval
  nothingAsked([
    'I asked for a key 2 hrs back and got it, thanks',
    'whom to chase for the expense approval? I submitted it on monday',
    'is my key request approved yet?',
    'I requested a key for growth yesterday',
  ]);
});

describe('whether our credential needs another system to work ("on the VPN for the token to work?") is help about using it', () => {
  const help = (texts: string[]) =>
    it.each(texts)('%j', (text) => {
      expect(parseRequest(text).intent).toBe('help');
    });
  help([
    'do I need to be on the VPN for the token to work?',
    'does it have to be on vpn for my api key to work??',
    'do i need zscaler on for the token to work from home?',
    'should I be logged into okta for the key to work?',
  ]);
  // (Not fixed, only held: without "… to work" the classifier's doubt still makes it nothing; never acted on.)
  neverActs(['must I connect to the corporate VPN for the bedrock token?']);
  // look-alikes: the other system's own credential, or a credential asked for so that something else works
  reads([
    ['I need a token for the deploy to work, 2h', 'token', null],
    ['can I get a key for the pipeline to work? unit ingest', 'create_key', 'ingest'],
  ]);
  nothingAsked([
    'my vpn token expired again',
    'do I need a new VPN token for the laptop?',
    'how do I reset my okta token?',
  ]);
});

describe('an acknowledgement before a request ("ok got it, and one more token …") tells nothing done; the request stands', () => {
  reads([
    ['ok got it, and one more token for the CI box in Sydney, 1 hour', 'token', null],
    ['got it thanks! now a key for growth-lab pls', 'create_key', 'growth-lab'],
    ['ok got it. rotate the kyc key too', 'rotate', 'kyc'],
    ['gotcha, and a 2h token for me as well', 'token', null],
    ['Got it 👍 one more: revoke the ads-api key', 'revoke', 'ads-api'],
  ]);
  // look-alikes: what was got is told, nothing asked
  nothingAsked(['got it, thanks', 'I got a token from the bot yesterday', 'got the key, thanks, all set']);
  neverActs([
    'we got a new key for growth last week',
    'ok got it, the token for sydney worked',
    'I got it, a token for 2h, from the bot yesterday',
    'got it, and one more token from the bot got me through the demo, 1 hour was enough',
  ]);
});
