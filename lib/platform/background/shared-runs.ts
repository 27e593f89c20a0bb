/**
 * The popup and a side panel often ask the background for the same thing at once (the same tab's analysis, the
 * same script injected): the second request joins the run already under way instead of starting another.
 */
export function joinOrStart<T>(runs: Map<string, Promise<T>>, key: string, start: () => Promise<T>): Promise<T> {
  const running = runs.get(key);
  if (running) return running;
  const run = start().finally(() => runs.delete(key));
  runs.set(key, run);
  return run;
}
