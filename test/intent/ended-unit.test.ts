import { describe, expect, it } from 'vitest';
import { ACTING_INTENTS } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';

/** The engine would carry it out: an acting intent with no question. */
const acts = (text: string): boolean => {
  const r = parseRequest(text);
  return ACTING_INTENTS.has(r.intent) && r.question === undefined;
};

/**
 * A team or project said to have ended, then removed by a pronoun ("project Kite got cancelled,
 * please deprovision it"): the request is the deprovisioning of that unit. The name comes from the
 * sentence before, so the bot asks before doing it.
 */
describe('a unit said to have ended, then removed as "it"', () => {
  it.each<[string, string]>([
    ['project Kite got cancelled :( please deprovision it', 'kite'],
    ['the project lumen is finish. please remove it from bedrock', 'lumen'],
    ['our team heron does not exist anymore, please remove it completely', 'heron'],
    ['project orca is over, delete everything of it please', 'orca'],
    ['the quill project was closed last week. please offboard it', 'quill'],
  ])('"%s" is the deprovisioning of %s, asked first', (text, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('deprovision');
    expect(r.businessUnit).toBe(unit);
    expect(acts(text)).toBe(false);
  });

  it.each<[string, string]>([
    ['please shut down everything for kite', 'kite'],
    ['Project Kite was cancelled. Please shut down everything for kite', 'kite'],
    ['deprovision all for lumen please', 'lumen'],
    ['team vega has been dissolved, please decommission them', 'vega'],
  ])('"%s": the unit is %s', (text, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('deprovision');
    expect(r.businessUnit).toBe(unit);
  });

  it.each([
    'the team lunch was cancelled, please delete it',
    'the team offsite is cancelled, please remove it from the calendar',
    'our project lunch-and-learn is over, please remove it from the calendar',
    'project lumen is finished, I will remove everything from jira',
    "project lumen is finished, don't remove it yet",
    'team heron had a great quarter, please remove it from the agenda',
    'the vendor contract ended, please deprovision it',
    'the meeting was cancelled, please delete it',
  ])('"%s" is not carried out', (text) => {
    expect(acts(text)).toBe(false);
    expect(parseRequest(text).intent).not.toBe('deprovision');
  });
});
