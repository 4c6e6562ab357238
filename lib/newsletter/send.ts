import type { Database } from "../reactions/database";
import type { OutgoingMail } from "./column-mail";
import { claimDue, endRun, markFailed, markSent, startRun, type Delivery } from "./outbox";
import { classifyFailure, composeMail, type Mailer } from "./transport";

export interface SendOptions {
  from: string;
  /** Mails a second at most. */
  rate: number;
  /** The mail of each queued column, by slug, for one subscriber's leave token. */
  mails: Map<string, (token: string) => OutgoingMail>;
  /** Waits before the 1st, 2nd, … retry of a temporary failure; after the last, the mail counts as failed. */
  backoffMs?: number[];
  /** Retries due later than this are left for the next run. */
  maxWaitMs?: number;
  /** Mails in flight at once (the pool's connections). */
  parallel?: number;
}

/** What one run did: each mail it tried counts once, under what became of it in this run. */
export interface SendReport {
  /** Accepted by the relay, also a mail whose row another run had taken over meanwhile (that run sends it again). */
  sent: number;
  /** Refused for now: queued again for a later try. */
  retried: number;
  /** Refused for good, or after the last try. */
  failed: number;
  /** Refused because the address does not exist: it gets no more mail. */
  bounced: number;
}

const defaultBackoff = [30_000, 120_000, 600_000, 3_600_000];

/**
 * Sends every due outbox row, paced at `rate` a second, `parallel` at a time, and returns what happened. A row is
 * marked sent once the relay has accepted its mail: a run killed at any moment leaves no row marked sent that the
 * relay does not have, and the rest claimed, which the next run sends. A mail the relay had just accepted then goes
 * twice, with the same Message-ID: as SMTP itself does between a relay's final dot and its answer (RFC 1047), a copy
 * too many rather than a column lost.
 */
export async function sendDue(db: Database, mailer: Mailer, options: SendOptions): Promise<SendReport> {
  const report: SendReport = { sent: 0, retried: 0, failed: 0, bounced: 0 };
  const backoff = options.backoffMs ?? defaultBackoff;
  const parallel = options.parallel ?? 3;
  const gap = 1000 / options.rate;
  let nextStart = performance.now();
  const inFlight = new Set<Promise<void>>();
  // A mail that could not be recorded (the database gone) stops the run: no new mail starts, and the error is thrown
  // once the mails in flight are done. The next run sends every row not marked.
  let stop: { error: unknown } | undefined;
  const stopIfAsked = () => {
    if (stop) throw stop.error;
  };
  const run = startRun();
  try {
    for (;;) {
      stopIfAsked();
      const batch = await claimDue(db, run, Math.max(parallel * 4, Math.ceil(options.rate)));
      if (batch.length === 0) {
        await Promise.all(inFlight);
        stopIfAsked();
        if (!(await waitForRetry(db, options.maxWaitMs ?? 120_000))) return report;
        continue;
      }
      for (const delivery of batch) {
        while (inFlight.size >= parallel) await Promise.race(inFlight);
        const wait = nextStart - performance.now();
        if (wait > 0) await sleep(wait);
        stopIfAsked();
        nextStart = Math.max(nextStart + gap, performance.now());
        const task = deliver(db, mailer, options, delivery, backoff, report)
          .catch((error: unknown) => void (stop ??= { error }))
          .finally(() => inFlight.delete(task));
        inFlight.add(task);
      }
    }
  } finally {
    await Promise.all(inFlight); // no mail is left going out through a mailer about to be closed
    endRun(run);
  }
}

async function deliver(
  db: Database,
  mailer: Mailer,
  options: SendOptions,
  delivery: Delivery,
  backoff: number[],
  report: SendReport,
): Promise<void> {
  try {
    const render = options.mails.get(delivery.columnSlug);
    if (!render) throw new Error(`column "${delivery.columnSlug}" is no longer published; it stays queued`);
    // The same for every copy of this column to this subscriber, so that a copy sent again is the same message.
    const messageId = `<${delivery.columnSlug}.${delivery.subscriberId}@column-site>`;
    const message = await composeMail(options.from, delivery.email, render(delivery.token), messageId);
    await mailer.send({ from: options.from, to: delivery.email, message });
  } catch (error) {
    const failure = classifyFailure(error);
    const delay = failure === "temporary" ? backoff[delivery.attempts - 1] : undefined;
    const retryAt = delay === undefined ? undefined : new Date(Date.now() + delay);
    const bounced = failure === "bouncing";
    await markFailed(db, delivery, { retryAt, bounced, error: String(error) });
    report[retryAt ? "retried" : bounced ? "bounced" : "failed"] += 1;
    return;
  }
  await markSent(db, delivery);
  report.sent += 1;
}

// Sleeps until the next queued retry when it is due within `maxWaitMs`; returns false when nothing is.
async function waitForRetry(db: Database, maxWaitMs: number): Promise<boolean> {
  const [row] = await db.query<{ due: Date | null }>(
    `select min(o.next_attempt_at) as due from newsletter_outbox o
     join newsletter_subscribers s on s.id = o.subscriber_id and s.status = 'confirmed' where o.status = 'queued'`,
  );
  if (!row?.due) return false;
  const wait = new Date(row.due).getTime() - Date.now();
  if (wait > maxWaitMs) return false;
  await sleep(Math.max(0, wait) + 5);
  return true;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
