import fs from "node:fs";
import path from "node:path";

// Where the embedded database lives, and whether there is a database at all: in a module of its own that loads no
// database code, so that a build, or a server of a site without reactions, never starts PGlite (whose first start
// makes the database: seconds, and most of a gigabyte held).

/**
 * Where the embedded database lives unless REACTIONS_DATA_DIR says otherwise: data/reactions (git-ignored), and
 * data/dev/reactions under `npm run dev`, so a preview beside `npm start` on one checkout takes no lock from it.
 */
export function defaultDataDir(): string {
  if (process.env.REACTIONS_DATA_DIR) return process.env.REACTIONS_DATA_DIR;
  const development = process.env.NODE_ENV === "development";
  return path.join(process.cwd(), "data", ...(development ? ["dev", "reactions"] : ["reactions"]));
}

/** Whether there is a database: DATABASE_URL, or an embedded one made in its folder (PostgreSQL's PG_VERSION). */
export function hasDatabase(): boolean {
  return Boolean(process.env.DATABASE_URL) || fs.existsSync(path.join(defaultDataDir(), "PG_VERSION"));
}
