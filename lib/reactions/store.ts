import crypto from "node:crypto";
import type { Queryable } from "./database";

export type ReactionStatus = "pending" | "approved" | "rejected";
export type ModerationAction = "approve" | "reject" | "delete";

/** A reaction as the editor sees it. The address hash never leaves the database. */
export interface Reaction {
  id: string;
  columnSlug: string;
  name: string;
  email: string | null;
  body: string;
  status: ReactionStatus;
  createdAt: string;
  moderatedAt: string | null;
}

/** What readers see of an approved reaction: no e-mail address, ever. */
export type PublicReaction = Pick<Reaction, "id" | "name" | "body" | "createdAt">;

export interface NewReaction {
  columnSlug: string;
  name: string;
  email: string | null;
  body: string;
  addressHash: string;
  fingerprint: string;
}

/** A reaction as the database returns it. */
export interface ReactionRow {
  id: string;
  column_slug: string;
  name: string;
  email: string | null;
  body: string;
  status: ReactionStatus;
  created_at: Date;
  moderated_at: Date | null;
}

const columns = "id, column_slug, name, email, body, status, created_at, moderated_at";

/** Stores a new reaction as pending and returns it; the caller has checked it. */
export async function addReaction(db: Queryable, reaction: NewReaction): Promise<Reaction> {
  const id = crypto.randomBytes(12).toString("base64url");
  const [row] = await db.query<ReactionRow>(
    `insert into reactions (id, column_slug, name, email, body, address_hash, fingerprint) values ($1, $2, $3, $4, $5, $6, $7) returning ${columns}`,
    [id, reaction.columnSlug, reaction.name, reaction.email, reaction.body, reaction.addressHash, reaction.fingerprint],
  );
  return toReaction(row);
}

/** Returns the approved reactions under one column, oldest first. */
export async function getApprovedReactions(db: Queryable, columnSlug: string): Promise<PublicReaction[]> {
  const rows = await db.query<ReactionRow>(
    `select ${columns} from reactions where column_slug = $1 and status = 'approved' order by created_at, id`,
    [columnSlug],
  );
  return rows.map((row) => toPublic(toReaction(row)));
}

/** Returns every approved reaction grouped by column slug, each list oldest first (for a build's snapshot). */
export async function getAllApprovedReactions(db: Queryable): Promise<Record<string, PublicReaction[]>> {
  const rows = await db.query<ReactionRow>(
    `select ${columns} from reactions where status = 'approved' order by created_at, id`,
  );
  const byColumn: Record<string, PublicReaction[]> = {};
  for (const row of rows) (byColumn[row.column_slug] ??= []).push(toPublic(toReaction(row)));
  return byColumn;
}

/** Returns reactions with `status`, newest first: `limit` of them, after skipping `offset`. */
export async function getReactionsByStatus(
  db: Queryable,
  status: ReactionStatus,
  limit = 50,
  offset = 0,
): Promise<Reaction[]> {
  const rows = await db.query<ReactionRow>(
    `select ${columns} from reactions where status = $1 order by created_at desc, id limit $2 offset $3`,
    [status, limit, offset],
  );
  return rows.map(toReaction);
}

/** Returns how many reactions have `status`: the true number, however many there are. */
export async function countReactionsByStatus(db: Queryable, status: ReactionStatus): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    "select count(*)::integer as count from reactions where status = $1",
    [status],
  );
  return row.count;
}

/**
 * Returns the reactions from the sender of reaction `id` (the same address fingerprint, kept 30 days), that one
 * included, newest first; none when it has no fingerprint left.
 */
export async function getReactionsFromSenderOf(db: Queryable, id: string): Promise<Reaction[]> {
  const rows = await db.query<ReactionRow>(
    `select ${columns} from reactions where address_hash = (select address_hash from reactions where id = $1) order by created_at desc, id`,
    [id],
  );
  return rows.map(toReaction);
}

/** Deletes every reaction from the sender of reaction `id`; returns the column slugs they stood under. */
export async function deleteReactionsFromSenderOf(db: Queryable, id: string): Promise<string[]> {
  const rows = await db.query<{ column_slug: string }>(
    "delete from reactions where address_hash = (select address_hash from reactions where id = $1) returning column_slug",
    [id],
  );
  return [...new Set(rows.map((row) => row.column_slug))];
}

/** Approves, rejects or deletes one reaction; returns its column slug, or undefined when there is no such reaction. */
export async function moderateReaction(
  db: Queryable,
  id: string,
  action: ModerationAction,
): Promise<string | undefined> {
  const rows =
    action === "delete"
      ? await db.query<ReactionRow>("delete from reactions where id = $1 returning column_slug", [id])
      : await db.query<ReactionRow>(
          "update reactions set status = $2, moderated_at = now() where id = $1 returning column_slug",
          [id, action === "approve" ? "approved" : "rejected"],
        );
  return rows[0]?.column_slug;
}

/** Returns how many reactions came from an address (by its hash) since `since`. */
export async function countReactionsFrom(db: Queryable, addressHash: string, since: Date): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    "select count(*)::integer as count from reactions where address_hash = $1 and created_at > $2",
    [addressHash, since],
  );
  return row.count;
}

/** Returns true when a reaction with this fingerprint (same column, same text) is already stored. */
export async function hasFingerprint(db: Queryable, fingerprint: string): Promise<boolean> {
  const rows = await db.query("select 1 from reactions where fingerprint = $1 limit 1", [fingerprint]);
  return rows.length > 0;
}

/** Erases the address hashes of reactions older than `before`; returns how many were erased. */
export async function forgetAddresses(db: Queryable, before: Date): Promise<number> {
  const rows = await db.query(
    "update reactions set address_hash = null where address_hash is not null and created_at < $1 returning id",
    [before],
  );
  return rows.length;
}

function toReaction(row: ReactionRow): Reaction {
  return {
    id: row.id,
    columnSlug: row.column_slug,
    name: row.name,
    email: row.email,
    body: row.body,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
    moderatedAt: row.moderated_at ? new Date(row.moderated_at).toISOString() : null,
  };
}

function toPublic(reaction: Reaction): PublicReaction {
  return { id: reaction.id, name: reaction.name, body: reaction.body, createdAt: reaction.createdAt };
}
