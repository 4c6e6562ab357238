import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const fixtures = path.join(import.meta.dirname, "fixtures");

const pgliteVersion = JSON.parse(
  fs.readFileSync(
    path.join(import.meta.dirname, "..", "node_modules", "@electric-sql", "pglite", "package.json"),
    "utf8",
  ),
).version;

/** The empty embedded database tests/database-template.ts makes once, for this version of PGlite. */
export const databaseTemplate = path.join(import.meta.dirname, "artifacts", `empty-database-pglite-${pgliteVersion}`);

/**
 * Returns a fresh folder holding an empty embedded database: a copy of the one made once per checkout, instead of
 * PGlite's initdb in every test. Migrations run on open, as for any database.
 */
export function emptyDatabaseDir(prefix = "column-site-db-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(databaseTemplate, dir, { recursive: true });
  return dir;
}

/** Returns a fresh content folder with the fixture site's authors and the named files from `fixtures/broken`. */
export function siteWith(...brokenFiles: string[]): string {
  return siteFrom("broken", ...brokenFiles);
}

/** Returns a fresh content folder with the fixture site's authors and the named posts from `fixtures/<folder>`. */
export function siteFrom(folder: string, ...brokenFiles: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-"));
  fs.cpSync(path.join(fixtures, "site", "authors"), path.join(dir, "authors"), { recursive: true });
  fs.mkdirSync(path.join(dir, "posts"));
  for (const name of brokenFiles) {
    fs.copyFileSync(path.join(fixtures, folder, name), path.join(dir, "posts", name));
  }
  return dir;
}

/** Returns the problems `run` throws as a ContentError, as printed lines with the folder left out. */
export function problemLines(run: () => unknown, dir: string): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof Error && error.name === "ContentError") {
      return error.message
        .split("\n")
        .slice(1)
        .map((line) => line.replace(dir + path.sep, ""));
    }
    throw error;
  }
  throw new Error("expected a ContentError, but the content loaded");
}
