import type { Database } from "./database";
import type { Reaction, ReactionRow } from "./store";

/** One reaction in an export file: everything but the address hash, which is personal data kept 30 days at most. */
export type ExportedReaction = Reaction & { fingerprint: string };

export interface ExportFile {
  format: "column-site-reactions";
  version: 1;
  reactions: ExportedReaction[];
}

// A whole row: the export keeps the fingerprint too, so a restored database still finds the same duplicates.
type Row = ReactionRow & { fingerprint: string };

/** Returns every reaction in the database, oldest first, as an export file. */
export async function exportReactions(db: Database): Promise<ExportFile> {
  // In milliseconds, as the file keeps the times: two reactions in one millisecond come in the same order again
  // from a database the file was imported into.
  const rows = await db.query<Row>("select * from reactions order by date_trunc('milliseconds', created_at), id");
  const reactions = rows.map((row) => ({
    id: row.id,
    columnSlug: row.column_slug,
    name: row.name,
    email: row.email,
    body: row.body,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
    moderatedAt: row.moderated_at ? new Date(row.moderated_at).toISOString() : null,
    fingerprint: row.fingerprint,
  }));
  return { format: "column-site-reactions", version: 1, reactions };
}

/** Restores an export file into a database without reactions, in one transaction; throws when it holds any. */
export async function importReactions(db: Database, file: ExportFile): Promise<number> {
  if (file.format !== "column-site-reactions" || file.version !== 1) {
    throw new Error("not a reactions export: expected format column-site-reactions, version 1");
  }
  return db.transaction(async (tx) => {
    const [{ count }] = await tx.query<{ count: number }>("select count(*)::integer as count from reactions");
    if (count > 0) throw new Error(`the database already holds ${count} reactions: import only into an empty one`);
    for (const r of file.reactions) {
      await tx.query(
        "insert into reactions (id, column_slug, name, email, body, status, created_at, moderated_at, fingerprint) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        [r.id, r.columnSlug, r.name, r.email, r.body, r.status, r.createdAt, r.moderatedAt, r.fingerprint],
      );
    }
    return file.reactions.length;
  });
}
