/**
 * Guards the password check for everyone at once, whatever addresses a crowd of guesses comes from: one check at a
 * time, a bounded queue, and once failures pile up, a pause before each check that grows with them. Guessers wait;
 * readers do not, because the check runs off the event loop and never more than one at a time.
 */
export class SignInGate {
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private failures: number[] = [];

  constructor(
    private readonly options = { maxWaiting: 20, freeFailures: 10, windowMs: 15 * 60_000, maxPauseMs: 2_000 },
  ) {}

  /** Returns the pause before the next check: none until `freeFailures` failures in the window, then 100 ms more each. */
  pauseMs(now = Date.now()): number {
    this.failures = this.failures.filter((time) => now - time < this.options.windowMs);
    const over = this.failures.length - this.options.freeFailures;
    return over <= 0 ? 0 : Math.min(this.options.maxPauseMs, over * 100);
  }

  /** Runs `check` in turn; resolves to its answer, or "busy" when too many checks wait already. */
  async run(check: () => Promise<boolean>): Promise<boolean | "busy"> {
    if (this.waiting >= this.options.maxWaiting) return "busy";
    this.waiting++;
    const turn = this.queue.then(async () => {
      const pause = this.pauseMs();
      if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
      const passed = await check();
      if (!passed) this.failures.push(Date.now());
      return passed;
    });
    this.queue = turn.catch(() => undefined);
    try {
      return await turn;
    } finally {
      this.waiting--;
    }
  }
}
