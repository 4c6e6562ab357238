import crypto from "node:crypto";
import type { Queryable } from "../reactions/database";

export type SubscriberStatus = "confirmed" | "bouncing";

/** A subscriber as the database holds them: the address, since when they agreed, and the secret of their leave link. */
export interface Subscriber {
  id: string;
  email: string;
  status: SubscriberStatus;
  unsubscribeToken: string;
  confirmedAt: string;
  bouncedAt: string | null;
}

interface Row {
  id: string;
  email: string;
  status: SubscriberStatus;
  unsubscribe_token: string;
  confirmed_at: Date;
  bounced_at: Date | null;
}

const dayMs = 24 * 60 * 60_000;

/**
 * Records that a confirmation mail goes to the address behind `addressHash`, and returns false (send nothing) when
 * one went there less than 24 hours ago. Atomic, so two requests at once send one mail.
 */
export async function claimConfirmationMail(db: Queryable, addressHash: string, now = new Date()): Promise<boolean> {
  const rows = await db.query(
    `insert into newsletter_requests (email_hash, mailed_at) values ($1, $2)
     on conflict (email_hash) do update set mailed_at = excluded.mailed_at where newsletter_requests.mailed_at <= $3
     returning email_hash`,
    [addressHash, now, new Date(now.getTime() - dayMs)],
  );
  return rows.length > 0;
}

/** Forgets a claimed confirmation mail that could not be sent, so the reader may try again at once. */
export async function releaseConfirmationMail(db: Queryable, addressHash: string): Promise<void> {
  await db.query("delete from newsletter_requests where email_hash = $1", [addressHash]);
}

/** Erases the records of confirmation mails older than the link's 48 hours; returns how many. */
export async function forgetConfirmationMails(db: Queryable, now = new Date()): Promise<number> {
  const rows = await db.query("delete from newsletter_requests where mailed_at < $1 returning email_hash", [
    new Date(now.getTime() - 2 * dayMs),
  ]);
  return rows.length;
}

/** Returns the subscriber with this address, or undefined. */
export async function getSubscriberByEmail(db: Queryable, email: string): Promise<Subscriber | undefined> {
  const [row] = await db.query<Row>("select * from newsletter_subscribers where email = $1", [email]);
  return row && toSubscriber(row);
}

/** Returns the subscriber whose leave link carries `token`, or undefined. */
export async function getSubscriberByToken(db: Queryable, token: string): Promise<Subscriber | undefined> {
  const [row] = await db.query<Row>("select * from newsletter_subscribers where unsubscribe_token = $1", [token]);
  return row && toSubscriber(row);
}

/** Makes the address a confirmed subscriber as of `now` (again, after leaving or bouncing); returns them. */
export async function confirmSubscriber(db: Queryable, email: string, now = new Date()): Promise<Subscriber> {
  const [row] = await db.query<Row>(
    `insert into newsletter_subscribers (id, email, status, unsubscribe_token, confirmed_at) values ($1, $2, 'confirmed', $3, $4)
     on conflict (email) do update set status = 'confirmed', bounced_at = null,
       confirmed_at = case when newsletter_subscribers.status = 'confirmed' then newsletter_subscribers.confirmed_at else excluded.confirmed_at end
     returning *`,
    [randomId(), email, crypto.randomBytes(24).toString("base64url"), now],
  );
  return toSubscriber(row);
}

/**
 * Ends the subscription whose leave link carries `token`: the address is deleted with what was queued for it (the
 * counts of mails already sent stay, without it). Returns false when no subscriber has the token (any more).
 */
export async function unsubscribe(db: Queryable, token: string): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    "delete from newsletter_subscribers where unsubscribe_token = $1 returning id",
    [token],
  );
  if (rows.length > 0) await forgetQueued(db, rows[0].id);
  return rows.length > 0;
}

/** Deletes an address and what was queued for it (the editor's "verwijderen"); returns false when unknown. */
export async function removeSubscriber(db: Queryable, email: string): Promise<boolean> {
  const rows = await db.query<{ id: string }>("delete from newsletter_subscribers where email = $1 returning id", [
    email,
  ]);
  if (rows.length > 0) await forgetQueued(db, rows[0].id);
  return rows.length > 0;
}

async function forgetQueued(db: Queryable, subscriberId: string): Promise<void> {
  await db.query("delete from newsletter_outbox where subscriber_id = $1 and status in ('queued', 'sending')", [
    subscriberId,
  ]);
}

/** Returns how many addresses are confirmed (and not bouncing). */
export async function countConfirmed(db: Queryable): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    "select count(*)::integer as count from newsletter_subscribers where status = 'confirmed'",
  );
  return row.count;
}

/** Returns every subscriber, oldest consent first (for the export). */
export async function getAllSubscribers(db: Queryable): Promise<Subscriber[]> {
  const rows = await db.query<Row>("select * from newsletter_subscribers order by confirmed_at, id");
  return rows.map(toSubscriber);
}

export function randomId(): string {
  return crypto.randomBytes(12).toString("base64url");
}

function toSubscriber(row: Row): Subscriber {
  return {
    id: row.id,
    email: row.email,
    status: row.status,
    unsubscribeToken: row.unsubscribe_token,
    confirmedAt: new Date(row.confirmed_at).toISOString(),
    bouncedAt: row.bounced_at ? new Date(row.bounced_at).toISOString() : null,
  };
}
