// npm run reactions:export [-- file.json]: writes every reaction (all states) as JSON, to the file or to stdout.
// While the server runs with the embedded database, the server makes the export: no downtime, no second opener.
import fs from "node:fs";
import { exportReactions } from "../lib/reactions/backup";
import { loadProjectEnv } from "../lib/reactions/environment";
import { runOnDatabase } from "../lib/reactions/server-handle";

loadProjectEnv(); // DATABASE_URL and the rest may live in .env.local, as for Next itself.

const file = process.argv[2];
const exported = await runOnDatabase({ path: "/beheer/export" }, exportReactions);
const json = `${JSON.stringify(exported, null, 2)}\n`;
if (file) {
  fs.writeFileSync(file, json);
  console.error(`${exported.reactions.length} reactions written to ${file}.`);
} else {
  process.stdout.write(json);
}
