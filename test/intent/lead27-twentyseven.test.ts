/**
 * Round twenty-seven, the lead's fixes by kind (found in the train split's errors, which the rules may read).
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads } from './acted.js';

/**
 * A keyword drawn out for feeling, a letter written three times or more ("TOKENNNN PLEASEEEE 😭", "keyyy for
 * growth"): two extra letters were already read as a typo ("tokennn"), three or more were not, and the message
 * read as chit-chat. No English word has a letter three times in a row, so the run is read once or twice.
 */
describe('a keyword drawn out for feeling is the keyword', () => {
  reads([
    ['TOKENNNN PLEASEEEE 😭😭', 'token', null],
    ['tokennnnn pls', 'token', null],
    ['keyyy for growth', 'create_key', 'growth'],
    ['rotateeee the ads key pleaseee', 'rotate', 'ads'],
    ['revokeeee the billing-bot key NOWWW', 'revoke', 'billing-bot'],
    ['new keyyyy for search-api pleaseeee', 'create_key', 'search-api'],
    ['key for the aaa-team', 'create_key', 'aaa-team'],
  ]);
  neverActs([
    'noooo dont rotate the ads key',
    'sooo many keys lol',
    'tokensss everywhere in this prompt 😂',
    'keyyy question: who has the van keys?',
    'aaand the token ran out again, whatever',
  ]);
});

/**
 * Round twenty-seven's blind files, scored once before the round's fixes: the one text acted on (read alone)
 * opened with a colleague's mention, asked "can you revoke …", and said the writer was on a ladder. Round
 * seventeen's reader of a writer tied up where they are (tied-up.ts: "up a pole", "in the field", "scrubbed in")
 * had "up a ladder" but not "on a ladder", nor under a sink, gloved up or with a customer; it has them now.
 * Without "can you" ("<@bot> token 2h, hands full") or without a leading mention the bot is still asked.
 */
describe('a colleague asked "can you …" by someone busy with the job in hand is asked, not the bot', () => {
  nothingAsked([
    "<@U05TOMAS> can you rotate the job-sheets key? I'm up a ladder at the Leeds site",
    '<@U02ANA> could you revoke the billing-bot key pls, im under the sink at a customer’s',
    "<@U07KIM> can u create a key for alarm-triage? I'm in the cleanroom till 3",
    "hi <@U03RAVI> could you rotate the ads key, I'm scrubbed in",
    '<@U09OLA> can you deprovision old-crawler? hands full here',
    "<@U04MEI> would you mind revoking the quote-bot key, I'm with a customer",
  ]);
  keeps([
    ["can you revoke the quote-drafter key? I'm on a ladder", 'revoke', 'quote-drafter'],
    ['<@U0BEDROCK> token for 2h, hands full', 'token'],
    ['<@U04MAREK> revoke the quote-drafter key', 'revoke', 'quote-drafter'],
    ["rotate the job-sheets key pls, I'm up a ladder", 'rotate', 'job-sheets'],
  ]);
  neverActs([
    "<@U04MAREK7> can you revoke the quote-drafter key? I'm on a ladder",
    "<@U02LIV> can you rotate the ladder-inspections key? i'm on the roof",
  ]);
});

/**
 * Round twenty-seven's retrain of the classifier moved texts the rules read wrong and the classifier had put right;
 * the rules now read their kinds: who has been pulling tokens (history), a list asked first with its reason after
 * ("list every key, need to see what's exposed", "list pls, on call audit"), which Regions offer a model, and a
 * token said fondly in Spanish or Portuguese ("tokencito", "tokenzinho").
 */
describe('texts the retrain moved, read by the rules', () => {
  reads([
    ["who's been pulling bedrock tokens? something's chewing through the budget", 'history', null],
    ['who keeps grabbing tokens? the bill doubled', 'history', null],
    ["list every key, need to see what's exposed", 'list', null],
    ['show me all the keys, one got exposed in a log', 'list', null],
    ['list pls, on call audit', 'list', null],
    ['list please, for the audit', 'list', null],
    ['what regions can I use claude in?', 'models', null],
    ['in which regions can we use llama?', 'models', null],
    ['tokencito for us-east-1 por favor 😅', 'token', null],
    ['um tokenzinho de 2 horas por favor', 'token', null],
  ]);
  neverActs([
    "who's been pulling the weeds in the car park?",
    'who has been getting keys cut for the van?',
    'please list any open issues in the tracker',
    'list, the firewall exceptions',
  ]);
  keeps([['the growth key was exposed in a log', 'rotate', 'growth']]);
});

/**
 * The second retrain moved two more, read by the rules now: a take-back whose clause tells of what someone
 * "already set up" asks nothing new ("Request: token, 2h / Actually scratch that, I'll use the notebook Sam already
 * set up"), and the list of models asked for first with its reason after ("model list pls, need to pick one …").
 */
describe('a take-back that tells of what was already set up; the model list asked first', () => {
  neverActs([
    "Request: token, 2h\nActually scratch that, I'll use the notebook Sam already set up",
    "token 2h. Actually scratch that, I'll use the notebook Sam already set up",
    'key for ads. nvm, the team already made one',
  ]);
  reads([
    ['token 2h. scratch that, create a key for ads', 'create_key', 'ads'],
    ['model list pls, need to pick one for the search feature', 'models', null],
    ['models list?', 'models', null],
    ['list of models pls', 'models', null],
  ]);
  neverActs(['model list for the hydraulic team is on the wiki']);
});
