import fs from "node:fs";
import path from "node:path";
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
 * Returns the approved reactions under a column, oldest first: from `database` when this process has one open (the
 * server opens it as it starts, when there is one), else from the snapshot the build wrote (the build's workers, and
 * a server of a site where nobody has reacted).
 */
export async function getColumnReactions(
  slug: string,
  database: Promise<Queryable> | undefined,
  file = snapshotFile,
): Promise<PublicReaction[]> {
  if (!database) return readApprovedSnapshot(file)[slug] ?? [];
  return getApprovedReactions(await database, slug);
}
