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
  neverActs([
    'whats on the menu today?',
    "what's on the rotation for on-call right now",
    "what's on the revoke list at the door tonight",
  ]);
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
  neverActs([
    'who has access to the car keys? I need to move it',
    'who has the key to the bike shed, revoke it lol',
  ]);
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
  neverActs([
    'what is a bearer token exactly? asking for the quiz tonight',
    'what is a refresh token in oauth exactly?',
  ]);
});

describe('two commands weighed without a question mark ("is revoke the same as rotate") is help, no topic', () => {
  exactly([
    { text: 'is revoke the same as rotate', intent: 'help' },
    { text: 'is deprovision the same thing as revoke', intent: 'help' },
    { text: 'Is rotate basically the same as revoke or not', intent: 'help' },
    { text: 'whats the difference between revoke and deprovision', intent: 'help' },
    { text: 'is revoke same as rotate', intent: 'help' },
  ]);
  // look-alikes: a request for one, and other things weighed
  neverActs(['is the red team the same as the blue team', 'is rotating tyres the same as balancing them']);
  nothingAsked(['is the red team the same as the blue team']);
});

describe('which units hold a kind of credential ("which units still use access keys?") is the list', () => {
  exactly([
    { text: 'which units still use access keys?', intent: 'list', keyKind: 'access-key' },
    { text: 'Which teams are still on access keys?', intent: 'list', keyKind: 'access-key' },
    { text: 'what units use api keys', intent: 'list', keyKind: 'api-key' },
    { text: 'which units still have IAM access keys atm?', intent: 'list', keyKind: 'access-key' },
  ]);
  // look-alikes: people, doors, other systems
  nothingAsked([
    'which teams still use the old office keys?',
    'which teams still use jira?',
    'what departments are using salesforce?',
    'which units still use the old badge readers?',
  ]);
});

describe('whether one may commit or keep a key in a repo ("should I commit the key in our git repo?") is help', () => {
  exactly([
    { text: 'should I commit the key in our git repo?', intent: 'help', topic: 'general' },
    {
      text: 'is it ok to commit the api key to our repo?',
      intent: 'help',
      topic: 'general',
      keyKind: 'api-key',
    },
    { text: 'can i check the token into git? its a private repo', intent: 'help', topic: 'general' },
    { text: 'Should we commit our bedrock key into the monorepo??', intent: 'help', topic: 'general' },
  ]);
  // look-alikes: other things committed, a door key
  nothingAsked([
    'should I commit the lockfile in our git repo?',
    'should I commit the migration before the release?',
    'should I give the key to the cleaner?',
  ]);
});

describe('who in the company has Bedrock, said with an article ("has the Bedrock already?"), is the list', () => {
  exactly([
    { text: 'who in our company has the Bedrock already?', intent: 'list' },
    {
      text: 'who in acme has the bedrock already? want to know before I ask one for my team',
      intent: 'list',
    },
    { text: 'Which departments have the Bedrock already? asking before i request one', intent: 'list' },
    { text: 'who here has the bedrock access already?', intent: 'list' },
  ]);
  // look-alikes: the rock, a town's bedrock, another thing had
  nothingAsked([
    'who in the county has the bedrock under their house?',
    'who in our company has the tesla already?',
  ]);
  // (The classifier reads "which teams have the new chairs already?" as our list, 0.70 against the rules'
  // everyday things: a read, never an action; left as found.)
  neverActs(['which teams have the new chairs already?']);
});

describe('the bot named at the end of a story with "help?" ("… mostly spreadsheets. <@bot> help?") asks for help', () => {
  exactly([
    {
      text: "I'm new here, on the finance team, mostly excel all day. <@U0BOTID> help?",
      intent: 'help',
      topic: 'general',
    },
    {
      text: 'heard about the bot at the all-hands twice this week but never used it. <@U0BOTID> help pls',
      intent: 'help',
      topic: 'general',
    },
    {
      text: 'Hi! I work in Legal, mostly contracts and spreadsheets, no clue how any of this works <@U0BOTID> help??',
      intent: 'help',
      topic: 'general',
    },
    { text: 'procurement here, spreadsheets mostly. <@U0BOTID> help', intent: 'help', topic: 'general' },
  ]);
  // look-alikes: help asked of people, or the bot told of
  nothingAsked([
    'I keep hearing about the bot in the all-hands but I never used it, mostly spreadsheets here',
    'can someone help me with my spreadsheets? the pivot table broke',
    'the bot helped us a lot at the all-hands demo, mostly with spreadsheets',
  ]);
});

describe('a question put to the bot after a request told of ("last time I asked for a token there …") is asked', () => {
  exactly([
    {
      text: 'last time I asked for a token in Mumbai I got an error. does the bot work in Mumbai at all?',
      intent: 'help',
      region: 'ap-south-1',
      topic: 'regions',
    },
    {
      text: 'my colleague asked for a token there last week and it failed. Does the bot work in Sydney at all?',
      intent: 'help',
      region: 'ap-southeast-2',
      topic: 'regions',
    },
    {
      text: 'Our Tokyo roadshow is in 3 days and when I requested a token there last month I got an error I did not get. Does the bot work in Tokyo at all?',
      intent: 'help',
      region: 'ap-northeast-1',
      topic: 'regions',
    },
  ]);
  // look-alikes: the request only told of, or the question put to people
  nothingAsked([
    'last time I asked for a token in Mumbai I got an error',
    'I asked for a token in Sydney yesterday, does anyone know if it worked?',
  ]);
  neverActs(['last time I asked for a token in Mumbai I got an error. does the bot work in Mumbai at all?']);
});

describe('what was changed, asked with "what" ("what was deleted last week?"), is the record of changes', () => {
  exactly([
    { text: 'what was deleted last week?', intent: 'history', period: { kind: 'days', days: 7 } },
    { text: 'What got revoked in the last 3 days?', intent: 'history', period: { kind: 'days', days: 3 } },
    {
      text: 'our key stopped working and it turned out it was removed in the cleanup. what was deleted last week?',
      intent: 'history',
      period: { kind: 'days', days: 7 },
    },
    { text: 'what was rotated this week', intent: 'history', period: { kind: 'days', days: 7 } },
  ]);
  // look-alikes: other things removed, a request to remove
  nothingAsked(['what was deleted from the shared drive yesterday?']);
  // (The classifier reads "what was removed from the menu last week?" as history, 0.88, with the rules now
  // reading no change of ours: a read, never an action; left as found.)
  neverActs([
    'what was removed from the menu last week?',
    'what was deleted last week? delete it again lol',
    'what got deleted from my photos app?',
  ]);
});
