/**
 * Round nineteen, help19: questions about the bot read as help with the right topic, never as an action
 * or as nothing (README "Help or unknown", "Help topics", "Help carries no lifetime", "Whether the bot
 * offers something"). Sentences of each kind written before the parser's answer was looked at, other
 * trades than the tuning files' (a clinic, a school, a shop, a depot), with look-alikes that stay
 * requests or stay unknown.
 */
import { describe } from 'vitest';
import { exactly, keeps, nothingAsked } from './acted.js';

describe('a lifetime bound asked first, the need told after it: limits, no lifetime', () => {
  exactly([
    {
      text: 'is there a maximum? we need about 14h for the overnight batch',
      intent: 'help',
      topic: 'limits',
    },
    {
      text: 'is there a minimum? just want 2 min to check the endpoint answers',
      intent: 'help',
      topic: 'limits',
    },
    { text: "what's the max? I'd need 20 hours for the load test", intent: 'help', topic: 'limits' },
    { text: 'is there a limit? the migration runs 30h', intent: 'help', topic: 'limits' },
    { text: 'is there a cap on token length? the pipeline takes 30h', intent: 'help', topic: 'limits' },
    { text: 'any maximum? the archive export takes 20 hours', intent: 'help', topic: 'limits' },
    { text: 'is there a cap? our render needs like 18h', intent: 'help', topic: 'limits' },
    { text: "what's the longest? we'd want 2 days for the hackathon", intent: 'help', topic: 'limits' },
    { text: 'is there a min? just need 10 min to try the endpoint', intent: 'help', topic: 'limits' },
    { text: 'hypothetically could I get a token for the whole 12h shift?', intent: 'help', topic: 'limits' },
    { text: 'in principle can I have a token for the entire 10h run?', intent: 'help', topic: 'limits' },
    { text: 'in theory could we get a token for the full 8h workshop?', intent: 'help', topic: 'limits' },
  ]);
  keeps([
    ['token for 5 min', 'token'],
    ['a 12h token please', 'token'],
    ['token for 2h please, is there a maximum btw?', 'token'],
    ['is there a minimum? token for 5 min please', 'token'],
    ['any max on tokens? anyway, token for 12h pls', 'token'],
  ]);
  nothingAsked(['is there a minimum order? need 5 min of your time']);
});

describe('two of our commands or credentials weighed, put first: help', () => {
  exactly([
    { text: 'rotate or revoke — which one if a laptop got stolen?', intent: 'help' },
    { text: 'revoke vs deprovision, which one when a contractor leaves?', intent: 'help' },
    { text: 'deprovision or revoke if the pilot is over?', intent: 'help' },
    { text: 'revoke or rotate? the key showed up in a support ticket', intent: 'help' },
    { text: 'deprovision vs revoke — which one for a finished pilot?', intent: 'help' },
    { text: 'rotate vs revoke, which one when a phone gets lost at the depot?', intent: 'help' },
    { text: 'revoke or deprovision if the whole clinic closes?', intent: 'help' },
    { text: 'token or key for the night-shift kiosks?', intent: 'help', topic: 'key-kinds' },
    { text: 'key or token for a github action?', intent: 'help', topic: 'key-kinds' },
    { text: 'a token or an api key for the ward tablets?', intent: 'help', topic: 'key-kinds' },
    {
      text: "token vs api key for the till scanners? they're shared by the cashiers",
      intent: 'help',
      topic: 'key-kinds',
    },
    { text: "access key or token for the school's lab machines?", intent: 'help', topic: 'key-kinds' },
    { text: "an api key or a token for the ward's shared ipad?", intent: 'help', topic: 'key-kinds' },
    { text: 'token vs access key for the lab pcs? they get shared', intent: 'help', topic: 'key-kinds' },
  ]);
  keeps([
    ['rotate, not revoke, the ads key', 'rotate', 'ads'],
    ['rotate the ads key or revoke it, whichever is faster', 'rotate', 'ads'],
    ['token for 2h please', 'token'],
    ['api key for billing, 90 days', 'create_key', 'billing'],
  ]);
  nothingAsked(['key or badge for the server room?']);
});

describe('what one of our commands does, with a second question after it: that command', () => {
  exactly([
    { text: 'what does revoke do exactly? does it remove the logs too?', intent: 'help', topic: 'revoke' },
    {
      text: 'what does rotate do exactly? does the old key stop right away?',
      intent: 'help',
      topic: 'rotate',
    },
    { text: 'what does deprovision actually do?', intent: 'help', topic: 'deprovision' },
    { text: 'what does deprovision mean? does it wipe the history?', intent: 'help', topic: 'deprovision' },
    { text: 'what does rotate actually do? will the old one keep working?', intent: 'help', topic: 'rotate' },
    { text: 'what does revoke mean exactly? can it be undone?', intent: 'help', topic: 'revoke' },
    {
      text: 'what will deprovision do? does it remove the spend history too?',
      intent: 'help',
      topic: 'deprovision',
    },
    { text: "what does 'revoke' do exactly?", intent: 'help', topic: 'revoke' },
  ]);
  keeps([["deprovision growth, they're done", 'deprovision', 'growth']]);
});

