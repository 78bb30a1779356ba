/**
 * Round twenty-six, dev26a: misreadings left on the dev split, grouped by kind. The kinds (one line each):
 *  K1 removing all a unit has on Bedrock ("take away all their Bedrock stuff", "remove it from bedrock
 *     completely"), for a unit the story says is closed or sunset, is deprovision of that unit.
 *  K2 a history question's period or person ("in the last 2 weeks", "issued to <@U…>") is lost when a reason
 *     or a letter's lines stand beside the question.
 *  K3 "don't X …, just Y" written without a comma: what follows "just" is the request (already read; guards).
 *  K4 a unit asked about bare ("recsys?", "whats on recsys") is details for it (not attempted; guards).
 *  K5 a tool described as owned by a team ("the runbook-bot that the sre-platform team owns") names the team.
 *  K6 one's own token told leaked, then its end asked ("… pls kill it"): a revoke, asked about first.
 *  K7 a past act told, then "so X needs a new key": the key asked now (asked about first), not a story.
 *  K10 a second request announced by "one more:" after a first with an object: the first is the request.
 *  K11 a note after the request ("For the log: …", "for the record, …") telling what happened is story.
 *  K8 a request after a long story or a quoted/pasted block is lost (letters, retros, code fences) — not
 *     attempted: each is its own shape.
 *  K9 a question about other things with our words ("IAM role vs IAM user", a joke with "rotate") — not attempted.
 * Sentences of our own, written before the parser's answer was looked at, and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('K1: all a closed or sunset unit has on Bedrock, taken away, is deprovision of it', () => {
  reads([
    [
      'Hi, HR here. The Workplace Experience team was closed down last month. Can you take away all their Bedrock stuff?',
      'deprovision',
      'workplace-experience-team',
    ],
    ['we are sunsetting lighthouse, pls remove it from bedrock completely', 'deprovision', 'lighthouse'],
    ['legacy-bi is being retired, please remove it from Bedrock entirely', 'deprovision', 'legacy-bi'],
    [
      'the growth-lab squad was dissolved in May. pls take away all their bedrock things',
      'deprovision',
      'growth-lab-squad',
    ],
    ['*ops-tools* got shut down — can u remove all their bedrock stuff?', 'deprovision', 'ops-tools'],
    ["we're decommissioning `nimbus`; remove it from bedrock completly", 'deprovision', 'nimbus'],
    ['we retired project kite — delete everything please', 'deprovision', 'kite'],
  ]);
  // look-alikes: keys named are revoked as before; no request, nothing done
  reads([
    ['the ads team was closed down, revoke all their keys', 'revoke', 'ads-team'],
    ['deprovision lighthouse please', 'deprovision', 'lighthouse'],
  ]);
  nothingAsked([
    'the Workplace Experience team was closed down last month',
    "we're sunsetting lighthouse next quarter",
    'they took away all their bedrock stuff already, nothing to do',
  ]);
  neverActs([
    'remove it from the slides completely',
    'can you take away all their stuff from the kitchen?',
    "we're closing down the old dashboard, remove it please",
  ]);
});

describe('K2: a history question keeps its period and person beside a reason or a letter', () => {
  slots([
    [
      'what did I do in the last 2 weeks? I need it for my timesheet notes',
      { intent: 'history', period: { kind: 'days', days: 14 } },
    ],
    [
      'what did i do over the past 3 days? writing my weekly report',
      { intent: 'history', period: { kind: 'days', days: 3 } },
    ],
    [
      'what have I done in the last 10 days, its for my appraisal',
      { intent: 'history', period: { kind: 'days', days: 10 } },
    ],
    [
      'Good morning,\n\nWhich tokens were issued to <@U0CL41R3>? (Asking on behalf of Internal Audit.)\n\nRegards,\nHenrietta',
      { intent: 'history', owner: 'U0CL41R3' },
    ],
    [
      'Hello,\n\nwhich keys were issued to <@U0AB12CD3>? audit asked us.\n\nThanks,\nMo',
      { intent: 'history', owner: 'U0AB12CD3' },
    ],
  ]);
  // look-alikes: someone who did something is no owner; one's own week is no request
  slots([['what did <@U0AB12CD3> do last week?', { intent: 'history', owner: null }]]);
  nothingAsked(['I spent the last 2 weeks on my timesheet notes']);
  neverActs([
    'what did I do to deserve this week',
    'what did we do in the last 2 weeks? the sprint review asks',
  ]);
});

describe('K3: "don\'t X …, just Y" without a comma asks Y', () => {
  reads([
    // (the dev text, "don't rotate anything just deprovision ads experiments", is left: its unit said in words
    // ends in a purpose word, "experiments", which the unit finder reads as a purpose; not this kind.)
    ['dont revoke anything just rotate the growth key', 'rotate', 'growth'],
    ['do not deprovision billing just revoke their keys', 'revoke', 'billing'],
    ["don't create a key just give me a token for 2h", 'token', null],
  ]);
  neverActs([
    "don't rotate anything just yet",
    "don't deprovision anything just because the audit said so",
    "don't revoke anything, just checking the key is fine",
  ]);
});

describe('K4: a unit asked about bare is details for it', () => {
  // (not attempted: "recsys?" and "whats on recsys", a bare one-word name with no hyphen or digit, cannot be
  // told from an everyday word without a dictionary; these keep what already reads.)
  reads([
    ["what's on fraud-ml?", 'details', 'fraud-ml'],
    ['whats on *search-api*', 'details', 'search-api'],
  ]);
  nothingAsked(['?', 'whats on tv tonight', 'lol?']);
  neverActs(["what's on the agenda for growth?"]);
});

describe('K5: a tool owned by a named team names the team', () => {
  reads([
    ['need a key for the runbook-bot that the sre-platform team owns', 'create_key', 'sre-platform-team'],
    ['create a key for the pricing-crawler the revenue team owns', 'create_key', 'revenue-team'],
    ['new api key for the slack-summariser that the comms squad owns', 'create_key', 'comms-squad'],
    ['key for billing, since the payments team owns it', 'create_key', 'payments-team'],
    ['key for the invoice-parser that is owned by the finance-ops team', 'create_key', 'finance-ops-team'],
  ]);
  // look-alikes: the team's own thing, or no team
  reads([
    ['create a key for the runbook-bot', 'create_key', 'runbook-bot'],
    ['create a key for the sre-platform team', 'create_key', 'sre-platform-team'],
  ]);
  reads([['which team owns the growth key?', 'details', 'growth']]);
  neverActs(['the sre-platform team owns the runbook-bot', 'the growth team owns which keys?']);
});

describe('K6: one\'s own token told leaked, then "kill it" / "revoke it" asked, is a revoke (asked about first)', () => {
  reads([
    ['i pushed my tok to github by mistake, pls kill it', 'revoke', null],
    ['I pasted my token in #general by accident — revoke it please', 'revoke', null],
    ['leaked my token in a screenshot 🙈 kill it pls', 'revoke', null],
    ['my token got posted in the vendor channel, pls revoke it asap', 'revoke', null],
    ['i accidentally committed my token to the *infra* repo. can you kill it?', 'revoke', null],
  ]);
  // the asker is asked before anything is done
  neverActs(['i pushed my tok to github by mistake, pls kill it']);
  // look-alikes: what to do asked, someone else's token, something else killed
  reads([['i leaked my token in a screenshot 😭 what do i do', 'help', null]]);
  neverActs([
    'I pasted my token in the wrong channel, should I revoke it?',
    'dave pushed his token to github lol',
    'i pushed my code to github, pls review it',
    'i pushed my branch to github by mistake, pls kill the build',
  ]);
});

describe('K7: a past act told, then "so X needs a new key" asks for the key now', () => {
  reads([
    ['we revoked the old one so log-triage needs a fresh key, 6 months', 'create_key', 'log-triage'],
    ['we revoked the old one so we need a fresh key for log-triage', 'create_key', 'log-triage'],
    ['I revoked the old key so billing-api needs a new key for 90 days', 'create_key', 'billing-api'],
    ['we deleted the old key, so *growth-lab* needs a new one', 'create_key', 'growth-lab'],
    [
      'security killed our key yesterday so the search_v2 service needs a replacement key',
      'create_key',
      'search-v2',
    ],
  ]);
  // asked before anything is made: the story comes first
  neverActs(['we revoked the old one so log-triage needs a fresh key, 6 months']);
  // look-alikes: the need met or put off, or told of others
  nothingAsked([
    'we revoked the old one so log-triage is fine now',
    'we revoked the old one, log-triage got a fresh key last week',
    'we rotated the key so nobody needs a new one',
  ]);
  neverActs([
    'we revoked the old one so log-triage will need a fresh key next quarter',
    'they revoked the old one so they needed a new key, all sorted',
  ]);
});

describe('K10: a second request opened by "one more:" / "another question:" is offered after the first', () => {
  reads([
    ['Hi, please 1.5 hours token. and sorry, one more: what models I can use?', 'token', null],
    ['token for 3h please. one more thing: how do I rotate a key?', 'token', null],
    ['rotate the growth key. one more question - what did ads spend last month?', 'rotate', 'growth'],
    ['key for billing, 90 days. another question: which regions can I use?', 'create_key', 'billing'],
    ['details for risk-ml pls. also one more q: what did ads spend last month?', 'details', 'risk-ml'],
  ]);
  // look-alikes: one request only, or the first part asks nothing
  reads([
    ['one more thing: what models can I use?', 'models', null],
    ['one more token please, 2h', 'token', null],
    ['thanks! one more question: which models can I use?', 'models', null],
  ]);
  nothingAsked(['one more thing: the standup moved to 10:30']);
});

describe('K11: a note after the request ("For the log: …", "for the record, …") telling what happened is story', () => {
  reads([
    [
      'Token, 4.5h, Ireland. For the log: the old one was issued at 08:02 and the pipeline died at 14:02 (`ExpiredTokenException`).',
      'token',
      null,
    ],
    ['token 2h pls. for the record: my last one was issued yesterday and expired mid-run', 'token', null],
    ['rotate the ads key. For the record, the old one was created in March.', 'rotate', 'ads'],
    ['key for billing, 90 days. fyi: the previous key was revoked last week', 'create_key', 'billing'],
  ]);
  // look-alikes: the log itself asked for, or the note alone
  reads([
    ['for the log: what was issued to growth last week?', 'history', 'growth'],
    ['show me the log of tokens issued this week', 'history', null],
  ]);
  nothingAsked(['for the record, the old one was issued at 08:02']);
});
