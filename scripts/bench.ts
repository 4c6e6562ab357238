// npm run bench [-- --sizes 1000,10000 --runs 3 --load 10 --soak 60 --burst 60 --images 4]: builds synthetic sites
// both ways and measures them (search and reactions included), then a site with camera-sized photos
// (scripts/bench-images.ts; --images 0 leaves it out, --sizes 0 runs only it). Prints Markdown tables and writes the
// same figures as JSON to tests/artifacts/bench/latest.json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchImages, imageMarkdown } from "./bench-images";
import { type LoadResult, load, loadGenerator } from "./bench-load";
import { measureCommand, pageBytes, startServer, treeMemory, type PageBytes } from "./bench-measure";
import { benchReactionsEnv, measureReactions, reactionsMarkdown, type ReactionsResult } from "./bench-reactions";
import { benchMarkdown } from "./bench-report";
import { firstQueryBytes, folderBytes, percentiles, serverQueryTimes } from "./bench-search";
import { startCachingProxy, startStaticServer } from "./bench-static-server";
import { freePort } from "./ports";
import { writeSyntheticContent } from "./synthetic-content";

const flags = Object.fromEntries(
  process.argv
    .slice(2)
    .join(" ")
    .split("--")
    .filter(Boolean)
    .map((flag) => flag.trim().split(/[ =]/)),
);
const sizes = (flags.sizes ?? "1000,10000").split(",").map(Number).filter(Boolean);
const photos = Number(flags.images ?? 4);
const runs = Number(flags.runs ?? 1);
const loadSeconds = Number(flags.load ?? 10);
const soakSeconds = Number(flags.soak ?? 60);
const burstSeconds = Number(flags.burst ?? 60);
const jiti = "node_modules/.bin/jiti";
const bothOutputs = ["-c", `${jiti} scripts/build.ts && ${jiti} scripts/export.ts`];
const mb = (bytes: number) => Math.round(bytes / 1048576);

/** Timings of several runs of one command: the median and the range, and the highest memory peak. */
export interface Runs {
  median: number;
  min: number;
  max: number;
  peakMb: number;
}

/** Search at this size: the index and its build step, the server's queries, the export's first query. */
export interface SearchBench {
  indexBytes: number;
  indexFiles: number;
  /** scripts/search-index.ts alone, content snapshot warm, as inside npm run build. */
  indexSeconds: number;
  /** `/zoeken?q=…` from npm start, one query at a time, in milliseconds. */
  server: ReturnType<typeof percentiles>;
  /** What a browser downloads for a first query on the exported /zoeken. */
  exportFirstQuery: Awaited<ReturnType<typeof firstQueryBytes>>;
}

export interface SizeResult {
  size: number;
  search: SearchBench;
  check: Runs;
  cold: Runs;
  warm: Runs;
  bytes: Record<"server" | "export", { index: PageBytes; post: PageBytes }>;
  loads: { server: string; results: LoadResult[] }[];
  soak?: LoadResult & { seconds: number; startMb: number; endMb: number };
  reactions: ReactionsResult;
}

