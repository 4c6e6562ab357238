// The search part of the benchmark: the index's size, how fast the server answers a query, and what a reader's
// first query downloads from the static export. Used by scripts/bench.ts; run alone it measures the index without
// a Next build: `npx jiti scripts/bench-search.ts --size 10000` (synthetic content, index in a temporary folder).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { chromiumFlags, findChromium } from "./chromium";

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

/** Asks `search` each query `rounds` times, one at a time; returns the time each took, in order. */
export async function timeQueries(search: (query: string) => Promise<unknown>, rounds = 3): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of benchQueries) {
      const started = performance.now();
      await search(query);
      times.push(performance.now() - started);
    }
  }
  return times;
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
    await page.goto(`${baseUrl}/zoeken?q=${encodeURIComponent(query)}`, { waitUntil: "networkidle" });
    const found = await page.locator(".search-results .post-list-title").count();
    if (found === 0) throw new Error(`the exported /zoeken found nothing for ${query}`);
    await page.close();
    const bytes = responses.reduce((sum, response) => sum + response.bytes, 0);
    return { bytes, requests: responses.length, found };
  } finally {
    await browser.close();
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

// Run alone: the index of a synthetic site, built and queried in this process, with no Next build.
if (process.argv[1]?.endsWith("bench-search.ts")) {
  const { writeSyntheticContent } = await import("./synthetic-content");
  const { readContent } = await import("../lib/content/read");
  const { isPublished } = await import("../lib/content/posts");
  const { writeSearchIndex } = await import("../lib/outputs/search-index");
  const { searchColumns } = await import("../lib/outputs/search");
  const size = Number(process.argv.join(" ").match(/--size[ =](\d+)/)?.[1] ?? 1000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `column-bench-search-${size}-`));
  writeSyntheticContent(path.join(dir, "content"), size);
  let started = performance.now();
  const posts = readContent(path.join(dir, "content")).posts.filter(isPublished);
  const readSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await writeSearchIndex(posts, path.join(dir, "pagefind"));
  const indexSeconds = (performance.now() - started) / 1000;
  const times = await timeQueries((query) => searchColumns(query, 1, path.join(dir, "pagefind")));
  const { bytes, files } = folderBytes(path.join(dir, "pagefind"));
  console.log(
    JSON.stringify(
      { posts: posts.length, readSeconds, indexSeconds, indexMB: bytes / 1048576, files, ...percentiles(times) },
      null,
      2,
    ),
  );
  fs.rmSync(dir, { recursive: true });
}
