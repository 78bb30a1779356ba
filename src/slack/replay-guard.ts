/**
 * Replay de-duplication. Bolt and the timestamp window (timestamp-window.ts) accept a correctly
 * signed request for five minutes, so an exact copy sent again within that window would be
 * handled twice (a second token minted). Each valid signature is remembered for the window; a
 * repeat is acknowledged and dropped. Slack's own event retries carry the same event_id and are
 * also de-duplicated in the ledger; this catches everything else (commands, clicks).
 *
 * In memory, per process: with several replicas behind a load balancer a copy could reach
 * another one (each replica still refuses anything outside the five-minute window).
 */
import { MAX_CLOCK_SKEW_SECONDS } from './timestamp-window.js';

/** Remembered signatures are dropped after the window; this bounds memory under a flood. */
const MAX_REMEMBERED = 100_000;

export class ReplayGuard {
  readonly #seen = new Map<string, number>();
  readonly #windowMs: number;

  constructor(windowSeconds = MAX_CLOCK_SKEW_SECONDS * 2) {
    // Twice the skew: a timestamp up to five minutes in the future stays valid for ten minutes.
    this.#windowMs = windowSeconds * 1000;
  }

  /** True the first time a signature is seen within the window; false for a replay. */
  firstTime(signature: string, nowMs: number): boolean {
    this.#prune(nowMs);
    if (this.#seen.has(signature)) return false;
    if (this.#seen.size >= MAX_REMEMBERED) {
      const oldest = this.#seen.keys().next().value;
      if (oldest !== undefined) this.#seen.delete(oldest);
    }
    this.#seen.set(signature, nowMs + this.#windowMs);
    return true;
  }

  get size(): number {
    return this.#seen.size;
  }

  #prune(nowMs: number): void {
    // Insertion order is expiry order (one window for all), so stop at the first live entry.
    for (const [signature, until] of this.#seen) {
      if (until > nowMs) return;
      this.#seen.delete(signature);
    }
  }
}
