// The build's side of the reactions snapshot (./snapshot.ts): npm run build writes it before `next build`.
import fs from "node:fs";
import path from "node:path";
import { snapshotFile, type ApprovedReactions } from "./snapshot";

/** Writes `approved` to `file` in one step (a reader sees the old file or the new one); returns how many there are. */
export function writeApprovedSnapshot(approved: ApprovedReactions, file = snapshotFile): number {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(approved));
  fs.renameSync(temporary, file);
  return Object.values(approved).reduce((sum, list) => sum + list.length, 0);
}

/**
 * Whether there is a database to read approved reactions from: DATABASE_URL, or the embedded database's folder.
 * Opens nothing and loads no database code, so that a build for a site without reactions never starts PGlite.
 */
export function hasDatabase(): boolean {
  return Boolean(process.env.DATABASE_URL) || fs.existsSync(embeddedDataDir());
}

/** database.ts's defaultDataDir(), not imported from there: that module loads PGlite. A test keeps them in step. */
export function embeddedDataDir(): string {
  return process.env.REACTIONS_DATA_DIR ?? path.join(process.cwd(), "data", "reactions");
}
