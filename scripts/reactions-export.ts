// npm run reactions:export [-- file.json]: writes every reaction (all states) as JSON, to the file or to stdout.
import fs from "node:fs";
import { exportReactions } from "../lib/reactions/backup";
import { openDatabase } from "../lib/reactions/database";
import { migrate } from "../lib/reactions/migrations";
import { loadProjectEnv } from "../lib/reactions/environment";

loadProjectEnv(); // DATABASE_URL and the rest may live in .env.local, as for Next itself.

const file = process.argv[2];
const db = await openDatabase();
try {
  await migrate(db);
  const exported = await exportReactions(db);
  const json = `${JSON.stringify(exported, null, 2)}\n`;
  if (file) {
    fs.writeFileSync(file, json);
    console.error(`${exported.reactions.length} reactions written to ${file}.`);
  } else {
    process.stdout.write(json);
  }
} finally {
  await db.close();
}
