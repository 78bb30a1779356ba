/**
 * Choices offered with a question: each carries the structured request it stands for, so picking
 * one runs that request directly; nothing is turned into a sentence and parsed again. `text` is
 * only how a person could type the same request (the "Or type it" hint, the CLI's suggestion).
 */
import type { Choice, Outcome } from './outcome.js';
import type { KeyRef } from './plan.js';
import { emptyParse, type KeyKind, type ParseResult } from './request.js';

type RequestSlots = Partial<ParseResult> & Pick<ParseResult, 'intent'>;

export function choice(
  key: string,
  label: string,
  slots: RequestSlots,
  text: string,
  style?: Choice['style'],
): Choice {
  const request = emptyParse({ confidence: 1, reason: `chosen: ${label}`, ...slots });
  return style === undefined ? { key, label, request, text } : { key, label, request, text, style };
}

/** The user already has the two keys of this kind AWS allows; the way forward offered is a rotation. */
export function slotsFull(
  businessUnit: string,
  keyKind: KeyKind,
  keys: KeyRef[],
): Extract<Outcome, { type: 'slots-full' }> {
  const kindText = keyKind === 'access-key' ? 'access key' : 'api key';
  const rotate = choice(
    'rotate',
    'Rotate instead',
    { intent: 'rotate', businessUnit, keyKind },
    `rotate ${kindText} for ${businessUnit}`,
    'primary',
  );
  return { type: 'slots-full', businessUnit, keyKind, keys, choices: [rotate], requestId: null };
}
