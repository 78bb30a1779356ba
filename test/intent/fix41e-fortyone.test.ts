/**
 * Round forty-one, fix41e (tuned-shipyard, tuned-dental, tuned-waste, tuned-forms): what a system puts out (a summary,
 * a report, a log) said last in a unit's name said in words (unit-finder.ts); a list's next numbered item after a
 * lifetime is no minutes (durations.ts); our tokens counted per person, per day or as a maximum of them are a limit of
 * ours, not a model's (rules.ts, mood.ts). Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, nothingAsked, reads, slots } from './acted.js';

describe("a system's output noun ends a unit's name said in words", () => {
  reads([
    ['create key for hull paint report, 60 days', 'create_key', 'hull-paint-report'],
    ['api key for berth traffic summary pls', 'create_key', 'berth-traffic-summary'],
    ['details for unit autoclave log', 'details', 'autoclave-log'],
    ['rotate the key for unit lab intake log, it was in a screenshot', 'rotate', 'lab-intake-log'],
    ['spend for depot fuel report over the last month', 'spend', 'depot-fuel-report'],
  ]);
  // look-alikes: an article makes it a record the key is for, and a record asked keeps its unit
  keeps([
    ['history for payments log', 'history', 'payments'],
    ['rotate the key for the autoclave log', 'rotate', 'autoclave'],
  ]);
});

describe("a numbered list's next item after a lifetime is no minutes", () => {
  slots([
    ['1) token 2) 6h 3) Frankfurt', { intent: 'token', ttlSeconds: 21600, region: 'eu-central-1' }],
    ['1) token 2) 2h 3) no region', { intent: 'token', ttlSeconds: 7200 }],
  ]);
  // look-alikes: minutes said after the hours stay minutes
  slots([
    ['token (1h 30)', { ttlSeconds: 5400 }],
    ['token for 2h 15 please', { ttlSeconds: 8100 }],
  ]);
});

describe('our tokens counted per person, per day or as a maximum are a limit of ours', () => {
  keeps([
    ['max tokens a person can get per day?', 'help'],
    ['is there a cap on tokens per week?', 'help'],
    ['Limits question:\n- longest token in hours?\n- max tokens per user per day?', 'help'],
  ]);
  // look-alikes: a model's tokens stay a model's
  nothingAsked([
    'what are the max tokens for nova pro?',
    'how many tokens per day does the summariser burn through on claude?',
    'our input tokens per day doubled this week',
  ]);
});
