import fs from "node:fs";
import path from "node:path";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import type { Queryable } from "./database";
import { getApprovedReactions, type PublicReaction } from "./store";

/** Approved reactions by column slug, oldest first. */
export type ApprovedReactions = Record<string, PublicReaction[]>;

// Next prerenders in several worker processes, and the embedded database allows one process at a time. So npm run
// build reads the approved reactions before `next build`, in a child process of its own
// (scripts/reactions-snapshot.ts, through ./snapshot-write.ts), into this file, and every worker reads the file. In
// Next's cache folder, which `next build` keeps.
export const snapshotFile = path.join(process.cwd(), ".next", "cache", "approved-reactions.json");

const read = new Map<string, ApprovedReactions>();

/** Returns the approved reactions in `file`, read once per process; none when there is no file. */
export function readApprovedSnapshot(file = snapshotFile): ApprovedReactions {
  let approved = read.get(file);
  if (!approved) {
    try {
      approved = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8")) as ApprovedReactions;
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "ENOENT")) throw error;
      approved = {}; // `next build` run on its own, without npm run build's step: the page regenerates with them.
    }
    read.set(file, approved);
  }
  return approved;
}

/**
 * Returns the approved reactions under a column, oldest first: from the snapshot while `next build` prerenders (its
 * phase, which Next sets for its build workers), else from the database through `open`, which only the server calls,
 * when there is one.
 */
export async function getColumnReactions(
  slug: string,
  open: () => Promise<Queryable>,
  file = snapshotFile,
): Promise<PublicReaction[]> {
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return readApprovedSnapshot(file)[slug] ?? [];
  if (!hasDatabase()) return []; // nobody has reacted yet: the first reaction makes the database
  return getApprovedReactions(await open(), slug);
}

/**
 * Whether there is a database to read approved reactions from: DATABASE_URL, or an embedded database made in its
 * folder (PostgreSQL's PG_VERSION file is there). Opens nothing and loads no database code, so that a build or a
 * column page of a site without reactions never starts PGlite (whose first start makes the database: seconds).
 */
export function hasDatabase(): boolean {
  return Boolean(process.env.DATABASE_URL) || fs.existsSync(path.join(embeddedDataDir(), "PG_VERSION"));
}

/** database.ts's defaultDataDir(), not imported from there: that module loads PGlite. A test keeps them in step. */
export function embeddedDataDir(): string {
  return process.env.REACTIONS_DATA_DIR ?? path.join(process.cwd(), "data", "reactions");
}
