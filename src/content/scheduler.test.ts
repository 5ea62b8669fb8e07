// The adaptive check schedule, on a hand-driven clock: next task when cheap, spaced out when costly, sliced, newest text wins.

import { describe, expect, it } from 'vitest';
import { CheckScheduler, MAX_GAP_MS, SLICE_MS, type SchedulerEnv } from './scheduler.ts';

/** A fake event loop: tasks run only when the test says so, and work advances the clock. */
function fakeLoop() {
  let time = 0;
  const tasks: Array<{ at: number; fn: () => void }> = [];
  const env: SchedulerEnv = {
    now: () => time,
    post: (fn) => void tasks.push({ at: time, fn }),
    later(fn, ms) {
      const task = { at: time + ms, fn };
      tasks.push(task);
      return () => tasks.splice(tasks.indexOf(task) >>> 0, 1);
    },
  };
  return {
    env,
    get time() {
      return time;
    },
    advance(ms: number) {
      time += ms;
    },
    pending: () => tasks.length,
    /** Runs the earliest task (moving the clock to it); false when none is left. */
    runNext(): boolean {
      if (!tasks.length) return false;
      tasks.sort((a, b) => a.at - b.at);
      const task = tasks.shift()!;
      time = Math.max(time, task.at);
      task.fn();
      return true;
    },
  };
}

/** A check of `text` made of `steps` pieces of work that cost `msPerStep` each. */
function job(loop: ReturnType<typeof fakeLoop>, text: string, steps: number, msPerStep: number) {
  let i = 0;
  return {
    next(): IteratorResult<unknown, string> {
      loop.advance(msPerStep);
      return ++i >= steps ? { done: true, value: text } : { done: false, value: i };
    },
  };
}

function setup(steps: number, msPerStep: number) {
  const loop = fakeLoop();
  let text = 'a';
  const started: string[] = [];
  const startedAt: number[] = [];
  const finished: Array<{ text: string; at: number }> = [];
  const scheduler = new CheckScheduler<string>(
    {
      start() {
        started.push(text);
        startedAt.push(loop.time);
        return job(loop, text, steps, msPerStep);
      },
      finish: (result) => void finished.push({ text: result, at: loop.time }),
    },
    loop.env,
  );
  return { loop, scheduler, started, startedAt, finished, type: (t: string) => ((text = t), scheduler.request()) };
}

describe('CheckScheduler', () => {
  it('checks a cheap post in the very next task, in one slice', () => {
    const { loop, finished, type } = setup(40, 0.05);
    type('hello');
    expect(finished).toEqual([]);
    loop.runNext();
    expect(finished.map((f) => f.text)).toEqual(['hello']);
    expect(finished[0]!.at).toBeCloseTo(2);
    expect(loop.pending()).toBe(0);
  });

  it('coalesces every change made before the check starts into one check of the newest text', () => {
    const { loop, started, finished, type } = setup(10, 0.1);
    type('h');
    type('he');
    type('hel');
    while (loop.runNext());
    expect(started).toEqual(['hel']);
    expect(finished.map((f) => f.text)).toEqual(['hel']);
  });

  it('splits a long check into slices no longer than SLICE_MS, yielding between them', () => {
    const { loop, finished, type } = setup(60, 1);
    type('long');
    let slices = 0;
    let last = loop.time;
    while (loop.runNext()) {
      slices++;
      expect(loop.time - last).toBeLessThanOrEqual(SLICE_MS + 1);
      last = loop.time;
    }
    expect(slices).toBeGreaterThanOrEqual(60 / (SLICE_MS + 1));
    expect(finished.map((f) => f.text)).toEqual(['long']);
  });

  it('drops a sliced check overtaken by newer text and checks the newest instead', () => {
    const { loop, started, finished, type } = setup(60, 1);
    type('v1');
    loop.runNext(); // first slice of v1
    type('v2'); // the user typed while v1 was between slices
    while (loop.runNext());
    expect(started).toEqual(['v1', 'v2']);
    expect(finished.map((f) => f.text)).toEqual(['v2']);
  });

  it('spaces costly checks out in a burst: the page keeps at least as much time as the checks take', () => {
    const { loop, scheduler, finished, type } = setup(20, 1); // 20 ms a check
    type('t0');
    while (loop.runNext());
    expect(scheduler.cost).toBeCloseTo(20);
    // Changes keep coming right after each check ends: the next one waits about one check's cost.
    const ends = [finished[0]!.at];
    for (let k = 1; k <= 3; k++) {
      type(`t${k}`);
      while (loop.runNext());
      ends.push(finished.at(-1)!.at);
    }
    for (let k = 1; k < ends.length; k++) expect(ends[k]! - ends[k - 1]!).toBeGreaterThanOrEqual(40);
  });

  it('never waits more than MAX_GAP_MS after a very slow check', () => {
    const { loop, finished, startedAt, type } = setup(100, 10); // a pathological 1-second check
    type('slow');
    while (loop.runNext());
    const end = finished[0]!.at;
    type('next');
    loop.runNext(); // the timer
    expect(startedAt[1]! - end).toBeLessThanOrEqual(MAX_GAP_MS);
  });

  it('does nothing after stop()', () => {
    const { loop, scheduler, finished, type } = setup(60, 1);
    type('x');
    loop.runNext();
    scheduler.stop();
    type('y');
    while (loop.runNext());
    expect(finished).toEqual([]);
  });
});
