import { expect, it } from 'vitest';
import { type Label, acts, score } from './data/evaluate.mjs';
import { ACTING_INTENTS, type IntentName } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';

/** Acted on as it stands: an action, no question, no problem (what the engine would carry out). */
export function acted(text: string): boolean {
  const parse = parseRequest(text);
  return (
    ACTING_INTENTS.has(parse.intent) &&
    parse.question === undefined &&
    (parse.problems === undefined || parse.problems.length === 0)
  );
}

/**
 * One test per labelled row: the whole parse is exactly the label (intent and every stated slot), and
 * a row labelled help or unknown is never acted on.
 */
export const exactly = (rows: (Label & { period?: object })[]) =>
  it.each(rows.map((r) => [r.text, r] as const))('%j', (_text, label) => {
    const parse = parseRequest(label.text);
    expect(score(label, parse).wrong).toEqual([]);
    if (label.intent === 'unknown' || label.intent === 'help') expect(acts(parse)).toBe(false);
  });

/** Each text asks nothing of the bot: unknown, never acted on. */
export const nothingAsked = (texts: string[]) =>
  it.each(texts)('%j', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
    expect(acted(text)).toBe(false);
  });

/** Each text keeps its request: the intent (and the unit where one is given). */
export const keeps = (rows: [string, IntentName, string?][]) =>
  it.each(rows)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect(parse.intent).toBe(intent);
    if (unit !== undefined) expect(parse.businessUnit).toBe(unit);
  });

/** Each text, whatever it reads as, is never acted on (an action may still be asked about). */
export const neverActs = (texts: string[]) =>
  it.each(texts)('%j is not acted on', (text) => {
    expect(acted(text)).toBe(false);
  });

/** A row read exactly: its text, intent and unit (null when none is named). */
export type ReadRow = readonly [text: string, intent: string, unit: string | null];
/** Each text reads as the intent and exactly the unit given (none when null). */
export const reads = (rows: ReadRow[]) =>
  it.each(rows)('%j', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit ?? null]).toEqual([intent, unit]);
  });

/** Each text is acted on as it stands (the request is the asker's, now). */
export const stillActs = (texts: string[]) =>
  it.each(texts)('%j acts', (text) => {
    expect(acted(text)).toBe(true);
  });

/** A row of stated slots: the text, and each slot's wanted value (null when none is read). */
export type SlotRow = readonly [text: string, slots: Record<string, unknown>];
/** Each text reads exactly the slots given (others are not looked at). */
export const slots = (rows: SlotRow[]) =>
  it.each(rows)('%j', (text, want) => {
    const parse = parseRequest(text) as unknown as Record<string, unknown>;
    const got = Object.fromEntries(Object.keys(want).map((k) => [k, parse[k] ?? null]));
    expect(got).toEqual(want);
  });
