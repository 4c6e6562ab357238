// The benchmark's figures as Markdown tables, the way the README quotes them.
import type { LoadResult } from "./bench-load";
import type { PageBytes } from "./bench-measure";
import type { Runs, SizeResult } from "./bench";

interface Report {
  machine: string;
  runs: number;
  loadSeconds: number;
  generator: LoadResult["generator"];
  results: SizeResult[];
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const runs = (r: Runs) => `${r.median.toFixed(1)} s (${r.min.toFixed(1)}–${r.max.toFixed(1)})`;
const sizesOf = (page: PageBytes) =>
  `${kb(page.html.raw)} / ${kb(page.html.gzip)} | ${kb(page.css.raw)} / ${kb(page.css.gzip)} | ${kb(page.js.raw)} / ${kb(page.js.gzip)}`;

/** Returns the report as Markdown: build times and memory, bytes per page, and load. */
export function benchMarkdown({ machine, runs: count, loadSeconds, generator, results }: Report): string {
  const lines = [
    `Machine: ${machine}. Median of ${count} run(s), range in brackets. Both outputs: \`npm run build\` then`,
    `\`npm run export\`, as one deploy. Memory: peak PSS of all the build's processes together.`,
    "",
    "| posts | check (cold) | both outputs, cold | peak memory | both outputs, caches warm | peak memory |",
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.map(
      (r) =>
        `| ${r.size} | ${runs(r.check)} | ${runs(r.cold)} | ${r.cold.peakMb} MB | ${runs(r.warm)} | ${r.warm.peakMb} MB |`,
    ),
    "",
    "| posts | page | mode | HTML KB raw / gzip | CSS KB raw / gzip | JS KB raw / gzip |",
    "| ---: | --- | --- | ---: | ---: | ---: |",
    ...results.flatMap((r) => [
      `| ${r.size} | index | npm start | ${sizesOf(r.bytes.server.index)} |`,
      `| ${r.size} | post | npm start | ${sizesOf(r.bytes.server.post)} |`,
      `| ${r.size} | index | export | ${sizesOf(r.bytes.export.index)} |`,
      `| ${r.size} | post | export | ${sizesOf(r.bytes.export.post)} |`,
    ]),
    "",
    `Load on a post page, ${loadSeconds} s per row, measured with ${generator} on 127.0.0.1.`,
    "",
    "| posts | server | connections | requests/s | p50 | p99 | timeouts | errors |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.flatMap((r) =>
      r.loads.flatMap(({ server, results: measured }) =>
        measured.map(
          (m) =>
            `| ${r.size} | ${server} | ${m.connections} | ${m.requestsPerSecond} | ${m.p50Ms} ms | ${m.p99Ms} ms | ${m.timeouts} | ${m.errors} |`,
        ),
      ),
    ),
  ];
  lines.push(
    "",
    "Search: the index on disk, its build step (share of both outputs, cold), `/zoeken?q=…` from npm start one at a time, and a first query on the exported `/zoeken` in Chromium.",
    "",
    "| posts | index on disk | files | index step | share of the build | server query p50 / p95 (first) | export: first query downloads |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.map(({ size, search, cold }) => {
      const { p50Ms, p95Ms, firstMs } = search.server;
      const first = search.exportFirstQuery;
      const share = ((search.indexSeconds / cold.median) * 100).toFixed(1);
      return `| ${size} | ${(search.indexBytes / 1048576).toFixed(1)} MB | ${search.indexFiles} | ${search.indexSeconds.toFixed(1)} s | ${share} % | ${p50Ms} / ${p95Ms} ms (${firstMs} ms) | ${kb(first.bytes)} KB in ${first.requests} requests |`;
    }),
  );
  const soak = results.at(-1)?.soak;
  if (soak) {
    lines.push(
      "",
      `Soak: npm start, ${soak.seconds} s at ${soak.connections} connections (${soak.generator}): ${soak.requestsPerSecond} requests/s, p99 ${soak.p99Ms} ms, ${soak.timeouts} timeouts, ${soak.errors} errors; memory ${soak.startMb} MB at the start and ${soak.endMb} MB at the end.`,
    );
  }
  return lines.join("\n");
}
