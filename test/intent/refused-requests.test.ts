import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts as actsOn } from './data/evaluate.mjs';

const acts = (text: string): boolean => actsOn(parseRequest(text));

describe('real requests that are not put as orders are read, not refused', () => {
  // Put as a question: the request is asked about with buttons, not answered with help.
  it.each([
    'design sprint crew here 👋 a 90 minute token for me?',
    'workshop people here ✋ one 2h token for me?',
    'analytics guild here 🙋 a 4h token for me?',
    'token for the whole afternoon? say 5h?',
  ])('"%s" asks whether the credential is meant', (text) => {
    const r = parseRequest(text);
    expect(['token', 'create_key']).toContain(r.intent);
    expect(r.question).toBeDefined();
    expect(acts(text)).toBe(false);
  });

  // Told as what someone else asked of the writer: a request, asked about before anything is done.
  it.each([
    ['my lead asked me to request a key for billing-core', 'create_key', 'billing-core'],
    ['our director told us to get a key for claims-triage before the launch', 'create_key', 'claims-triage'],
    ['my team lead asked me to get a token for 2 hours, thanks', 'token', null],
    ['my manager asked me to request a token for 3 hours', 'token', null],
  ])('"%s" is a %s request, asked about', (text, intent, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    if (unit !== null) expect(r.businessUnit).toBe(unit);
    expect(acts(text)).toBe(false);
  });

  // A polite condition, a thought or a "way to get" around the request: asked about, not dropped.
  it.each([
    ["if you could spare a token for 2 hours I'd be so grateful 🙏", 'token'],
    ['is there any way we could get a token for like 90 min? no rush', 'token'],
    [
      'hi! I think our invoice bot needs a bedrock key. the unit is billing-ops. valid for 3 months',
      'create_key',
    ],
  ])('"%s" is a %s request, asked about', (text, intent) => {
    const r = parseRequest(text);
    expect(r.intent).toBe(intent);
    expect(r.question).toBeDefined();
    expect(acts(text)).toBe(false);
  });

  // A confident read of the rules stands when the classifier is no surer that nothing is asked.
  // (fix48e: "who runs X" held as details by the rules, rule-holds.ts WHO_RUNS.)
  it.each([
    ['who runs search-ranking nowadays', 'details'],
    ['can you list every key we have incl old ones', 'list'],
  ])('"%s" is read as %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});

describe('what still asks nothing', () => {
  it.each([
    'my manager asked me to request a token yesterday, it worked fine',
    'we rotated the payments key last week',
    'rotating the fraud-ops key now, brb',
  ])('"%s" is told, not asked', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acts(text)).toBe(false);
  });

  it.each([
    'my token keeps saying expired, what could be wrong?',
    'is a token for 6h too long for the eval?',
  ])('"%s" is a question for help', (text) => {
    expect(parseRequest(text).intent).toBe('help');
  });
});
