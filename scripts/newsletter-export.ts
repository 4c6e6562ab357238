// npm run newsletter:export [-- file.json]: writes every subscriber with their consent time, and which columns went
// out, as JSON, to the file or to stdout. With the embedded database, stop the server first.
import fs from "node:fs";
import { exportNewsletter } from "../lib/newsletter/backup";
import { openDatabase } from "../lib/reactions/database";
import { loadProjectEnv } from "../lib/reactions/environment";
import { migrate } from "../lib/reactions/migrations";

loadProjectEnv(); // DATABASE_URL may live in .env.local, as for Next itself.

const file = process.argv[2];
const db = await openDatabase();
try {
  await migrate(db);
  const exported = await exportNewsletter(db);
  const json = `${JSON.stringify(exported, null, 2)}\n`;
  if (file) {
    fs.writeFileSync(file, json, { mode: 0o600 }); // Mail addresses: readable by the owner only.
    console.error(`${exported.subscribers.length} subscribers written to ${file}.`);
  } else {
    process.stdout.write(json);
  }
} finally {
  await db.close();
}
