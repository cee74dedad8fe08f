// A page's main thread is blocked while a task runs: on a slow phone the bundle's evaluation, the
// elements' upgrades and their first drawings made one task long enough to delay a reader's tap.
// What can wait (a download's start) waits for a later task once the task running has run long,
// so the browser can paint and answer input in between. A task's start is not known to script:
// it is taken as the moment the library first asked in it (for the first, when its bundle was
// evaluated).

let start = 0;

/** Resolves in a later task. */
export const nextTask = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve));

/** Whether the task running has run long (30 ms). */
export function longTask(): boolean {
  // Marked before anything that waits in this task, so the next task asks anew.
  if (!start) void nextTask().then(() => (start = 0));
  start ||= performance.now();
  return performance.now() - start > 30;
}
longTask();
