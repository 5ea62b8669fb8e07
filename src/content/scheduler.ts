// When to check a compose box: in the next task while checks are cheap, spaced out as they grow costly,
// in slices that yield to the page on long posts, and always on the newest text.

/** The longest a slice of one check may run before the page gets the main thread back (a frame is 16.7 ms). */
export const SLICE_MS = 8;
/** Between two checks the page gets at least this multiple of a check's cost, so a burst of typing never saturates it. */
export const GAP_FACTOR = 1;
/** ...but never waits longer than this after a change, however slow the last check was. */
export const MAX_GAP_MS = 250;

/** One check in progress: each `next()` does one piece of work; `done` carries the result. */
export type Job<T> = Iterator<unknown, T, void>;

/** Clock and task queue, injectable so tests can drive time by hand. */
export interface SchedulerEnv {
  now(): number;
  /** Runs `fn` in a new task as soon as possible (after the current event and its rendering work). */
  post(fn: () => void): void;
  /** Runs `fn` in a new task after `ms`; returns a cancel function. */
  later(fn: () => void, ms: number): () => void;
}

export interface SchedulerHooks<T> {
  /** Reads the newest text and starts a check of it; null when there is nothing to check. */
  start(): Job<T> | null;
  /** The finished check; never called for a check overtaken by newer text. */
  finish(result: T, costMs: number, longestSliceMs: number, slowestStep: { value: unknown; ms: number }): void;
}

type State = 'idle' | 'waiting' | 'running';

export class CheckScheduler<T> {
  private state: State = 'idle';
  private job: Job<T> | null = null;
  /** Set when the text changed after the running check read it: that check's result is already stale. */
  private stale = false;
  private cancelTimer: (() => void) | null = null;
  private lastEnd = -Infinity;
  private jobCost = 0;
  private longestSlice = 0;
  private slowestStep = { value: undefined as unknown, ms: 0 };
  /** Smoothed cost of a whole check in ms (main-thread time, all slices). */
  cost = 0;
  private stopped = false;

  constructor(
    private readonly hooks: SchedulerHooks<T>,
    private readonly env: SchedulerEnv = browserEnv(),
  ) {}

  /** The text changed: check it soon. Cheap, and safe to call on every keystroke and mutation. */
  request(): void {
    if (this.stopped) return;
    if (this.state === 'running') this.stale = true;
    else if (this.state === 'idle') this.arm();
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer?.();
    this.job = null;
    this.state = 'idle';
  }

  get busy(): boolean {
    return this.state !== 'idle';
  }

  private arm(): void {
    this.state = 'waiting';
    const gap = Math.min(this.cost * GAP_FACTOR, MAX_GAP_MS);
    const delay = this.lastEnd + gap - this.env.now();
    if (delay <= 0) this.env.post(() => this.begin());
    else this.cancelTimer = this.env.later(() => this.begin(), delay);
  }

  private begin(): void {
    this.cancelTimer = null;
    if (this.stopped || this.state !== 'waiting') return;
    const t0 = this.env.now();
    this.stale = false;
    this.job = this.hooks.start();
    this.jobCost = 0;
    this.longestSlice = 0;
    // Reading the text is the job's first piece of work.
    this.slowestStep = { value: 'read', ms: this.env.now() - t0 };
    if (!this.job) {
      this.settle();
      return;
    }
    this.state = 'running';
    this.slice(t0);
  }

  private slice(t0 = this.env.now()): void {
    if (this.stopped || !this.job) return;
    // Newer text arrived while this check waited for its next slice: drop it and check the newest instead.
    if (this.stale) {
      this.job = null;
      this.settle();
      this.arm();
      return;
    }
    let step: IteratorResult<unknown, T>;
    let last = this.env.now();
    do {
      step = this.job.next();
      const now = this.env.now();
      if (now - last > this.slowestStep.ms) this.slowestStep = { value: step.done ? 'finish' : step.value, ms: now - last };
      last = now;
    } while (!step.done && last - t0 < SLICE_MS);
    const spent = last - t0;
    this.jobCost += spent;
    this.longestSlice = Math.max(this.longestSlice, spent);
    if (step.done) {
      this.job = null;
      const cost = this.jobCost;
      this.cost = this.cost === 0 ? cost : this.cost * 0.5 + cost * 0.5;
      this.settle();
      this.hooks.finish(step.value, cost, this.longestSlice, this.slowestStep);
      return;
    }
    this.env.post(() => this.slice());
  }

  private settle(): void {
    this.state = 'idle';
    this.lastEnd = this.env.now();
  }
}

/** Tasks through a MessageChannel, which browsers neither clamp nor throttle like setTimeout(0); one task per call. */
export function browserEnv(): SchedulerEnv {
  const queue: Array<() => void> = [];
  let channel: MessageChannel | null = null;
  return {
    now: () => performance.now(),
    post(fn) {
      if (!channel) {
        channel = new MessageChannel();
        channel.port1.onmessage = () => queue.shift()?.();
      }
      queue.push(fn);
      channel.port2.postMessage(0);
    },
    later(fn, ms) {
      const id = setTimeout(fn, ms);
      return () => clearTimeout(id);
    },
  };
}
