import { describe, expect, it } from 'vitest';
import type { HelpTopic } from '../../src/core/request.js';
import { helpTopic } from '../../src/intent/help-topic.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { prepare } from '../../src/intent/prepare.js';

const topicOf = (text: string): HelpTopic | undefined => helpTopic(prepare(text).text);

/** Round ten: the help answer leads with what the question asks about, by kind of question. */
describe('help topics, round ten', () => {
  it.each([
    'could we have a 10h token, in principle?',
    'can an api key stay valid past a year?',
    'am I able to choose the lifetime of a key myself?',
    'how long do we have until the reveal link stops working?',
  ])('"%s": a length asked about is about the limits', (text) => {
    expect(topicOf(text)).toBe('limits');
  });

  it.each([
    ['could I get a 6h token in frankfurt?', 'regions'],
    ['could I get a token for my notebook, how does that work?', 'token'],
  ] as const)('"%s" stays %s (a Region named, no length)', (text, topic) => {
    expect(topicOf(text)).toBe(topic);
  });

  it.each([
    'how long is the audit log kept?',
    'does the history go back further than a month, how far back can I look?',
  ])('"%s": how long history is kept is about history', (text) => {
    expect(topicOf(text)).toBe('history');
  });

  it('a key that never expires is still about the limits', () => {
    expect(topicOf('is there a max lifetime for keys?')).toBe('limits');
  });

  it.each([
    ['can my manager see our team’s spending or only me?', 'spend'],
    ['can my colleagues see my token?', 'token'],
    ['can the whole channel see what you send me?', 'general'],
  ] as const)('"%s": who may see a thing is about that thing (%s)', (text, topic) => {
    expect(topicOf(text)).toBe(topic);
  });

  it.each([
    'is it fine to push the token to our gitlab repo if it’s internal?',
    'will the bot store my keys somewhere after it gives them to me?',
  ])('"%s": keeping a secret is general', (text) => {
    expect(topicOf(text)).toBe('general');
  });

  it('using a token in a notebook stays the token’s', () => {
    expect(topicOf('can I put my token in my jupyter notebook?')).toBe('token');
  });

  it.each([
    'who decides who can ask for keys for a unit?',
    'do I need to be the owner to get a key for my team?',
    'does an access key need approval, or just the api keys?',
    'do tokens require sign-off?',
  ])('"%s": who may ask and what needs approval is about approvals', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('help');
    expect(r.topic).toBe('approvals');
  });

  it('approval of the bot itself is about the bot', () => {
    expect(topicOf('was the bot approved by infosec?')).toBe('general');
  });

  it.each([
    'token or api key for a nightly job?',
    'is an api key the same thing as a password?',
    'is a token different from a login?',
  ])('"%s": a credential likened to another is about the kinds', (text) => {
    expect(topicOf(text)).toBe('key-kinds');
  });

  it.each([
    ['how do I deactivate the old key once we migrate?', 'revoke'],
    ['how can we switch off our key for a while?', 'revoke'],
    ['can the bot tell me who changed what on our keys?', 'history'],
    ['how can I see which keys our unit has?', 'details'],
    ['how I can see when expire the keys of our team?', 'details'],
    ['where can I find the unit names to use?', 'list'],
    ['is there a list with the names of the teams?', 'list'],
  ] as const)('"%s": a command said in other words is its topic (%s)', (text, topic) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('help');
    expect(r.topic).toBe(topic);
  });

  // Round twenty-two: "welche Modelle gibt es?" is "what models are there" (`models` in the corpus,
  // authors-mixed "what models are there"; tuned-schools "qué modelos hay disponibles? …"), not help.
  it('"welche Modelle gibt es?" asks which models there are (models)', () => {
    expect(parseRequest('welche Modelle gibt es?').intent).toBe('models');
  });

  it.each([
    'how do I ask you for an access key for our service?',
    'how can we request an access key pair?',
    'como posso solicitar uma chave para o time?',
    'I closed the window with my new key, can I get it again?',
  ])('"%s": getting a key (again, or in another language) is about creating one', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('help');
    expect(r.topic).toBe('create_key');
  });

  it('a doc about the bot is about the bot', () => {
    expect(topicOf('is there a doc about this bot somewhere?')).toBe('general');
  });
});

