// npm run newsletter:export [-- file.json]: writes every subscriber with their consent time, and which columns went
// out, as JSON, to the file or to stdout. While the server runs with the embedded database, the server makes it.
import fs from "node:fs";
import { exportNewsletter } from "../lib/newsletter/backup";
import { loadProjectEnv } from "../lib/reactions/environment";
import { runOnDatabase } from "../lib/reactions/server-handle";

loadProjectEnv(); // DATABASE_URL may live in .env.local, as for Next itself.

const file = process.argv[2];
const exported = await runOnDatabase({ path: "/beheer/export?van=nieuwsbrief" }, exportNewsletter);
const json = `${JSON.stringify(exported, null, 2)}\n`;
if (file) {
  fs.writeFileSync(file, json, { mode: 0o600 }); // Mail addresses: readable by the owner only.
  console.error(`${exported.subscribers.length} subscribers written to ${file}.`);
} else {
  process.stdout.write(json);
}
