// npm run dev [-- next dev options]: starts `next dev` at once (on PORT, or 3000), and makes the generated files (Open
// Graph images, search index, image variants) in the background, at the lowest priority, once the first page has
// been served (or half a minute after Ready): compiling that first page needs both cores. A content mistake shows in
// the browser and in this terminal.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";

const bin = (name: string) => path.join("node_modules", ".bin", name);
const next = spawn(bin("next"), ["dev", ...process.argv.slice(2)], { stdio: ["inherit", "pipe", "inherit"] });
let generating = false;

function generate() {
  if (generating) return;
  generating = true;
  const generator = spawn(bin("jiti"), [path.join("scripts", "generate.ts")], { stdio: "inherit" });
  if (generator.pid) os.setPriority(generator.pid, os.constants.priority.PRIORITY_LOW);
}

next.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  const text = chunk.toString();
  // Next logs each request it answered, as " GET /blog/x 200 in 9.1s".
  if (/ GET \S+ \d{3} in /.test(text)) generate();
  else if (/Ready in/.test(text)) setTimeout(generate, 30_000).unref();
});

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 1));
