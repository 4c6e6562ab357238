// Vitest's global setup for the unit and browser tests: one empty embedded database, made once (PGlite's first start
// runs initdb, which takes seconds) and kept in tests/artifacts/, for tests/helpers.ts's emptyDatabaseDir to copy.
import fs from "node:fs";
import { openEmbeddedDatabase } from "../lib/reactions/database";
import { databaseTemplate } from "./helpers";

export default async function makeDatabaseTemplate(): Promise<void> {
  if (fs.existsSync(databaseTemplate)) return;
  const making = `${databaseTemplate}.making-${process.pid}`;
  fs.rmSync(making, { recursive: true, force: true });
  await (await openEmbeddedDatabase(making)).close();
  try {
    fs.renameSync(making, databaseTemplate);
  } catch (error) {
    // Another run made it meanwhile: theirs serves as well.
    fs.rmSync(making, { recursive: true, force: true });
    if (!fs.existsSync(databaseTemplate)) throw error;
  }
}
