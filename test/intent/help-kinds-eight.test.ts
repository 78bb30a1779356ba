import { describe, expect, it } from 'vitest';
import type { HelpTopic } from '../../src/core/request.js';
import { ACTING_INTENTS } from '../../src/core/request.js';
import { helpTopic } from '../../src/intent/help-topic.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { prepare } from '../../src/intent/prepare.js';

const topicOf = (text: string): HelpTopic | undefined => helpTopic(prepare(text).text);
/** The engine would carry it out: an acting intent with no question. */
const acts = (text: string): boolean => {
  const r = parseRequest(text);
  return ACTING_INTENTS.has(r.intent) && r.question === undefined;
};

/** Round eight: the help answer a person gets leads with what the question is about. */
describe('help topics, round eight', () => {
  it.each([
    'which credential should our airflow job use for bedrock?',
    'what is the right credential for a nightly batch on kubernetes?',
    'recommended credential for a github runner?',
    'which creds do I want for a one-off script on my laptop?',
  ])('"%s": which credential to use is about the kinds', (text) => {
    expect(topicOf(text)).toBe('key-kinds');
  });

  it.each([
    'token or long-lived key for the ci pipeline?',
    'is an api key basically a token with a longer life?',
    'why would I pick an access key over an api key?',
    'access keys, api keys, tokens... which one is for what?',
    'do I even need a key if it is only for a demo this afternoon?',
    'for a two hour test do I need a key at all?',
    'what is an AWS access key pair, in plain words?',
    'what does "service specific credential" mean?',
    'why do some of our key ids begin with ACCA and others with AKIA?',
    'the vendor app wants an access key id and a secret, can the bot issue that type?',
  ])('"%s" weighs or explains the kinds of credential', (text) => {
    expect(topicOf(text)).toBe('key-kinds');
  });

  it.each([
    'how long is an api key good for by default?',
    'what is the default token lifetime?',
    'do long-term keys live forever?',
    'can a key last forever or is there an end date?',
    'can I ask for 45 minutes or only whole hours?',
    'could my manager approve a token for more than 12 hours?',
  ])('"%s" asks about the limits', (text) => {
    expect(topicOf(text)).toBe('limits');
  });

  it.each(['my key request was rejected, can I appeal?', 'the request got declined, what now, ask again?'])(
    '"%s" asks how approval works',
    (text) => {
      expect(topicOf(text)).toBe('approvals');
    },
  );

  it.each([
    'does the bot store copies of the tokens it hands out?',
    'can other people in the channel see my token in that reply?',
    'my api key was seen by a contractor on a screen share, what should I do?',
  ])('"%s" asks how to keep a secret safe', (text) => {
    expect(topicOf(text)).toBe('general');
  });

  it.each<[string, HelpTopic]>([
    ['what happens to the audit log if we offboard a unit?', 'deprovision'],
    ['what happens to our spend report when you rotate the key?', 'rotate'],
    ['how would I get a long-term key for the billing cost centre?', 'create_key'],
    ['where can I find the full list of every command?', 'general'],
    ['what can this thing actually do for me?', 'general'],
    ['is there a command that shows all the teams on bedrock?', 'list'],
    ['how can I see what keys my team has?', 'details'],
    ['does the bot support opus?', 'models'],
    ['can my token call sonnet or only haiku?', 'models'],
  ])('"%s" → %s', (text, topic) => {
    expect(topicOf(text)).toBe(topic);
  });
});

describe('questions about the bot, round eight', () => {
  it.each([
    ['<@U0BOTID> ?', 'a bare question mark to the bot'],
    ['/bedrock ?', 'the command with a question mark'],
  ])('"%s" asks for help (%s)', (text) => {
    expect(parseRequest(text).intent).toBe('help');
  });

  it.each<[string, string, string]>([
    ['can we get tokens in Mumbai at all?', 'ap-south-1', 'regions'],
    ['could I even get a token in Seoul?', 'ap-northeast-2', 'regions'],
    ['are tokens available in Zurich at all?', 'eu-central-2', 'regions'],
  ])('"%s" asks whether the bot offers it, not for a token', (text, region, topic) => {
    const r = parseRequest(text);
    expect([r.intent, r.region, r.topic]).toEqual(['help', region, topic]);
  });

  it.each([
    'does the bot hand out access keys at all?',
    'can our team get a long-term key at all, or only tokens?',
  ])('"%s" asks whether the bot does it, and does nothing', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('help');
    expect(acts(text)).toBe(false);
  });

  it.each([
    'I asked for a key for the claims team on monday and nothing since. who should I chase?',
    'requested an api key for ocr-tools yesterday, still nothing. who do I nudge?',
    'the bot told me "pending approval" two hours ago, what happens next?',
    'my token request says waiting for approval. what now?',
  ])('"%s" asks how approval works', (text) => {
    const r = parseRequest(text);
    expect([r.intent, r.topic]).toEqual(['help', 'approvals']);
    expect(acts(text)).toBe(false);
  });
});

