// npm run reactions:export [-- file.json]: writes every reaction (all states) as JSON, to the file or to stdout.
// While the server runs with the embedded database, the server makes the export: no downtime, no second opener.
import fs from "node:fs";
import { exportReactions, type ExportFile } from "../lib/reactions/backup";
import { defaultDataDir, lockFile, openDatabase } from "../lib/reactions/database";
import { loadProjectEnv } from "../lib/reactions/environment";
import { migrate } from "../lib/reactions/migrations";
import { readServerHandle } from "../lib/reactions/server-handle";

loadProjectEnv(); // DATABASE_URL and the rest may live in .env.local, as for Next itself.

const file = process.argv[2];
const exported = runningServer() ? await exportFromServer() : await exportDirectly();
const json = `${JSON.stringify(exported, null, 2)}\n`;
if (file) {
  fs.writeFileSync(file, json);
  console.error(`${exported.reactions.length} reactions written to ${file}.`);
} else {
  process.stdout.write(json);
}

function runningServer(): boolean {
  return !process.env.DATABASE_URL && fs.existsSync(lockFile(defaultDataDir()));
}

async function exportFromServer(): Promise<ExportFile> {
  const handle = readServerHandle(defaultDataDir());
  if (!handle) return exportDirectly(); // A lock without a server: another command has it, and says so.
  const response = await fetch(`${handle.url}/beheer/export`, {
    headers: { Authorization: `Bearer ${handle.token}` },
    redirect: "manual",
  }).catch((error: unknown) => {
    throw new Error(`The server (process ${handle.pid}) holds the database but did not answer at ${handle.url}.`, {
      cause: error,
    });
  });
  if (!response.ok) throw new Error(`The running server refused the export (HTTP ${response.status}).`);
  console.error(`Exported through the running server (process ${handle.pid}).`);
  return (await response.json()) as ExportFile;
}

async function exportDirectly(): Promise<ExportFile> {
  const db = await openDatabase();
  try {
    await migrate(db);
    return await exportReactions(db);
  } finally {
    await db.close();
  }
}
