import { describe, expect, it } from 'vitest';
import type { HelpTopic, IntentName } from '../../src/core/request.js';
import { helpTopic } from '../../src/intent/help-topic.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { prepare } from '../../src/intent/prepare.js';
import { acted } from './acted.js';

/**
 * Round sixteen, help topics: questions of each kind written before the parser's answers were looked
 * at (topics follow test/intent/data/README.md, "Help topics" and "A question that asks for a token is a
 * request"), with look-alikes that must not change.
 */
const asks = (rows: [string, HelpTopic | undefined][]) =>
  it.each(rows)('%j → help %s', (text, topic) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('help');
    expect(parse.topic).toBe(topic);
    expect(acted(text)).toBe(false);
  });
const reads = (rows: [string, IntentName][]) =>
  it.each(rows)('%j → %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });

describe('whether a token of some lifetime can be had is a question of limits', () => {
  asks([
    ['can tokens last 36 hours? we have an overnight render', 'limits'],
    ['in principle, would a 14h token be possible for the trade show?', 'limits'],
    ['not rn but could I even get a token for 18h? the workshop is long', 'limits'],
    ['planning the docs rollout: would a 9h token be fine? asking before I put it in the plan', 'limits'],
    ['would the bot give out a 20-hour token in theory?', 'limits'],
    ['in theory, is a token lasting 30 hours doable for the night shift?', 'limits'],
  ]);
});

describe('an approval that is the condition of a lifetime asked about is no approvals question', () => {
  asks([
    ['if my director approves, could I get a 20h token for the launch?', 'limits'],
    ['once my lead signs off, is a 16 hour token possible?', 'limits'],
    ['can I get a 15h token if my boss signs off? the shoot runs long', 'limits'],
    ['if our VP approves, would a token for 2 days be possible?', 'limits'],
    ['if legal signs off, can a token last 18 hours?', 'limits'],
  ]);
});

describe('look-alikes: approval, asking and Regions stay their own topics; requests stay requests', () => {
  asks([
    ['if I needed a token for 3h tomorrow would it be approved automatically?', 'approvals'],
    ['who approves a 20h token?', 'approvals'],
    ['in theory could i get a 12h token in tokyo?', 'regions'],
    ['how long does a token last by default?', 'limits'],
    ['who approves keys for our team?', 'approvals'],
    ['how do I get a token?', 'token'],
  ]);
  reads([
    ['token for 2h please', 'token'],
    ['my prompt used 4k tokens in 2 hours lol', 'unknown'],
    ['the 12h flight was brutal, I slept 2 hours', 'unknown'],
  ]);
});

describe('what one kind is, and one kind weighed against another', () => {
  asks([
    ['eli5 what a bearer token is?', 'key-kinds'],
    ['not sure what an access key is, can you explain?', 'key-kinds'],
    ['could you tell me what an api key is in bedrock terms?', 'key-kinds'],
    ['per-user tokens, or one shared api key for the pipeline?', 'key-kinds'],
    ['a token every morning or one access key for the cron?', 'key-kinds'],
    ['for the nightly build: a new token each run, or a single api key?', 'key-kinds'],
  ]);
});

describe('sharing someone’s credential and keeping a key in a place are keeping it safe', () => {
  asks([
    ['can I share my colleague’s token with the contractor?', 'general'],
    ['is it ok for me to share my boss’s key with the vendor?', 'general'],
    ['is it fine for us to send our team’s api key over email?', 'general'],
    ['can I hardcode the api key in our mobile app?', 'general'],
    ['can I put our api key in the config file of the kiosk?', 'general'],
    ['is putting the access key into the docker image a bad idea?', 'general'],
    ['can we embed the api key in the firmware of the sensors?', 'general'],
  ]);
  asks([['how do I put the token in an env var for the sdk', 'token']]);
  // (Round forty-nine, fix49g: one's own token handed to a person is sharing it, keeping it safe, as the data README's
  // help topics say ("can I share my token with my teammate?" → general); it was held here as the token's until then.)
  asks([['can I hand my token to the new intern?', 'general']]);
});

describe('which models, whatever was approved', () => {
  asks([
    ['which models can a token call, or only the ones legal approved?', 'models'],
    ['which models can my key reach? our desk was approved last month', 'models'],
    ['which model can I use with a token, only the approved ones?', 'models'],
  ]);
  asks([['does claude need approval?', 'approvals']]);
});

/**
 * Questions of the same kinds whose intent is read as a request or as nothing today (a hedge or a
 * condition the intent rules do not know yet: intents16's part); the topic reader alone is checked.
 */
describe("the topic reader on questions whose intent is another reader's", () => {
  it.each<[string, HelpTopic]>([
    ['hypothetically, could I get a token for 20 hours for the data migration?', 'limits'],
    ['could a token stay valid for 3 days? asking for the conference', 'limits'],
    ['with my manager’s approval, could I get a token for 30 hours?', 'limits'],
    ['assuming my manager approves, could i get a token for 13 hours?', 'limits'],
    ['could I have a token for 20h if the head of desk approves it?', 'limits'],
    ['should I write the api key into the notebook for the demo?', 'general'],
    ['who approves access to new models?', 'approvals'],
    ['what models are we approved for?', 'models'],
    ['can the bot read my prompts to claude?', 'general'],
    // (a command written out is the command's, whatever its lifetime)
    ['ran `/bedrock token 3h` and nothing came back, does it still work?', 'token'],
    ['did /bedrock token 6h change? it says unknown command now', 'token'],
  ])('%j → %s', (text, topic) => {
    expect(helpTopic(prepare(text).text)).toBe(topic);
  });
});

describe('whether the bot logs, keeps or reads what is ours is keeping it safe, not history', () => {
  asks([
    ['does the bot log my prompts? legal is asking', 'general'],
    ['do you record the tokens you hand out anywhere?', 'general'],
    ['does bedrock-bot store our api keys after sending them?', 'general'],
    ['does it log the keys it creates?', 'general'],
    ['does this bot save my messages somewhere?', 'general'],
    ['does bedrock-bot keep a log of the keys it sends out?', 'general'],
    ['will the bot log the secret when it DMs it?', 'general'],
    ['does the bot see the data I send to bedrock?', 'general'],
  ]);
  asks([
    ['where can I see the log of key rotations?', 'history'],
    ['does the bot log who rotated a key?', 'history'],
    ['is there a history of the keys the bot created?', 'history'],
    ['how far back do the logs go?', 'history'],
    ['when I rotate, does the bot keep the old key for a while?', 'rotate'],
    ['does revoke keep my key in the list?', 'revoke'],
  ]);
});