describe('a credential for another person, no one named: help', () => {
  exactly([
    { text: 'can you issue a token to another person?', intent: 'help', topic: 'token' },
    {
      text: 'can the bot give a token to someone else? my intern has no slack',
      intent: 'help',
      topic: 'token',
    },
    { text: 'can I request a key for another person?', intent: 'help', topic: 'create_key' },
    { text: 'could you make a token for a different user?', intent: 'help', topic: 'token' },
    { text: 'can tokens be issued to other people?', intent: 'help', topic: 'token' },
    {
      text: 'could you give a token to someone else? the locum has no slack',
      intent: 'help',
      topic: 'token',
    },
    { text: 'will you issue tokens to other users?', intent: 'help', topic: 'token' },
    { text: "can we request a token for a different person? she's on leave", intent: 'help', topic: 'token' },
  ]);
  keeps([
    ['token for 2h for my intern please', 'token'],
    ['can you issue a token for me? 2h', 'token'],
    ['could I get a token for another 4 hours? the first one ran out', 'token'],
  ]);
});

describe('which models a credential can call, what a model can do through us: help models', () => {
  exactly([
    { text: 'which models can my api key call?', intent: 'help', topic: 'models', keyKind: 'api-key' },
    { text: 'what models can my access key use?', intent: 'help', topic: 'models', keyKind: 'access-key' },
    {
      text: 'what models can a token use? just the claude ones?',
      intent: 'help',
      topic: 'models',
      provider: 'anthropic',
    },
    { text: 'which llama models can our key reach?', intent: 'help', topic: 'models', provider: 'meta' },
    {
      text: 'can claude summarise scanned invoices through bedrock? which model would that be?',
      intent: 'help',
      topic: 'models',
      provider: 'anthropic',
    },
    {
      text: 'can llama read handwritten forms? what model would do that?',
      intent: 'help',
      topic: 'models',
      provider: 'meta',
    },
    { text: 'which mistral models can a token call?', intent: 'help', topic: 'models', provider: 'mistral' },
    { text: 'what models can our key use from the clinic?', intent: 'help', topic: 'models' },
  ]);
  keeps([
    ['which models are in frankfurt?', 'models'],
    ['models in frankfurt', 'models'],
    ['list units', 'list'],
  ]);
  nothingAsked(['can claude write poems? lol']);
});

describe('help topics: what means a credential, a plain token weighed, a manager’s OK, an owner leaving', () => {
  exactly([
    { text: 'what means api key here?', intent: 'help', topic: 'key-kinds', keyKind: 'api-key' },
    { text: 'what means tok in this channel?', intent: 'help', topic: 'key-kinds' },
    { text: 'is a token safer than a normal api key?', intent: 'help', topic: 'key-kinds' },
    { text: 'is a long-term key better than a regular token for cron?', intent: 'help', topic: 'key-kinds' },
    { text: 'is an api key more secure than a plain token?', intent: 'help', topic: 'key-kinds' },
    { text: 'is a token riskier than an ordinary access key for CI?', intent: 'help', topic: 'key-kinds' },
    { text: "do I need my boss's OK for a key?", intent: 'help', topic: 'approvals' },
    { text: "does a key need the team lead's sign-off?", intent: 'help', topic: 'approvals' },
    { text: "do we need our director's blessing for a long-term key?", intent: 'help', topic: 'approvals' },
    { text: "do tokens need my supervisor's ok too?", intent: 'help', topic: 'approvals' },
    { text: "can I get a token without my manager's permission?", intent: 'help', topic: 'approvals' },
    { text: 'do I need permission from someone to get a token?', intent: 'help', topic: 'approvals' },
    {
      text: 'what happens to our api key when the owner quits?',
      intent: 'help',
      topic: 'general',
      keyKind: 'api-key',
    },
    {
      text: 'if the key owner leaves the company, does the key stop working?',
      intent: 'help',
      topic: 'general',
    },
    {
      text: 'how do we hand the keys over when the unit owner moves teams?',
      intent: 'help',
      topic: 'general',
    },
    {
      text: 'the owner of our unit is retiring, how do I hand over the keys?',
      intent: 'help',
      topic: 'general',
    },
    { text: 'does a key die when its owner leaves?', intent: 'help', topic: 'general' },
    {
      text: "what happens to the unit's keys if its owner is leaving next month?",
      intent: 'help',
      topic: 'general',
    },
    {
      text: 'how do I hand over an api key to my replacement?',
      intent: 'help',
      topic: 'general',
      keyKind: 'api-key',
    },
  ]);
  keeps([
    ['who owns the ads key?', 'details', 'ads'],
    ['who is the owner of growth?', 'details', 'growth'],
    ["details for billing, who's the owner?", 'details', 'billing'],
  ]);
});
