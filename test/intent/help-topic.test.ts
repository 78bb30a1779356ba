import { describe, expect, it } from 'vitest';
import type { HelpTopic } from '../../src/core/request.js';
import { helpTopic } from '../../src/intent/help-topic.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { prepare } from '../../src/intent/prepare.js';

const topicOf = (text: string): HelpTopic | undefined => helpTopic(prepare(text).text);

/** The help answer a person gets leads with the topic; these questions each ask about one subject. */
describe('help topics: the one subject a question asks about', () => {
  it.each<[string, HelpTopic]>([
    ['is an access key the same thing as the bedrock api key?', 'key-kinds'],
    ['should the nightly export use a token or a key?', 'key-kinds'],
    ['would it be ok to paste my token into the team wiki?', 'general'],
    ['does the bot hold on to a copy of my token somewhere?', 'general'],
    ['how long does a token stay valid if I do not say?', 'limits'],
    ['why can i not get a token for 20 hours?', 'limits'],
    ['which models can my token reach?', 'models'],
    ['could a colleague get a token in Sydney?', 'regions'],
    ['who needs to approve the key for our new team?', 'approvals'],
    ['where can I see who approved the fraud key last spring?', 'history'],
    ['what info do you need from me before making a key for my team?', 'create_key'],
    ['how do I get a long-term key for the billing job?', 'create_key'],
    ['how do I delete my team’s whole setup?', 'deprovision'],
    ['does revoking a key also drop the unit from the list?', 'revoke'],
    ['what does the details command tell me about a unit?', 'details'],
    ['how do I see which teams are set up?', 'list'],
    ['what commands do you know?', 'general'],
    // (one's own token handed to a person is sharing it: general, as the data README says; token until round forty-nine)
    ['can I hand my token to the new intern?', 'general'],
  ])('%s → %s', (text, topic) => {
    expect(topicOf(text)).toBe(topic);
  });

  it.each<[string, HelpTopic]>([
    ['what is the longest a token can live?', 'limits'],
    ['/bedrock help rotation', 'rotate'],
    ['would it be ok to paste my token into the team wiki?', 'general'],
  ])('%s: the help answer leads with %s', (text, topic) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('help');
    expect(r.topic).toBe(topic);
  });

  it.each([
    'is deprovision the same as revoke?',
    'rotate vs revoke after a leak: which one?',
    'what is the difference between rotating and deprovisioning?',
  ])('%s: weighs two commands, so no single topic', (text) => {
    expect(topicOf(text)).toBeUndefined();
  });

  it('using a long-term key in your own code has no topic; using a token is about tokens', () => {
    expect(topicOf('how do I call bedrock with the api key from python requests?')).toBeUndefined();
    expect(topicOf('where do I set the access key for terraform?')).toBeUndefined();
    expect(topicOf('how do I use the token in postman?')).toBe('token');
  });
});
