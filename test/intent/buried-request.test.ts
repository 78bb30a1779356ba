import { describe, expect, it } from 'vitest';
import { ACTING_INTENTS } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('a request said as a noun phrase in a sentence of its own after a story is a request', () => {
  it('token with a lifetime and a Region after two sentences of story', () => {
    const parse = parseRequest(
      "I'm helping the Lisbon team with their eval, and they've asked me to rerun it from here. Token for 3 hours in Ireland.",
    );
    expect(parse.intent).toBe('token');
    expect(parse.ttlSeconds).toBe(10_800);
    expect(parse.region).toBe('eu-west-1');
  });

  it('after a colon that ends the story ("so here goes: …")', () => {
    const parse = parseRequest(
      'We got an email from AWS saying our Bedrock quota was raised after a long support case. Nice. Now for the test run: token for 5h in Ohio.',
    );
    expect(parse.intent).toBe('token');
    expect(parse.ttlSeconds).toBe(18_000);
    expect(parse.region).toBe('us-east-2');
  });

  it('a token for a colleague, with a remark after it', () => {
    const parse = parseRequest(
      'Marta from the Porto office asked me to help with her benchmark, she has 200 prompts queued. token for <@U0MARTA123> for 3 hours, she will run it',
    );
    expect(parse.intent).toBe('token');
    expect(parse.owner).toBe('U0MARTA123');
    expect(parse.ttlSeconds).toBe(10_800);
  });
});

describe('look-alikes: a story about a token stays a story', () => {
  it.each([
    'We got a token for 2h yesterday and it expired mid-run.',
    'Last sprint we asked for tokens all the time. The token for 2h we got on Monday expired before the demo.',
  ])('%s', (text) => {
    const parse = parseRequest(text);
    expect(ACTING_INTENTS.has(parse.intent) && parse.question === undefined).toBe(false);
  });
});

describe("the unit is the request sentence's, not the story's", () => {
  it('a team that "wants AI help" in the story, the unit named in the request', () => {
    const parse = parseRequest(
      'The billing-ops team wants AI help for their dispute backlog. Create a key for billing-disputes, 30 days.',
    );
    expect(parse.intent).toBe('create_key');
    expect(parse.businessUnit).toBe('billing-disputes');
    expect(parse.expiryDays).toBe(30);
  });

  it('"got a 3-year grant" tells, it asks for nothing', () => {
    const parse = parseRequest(
      'The oncology team in Leiden got a 2-year grant for trial summaries. Please create a bedrock key for the trial-summaries unit.',
    );
    expect(parse.businessUnit).toBe('trial-summaries');
  });

  it('"a big request" is a noun too', () => {
    const parse = parseRequest(
      'The legal team sent a big request to procurement last month. Please rotate the key for contracts-ai.',
    );
    expect(parse.intent).toBe('rotate');
    expect(parse.businessUnit).toBe('contracts-ai');
  });

  it('look-alike: "is there a list of the teams" still lists them all', () => {
    const parse = parseRequest('is there a list of all the units that use bedrock?');
    expect(parse.intent).toBe('list');
    expect(parse.all).toBe(true);
  });

  it('look-alike: a unit named only in the story is still found', () => {
    const parse = parseRequest(
      'We are the claims-triage team and we finally got budget. Please create a key for us.',
    );
    expect(parse.intent).toBe('create_key');
    expect(parse.businessUnit).toBe('claims-triage-team');
  });
});

describe('"I meant to ask" is no correction', () => {
  it('the unit stays the one the request names', () => {
    const parse = parseRequest(
      'I meant to ask last week but forgot. Long-term key for risk-reporting please, owner <@U0RISK0001>.',
    );
    expect(parse.intent).toBe('create_key');
    expect(parse.businessUnit).toBe('risk-reporting');
  });

  it('look-alike: "I meant to say X" still corrects', () => {
    const parse = parseRequest('rotate the key for sales, sorry I meant to say sales-ops');
    expect(parse.businessUnit).toBe('sales-ops');
  });
});

describe('a time word names no unit', () => {
  it.each([
    'The scanner flagged AKIAJ7EXAMPLEQQ1ZZ2 in a pastebin from 3 days ago. Please revoke that key.',
    'We asked about this earlier. Please revoke ACCA9EXAMPLE3OLDKEY7.',
  ])('%s', (text) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('revoke');
    expect(parse.businessUnit).toBeNull();
  });

  it('look-alike: a unit named with the key stays', () => {
    const parse = parseRequest('It leaked 2 days ago. Please revoke the key for fraud-ml.');
    expect(parse.businessUnit).toBe('fraud-ml');
  });
});

describe('a noun phrase that is the subject of what happened is no request', () => {
  it('"Token for 2h, as usual, expired before lunch." is never carried out', () => {
    const parse = parseRequest(
      'Yesterday I asked for a token. Token for 2h, as usual, expired before lunch.',
    );
    expect(ACTING_INTENTS.has(parse.intent) && parse.question === undefined).toBe(false);
  });

  it.each(['token for 2h, works for me', 'token for 2h, has to be frankfurt'])(
    'look-alike, a remark added to the request: %s',
    (text) => {
      const parse = parseRequest(text);
      expect(parse.intent).toBe('token');
      expect(parse.question).toBeUndefined();
    },
  );
});
