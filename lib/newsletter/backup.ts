import type { Database } from "../reactions/database";
import { getAllSubscribers, randomId, type Subscriber } from "./subscribers";

/** A newsletter export: every subscriber with their consent time, and which columns went out (or were archive). */
export interface NewsletterExport {
  format: "column-site-newsletter";
  version: 1;
  subscribers: Omit<Subscriber, "id">[];
  columns: { columnSlug: string; status: "archive" | "sending" | "sent" }[];
}

/** Returns the export of `db`: for a reader who asks what is kept about them, and for backups. */
export async function exportNewsletter(db: Database): Promise<NewsletterExport> {
  const subscribers = (await getAllSubscribers(db)).map((s) => ({
    email: s.email,
    status: s.status,
    unsubscribeToken: s.unsubscribeToken,
    confirmedAt: s.confirmedAt,
    bouncedAt: s.bouncedAt,
  }));
  const rows = await db.query<{ column_slug: string; status: "archive" | "sending" | "sent" }>(
    "select column_slug, status from newsletter_columns order by queued_at, column_slug",
  );
  const columns = rows.map((row) => ({ columnSlug: row.column_slug, status: row.status }));
  return { format: "column-site-newsletter", version: 1, subscribers, columns };
}

/**
 * Restores an export into a database without subscribers, in one transaction, and returns how many it restored.
 * A column that was being sent counts as sent: the restored database does not mail it again. Throws on a
 * database that has subscribers, or on a file that is not a newsletter export.
 */
export async function importNewsletter(db: Database, file: NewsletterExport): Promise<number> {
  if (file.format !== "column-site-newsletter" || file.version !== 1) {
    throw new Error("not a newsletter export: expected format column-site-newsletter, version 1");
  }
  return db.transaction(async (tx) => {
    const [{ count }] = await tx.query<{ count: number }>(
      "select count(*)::integer as count from newsletter_subscribers",
    );
    if (count > 0) throw new Error(`the database already holds ${count} subscribers: import only into an empty one`);
    for (const s of file.subscribers) {
      await tx.query(
        "insert into newsletter_subscribers (id, email, status, unsubscribe_token, confirmed_at, bounced_at) values ($1, $2, $3, $4, $5, $6)",
        [randomId(), s.email, s.status, s.unsubscribeToken, s.confirmedAt, s.bouncedAt],
      );
    }
    for (const c of file.columns) {
      await tx.query(
        "insert into newsletter_columns (column_slug, status, finished_at) values ($1, $2, now()) on conflict do nothing",
        [c.columnSlug, c.status === "archive" ? "archive" : "sent"],
      );
    }
    return file.subscribers.length;
  });
}