/** Round ten: a question about the bot comes back as help, not as the action it names or as nothing. */
describe('questions to the bot, round ten', () => {
  it.each(['<@U0BOTID> erm', '/bedrock hmm?', '<@U0BOTID> :wave:', '<@U0BOTID> 👋'])(
    '"%s": the bot addressed with a filler or a wave asks what it can do',
    (text) => {
      const r = parseRequest(text);
      expect(r.intent).toBe('help');
      expect(r.topic).toBe('general');
    },
  );

  it.each(['<@U0BOTID> 👍', '<@U0BOTID> :tada:', '<@U0BOTID> thx', 'um'])(
    '"%s" asks nothing (thanks, a cheer, a filler to no one)',
    (text) => {
      expect(parseRequest(text).intent).toBe('unknown');
    },
  );

  it.each(['uh, hello. how does this work?', 'hi again bot. what can you really do? new on the data team'])(
    '"%s": how the bot works is the question, not story around a greeting',
    (text) => {
      const r = parseRequest(text);
      expect(r.intent).toBe('help');
      expect(r.topic).toBe('general');
    },
  );

  it('a request before "how does it work with …" stays the request', () => {
    const r = parseRequest('token 3h please. how does it work with the cli?');
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(10800);
  });

  it.each([
    'could we get a token for 16 hours or is twelve the limit',
    'can I have a token for 30 minutes, or is that too short?',
    'is maximum for api key 365 days?',
  ])('"%s": a length weighed against the bound is asked about, not requested', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('help');
    expect(r.topic).toBe('limits');
    expect(r.ttlSeconds).toBeNull();
    expect(r.problems ?? []).toEqual([]);
  });

  it.each([
    ['token 8h, the max is fine too', 'token'],
    ['key for growth 400 days or is that the max', 'create_key'],
  ] as const)('"%s" stays a request (%s)', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});

describe('the bot’s commands and kinds asked tersely, round ten', () => {
  it.each(['list of commands?', 'list of your commands pls'])('"%s" asks for the bot’s commands', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('help');
    expect(r.topic).toBe('general');
  });

  it.each([
    ['list of units?', 'list'],
    ['list the units', 'list'],
  ] as const)('"%s" still lists the units', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });

  it('commands of another tool, told, ask nothing of the bot', () => {
    expect(parseRequest('list of commands I ran yesterday in the terminal').intent).not.toBe('help');
  });

  it.each(['hey, quick one: tokens and api keys, same thing?', 'access key and api key, different?'])(
    '"%s": two kinds weighed with a bare "same?" ask about the kinds, and state none',
    (text) => {
      const r = parseRequest(text);
      expect(r.intent).toBe('help');
      expect(r.topic).toBe('key-kinds');
      expect(r.keyKind).toBeNull();
    },
  );

  it('a request that asks whether the owner is the same stays about the unit', () => {
    expect(parseRequest('api key for growth, same owner as the token?').keyKind).toBe('api-key');
  });
});

describe('how a command behaves, asked, round ten', () => {
  it.each([
    ['is revoking permanent?', 'revoke'],
    ['does rotating keep the old key alive for a bit?', 'rotate'],
    ['can rotation be undone?', 'rotate'],
  ] as const)('"%s" is help about %s, never the action', (text, topic) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('help');
    expect(r.topic).toBe(topic);
  });

  it.each(['is it worth rotating the payments key? probably not', 'is revoking growth a good idea?'])(
    '"%s" is not turned into help by the command’s name alone',
    (text) => {
      const r = parseRequest(text);
      expect(r.intent === 'help' && r.topic !== undefined).toBe(false);
    },
  );
});

describe('questions put to others, round ten', () => {
  it.each(['hey siri call mom', 'hey copilot, summarise this thread'])(
    '"%s" greets another assistant: no help asked of this bot',
    (text) => {
      expect(parseRequest(text).intent).toBe('unknown');
    },
  );

  it.each([
    ['hi, first time using you', 'help'],
    ['hey bot, token 2h', 'token'],
  ] as const)('"%s" still greets this bot (%s)', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });

  it('a question that opens with a user group is put to that group', () => {
    expect(parseRequest('<!subteam^S07SEC|security> who signs off long-term keys now?').intent).toBe(
      'unknown',
    );
  });

  it('a question opening with @here still asks the bot', () => {
    expect(parseRequest('<!here> who owns marketing?').intent).toBe('details');
  });
});

describe('the same question asked again, round ten', () => {
  it('a reply that asks the quoted question again takes its topic', () => {
    const r = parseRequest(
      '> how can I get a temporary token?\n<@U0BOTID> same question here, how does that work?',
    );
    expect(r.intent).toBe('help');
    expect(r.topic).toBe('token');
  });

  it('a reply with its own question keeps its own topic', () => {
    const r = parseRequest('> how do I rotate a key?\n<@U0BOTID> how does this work?');
    expect(r.intent).toBe('help');
    expect(r.topic).toBe('general');
  });
});
