import type { Queryable } from "../reactions/database";

/** One column's send as the editor sees it in /beheer. */
export interface ColumnSend {
  columnSlug: string;
  queuedAt: string;
  finishedAt: string | null;
  sent: number;
  waiting: number;
  failed: number;
  bouncing: number;
}

/** Marks every column whose mails are all out (sent, failed or bounced) as sent; returns their slugs. */
export async function finishColumns(db: Queryable, now = new Date()): Promise<string[]> {
  const rows = await db.query<{ column_slug: string }>(
    `update newsletter_columns c set status = 'sent', finished_at = $1
     where c.status = 'sending' and not exists (
       select 1 from newsletter_outbox o join newsletter_subscribers s on s.id = o.subscriber_id and s.status = 'confirmed'
       where o.column_slug = c.column_slug and o.status in ('queued', 'sending'))
     returning c.column_slug`,
    [now],
  );
  return rows.map((row) => row.column_slug);
}

/** Returns the latest `limit` columns sent or being sent, newest first, with their counts. */
export async function getRecentSends(db: Queryable, limit = 10): Promise<ColumnSend[]> {
  const rows = await db.query<{
    column_slug: string;
    queued_at: Date;
    finished_at: Date | null;
    sent: number;
    waiting: number;
    failed: number;
    bouncing: number;
  }>(
    `select c.column_slug, c.queued_at, c.finished_at,
       count(*) filter (where o.status = 'sent')::integer as sent,
       count(*) filter (where o.status in ('queued', 'sending'))::integer as waiting,
       count(*) filter (where o.status = 'failed')::integer as failed,
       count(*) filter (where o.status = 'bounced')::integer as bouncing
     from newsletter_columns c left join newsletter_outbox o on o.column_slug = c.column_slug
     where c.status <> 'archive' group by c.column_slug, c.queued_at, c.finished_at
     order by c.queued_at desc, c.column_slug limit $1`,
    [limit],
  );
  return rows.map((row) => ({
    columnSlug: row.column_slug,
    queuedAt: new Date(row.queued_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
    sent: row.sent,
    waiting: row.waiting,
    failed: row.failed,
    bouncing: row.bouncing,
  }));
}
