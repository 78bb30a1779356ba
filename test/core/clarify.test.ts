import { describe, expect, it } from 'vitest';
import { alternativeOf, clarify, requestText } from '../../src/core/clarify.js';
import { emptyParse } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('clarify: decide before acting', () => {
  it('acts on a confident parse', () => {
    expect(clarify(emptyParse({ intent: 'token', confidence: 0.95 }))).toEqual({ kind: 'act' });
  });

  it('refuses stated values that cannot be right, with their reasons', () => {
    const decision = clarify(
      emptyParse({
        intent: 'token',
        confidence: 1,
        problems: [{ slot: 'region', stated: 'us-east-7', reason: '"us-east-7" is not an AWS Region.' }],
      }),
    );
    expect(decision).toMatchObject({
      kind: 'refuse',
      outcome: { type: 'invalid', problems: ['"us-east-7" is not an AWS Region.'] },
    });
  });

  it("asks with the parser's alternatives as buttons, each carrying its request", () => {
    const token = emptyParse({ intent: 'token', confidence: 0.5 });
    const key = emptyParse({ intent: 'create_key', businessUnit: 'data-eng', confidence: 0.4 });
    const decision = clarify(
      emptyParse({
        intent: 'create_key',
        businessUnit: 'data-eng',
        confidence: 0.5,
        question: {
          text: 'Did you mean:',
          alternatives: [
            alternativeOf(token, 0.5),
            alternativeOf(key, 0.4),
            alternativeOf(emptyParse({ intent: 'help' }), 0),
          ],
        },
      }),
    );
    expect(decision).toMatchObject({
      kind: 'ask',
      question: 'Did you mean:',
      choices: [
        { key: 'reading-1', label: 'A short-term token for you', text: 'token', style: 'primary' },
        { key: 'reading-2', label: 'A long-term key for data-eng', text: 'create key for data-eng' },
        { key: 'reading-3', label: 'Help: what I can do', text: 'help' },
      ],
    });
    if (decision.kind !== 'ask') throw new Error('expected a question');
    expect(decision.choices[1]?.request).toMatchObject({ intent: 'create_key', businessUnit: 'data-eng' });
    // A button's request is acted on as it is: it is what the person picked.
    for (const c of decision.choices) expect(clarify(c.request)).toEqual({ kind: 'act' });
  });

  it('asks about an unsure acting parse even without alternatives', () => {
    const decision = clarify(emptyParse({ intent: 'rotate', businessUnit: 'sales', confidence: 0.4 }));
    expect(decision).toMatchObject({
      kind: 'ask',
      choices: [{ text: 'rotate key for sales' }, { text: 'help' }],
    });
  });

  it('never asks about help or unknown', () => {
    expect(clarify(emptyParse({ intent: 'unknown', confidence: 0.1 }))).toEqual({ kind: 'act' });
    expect(clarify(emptyParse({ intent: 'help', confidence: 0.2 }))).toEqual({ kind: 'act' });
  });

  it.each([
    emptyParse({ intent: 'token', ttlSeconds: 7200, region: 'eu-west-1', confidence: 1 }),
    emptyParse({ intent: 'create_key', businessUnit: 'data-eng', confidence: 1 }),
    emptyParse({ intent: 'rotate', businessUnit: 'sales', keyKind: 'access-key', confidence: 1 }),
    emptyParse({ intent: 'revoke', businessUnit: 'sales', all: true, confidence: 1 }),
    emptyParse({ intent: 'deprovision', businessUnit: 'old-etl', confidence: 1 }),
    emptyParse({ intent: 'details', businessUnit: 'sales', confidence: 1 }),
    emptyParse({ intent: 'models', region: 'us-west-2', confidence: 1 }),
  ])('the button text for $intent reads back to the same request, confidently', (p) => {
    const back = parseRequest(requestText(p));
    expect(back.intent).toBe(p.intent);
    expect(back.businessUnit).toBe(p.businessUnit);
    expect(back.ttlSeconds).toBe(p.ttlSeconds);
    expect(back.region).toBe(p.region);
    expect(back.all).toBe(p.all);
    expect(clarify(back)).toEqual({ kind: 'act' });
  });

  it.each([
    emptyParse({
      intent: 'spend',
      businessUnit: 'sales',
      period: { kind: 'quarter', quartersAgo: 0 },
      confidence: 1,
    }),
    emptyParse({
      intent: 'spend',
      businessUnit: 'sales',
      period: { kind: 'quarter', quartersAgo: 1 },
      confidence: 1,
    }),
    emptyParse({
      intent: 'history',
      businessUnit: 'sales',
      period: { kind: 'named-quarter', quarter: 3, year: 2026 },
      confidence: 1,
    }),
    emptyParse({
      intent: 'history',
      businessUnit: 'sales',
      period: { kind: 'month', monthsAgo: 0 },
      confidence: 1,
    }),
    emptyParse({ intent: 'history', period: { kind: 'days', days: 7 }, confidence: 1 }),
  ])('the button text of a $intent over a period reads back to the same period', (p) => {
    const back = parseRequest(requestText(p));
    expect([back.intent, back.businessUnit, back.period]).toEqual([p.intent, p.businessUnit, p.period]);
  });
});
