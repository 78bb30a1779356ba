/**
 * Round fifty-eight, fix58 quiet: non-requests read as requests, and help against nothing.
 *  - an approval told of, not asked about ("the procurement approval process takes about four weeks, plan ahead"):
 *    nothing asked (approval-told.ts);
 *  - a question about our keys or the bot put to a colleague or the channel: a tag question to a named person
 *    ("…, right Marcus?"), a named person's opinion sought ("Dmitri what do you think"), "asking Harriet", "question
 *    for the group:", "do you think the bot would …", "did the bot ever send you …": nothing asked of the bot
 *    (colleague-asked.ts);
 *  - a colleague named first and asked to do it ("Gustavo, can you rotate …", "Rosalind when you get a sec, revoke …"):
 *    nothing asked of the bot, never acted on (named-colleague-asked.ts);
 *  - a question to the bot by name ("hey bot, what are you for exactly?") or on what its commands do ("what does
 *    'rotate' do exactly?", "revoke = deprovision??", "how far back does the history go?"): help, with its topic
 *    (bot-asked-by-name.ts).
 *
 * Every row is one of the fixer's own sentences, written before it was run: of the 49 non-requests and help questions,
 * 10 were read wrongly on main before the change (the rest held by other rules already; they pin that the new readers
 * leave them so), all 49 right after; the 5 requests act on both. Left out: "bot, which models do you give access
 * to?" (read as the models read, a fair reading).
 * Requests that open with a greeting or a polite word, or "Mate," ("Hi, can you rotate the growth-ml key") still act.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, nothingAsked, stillActs } from './acted.js';

describe('an approval told of asks nothing', () => {
  nothingAsked([
    'the ticket approval flow for contractors changed last month, everything goes through Olga now',
    'the procurement approval process takes about four weeks, plan ahead',
    'ugh, the approval for my new monitor took ages',
    'fyi the vendor onboarding now needs sign-off from legal and the DPO',
    'heads up: the expense approval chain now goes via the regional director',
    'the change approval board meets on tuesdays now, so plan releases around it',
  ]);
});

describe('a question put to a colleague or the channel asks nothing of the bot', () => {
  nothingAsked([
    'we could just reuse the old key for the pilot, right Marcus?',
    'so the history is kept even after a rotation, right Ingrid?',
    "we'd need a separate unit for the Lisbon pilot, yeah Beatriz?",
    'rotating every 90 days is overkill for the sandbox, right Tobias?',
    'should the interns get their own tokens or share one? Dmitri what do you think',
    'token or key for the nightly export? Fatima what do you think',
    'what do you reckon, Sophie, one key per squad or one for the whole tribe?',
    'one unit per client or one for the agency? thoughts Oliver',
    'is the forecasting key the one we put in the vault last year? asking Harriet',
    'is the translation key still live or did someone kill it? asking Henrik',
    'question for the group: how often do your teams rotate their keys?',
    'quick poll for everyone: do you keep keys in the vault or in env files?',
    'do you think the bot would give a key to an external agency?',
    'do you think the bot would approve a 6 month key?',
    'did the bot ever send you the key for the billing unit?',
    'has the bot DMed you the token yet?',
  ]);
});

describe('a colleague named first and asked to do it: nothing asked of the bot, never acted on', () => {
  nothingAsked([
    "Gustavo, can you rotate the pricing-api key when you're back at your desk?",
    'Rosalind when you get a sec, revoke the survey-tool key for me',
    "Kwame can you get me a token for 3 hours? I'm on the train",
    'Ravi bhai, could you create the api key for loyalty-app? my laptop is in for repair',
    "Leonie, could you revoke the chat-widget key? I'm stuck in a workshop",
    "Arjun can you create a key for the pricing-lab unit when you're free",
    'Siobhan when you have a minute, rotate the crm-sync key please',
    'bot are you even real lol',
  ]);
});

describe('a question to the bot by name, or on what its commands do, is help with its topic', () => {
  const rows: [string, string][] = [
    ['hey bot, what are you for exactly?', 'general'],
    ['hello bot, what can you actually do?', 'general'],
    ['bot, can you tell me what commands there are?', 'general'],
    ['bot what should I do, my token stopped working', 'token'],
    ['hi bot, which regions do you cover?', 'regions'],
    ["what does 'rotate' do exactly? I don't want to break prod", 'rotate'],
    ['what exactly does the spend command show?', 'spend'],
    ["what does the bot mean by 'pending approval' on my request", 'approvals'],
    ["what does 'deprovision' mean here?", 'deprovision'],
    ['revoke = deprovision??', 'deprovision'],
    ['does history go back further than last year?', 'history'],
    ['how far back does the history go?', 'history'],
    ['can history go back to 2023?', 'history'],
  ];
  it.each(rows)('%j', (text, topic) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.topic]).toEqual(['help', topic]);
  });
  keeps([
    ['yo bot how do I get a key for my team', 'help'],
    ['what will the rotate command do to my running jobs?', 'help'],
    ["what's the bot mean by 'no unit found'?", 'help'],
    ['rotate vs revoke?', 'help'],
    ['who approves key requests?', 'help'],
    ['approval process?', 'help'],
  ]);
});

describe('requests opened with a greeting, a polite word or "Mate," still act', () => {
  keeps([
    ['Hi, can you rotate the growth-ml key', 'rotate', 'growth-ml'],
    ['Please can you revoke the ads-bidder key', 'revoke', 'ads-bidder'],
    ['Mate, can you create an api key for pricing-engine, 90 days', 'create_key', 'pricing-engine'],
  ]);
  stillActs([
    'token for 2h please',
    'Hi, can you rotate the growth-ml key',
    'rotate the billing key, right now',
  ]);
});
