// The benchmark's figures as Markdown tables: every build and serving figure of the site beside the floor's, with
// the ratio of the two (site ÷ floor, so lower is better for time, memory and bytes, higher for requests/s).
import type { LoadResult } from "./load";
import { range, ratio, s, table } from "./markdown";
import { bytesMarkdown, loadMarkdown, searchMarkdown } from "./report-serving";
import type { SizeResult } from "./size";

/** What the report states about the run as a whole. */
export interface ReportHead {
  machine: string;
  runs: number;
  loadSeconds: number;
  generator: LoadResult["generator"];
}

/** Returns the build, development, page-size and load tables of every size. */
export function benchMarkdown(head: ReportHead, results: SizeResult[]): string {
  return [
    `Machine: ${head.machine}. Median of ${head.runs} run(s) each, floor and site alternating, range in brackets.`,
    "Site: `npm run build:static` (both outputs, one deploy). Floor: bench/floor's `next build` (a minimal App Router",
    "blog: title and remark-html body, one route per post) on the same posts. Memory: peak PSS of all processes.",
    "",
    ...table(
      ["posts", "floor, cold", "site, cold", "ratio", "floor peak", "site peak", "ratio"],
      results.map(({ size, builds: { site, floor } }) => [
        String(size),
        range(floor.cold),
        range(site.cold),
        ratio(site.cold.median, floor.cold.median),
        `${floor.cold.peakMb} MB`,
        `${site.cold.peakMb} MB`,
        ratio(site.cold.peakMb, floor.cold.peakMb),
      ]),
    ),
    "",
    "One post edited, caches kept (the site's target is measured against the floor's cold build):",
    "",
    ...table(
      ["posts", "floor", "site", "ratio to the floor's rebuild", "ratio to the floor's cold build", "site peak"],
      results.map(({ size, builds: { site, floor } }) => [
        String(size),
        range(floor.edited),
        range(site.edited),
        ratio(site.edited.median, floor.edited.median),
        ratio(site.edited.median, floor.cold.median),
        `${site.edited.peakMb} MB`,
      ]),
    ),
    ...devMarkdown(results),
    ...bytesMarkdown(results),
    ...loadMarkdown(head, results),
    ...searchMarkdown(results),
    "",
    `\`npm run check\`: ${results.map((r) => `${s(r.checkSeconds)} at ${r.size} posts`).join(", ")}.`,
  ].join("\n");
}

function devMarkdown(results: SizeResult[]): string[] {
  const measured = results.filter((r) => r.dev);
  if (measured.length === 0) return [];
  return [
    "",
    "Development, from nothing (no .next): `npm run dev` against the floor's `next dev`, from the command's start;",
    "then a sentence added to that column's Markdown, from the save until a reload shows it; then each started",
    "again on the .next it left, as an editor's next session is. Targets (issue 18): listening ≤ 5 s, the first",
    "column ≤ 3 s, an edit ≤ 1 s.",
    "",
    ...table(
      [
        "posts",
        "start",
        "floor listens",
        "site listens",
        "floor: first column",
        "site: first column",
        "floor: edit",
        "site: edit",
      ],
      measured.flatMap(({ size, dev }) =>
        (
          [
            ["from nothing", dev!.floor, dev!.site],
            ["again", dev!.floorAgain, dev!.siteAgain],
          ] as const
        ).map(([start, floor, site]) => [
          String(size),
          start,
          s(floor.readySeconds),
          s(site.readySeconds),
          s(floor.firstColumnSeconds),
          s(site.firstColumnSeconds),
          s(floor.editSeconds),
          s(site.editSeconds),
        ]),
      ),
    ),
  ];
}
