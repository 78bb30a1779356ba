/**
 * Round twenty-two, fix22e: review E's sweep found non-requests acted on (all standing since before the
 * round): another vendor's key named, requests put to people by forms PUT_TO_WHOEVER did not know, pasted or
 * forwarded material, a need told of others after a question; and a few requests dropped. Each kind: the
 * review's texts, sentences of our own, and look-alikes that keep their request. Written before the parser's
 * answers were looked at.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { keeps, neverActs } from './acted.js';

/** The token is read, or offered beside the reading. */
function tokenOffered(text: string): boolean {
  const p = parseRequest(text);
  return p.intent === 'token' || (p.alternatives ?? []).some((a) => a.intent === 'token');
}

describe('1. another product’s key, or a joke', () => {
  neverActs([
    // review E
    'please generate an Anthropic API key for me on console.anthropic.com, Jamal',
    'need an access key for the Backblaze bucket',
    'pls rotate the OpenAI key for the chatbot project',
    'revoke Mondays please 🙏',
    // our own
    'can you make me an OpenAI API key on platform.openai.com, Sara?',
    'need a secret key for the Wasabi bucket',
    'please rotate the Anthropic key for the support-bot project',
    'rotate the openai key for the search team please',
    'new access key for the backblaze b2 bucket pls',
    'revoke Fridays please',
    'cancel tuesdays please 😅',
    'create an api key on console.cloud.google.com for the maps project',
  ]);
  keeps([
    ['please rotate the key for the chatbot project', 'rotate'],
    ['need an access key for the analytics team', 'create_key'],
    ['revoke the growth key please', 'revoke', 'growth'],
    ['rotate the bedrock key for the chatbot project', 'rotate'],
    ['revoke Marketing keys please', 'revoke', 'marketing'],
    ['create an api key for the openai-migration team', 'create_key'],
  ]);
});

describe('2. requests put to people', () => {
  neverActs([
    // review E
    'hey all, rotate the sales key when you can',
    "y'all please rotate the growth key",
    'team, revoke your old keys please',
    'devs: revoke any keys you pasted in Slack',
    'infra folks: please deprovision the old sandbox unit',
    'somebody pls deprovision hack-week',
    "whoever's on call pls revoke the growth key",
    'who has bedrock here? @Priya please get a token for 2h for the demo',
    'who at Acme has bedrock? @Priya can you get them a token for 4h',
    // our own
    'someone please rotate the payments key',
    'anybody pls revoke the marketing key',
    'whoever is on call please deprovision ml-sandbox',
    'engineers: rotate your keys by friday',
    'data folks: please revoke the old growth keys',
    'hey everyone, please rotate the ads key',
    'hey team, revoke the sales key when you get a chance',
    "y'all rotate the billing key pls",
    'all, please revoke the old keys for growth',
    '@Priya please get a token for 2h',
    '@dave can you rotate the payments key',
  ]);
  keeps([
    ['hey bot, rotate the sales key please', 'rotate', 'sales'],
    ['all good, token 2h please', 'token'],
    ['hey, rotate the growth key please', 'rotate', 'growth'],
    ['@bedrock-bot please rotate the payments key', 'rotate', 'payments'],
    ['bot: revoke the marketing keys', 'revoke', 'marketing'],
    ['hi all, I need a token for 2h', 'token'],
  ]);
  it('"team, I need a token for 2h" is the writer’s own need: never acted on blindly, token read or asked', () => {
    const p = parseRequest('team, I need a token for 2h');
    expect(['token', 'unknown']).toContain(p.intent);
  });
});

describe('3. pasted or forwarded material', () => {
  neverActs([
    // review E
    'JIRA-4412: "Deprovision unit legacy-analytics" status: Done',
    'per the email from Finance: "please revoke the keys for the Q3 pilot" — I think they mean the Azure ones',
    'Fwd: please revoke the marketing keys',
    'git log: revoke growth keys',
    'PR title - rotate ads key',
    // our own
    'OPS-221: "Rotate payments key" status: In progress',
    'BR-17: revoke keys for contractors (closed)',
    'FW: rotate the sales key asap',
    'git commit: rotate billing key',
    'commit title - revoke old growth keys',
    'MR title — deprovision hack-week',
    'from the email from Legal: "revoke the keys for the vendor pilot" — not sure they mean ours',
  ]);
  keeps([
    ['JIRA-4412 is done, please deprovision legacy-analytics', 'deprovision', 'legacy-analytics'],
    ['ticket BR-442: please rotate the payments key', 'rotate', 'payments'],
    ['please revoke the marketing keys', 'revoke', 'marketing'],
    ['rotate the ads key - PR is merged', 'rotate', 'ads'],
    ['INC-1234: need a token for 2h', 'token'],
    ['PLAT-77: please revoke the growth keys', 'revoke', 'growth'],
  ]);
});

describe('4. a need told of others after a question', () => {
  neverActs([
    // review E
    "who here has bedrock already? our plant team needs a token for 2h, they'll ask themselves",
    // our own
    'anyone using bedrock yet? the sales team needs a token for 4h, they will ask you',
    'who has access here? my colleague needs a token for 1h',
    'does anyone have bedrock? Marta needs a token for 3 hours',
    'who owns the growth unit? they need the key rotated',
    'who has bedrock already? our design team wants a token for 2h',
    'is bedrock set up here? the ops team needs a key for ml-sandbox',
  ]);
  it('the writer’s own need after the question is offered: "who has bedrock here? I need a token for 2h"', () => {
    expect(tokenOffered('who has bedrock here? I need a token for 2h')).toBe(true);
  });
});

describe('5. dropped requests', () => {
  it('quick one before standup: token 2h eu-central-1', () => {
    const p = parseRequest('quick one before standup: token 2h eu-central-1');
    expect(p.intent).toBe('token');
  });
  it.each([
    'which models are there? and I need a token for 2h',
    'what models are in frankfurt? need a token there for 3h',
    'which units are there? also can I get a token for 1h',
  ])('%j: the token is offered', (text) => {
    expect(tokenOffered(text)).toBe(true);
  });
  keeps([
    ['quick one before lunch: token 1h', 'token'],
    ['quick one after the standup: token 1h', 'token'],
    ['morning, which units are there?', 'list'],
  ]);
  // (Left: "morning! which units are there?" still reads as a greeting, help; nothing is acted on.)
  neverActs(['morning! which units are there?', 'rotate the standup token']);
});
