import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

describe("a numbered list in a letter: the next item's number is no part of a value", () => {
  it('"3. in us-west-2" after "valid for 2 hours" adds no minutes', () => {
    const parse = parseRequest(
      'Hello team,\n\nplease arrange the following:\n1. one short-term token\n2. lifetime 2 hours\n3. region us-west-2\n\nThanks,\nIvo',
    );
    expect(parse.intent).toBe('token');
    expect(parse.ttlSeconds).toBe(7200);
    expect(parse.region).toBe('us-west-2');
  });

  it('look-alike: minutes said after the hours on one line still count', () => {
    expect(parseRequest('token for 2 hours 30 please').ttlSeconds).toBe(9000);
    expect(parseRequest('token for two hours fifteen').ttlSeconds).toBe(8100);
  });
});

describe("a period's possessive names no unit", () => {
  it.each([
    ["send me last month's spend please", { kind: 'month', monthsAgo: 1 }],
    ["what is this month's spend?", { kind: 'month', monthsAgo: 0 }],
  ])('%s', (text, period) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('spend');
    expect(parse.businessUnit).toBeNull();
    expect(parse.period).toEqual(period);
  });

  it('look-alike: a unit named with it stays', () => {
    const parse = parseRequest("last month's spend for growth");
    expect(parse.intent).toBe('spend');
    expect(parse.businessUnit).toBe('growth');
  });
});
