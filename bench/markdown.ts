// Small helpers the benchmark's report shares: seconds, ratios and Markdown tables.
import type { Runs } from "./builds";

/** Seconds with one decimal. */
export const s = (seconds: number) => `${seconds.toFixed(1)} s`;
/** Site ÷ floor in bold, or a dash when the floor has no figure. */
export const ratio = (site: number, floor: number) => (floor > 0 ? `**${(site / floor).toFixed(2)}×**` : "—");
/** A median with its range, when the runs differ. */
export const range = (r: Runs) =>
  r.min === r.max ? s(r.median) : `${s(r.median)} (${r.min.toFixed(1)}–${r.max.toFixed(1)})`;
/** A Markdown table, every column right-aligned. */
export const table = (header: string[], rows: string[][]) => [
  `| ${header.join(" | ")} |`,
  `| ${header.map(() => "---:").join(" | ")} |`,
  ...rows.map((row) => `| ${row.join(" | ")} |`),
];
