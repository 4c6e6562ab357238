// npm run reactions:import -- file.json: restores an export into a database that holds no reactions yet.
import fs from "node:fs";
import { importReactions } from "../lib/reactions/backup";
import { openDatabase } from "../lib/reactions/database";
import { migrate } from "../lib/reactions/migrations";
import { loadProjectEnv } from "../lib/reactions/environment";

loadProjectEnv(); // DATABASE_URL and the rest may live in .env.local, as for Next itself.

const file = process.argv[2];
if (!file) {
  console.error("Name the export file: npm run reactions:import -- reactions.json");
  process.exit(1);
}
const db = await openDatabase();
try {
  await migrate(db);
  const count = await importReactions(db, JSON.parse(fs.readFileSync(file, "utf8")));
  console.log(`${count} reactions imported from ${file}.`);
} catch (error) {
  console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
