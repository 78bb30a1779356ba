/**
 * Round thirty-three, fix33a: non-requests the parser read as help or a read, or as a change it then asked about:
 * remarks to colleagues and questions about the company's own other things. Sentences of our own of each kind, and
 * the near ones that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { neverActs, nothingAsked } from './acted.js';

describe("approval of the trade's own things, nothing of ours named, is nothing asked (others-approval.ts)", () => {
  nothingAsked([
    'claim payout approval for CL-20931 — who signs off above 500 euro?',
    'the approval flow for damage claims over 1000 euro now goes via the claims lead',
    'our approval process for events is so slow, 3 weeks for a bake sale',
    'We still need approval from the estate before the remaster goes out',
    'refund approval for order 5512, who signs off over €200?',
    'the approval process for school visits is a nightmare this term',
    'we need sign-off from the council before the mural goes up',
  ]);
  // look-alikes: the approval of our keys, tokens and requests stays help
  it.each([
    'who approves key requests?',
    'how long does approval usually take?',
    'is there an approval step for rotate, or does it go through straight away?',
    'my key request needs approval from my lead, who do I chase?',
    'how long do approvals usually take? conference deadline is Friday',
  ])('%j is help', (text) => {
    expect(parseRequest(text).intent).toBe('help');
  });
  neverActs(['we need approval from finance before the bedrock key for the claims bot is created']);
});
