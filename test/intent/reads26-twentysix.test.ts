/**
 * Round twenty-six, reads26: read requests and help questions of the dev split that were read as nothing.
 * Sentences of our own, written before the parser's answer was looked at, and look-alikes that must not change
 * (above all, non-requests with the same words that must never act). Labels follow test/intent/data/README.md.
 */
import { describe } from 'vitest';
import { exactly, neverActs, nothingAsked, reads } from './acted.js';

describe("what a unit has now, asked as what is on it ('what's on growth right now') is its details", () => {
  reads([
    // (A bare word after "on", "what's on growth right now", reads as "what's on tv right now" does: left to
    // the classifier, which no rule can teach which words are units.)
    ["what's on growth-lab right now", 'details', 'growth-lab'],
    ['whats on the ads-platform team currently?', 'details', 'ads-platform-team'],
    ["What's on risk-ml atm?", 'details', 'risk-ml'],
    ['what is on doc-intel at the moment', 'details', 'doc-intel'],
    ['whta’s on `search-v2` rn', 'details', 'search-v2'],
    ['hey, whats currently on fraud-ml?', 'details', 'fraud-ml'],
  ]);
  // look-alikes: television, menus, minds, agendas and calendars are no unit
  nothingAsked([
    "what's on tv right now",
    "what's on your mind",
    "what's on the agenda for the retro atm?",
    "what's on netflix tonight",
  ]);
  neverActs(['whats on the menu today?', "what's on the rotation for on-call right now", "what's on the revoke list at the door tonight"]);
});

describe("who holds a unit's keys ('who has access to the growth keys?') is its details, one key or several", () => {
  reads([
    ['Who has access to the growth keys?', 'details', 'growth'],
    ['who has access to the growth key?', 'details', 'growth'],
    ['who can use the doc-intel keys right now', 'details', 'doc-intel'],
    ['WHO HAS ACCESS TO THE FRAUD-ML KEYS', 'details', 'fraud-ml'],
    ['who has acess to the search-v2 api keys?', 'details', 'search-v2'],
    ['who all has access to the *ads-platform* keys currently?', 'details', 'ads-platform'],
  ]);
  // look-alikes: keys and access of other things
  nothingAsked([
    'who has the key to the server room?',
    'who has access to jira?',
    'who has access to the office keys?',
    'who has the keys to the van',
    'who has access to the shared drive right now',
  ]);
  neverActs(['who has access to the car keys? I need to move it', 'who has the key to the bike shed, revoke it lol']);
});

describe('a question whether the bot comes in another form ("is there a cli version of this?") is help', () => {
  exactly([
    { text: 'is there a cli version of this?', intent: 'help', topic: 'general' },
    { text: 'Is there a CLI version of the bot?', intent: 'help', topic: 'general' },
    { text: 'is there an api version of this bot', intent: 'help', topic: 'general' },
    { text: 'is there a terminal version of this thing?', intent: 'help', topic: 'general' },
    { text: 'any chance there is a web version of this bot?', intent: 'help', topic: 'general' },
  ]);
  // look-alikes: versions of other things
  nothingAsked([
    'is there a newer version of node?',
    'is there a cli version of jq?',
    'is there a pdf version of the slides?',
    'is there a vegan version of this recipe?',
  ]);
});

describe('what a bearer token is, weighed against a login of ours, is help on key kinds', () => {
  exactly([
    {
      text: 'what is a bearer token exactly and how is it different from my SSO login?',
      intent: 'help',
      keyKind: 'api-key',
      topic: 'key-kinds',
    },
    {
      text: 'what exactly is a bearer token, and how is it different from my okta login',
      intent: 'help',
      keyKind: 'api-key',
      topic: 'key-kinds',
    },
    {
      text: "what's a bearer token and how does it differ from my sso login?",
      intent: 'help',
      keyKind: 'api-key',
      topic: 'key-kinds',
    },
    {
      text: 'how is my okta login different from a bearer token?',
      intent: 'help',
      keyKind: 'api-key',
      topic: 'key-kinds',
    },
    {
      text: 'what is an access key exactly and how is it different from my SSO session?',
      intent: 'help',
      keyKind: 'access-key',
      topic: 'key-kinds',
    },
  ]);
  // look-alikes: other things' tokens and logins
  nothingAsked([
    'what is a JWT exactly and how is it different from a session cookie?',
    'how is my SSO login different from my laptop password?',
    'is my github token the same as my sso login?',
  ]);
  // (Another system's token asked what it is, "what is a refresh token in oauth exactly?", still reads as help
  // on tokens: another kind, left for a later round; it must never act.)
  neverActs(['what is a bearer token exactly? asking for the quiz tonight', 'what is a refresh token in oauth exactly?']);
});
