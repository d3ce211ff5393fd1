import { describe, expect, it } from 'vitest';
import { runSteps, runStepsApart, type Steps } from './steps';

function* counted(log: string[]): Steps<string> {
  log.push('one');
  yield;
  log.push('two');
  yield;
  log.push('three');
  return 'done';
}

describe('runSteps', () => {
  it('runs every step and returns the result', () => {
    const log: string[] = [];
    expect(runSteps(counted(log))).toBe('done');
    expect(log).toEqual(['one', 'two', 'three']);
  });
});

describe('runStepsApart', () => {
  it('runs one step a task, leaving the thread free in between', async () => {
    const log: string[] = [];
    const result = runStepsApart(counted(log));
    expect(log).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual(['one']);
    expect(await result).toBe('done');
    expect(log).toEqual(['one', 'two', 'three']);
  });

  it('drops the rest once the result is no longer wanted', async () => {
    const log: string[] = [];
    let wanted = true;
    const result = runStepsApart(counted(log), () => wanted);
    await new Promise((resolve) => setTimeout(resolve, 0));
    wanted = false;
    expect(await result).toBeNull();
    expect(log).toEqual(['one']);
  });
});
