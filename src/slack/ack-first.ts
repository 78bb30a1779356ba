/**
 * Acknowledgements first. Slack waits at most three seconds for an acknowledgement, but it does
 * not mind if the answer that follows takes a little longer. Under a burst, the work that follows
 * each acknowledgement (resolving the person, parsing, AWS calls, rendering, the response) runs on
 * the same event loop as the next requests' acknowledgements, and it used to delay them (measured
 * by bench/: ack p99 at 50 concurrent requests was several times the bare Bolt app's).
 *
 * This scheduler starts follow-up work only in a lull: no Slack request waiting for its
 * acknowledgement, and none arrived for `quietMs`. Starting as soon as the requests read so far
 * were acknowledged was not enough: under a burst that is true after every turn of the event
 * loop, a few hundred microseconds before the next requests arrive, and the work started then
 * held them up (bench/: ack p50 at 50 concurrent 3.3x the bare app). A bounded number of jobs runs
 * at once. A job that has waited `maxDeferMs` starts anyway (a few at a time, with the
 * acknowledgements read in between), so steady traffic cannot starve the answers.
 */
export interface AckFirstOptions {
  /** Follow-up jobs running at once (each mostly waits on Slack or AWS). */
  concurrency: number;
  /** The longest a job waits for a lull before it starts regardless. */
  maxDeferMs: number;
  /** How long no Slack request must have arrived for a lull (default 0: only none unacknowledged). */
  quietMs?: number;
  now?: () => number;
}

interface Waiting {
  start: () => void;
  since: number;
}

/** Overdue jobs started per turn of the event loop while acknowledgements wait. */
const OVERDUE_PER_TURN = 4;

export class AckFirstScheduler {
  readonly #concurrency: number;
  readonly #maxDeferMs: number;
  readonly #quietMs: number;
  readonly #now: () => number;
  #unacknowledged = 0;
  #lastArrival = Number.NEGATIVE_INFINITY;
  #active = 0;
  readonly #queue: (Waiting | undefined)[] = [];
  #head = 0;
  #pumpScheduled = false;
  #timer: NodeJS.Timeout | null = null;
  #timerAt = Number.POSITIVE_INFINITY;

  constructor(options: AckFirstOptions) {
    this.#concurrency = Math.max(1, options.concurrency);
    this.#maxDeferMs = options.maxDeferMs;
    this.#quietMs = Math.max(0, options.quietMs ?? 0);
    this.#now = options.now ?? (() => performance.now());
  }

  /** A Slack request arrived and has not been answered yet. */
  requestStarted(): void {
    this.#unacknowledged += 1;
    if (this.#quietMs > 0) this.#lastArrival = this.#now();
  }

  /** That request has been answered (acknowledged, refused, or its connection closed). */
  requestFinished(): void {
    this.#unacknowledged = Math.max(0, this.#unacknowledged - 1);
    if (this.#unacknowledged === 0 && this.waiting > 0) this.#schedulePump();
  }

  /** Runs `work` in the next lull (or once it is overdue) when a slot is free. */
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
    return this.#queue.length - this.#head;
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
    let overdueStarted = 0;
    while (this.#active < this.#concurrency && this.waiting > 0) {
      const oldest = this.#queue[this.#head] as Waiting;
      const now = this.#now();
      const overdue = now - oldest.since >= this.#maxDeferMs;
      const quietAt = this.#lastArrival + this.#quietMs;
      const busy = this.#unacknowledged > 0 || now < quietAt;
      if (busy && !overdue) {
        // A request still waiting wakes the pump when it is answered; otherwise wake at the lull.
        const overdueAt = oldest.since + this.#maxDeferMs;
        this.#wakeAt(this.#unacknowledged > 0 ? overdueAt : Math.min(overdueAt, quietAt), now);
        return;
      }
      if (busy && overdueStarted === OVERDUE_PER_TURN) {
        // Give the acknowledgements read meanwhile a turn before starting more.
        this.#schedulePump();
        return;
      }
      this.#take();
      this.#active += 1;
      if (busy) overdueStarted += 1;
      oldest.start();
    }
  }

  #take(): void {
    // Let go of the job's closure now (its request's fields), not at the next compaction.
    this.#queue[this.#head] = undefined;
    this.#head += 1;
    // Compact now and then rather than shift() an array that a burst made long.
    if (this.#head === this.#queue.length) {
      this.#queue.length = 0;
      this.#head = 0;
    } else if (this.#head >= 1024 && this.#head * 2 >= this.#queue.length) {
      this.#queue.splice(0, this.#head);
      this.#head = 0;
    }
  }

  #wakeAt(at: number, now: number): void {
    if (this.#timer !== null && this.#timerAt <= at) return;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timerAt = at;
    this.#timer = setTimeout(
      () => {
        this.#timer = null;
        this.#timerAt = Number.POSITIVE_INFINITY;
        this.#schedulePump();
      },
      Math.max(0, Math.ceil(at - now)),
    );
  }
}
