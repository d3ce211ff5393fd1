/**
 * Work cut into steps: a generator that pauses (yields nothing) between them, so that on
 * the page's thread the browser can paint and handle input between steps, while a worker
 * or a test runs them straight through.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A pause that gives the thread back to the browser until its next task. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs the steps one task apart. Before each, `wanted` is asked whether the result is still
 * needed; once it is not, the rest is dropped and the promise resolves with null.
 */
export async function runStepsApart<T>(steps: Steps<T>, wanted: () => boolean = () => true): Promise<T | null> {
  for (;;) {
    await nextTask();
    if (!wanted()) return null;
    const step = steps.next();
    if (step.done) return step.value;
  }
}