describe('loose read requests, round eight', () => {
  it.each<[string, string | null]>([
    ['what can I run in Tokyo? model-wise', 'ap-northeast-1'],
    ["what's available in Ireland, model-wise?", 'eu-west-1'],
    ['what do we have model wise?', null],
    ['in terms of models, what is there in Oregon?', 'us-west-2'],
  ])('"%s" asks about models', (text, region) => {
    const r = parseRequest(text);
    expect([r.intent, r.region]).toEqual(['models', region]);
  });

  it.each([
    'who here at the company is on bedrock already?',
    'which parts of the company have bedrock access today?',
  ])('"%s" asks which units there are', (text) => {
    const r = parseRequest(text);
    expect([r.intent, r.businessUnit]).toEqual(['list', null]);
  });

  it.each(['model-wise my week was a disaster, nothing converged', 'the fashion show was great model-wise'])(
    '"%s" is a remark, not a question about models',
    (text) => {
      expect(parseRequest(text).intent).toBe('unknown');
    },
  );
});

describe('help or nothing, round eight', () => {
  it.each(['?'])('"%s" alone, to no one in particular, asks nothing', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });

  it.each(['cmds?', 'cmds pls'])('"%s" asks for the commands', (text) => {
    const r = parseRequest(text);
    expect([r.intent, r.topic]).toEqual(['help', 'general']);
  });

  it.each([
    'what does "expires soon" mean next to our key in the list?',
    "what do the words 'pending rotation' mean in the details output?",
  ])('"%s" asks what the bot\'s words mean', (text) => {
    expect(parseRequest(text).intent).toBe('help');
  });

  it.each([
    'I put in a key request for our team yesterday and no news. is somebody supposed to review it?',
    'sent the token request an hour ago, is anyone meant to look at it?',
  ])('"%s" asks how approval works', (text) => {
    const r = parseRequest(text);
    expect([r.intent, r.topic]).toEqual(['help', 'approvals']);
  });

  it.each([
    'how long does laptop approval take these days?',
    'who approves software licence requests here?',
    'how long does procurement approval usually take for new hardware?',
  ])('"%s" asks about approval of other things', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });

  it.each(['how long is our handbook in tokens?', 'what context size in tokens works best for summaries?'])(
    '"%s" is about tokens a model reads',
    (text) => {
      expect(parseRequest(text).intent).toBe('unknown');
    },
  );

  it.each([
    'quick poll: who prefers tokens over keys for the hackathon?',
    'show of hands, api key or access key for the new repo?',
  ])('"%s" polls the channel', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });

  it.each([
    '<@U03MARTA> which region did you pick for your demo token?',
    '<@U07KOFI> could you check with security whether we may get a key for the scraper?',
  ])('"%s" asks the colleague mentioned, not the bot', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });
});

describe('questions with the question word last, round eight', () => {
  it.each([
    'tokens, expire when?',
    'token how long max',
    'api key valid how long?',
    'the access key, rotate how?',
    'long-term key, get it how?',
  ])('"%s" asks how it works, and does nothing', (text) => {
    expect(parseRequest(text).intent).toBe('help');
    expect(acts(text)).toBe(false);
  });

  it.each(['token 2h, when?', 'rotate the growth key, when?'])(
    '"%s" with a value or a command stays a request (asked about or done)',
    (text) => {
      expect(parseRequest(text).intent).not.toBe('help');
    },
  );
});

describe('how-to questions in other forms, round eight', () => {
  it.each([
    'who is allowed to view the spend numbers?',
    'who can look at the history of our keys?',
    'who may see the list of teams?',
  ])('"%s" asks who may do it', (text) => {
    expect(parseRequest(text).intent).toBe('help');
  });

  it.each([
    'can I request a token for someone else?',
    'could I get a key for another team?',
    'is it possible to get tokens for other people?',
  ])('"%s" asks whether it may be done for others, and does nothing', (text) => {
    expect(parseRequest(text).intent).toBe('help');
    expect(acts(text)).toBe(false);
  });

  it('a token for a colleague who is named is a request', () => {
    const r = parseRequest('token for my colleague <@U05ABCDEF1> please, 2h');
    expect([r.intent, r.owner]).toEqual(['token', 'U05ABCDEF1']);
  });

  it.each<[string, string]>([
    ['where i see the audit log of our keys', 'history'],
    ['where can I check what we spent?', 'spend'],
    ['where do I find the list of units', 'list'],
  ])('"%s" asks where to look: help about %s', (text, topic) => {
    const r = parseRequest(text);
    expect([r.intent, r.topic]).toEqual(['help', topic]);
  });

  it.each([
    'is history the same as the audit log?',
    'is details like list but for one team?',
    'are spend and history different things?',
  ])('"%s" weighs the commands', (text) => {
    expect(parseRequest(text).intent).toBe('help');
  });
});

describe('yes/no questions about the bot, round eight', () => {
  it.each([
    'is the bot open source?',
    'does the bot run on our own AWS account?',
    'hey, is this bot maintained by the platform team?',
    'will the bot warn me before my key expires?',
  ])('"%s" is help', (text) => {
    expect(parseRequest(text).intent).toBe('help');
  });

  it('a question to the bot about models still asks about models', () => {
    expect(parseRequest('does the bot give access to mistral models in paris?').intent).toBe('models');
  });
});

describe('non-native help questions, round eight', () => {
  it.each([
    'please explain me how the api key works',
    'can you explain what a long-term key is',
    'which is difference token and api key',
    'token valid how much time?',
  ])('"%s" is help and does nothing', (text) => {
    expect(parseRequest(text).intent).toBe('help');
    expect(acts(text)).toBe(false);
  });
});

describe('told, not asked, round eight', () => {
  it.each([
    'in the onboarding talk I will explain how the api key works',
    'tomorrow we explain what a long-term key is to the interns',
  ])('"%s" is a remark, neither help nor an action', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });
});