const results: SizeResult[] = [];
for (const size of sizes) results.push(await measureSize(size));
const screenshots = path.join("tests", "artifacts", "screenshots");
fs.mkdirSync(screenshots, { recursive: true });
const images = photos > 0 ? await benchImages(photos, screenshots) : undefined;

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${mb(os.totalmem())} MB, Node ${process.version}`;
const report = {
  date: new Date().toISOString(),
  machine,
  runs,
  loadSeconds,
  generator: loadGenerator(),
  results,
  images,
};
const folder = path.join("tests", "artifacts", "bench");
fs.mkdirSync(folder, { recursive: true });
fs.writeFileSync(path.join(folder, "latest.json"), JSON.stringify(report, null, 2));
if (results.length > 0) console.log(`${benchMarkdown(report)}\n\n${reactionsMarkdown(results)}`);
if (images) console.log(`\n${imageMarkdown(images)}`);
if (images?.failedUrls.length) console.log(`Variants not answering 200: ${images.failedUrls.join(", ")}`);

/** Generates a site of `size` posts, builds both outputs cold and warm, and measures them. */
async function measureSize(size: number): Promise<SizeResult> {
  const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), `column-bench-${size}-`));
  const words = writeSyntheticContent(contentDir, size);
  const env = { CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: "1", ...benchReactionsEnv() };
  console.error(`${size} posts (${Math.round(words / size)} words each on average) in ${contentDir}`);
  const check = await timeRuns(["sh", "-c", `${jiti} scripts/check.ts ${contentDir}`], env, clearEverything);
  const cold = await timeRuns(["sh", ...bothOutputs], env, clearEverything);
  console.error(`  both outputs, cold: ${cold.median.toFixed(1)} s, peak ${cold.peakMb} MB`);
  const warm = await timeRuns(["sh", ...bothOutputs], env, clearBuild);
  console.error(`  both outputs, caches warm: ${warm.median.toFixed(1)} s, peak ${warm.peakMb} MB`);
  const index = await measureCommand(jiti, ["scripts/search-index.ts", contentDir], env);
  const { bytes: indexBytes, files: indexFiles } = folderBytes(path.join("public", "pagefind"));
  const { search, ...measured } = await measureServing(env, size === sizes.at(-1));
  const posts = { burst: "/blog/column-7", busy: "/blog/column-8", quiet: "/blog/column-9" };
  const reactions = await measureReactions(env, await freePort(), posts, burstSeconds);
  console.error(`  reactions: ${reactions.accepted} of ${reactions.submissions} accepted, ${reactions.stored} stored`);
  fs.rmSync(env.REACTIONS_DATA_DIR, { recursive: true });
  fs.rmSync(contentDir, { recursive: true });
  return {
    size,
    check,
    cold,
    warm,
    ...measured,
    search: { indexBytes, indexFiles, indexSeconds: index.seconds, ...search },
    reactions,
  };
}

async function timeRuns([command, ...args]: string[], env: Record<string, string>, clear: () => void): Promise<Runs> {
  const seconds: number[] = [];
  let peak = 0;
  for (let run = 0; run < runs; run++) {
    clear();
    const result = await measureCommand(command, args, env);
    seconds.push(result.seconds);
    peak = Math.max(peak, result.peakBytes);
  }
  seconds.sort((a, b) => a - b);
  return { median: seconds[Math.floor(seconds.length / 2)], min: seconds[0], max: seconds.at(-1)!, peakMb: mb(peak) };
}

// A cold start: no build, no export, no cached content or images.
function clearEverything(): void {
  clearBuild();
  for (const name of ["column-site", "column-site-og"]) {
    fs.rmSync(path.join("node_modules", ".cache", name), { recursive: true, force: true });
  }
  fs.rmSync(path.join("public", "og.png"), { force: true });
  fs.rmSync(path.join("public", "blog"), { recursive: true, force: true });
}

// A rebuild: the caches in node_modules/.cache stay (content snapshot, Open Graph images); .next and out/ go.
function clearBuild(): void {
  for (const dir of [".next", "out"]) fs.rmSync(dir, { recursive: true, force: true });
}

/** Measures the built site: bytes per page both ways; load on `npm start`, nginx over out/ and nginx in front of
 * `npm start`; and a soak. */
async function measureServing(env: Record<string, string>, soak: boolean) {
  const post = "/blog/column-7";
  const port = await freePort();
  const serverUrl = `http://127.0.0.1:${port}`;
  const server = await startServer(
    "node_modules/.bin/next",
    ["start", "-p", String(port), "-H", "127.0.0.1"],
    serverUrl,
    env,
  );
  const exported = await startStaticServer("out", await freePort());
  const bytes = {
    server: { index: await pageBytes(serverUrl, "/"), post: await pageBytes(serverUrl, post) },
    export: { index: await pageBytes(exported.url, "/"), post: await pageBytes(exported.url, post) },
  };
  const search = {
    server: percentiles(await serverQueryTimes(serverUrl)),
    exportFirstQuery: await firstQueryBytes(exported.url),
  };
  const proxy = await startCachingProxy(serverUrl, await freePort());
  const servers = [{ name: "npm start", url: serverUrl }, exported, ...(proxy ? [proxy] : [])];
  const loads = [];
  for (const { name, url } of servers) {
    const measured = [];
    for (const connections of [100, 200]) measured.push(await load(url + post, loadSeconds, connections));
    loads.push({ server: name, results: measured });
  }
  exported.stop();
  proxy?.stop();
  const soaked = soak ? await soakTest(server.pid ?? 0, serverUrl + post) : undefined;
  server.kill();
  await new Promise((resolve) => server.once("exit", resolve));
  return { bytes, loads, soak: soaked, search };
}

async function soakTest(pid: number, url: string) {
  const startMb = mb(treeMemory(pid));
  const result = await load(url, soakSeconds, 100);
  return { seconds: soakSeconds, ...result, startMb, endMb: mb(treeMemory(pid)) };
}
