/**
 * Acknowledgements first. Slack waits at most three seconds for an acknowledgement, but it does
 * not mind if the answer that follows takes a little longer. Under a burst, the work that follows
 * each acknowledgement (resolving the person, parsing, AWS calls, rendering, the response) runs on
 * the same event loop as the next requests' acknowledgements, and it used to delay them (measured
 * by bench/: ack p99 at 50 concurrent requests was several times the bare Bolt app's).
 *
 * This scheduler starts follow-up work only when no Slack request is waiting for its
 * acknowledgement, and runs a bounded number of jobs at once. Each start is deferred with
 * setImmediate, so the event loop first reads every request that has already arrived. A job
 * that has waited `maxDeferMs` starts anyway, so steady traffic cannot starve the answers.
 */
export interface AckFirstOptions {
  /** Follow-up jobs running at once (each mostly waits on Slack or AWS). */
  concurrency: number;
  /** The longest a job waits for a quiet moment before it starts regardless. */
  maxDeferMs: number;
  now?: () => number;
}

interface Waiting {
  start: () => void;
  since: number;
}

export class AckFirstScheduler {
  readonly #concurrency: number;
  readonly #maxDeferMs: number;
  readonly #now: () => number;
  #unacknowledged = 0;
  #active = 0;
  readonly #queue: Waiting[] = [];
  #pumpScheduled = false;
  #timer: NodeJS.Timeout | null = null;

  constructor(options: AckFirstOptions) {
    this.#concurrency = Math.max(1, options.concurrency);
    this.#maxDeferMs = options.maxDeferMs;
    this.#now = options.now ?? Date.now;
  }

  /** A Slack request arrived and has not been answered yet. */
  requestStarted(): void {
    this.#unacknowledged += 1;
  }

  /** That request has been answered (acknowledged, refused, or its connection closed). */
  requestFinished(): void {
    this.#unacknowledged = Math.max(0, this.#unacknowledged - 1);
    if (this.#unacknowledged === 0) this.#schedulePump();
  }

  /** Runs `work` once the acknowledgements waiting now have gone out and a slot is free. */
  run<T>(work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({
        since: this.#now(),
        start: () => {
          const settle = (): void => {
            this.#active -= 1;
            this.#schedulePump();
          };
          work().then(
            (value) => {
              settle();
              resolve(value);
            },
            (error: unknown) => {
              settle();
              reject(error instanceof Error ? error : new Error(String(error)));
            },
          );
        },
      });
      this.#schedulePump();
    });
  }

  get waiting(): number {
    return this.#queue.length;
  }

  get active(): number {
    return this.#active;
  }

  #schedulePump(): void {
    if (this.#pumpScheduled) return;
    this.#pumpScheduled = true;
    // After the poll phase: every request already readable is parsed and acknowledged first.
    setImmediate(() => {
      this.#pumpScheduled = false;
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#active < this.#concurrency && this.#queue.length > 0) {
      const oldest = this.#queue[0] as Waiting;
      const overdue = this.#now() - oldest.since >= this.#maxDeferMs;
      if (this.#unacknowledged > 0 && !overdue) {
        this.#wakeWhenOverdue(oldest);
        return;
      }
      this.#queue.shift();
      this.#active += 1;
      oldest.start();
      if (this.#unacknowledged > 0) {
        // Started because it was overdue: give waiting acknowledgements a turn before the next.
        this.#schedulePump();
        return;
      }
    }
  }

  #wakeWhenOverdue(oldest: Waiting): void {
    if (this.#timer !== null) return;
    const delay = Math.max(0, oldest.since + this.#maxDeferMs - this.#now());
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#schedulePump();
    }, delay);
    this.#timer.unref();
  }
}
