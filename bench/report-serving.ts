// The serving half of the benchmark's report: bytes per page, load, search and the soak, beside the floor.
import type { PageBytes } from "./measure";
import { ratio, table } from "./markdown";
import type { LoadResult } from "./load";
import type { SizeResult } from "./size";

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzipTotal = (page: PageBytes) => page.html.gzip + page.css.gzip + page.js.gzip;

/** Page bytes of the index and a column, from npm start and out/, beside the floor's. */
export function bytesMarkdown(results: SizeResult[]): string[] {
  const sizes = (page: PageBytes) =>
    (["html", "css", "js"] as const).map((kind) => `${kb(page[kind].raw)} / ${kb(page[kind].gzip)}`);
  return [
    "",
    "Page bytes, KB raw / gzip; the ratio is of all three gzipped, to the floor's same page.",
    "",
    ...table(
      ["posts", "page", "served by", "HTML", "CSS", "JS", "ratio"],
      results.flatMap(({ size, bytes }) =>
        (["index", "post"] as const).flatMap((page) =>
          (["floor", "server", "export"] as const).map((kind) => [
            String(size),
            page,
            { floor: "floor: next start", server: "npm start", export: "out/" }[kind],
            ...sizes(bytes[kind][page]),
            ratio(gzipTotal(bytes[kind][page]), gzipTotal(bytes.floor[page])),
          ]),
        ),
      ),
    ),
  ];
}

/** Load on a column from each server, requests/s as a ratio to the floor's. */
export function loadMarkdown(
  head: { loadSeconds: number; generator: LoadResult["generator"] },
  results: SizeResult[],
): string[] {
  return [
    "",
    `Load on a column (the floor: its post page), ${head.loadSeconds} s a row, ${head.generator} on 127.0.0.1; past 2 s:`,
    "requests unanswered within 2 s. The ratio is of requests/s, to the floor's at the same connections.",
    "",
    ...table(
      ["posts", "server", "connections", "requests/s", "ratio", "p50", "p99", "past 2 s", "errors"],
      results.flatMap(({ size, loads }) => {
        const floor = loads.find((l) => l.server.startsWith("floor"))?.results ?? [];
        return loads.flatMap(({ server, results: rows }) =>
          rows.map((m) => [
            String(size),
            server,
            String(m.connections),
            String(m.requestsPerSecond),
            ratio(m.requestsPerSecond, floor.find((f) => f.connections === m.connections)?.requestsPerSecond ?? 0),
            `${m.p50Ms} ms`,
            `${m.p99Ms} ms`,
            String(m.timeouts),
            String(m.errors),
          ]),
        );
      }),
    ),
  ];
}

/** The search index, its step, the server's queries and the export's first query; and the soak, when there was one. */
export function searchMarkdown(results: SizeResult[]): string[] {
  const lines = [
    "",
    "Search: the index on disk and its step alone (`npm run search-index`), `/zoeken?q=…` from npm start one at a",
    "time, and what a first query on the exported `/zoeken` downloads in Chromium.",
    "",
    ...table(
      ["posts", "index on disk", "files", "index step", "server query p50 / p95 (first)", "export: first query"],
      results.map(({ size, searchIndex, search }) => {
        const { p50Ms, p95Ms, firstMs } = search.server;
        const first = search.exportFirstQuery;
        return [
          String(size),
          `${(searchIndex.bytes / 1048576).toFixed(1)} MB`,
          String(searchIndex.files),
          `${searchIndex.seconds.toFixed(1)} s`,
          `${p50Ms} / ${p95Ms} ms (${firstMs} ms)`,
          `${kb(first.bytes)} KB in ${first.requests} requests`,
        ];
      }),
    ),
  ];
  const soak = results.at(-1)?.soak;
  if (soak) {
    lines.push(
      "",
      `Soak: npm start, ${soak.seconds} s at ${soak.connections} connections (${soak.generator}): ${soak.requestsPerSecond} requests/s, p99 ${soak.p99Ms} ms, ${soak.timeouts} past 2 s, ${soak.errors} errors; memory ${soak.startMb} MB at the start and ${soak.endMb} MB at the end.`,
    );
  }
  return lines;
}
