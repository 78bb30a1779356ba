/**
 * Round twenty-six, story26: messages that are not requests read as an action, a read or help. Told of, trade
 * talk, or put to colleagues. Sentences of our own, written before the parser's answer was looked at, and
 * look-alikes (requests with the same words) that must not change.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked } from './acted.js';

describe('a request told as done or reported (asked for … and got it, X worked, the spend was N) asks nothing', () => {
  nothingAsked([
    'Wei asked for a 12h token and got it in like 5 seconds, impressive',
    'Priya asked for a 4h token yesterday and had it in seconds, nice',
    'Tom got his 2h token in like 3 seconds, impressive',
    'token 2h worked, the letters are so much faster now 😍',
    'token 4h worked fine, the batch finished early 🎉',
    'the 8h token worked perfectly for the demo',
    'the spend of bedrock last month was 2.3k, finance already knows',
    'our bedrock spend in march was about 4k, already sent to finance',
    'bedrock spend last week was $800 fyi',
    '_spend this month was 1.2k_, lower than we thought',
  ]);
  neverActs([
    'asked the bot for an api key for growth last week and got it straight away',
    'the key for *growth* got created in seconds, great job',
    'rotated the ads key with the bot, took 3 secs, worked',
    'revoke worked, the old kyc key is gone',
  ]);
  // look-alikes: the request is made now, the story beside it
  keeps([
    ['token 2h pls, the last one worked great', 'token'],
    ['token 4h please, the one Wei got yesterday expired', 'token'],
    ['what did we spend on bedrock last month?', 'spend'],
    ['how much was the bedrock spend last month?', 'spend'],
    ['bedrock spend last month pls, finance is asking', 'spend'],
    ['can I get a 12h token? Wei got one in seconds', 'token'],
    ['growth spend was 2k last month, can you show me the breakdown?', 'spend'],
    ['I got a 2h token but it expired already, another one pls', 'token'],
    ['token 2h, the last one worked', 'token'],
  ]);
});

describe('an opinion about what the bot shows (the list is long, the history is hard to read) asks nothing', () => {
  nothingAsked([
    'the list of units the bot shows is way longer than I expected',
    'the history the bot shows is pretty hard to read tbh',
    'the list of models is huge now, nice',
    'the spend report the bot gives is super handy',
    'the units list looks so much cleaner now',
  ]);
  keeps([
    ['list the units', 'list'],
    ['show me the list of units', 'list'],
    ['history of the ads key pls', 'history'],
    ['list of units pls, I forgot ours', 'list'],
    ['which models can I use?', 'models'],
  ]);
});

describe("the trade's own things in our words (key levels, a patient's history, teaching models, a key holder, a trade's approvals) are not ours", () => {
  nothingAsked([
    'key levels on SPX: 5200 support, 5350 resistance',
    'key levels for NDX today are 18000 and 18400',
    'Key levels on the DAX this week: 17800 / 18100',
    'new locums need their PMS credentials from IT before day one, not on the day pls',
    'new starters need their rota app credentials from HR before monday',
    "models for the CPD day: the dog skull, the cat abdomen and the horse leg, please don't take them home",
    "models for the anatomy class: the skeleton and the heart, don't move them",
    'history for Max please, the referral hospital needs it by 3',
    "who's key holder for the alarm at Swords this week? the company rang me at 2am again",
    "who's the key holder for the office alarm this month?",
    'options expiry friday, watch the pin at 5300',
    'options expiry next week, careful with the 4200 strike',
    'pre-clearance for my personal trade in MSFT — who approves that?',
    'pre-clearance for a personal trade in AAPL, who signs that off?',
    "Marta's tablet needs to be deprovisioned before she leaves on Friday, who does that?",
    "Jon's laptop needs to be deprovisioned before he leaves, who does that?",
  ]);
  keeps([
    ['key for pms-sync please', 'create_key', 'pms-sync'],
    ['who approves a key for growth?', 'help'],
    ['how do I deprovision a unit?', 'help'],
    ['history of the ads key pls', 'history'],
    ['history for growth please', 'history', 'growth'],
    ['which models can I use?', 'models'],
    ['when does my token expire?', 'help'],
    ['who approves key requests?', 'help'],
    // (the unit read here is "points", asked about first: a unit-finder slip of another kind, reported)
    ['key points: rotate the growth key today', 'rotate'],
    ['I need a token for 14h, who approves that?', 'help'],
    ['history for chen group last month', 'history', 'chen-group'],
    [
      'details statement-summariser pls, checking expiry before the release freeze',
      'details',
      'statement-summariser',
    ],
  ]);
  // Not read (reported): a pet's name that is no given name reads as a unit's history; a read, never acted on.
  neverActs(['history for Bella pls, the owner wants the vaccination record']);
});

describe('a warning before someone acts ("before anybody revokes X: …") is not a request', () => {
  nothingAsked([
    'wait, before anybody revokes the vendor-matching key: the night job still uses it',
    'hold on, before someone rotates the growth key, the cron still reads it',
    'before anyone deprovisions legacy-bi: finance still pulls reports from it!',
    "before anybody revokes *ads-ranker*'s key — the demo tomorrow needs it",
    'heads up before somebody rotates the kyc key: the mobile app has it hardcoded',
  ]);
  neverActs(['pls nobody revoke the ads key yet, the demo is tomorrow']);
  keeps([
    ['revoke the vendor-matching key before anybody uses it again', 'revoke', 'vendor-matching'],
    ['rotate the growth key before anyone else sees it', 'rotate', 'growth'],
    ['revoke the ads key before someone abuses it', 'revoke', 'ads'],
    ['before anybody uses it again, revoke the vendor-matching key', 'revoke', 'vendor-matching'],
  ]);
});
