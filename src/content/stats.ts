// Timings the browser benchmark reads: start-up, loading the checker, and each check's key-to-sidebar time.
// They live on the content script's own global (its isolated world), which the page's scripts cannot reach.

/** When this script began evaluating: main.ts imports this module first. */
export const STATS_CLOCK = performance.now();

export interface CheckRecord {
  /** From the first edit the check covers to the sidebar and underlines being up to date, ms. */
  latency: number;
  /** Main-thread time of the check itself, all slices (reading the text included), ms. */
  cost: number;
  /** The longest single slice of it, ms. */
  longestSlice: number;
  /** Which piece of work took longest ('read', a rule's id, 'finish'), and how long. */
  slowestStep: string;
  /** Drawing the sidebar and underlines afterwards (one task with the last slice), ms. */
  render: number;
  length: number;
}

export interface ContentStats {
  /** Time the content script spent evaluating before it returned to the page, ms. */
  startup: number;
  /** Loading (evaluating) the checker and settings on the first focused compose box, ms. */
  coreLoad: number;
  /** The idle-time warm-up check, main-thread ms over all its slices. */
  warmUp: number;
  checks: CheckRecord[];
}

const KEEP = 5000;
const stats: ContentStats = { startup: -1, coreLoad: -1, warmUp: -1, checks: [] };
(globalThis as Record<symbol, unknown>)[Symbol.for('civil-post.stats')] = stats;

export function recordCheck(record: CheckRecord): void {
  if (stats.checks.length >= KEEP) stats.checks.shift();
  stats.checks.push(record);
}

export function recordTiming(key: 'startup' | 'coreLoad' | 'warmUp', ms: number): void {
  stats[key] = ms;
}
