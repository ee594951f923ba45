/** Runs `work` once per animation frame while there is something queued. Falls back to a timer
 * because hidden tabs get no animation frames but still receive feed mutations. */
export function frameScheduler(work: () => boolean): () => void {
  let pending = false;
  const run = (): void => {
    pending = false;
    const more = work();
    if (more) schedule();
  };
  const schedule = (): void => {
    if (pending) return;
    pending = true;
    let done = false;
    const once = (): void => {
      if (done) return;
      done = true;
      run();
    };
    requestAnimationFrame(once);
    setTimeout(once, 200);
  };
  return schedule;
}
