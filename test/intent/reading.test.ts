import { describe, expect, it } from 'vitest';
import type { HelpTopic, IntentName } from '../../src/core/request.js';
import { helpTopic } from '../../src/intent/help-topic.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { prepare } from '../../src/intent/prepare.js';
import { acts as actsOn } from './data/evaluate.mjs';

const acts = (text: string): boolean => actsOn(parseRequest(text));

const topicOf = (text: string): HelpTopic | undefined => helpTopic(prepare(text).text);

describe('the help topic comes from the sentence that asks, not from the story around it', () => {
  it.each<[string, HelpTopic]>([
    ['what can the bot do for us? writing up our quarterly audit checklist', 'general'],
    ['is Mumbai one of the supported places? procurement wants to commit by friday', 'regions'],
    ['who signs off on a new key? our budget review is next week', 'approvals'],
    ['which models does a token reach? our security team approved only two vendors', 'models'],
    ['how many days can a key live? asking for the rotation runbook', 'limits'],
  ])('%s → %s', (text, topic) => {
    expect(topicOf(text)).toBe(topic);
  });

  it.each<[string, HelpTopic]>([
    ['roughly how long does an approval take? need to plan the release', 'approvals'],
    ['how do I ask for a token? writing the onboarding audit notes', 'token'],
  ])('%s: the help answer leads with %s', (text, topic) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('help');
    expect(r.topic).toBe(topic);
  });

  it.each<[string, HelpTopic]>([
    ['what exactly is a bearer token?', 'key-kinds'],
    ['what is a bearer token, in plain words', 'key-kinds'],
    ['what is a Bedrock API key, as opposed to an IAM access key?', 'key-kinds'],
    ['would you suggest one long-term key for the cron and separate tokens for the analysts?', 'key-kinds'],
    ['does the history command cover deleted units?', 'history'],
    ['does the spend command count tokens too?', 'spend'],
    ['how can I get a token for the compliance demo?', 'token'],
    ['how do I request a token for my audit walkthrough?', 'token'],
    ['how do i get a token in Paris?', 'regions'],
    ['do API keys expire by default, or only when someone revokes them?', 'limits'],
    ['how do I find out who created the growth key?', 'history'],
    ['can the bot tell me the expiry date of our key?', 'details'],
    ['is it a problem that I committed my token to a private repo last week?', 'general'],
    ['bot, which commands exist? new on the rotation this week', 'general'],
  ])('%s → %s', (text, topic) => {
    expect(topicOf(text)).toBe(topic);
  });

  it.each<[string, HelpTopic]>([
    ['what exactly is a bearer token?', 'key-kinds'],
    ['how do I find out who created the growth key?', 'history'],
    ['how can I get a token for the compliance demo?', 'token'],
  ])('%s: help, %s', (text, topic) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('help');
    expect(r.topic).toBe(topic);
  });
});

describe('chit-chat is not help: greetings, thanks, reasons told and comparisons made', () => {
  it.each([
    'hey everyone, Marta here from finance, just joined 👋',
    'hello to all, greetings from the Porto office',
    'morning folks, coffee is in the kitchen',
    'I was stuck in back-to-back meetings the whole afternoon',
    'planning meetings ate my evening again',
    'many thanks for your help on friday with the launch!',
    'appreciate all the help with the migration, team',
    'scan finished: 41 checks passed, 3 manual, report in the drive',
    'we are comparing Mistral vs Llama for the FAQ bot, opinions welcome',
    'gemini vs claude results posted in the doc, claude wins on tone',
    'no idea why the nightly build broke, looking into it',
    'the deploy failed, that is why the dashboard is empty',
    'I rotate the stand-up host every week, just so you know why it changed',
  ])('%s → unknown, no action', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });

  it.each([
    ['hi bot, where do I begin?', 'help'],
    ['hello, I am new here', 'help'],
    ['good morning bot', 'help'],
    ['why did my token stop working after an hour?', 'help'],
    ['hm, why not? what is the rule for tokens in shared channels?', 'help'],
    ['api key vs access key, which one for a lambda?', 'help'],
    ['help please, first day here', 'help'],
  ] as [string, IntentName][])('%s → %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});

describe('questions about the bot itself are help; questions about Bedrock the service are not', () => {
  it.each([
    ['is the bot down or just slow for me', 'help'],
    ['are you down again?', 'help'],
    ["what's the longest token I can ask for?", 'help'],
    ["what's the maximum lifetime of a long-term key?", 'help'],
    ['is there a max on how many keys a team can hold?', 'help'],
    ['can I choose the region or is it fixed to us-east-1', 'help'],
    ['does it work in Jakarta?', 'help'],
    ['how does spend get counted, per person or per team?', 'help'],
    ['Is the old key disabled on its own after a rotation, or does someone have to confirm?', 'help'],
  ] as [string, IntentName][])('%s → %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
    expect(acts(text)).toBe(false);
  });

  it.each(['<@U0BOTID> ???', '/bedrock ?? how do i even use this'])('%s → help', (text) => {
    expect(parseRequest(text).intent).toBe('help');
  });
});

describe('a list of something that is not ours is no list request', () => {
  it.each([
    'please list the open action items from the retro in the tracker',
    'can someone list the vendor contracts that renew next month?',
    'list three wins from this sprint in the thread',
  ])('%s → unknown', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });

  it.each(['list all the teams', 'list everything', 'list units with access keys', 'list the keys'])(
    '%s → list',
    (text) => {
      expect(parseRequest(text).intent).toBe('list');
    },
  );
});
