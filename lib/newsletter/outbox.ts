import crypto from "node:crypto";
import os from "node:os";
import type { Database, Queryable } from "../reactions/database";

/** One mail to send: a column to a subscriber, claimed by the run named `claimedBy`. */
export interface Delivery {
  columnSlug: string;
  subscriberId: string;
  email: string;
  token: string;
  attempts: number;
  claimedBy: string;
}

// The runs of this process still going: a claim of this process by any other run is one that stopped.
const runsGoing = new Set<string>();

/**
 * Starts a run and returns its name for the rows it claims: host, process id and a random part, so that a later run
 * can tell a stopped run's claims from those of one still going, in this process or another on this machine.
 */
export function startRun(): string {
  const run = `${os.hostname()}:${process.pid}:${crypto.randomBytes(6).toString("hex")}`;
  runsGoing.add(run);
  return run;
}

/** Ends a run started with startRun: whatever it still has claimed is left for the next run to take back. */
export function endRun(run: string): void {
  runsGoing.delete(run);
}

/**
 * Records the columns in `slugs` as the archive (sent to nobody) when no column is known yet: those published when
 * subscriptions start (the first subscriber confirms), which no send may mail. Returns how many it recorded.
 */
export async function recordArchive(db: Database, slugs: string[]): Promise<number> {
  return db.transaction(async (tx) => ((await knownColumns(db, tx)).size > 0 ? 0 : archive(tx, slugs)));
}

/**
 * Queues every column in `slugs` not seen before, oldest first, for every confirmed subscriber; when no column is
 * known yet (no subscriber has confirmed since the database was made), records them as the archive instead. Returns
 * the slugs queued now.
 */
export async function queueNewColumns(db: Database, slugs: string[]): Promise<{ queued: string[]; archived: number }> {
  return db.transaction(async (tx) => {
    const known = await knownColumns(db, tx);
    if (known.size === 0) return { queued: [], archived: await archive(tx, slugs) };
    const fresh = slugs.filter((slug) => !known.has(slug));
    for (const slug of fresh) {
      await tx.query("insert into newsletter_columns (column_slug, status) values ($1, 'sending')", [slug]);
      await tx.query(
        `insert into newsletter_outbox (column_slug, subscriber_id, status)
         select $1, id, 'queued' from newsletter_subscribers where status = 'confirmed' on conflict do nothing`,
        [slug],
      );
    }
    return { queued: fresh, archived: 0 };
  });
}

/**
 * Records `slugs` as the archive, sent to nobody, and returns how many. With them goes an archive row of no column
 * (slug ""): it marks that subscriptions have started, so that a site whose first subscriber came before its first
 * column mails that column.
 */
async function archive(tx: Queryable, slugs: string[]): Promise<number> {
  for (const slug of ["", ...slugs]) {
    await tx.query("insert into newsletter_columns (column_slug, status) values ($1, 'archive')", [slug]);
  }
  return slugs.length;
}

// The columns recorded so far, read under a lock that keeps two runs (or a run and a confirmation) from recording
// the same column at once.
async function knownColumns(db: Database, tx: Queryable): Promise<Set<string>> {
  if (db.kind === "server") await tx.query("select pg_advisory_xact_lock(72614)");
  const rows = await tx.query<{ column_slug: string }>("select column_slug from newsletter_columns");
  return new Set(rows.map((row) => row.column_slug));
}

/**
 * Puts back the rows a stopped run left claimed, to be sent again: those of a run of this process that has ended, of
 * a process on this machine that is gone, and of any run that has claimed nothing for `staleMs` (on another machine,
 * say). A mail the relay had accepted just before its run stopped goes a second time, as the same message (see
 * send.ts).
 */
