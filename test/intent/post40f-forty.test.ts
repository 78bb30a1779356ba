/**
 * Round forty, the review of the merged change (post40f): behaviour tests of earlier rounds that failed on r40, each
 * with look-alikes of our own. A form of a unit field and a token's "TTL" acts, and shown as a record it is asked
 * about (the retrained classifier had put both under the mood's doubt); the change of owner asked after an fyi keeps
 * the unit's details; French "qu'est-ce que tu sais faire ?" (its "tu" read as "you" since fix40e) asks what the bot
 * can do.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, neverActs, nothingAsked, slots, stillActs } from './acted.js';

describe("a form of a unit field and a token's TTL, with no prose, is the token it states", () => {
  stillActs(['App = doc-search\nTTL = 2h', 'App = chat-assist\nTTL = 4h', 'App = doc-search\nTTL = 3h']);
  slots([['App = doc-search\nTTL = 2h', { intent: 'token', ttlSeconds: 7200 }]]);
});

describe('the same form shown as a record, or a need in doubt: asked about, never acted on', () => {
  const records = [
    'for reference, last quarter we used\nApp = doc-search\nTTL = 2h',
    'for reference, last quarter we used\nApp = chat-assist\nTTL = 4h',
    'not sure we still need it\nApp = doc-search\nTTL = 2h',
  ];
  neverActs(records);
  it.each(records)('%j is offered as a question', (text) => {
    expect(parseRequest(text).question).toBeDefined();
  });
  // look-alike: prose that tells of a config file, no record word: still not acted on
  neverActs(['the config file says\nApp = chat-assist\nTTL = 4h']);
});

describe("who owns what told, then the change of owner asked: the unit's details", () => {
  keeps([
    ['fyi Nadia owns care-drafts now, please update the owner to nadia@corp.com', 'details', 'care-drafts'],
    [
      'fyi Omar owns route-planner now, can you change the owner to omar@corp.com?',
      'details',
      'route-planner',
    ],
  ]);
  // look-alikes: told alone asks nothing; an action asked after the fyi is that action
  nothingAsked([
    'fyi Nadia is the owner of care-drafts now, Tomás handed it over',
    'fyi Nadia owns care-drafts now',
  ]);
  keeps([['fyi Nadia owns care-drafts now, please rotate its key', 'rotate', 'care-drafts']]);
});

describe('French: what the bot can do, "tu" read as "you"', () => {
  slots([
    ["qu'est-ce que tu sais faire ?", { intent: 'help', topic: 'general' }],
    ["qu'est-ce que tu peux faire ?", { intent: 'help', topic: 'general' }],
    ["qu'est-ce que vous pouvez faire ?", { intent: 'help', topic: 'general' }],
    ['que sais-tu faire ?', { intent: 'help', topic: 'general' }],
  ]);
  // look-alike: "what to do?" asks nothing of the bot
  nothingAsked(['que faire ?']);
});
