import { getColumnLink } from "./column-link";
import type { Queryable } from "./database";
import { countReactionsByStatus, getReactionsByStatus, type Reaction } from "./store";

/** Reactions on one page of /beheer's queue. */
export const pageSize = 50;

/** Returns the 1-based page number a `?pagina=` value asks for: 1 for anything that is not a positive whole number. */
export function parsePage(value: unknown): number {
  const page = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, page);
}

/** Adds each reaction's column (title and path), for ModerationList. */
export function withColumns(reactions: Reaction[]) {
  return reactions.map((reaction) => ({ reaction, column: getColumnLink(reaction.columnSlug) }));
}

/** Returns what /beheer shows: one page of the pending queue with its true count, and the newest published. */
export async function getModerationQueue(db: Queryable, page: number) {
  const [pendingCount, pending, published] = await Promise.all([
    countReactionsByStatus(db, "pending"),
    getReactionsByStatus(db, "pending", pageSize, (page - 1) * pageSize),
    getReactionsByStatus(db, "approved", 20),
  ]);
  return {
    pendingCount,
    pages: Math.max(1, Math.ceil(pendingCount / pageSize)),
    pending: withColumns(pending),
    published: withColumns(published),
  };
}
