// npm run dev [-- next dev options]: starts `next dev` at once (on PORT, or 3000) with the content check beside it,
// and makes the generated files (Open Graph images, search index, image variants) in the background, at the lowest
// priority, once the first page has been served (or half a minute after Ready): compiling that first page needs
// both cores. A content mistake shows in the browser and in this terminal.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";

const bin = (name: string) => path.join("node_modules", ".bin", name);
// On a stop (Ctrl-C), next dev waits for Turbopack to write its cache (.next/dev/cache/turbopack, a second or so)
// instead of killing it after 100 ms, so the next npm run dev compiles from that cache: the first column came in
// 5.6 s instead of 7.9 s at 2 posts. The switch is Next's own (next dev's source, Next 16.4), not yet in its docs.
// The content store and the other caches of its own (as next dev writes .next/dev, not .next), and its generated
// files in public/_generated/dev (lib/paths.ts generatedDir, as next dev sets NODE_ENV): an edit here never changes
// what an `npm start` on the same checkout reads or serves.
const env = {
  ...process.env,
  NODE_ENV: "development" as const,
  __NEXT_DEV_WAIT_FOR_TURBOPACK_SHUTDOWN: "1",
  CACHE_DIR: process.env.CACHE_DIR || path.join(".next", "dev", "cache", "column-site"),
};
// The content check, on every core while next dev starts, then again whenever a page finds a file changed: next
// dev's pages read only the store it writes (or the problems it finds), and wait for it (lib/content/load.ts). It
// prints what it finds whenever that changes, so a mistake shows in this terminal as in the browser.
const checker = spawn(bin("jiti"), [path.join("scripts", "check.ts"), "--follow"], { stdio: "inherit", env });
const next = spawn(bin("next"), ["dev", ...process.argv.slice(2)], {
  stdio: ["inherit", "pipe", "inherit"],
  env: { ...env, CONTENT_CHECK_PID: String(checker.pid) },
});
let generating = false;

function generate() {
  if (generating) return;
  generating = true;
  const generator = spawn(bin("jiti"), [path.join("scripts", "generate.ts")], { stdio: "inherit", env });
  if (generator.pid) os.setPriority(generator.pid, os.constants.priority.PRIORITY_LOW);
}

next.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  const text = chunk.toString();
  // Next logs each request it answered, as " GET /blog/x 200 in 9.1s".
  if (/ GET \S+ \d{3} in /.test(text)) generate();
  else if (/Ready in/.test(text)) setTimeout(generate, 30_000).unref();
});

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = true;
    next.kill(signal);
  });
}
// Without the check, no edit would show: a preview that has stopped following says so and stops.
checker.on("exit", (code, signal) => {
  if (stopping || signal === "SIGINT" || signal === "SIGTERM") return; // a stop reaches the check too
  console.error(`The content check stopped (${signal ?? `exit code ${code}`}): npm run dev stops too. Start it again.`);
  stopping = true;
  next.kill("SIGINT");
});
next.on("exit", (code) => {
  checker.kill();
  process.exit(code ?? 1);
});
