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
    // (Round fifty: Italian "vorrei" is a frame the parser reads now, as "I'd like" is: romance-asks.ts.)
    ['vorrei una chiave per il team risk', 'create_key', 'risk'],
  ])('%s → %s for %s', (text, intent, unit) => {
    const r = parseRequest(text);
    expect(r.intent, JSON.stringify(r)).toBe(intent);
    expect(r.businessUnit).toBe(unit);
  });

  it.each([
    // A request in another language is read, but not acted on without asking when its frame is one
    // the parser does not understand ("je voudrais", "vorrei", "quiero").
    'je voudrais une clé pour data-eng',
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

describe('a question put to the people in the channel is theirs to answer', () => {
  it.each([
    'anyone know if the bot already rotated the billing-ml key?',
    'does anybody remember which team owned the old ranking key?',
    'has anyone tried claude for contract summaries?',
    'quick q: does someone know if we can use llama in frankfurt?',
    'did anyone here ever revoke a key by mistake? asking for a friend',
    'any of you know who runs the ads-ranking unit these days?',
  ])('%s → unknown, never an action', (text) => {
    const r = parseRequest(text);
    expect(r.intent, JSON.stringify(r)).toBe('unknown');
    expect(acts(text)).toBe(false);
  });

  it('a request after the question to the channel is still the request', () => {
    expect(parseRequest('anyone know how to get one? nvm: token for 3h please').intent).toBe('token');
  });
});

describe('keys that are not credentials', () => {
  it.each([
    'my daughter learned all the black keys on the piano this week',
    "what's the key for the chart colours? red is last quarter?",
    'the foreign key on the orders table is broken, who touched the schema?',
    'the partition key of that table is a bad choice tbh',
    'where is the answer key for the onboarding quiz?',
  ])('%s → unknown, never an action', (text) => {
    const r = parseRequest(text);
    expect(r.intent, JSON.stringify(r)).toBe('unknown');
    expect(acts(text)).toBe(false);
  });
});

describe('access one person gives another in an office tool is not ours', () => {
  it.each([
    'revoke my Travelport delegate access, I am changing roles',
    'can you remove the delegated access my old manager had to my inbox',
    'please revoke guest access for the agency in our design workspace',
    'turn off proxy access on my expense reports',
    'pls revoke my SAP delegate access',
    'revoke delegate access for my old assistant',
  ])('%s → no revocation, never an action', (text) => {
    expect(parseRequest(text).intent).not.toBe('revoke');
    expect(acts(text)).toBe(false);
  });

  it('"delegate" is a word of its own, never a typo of "delete"', () => {
    expect(parseRequest('who is my delegate while I am away?').intent).not.toBe('revoke');
    expect(parseRequest('delete the key for marketing')).toMatchObject({
      intent: 'revoke',
      businessUnit: 'marketing',
    });
  });
});

describe('questions about the bot itself are help', () => {
  it.each<[string, HelpTopic]>([
    ['what is this bot exactly?', 'general'],
    ['Our wiki says to ask the bot for everything now. What exactly can this bot do?', 'general'],
    ['what features does the bot offer?', 'general'],
    ['what info do you need to set up a key for my team?', 'create_key'],
    ['help!! first week on the platform team', 'general'],
    ['man bedrock-bot', 'general'],
  ])('%s → help (%s)', (text, topic) => {
    const r = parseRequest(text);
    expect(r.intent, JSON.stringify(r)).toBe('help');
    expect(r.topic).toBe(topic);
  });
});

describe('the help topic of the asked sentence', () => {
  it.each<[string, HelpTopic | undefined]>([
    ['how can I find out which units there are?', 'list'],
    ['is there a command listing every team?', 'list'],
    ['can I check when a key runs out?', 'details'],
    ['can admins cap the token lifetime for everyone?', 'limits'],
    ['what is the default lifetime of a token?', 'limits'],
    ["what's the difference between details and history?", undefined],
    ['spend vs history, which one shows who rotated a key?', undefined],
  ])('%s → %s', (text, topic) => {
    const r = parseRequest(text);
    expect(r.intent, JSON.stringify(r)).toBe('help');
    expect(r.topic).toBe(topic);
  });
});

describe('an away message asks nothing, whoever it points to', () => {
  it.each([
    'OOO till Thursday. For anything bedrock, ping the platform team.',
    "I'm out of the office this week; urgent key questions go to <@U0DEPUTY1>.",
    'On parental leave until March. The growth-ml unit is covered by Ana.',
  ])('%s → unknown, never an action', (text) => {
    const r = parseRequest(text);
    expect(r.intent, JSON.stringify(r)).toBe('unknown');
    expect(acts(text)).toBe(false);
  });

  it('an away note with a request in it is still a request', () => {
    expect(parseRequest('out of office from tomorrow, so a token for 6h today please').intent).toBe('token');
  });
});

describe('approval asked about without a request word', () => {
  it.each(['roughly how long does approval take here?', 'who approves? first time using this'])(
    '%s → help (approvals)',
    (text) => {
      const r = parseRequest(text);
      expect(r.intent, JSON.stringify(r)).toBe('help');
      expect(r.topic).toBe<HelpTopic>('approvals');
    },
  );

  it.each(['how long does expense approval take?', 'who approves travel to the Lisbon office?'])(
    '%s → unknown',
    (text) => {
      expect(parseRequest(text).intent).toBe('unknown');
    },
  );
});

describe('where someone is going is no Region, and how long they stay no lifetime', () => {
  it.each([
    'heading out to singapore for three days',
    'flying to sydney for 10 hours tonight, send snacks',
    'off to dublin for 2h for the customer visit',
    "I'm travelling to São Paulo for a week, ping me on my phone",
    'visiting Mumbai for 6 hours on thursday',
    'driving down to Ohio for the weekend',
  ])('%s → nothing to do', (text) => {
    const r = parseRequest(text);
    expect(r.intent, JSON.stringify(r)).toBe('unknown');
    expect(r.region).toBeNull();
    expect(acts(text)).toBe(false);
  });

  it.each([
    ['flying to tokyo tomorrow, token for 3h in tokyo please', 'ap-northeast-1', 10800],
    ['heading to frankfurt, I need a token for 2 hours there in frankfurt', 'eu-central-1', 7200],
  ])('%s → a token all the same', (text, region, ttl) => {
    const r = parseRequest(text);
    expect(r.intent, JSON.stringify(r)).toBe('token');
    expect(r.region).toBe(region);
    expect(r.ttlSeconds).toBe(ttl);
  });
});
