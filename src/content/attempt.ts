/** Runs one post's step; a failure is logged and must not stop the rest of its batch. */
export function attempt(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    console.warn('[Humo] could not judge a post', error);
    return undefined;
  }
}

/** Runs a step when it is one (a function), returning what it returns. */
export function runStep(step: unknown): unknown {
  return typeof step === 'function' ? attempt(step as () => unknown) : undefined;
}
