import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

describe("a list of the asker's own units has the owner 'me'", () => {
  it.each([
    'my units',
    'my units?',
    'list my units pls',
    'show me my business units',
    'which units do I own?',
    'units I own',
    "what are the teams I'm the owner of",
    'which teams am I owner of',
    'list units owned by me',
    'hey, which units are mine?',
    'could you list the teams that I own? just took over from my manager',
  ])('"%s" lists the units the person asking owns', (text) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe('list');
    expect(parse.owner).toBe('me');
  });

  it.each([
    ['list all units', 'list'],
    ['which teams have bedrock set up?', 'list'],
    ['list everything owned by sre@acme.io', 'list'],
  ])('"%s" is no list of my own units', (text, intent) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe(intent);
    expect(parse.owner).not.toBe('me');
  });

  it.each([
    'my teams are hungry, pizza at 1?',
    'my units of measure are all over the place in this spreadsheet',
    'rotate the keys of my units',
  ])('"%s" is not a list of my units', (text) => {
    const parse = parseRequest(text);
    expect(parse.intent === 'list' && parse.owner === 'me').toBe(false);
  });
});
