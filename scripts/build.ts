// npm run build: check the content into the content store (.next/cache/column-site/content.json) on a worker thread
// whose memory is gone once it ends, then one `next build`, whose processes read the store, and beside it the
// generated files (Open Graph images, search index, image variants), which next build does not read. `npm run export`
// derives the static site in out/ from that same build.
import { spawn } from "node:child_process";
import path from "node:path";
import { getReactionsConfig } from "../lib/reactions/config";
import { defaultDataDir } from "../lib/reactions/database";
import { loadProjectEnv } from "../lib/reactions/environment";
import { snapshotApprovedReactions } from "../lib/reactions/snapshot";
import { runInWorker } from "../lib/workers";

const generatedFiles = path.join("scripts", "generated-files.ts");
if (!(await runInWorker<boolean>(generatedFiles, "storeContent", undefined))) process.exit(1);

// Next's build workers must not open the embedded database at once: the approved reactions are read here, once.
loadProjectEnv();
const reactions = await snapshotApprovedReactions();
const where = reactions.kind === "server" ? "DATABASE_URL" : path.relative(process.cwd(), defaultDataDir());
const form = getReactionsConfig() ? "open" : "closed (REACTIONS_PASSWORD_HASH and REACTIONS_SECRET are not set)";
console.log(`Reactions: ${reactions.count} approved in ${where}; the form is ${form}.`);

const next = spawn(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
const built = new Promise<number>((resolve) => next.on("exit", (code) => resolve(code ?? 1)));
try {
  await runInWorker(generatedFiles, "writeFilesFromStore", undefined);
} catch (error) {
  next.kill();
  throw error;
}
process.exit(await built);
