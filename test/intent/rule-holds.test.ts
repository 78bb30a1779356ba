/**
 * rule-holds.ts: a kind of message holds the rules' reading against the classifier only inside its guards (the
 * rules' intent, their confidence, a unit named, the classifier's reading, an object of ours), checked in `held`.
 */
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/core/request.js';
import { SURE_ACTION } from '../../src/intent/decision-lines.js';
import { prepare } from '../../src/intent/prepare.js';
import {
  COMMAND_TAIL,
  EVERYDAY,
  type HoldCase,
  held,
  KEY_NEEDS_CHANGE,
  RELAYED,
  UNIT_NEEDS_KEY,
} from '../../src/intent/rule-holds.js';
import { applyRules } from '../../src/intent/rules.js';

function caseOf(text: string, scored: HoldCase['scored'] = [], ruled?: Partial<ParseResult>): HoldCase {
  const p = prepare(text);
  return { p, ruled: { ...applyRules(p), ...ruled }, scored, top: scored[0] };
}

describe('held: the guards every kind shares', () => {
  it('holds a relayed request the rules read surely, at even odds, whatever the classifier reads', () => {
    const c = caseOf('my manager wants the growth key rotated, thanks!', [{ intent: 'unknown', score: 0.8 }]);
    expect(c.ruled.intent).toBe('rotate');
    expect(held(RELAYED, c)).toEqual({ intent: 'rotate', score: 0.5 });
  });

  it('does not hold a reading the rules are unsure of, or one of another intent', () => {
    const text = 'my manager wants the growth key rotated, thanks!';
    expect(held(RELAYED, caseOf(text, [], { confidence: 0.4 }))).toBeNull();
    expect(held(RELAYED, caseOf(text, [], { intent: 'details' }))).toBeNull();
  });

  it("does not hold a key's need when no unit is named, or when the key is another system's", () => {
    expect(held(KEY_NEEDS_CHANGE, caseOf("the data desk's key needs rotating"))).not.toBeNull();
    expect(
      held(KEY_NEEDS_CHANGE, caseOf("the data desk's key needs rotating", [], { businessUnit: null })),
    ).toBeNull();
    expect(held(KEY_NEEDS_CHANGE, caseOf("the data desk's ssh key needs rotating"))).toBeNull();
  });

  it('holds against the classifier only where it reads something else', () => {
    const text = 'the Drug Safety Office (dso) needs a key';
    expect(held(UNIT_NEEDS_KEY, caseOf(text, [{ intent: 'details', score: 0.6 }]))).not.toBeNull();
    expect(held(UNIT_NEEDS_KEY, caseOf(text, [{ intent: 'create_key', score: 0.6 }]))).toBeNull();
  });

  it('raises a command the classifier leans to less surely to SURE_ACTION, and leaves a sure one alone', () => {
    const text = 'rotate the ads key when you get a chance';
    expect(held(COMMAND_TAIL, caseOf(text, [{ intent: 'rotate', score: 0.75 }]))).toEqual({
      intent: 'rotate',
      score: SURE_ACTION,
    });
    expect(held(COMMAND_TAIL, caseOf(text, [{ intent: 'rotate', score: 0.95 }]))).toBeNull();
  });

  it('reads everyday things as nothing asked of the bot, whatever the rules called them', () => {
    const c = caseOf('what do we have for lunch?', [{ intent: 'details', score: 0.6 }]);
    expect(c.ruled.reason).toBe('about everyday things');
    expect(held(EVERYDAY, c)).toEqual({ intent: 'unknown', score: 0.9 });
  });
});
