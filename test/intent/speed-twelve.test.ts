import { describe, expect, it } from 'vitest';
import { ACTING_INTENTS } from '../../src/core/request.js';
import { instructionStart } from '../../src/intent/mood.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { storyValueRanges } from '../../src/intent/request-sentence.js';

/**
 * Round twelve's shortcuts: story values are only looked for in a text with a duration or a Region,
 * and the instruction after a story only in a text of more than one clause. What is read is the same.
 */
describe('story values: only a duration or a Region can be one', () => {
  it('a duration and a Region told in the story are left out, the request keeps its own', () => {
    const parse = parseRequest(
      'We had an outage in Frankfurt last night that lasted 3 hours. Token for 2h in Ireland please.',
    );
    expect(parse.intent).toBe('token');
    expect(parse.ttlSeconds).toBe(7_200);
    expect(parse.region).toBe('eu-west-1');
  });

  it('a story about an e-mail, a person or a key ID has no story values to leave out', () => {
    expect(
      storyValueRanges('my manager xxemail asked me yesterday. could you create a key for ml_ops?'),
    ).toEqual([]);
    expect(storyValueRanges('<@U0ANNA> said xxkeyid leaked. rotate it')).toEqual([]);
    expect(storyValueRanges('xxuser was here yesterday and we talked. token please')).toEqual([]);
  });

  it('a story with a duration still gives its value range', () => {
    const text = 'the job ran for xxdur last night and failed. token for xxdur please';
    const ranges = storyValueRanges(text);
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.every(([a]) => text.indexOf('xxdur') === a)).toBe(true);
  });
});

describe('the instruction after a story: only a text of two clauses or more has one', () => {
  it.each([
    'rotate the key for search-api please',
    'token for 2 hours',
    'we rotated the key for search-api last month',
  ])('one clause: none (%s)', (text) => {
    expect(instructionStart(text)).toBeNull();
  });

  it('a story, then the request: the request starts after the story', () => {
    const text = 'we rotated it last month but it leaked again, rotate the key for search_api please';
    expect(instructionStart(text)).toBe(text.indexOf(' rotate the key'));
    const parse = parseRequest(
      'we rotated it last month but it leaked again, rotate the key for search-api please',
    );
    expect(parse.intent).toBe('rotate');
    expect(parse.businessUnit).toBe('search-api');
  });

  it('a slogan of one clause with our verb is not acted on', () => {
    const parse = parseRequest('OKR: rotate 100% of long-lived keys by Q3');
    expect(ACTING_INTENTS.has(parse.intent) && parse.question === undefined).toBe(false);
  });
});
