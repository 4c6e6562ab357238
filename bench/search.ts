// The search part of the benchmark: the index's size, how fast the server answers a query, and what a reader's
// first query downloads from the static export. Used by bench/run.ts; run alone it measures the index without
// a Next build: `npx jiti bench/search.ts --size 10000` (synthetic content, index in a temporary folder).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { chromiumFlags, findChromium } from "../tools/chromium";

/** Queries of one or two words from the synthetic columns' vocabulary, common and rarer, plural and singular. */
export const benchQueries = [
  "klanten",
  "medewerker",
  "strategie",
  "vertrouwen",
  "gesprek",
  "leiding team",
  "kwaliteit",
  "organisatie",
  "luisteren",
  "toekomst markt",
  "heldere keuze",
  "begrijpen",
];

/** Returns the bytes of every file under `dir`, and how many files. */
export function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Returns the median, the 95th percentile and the first of a list of times in milliseconds. */
export function percentiles(times: number[]): { firstMs: number; p50Ms: number; p95Ms: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
  return { firstMs: round(times[0]), p50Ms: round(at(0.5)), p95Ms: round(at(0.95)) };
}

/**
 * Asks `search` each query `rounds` times, one at a time; returns the wall time each took, in order, and the CPU time
 * this process spent on it (which, unlike wall time, other processes on a busy machine do not inflate).
 */
export async function timeQueries(
  search: (query: string) => Promise<unknown>,
  rounds = 3,
): Promise<number[] & { cpu: number[] }> {
  const times = Object.assign([] as number[], { cpu: [] as number[] });
  for (let round = 0; round < rounds; round++) {
    for (const query of benchQueries) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      await search(query);
      const spent = process.cpuUsage(cpu);
      times.push(performance.now() - started);
      times.cpu.push((spent.user + spent.system) / 1000);
    }
  }
  return times;
}

/** Returns the most a first query can fetch from an index: search code, WebAssembly, metadata, its largest chunk. */
export function firstQueryUpperBound(indexDir: string, shown = 10): { bytes: number; largestChunk: number } {
  const sizes = (folder: string) =>
    fs.existsSync(path.join(indexDir, folder))
      ? fs.readdirSync(path.join(indexDir, folder)).map((name) => fs.statSync(path.join(indexDir, folder, name)).size)
      : [];
  const top = fs.readdirSync(indexDir).filter((name) => fs.statSync(path.join(indexDir, name)).isFile());
  const fixed = top.reduce((sum, name) => sum + fs.statSync(path.join(indexDir, name)).size, 0);
  const largestChunk = Math.max(0, ...sizes("index"));
  const fragments = sizes("fragment").sort((a, b) => b - a);
  return { bytes: fixed + largestChunk + fragments.slice(0, shown).reduce((a, b) => a + b, 0), largestChunk };
}

/** Returns the time of each server-rendered results page (`/zoeken?q=…`), one request at a time. */
export async function serverQueryTimes(baseUrl: string): Promise<number[]> {
  return timeQueries(async (query) => {
    const response = await fetch(`${baseUrl}/zoeken?q=${encodeURIComponent(query)}`);
    if (!response.ok || !(await response.text()).includes("gevonden voor")) {
      throw new Error(`/zoeken?q=${query} answered ${response.status} without results`);
    }
  });
}

/** Returns what a reader's browser downloads for a first query on the exported /zoeken, as transferred. */
export async function firstQueryBytes(baseUrl: string, query = "klanten") {
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumFlags });
  try {
    const page = await browser.newPage();
    const responses: { url: string; bytes: number }[] = [];
    page.on("requestfinished", async (request) => {
      const sizes = await request.sizes();
      responses.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    });
    await page.goto(`${baseUrl}/zoeken?q=${encodeURIComponent(query)}`);
    // The network can go quiet before the results show: at 10,000 columns the search itself takes a while.
    const titles = page.locator(".search-results .post-list-title");
    await titles
      .first()
      .waitFor({ timeout: 60_000 })
      .catch(() => {});
    await page.waitForLoadState("networkidle");
    const found = await titles.count();
    if (found === 0) throw new Error(`the exported /zoeken found nothing for ${query}`);
    await page.close();
    const bytes = responses.reduce((sum, response) => sum + response.bytes, 0);
    return { bytes, requests: responses.length, found };
  } finally {
    await browser.close();
  }
}

function cpuSeconds({ user, system }: NodeJS.CpuUsage): number {
  return (user + system) / 1e6;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

// Run alone: the index of a synthetic site, built and queried in this process, with no Next build.
if (process.argv[1]?.endsWith(path.join("bench", "search.ts"))) {
  const { writeSyntheticContent } = await import("../tools/synthetic-content");
  const { readContent } = await import("../lib/content/read");
  const { isPublished } = await import("../lib/content/posts");
  const { writeSearchIndex } = await import("../lib/outputs/search-index");
  const { searchColumns } = await import("../lib/outputs/search");
  const size = Number(process.argv.join(" ").match(/--size[ =](\d+)/)?.[1] ?? 1000);
  // --keep leaves the folder (content and index) for another look; --index <dir> queries an index kept before.
  const kept = process.argv.join(" ").match(/--index[ =](\S+)/)?.[1];
  const dir = kept ? path.dirname(kept) : fs.mkdtempSync(path.join(os.tmpdir(), `column-bench-search-${size}-`));
  const indexDir = path.join(dir, "pagefind");
  let built = {};
  if (!kept) {
    writeSyntheticContent(path.join(dir, "content"), size);
    let started = performance.now();
    const posts = readContent(path.join(dir, "content")).posts.filter(isPublished);
    const readSeconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage();
    started = performance.now();
    await writeSearchIndex(posts, indexDir);
    const indexSeconds = (performance.now() - started) / 1000;
    built = { posts: posts.length, readSeconds, indexSeconds, indexNodeCpuSeconds: cpuSeconds(process.cpuUsage(cpu)) };
  }
  const times = await timeQueries((query) => searchColumns(query, 1, indexDir));
  const { bytes, files } = folderBytes(indexDir);
  const cpu = percentiles(times.cpu);
  console.log(
    JSON.stringify(
      {
        ...built,
        indexMB: bytes / 1048576,
        files,
        wall: percentiles(times),
        cpu,
        firstQueryUpperBoundKB: firstQueryUpperBound(indexDir).bytes / 1024,
        largestChunkKB: firstQueryUpperBound(indexDir).largestChunk / 1024,
        dir,
      },
      null,
      2,
    ),
  );
  if (!process.argv.includes("--keep") && !kept) fs.rmSync(dir, { recursive: true });
}
