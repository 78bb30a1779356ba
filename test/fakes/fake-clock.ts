/**
 * Deterministic time and identifiers for tests.
 *
 *   const clock = new FakeClock('2026-03-02T10:00:00Z');
 *   clock.advance({ hours: 25 });          // move time forward
 *   const ids = new SequentialIds();       // req-0001, req-0002… / REF-0001…
 */
import type { Clock, IdSource } from '../../src/core/clock.js';

export interface DurationParts {
  ms?: number;
  seconds?: number;
  minutes?: number;
  hours?: number;
  days?: number;
}

export const DEFAULT_TEST_NOW = '2026-03-02T10:00:00.000Z';

export function durationMs(parts: DurationParts): number {
  return (
    (parts.ms ?? 0) +
    (parts.seconds ?? 0) * 1000 +
    (parts.minutes ?? 0) * 60_000 +
    (parts.hours ?? 0) * 3_600_000 +
    (parts.days ?? 0) * 86_400_000
  );
}

export class FakeClock implements Clock {
  #now: number;

  constructor(start: Date | string = DEFAULT_TEST_NOW) {
    this.#now = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.#now);
  }

  /** Moves time forward (or backward with negative parts). */
  advance(parts: DurationParts): Date {
    this.#now += durationMs(parts);
    return this.now();
  }

  set(date: Date | string): void {
    this.#now = new Date(date).getTime();
  }
}

/** Predictable IDs: `req-0001`, `req-0002`… and references `REF-0001`…; a prefix keeps several sources apart. */
export class SequentialIds implements IdSource {
  #requests = 0;
  #references = 0;

  constructor(private readonly prefix = 'req') {}

  requestId(): string {
    this.#requests += 1;
    return `${this.prefix}-${String(this.#requests).padStart(4, '0')}`;
  }

  reference(): string {
    this.#references += 1;
    return `REF-${String(this.#references).padStart(4, '0')}`;
  }

  /** The last request ID handed out (handy to click a button in a test). */
  get lastRequestId(): string {
    return `${this.prefix}-${String(this.#requests).padStart(4, '0')}`;
  }
}
