// A build step, before `next build`: reads the approved reactions once, so that Next's build workers never open
// the database (the embedded one allows one process at a time). Applies the migrations on the way.
import path from "node:path";
import { getReactionsConfig } from "../lib/reactions/config";
import { defaultDataDir, openDatabase } from "../lib/reactions/database";
import { migrate } from "../lib/reactions/migrations";
import { snapshotFile, writeApprovedSnapshot } from "../lib/reactions/snapshot";
import { loadProjectEnv } from "../lib/reactions/environment";

loadProjectEnv(); // DATABASE_URL and the rest may live in .env.local, as for Next itself.

const db = await openDatabase();
try {
  await migrate(db);
  const count = await writeApprovedSnapshot(db, snapshotFile());
  const where =
    db.kind === "server" ? "the PostgreSQL server (DATABASE_URL)" : path.relative(process.cwd(), defaultDataDir());
  const state = getReactionsConfig() ? "open" : "closed (REACTIONS_PASSWORD_HASH and REACTIONS_SECRET are not set)";
  console.log(`Reactions: ${count} approved in ${where}; the form is ${state}.`);
} finally {
  await db.close();
}
