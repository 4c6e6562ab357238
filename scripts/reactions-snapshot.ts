// Run by npm run build (scripts/build.ts) as a child process, before Next compiles: reads the approved reactions into
// the snapshot that the prerendered columns show (lib/reactions/snapshot.ts), closes the database and exits, so that
// no process holds the database while next build runs.
import path from "node:path";
import { defaultDataDir } from "../lib/reactions/data-dir";
import { openDatabase } from "../lib/reactions/database";
import { migrate } from "../lib/reactions/migrations";
import { writeApprovedSnapshot } from "../lib/reactions/snapshot-write";
import { getAllApprovedReactions } from "../lib/reactions/store";

const db = await openDatabase();
try {
  await migrate(db);
  const count = writeApprovedSnapshot(await getAllApprovedReactions(db));
  const where = db.kind === "server" ? "DATABASE_URL" : path.relative(process.cwd(), defaultDataDir());
  console.log(`Reactions: ${count} approved in ${where}.`);
} finally {
  await db.close();
}
