// npm run dev [-- next dev options]: starts `next dev` at once (on PORT, or 3000), and only once it is ready makes
// the generated files (Open Graph images, search index, image variants) in the background, at the lowest priority,
// so that they never hold up the preview. A content mistake shows in the browser and in this terminal.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";

const bin = (name: string) => path.join("node_modules", ".bin", name);
const next = spawn(bin("next"), ["dev", ...process.argv.slice(2)], { stdio: ["inherit", "pipe", "inherit"] });
let generating = false;

next.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (generating || !/Ready in/.test(chunk.toString())) return;
  generating = true;
  const generate = spawn(bin("jiti"), [path.join("scripts", "generate.ts")], { stdio: "inherit" });
  if (generate.pid) os.setPriority(generate.pid, os.constants.priority.PRIORITY_LOW);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 1));
