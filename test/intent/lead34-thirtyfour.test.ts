/**
 * Round thirty-four, the lead's fixes: the kind of the one new blind text acted on (tax firm), read once, fixed by
 * kind. Sentences of our own, and look-alikes.
 */
import { describe } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked, slots, stillActs } from './acted.js';

describe('a request weighed against doing without it, the writer answering for doing without (alternative-chosen.ts)', () => {
  nothingAsked([
    'token 4h? or should I just finish it tomorrow… yeah, tomorrow',
    'token 2h or should i just wait till monday... yeah monday it is',
    "key for the intake bot? or do we just wait for the new vendor... yep, let's wait",
    'can I get a token for 3h? or should I just use the shared one… ok, the shared one',
    'new api key for recon-notes? or should we just reuse the audit one.. yeah reuse',
  ]);
  // the writer answers for the request, or the alternative is a value of ours: still asked
  stillActs([
    'token 4h? or should I just wait... nah, token 4h please',
    'token 4h? or should I just wait... yeah no, token 4h please',
  ]);
  slots([['token 4h? or should I make it 6h… yeah 6h', { intent: 'token', ttlSeconds: 21600 }]]);
});

describe("after a take-back, the writer's need of it now insists on a credential asked for (negation.ts insists)", () => {
  stillActs(['token 4h please. no, I need it now', 'key for growth please. no wait, we need one today']);
  // a need after a change that takes a credential away keeps the credential; a need later puts the request off
  nothingAsked([
    'revoke the ads key? no, we need it today',
    'rotate the ads key? no, we need it today',
    'deprovision growth? no, we still need it',
    'token 4h? nah, I need it tomorrow',
  ]);
});

describe('how much of its record the bot keeps, and what a word in its output means, are help on that command (command-output-asked.ts)', () => {
  exactly([
    { text: 'how many months of history do you keep?', intent: 'help', topic: 'history' },
    { text: 'how many days of audit log does the bot keep', intent: 'help', topic: 'history' },
    { text: 'how much history do you store?', intent: 'help', topic: 'history' },
    { text: 'how far back does the history go?', intent: 'help', topic: 'history' },
    { text: "what does 'expired' mean in the details view?", intent: 'help', topic: 'details' },
    {
      text: 'what does "not enabled for this account" mean in the models list?',
      intent: 'help',
      topic: 'models',
    },
  ]);
  // one unit's record asked for keeps its reading
  keeps([['history for growth last 3 months', 'history', 'growth']]);
});

describe('who looks after the bot, and what it can split spend by, are help (rules.ts botQuestion)', () => {
  exactly([
    { text: 'who maintains the bot?', intent: 'help', topic: 'general' },
    {
      text: 'who looks after this bot? who do I talk to if it misbehaves?',
      intent: 'help',
      topic: 'general',
    },
    { text: 'who do I talk to if the bot breaks?', intent: 'help', topic: 'general' },
    { text: 'can the bot break spend down by model?', intent: 'help', topic: 'spend' },
  ]);
  // a key asked for beside it is still asked for
  keeps([['who runs the bot for the ads team, need a key for ads', 'create_key']]);
});

describe('"is there any way I could get …" with its value stated is a request, asked about (any-way-asked.ts)', () => {
  keeps([
    ['is there any way I could get a token for like 2h? no rush', 'token'],
    ['is there any way I could get a token for 3 hours?', 'token'],
    ['any chance we could get a token for 90 min?', 'token'],
  ]);
  // a bound, a hypothetical or curiosity stays a question about the bot
  exactly([
    { text: 'is there any way to get a token longer than 12h?', intent: 'help', topic: 'limits' },
    { text: 'in theory, is there any way I could get a token for 24h?', intent: 'help', topic: 'limits' },
  ]);
  neverActs(['is there any way I could get a token? just curious how it works']);
});
