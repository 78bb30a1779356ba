import { describe, expect, it } from 'vitest';
import { ACTING_INTENTS } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('a goal told before a request in a sentence of its own does not make the request a goal', () => {
  it('token after an OKR', () => {
    const parse = parseRequest(
      'My manager and I set my goals for next year, one is to get the claims-ocr pipeline live by Q3. First step today: token for 3h.',
    );
    expect(parse.intent).toBe('token');
    expect(parse.ttlSeconds).toBe(10_800);
  });

  // (Asked about until round fifty-six, whose closing retrain made the classifier surer of the request in its own sentence,
  // 0.89 -> 0.91: it is read at once, and the rotation, destructive, still waits for its confirmation button.)
  it('a rotation asked after a goal is read, not taken for the goal', () => {
    const parse = parseRequest('Our goal is all keys rotated by Q3. Rotate the growth key please.');
    expect(parse.intent).toBe('rotate');
    expect(parse.businessUnit).toBe('growth');
  });
});

describe('look-alikes: sayings stay sayings', () => {
  it.each([
    'OKR: rotate 100% of long-lived keys by Q3',
    'revoke, rotate, repeat. the security team motto',
    'policy: rotate keys every 90 days. revoke, rotate, repeat.',
    'KR2: every unit has a key with an owner by end of quarter. rotate all the old ones by Q4.',
  ])('%s', (text) => {
    const parse = parseRequest(text);
    expect(ACTING_INTENTS.has(parse.intent) && parse.question === undefined).toBe(false);
  });
});
