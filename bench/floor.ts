// The floor: bench/floor/, a minimal Next.js App Router blog (title and remark-html body, one route per post) built
// from the same synthetic posts in the same run, so that every figure of the site reads as a ratio to plain Next.js.
// It runs the repository's own next, react and remark from its own folder, with its own .next.
import fs from "node:fs";
import path from "node:path";
import { startServer } from "../tools/server";

export const floorDir = path.resolve(import.meta.dirname, "floor");
const next = path.resolve("node_modules", ".bin", "next");

/** The floor's build: plain `next build`, as the blog-starter has it. */
export const floorBuild = { command: next, args: ["build"], cwd: floorDir };

/** The floor's development server, on the port PORT names (as `npm run dev` is). */
export const floorDev = { command: next, args: ["dev"], cwd: floorDir };

/** A cold start for the floor: its build and Next's cache in it gone. */
export function clearFloor(): void {
  fs.rmSync(path.join(floorDir, ".next"), { recursive: true, force: true });
}

/** Serves the floor's last build with `next start` on `port`; returns its URL and how to stop it. */
export async function startFloor(port: number, env: Record<string, string>) {
  const url = `http://127.0.0.1:${port}`;
  const server = await startServer(next, ["start", "-p", String(port), "-H", "127.0.0.1"], `${url}/`, env, {
    cwd: floorDir,
  });
  return { name: "floor: next start", url, stop: () => server.kill() };
}