export async function releaseDeadClaims(db: Queryable, isAlive: (pid: number) => boolean, staleMs = 15 * 60_000) {
  const rows = await db.query<{ claimed_by: string; claimed_at: Date }>(
    "select claimed_by, max(claimed_at) as claimed_at from newsletter_outbox where status = 'sending' group by claimed_by",
  );
  for (const row of rows) {
    const [host, pid] = row.claimed_by.split(":");
    const here = host === os.hostname();
    const stopped =
      (here && Number(pid) === process.pid && !runsGoing.has(row.claimed_by)) ||
      (here && Number(pid) !== process.pid && !isAlive(Number(pid))) ||
      Date.now() - new Date(row.claimed_at).getTime() > staleMs;
    if (stopped) {
      await db.query(
        "update newsletter_outbox set status = 'queued', claimed_by = null where status = 'sending' and claimed_by = $1",
        [row.claimed_by],
      );
    }
  }
}

/** Claims up to `limit` due rows for `run`, joined with their confirmed subscriber. */
export async function claimDue(db: Database, run: string, limit: number, now = new Date()): Promise<Delivery[]> {
  const skipLocked = db.kind === "server" ? "for update of o skip locked" : "";
  const rows = await db.query<{
    column_slug: string;
    subscriber_id: string;
    email: string;
    unsubscribe_token: string;
    attempts: number;
  }>(
    `with due as (
       select o.column_slug, o.subscriber_id from newsletter_outbox o
       join newsletter_subscribers s on s.id = o.subscriber_id and s.status = 'confirmed'
       where o.status = 'queued' and o.next_attempt_at <= $2
       order by o.column_slug, o.subscriber_id limit $3 ${skipLocked})
     update newsletter_outbox o set status = 'sending', claimed_by = $1, claimed_at = $2, attempts = o.attempts + 1
     from due, newsletter_subscribers s
     where o.column_slug = due.column_slug and o.subscriber_id = due.subscriber_id and s.id = o.subscriber_id
     returning o.column_slug, o.subscriber_id, s.email, s.unsubscribe_token, o.attempts`,
    [run, now, limit],
  );
  return rows.map((r) => ({
    columnSlug: r.column_slug,
    subscriberId: r.subscriber_id,
    email: r.email,
    token: r.unsubscribe_token,
    attempts: r.attempts,
    claimedBy: run,
  }));
}

/**
 * Marks a row this run claimed as sent, once the relay has accepted its mail; returns false when the run no longer
 * held it (its claim went stale and another run took it).
 */
export async function markSent(db: Queryable, delivery: Delivery, now = new Date()): Promise<boolean> {
  const rows = await db.query(
    `update newsletter_outbox set status = 'sent', sent_at = $4, claimed_by = null
     where column_slug = $1 and subscriber_id = $2 and status = 'sending' and claimed_by = $3 returning column_slug`,
    [delivery.columnSlug, delivery.subscriberId, delivery.claimedBy, now],
  );
  return rows.length > 0;
}

/**
 * Records a failed attempt on a row this run still holds: queued again at `retryAt`, or failed for good (and, for
 * `bounced`, the address too). A row already marked sent, or claimed by another run, is left as it is.
 */
export async function markFailed(
  db: Queryable,
  delivery: Delivery,
  outcome: { retryAt?: Date; bounced: boolean; error: string },
): Promise<void> {
  const status = outcome.retryAt ? "queued" : outcome.bounced ? "bounced" : "failed";
  const held = await db.query(
    `update newsletter_outbox set status = $3, next_attempt_at = coalesce($4, next_attempt_at), last_error = $5, claimed_by = null, sent_at = null
     where column_slug = $1 and subscriber_id = $2 and status = 'sending' and claimed_by = $6 returning column_slug`,
    [
      delivery.columnSlug,
      delivery.subscriberId,
      status,
      outcome.retryAt ?? null,
      outcome.error.slice(0, 500),
      delivery.claimedBy,
    ],
  );
  if (outcome.bounced && held.length > 0) {
    await db.query(
      "update newsletter_subscribers set status = 'bouncing', bounced_at = now() where id = $1 and status = 'confirmed'",
      [delivery.subscriberId],
    );
  }
}
