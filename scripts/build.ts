// npm run build [-- --export]: check the content into the content store (.next/cache/column-site/content.json) on a
// worker thread whose memory is gone once it ends, while a child process snapshots the approved reactions and then
// Next compiles the code; then Next's prerender, whose processes read the store, with the generated files it does
// not read: the Open Graph images and image variants beside it, the search index after it. With --export (npm run
// build:static), the static site in out/ is derived from that build while the search index is written, as `npm run
// export` does on its own.
import { spawn } from "node:child_process";
import path from "node:path";
import { localUrlProblem } from "../lib/public-url";
import { checkReactionsConfig } from "../lib/reactions/config";
import { loadProjectEnv } from "../lib/reactions/environment";
import { hasDatabase } from "../lib/reactions/data-dir";
import { writeApprovedSnapshot } from "../lib/reactions/snapshot-write";
import { site, siteUrl } from "../lib/site";
import { runInWorker } from "../lib/workers";
import { clearBuildStamp, digestBuildInputs, readBuildStamp, writeBuildStamp } from "../lib/build-stamp";
import type { OgImageJob } from "../lib/outputs/og/images";
import type { StoredContent } from "./content-check";
import { exportSite } from "./export-site";

// A build for localhost would ship that address in every link: only `npm start` (--allow-localhost) or an explicit
// SITE_URL may make one, and never for the static site. What the build is made from is digested now: npm start
// reuses a build while it is unchanged, and the next build reuses the compile while the code is.
loadProjectEnv();
const exporting = process.argv.includes("--export");
const url = siteUrl(process.env.SITE_URL);
const urlProblem = localUrlProblem(url, process.env.SITE_URL);
if (urlProblem && (exporting || !process.argv.includes("--allow-localhost"))) {
  console.error(urlProblem);
  process.exit(1);
}
const digests = digestBuildInputs({ root: process.cwd(), contentDir: site.contentDir, env: process.env });

const generatedFiles = path.join("scripts", "generated-files.ts");
// `next build` in the two halves its CLI offers (--experimental-build-mode compile, then generate). The compile reads
// the code, not the content, so it runs beside the content check; the prerender reads the content store, so it
// waits for both, in a fresh process: Turbopack's memory (half a gigabyte at 1,000 posts) is gone before the
// prerender's workers start. When the code is what the last build compiled (one post edited, say), the prerender
// starts from that compile. The last build's stamp goes as the first half that writes .next starts: a build that
// stops at the content check leaves the last build whole and stamped.
const compiledAlready = readBuildStamp(".next")?.code === digests.code;
if (compiledAlready) console.log("Next: the code is as the last build compiled it, so only the pages are made again.");
const contentChecked = runInWorker<StoredContent | undefined>(
  path.join("scripts", "content-check.ts"),
  "storeContent",
  undefined,
);
contentChecked.catch(() => {}); // Awaited below, once the snapshot is done; its failure is handled there.
// The snapshot's child process (PGlite holds most of a gigabyte) has ended before Turbopack starts.
const snapshotStatus = await snapshotReactions();
if (snapshotStatus !== 0) process.exit(snapshotStatus);
let next = compiledAlready ? undefined : nextBuild("compile");
if (next) clearBuildStamp(".next");
let checked: StoredContent | undefined;
try {
  checked = await contentChecked;
} catch (error) {
  next?.stop();
  throw error;
}
if (!checked) {
  next?.stop();
  process.exit(1);
}

const { problems } = checkReactionsConfig();
console.log(`Reactions: the form is ${problems.length === 0 ? "open" : `closed: ${problems.join(" ")}`}.`);

const built = (next?.exited ?? Promise.resolve(0)).then((status) => {
  if (status !== 0) return status;
  clearBuildStamp(".next");
  next = nextBuild("generate");
  return next.exited;
});
try {
  const cards = await runInWorker<OgImageJob[]>(generatedFiles, "writeVariantsFromStore", undefined);
  await runInWorker(generatedFiles, "drawOgImages", cards);
} catch (error) {
  next?.stop();
  throw error;
}
const status = await built;
if (status !== 0) process.exit(status);
const searchIndexWritten = runInWorker(generatedFiles, "writeSearchIndexFromStore", undefined);
if (exporting) await exportSite(searchIndexWritten);
await searchIndexWritten;
writeBuildStamp(".next", { ...digests, url, urlAccepted: !urlProblem, nextPublication: checked.nextPublication });

/**
 * Resolves to 0 once the approved reactions the prerendered columns show are in their snapshot, else to the exit
 * status of the child process that reads them: this process holds no database (PGlite keeps most of a gigabyte) while
 * next build runs, and opens none if none exists.
 */
async function snapshotReactions(): Promise<number> {
  if (!hasDatabase()) {
    writeApprovedSnapshot({});
    console.log("Reactions: no database yet (no DATABASE_URL, no data/reactions), so none to show.");
    return 0;
  }
  return run(path.join("node_modules", ".bin", "jiti"), ["scripts/reactions-snapshot.ts"]).exited;
}

/** Starts one half of `next build`, its output shown as it comes. */
function nextBuild(mode: "compile" | "generate") {
  return run(path.join("node_modules", ".bin", "next"), ["build", "--experimental-build-mode", mode]);
}

/** Starts a child process; `exited` resolves to its exit status (1 when it could not start), `stop` ends it. */
function run(command: string, args: string[]) {
  const child = spawn(command, args, { stdio: "inherit" });
  const exited = new Promise<number>((resolve) => {
    child.on("exit", (code) => resolve(code ?? 1));
    child.on("error", (error) => {
      console.error(`${command} could not start: ${error.message}`);
      resolve(1);
    });
  });
  return { exited, stop: () => child.kill() };
}
