import { describe, expect, it } from 'vitest';
import type { HelpTopic } from '../../src/core/request.js';
import { helpTopic } from '../../src/intent/help-topic.js';
import { prepare } from '../../src/intent/prepare.js';

const topicOf = (text: string): HelpTopic | undefined => helpTopic(prepare(text).text);
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
  ])('"%s" → %s', (text, topic) => {
    expect(topicOf(text)).toBe(topic);
  });
});
