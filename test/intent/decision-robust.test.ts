/**
 * The decision must not hang on one word the classifier leans on: each behaviour here is a rule of
 * the decision (parse-request.ts, mood.ts, negation.ts), with sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findNegation } from '../../src/intent/negation.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { prepare, without } from '../../src/intent/prepare.js';
import { acts as actsOn } from './data/evaluate.mjs';

const acts = (text: string): boolean => actsOn(parseRequest(text));

describe('nothing but greetings', () => {
  it.each(['hey all', 'hello everyone 🙂', 'good morning all!', 'hi all, hi all'])(
    '"%s" asks for nothing, whatever "all" leans to',
    (text) => {
      const r = parseRequest(text);
      expect(r.intent).toBe('unknown');
      expect(r.all).toBe(false);
    },
  );
});

describe('a clear instruction after a story acts', () => {
  it.each([
    [
      'we renewed it in spring and somebody pasted it in a ticket again, rotate the key for geo-lookup please',
      'rotate',
      'geo-lookup',
    ],
    [
      'the intern left in june and the repo went public for a day, revoke the key for intern-demo please',
      'revoke',
      'intern-demo',
    ],
  ])('"%s" → %s for %s, no question', (text, intent, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(r.businessUnit).toBe(unit);
    expect(r.question).toBeUndefined();
  });
});

describe('a question about how a change works is help', () => {
  it.each([
    ['is offboarding permanent?', 'deprovision'],
    ['does revoking break jobs that are running?', 'revoke'],
    ['is rotation instant?', 'rotate'],
  ])('"%s" → help about %s, never the action', (text, topic) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('help');
    expect(r.topic).toBe(topic);
  });

  it('a question with a person as subject may propose the action: asked, not acted on', () => {
    const r = parseRequest('do we revoke the search key?');
    expect(r.intent).toBe('revoke');
    expect(r.question).toBeDefined();
  });
});

describe('not X, only Y', () => {
  it.each([
    ['please do not deprovision the maps team, only revoke their access key', 'revoke', 'maps-team'],
    ["let's not revoke pricing-ml, just rotate it", 'rotate', 'pricing-ml'],
  ])('"%s" → %s for %s, asked first', (text, intent, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(r.businessUnit).toBe(unit);
    expect(r.question).toBeDefined();
  });

  it('the auxiliary goes with the negated clause', () => {
    const p = prepare('do not offboard legal, only rotate the key');
    const cut = findNegation(p.text);
    expect(cut).not.toBeNull();
    expect(without(p, cut?.ranges ?? []).text.trim()).toMatch(/^[, ]*only rotate the key$/);
  });
});

describe("another system's access is not ours", () => {
  it.each(["please revoke tom's gitlab access, he moved teams", 'remove the contractor jira access today'])(
    '"%s" is never acted on',
    (text) => {
      expect(acts(text)).toBe(false);
    },
  );
});

describe('a key for a named unit, whatever is said of tokens', () => {
  it.each([
    ['a shared token is no good for our nightly job, so a key for night-batch please', 'night-batch'],
    ['not a token this time — an api key for the kiosk-app team', 'kiosk-app-team'],
  ])('"%s" → create_key for %s', (text, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('create_key');
    expect(r.businessUnit).toBe(unit);
  });

  it('a token with a lifetime in hours stays a token, whatever exists', () => {
    const r = parseRequest('token please, 5 hours, in seoul if that region exists');
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(5 * 3600);
  });
});

describe('removals told of are no removal asked for', () => {
  it.each([
    ['the previous key for doc-scan got revoked by security. we need a fresh one, 30 days', 'create_key'],
    ['ops deleted the old key for maps-api yesterday; please make a new key for maps-api', 'create_key'],
    ['the key for payroll-bot should be revoked please, the bot is retired', 'revoke'],
  ])('"%s" → %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });

  it.each([
    'new key for parcel-api and kill the old one, it was in a screenshot',
    'make a new one for parcel-api and remove the old',
  ])('a new key in place of the old is a rotation: "%s"', (text) => {
    expect(parseRequest(text).intent).toBe('rotate');
  });

  it('the first of two requests wins: "revoke the old key for x, and create a new one"', () => {
    expect(parseRequest('revoke the old key for parcel-api, then create a new one').intent).toBe('revoke');
    expect(parseRequest('rotate the key for parcel-api and revoke the old maps one').intent).toBe('rotate');
  });
});

describe('only quotes or struck-through text', () => {
  it.each(['~token 4h~', '> rotate the maps key\n> please'])('"%s" asks nothing (not help)', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });

  it('a bare mention still asks for help', () => {
    expect(parseRequest('<@U0BOTID>').intent).toBe('help');
  });
});

describe('a token asked first, models talked about', () => {
  it('"we trained three models last year, none with an llm. token for 2h please" → token', () => {
    const r = parseRequest('we trained three models last year, none with an llm. token for 2h please');
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(7200);
  });

  it('"models in oregon, and a token for 1h" asks the models first', () => {
    expect(parseRequest('models in oregon, and a token for 1h').intent).toBe('models');
  });
});

describe('"which" that joins a clause asks nothing', () => {
  it('"we need a key for ledger-sync which runs every night" → create_key', () => {
    const r = parseRequest('we need a key for ledger-sync which runs every night');
    expect(r.intent).toBe('create_key');
    expect(r.businessUnit).toBe('ledger-sync');
  });
});

describe('questions and remarks about our actions', () => {
  it.each([
    ['who can offboard a unit?', 'deprovision'],
    ['who is allowed to revoke keys', 'revoke'],
  ])('"%s" asks who may do it: help about %s', (text, topic) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('help');
    expect(r.topic).toBe(topic);
  });

  it.each([
    'at the all-hands i will explain how to rotate a key, with a dummy one',
    'once the vendor contract ends we will need to revoke their key',
  ])('a remark about one of our actions is neither help nor an action: "%s"', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('unknown');
  });
});

describe('asked to ask', () => {
  it('"my lead asked me to request a token for 2 hours" is the writer asking: a token', () => {
    const r = parseRequest('my lead asked me to request a token for 2 hours');
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(7200);
  });

  it('"my lead already asked for a key for geo-api" reports a request: nothing asked', () => {
    expect(parseRequest('my lead already asked for a key for geo-api').intent).toBe('unknown');
  });
});

describe('filler clauses asked with a request', () => {
  it('"hey, sorry to interrupt, 4h token for me?" is a token request, not a question', () => {
    const r = parseRequest('hey, sorry to interrupt, 4h token for me?');
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(4 * 3600);
  });
});

describe('lifetimes in hours are tokens', () => {
  it('"could you give me whatever access i need for about three hours?" → token, 3h', () => {
    const r = parseRequest('could you give me whatever access i need for about three hours?');
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(3 * 3600);
  });
});

describe('a business unit is ours, whatever else is named', () => {
  it('the geo-legacy unit is not used any more, please deprovision it. ticket OPS-77: a deprovision', () => {
    const r = parseRequest('the geo-legacy unit is not used any more, please deprovision it. ticket OPS-77');
    expect(r.intent).toBe('deprovision');
  });
});

describe('who asked for it, and tokens next to spend talk', () => {
  it('"who requested the maps-api key?" asks the history', () => {
    expect(parseRequest('who requested the maps-api key?').intent).toBe('history');
  });

  it.each(['our cloud spend is under review this quarter; still, a token for 2h please'])(
    'a token with a lifetime is the request: "%s"',
    (text) => {
      const r = parseRequest(text);
      expect(r.intent).toBe('token');
    },
  );
});

describe('what the bot can do', () => {
  it.each(['what exactly can this bot do?', 'what else can the bot handle'])('"%s" is help', (text) => {
    expect(parseRequest(text).intent).toBe('help');
  });
});

describe('reports and refusals are not orders', () => {
  it.each([
    '14:05 api key revoked, 14:20 fresh key issued to the owner',
    'status: token was issued, keys rotated, incident closed',
    'the old key leaked so the key got revoked',
  ])('a timeline or status line is not acted on: %s', (text) => {
    expect(acts(text)).toBe(false);
    expect(parseRequest(text).businessUnit).toBeNull();
  });

  it.each([
    "I'd rather not create another key for the search team",
    'we would prefer not to rotate the billing key this week',
  ])('"rather not" / "prefer not to" withdraws: %s', (text) => {
    expect(acts(text)).toBe(false);
  });

  it('a clock time is never a business unit', () => {
    expect(parseRequest('11:45 key revoked').businessUnit).toBeNull();
  });

  it('a need stated with a participle still asks: "token needed for 3h"', () => {
    const r = parseRequest('token needed for 3h');
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(3 * 3600);
  });

  it('what remains after "rather not" is still read: a token after refusing a key', () => {
    const r = parseRequest("I'd rather not create another key for this, just a token for 2h");
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(7200);
  });
});
