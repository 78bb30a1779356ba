import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('a question whose subject is one of our commands asks how it works: help', () => {
  it.each([
    ['is rotation automatic?', 'rotate'],
    ['is the rotation immediate?', 'rotate'],
    ['will revoking kill running jobs?', 'revoke'],
  ])('%s', (text, topic) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('help');
    expect(parse.topic).toBe(topic);
  });

  it.each(['is rotating my phone screen bad for it?', 'is rotation of the growth key done?'])(
    'look-alike, not how a command works: %s',
    (text) => {
      expect(parseRequest(text).intent).not.toBe('help');
    },
  );
});
