// Kinds of message that ask the bot to do nothing, or only to explain: each kind with its own
// sentences (none copied from the corpus), read the way a person in the channel would.
import { describe, expect, it } from 'vitest';
import type { HelpTopic } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts as actsOn } from './data/evaluate.mjs';

const acts = (text: string): boolean => actsOn(parseRequest(text));

describe('a question about how approval works is answered with the approvals help', () => {
  it.each([
    'requested a key for churn-ml on monday, still nothing. who is supposed to approve it?',
    'my token request is stuck on pending — who should I ping?',
    'does my manager need to approve a key for our unit?',
    'can we approve our own key requests or is that blocked?',
    'is an admin required to approve long-term keys?',
    'how long does approval usually take for a bedrock key?',
    "who's the approver for new units?",
    'do I need sign-off from security for an access key?',
    'key for billing-ops please. who approves it?',
    'Put in a request for the ledger-ai key this morning and it is still waiting. Who must approve it?',
  ])('%s', (text) => {
    const r = parseRequest(text);
    expect(r.intent, JSON.stringify(r)).toBe('help');
    expect(r.topic).toBe<HelpTopic>('approvals');
  });

  it.each([
    // Whether one request is approved yet is its state, not how approval works: nothing to do.
    ['Lena asked for a key for ads-ml yesterday, is it approved yet?', 'unknown'],
    // Who approved one is its history.
    ['who approved the key for risk-ml last week?', 'history'],
    // Someone else's approvals.
    ['please approve my PTO request for friday', 'unknown'],
  ])('%s → %s, never an action', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
    expect(acts(text)).toBe(false);
  });
});

describe("the tokens a model reads and writes are not the bot's tokens", () => {
  it.each([
    'my prompt used 4k tokens',
    "what's the token limit of claude?",
    'how many tokens can claude 3 handle in one request',
    'we burned through 2 million tokens yesterday on the eval',
    'does haiku count tokens the same way as sonnet',
    'how are tokens counted for images',
    'my summary got cut off at 4096 tokens',
    "what's the max tokens setting for titan",
    'tokens per second on nova micro are insane',
    'how many tokens is a page of text roughly?',
    'output tokens cost more than input tokens, right?',
    'is the tokenizer for llama different from mistral?',
  ])('%s → unknown, never a token', (text) => {
    const r = parseRequest(text);
    expect(r.intent, JSON.stringify(r)).toBe('unknown');
    expect(acts(text)).toBe(false);
  });

  it.each([
    ['need a bedrock token for 2h to measure prompt tokens on the eval set', 'token'],
    ['how long does a token last?', 'help'],
  ])('%s → %s: a token of ours is still one', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});

describe('other languages: help, greetings and the verbs of a request', () => {
  it.each([
    'o que você pode fazer?',
    'ciao, cosa sai fare?',
    "qu'est-ce que tu sais faire ?",
    'Was können Sie?',
    'que puedes hacer, bot?',
    'aide',
  ])('%s → help', (text) => {
    const r = parseRequest(text);
    expect(r.intent, JSON.stringify(r)).toBe('help');
    expect(r.topic).toBe<HelpTopic>('general');
  });

  it.each(['hola a todos', 'ciao ragazzi', 'buongiorno a tutti', 'hallo zusammen', 'bom dia pessoal 🌞'])(
    '%s greets the channel: nothing asked',
    (text) => {
      expect(parseRequest(text).intent).toBe('unknown');
    },
  );

  it.each([
    ['anula la clave de ventas', 'revoke', 'ventas'],
    ['desactiva la chiave di fraud-ops', 'revoke', 'fraud-ops'],
    ['crea una chiave per risk-ml', 'create_key', 'risk-ml'],
    ['erstelle einen Schlüssel für growth', 'create_key', 'growth'],
    ['desprovisionar legacy-crm por favor', 'deprovision', 'legacy-crm'],
    ['quelles clés a le team payroll?', 'details', 'payroll'],
  ])('%s → %s for %s', (text, intent, unit) => {
    const r = parseRequest(text);
    expect(r.intent, JSON.stringify(r)).toBe(intent);
    expect(r.businessUnit).toBe(unit);
  });

  it.each([
    // A request in another language is read, but not acted on without asking when its frame is one
    // the parser does not understand ("je voudrais", "vorrei", "quiero").
    'je voudrais une clé pour data-eng',
    'vorrei una chiave per il team risk',
    'quiero una clave para ventas',
    // … and an everyday use of the same verbs is never acted on.
    'annule le rendez-vous de demain',
  ])('%s is never acted on without asking', (text) => {
    expect(acts(text), JSON.stringify(parseRequest(text))).toBe(false);
  });
});

describe('a question word alone, to the bot, asks what it can do', () => {
  it.each(['/bedrock what', 'how?', '<@U0BEDR0CK1> why', 'what??'])('%s → help', (text) => {
    expect(parseRequest(text).intent).toBe('help');
  });
});
