// Measurements for the benchmark: a command's wall time and peak memory, and a page's bytes.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { gzipSync } from "node:zlib";

/**
 * Returns the memory of a process and all its descendants, in bytes: the sum of their proportional set sizes (PSS,
 * Linux /proc), so pages shared between Next's build workers count once, not once per worker.
 */
export function treeMemory(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The fields after the command name, which sits in parentheses and may hold spaces: ppid is the 2nd.
      const fields = fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ");
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  for (const pid of parents.keys()) {
    if (descendsFrom(pid, rootPid, parents)) total += proportionalSetSize(pid);
  }
  return total;
}

function descendsFrom(pid: number, rootPid: number, parents: Map<number, number>): boolean {
  for (let ancestor: number | undefined = pid; ancestor; ancestor = parents.get(ancestor)) {
    if (ancestor === rootPid) return true;
  }
  return false;
}

function proportionalSetSize(pid: number): number {
  try {
    const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Runs a command to its end; returns its wall time and the peak memory of it and its children together. */
export async function measureCommand(command: string, args: string[], env: Record<string, string>, cwd?: string) {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  let peakBytes = 0;
  const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeMemory(child.pid ?? 0))), 250);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${output.slice(-3000)}`);
  return { seconds: (performance.now() - started) / 1000, peakBytes };
}

type Kind = "html" | "css" | "js";
export type PageBytes = Record<Kind, { raw: number; gzip: number }>;

/** Returns the bytes a reader downloads for a page: its HTML, stylesheets and scripts, raw and gzipped. */
export async function pageBytes(baseUrl: string, pathname: string): Promise<PageBytes> {
  const bytes: PageBytes = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 } };
  const add = (kind: Kind, body: Buffer) => {
    bytes[kind].raw += body.length;
    bytes[kind].gzip += gzipSync(body, { level: 9 }).length;
  };
  const html = Buffer.from(await (await fetch(baseUrl + pathname)).arrayBuffer());
  add("html", html);
  const text = html.toString("utf8");
  const assets = new Set<string>();
  for (const match of text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) assets.add(match[1]);
  // A modern browser skips noModule scripts (old browsers' polyfills), so they do not count.
  for (const match of text.matchAll(
    /<script(?![^>]*noModule)[^>]+src="([^"]+)"|<link[^>]+as="script"[^>]+href="([^"]+)"/g,
  )) {
    assets.add(match[1] ?? match[2]);
  }
  for (const asset of assets) {
    add(asset.endsWith(".css") ? "css" : "js", Buffer.from(await (await fetch(baseUrl + asset)).arrayBuffer()));
  }
  return bytes;
}
