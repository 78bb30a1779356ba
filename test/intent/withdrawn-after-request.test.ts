import { describe, expect, it } from 'vitest';
import { ACTING_INTENTS } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';

/** Would the engine carry it out: an acting intent with no question and no problem. */
function acts(text: string): boolean {
  const parse = parseRequest(text);
  return (
    ACTING_INTENTS.has(parse.intent) && parse.question === undefined && (parse.problems ?? []).length === 0
  );
}

describe('a request taken back in a sentence of its own after it was made never acts', () => {
  it.each([
    'create a key for growth. hmm, take it back',
    'token 2h please. I take it back',
    'a token for 5 hours. ok, I take that back',
    'token for 2h. actually I withdraw that',
    'token for 3h, I retract that',
    'new key for fraud-ml please. scrap that, not needed',
    'a key for risk-ml for 90 days. strike that',
    'rotate the search key. meh, ignore my last message',
    'revoke the ads-ml key. I take back what I said, legal wants it kept',
    'please deprovision legacy-bi. let us park it for now',
    'token for 4h. wrong channel, sorry',
    'could you rotate the ledger-sync key? not now, after the quarter_end freeze',
  ])('%s', (text) => {
    expect(acts(text)).toBe(false);
  });
});

describe('look-alikes: what follows corrects or adds, the request stands', () => {
  it('a new value after "scratch that" is the request', () => {
    const parse = parseRequest('token 2h. scratch that, make it 4h');
    expect(parse.intent).toBe('token');
    expect(parse.ttlSeconds).toBe(14_400);
  });

  it('"I meant" names the unit meant', () => {
    const parse = parseRequest('rotate the sales key. wait, I meant sales-ops');
    expect(parse.intent).toBe('rotate');
    expect(parse.businessUnit).toBe('sales-ops');
  });

  it('a remark on the last token asks for nothing back', () => {
    const parse = parseRequest('token 3h please. the last one expired too soon');
    expect(parse.intent).toBe('token');
    expect(parse.ttlSeconds).toBe(10_800);
  });

  it('"wrong channel but …" goes on with the request', () => {
    const parse = parseRequest('token for 4h (wrong channel but it is quicker here)');
    expect(parse.intent).toBe('token');
  });

  it('"can I undo it?" after a question about revoking is a question, not a withdrawal', () => {
    expect(parseRequest('if I revoke the key by accident, can I undo it?').intent).toBe('help');
  });

  it('a story told after the request that names a later date does not withdraw it', () => {
    const parse = parseRequest('please create a key for growth. the audit ends next week');
    expect(parse.intent).toBe('create_key');
    expect(parse.businessUnit).toBe('growth');
  });
});
