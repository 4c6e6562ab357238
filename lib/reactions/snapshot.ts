import fs from "node:fs";
import path from "node:path";
import { openDatabase, type Queryable } from "./database";
import { migrate } from "./migrations";
import { getAllApprovedReactions, getApprovedReactions, type PublicReaction } from "./store";

// Next prerenders in several worker processes, and the embedded database allows one process at a time. So the
// build step (in scripts/build.ts) reads the approved reactions once, before `next build`, into this file,
// and every worker reads the file. REACTIONS_SNAPSHOT names another file (tests use a fixture).
const defaultSnapshotFile = path.join(
  process.cwd(),
  "node_modules",
  ".cache",
  "column-site-reactions",
  "approved.json",
);

/** Returns the file a build reads approved reactions from. */
export function snapshotFile(): string {
  return process.env.REACTIONS_SNAPSHOT ?? defaultSnapshotFile;
}

/** Writes every approved reaction from `db` to the snapshot file; returns how many. */
export async function writeApprovedSnapshot(db: Queryable, file = snapshotFile()): Promise<number> {
  const approved = await getAllApprovedReactions(db);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(approved));
  fs.renameSync(temporary, file); // A worker reading at the same moment sees the whole file or the old one.
  return Object.values(approved).reduce((sum, list) => sum + list.length, 0);
}

/**
 * The build step: opens the database (applying migrations), writes the approved reactions to the snapshot file and
 * closes it again; returns how many there are and where they came from. Throws when the database cannot be opened.
 */
export async function snapshotApprovedReactions(): Promise<{ count: number; kind: "embedded" | "server" }> {
  const db = await openDatabase();
  try {
    await migrate(db);
    return { count: await writeApprovedSnapshot(db), kind: db.kind };
  } finally {
    await db.close();
  }
}

let snapshot: Record<string, PublicReaction[]> | undefined;

/** Returns the approved reactions in the snapshot file, read once per process; none when there is no file. */
export function readApprovedSnapshot(file = snapshotFile()): Record<string, PublicReaction[]> {
  if (!snapshot) {
    try {
      snapshot = JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8")) as Record<
        string,
        PublicReaction[]
      >;
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "ENOENT")) throw error;
      snapshot = {}; // `next build` run on its own, without npm run build's step: the page regenerates with them.
    }
  }
  return snapshot;
}

const building = process.env.NEXT_PHASE === "phase-production-build";

/**
 * Returns the approved reactions under a column, oldest first: from the snapshot while building (or when
 * REACTIONS_SNAPSHOT is set), else from the database through `open`, which only the server process calls.
 */
export async function getColumnReactions(slug: string, open: () => Promise<Queryable>): Promise<PublicReaction[]> {
  if (building || process.env.REACTIONS_SNAPSHOT) return readApprovedSnapshot()[slug] ?? [];
  return getApprovedReactions(await open(), slug);
}
