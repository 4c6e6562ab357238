// The benchmark's load generator: wrk where it is installed (it can saturate nginx), autocannon otherwise (it tops
// out near 7,000 requests/s on a 2-core machine, so it cannot measure a fast static server).
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import autocannon from "autocannon";

/** What one load run measured; `generator` names the tool that measured it. */
export interface LoadResult {
  generator: "wrk" | "autocannon";
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Requests past 2 s: those that got no answer within the generator's timeout, 2 s for both. */
  timeouts: number;
  /** Socket errors and answers other than 2xx. */
  errors: number;
}

/** Returns "wrk" when it is installed, else "autocannon". */
export function loadGenerator(): LoadResult["generator"] {
  try {
    execFileSync("wrk", ["--version"], { stdio: "ignore" });
    return "wrk";
  } catch (error) {
    // wrk --version prints its usage and exits 1; only a missing binary is a real failure.
    return error instanceof Error && "code" in error && error.code === "ENOENT" ? "autocannon" : "wrk";
  }
}

/** Loads `url` (on 127.0.0.1 only) with `connections` at once for `seconds`. */
export async function load(url: string, seconds: number, connections: number): Promise<LoadResult> {
  if (!url.startsWith("http://127.0.0.1:")) throw new Error(`The benchmark only loads 127.0.0.1, not ${url}`);
  return loadGenerator() === "wrk" ? wrk(url, seconds, connections) : autocannonLoad(url, seconds, connections);
}

// A Lua script prints wrk's figures as one JSON line: latency percentiles in microseconds.
const wrkReport = `done = function(summary, latency, requests)
  io.write(string.format('{"requests":%d,"duration":%d,"p50":%d,"p99":%d,"timeouts":%d,"errors":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), summary.errors.timeout,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status))
end`;

// Not execFileSync: the benchmark's own process may be doing the work being measured meanwhile (bench/newsletter.ts).
async function wrk(url: string, seconds: number, connections: number): Promise<LoadResult> {
  const script = `/tmp/column-bench-wrk-${process.pid}.lua`;
  fs.writeFileSync(script, wrkReport);
  const { stdout: output } = await promisify(execFile)(
    "wrk",
    [
      "-t",
      String(Math.min(2, connections)),
      "-c",
      String(connections),
      "-d",
      `${seconds}s`,
      "--timeout",
      "2s",
      "-s",
      script,
      url,
    ],
    { encoding: "utf8" },
  );
  const figures = JSON.parse(output.trim().split("\n").at(-1) ?? "{}");
  return {
    generator: "wrk",
    connections,
    requestsPerSecond: Math.round(figures.requests / (figures.duration / 1e6)),
    p50Ms: Math.round(figures.p50 / 10) / 100,
    p99Ms: Math.round(figures.p99 / 100) / 10,
    timeouts: figures.timeouts,
    errors: figures.errors,
  };
}

async function autocannonLoad(url: string, seconds: number, connections: number): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration: seconds, timeout: 2 });
  return {
    generator: "autocannon",
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    timeouts: result.timeouts,
    errors: result.errors + result.non2xx,
  };
}
