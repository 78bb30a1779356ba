/**
 * Round fifty-eight, fix58 acts: plain English requests that read as nothing or as help. Every row is the fixer's
 * own sentence, written for the kind:
 *  - a token asked for by telling who allowed it and asking whether that is alright ("my manager said I can have
 *    token for 2 hours. Is ok?", permission-told.ts): the token with its lifetime, asked about first;
 *  - a unit's user removed whole ("remove the X user completely", unit-user-removed.ts): the unit's deprovisioning;
 *  - a token asked for beside a joke about an everyday token ("… about 5 hours. Not the parking token from
 *    reception"): the token (mood.ts OUR_TOKEN_ASKED);
 *  - a change of "it" whose key was named in the sentence or quote before ("my boss: 'kill the X key'. so… please
 *    revoke it", key-named-before.ts);
 *  - a token for a person described by what brought them in ("the consultant we onboarded", person-described.ts):
 *    no story told, the lifetime, Region and owner are the request's.
 * The look-alikes beside them (a manager's word about limits, users of other systems, everyday tokens, deeds told,
 * quotes of others with nothing asked) are never acted on.
 */
import { describe } from 'vitest';
import { exactly, neverActs } from './acted.js';

describe("token: 'my manager said I can have token for 2 hours. Is ok?'", () => {
  exactly([
    {
      text: 'hi, my manager Priya said I can have token for 3 hours for the invoice checks. Is it ok?',
      intent: 'token',
      ttlSeconds: 10800,
    },
    {
      text: 'Hello bot, I am new here. My boss Tiago told me I can get token for 1 hour. Is possible?',
      intent: 'token',
      ttlSeconds: 3600,
    },
    {
      text: 'my supervisor said is ok for me to have token for 4 hours to test summaries. is ok?',
      intent: 'token',
      ttlSeconds: 14400,
    },
    {
      text: 'good morning, my team lead Ken says I may have a token for 90 minutes. Is that ok?',
      intent: 'token',
      ttlSeconds: 5400,
    },
    {
      text: 'my line manager told me I can take token for 6 hours today. is fine?',
      intent: 'token',
      ttlSeconds: 21600,
    },
    {
      text: 'my boss said I could get a token for 45 minutes. is it alright?',
      intent: 'token',
      ttlSeconds: 2700,
    },
    {
      text: 'Hi bot, my manager Olu said I can have token for 2 hour for the shift report. Is ok?',
      intent: 'token',
      ttlSeconds: 7200,
    },
  ]);
});

describe("deprovision: a unit's user removed whole", () => {
  exactly([
    {
      text: 'please remove the lab-notes user entirely, the project is closed',
      intent: 'deprovision',
      businessUnit: 'lab-notes',
    },
    { text: 'delete the geo-survey user completely', intent: 'deprovision', businessUnit: 'geo-survey' },
    {
      text: "remove fleet-ocr's user entirely pls, we moved to the new vendor",
      intent: 'deprovision',
      businessUnit: 'fleet-ocr',
    },
    { text: 'remove the seedbank user completely', intent: 'deprovision', businessUnit: 'seedbank' },
    {
      text: 'We are offboarding the Northwind account — please remove their user entirely.',
      intent: 'deprovision',
      businessUnit: 'northwind',
    },
  ]);
});

describe('token: asked for beside a joke about an everyday token', () => {
  exactly([
    {
      text: 'Need a bedrock token for the evening, about 3 hours. Not the canteen token lol',
      intent: 'token',
      ttlSeconds: 10800,
    },
    {
      text: 'hey, need a token for this afternoon, roughly 4 hours. not the parking token from the front desk 😂',
      intent: 'token',
      ttlSeconds: 14400,
    },
    {
      text: 'morning! want a token for the workshop, about 2 hours. not a coffee token 😄',
      intent: 'token',
      ttlSeconds: 7200,
    },
  ]);
});

describe("revoke / rotate: 'it' is the key named in the quote or sentence before", () => {
  exactly([
    {
      text: "my lead: 'kill the churn-bot key'. so... please revoke it",
      intent: 'revoke',
      businessUnit: 'churn-bot',
    },
    { text: 'the ads-ml key ended up in the wiki. rotate it pls', intent: 'rotate', businessUnit: 'ads-ml' },
    {
      text: 'the kyc-scan key showed up in a screenshot. please rotate it',
      intent: 'rotate',
      businessUnit: 'kyc-scan',
    },
    {
      text: "security wrote 'the pay-recon key is exposed'. ok, revoke it now",
      intent: 'revoke',
      businessUnit: 'pay-recon',
    },
  ]);
});

describe('token: for a person described by what brought them in', () => {
  exactly([
    {
      text: 'Token for the consultant we onboarded, <mailto:ines@partner.example|ines@partner.example>, 2h in Frankfurt',
      intent: 'token',
      owner: 'ines@partner.example',
      ttlSeconds: 7200,
      region: 'eu-central-1',
    },
    { text: 'token for the new intern we hired, 3 hours', intent: 'token', ttlSeconds: 10800 },
    { text: 'token for the auditor we engaged, 1 hour please', intent: 'token', ttlSeconds: 3600 },
    { text: 'a token for the contractor we brought in, 5h please', intent: 'token', ttlSeconds: 18000 },
  ]);
});

describe('look-alikes: never acted on', () => {
  neverActs([
    'my manager said I can have a token for 2 hours, is that the max?',
    'my boss said we can have tokens for 12 hours now, is that right?',
    'my manager said I can have a token for 3 hours, can it last longer?',
    'remove the spam user completely from the forum',
    'remove the test user entirely from the mailing list',
    'I removed the old jira user completely yesterday',
    'lost the parking token from reception again, it was valid for 2 hours',
    'does anyone need a parking token for 3 hours? I have a spare one',
    'the canteen token machine is broken again, about 2 hours now',
    "my lead said 'rotate the growth-bi key'. done that already last week",
    'we hired a consultant last year and she used a token for 2h',
    'we onboarded the consultant yesterday and gave her a token for 2h',
    'the intern we hired rotated it already, all good',
    'my manager told me I can take the afternoon off. is ok?',
    'can someone remove the guest user completely from the wifi portal?',
    'my manager said I can have a token for 2 hours, so I did, thanks',
    'give me a sec, the parking token expired after about 2 hours',
    "my boss: 'never revoke the prod-core key'. noted, we won't",
  ]);
});
