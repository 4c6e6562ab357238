// npm run build: check the content into the content store (.next/cache/column-site/content.json) on a worker thread
// whose memory is gone once it ends, then one `next build`, whose processes read the store, with the generated files
// it does not read: the Open Graph images and image variants beside it, the search index after it. `npm run export`
// derives the static site in out/ from that same build.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { localUrlProblem } from "../lib/public-url";
import { checkReactionsConfig } from "../lib/reactions/config";
import { loadProjectEnv } from "../lib/reactions/environment";
import { hasDatabase } from "../lib/reactions/snapshot";
import { writeApprovedSnapshot } from "../lib/reactions/snapshot-write";
import { site, siteUrl } from "../lib/site";
import { runInWorker } from "../lib/workers";
import { digestBuildInputs, writeBuildStamp } from "../lib/build-stamp";

// A build for localhost would ship that address in every link: only `npm start` (--allow-localhost) or an explicit
// SITE_URL may make one. What the build is made from is digested now, for npm start to reuse it while unchanged.
loadProjectEnv();
const url = siteUrl(process.env.SITE_URL);
const urlProblem = localUrlProblem(url, process.env.SITE_URL);
if (urlProblem && !process.argv.includes("--allow-localhost")) {
  console.error(urlProblem);
  process.exit(1);
}
const inputs = digestBuildInputs({ root: process.cwd(), contentDir: site.contentDir, env: process.env });

const generatedFiles = path.join("scripts", "generated-files.ts");
if (!(await runInWorker<boolean>(path.join("scripts", "content-check.ts"), "storeContent", undefined))) process.exit(1);

// The approved reactions for the columns next build prerenders, read by a child process that exits before it starts:
// this process holds no database (PGlite keeps most of a gigabyte) while next build runs, and opens none if none exists.
if (!hasDatabase()) {
  writeApprovedSnapshot({});
  console.log("Reactions: no database yet (no DATABASE_URL, no data/reactions), so none to show.");
} else {
  const snapshot = spawnSync(path.join("node_modules", ".bin", "jiti"), ["scripts/reactions-snapshot.ts"], {
    stdio: "inherit",
  });
  if (snapshot.status !== 0) process.exit(snapshot.status ?? 1);
}
const { problems } = checkReactionsConfig();
console.log(`Reactions: the form is ${problems.length === 0 ? "open" : `closed: ${problems.join(" ")}`}.`);

const next = spawn(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
const built = new Promise<number>((resolve) => next.on("exit", (code) => resolve(code ?? 1)));
try {
  await runInWorker(generatedFiles, "writeImagesFromStore", undefined);
} catch (error) {
  next.kill();
  throw error;
}
const status = await built;
if (status === 0) {
  await runInWorker(generatedFiles, "writeSearchIndexFromStore", undefined);
  writeBuildStamp(".next", { inputs, url, urlAccepted: !urlProblem });
}
process.exit(status);
