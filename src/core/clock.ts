/** Time and identifiers come in through these so the core stays deterministic under test. */
export interface Clock {
  now(): Date;
}

export interface IdSource {
  /** An opaque, unguessable request ID (safe to put in a button value). */
  requestId(): string;
  /** A short reference for error reports ("ref 7KQ2-M9XD"). */
  reference(): string;
}

export const systemClock: Clock = { now: () => new Date() };
