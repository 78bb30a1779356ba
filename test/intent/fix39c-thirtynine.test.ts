/**
 * Round thirty-nine, fix39c (tuned-dairy, tuned-winery, tuned-fashion, tuned-esports, tuned-shipyard): a trade's
 * partner named by its place (no Region); Chinese "把", "请问" and "多久"; two things of the trade told apart; Irish
 * asks; the tokens one thing uses up (a model's). Sentences of our
 * own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a trade partner named by its place is the story’s firm, no Region', () => {
  slots([
    [
      'the Seoul distributor wants new price sheets, can I get a token for 3 hours to draft them?',
      { intent: 'token', ttlSeconds: 10_800, region: null },
    ],
    [
      'rotate the cheese-export key, our Sydney broker saw it in a screenshot',
      { intent: 'rotate', businessUnit: 'cheese-export', region: null },
    ],
  ]);
  // look-alikes: a place asked for keeps its Region, a partner beside it or not
  slots([
    ['token for 2h in Tokyo please', { intent: 'token', ttlSeconds: 7200, region: 'ap-northeast-1' }],
    [
      'token in Frankfurt for 4 hours, for the importer report',
      { intent: 'token', ttlSeconds: 14_400, region: 'eu-central-1' },
    ],
  ]);
});

describe('Chinese "把" (the object before its verb), "请问" (may I ask) and "多久" (how long)', () => {
  reads([
    ['请把 cheese-lab 的 key 撤销一下', 'revoke', 'cheese-lab'],
    ['请把 milk-quality 的 key 轮换一下，谢谢', 'rotate', 'milk-quality'],
  ]);
  slots([['请问 token 最长可以用多久？', { intent: 'help', topic: 'limits' }]]);
  // look-alike: a word it does not know leaves the message as written, never acted on
  neverActs(['请问小王 key 的事情怎么办？']);
});

describe('two things of the trade told apart, nothing of ours named: a question for colleagues', () => {
  nothingAsked([
    'what is the difference between a bulk carrier and a tanker? new starter asking',
    "what's the difference between a cheddar and a red leicester, for the tasting notes",
  ]);
  // look-alikes: our credentials or a model told apart stay the bot's help
  slots([
    ["what's the difference between a token and an api key?", { intent: 'help', topic: 'key-kinds' }],
    ['what is the difference between an access key and a token', { intent: 'help', topic: 'key-kinds' }],
  ]);
});

describe('Irish: a token, a key asked for; a lifetime in "uair an chloig"', () => {
  slots([
    [
      'An féidir liom token a fháil ar feadh trí uair an chloig, le do thoil?',
      { intent: 'token', ttlSeconds: 10_800 },
    ],
    ['token ar feadh ceithre uair an chloig, go raibh maith agat', { intent: 'token', ttlSeconds: 14_400 }],
  ]);
  reads([['an féidir linn eochair a fháil don aonad bainne-lab?', 'create_key', 'bainne-lab']]);
  // look-alikes: English "an hour", the name Don, an Irish key not wanted any more
  neverActs(['Don said an hour is plenty for the token', 'ní theastaíonn an eochair uaim níos mó']);
});

describe('the tokens one thing uses up: a model’s, not the bot’s', () => {
  nothingAsked([
    'how many tokens does one inspection report use, roughly?',
    'how many tokens would a single tasting note take?',
  ]);
  // look-alikes: ours counted or limited keep their readings
  keeps([
    ['how many tokens did we use this month?', 'history'],
    ['how many tokens can I have at once?', 'help'],
  ]);
});
