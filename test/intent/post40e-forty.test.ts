/**
 * Round forty, the review's behaviour tests of earlier rounds that failed on the merged branch (its rules and the
 * retrained classifier): a unit test's removal, a step of the writer's own plan, a "can you …?" change to a named
 * unit's key, the Region a unit is set up in, a laptop's sign-off, two of a trade's models told apart. Each with
 * look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe('a unit test removed, whatever the classifier makes of it: nothing asked', () => {
  nothingAsked([
    'remove the unit test for payments please',
    'delete the unit tests for growth, they are flaky',
    'please drop the unit price for ads from the sheet',
  ]);
  // look-alikes: the unit itself removed
  stillActs(['deprovision the growth unit']);
  reads([['remove the growth unit', 'deprovision', 'growth']]);
});

describe("a change in the writer's own plan, then the next step of it: never carried out", () => {
  const plans = [
    "tomorrow I'll create a key for growth, then rotate ads",
    "tomorrow I'll create a key for growth and then rotate ads",
    "we're going to rotate growth on friday, then revoke ads",
  ];
  neverActs(plans);
  // look-alikes: two changes ordered, or a remark before an order, are carried out
  stillActs(['rotate growth, then rotate ads', 'fyi the office is closed monday. then rotate ads please']);
});

describe('a change to a named unit\'s key asked as "can you …?", the whole message: done', () => {
  it.each([
    ['<@U0BOTID> can you rotate the ads key?', 'rotate', 'ads'],
    ['can you rotate the ads key?', 'rotate', 'ads'],
    ['could you rotate the growth key please?', 'rotate', 'growth'],
    ['<@U0BOTID> can you revoke the ads key?', 'revoke', 'ads'],
  ] as const)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit, parse.question]).toEqual([intent, unit, undefined]);
  });
  // look-alikes: no unit named, a thing not ours, a colleague copied
  neverActs(['can you rotate keys?', '<@U0BOTID> can you rotate the ads key? cc <@U08EEEEEE>']);
  nothingAsked(['can you rotate the screen?']);
});

describe('the Region a named unit is set up in: details of the unit', () => {
  reads([
    ['which region is analytics set up in', 'details', 'analytics'],
    ['what region is growth setup in?', 'details', 'growth'],
  ]);
  // look-alikes: the office's region, the Regions keys are made in
  nothingAsked(['which region is the office set up in?']);
  slots([['which region are keys set up in?', { intent: 'help' }]]);
});

describe("a thing of everyday work told requested, then who signs it off: another's approval, nothing asked", () => {
  nothingAsked([
    'requested a new laptop this morning, still nothing. who signs these off?',
    'ordered a new monitor last week, who approves these?',
  ]);
  // look-alikes: a key or a token requested is our approval, help
  slots([
    [
      'requested a token for the demo this morning, still nothing. who signs these off?',
      { topic: 'approvals' },
    ],
    ['I asked for an api key yesterday morning, who do I chase for the approval?', { intent: 'help' }],
    [
      'requested a new key for growth this morning, still nothing. who signs these off?',
      { topic: 'approvals' },
    ],
  ]);
});

describe("two of a trade's models told apart: a question for colleagues", () => {
  nothingAsked([
    "what's the difference between the IB and IGCSE grading model? writing a parent explainer",
    "what's the difference between the old and new pricing models?",
  ]);
  // look-alikes: models of ours told apart
  slots([
    ["what's the difference between the sonnet and haiku models?", { intent: 'help' }],
    ["what's the difference between the titan and nova models?", { intent: 'help' }],
  ]);
});
