// npm run newsletter:import -- file.json: restores a newsletter export into a database without subscribers.
import fs from "node:fs";
import { importNewsletter } from "../lib/newsletter/backup";
import { openDatabase } from "../lib/reactions/database";
import { loadProjectEnv } from "../lib/reactions/environment";
import { migrate } from "../lib/reactions/migrations";

loadProjectEnv(); // DATABASE_URL may live in .env.local, as for Next itself.

const file = process.argv[2];
if (!file) {
  console.error("Name the export file: npm run newsletter:import -- nieuwsbrief.json");
  process.exit(1);
}
const db = await openDatabase();
try {
  await migrate(db);
  const count = await importNewsletter(db, JSON.parse(fs.readFileSync(file, "utf8")));
  console.log(`${count} subscribers imported from ${file}.`);
} catch (error) {
  console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
